// The router: the address (location.hash) says which screen shows, so the browser's back and
// forward buttons and a reload all work. The routes themselves are declared once, in src/routes.ts.
// A message for the next screen (the green "has been added" banner) travels with a navigation only:
// it is not part of the address, so going back never shows it again.

import type { Route } from '../routes';
import { fieldId } from './fieldErrors';
import { formatAddress, parseAddress, type RouteTable, type Section } from './routeTable';

export type { Route } from '../routes';

export type Flash = { heading: string; body?: string };

type RouterState = {
  /** The screen showing, or null when the address is not one of DP Hub's ("Page not found"). */
  route: Route | null;
  /** Counts navigations, so screens can tell a fresh opening from the first load of the app. */
  visits: number;
  flash: Flash | null;
};

export const router: RouterState = $state({ route: null, visits: 0, flash: null });

let table: RouteTable | null = null;
/** The address of the screen showing, to tell a real change of address from a repeated event. */
let shown = '';

function tableOf(): RouteTable {
  if (!table) throw new Error('The router has not been started');
  return table;
}

/** "" and "#" are the start of the app, as "#/" is. */
function normal(hash: string): string {
  return hash === '' || hash === '#' ? '#/' : hash;
}

function show(route: Route | null, address: string, flash: Flash | null, counts: boolean): void {
  shown = address;
  router.route = route;
  router.flash = flash;
  if (counts) router.visits += 1;
}

/** Shows the screen at the address the browser is at, after back, forward or an address typed. */
function followLocation(): void {
  const address = normal(location.hash);
  if (address === shown) return;
  show(parseAddress(tableOf(), address) as Route | null, address, null, true);
  window.scrollTo(0, 0);
}

/** Opens the screen at the app's starting address and follows the browser's history from then on. */
export function startRouter(routes: RouteTable): () => void {
  table = routes;
  const address = normal(location.hash);
  show(parseAddress(routes, address) as Route | null, address, null, false);
  window.addEventListener('popstate', followLocation);
  window.addEventListener('hashchange', followLocation);
  return () => {
    window.removeEventListener('popstate', followLocation);
    window.removeEventListener('hashchange', followLocation);
  };
}

/** Opens a screen, as a new entry in the history (the same address again replaces its entry). */
export function navigate(route: Route, flash: Flash | null = null): void {
  const address = hrefFor(route);
  if (address === normal(location.hash)) history.replaceState(history.state, '', address);
  else history.pushState(null, '', address);
  show(route, address, flash, true);
  window.scrollTo(0, 0);
}

/** The part of the app the screen showing belongs to, for marking the header's current link. */
export function currentSection(): Section {
  return router.route ? tableOf()[router.route.name].section : null;
}

/** Which navigation the calling screen belongs to: hand it to `openScreen` after loading. */
export function screenVisit(): number {
  return router.visits;
}

/** An address for a route, so links are real links that show where they go. */
export function hrefFor(route: Route): string {
  return formatAddress(tableOf(), route as never);
}

/**
 * Sets the window title ("Add a person – DP Hub") and, after a navigation, moves focus to the
 * screen's success banner if it has one, otherwise to its h1, so screen readers announce the change.
 * Without a heading given, the h1 of the main part of the page is used.
 */
export function openScreen(title: string, heading?: HTMLElement | null, visit = router.visits): void {
  // A screen that finishes loading after another has been opened leaves the title and focus alone.
  if (visit !== router.visits) return;
  document.title = `${title} – DP Hub`;
  if (router.visits === 0) return;
  const route = router.route;
  const focus = route && 'focus' in route ? route.focus : undefined;
  const field = focus ? document.getElementById(fieldId(focus)) : null;
  if (field) {
    // Sent here to fix one detail (from the Documents screen's list of what is missing).
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center' });
    return;
  }
  const target = document.getElementById('success-banner') ?? heading ?? document.querySelector<HTMLElement>('#main-content h1');
  target?.focus();
}
