// The import wizard's plain helpers: what was chosen (a file or pasted text), its size in words, a
// guess at its format, and what the preview and the outcome mean in a sentence.
import type { ContactField } from '../../lib/bindings/ContactField';
import type { ImportFormat } from '../../lib/bindings/ImportFormat';
import type { ImportOutcome } from '../../lib/bindings/ImportOutcome';
import type { ImportPreview } from '../../lib/bindings/ImportPreview';
import type { Flash } from '../../lib/router.svelte';

/** Files bigger than this are refused before they are read: no address book is anywhere near it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** What the file input accepts. */
export const ACCEPTED_FILES = '.vcf,.vcard,.csv,text/vcard,text/csv';

/** "contacts.VCF" → "vcard", "people.csv" → "csv"; anything else → null. */
export function formatFromFileName(name: string): ImportFormat | null {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'vcf' || extension === 'vcard') return 'vcard';
  if (extension === 'csv') return 'csv';
  return null;
}

/** A guess from pasted text: a vCard starts with BEGIN:VCARD; anything else with commas is a CSV. */
export function formatFromText(text: string): ImportFormat | null {
  const start = text.trimStart().slice(0, 11).toUpperCase();
  if (start === 'BEGIN:VCARD') return 'vcard';
  if (text.includes(',')) return 'csv';
  return null;
}

/** The text as the bytes the backend reads (UTF-8). */
export function textToBytes(text: string): number[] {
  return Array.from(new TextEncoder().encode(text));
}

/** "512 bytes", "2.4 KB", "3.1 MB". */
export function describeSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "1 line", "12 lines" (a final line break does not start another line). */
export function countLines(text: string): number {
  const trimmed = text.replace(/\r?\n$/, '');
  return trimmed === '' ? 0 : trimmed.split(/\r\n|\n|\r/).length;
}

/** Fields that give a contact a name: a CSV must send at least one column to one of them. */
const NAME_FIELDS: ContactField[] = ['full_name', 'given_name', 'family_name'];

export function hasNameColumn(mapping: (ContactField | null)[]): boolean {
  return mapping.some((field) => field !== null && NAME_FIELDS.includes(field));
}

/** "1 contact" / "12 contacts". */
export function countContacts(count: number): string {
  return count === 1 ? '1 contact' : `${count} contacts`;
}

/**
 * How many contacts the import would change: new ones, and the saved contacts rows are merged into
 * (a row repeating an earlier row of the same file is always skipped).
 */
export function changesIn(preview: ImportPreview): { added: number; merged: number } {
  const mergeable = preview.duplicates.filter((row) => row.existing_id !== null).length;
  return { added: preview.to_add.length, merged: preview.policy === 'merge' ? mergeable : 0 };
}

/** "12 to add, 2 already in your contacts, 1 cannot be imported". */
export function previewSummary(preview: ImportPreview): string {
  const parts = [`${preview.to_add.length} to add`];
  if (preview.duplicates.length > 0) parts.push(`${preview.duplicates.length} already in your contacts`);
  if (preview.rejected.length > 0) parts.push(`${preview.rejected.length} cannot be imported`);
  return parts.join(', ');
}

/** The import button's words: "Import 12 contacts", or "Merge 2 contacts" when nothing is new. */
export function importButtonText(preview: ImportPreview): string {
  const { added, merged } = changesIn(preview);
  if (added === 0 && merged > 0) return `Merge ${countContacts(merged)}`;
  return `Import ${countContacts(added)}`;
}

/** The green banner on the contact list after an import. */
export function outcomeFlash(outcome: ImportOutcome): Flash {
  const lines: string[] = [];
  if (outcome.merged > 0) lines.push(`${countContacts(outcome.merged)} merged with contacts you already had`);
  if (outcome.skipped > 0) lines.push(`${countContacts(outcome.skipped)} skipped because you already had them`);
  if (outcome.rejected > 0) lines.push(`${countContacts(outcome.rejected)} could not be imported`);
  const body = lines.length > 0 ? `${capitalise(lines.join(', '))}.` : undefined;
  return { heading: `${countContacts(outcome.added)} imported`, body };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A file someone chose, read whole. */
export type ChosenFile = { name: string; size: number; bytes: number[] };

/** Where the contacts come from: the file chosen or the text pasted, whichever was used last. */
export type ImportSource = { kind: 'file'; file: ChosenFile } | { kind: 'paste'; text: string };

export function sourceIn(
  file: ChosenFile | null,
  pasted: string,
  lastUsed: 'file' | 'paste' | null,
): ImportSource | null {
  const hasText = pasted.trim() !== '';
  if (lastUsed === 'paste' && hasText) return { kind: 'paste', text: pasted };
  if (file) return { kind: 'file', file };
  if (hasText) return { kind: 'paste', text: pasted };
  return null;
}

export function bytesOf(source: ImportSource): number[] {
  return source.kind === 'file' ? source.file.bytes : textToBytes(source.text);
}

/** "the file contacts.vcf (2.4 KB)" or "the 12 lines you pasted". */
export function describeSource(source: ImportSource): string {
  if (source.kind === 'file') return `the file ${source.file.name} (${describeSize(source.file.size)})`;
  const lines = countLines(source.text);
  return lines === 1 ? 'the line you pasted' : `the ${lines} lines you pasted`;
}
