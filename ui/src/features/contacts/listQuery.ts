// What the contact list's search box and filters ask the core for. The filters hold what the screen
// shows (an empty select is ""), and are turned into the core's ContactQuery only when searching.
import type { ContactQuery } from '../../lib/bindings/ContactQuery';
import type { ContactSearchResults } from '../../lib/bindings/ContactSearchResults';
import type { ContactSort } from '../../lib/bindings/ContactSort';
import type { ContactStatus } from '../../lib/bindings/ContactStatus';
import type { DayPart } from '../../lib/bindings/DayPart';
import type { Skill } from '../../lib/bindings/Skill';
import type { Weekday } from '../../lib/bindings/Weekday';
import { countPAs } from './contactText';

export type ListFilters = {
  text: string;
  skill: Skill | '';
  area: string;
  freeDay: Weekday | '';
  freePart: DayPart | '';
  status: ContactStatus | '';
  dbsInDate: boolean;
  trainingInDate: boolean;
  includeArchived: boolean;
  sort: ContactSort;
};

export function noFilters(): ListFilters {
  return {
    text: '',
    skill: '',
    area: '',
    freeDay: '',
    freePart: '',
    status: '',
    dbsInDate: false,
    trainingInDate: false,
    includeArchived: false,
    sort: 'relevance',
  };
}

/** The core's query for these filters. "Free in" needs both a day and a part of the day. */
export function queryFrom(filters: ListFilters): ContactQuery {
  return {
    text: filters.text.trim(),
    skill: filters.skill || null,
    area: filters.area.trim(),
    free_in: filters.freeDay && filters.freePart ? { day: filters.freeDay, part: filters.freePart } : null,
    status: filters.status || null,
    dbs_in_date: filters.dbsInDate,
    training_in_date: filters.trainingInDate,
    include_archived: filters.includeArchived,
    sort: filters.sort,
    limit: 0,
  };
}

/** Whether anything narrows the list (the order and "show archived" do not count). */
export function isNarrowed(filters: ListFilters): boolean {
  const query = queryFrom(filters);
  return (
    query.text !== '' ||
    query.skill !== null ||
    query.area !== '' ||
    query.free_in !== null ||
    query.status !== null ||
    query.dbs_in_date ||
    query.training_in_date
  );
}

/** The sentence read out after each search: "3 PAs found", and whether more matched than are listed. */
export function describeResults(results: ContactSearchResults, narrowed: boolean): string {
  const listed = results.contacts.length;
  if (results.total === 0) return narrowed ? 'No PAs match your search.' : 'There are no PAs in your contacts yet.';
  const count = results.more_than_counted ? `More than ${countPAs(results.total)}` : countPAs(results.total);
  const found = narrowed ? `${count} found` : `${count} in your contacts`;
  if (results.more_than_counted) return `${found}. Showing the first ${listed}: type more or choose a filter to narrow the list.`;
  if (results.total > listed) return `${found}. Showing the first ${listed}.`;
  return `${found}.`;
}

// The list keeps its search while someone looks at a contact and comes back.
let kept: ListFilters | null = null;

export function keptFilters(): ListFilters {
  return kept ? { ...kept } : noFilters();
}

export function keepFilters(filters: ListFilters): void {
  kept = { ...filters };
}
