import { describe, expect, it } from 'vitest';
import { barWidth, hoursText, isNegative, moneySize, withPrefix } from './costText';
import { fieldOf, problemsOf } from '../../lib/fieldErrors';

describe('costs text', () => {
  it('states an amount without its sign', () => {
    expect(moneySize('-1200.5')).toBe('£1,200.50');
    expect(moneySize('34.00')).toBe('£34.00');
  });

  it('tells a shortfall from a surplus', () => {
    expect(isNegative('-0.01')).toBe(true);
    expect(isNegative('0.00')).toBe(false);
    expect(isNegative('-0.00')).toBe(false);
    expect(isNegative('12.00')).toBe(false);
  });

  it('counts hours', () => {
    expect(hoursText('1')).toBe('1 hour');
    expect(hoursText('12.5')).toBe('12.5 hours');
    expect(hoursText('112.0')).toBe('112 hours');
    expect(hoursText('1.00')).toBe('1 hour');
    expect(hoursText('20')).toBe('20 hours');
  });

  it('gives every problem the form prefix', () => {
    const error = {
      kind: 'validation' as const,
      message: 'x',
      field: 'days_per_week',
      problems: [
        { field: 'days_per_week', message: 'There are only 7 days in a week' },
        { field: '', message: 'Something else' },
      ],
    };
    const prefixed = withPrefix(error, 'pa-3');
    expect(fieldOf(prefixed)).toBe('pa-3.days_per_week');
    expect(problemsOf(prefixed).map((p) => p.field)).toEqual(['pa-3.days_per_week', '']);
  });

  it('keeps bars between 0 and 100', () => {
    expect(barWidth(-3)).toBe(0);
    expect(barWidth(37.4)).toBe(37);
    expect(barWidth(140)).toBe(100);
  });
});
