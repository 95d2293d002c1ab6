// A small router: which screen is showing is plain state, with no addresses to keep in step.
// A message for the next screen (the green "has been added" banner) travels with the navigation.

import { fieldId } from './fieldErrors';

export type Route =
  | { name: 'home' }
  | { name: 'people' }
  | { name: 'person'; id: number }
  | { name: 'add-person' }
  /** `focus` is a field to move to once the form is showing (a path such as "dp.account_type"). */
  | { name: 'edit-person'; id: number; focus?: string }
  | { name: 'contacts' }
  | { name: 'contact'; id: number }
  | { name: 'add-contact' }
  | { name: 'edit-contact'; id: number; focus?: string }
  | { name: 'expiring' }
  | { name: 'import-contacts' }
  | { name: 'employment'; id: number }
  | { name: 'add-employment'; personId: number | null; contactId: number | null }
  | { name: 'edit-employment'; id: number; focus?: string }
  | { name: 'cost-calculator' }
  | { name: 'person-costs'; id: number }
  /** A person's own checklists (as employer); `item` is an item to bring into view. */
  | { name: 'person-checklists'; id: number; item?: string }
  /** One employment's checklists (the PA's). */
  | { name: 'employment-checklists'; id: number; item?: string }
  /** A person's documents: agreements, PAs' written statements, timesheets, cost breakdown. */
  | { name: 'documents'; id: number }
  | { name: 'about' };

export type Flash = { heading: string; body?: string };

type RouterState = {
  route: Route;
  /** Counts navigations, so screens can tell a fresh opening from the first load of the app. */
  visits: number;
  flash: Flash | null;
};

export const router: RouterState = $state({ route: { name: 'home' }, visits: 0, flash: null });

export function navigate(route: Route, flash: Flash | null = null): void {
  router.route = route;
  router.flash = flash;
  router.visits += 1;
  window.scrollTo(0, 0);
}

/** An address for a route, so links are real links that show where they go. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'people':
      return '#/people';
    case 'person':
      return `#/people/${route.id}`;
    case 'add-person':
      return '#/people/add';
    case 'edit-person':
      return `#/people/${route.id}/change`;
    case 'contacts':
      return '#/pas';
    case 'contact':
      return `#/pas/${route.id}`;
    case 'add-contact':
      return '#/pas/add';
    case 'edit-contact':
      return `#/pas/${route.id}/change`;
    case 'expiring':
      return '#/pas/expiring';
    case 'import-contacts':
      return '#/pas/import';
    case 'employment':
      return `#/employments/${route.id}`;
    case 'add-employment':
      return '#/employments/add';
    case 'edit-employment':
      return `#/employments/${route.id}/change`;
    case 'cost-calculator':
      return '#/costs/calculator';
    case 'person-costs':
      return `#/people/${route.id}/costs`;
    case 'person-checklists':
      return `#/people/${route.id}/checklists`;
    case 'employment-checklists':
      return `#/employments/${route.id}/checklists`;
    case 'documents':
      return `#/people/${route.id}/documents`;
    case 'about':
      return '#/about';
  }
}

/**
 * Sets the window title ("Add a person – DP Hub") and, after a navigation, moves focus to the
 * screen's success banner if it has one, otherwise to its h1, so screen readers announce the change.
 */
export function openScreen(title: string, heading: HTMLElement | null | undefined): void {
  document.title = `${title} – DP Hub`;
  if (router.visits === 0) return;
  const focus = 'focus' in router.route ? router.route.focus : undefined;
  const field = focus ? document.getElementById(fieldId(focus)) : null;
  if (field) {
    // Sent here to fix one detail (from the Documents screen's list of what is missing).
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center' });
    return;
  }
  const target = document.getElementById('success-banner') ?? heading;
  target?.focus();
}
