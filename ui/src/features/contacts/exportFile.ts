// What the Save dialog suggests when exporting contacts.
import type { ImportFormat } from '../../lib/bindings/ImportFormat';

export type SaveSuggestion = { defaultPath: string; filters: { name: string; extensions: string[] }[] };

export function saveSuggestion(format: ImportFormat): SaveSuggestion {
  return format === 'csv'
    ? { defaultPath: 'pa-contacts.csv', filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }] }
    : { defaultPath: 'pa-contacts.vcf', filters: [{ name: 'vCard', extensions: ['vcf', 'vcard'] }] };
}
