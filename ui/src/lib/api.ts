// The one way the UI calls the app: `call(name, args)`, typed by the command map generated from
// the Rust command list (./bindings/commands.ts), so a wrong name, argument or result type fails
// to compile. Nothing here repeats a command's name or shape by hand.
import { invoke } from '@tauri-apps/api/core';
import type { AppError } from './bindings/AppError';
import type { Commands } from './bindings/commands';
import type { NoArgs } from './bindings/NoArgs';
import type { AppInfo } from './bindings/AppInfo';
import type { ContactDraft } from './bindings/ContactDraft';
import type { ContactBrief } from './bindings/ContactBrief';
import type { ContactFormOptions } from './bindings/ContactFormOptions';
import type { ContactQuery } from './bindings/ContactQuery';
import type { ContactRules } from './bindings/ContactRules';
import type { ContactSearchResults } from './bindings/ContactSearchResults';
import type { ContactView } from './bindings/ContactView';
import type { CostFormOptions } from './bindings/CostFormOptions';
import type { CostSettingsDraft } from './bindings/CostSettingsDraft';
import type { EmployerCost } from './bindings/EmployerCost';
import type { EmploymentCostTermsDraft } from './bindings/EmploymentCostTermsDraft';
import type { PaCostDraft } from './bindings/PaCostDraft';
import type { PersonCostsView } from './bindings/PersonCostsView';
import type { PlanLineDraft } from './bindings/PlanLineDraft';
import type { WhatIf } from './bindings/WhatIf';
import type { WhatIfDraft } from './bindings/WhatIfDraft';
import type { CsvPreview } from './bindings/CsvPreview';
import type { EmploymentDraft } from './bindings/EmploymentDraft';
import type { EmploymentEndDraft } from './bindings/EmploymentEndDraft';
import type { EmploymentFormOptions } from './bindings/EmploymentFormOptions';
import type { EmploymentSummary } from './bindings/EmploymentSummary';
import type { EmploymentView } from './bindings/EmploymentView';
import type { ExpiryAlert } from './bindings/ExpiryAlert';
import type { ImportFormat } from './bindings/ImportFormat';
import type { ImportOutcome } from './bindings/ImportOutcome';
import type { ImportPreview } from './bindings/ImportPreview';
import type { ImportRequest } from './bindings/ImportRequest';
import type { PersonDraft } from './bindings/PersonDraft';
import type { PersonFormOptions } from './bindings/PersonFormOptions';
import type { PersonSummary } from './bindings/PersonSummary';
import type { PersonView } from './bindings/PersonView';
import type { ChecklistOwner } from './bindings/ChecklistOwner';
import type { ChecklistView } from './bindings/ChecklistView';
import type { DueItem } from './bindings/DueItem';
import type { Document } from './bindings/Document';
import type { DocumentChoice } from './bindings/DocumentChoice';
import type { DocumentKind } from './bindings/DocumentKind';
import type { DocumentOptions } from './bindings/DocumentOptions';
import type { MissingItem } from './bindings/MissingItem';
import type { SignRequest } from './bindings/SignRequest';
import type { SignatureKey } from './bindings/SignatureKey';

export type CommandName = keyof Commands;
export type ArgsOf<K extends CommandName> = Commands[K]['args'];
export type ResultOf<K extends CommandName> = Commands[K]['result'];

/** Calls a command; a command without arguments is called with its name alone. */
export function call<K extends CommandName>(
  name: K,
  ...args: NoArgs extends ArgsOf<K> ? [] : [ArgsOf<K>]
): Promise<ResultOf<K>> {
  return invoke<ResultOf<K>>(name, (args[0] ?? {}) as Record<string, unknown>);
}

/** Named shortcuts over `call`, kept while the screens move to calling `call` directly. */
export const api = {
  appInfo: () => call('app_info'),
  personFormOptions: () => call('person_form_options'),
  listPeople: (query: string, include_archived: boolean) =>
    call('list_people', { query, include_archived }),
  getPerson: (id: number) => call('get_person', { id }),
  personDraft: (id: number) => call('person_draft', { id }),
  addPerson: (draft: PersonDraft) => call('add_person', { draft }),
  updatePerson: (id: number, draft: PersonDraft) => call('update_person', { id, draft }),
  archivePerson: (id: number) => call('archive_person', { id }),
  restorePerson: (id: number) => call('restore_person', { id }),
  currentPerson: () => call('current_person'),
  setCurrentPerson: (id: number | null) => call('set_current_person', { id }),
  suggestReviewDates: (start_date: string, end_date: string) =>
    call('suggest_review_dates', { start_date, end_date }),

  // PA contacts
  contactFormOptions: () => call('contact_form_options'),
  searchContacts: (query: ContactQuery) => call('search_contacts', { query }),
  getContact: (id: number) => call('get_contact', { id }),
  contactDraft: (id: number) => call('contact_draft', { id }),
  addContact: (draft: ContactDraft) => call('add_contact', { draft }),
  updateContact: (id: number, draft: ContactDraft) => call('update_contact', { id, draft }),
  archiveContact: (id: number) => call('archive_contact', { id }),
  restoreContact: (id: number) => call('restore_contact', { id }),
  /** Saved contacts sharing the draft's email or a phone number (other than `exclude_id`). */
  findContactDuplicates: (draft: ContactDraft, exclude_id: number | null) =>
    call('find_contact_duplicates', { draft, exclude_id }),
  expiringContacts: () => call('expiring_contacts'),
  setContactRules: (rules: ContactRules) => call('set_contact_rules', { rules }),
  // Import and export
  csvPreview: (bytes: number[]) => call('csv_preview', { bytes }),
  previewImport: (request: ImportRequest) => call('preview_import', { request }),
  runImport: (request: ImportRequest) => call('run_import', { request }),
  /** Writes the contacts matching `query` to `path`; answers how many were written. */
  exportContacts: (query: ContactQuery, format: ImportFormat, path: string) =>
    call('export_contacts', { query, format, path }),
  // Employments
  employmentFormOptions: () => call('employment_form_options'),
  listEmployments: (person_id: number | null, contact_id: number | null) =>
    call('list_employments', { person_id, contact_id }),
  getEmployment: (id: number) => call('get_employment', { id }),
  employmentDraft: (id: number) => call('employment_draft', { id }),
  addEmployment: (draft: EmploymentDraft) => call('add_employment', { draft }),
  updateEmployment: (id: number, draft: EmploymentDraft) =>
    call('update_employment', { id, draft }),
  endEmployment: (id: number, end: EmploymentEndDraft) =>
    call('end_employment', { id, end }),
  // Costs and the support plan
  costFormOptions: () => call('cost_form_options'),
  calculatePaCost: (draft: PaCostDraft) => call('calculate_pa_cost', { draft }),
  personCosts: (person_id: number) => call('person_costs', { person_id }),
  saveCostSettings: (person_id: number, draft: CostSettingsDraft) =>
    call('save_cost_settings', { person_id, draft }),
  saveEmploymentCostTerms: (employment_id: number, draft: EmploymentCostTermsDraft) =>
    call('save_employment_cost_terms', { employment_id, draft }),
  addPlanLine: (person_id: number, draft: PlanLineDraft) =>
    call('add_plan_line', { person_id, draft }),
  removePlanLine: (id: number) => call('remove_plan_line', { id }),
  planWhatIf: (person_id: number, draft: WhatIfDraft) => call('plan_what_if', { person_id, draft }),
  // Checklists and what needs doing
  personChecklists: (person_id: number) => call('person_checklists', { person_id }),
  employmentChecklists: (employment_id: number) =>
    call('employment_checklists', { employment_id }),
  /** `done_on` as typed ("2026-2-2"); "" means today. */
  tickChecklistItem: (owner: ChecklistOwner, item_id: string, done_on: string, done_by: string) =>
    call('tick_checklist_item', { owner, item_id, done_on, done_by }),
  untickChecklistItem: (owner: ChecklistOwner, item_id: string) =>
    call('untick_checklist_item', { owner, item_id }),
  checklistItemNotApplicable: (owner: ChecklistOwner, item_id: string, reason: string) =>
    call('checklist_item_not_applicable', { owner, item_id, reason }),
  setChecklistNote: (owner: ChecklistOwner, item_id: string, note: string) =>
    call('set_checklist_note', { owner, item_id, note }),
  whatNeedsDoing: (days: number, person_id: number | null) =>
    call('what_needs_doing', { days, person_id }),
  /** Writes the same due dates as an iCalendar file; answers how many events it holds. */
  exportDueCalendar: (days: number, person_id: number | null, path: string) =>
    call('export_due_calendar', { days, person_id, path }),
  // Printing: Save answers the path written; Open writes to the app's print folder and opens the viewer.
  saveChecklistsPdf: (owner: ChecklistOwner, large_print: boolean, path: string) =>
    call('save_checklists_pdf', { owner, large_print, path }),
  openChecklistsPdf: (owner: ChecklistOwner, large_print: boolean) =>
    call('open_checklists_pdf', { owner, large_print }),
  saveDuePdf: (days: number, person_id: number | null, large_print: boolean, path: string) =>
    call('save_due_pdf', { days, person_id, large_print, path }),
  openDuePdf: (days: number, person_id: number | null, large_print: boolean) =>
    call('open_due_pdf', { days, person_id, large_print }),
  // Documents
  documentOptions: (person_id: number) => call('document_options', { person_id }),
  documentMissing: (choice: DocumentChoice) => call('document_missing', { choice }),
  documentPreview: (choice: DocumentChoice) => call('document_preview', { choice }),
  /** Saves the PDF to `path` (".pdf" added if missing); answers the path written. */
  saveDocumentPdf: (choice: DocumentChoice, large_print: boolean, path: string) =>
    call('save_document_pdf', { choice, large_print, path }),
  /** Writes the PDF in the app's own folder and opens it in the system's PDF viewer. */
  openDocumentPdf: (choice: DocumentChoice, large_print: boolean) =>
    call('open_document_pdf', { choice, large_print }),
  signDocument: (request: SignRequest) => call('sign_document', { request }),
  removeDocumentSignature: (key: SignatureKey) => call('remove_document_signature', { key }),
  loadDocumentTemplate: (kind: DocumentKind, path: string) =>
    call('load_document_template', { kind, path }),
  resetDocumentTemplate: (kind: DocumentKind) => call('reset_document_template', { kind }),
};

/** Every rejected command carries an AppError; anything else is turned into one. */
export function asAppError(error: unknown): AppError {
  if (error && typeof error === 'object' && 'kind' in error && 'message' in error) {
    return error as AppError;
  }
  return { kind: 'storage', message: String(error) };
}
