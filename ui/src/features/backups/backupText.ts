// Words and figures for the Data and backups screen: dates, sizes and the counts in plain English.
import type { AppError } from '../../lib/bindings/AppError';
import type { BackupCounts } from '../../lib/bindings/BackupCounts';
import type { RollingReason } from '../../lib/bindings/RollingReason';
import type { SummaryRow } from '../../lib/components/SummaryList.svelte';
import { formatLongDate } from '../../lib/format';

/** "2026-03-01T10:15:00" → "1 March 2026 at 10:15". */
export function madeAt(iso: string): string {
  const [date, time = ''] = iso.split('T');
  return `${formatLongDate(date)} at ${time.slice(0, 5)}`;
}

/** 197031 → "193 KB"; 3.5 million → "3.3 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const REASONS: Record<RollingReason, string> = {
  daily: 'Daily, when DP Hub started',
  on_quit: 'When DP Hub was closed',
  before_restore: 'Just before a backup was restored',
};

/** What a backup holds, one line each. */
export function countRows(counts: BackupCounts): SummaryRow[] {
  const n = (value: number) => String(value);
  return [
    { key: 'People', value: n(counts.people) },
    { key: 'PAs in the contact book', value: n(counts.pas) },
    { key: 'Employments', value: n(counts.employments) },
    { key: 'Payments in the accounts', value: n(counts.account_entries) },
    { key: 'Receipts', value: n(counts.receipts) },
    { key: 'Signatures', value: n(counts.signatures) },
    { key: 'Checklist items', value: n(counts.checklist_items) },
  ];
}

/** The default name in the Save dialog: "DP Hub backup 2026-03-01.dphub-backup". */
export function backupFileName(today: string): string {
  return `DP Hub backup ${today}.dphub-backup`;
}

/** The restore form's passphrase field is "restore_passphrase": the app's problems on "passphrase" go there. */
export function onRestoreField(error: AppError): AppError {
  if (error.kind !== 'validation') return error;
  const rename = (field: string) => (field === 'passphrase' ? 'restore_passphrase' : field);
  return {
    ...error,
    field: error.field === null ? null : rename(error.field),
    problems: error.problems.map((p) => ({ ...p, field: rename(p.field) })),
  };
}
