import { describe, expect, it } from 'vitest';
import { signedDate, strokePoints, toGrid, todayIso } from './signatureText';

describe('signatures', () => {
  it('maps pixels onto the 1000 × 300 grid and keeps points inside it', () => {
    expect(toGrid(250, 50, 500, 150)).toEqual([500, 100]);
    expect(toGrid(-5, 999, 500, 150)).toEqual([0, 300]);
    expect(toGrid(600, 10.4, 500, 150)).toEqual([1000, 21]);
  });
  it('reads dates and strokes', () => {
    expect(signedDate('2027-03-01')).toBe('1 March 2027');
    expect(strokePoints([[1, 2], [3, 4]])).toBe('1,2 3,4');
    expect(todayIso(new Date(2027, 0, 5))).toBe('2027-01-05');
  });
});
