import { describe, expect, it } from 'vitest';
import { countPeople, formatLongDate, formatMoney } from './format';

describe('formatMoney', () => {
  it('adds the pound sign and thousands commas to what the core worked out', () => {
    expect(formatMoney('1250.00')).toBe('£1,250.00');
    expect(formatMoney('16250.00')).toBe('£16,250.00');
    expect(formatMoney('1234567.89')).toBe('£1,234,567.89');
    expect(formatMoney('0.00')).toBe('£0.00');
    expect(formatMoney('999.50')).toBe('£999.50');
  });

  it('shows pence even when the core sent fewer places', () => {
    expect(formatMoney('1250')).toBe('£1,250.00');
    expect(formatMoney('12.5')).toBe('£12.50');
  });

  it('never rounds: more places are shown as sent', () => {
    expect(formatMoney('0.125')).toBe('£0.125');
  });

  it('puts the minus sign before the pound sign', () => {
    expect(formatMoney('-12.50')).toBe('-£12.50');
  });

  it('leaves anything that is not an amount alone', () => {
    expect(formatMoney('')).toBe('');
    expect(formatMoney('twelve')).toBe('twelve');
  });
});

describe('formatLongDate', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatLongDate('2026-01-05')).toBe('5 January 2026');
    expect(formatLongDate('1948-12-31')).toBe('31 December 1948');
  });

  it('leaves text that is not an ISO date alone', () => {
    expect(formatLongDate('')).toBe('');
    expect(formatLongDate('2026-13-01')).toBe('2026-13-01');
    expect(formatLongDate('5/1/2026')).toBe('5/1/2026');
  });
});

describe('countPeople', () => {
  it('says person or people', () => {
    expect(countPeople(0)).toBe('0 people');
    expect(countPeople(1)).toBe('1 person');
    expect(countPeople(2)).toBe('2 people');
  });
});
