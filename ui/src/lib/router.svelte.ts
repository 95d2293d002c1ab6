// A small router: which screen is showing is plain state, with no addresses to keep in step.
// A message for the next screen (the green "has been added" banner) travels with the navigation.

export type Route =
  | { name: 'people' }
  | { name: 'person'; id: number }
  | { name: 'add-person' }
  | { name: 'edit-person'; id: number }
  | { name: 'about' };

export type Flash = { heading: string; body?: string };

type RouterState = {
  route: Route;
  /** Counts navigations, so screens can tell a fresh opening from the first load of the app. */
  visits: number;
  flash: Flash | null;
};

export const router: RouterState = $state({ route: { name: 'people' }, visits: 0, flash: null });

export function navigate(route: Route, flash: Flash | null = null): void {
  router.route = route;
  router.flash = flash;
  router.visits += 1;
  window.scrollTo(0, 0);
}

/** An address for a route, so links are real links that show where they go. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'people':
      return '#/people';
    case 'person':
      return `#/people/${route.id}`;
    case 'add-person':
      return '#/people/add';
    case 'edit-person':
      return `#/people/${route.id}/change`;
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
  const target = document.getElementById('success-banner') ?? heading;
  target?.focus();
}
