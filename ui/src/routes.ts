// Every screen of DP Hub, declared once: its name (the key), its address, how its params are read,
// which part of the header it belongs to, and the screen with the props it gets. Adding a screen is
// one entry here. Optional extras (a field to move to, an item to bring into view, who a new
// employment is for) travel after "?" in the address, so back, forward and reload keep them.
import AboutScreen from './features/about/AboutScreen.svelte';
import DataScreen from './features/backups/DataScreen.svelte';
import ChecklistsScreen from './features/checklists/ChecklistsScreen.svelte';
import HomeScreen from './features/checklists/HomeScreen.svelte';
import ContactDetailsScreen from './features/contacts/ContactDetailsScreen.svelte';
import ContactFormScreen from './features/contacts/ContactFormScreen.svelte';
import ContactsListScreen from './features/contacts/ContactsListScreen.svelte';
import ExpiringScreen from './features/contacts/ExpiringScreen.svelte';
import AccountScreen from './features/account/AccountScreen.svelte';
import EntryFormScreen from './features/account/EntryFormScreen.svelte';
import EntryScreen from './features/account/EntryScreen.svelte';
import OwedScreen from './features/account/OwedScreen.svelte';
import ImportRulesScreen from './features/account/ImportRulesScreen.svelte';
import MonitoringReturnScreen from './features/account/MonitoringReturnScreen.svelte';
import ReconcileScreen from './features/account/ReconcileScreen.svelte';
import StatementImportScreen from './features/account/StatementImportScreen.svelte';
import TermsScreen from './features/account/TermsScreen.svelte';
import CostCalculatorScreen from './features/costs/CostCalculatorScreen.svelte';
import CostsAndPlanScreen from './features/costs/CostsAndPlanScreen.svelte';
import DocumentsScreen from './features/documents/DocumentsScreen.svelte';
import EmploymentFormScreen from './features/employment/EmploymentFormScreen.svelte';
import EmploymentScreen from './features/employment/EmploymentScreen.svelte';
import HandOverScreen from './features/handover/HandOverScreen.svelte';
import ImportHandoverScreen from './features/handover/ImportHandoverScreen.svelte';
import ImportContactsScreen from './features/import/ImportContactsScreen.svelte';
import PeopleListScreen from './features/people/PeopleListScreen.svelte';
import PersonDetailsScreen from './features/people/PersonDetailsScreen.svelte';
import PersonFormScreen from './features/people/PersonFormScreen.svelte';
import { int, route, text, type RouteOf } from './lib/routeTable';

const none = () => ({});

export const routes = {
  home: route({ path: '/', params: {}, section: 'home', screen: HomeScreen, props: none }),

  people: route({ path: '/people', params: {}, section: 'people', screen: PeopleListScreen, props: none }),
  'add-person': route({
    path: '/people/add',
    params: {},
    section: 'people',
    screen: PersonFormScreen,
    props: () => ({ personId: null }),
  }),
  /** Importing one person's records from a handover bundle another DP Hub saved. */
  'import-handover': route({
    path: '/people/import-handover',
    params: {},
    section: 'people',
    screen: ImportHandoverScreen,
    props: none,
  }),
  person: route({
    path: '/people/:id',
    params: { id: int },
    section: 'people',
    screen: PersonDetailsScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  /** `focus` is a field to move to once the form is showing (a path such as "dp.account_type"). */
  'edit-person': route({
    path: '/people/:id/change',
    params: { id: int },
    query: { focus: text },
    section: 'people',
    screen: PersonFormScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  'person-costs': route({
    path: '/people/:id/costs',
    params: { id: int },
    section: 'people',
    screen: CostsAndPlanScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  /** A person's direct payment account: balance, excess, chart, expected payments, owed, ledger. */
  account: route({
    path: '/people/:id/account',
    params: { id: int },
    section: 'people',
    screen: AccountScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  'account-add': route({
    path: '/people/:id/account/add',
    params: { id: int },
    section: 'people',
    screen: EntryFormScreen,
    props: ({ id }) => ({ personId: id, entryId: null }),
  }),
  'account-entry': route({
    path: '/people/:id/account/entries/:entry',
    params: { id: int, entry: int },
    section: 'people',
    screen: EntryScreen,
    props: ({ id, entry }) => ({ personId: id, entryId: entry }),
  }),
  'account-entry-change': route({
    path: '/people/:id/account/entries/:entry/change',
    params: { id: int, entry: int },
    section: 'people',
    screen: EntryFormScreen,
    props: ({ id, entry }) => ({ personId: id, entryId: entry }),
  }),
  'account-reconcile': route({
    path: '/people/:id/account/reconcile',
    params: { id: int },
    section: 'people',
    screen: ReconcileScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  /** Importing a bank statement (CSV): the file, its columns, what will be added, then all at once. */
  'account-import': route({
    path: '/people/:id/account/import',
    params: { id: int },
    section: 'people',
    screen: StatementImportScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  /** The remembered rules that file statement lines. */
  'account-rules': route({
    path: '/people/:id/account/import/rules',
    params: { id: int },
    section: 'people',
    screen: ImportRulesScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  /** The monitoring return: the period, its figures, saved as PDF or CSV; how often it is asked for. */
  'account-return': route({
    path: '/people/:id/account/return',
    params: { id: int },
    section: 'people',
    screen: MonitoringReturnScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  'account-owed': route({
    path: '/people/:id/account/owed',
    params: { id: int },
    section: 'people',
    screen: OwedScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  'account-terms': route({
    path: '/people/:id/account/terms',
    params: { id: int },
    section: 'people',
    screen: TermsScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  /** A person's own checklists (as employer); `item` is an item to bring into view. */
  'person-checklists': route({
    path: '/people/:id/checklists',
    params: { id: int },
    query: { item: text },
    section: 'people',
    screen: ChecklistsScreen,
    props: ({ id, item }) => ({ owner: { kind: 'person' as const, id }, focusItem: item ?? null }),
  }),
  /** Saving one person's records in a handover bundle, for someone else's DP Hub. */
  'person-handover': route({
    path: '/people/:id/hand-over',
    params: { id: int },
    section: 'people',
    screen: HandOverScreen,
    props: ({ id }) => ({ personId: id }),
  }),
  /** A person's documents: agreements, PAs' written statements, timesheets, cost breakdown. */
  documents: route({
    path: '/people/:id/documents',
    params: { id: int },
    section: null,
    screen: DocumentsScreen,
    props: ({ id }) => ({ personId: id }),
  }),

  contacts: route({ path: '/pas', params: {}, section: 'contacts', screen: ContactsListScreen, props: none }),
  'add-contact': route({
    path: '/pas/add',
    params: {},
    section: 'contacts',
    screen: ContactFormScreen,
    props: () => ({ contactId: null }),
  }),
  expiring: route({ path: '/pas/expiring', params: {}, section: 'expiring', screen: ExpiringScreen, props: none }),
  'import-contacts': route({
    path: '/pas/import',
    params: {},
    section: 'contacts',
    screen: ImportContactsScreen,
    props: none,
  }),
  contact: route({
    path: '/pas/:id',
    params: { id: int },
    section: 'contacts',
    screen: ContactDetailsScreen,
    props: ({ id }) => ({ contactId: id }),
  }),
  'edit-contact': route({
    path: '/pas/:id/change',
    params: { id: int },
    query: { focus: text },
    section: 'contacts',
    screen: ContactFormScreen,
    props: ({ id }) => ({ contactId: id }),
  }),

  /** Adding a PA to a team, for the person (`personId`) and PA (`contactId`) when they are known. */
  'add-employment': route({
    path: '/employments/add',
    params: {},
    query: { personId: int, contactId: int },
    section: null,
    screen: EmploymentFormScreen,
    props: ({ personId, contactId }) => ({
      employmentId: null,
      personId: personId ?? null,
      contactId: contactId ?? null,
    }),
  }),
  employment: route({
    path: '/employments/:id',
    params: { id: int },
    section: null,
    screen: EmploymentScreen,
    props: ({ id }) => ({ employmentId: id }),
  }),
  'edit-employment': route({
    path: '/employments/:id/change',
    params: { id: int },
    query: { focus: text },
    section: null,
    screen: EmploymentFormScreen,
    props: ({ id }) => ({ employmentId: id, personId: null, contactId: null }),
  }),
  /** One employment's checklists (the PA's). */
  'employment-checklists': route({
    path: '/employments/:id/checklists',
    params: { id: int },
    query: { item: text },
    section: 'people',
    screen: ChecklistsScreen,
    props: ({ id, item }) => ({ owner: { kind: 'employment' as const, id }, focusItem: item ?? null }),
  }),

  'cost-calculator': route({
    path: '/costs/calculator',
    params: {},
    section: 'costs',
    screen: CostCalculatorScreen,
    props: none,
  }),
  data: route({ path: '/data', params: {}, section: 'data', screen: DataScreen, props: none }),
  about: route({ path: '/about', params: {}, section: 'about', screen: AboutScreen, props: none }),
};

export type Route = RouteOf<typeof routes>;
export type RouteName = Route['name'];
