import { describe, expect, it } from 'vitest';
import { formatAddress, parseAddress } from './lib/routeTable';
import { routes, type Route, type RouteName } from './routes';

/** One route of every name, with every param and extra it can carry, and some without the extras. */
const EXAMPLES: Route[] = [
  { name: 'home' },
  { name: 'people' },
  { name: 'add-person' },
  { name: 'person', id: 12 },
  { name: 'edit-person', id: 12 },
  { name: 'edit-person', id: 12, focus: 'dp.account_type' },
  { name: 'person-costs', id: 3 },
  { name: 'person-checklists', id: 12 },
  { name: 'person-checklists', id: 12, item: 'checklist-payday-item-p60' },
  { name: 'documents', id: 4 },
  { name: 'person-handover', id: 4 },
  { name: 'import-handover' },
  { name: 'account', id: 3 },
  { name: 'account-add', id: 3 },
  { name: 'account-entry', id: 3, entry: 14 },
  { name: 'account-entry-change', id: 3, entry: 14 },
  { name: 'account-owed', id: 3 },
  { name: 'account-reconcile', id: 3 },
  { name: 'account-terms', id: 3 },
  { name: 'account-import', id: 3 },
  { name: 'account-rules', id: 3 },
  { name: 'account-return', id: 3 },
  { name: 'contacts' },
  { name: 'add-contact' },
  { name: 'expiring' },
  { name: 'data' },
  { name: 'import-contacts' },
  { name: 'contact', id: 1 },
  { name: 'edit-contact', id: 1 },
  { name: 'edit-contact', id: 1, focus: 'dbs.issue_date' },
  { name: 'add-employment' },
  { name: 'add-employment', personId: 2 },
  { name: 'add-employment', contactId: 5 },
  { name: 'add-employment', personId: 2, contactId: 5 },
  { name: 'employment', id: 7 },
  { name: 'edit-employment', id: 7 },
  { name: 'edit-employment', id: 7, focus: 'hourly_rate' },
  { name: 'employment-checklists', id: 7 },
  { name: 'employment-checklists', id: 7, item: 'a b/c?d&e=f#g' },
  { name: 'cost-calculator' },
  { name: 'about' },
];

describe('the route table', () => {
  it('has an example of every route', () => {
    const named = new Set<RouteName>(EXAMPLES.map((route) => route.name));
    expect([...named].sort()).toEqual(Object.keys(routes).sort());
  });

  it.each(EXAMPLES.map((route) => [formatAddress(routes, route), route] as const))(
    '%s reads back as the route it was made from',
    (address, route) => {
      expect(parseAddress(routes, address)).toEqual(route);
    },
  );

  it('keeps the addresses DP Hub has always used', () => {
    expect(formatAddress(routes, { name: 'home' })).toBe('#/');
    expect(formatAddress(routes, { name: 'people' })).toBe('#/people');
    expect(formatAddress(routes, { name: 'person', id: 12 })).toBe('#/people/12');
    expect(formatAddress(routes, { name: 'edit-person', id: 12 })).toBe('#/people/12/change');
    expect(formatAddress(routes, { name: 'person-checklists', id: 12 })).toBe('#/people/12/checklists');
    expect(formatAddress(routes, { name: 'documents', id: 12 })).toBe('#/people/12/documents');
    expect(formatAddress(routes, { name: 'person-costs', id: 12 })).toBe('#/people/12/costs');
    expect(formatAddress(routes, { name: 'contacts' })).toBe('#/pas');
    expect(formatAddress(routes, { name: 'contact', id: 1 })).toBe('#/pas/1');
    expect(formatAddress(routes, { name: 'expiring' })).toBe('#/pas/expiring');
    expect(formatAddress(routes, { name: 'import-contacts' })).toBe('#/pas/import');
    expect(formatAddress(routes, { name: 'add-employment' })).toBe('#/employments/add');
    expect(formatAddress(routes, { name: 'employment', id: 7 })).toBe('#/employments/7');
    expect(formatAddress(routes, { name: 'employment-checklists', id: 7 })).toBe('#/employments/7/checklists');
    expect(formatAddress(routes, { name: 'cost-calculator' })).toBe('#/costs/calculator');
    expect(formatAddress(routes, { name: 'about' })).toBe('#/about');
  });

  it('refuses a route with a wrong param when checked', () => {
    // @ts-expect-error: a person's id is a number
    expect(formatAddress(routes, { name: 'person', id: '12' })).toBe('#/people/12');
    // @ts-expect-error: a person's page needs the person's id
    expect(parseAddress(routes, formatAddress(routes, { name: 'person' }))).toBeNull();
    // @ts-expect-error: the list of people takes no params
    expect(formatAddress(routes, { name: 'people', id: 1 })).toBe('#/people');
  });

  it('reads the start of the app as home', () => {
    expect(parseAddress(routes, '')).toEqual({ name: 'home' });
    expect(parseAddress(routes, '#')).toEqual({ name: 'home' });
    expect(parseAddress(routes, '#/')).toEqual({ name: 'home' });
  });

  it('finds no route at an address that is not one of DP Hub', () => {
    for (const address of ['#/nowhere', '#/people/abc', '#/people/12/elsewhere', '#/people/-1', '#/pas/1.5', '#people', '#/people/%E0%A4%A']) {
      expect(parseAddress(routes, address), address).toBeNull();
    }
  });

  it('leaves out extras that do not fit', () => {
    expect(parseAddress(routes, '#/employments/add?personId=x&contactId=4&other=1')).toEqual({
      name: 'add-employment',
      contactId: 4,
    });
  });
});
