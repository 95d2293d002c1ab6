// A small router: which screen is showing is plain state, with no addresses to keep in step.
// A message for the next screen (the green "has been added" banner) travels with the navigation.

export type Route =
  | { name: 'home' }
  | { name: 'people' }
  | { name: 'person'; id: number }
  | { name: 'add-person' }
  | { name: 'edit-person'; id: number }
  | { name: 'contacts' }
  | { name: 'contact'; id: number }
  | { name: 'add-contact' }
  | { name: 'edit-contact'; id: number }
  | { name: 'expiring' }
  | { name: 'import-contacts' }
  | { name: 'employment'; id: number }
  | { name: 'add-employment'; personId: number | null; contactId: number | null }
  | { name: 'edit-employment'; id: number }
  | { name: 'cost-calculator' }
  | { name: 'person-costs'; id: number }
  /** A person's own checklists (as employer); `item` is an item to bring into view. */
  | { name: 'person-checklists'; id: number; item?: string }
  /** One employment's checklists (the PA's). */
  | { name: 'employment-checklists'; id: number; item?: string }
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
