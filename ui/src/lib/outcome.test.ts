import { describe, expect, it } from 'vitest';
import { outcomeOf } from './outcome';

describe('outcomeOf', () => {
  it("says what was done, nothing when cancelled, and the app's message when it failed", async () => {
    expect(await outcomeOf(async () => 'Saved as /home/pat/due.pdf', 'The PDF could not be made')).toEqual({
      ok: true,
      text: 'Saved as /home/pat/due.pdf',
    });
    expect(await outcomeOf(async () => null, 'The PDF could not be made')).toBeNull();
    const refused = { kind: 'storage', message: 'No space left on device', field: null, problems: [] };
    expect(
      await outcomeOf(async () => {
        throw refused;
      }, 'The PDF could not be made'),
    ).toEqual({ ok: false, text: 'The PDF could not be made: No space left on device' });
    expect(
      await outcomeOf(async () => {
        throw new Error('disk gone');
      }, 'The calendar file could not be saved'),
    ).toEqual({ ok: false, text: 'The calendar file could not be saved: Error: disk gone' });
  });
});
