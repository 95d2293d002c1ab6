import { describe, expect, it } from 'vitest';
import { hasSlot, moveInGrid, withSlot } from './availability';
import { ageOn, alertBadges, countPAs, hourlyRateText } from './contactText';
import { saveSuggestion } from './exportFile';
import { describeResults, isNarrowed, noFilters, queryFrom } from './listQuery';

describe('the availability grid', () => {
  it('switches one cell on and off, leaving the others', () => {
    const some = withSlot([], 'mon', 'morning', true);
    const more = withSlot(some, 'tue', 'evening', true);
    expect(hasSlot(more, 'mon', 'morning')).toBe(true);
    expect(hasSlot(more, 'tue', 'evening')).toBe(true);
    expect(hasSlot(more, 'tue', 'morning')).toBe(false);
    expect(withSlot(more, 'mon', 'morning', false)).toEqual([{ day: 'tue', part: 'evening' }]);
    expect(withSlot(more, 'mon', 'morning', true)).toHaveLength(2);
  });

  it('moves like a spreadsheet and stops at the edges', () => {
    const middle = { row: 3, column: 3 };
    expect(moveInGrid(middle, 'ArrowUp', false, 7, 7)).toEqual({ row: 2, column: 3 });
    expect(moveInGrid(middle, 'ArrowDown', false, 7, 7)).toEqual({ row: 4, column: 3 });
    expect(moveInGrid(middle, 'ArrowLeft', false, 7, 7)).toEqual({ row: 3, column: 2 });
    expect(moveInGrid(middle, 'ArrowRight', false, 7, 7)).toEqual({ row: 3, column: 4 });
    expect(moveInGrid(middle, 'Home', false, 7, 7)).toEqual({ row: 3, column: 0 });
    expect(moveInGrid(middle, 'End', false, 7, 7)).toEqual({ row: 3, column: 6 });
    expect(moveInGrid(middle, 'Home', true, 7, 7)).toEqual({ row: 0, column: 0 });
    expect(moveInGrid(middle, 'End', true, 7, 7)).toEqual({ row: 6, column: 6 });
    expect(moveInGrid({ row: 0, column: 0 }, 'ArrowUp', false, 7, 7)).toEqual({ row: 0, column: 0 });
    expect(moveInGrid({ row: 6, column: 6 }, 'ArrowRight', false, 7, 7)).toEqual({ row: 6, column: 6 });
    expect(moveInGrid(middle, ' ', false, 7, 7)).toBeNull();
    expect(moveInGrid(middle, 'Tab', false, 7, 7)).toBeNull();
  });
});

describe('the contact list query', () => {
  it('asks for everything when nothing is chosen', () => {
    expect(queryFrom(noFilters())).toEqual({
      text: '',
      skill: null,
      area: '',
      free_in: null,
      status: null,
      dbs_in_date: false,
      training_in_date: false,
      include_archived: false,
      sort: 'relevance',
      limit: 0,
    });
    expect(isNarrowed(noFilters())).toBe(false);
  });

  it('needs both a day and a part of the day to filter by when someone is free', () => {
    const dayOnly = { ...noFilters(), freeDay: 'tue' as const };
    expect(queryFrom(dayOnly).free_in).toBeNull();
    expect(isNarrowed(dayOnly)).toBe(false);
    const both = { ...dayOnly, freePart: 'evening' as const };
    expect(queryFrom(both).free_in).toEqual({ day: 'tue', part: 'evening' });
    expect(isNarrowed(both)).toBe(true);
  });

  it('trims what was typed and turns empty choices into none', () => {
    const query = queryFrom({ ...noFilters(), text: '  dementia ', area: ' SO23 ', skill: 'driving', status: '' });
    expect(query.text).toBe('dementia');
    expect(query.area).toBe('SO23');
    expect(query.skill).toBe('driving');
    expect(query.status).toBeNull();
  });

  it('says how many were found and when not all are listed', () => {
    const some = (listed: number, total: number, more_than_counted = false) => ({
      contacts: Array.from({ length: listed }, () => ({}) as never),
      total,
      more_than_counted,
    });
    expect(describeResults(some(3, 3), true)).toBe('3 PAs found.');
    expect(describeResults(some(1, 1), true)).toBe('1 PA found.');
    expect(describeResults(some(3, 3), false)).toBe('3 PAs in your contacts.');
    expect(describeResults(some(0, 0), true)).toBe('No PAs match your search.');
    expect(describeResults(some(0, 0), false)).toBe('There are no PAs in your contacts yet.');
    expect(describeResults(some(50, 734), true)).toBe('734 PAs found. Showing the first 50.');
    expect(describeResults(some(50, 1000, true), true)).toBe(
      'More than 1,000 PAs found. Showing the first 50: type more or choose a filter to narrow the list.',
    );
  });
});

describe('contact words', () => {
  it('counts PAs', () => {
    expect(countPAs(0)).toBe('0 PAs');
    expect(countPAs(1)).toBe('1 PA');
    expect(countPAs(12)).toBe('12 PAs');
  });

  it('writes an hourly rate', () => {
    expect(hourlyRateText('13.50')).toBe('£13.50 an hour');
    expect(hourlyRateText(null)).toBeNull();
  });

  it('shows one badge per kind of alert, most urgent first', () => {
    const alert = (kind: 'dbs_too_old' | 'training_expired' | 'training_expiring') => ({
      kind,
      date: '2026-03-01',
      message: '',
    });
    const badges = alertBadges([alert('training_expiring'), alert('training_expired'), alert('training_expired'), alert('dbs_too_old')]);
    expect(badges.map((b) => b.text)).toEqual(['DBS too old', 'Training expired', 'Training expiring']);
    expect(badges.map((b) => b.tagClass)).toEqual(['govuk-tag--red', 'govuk-tag--red', 'govuk-tag--yellow']);
    expect(alertBadges([])).toEqual([]);
  });

  it('works out an age from a date of birth', () => {
    expect(ageOn('1990-03-01', '2026-03-01')).toBe(36);
    expect(ageOn('1990-03-02', '2026-03-01')).toBe(35);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('', '2026-03-01')).toBeNull();
  });

  it('suggests a file name and type for each export format', () => {
    expect(saveSuggestion('csv').defaultPath).toBe('pa-contacts.csv');
    expect(saveSuggestion('csv').filters[0].extensions).toEqual(['csv']);
    expect(saveSuggestion('vcard').defaultPath).toBe('pa-contacts.vcf');
  });
});
