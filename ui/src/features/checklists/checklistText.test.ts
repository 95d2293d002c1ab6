import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../lib/bindings/DueItem';
import {
  countDates,
  countThings,
  groupDue,
  itemAnchor,
  linkText,
  routeOf,
  ruleBesideDate,
  statusLine,
  tagClass,
  tagText,
  whoText,
  withIcsExtension,
} from './checklistText';

function due(overrides: Partial<DueItem>): DueItem {
  return {
    person_id: 1,
    person_name: 'Margaret Hale',
    pa_name: null,
    kind: 'checklist_item',
    what: 'Give the PA a written statement of employment particulars',
    date: '2026-12-05',
    because: '5 December 2026: on or before the PA starts',
    overdue: false,
    link: { to: 'person', person_id: 1 },
    key: 'k',
    ...overrides,
  };
}

describe('checklist words', () => {
  it('names every status and gives it a colour', () => {
    expect(tagText('to_do')).toBe('To do');
    expect(tagText('overdue')).toBe('Overdue');
    expect(tagText('done')).toBe('Done');
    expect(tagText('not_applicable')).toBe('Not applicable');
    expect(tagClass('overdue')).toBe('govuk-tag--red');
    expect(tagClass('done')).toBe('govuk-tag--green');
  });

  it('says when, by whom, or why not', () => {
    expect(statusLine({ status: 'to_do' })).toBeNull();
    expect(statusLine({ status: 'done', done_on: '2026-03-03', done_by: 'Zoë', occurrence: null })).toBe(
      'Done on 3 March 2026 by Zoë',
    );
    expect(statusLine({ status: 'not_applicable', reason: 'The council pays' })).toBe('Not applicable: The council pays');
  });

  it('splits what needs doing into overdue and to come, keeping the order', () => {
    const a = due({ key: 'a', overdue: true });
    const b = due({ key: 'b' });
    const c = due({ key: 'c', overdue: true });
    expect(groupDue([a, b, c])).toEqual({ overdue: [a, c], upcoming: [b] });
  });

  it('says who a line is about', () => {
    expect(whoText(due({}))).toBe('Margaret Hale');
    expect(whoText(due({ pa_name: 'Ann Lee' }))).toBe('Margaret Hale, about Ann Lee (PA)');
  });

  it('links each line to where it is done', () => {
    expect(routeOf({ to: 'person_checklist', person_id: 3, checklist_id: 'yearly', item_id: 'p60' })).toEqual({
      name: 'person-checklists',
      id: 3,
      item: 'item-yearly-p60',
    });
    expect(
      routeOf({ to: 'employment_checklist', employment_id: 2, checklist_id: 'before-first-day', item_id: 'dbs' }),
    ).toEqual({ name: 'employment-checklists', id: 2, item: 'item-before-first-day-dbs' });
    expect(routeOf({ to: 'contact', contact_id: 7 })).toEqual({ name: 'contact', id: 7 });
    expect(routeOf({ to: 'person', person_id: 1 })).toEqual({ name: 'person', id: 1 });
    expect(routeOf({ to: 'account', person_id: 4 })).toEqual({ name: 'account', id: 4 });
    expect(linkText({ to: 'account', person_id: 4 })).toBe('Open the direct payment account');
    expect(routeOf({ to: 'monitoring_return', person_id: 4 })).toEqual({ name: 'account-return', id: 4 });
    expect(linkText({ to: 'monitoring_return', person_id: 4 })).toBe('Open the monitoring return');
    expect(linkText({ to: 'contact', contact_id: 7 })).toBe("Open the PA's details");
    expect(itemAnchor('yearly', 'p60')).toBe('item-yearly-p60');
  });

  it('leaves out the date a rule starts with when the date is shown beside it', () => {
    expect(ruleBesideDate("16 March 2026: on or before the PA's first day", '2026-03-16')).toBe(
      "On or before the PA's first day",
    );
    expect(ruleBesideDate('5 April 2026: end of the tax year', '2026-04-06')).toBe('5 April 2026: end of the tax year');
  });

  it('counts in plain words', () => {
    expect(countThings(1)).toBe('1 thing needs doing');
    expect(countThings(3)).toBe('3 things need doing');
    expect(countDates(1)).toBe('1 due date');
    expect(countDates(0)).toBe('0 due dates');
  });

  it('adds .ics to a file name typed without it', () => {
    expect(withIcsExtension('/home/me/duties')).toBe('/home/me/duties.ics');
    expect(withIcsExtension('/home/me/duties.ics')).toBe('/home/me/duties.ics');
    expect(withIcsExtension('C:\\Users\\me\\Duties.ICS')).toBe('C:\\Users\\me\\Duties.ICS');
    expect(withIcsExtension('/home/me/duties.ics.txt')).toBe('/home/me/duties.ics.txt.ics');
  });
});
