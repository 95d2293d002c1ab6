// Words and small decisions for the checklist screens and "What needs doing". No date arithmetic:
// every due date, and the rule that gave it, arrives worked out by the core.
import type { ChecklistOwner } from '../../lib/bindings/ChecklistOwner';
import type { DueItem } from '../../lib/bindings/DueItem';
import type { DueLink } from '../../lib/bindings/DueLink';
import type { ItemStatus } from '../../lib/bindings/ItemStatus';
import type { StatusTag } from '../../lib/bindings/StatusTag';
import { formatLongDate } from '../../lib/format';
import type { Route } from '../../lib/router.svelte';

/** Whose checklists: a person's (as employer) or one employment's. */
export type Owner = { kind: ChecklistOwner['kind']; id: number };

/** How far ahead "What needs doing" looks, in days. */
export const DAY_CHOICES = [7, 30, 90] as const;

/** The words on an item's status tag. */
export function tagText(tag: StatusTag): string {
  switch (tag) {
    case 'to_do':
      return 'To do';
    case 'overdue':
      return 'Overdue';
    case 'done':
      return 'Done';
    case 'not_applicable':
      return 'Not applicable';
  }
}

/** The GOV.UK tag colour for a status. */
export function tagClass(tag: StatusTag): string {
  switch (tag) {
    case 'to_do':
      return 'govuk-tag--blue';
    case 'overdue':
      return 'govuk-tag--red';
    case 'done':
      return 'govuk-tag--green';
    case 'not_applicable':
      return 'govuk-tag--grey';
  }
}

/** "Done on 3 March 2026 by Zoë", "Not applicable: the council pays", or null while to do. */
export function statusLine(status: ItemStatus): string | null {
  switch (status.status) {
    case 'to_do':
      return null;
    case 'done':
      return `Done on ${formatLongDate(status.done_on)} by ${status.done_by}`;
    case 'not_applicable':
      return `Not applicable: ${status.reason}`;
  }
}

/** The overdue lines and the ones still to come, each in the order the core gave them (soonest first). */
export function groupDue(items: DueItem[]): { overdue: DueItem[]; upcoming: DueItem[] } {
  return { overdue: items.filter((i) => i.overdue), upcoming: items.filter((i) => !i.overdue) };
}

/**
 * The rule in words without the date it starts with, for a line whose date is shown beside it:
 * "16 March 2026: on or before the PA's first day" → "On or before the PA's first day".
 */
export function ruleBesideDate(because: string, date: string): string {
  const prefix = `${formatLongDate(date)}: `;
  if (!because.startsWith(prefix)) return because;
  const rest = because.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** "Margaret Hale" or "Margaret Hale, about Ann Lee (PA)". */
export function whoText(item: DueItem): string {
  return item.pa_name ? `${item.person_name}, about ${item.pa_name} (PA)` : item.person_name;
}

/** The screen where the thing is done. */
export function routeOf(link: DueLink): Route {
  switch (link.to) {
    case 'person_checklist':
      return { name: 'person-checklists', id: link.person_id, item: itemAnchor(link.checklist_id, link.item_id) };
    case 'employment_checklist':
      return {
        name: 'employment-checklists',
        id: link.employment_id,
        item: itemAnchor(link.checklist_id, link.item_id),
      };
    case 'contact':
      return { name: 'contact', id: link.contact_id };
    case 'person':
      return { name: 'person', id: link.person_id };
    case 'account':
      return { name: 'account', id: link.person_id };
    case 'monitoring_return':
      return { name: 'account-return', id: link.person_id };
  }
}

/** What the link to that screen says, for people using a screen reader as much as anyone. */
export function linkText(link: DueLink): string {
  switch (link.to) {
    case 'person_checklist':
      return "Open the employer's checklist";
    case 'employment_checklist':
      return "Open the PA's checklist";
    case 'contact':
      return "Open the PA's details";
    case 'person':
      return "Open the person's details";
    case 'account':
      return 'Open the direct payment account';
    case 'monitoring_return':
      return 'Open the monitoring return';
  }
}

/** The element id of one item on a checklist screen (an item id is unique within its checklist). */
export function itemAnchor(checklistId: string, itemId: string): string {
  return `item-${checklistId}-${itemId}`;
}

/** "in the next 30 days" / "in the next 7 days". */
export function aheadText(days: number): string {
  return `in the next ${days} days`;
}

/** "3 things need doing" / "1 thing needs doing". */
export function countThings(count: number): string {
  return count === 1 ? '1 thing needs doing' : `${count} things need doing`;
}

/** The path from the Save dialog, ending in ".ics" (added when the name was typed without it). */
export function withIcsExtension(path: string): string {
  return /\.ics$/i.test(path) ? path : `${path}.ics`;
}

/** "1 due date" / "4 due dates". */
export function countDates(count: number): string {
  return count === 1 ? '1 due date' : `${count} due dates`;
}
