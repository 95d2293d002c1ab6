import { describe, expect, it } from 'vitest';
import { backupFileName, countRows, fileSize, madeAt } from './backupText';

describe('backup words', () => {
  it('says when a backup was made in words', () => {
    expect(madeAt('2026-03-01T10:15:42')).toBe('1 March 2026 at 10:15');
  });
  it('gives sizes in KB or MB', () => {
    expect(fileSize(197031)).toBe('193 KB');
    expect(fileSize(10)).toBe('1 KB');
    expect(fileSize(3_500_000)).toBe('3.3 MB');
  });
  it('lists every count', () => {
    const rows = countRows({ people: 2, pas: 5, employments: 1, account_entries: 40, receipts: 3, signatures: 0, checklist_items: 7 });
    expect(rows.map((r) => r.value)).toEqual(['2', '5', '1', '40', '3', '0', '7']);
    expect(rows[0].key).toBe('People');
  });
  it('suggests a file name with the date', () => {
    expect(backupFileName('2026-03-01')).toBe('DP Hub backup 2026-03-01.dphub-backup');
  });
});

describe('the restore form', () => {
  it('shows the app’s passphrase problem on its own field', async () => {
    const { onRestoreField } = await import('./backupText');
    const moved = onRestoreField({
      kind: 'validation',
      message: 'That passphrase does not open this file',
      field: 'passphrase',
      problems: [{ field: 'passphrase', message: 'That passphrase does not open this file' }],
    });
    expect(moved.kind === 'validation' && moved.problems[0].field).toBe('restore_passphrase');
    expect(onRestoreField({ kind: 'storage', message: 'x' })).toEqual({ kind: 'storage', message: 'x' });
  });
});
