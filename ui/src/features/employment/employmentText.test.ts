import { describe, expect, it } from 'vitest';
import type { EmploymentSummary } from '../../lib/bindings/EmploymentSummary';
import { contactQuery, currentFirst, employmentTitle, perHour, weeks } from './employmentText';

function job(id: number, start_date: string, current: boolean): EmploymentSummary {
  return {
    id: id,
    person_id: 1,
    person_name: 'Zoë Łukasiewicz',
    contact_id: id,
    contact_name: `PA ${id}`,
    job_title: 'Personal assistant',
    start_date,
    end_date: current ? null : '2025-12-31',
    hourly_rate: '13.5',
    hours: '16 hours a week',
    current,
  };
}

describe('employments in words', () => {
  it('gives the rate an hour with pence', () => {
    expect(perHour('13.5')).toBe('£13.50 an hour');
    expect(perHour('12.21')).toBe('£12.21 an hour');
  });

  it('says week or weeks', () => {
    expect(weeks(1)).toBe('1 week');
    expect(weeks(12)).toBe('12 weeks');
  });

  it('says works or worked', () => {
    expect(employmentTitle(job(1, '2026-01-05', true))).toBe('PA 1 works for Zoë Łukasiewicz');
    expect(employmentTitle(job(2, '2024-01-05', false))).toBe('PA 2 worked for Zoë Łukasiewicz');
  });
});

describe('the team list', () => {
  it('puts current jobs first, then the most recently started', () => {
    const ordered = currentFirst([
      job(1, '2020-01-01', false),
      job(2, '2025-01-01', true),
      job(3, '2023-06-01', false),
      job(4, '2026-02-01', true),
    ]);
    expect(ordered.map((j) => j.id)).toEqual([4, 2, 3, 1]);
  });
});

describe('searching the contact book for a PA', () => {
  it('searches by name only, sorted by name when nothing is typed', () => {
    expect(contactQuery('', 20)).toMatchObject({ text: '', sort: 'name', limit: 20, include_archived: false, skill: null });
    expect(contactQuery('ama', 20)).toMatchObject({ text: 'ama', sort: 'relevance', dbs_in_date: false });
  });
});
