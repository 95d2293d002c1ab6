import { describe, expect, it } from 'vitest';
import { pdfFileName } from './pdfPath';

describe('PDF file names', () => {
  it('makes a safe file name', () => {
    expect(pdfFileName('Written statement', 'Ann / Lee: "A"')).toBe('Written statement - Ann Lee A.pdf');
  });
});
