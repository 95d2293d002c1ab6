import { describe, expect, it } from 'vitest';
import { joinDate, splitDate } from './dateParts';

describe('joinDate', () => {
  it('joins the three boxes as year-month-day, exactly as typed', () => {
    expect(joinDate({ day: '5', month: '1', year: '2026' })).toBe('2026-1-5');
    expect(joinDate({ day: '05', month: '01', year: '2026' })).toBe('2026-01-05');
    expect(joinDate({ day: ' 27 ', month: '3 ', year: ' 1948' })).toBe('1948-3-27');
  });

  it('gives an empty text when every box is empty', () => {
    expect(joinDate({ day: '', month: '', year: '' })).toBe('');
    expect(joinDate({ day: ' ', month: '', year: '  ' })).toBe('');
  });

  it('keeps a partly filled date partial, so the core can say what is missing', () => {
    expect(joinDate({ day: '', month: '3', year: '2026' })).toBe('2026-3-');
    expect(joinDate({ day: '31', month: '', year: '' })).toBe('--31');
  });
});

describe('splitDate', () => {
  it('splits what the core sends', () => {
    expect(splitDate('2026-01-05')).toEqual({ day: '5', month: '1', year: '2026' });
    expect(splitDate('1948-12-31')).toEqual({ day: '31', month: '12', year: '1948' });
  });

  it('splits what joinDate made, even when partial', () => {
    for (const parts of [
      { day: '5', month: '1', year: '2026' },
      { day: '', month: '3', year: '2026' },
      { day: '31', month: '', year: '' },
      { day: 'x', month: 'y', year: '20' },
    ]) {
      expect(splitDate(joinDate(parts))).toEqual(parts);
    }
  });

  it('reads the English order too', () => {
    expect(splitDate('27/3/2026')).toEqual({ day: '27', month: '3', year: '2026' });
  });

  it('gives empty boxes for no date and keeps unknown text in the day box', () => {
    expect(splitDate('')).toEqual({ day: '', month: '', year: '' });
    expect(splitDate('tomorrow')).toEqual({ day: 'tomorrow', month: '', year: '' });
  });
});
