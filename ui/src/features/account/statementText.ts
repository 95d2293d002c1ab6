// Words for the statement import and the monitoring return: counts, the import button, what the
// account says afterwards, and which step a refusal belongs to. Every figure is the core's.
import type { PlannedLine } from '../../lib/bindings/PlannedLine';
import type { StatementImportPlan } from '../../lib/bindings/StatementImportPlan';
import type { StatementImported } from '../../lib/bindings/StatementImported';
import type { Flash } from '../../lib/router.svelte';
import { money } from './accountText';

/** "1 payment" / "4 payments". */
export function countPayments(count: number): string {
  return count === 1 ? '1 payment' : `${count} payments`;
}

/** "4 to add, 2 already in the account, 1 cannot be imported". */
export function planSummary(plan: StatementImportPlan): string {
  const parts = [`${countPayments(plan.to_add.length)} to add`];
  if (plan.already_imported > 0) parts.push(`${plan.already_imported} already in the account`);
  if (plan.rejected.length > 0) parts.push(`${plan.rejected.length} cannot be imported`);
  return parts.join(', ');
}

/** The button's words: "Import 4 payments". */
export function importButtonText(plan: StatementImportPlan): string {
  return `Import ${countPayments(plan.to_add.length)}`;
}

/** "In £1,069.60" / "Out £216.00". */
export function signedAmount(line: Pick<PlannedLine, 'direction' | 'amount'>): string {
  return `${line.direction === 'in' ? 'In' : 'Out'} ${money(line.amount)}`;
}

/** The green banner on the account after an import. */
export function importedFlash(done: StatementImported, fileName: string): Flash {
  const skipped = done.plan.already_imported;
  const rejected = done.plan.rejected.length;
  const notes: string[] = [];
  if (skipped > 0) notes.push(`${countPayments(skipped)} already in the account ${skipped === 1 ? 'was' : 'were'} skipped`);
  if (rejected > 0) notes.push(`${rejected} ${rejected === 1 ? 'line' : 'lines'} could not be imported`);
  return {
    heading: `${countPayments(done.added.length)} imported from ${fileName}`,
    body: notes.length > 0 ? `${notes.join('; ')}.` : undefined,
  };
}

/** The step of the statement import a refusal belongs to, from the field it names. */
export function statementStepOf(field: string | null): 'choose' | 'columns' | null {
  if (field === 'file') return 'choose';
  if (field === 'mapping' || field === 'date_format') return 'columns';
  return null;
}

/** "Monitoring return", "Zoë Ł" → "Monitoring return - Zoë Ł.csv", safe on every system. */
export function csvFileName(title: string, name: string): string {
  const base = `${title} - ${name}`.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${base}.csv`;
}
