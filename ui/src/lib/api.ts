// Thin, typed wrappers over the app's commands. The types are generated from Rust (./bindings);
// the command names and arguments match src-tauri/commands/*.rs.
import { invoke } from '@tauri-apps/api/core';
import type { AppError } from './bindings/AppError';
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

export const api = {
  appInfo: () => invoke<AppInfo>('app_info'),
  personFormOptions: () => invoke<PersonFormOptions>('person_form_options'),
  listPeople: (query: string, include_archived: boolean) =>
    invoke<PersonSummary[]>('list_people', { query, include_archived }),
  getPerson: (id: number) => invoke<PersonView>('get_person', { id }),
  personDraft: (id: number) => invoke<PersonDraft>('person_draft', { id }),
  addPerson: (draft: PersonDraft) => invoke<PersonView>('add_person', { draft }),
  updatePerson: (id: number, draft: PersonDraft) => invoke<PersonView>('update_person', { id, draft }),
  archivePerson: (id: number) => invoke<null>('archive_person', { id }),
  restorePerson: (id: number) => invoke<null>('restore_person', { id }),
  currentPerson: () => invoke<PersonSummary | null>('current_person'),
  setCurrentPerson: (id: number | null) => invoke<null>('set_current_person', { id }),
  suggestReviewDates: (start_date: string, end_date: string) =>
    invoke<string[]>('suggest_review_dates', { start_date, end_date }),

  // PA contacts
  contactFormOptions: () => invoke<ContactFormOptions>('contact_form_options'),
  searchContacts: (query: ContactQuery) => invoke<ContactSearchResults>('search_contacts', { query }),
  getContact: (id: number) => invoke<ContactView>('get_contact', { id }),
  contactDraft: (id: number) => invoke<ContactDraft>('contact_draft', { id }),
  addContact: (draft: ContactDraft) => invoke<ContactView>('add_contact', { draft }),
  updateContact: (id: number, draft: ContactDraft) => invoke<ContactView>('update_contact', { id, draft }),
  archiveContact: (id: number) => invoke<null>('archive_contact', { id }),
  restoreContact: (id: number) => invoke<null>('restore_contact', { id }),
  /** Saved contacts sharing the draft's email or a phone number (other than `exclude_id`). */
  findContactDuplicates: (draft: ContactDraft, exclude_id: number | null) =>
    invoke<ContactBrief[]>('find_contact_duplicates', { draft, exclude_id }),
  expiringContacts: () => invoke<ExpiryAlert[]>('expiring_contacts'),
  setContactRules: (rules: ContactRules) => invoke<ContactRules>('set_contact_rules', { rules }),
  // Import and export
  csvPreview: (bytes: number[]) => invoke<CsvPreview>('csv_preview', { bytes }),
  previewImport: (request: ImportRequest) => invoke<ImportPreview>('preview_import', { request }),
  runImport: (request: ImportRequest) => invoke<ImportOutcome>('run_import', { request }),
  /** Writes the contacts matching `query` to `path`; answers how many were written. */
  exportContacts: (query: ContactQuery, format: ImportFormat, path: string) =>
    invoke<number>('export_contacts', { query, format, path }),
  // Employments
  employmentFormOptions: () => invoke<EmploymentFormOptions>('employment_form_options'),
  listEmployments: (person_id: number | null, contact_id: number | null) =>
    invoke<EmploymentSummary[]>('list_employments', { person_id, contact_id }),
  getEmployment: (id: number) => invoke<EmploymentView>('get_employment', { id }),
  employmentDraft: (id: number) => invoke<EmploymentDraft>('employment_draft', { id }),
  addEmployment: (draft: EmploymentDraft) => invoke<EmploymentView>('add_employment', { draft }),
  updateEmployment: (id: number, draft: EmploymentDraft) =>
    invoke<EmploymentView>('update_employment', { id, draft }),
  endEmployment: (id: number, end: EmploymentEndDraft) =>
    invoke<EmploymentView>('end_employment', { id, end }),
  // Costs and the support plan
  costFormOptions: () => invoke<CostFormOptions>('cost_form_options'),
  calculatePaCost: (draft: PaCostDraft) => invoke<EmployerCost>('calculate_pa_cost', { draft }),
  personCosts: (person_id: number) => invoke<PersonCostsView>('person_costs', { person_id }),
  saveCostSettings: (person_id: number, draft: CostSettingsDraft) =>
    invoke<PersonCostsView>('save_cost_settings', { person_id, draft }),
  saveEmploymentCostTerms: (employment_id: number, draft: EmploymentCostTermsDraft) =>
    invoke<PersonCostsView>('save_employment_cost_terms', { employment_id, draft }),
  addPlanLine: (person_id: number, draft: PlanLineDraft) =>
    invoke<PersonCostsView>('add_plan_line', { person_id, draft }),
  removePlanLine: (id: number) => invoke<PersonCostsView>('remove_plan_line', { id }),
  planWhatIf: (person_id: number, draft: WhatIfDraft) => invoke<WhatIf>('plan_what_if', { person_id, draft }),
  // Checklists and what needs doing
  personChecklists: (person_id: number) => invoke<ChecklistView[]>('person_checklists', { person_id }),
  employmentChecklists: (employment_id: number) =>
    invoke<ChecklistView[]>('employment_checklists', { employment_id }),
  /** `done_on` as typed ("2026-2-2"); "" means today. */
  tickChecklistItem: (owner: ChecklistOwner, item_id: string, done_on: string, done_by: string) =>
    invoke<ChecklistView>('tick_checklist_item', { owner, item_id, done_on, done_by }),
  untickChecklistItem: (owner: ChecklistOwner, item_id: string) =>
    invoke<ChecklistView>('untick_checklist_item', { owner, item_id }),
  checklistItemNotApplicable: (owner: ChecklistOwner, item_id: string, reason: string) =>
    invoke<ChecklistView>('checklist_item_not_applicable', { owner, item_id, reason }),
  setChecklistNote: (owner: ChecklistOwner, item_id: string, note: string) =>
    invoke<ChecklistView>('set_checklist_note', { owner, item_id, note }),
  whatNeedsDoing: (days: number, person_id: number | null) =>
    invoke<DueItem[]>('what_needs_doing', { days, person_id }),
  /** Writes the same due dates as an iCalendar file; answers how many events it holds. */
  exportDueCalendar: (days: number, person_id: number | null, path: string) =>
    invoke<number>('export_due_calendar', { days, person_id, path }),
  // Printing: Save answers the path written; Open writes to the app's print folder and opens the viewer.
  saveChecklistsPdf: (owner: ChecklistOwner, large_print: boolean, path: string) =>
    invoke<string>('save_checklists_pdf', { owner, large_print, path }),
  openChecklistsPdf: (owner: ChecklistOwner, large_print: boolean) =>
    invoke<string>('open_checklists_pdf', { owner, large_print }),
  saveDuePdf: (days: number, person_id: number | null, large_print: boolean, path: string) =>
    invoke<string>('save_due_pdf', { days, person_id, large_print, path }),
  openDuePdf: (days: number, person_id: number | null, large_print: boolean) =>
    invoke<string>('open_due_pdf', { days, person_id, large_print }),
  // Documents
  documentOptions: (person_id: number) => invoke<DocumentOptions>('document_options', { person_id }),
  documentMissing: (choice: DocumentChoice) => invoke<MissingItem[]>('document_missing', { choice }),
  documentPreview: (choice: DocumentChoice) => invoke<Document>('document_preview', { choice }),
  /** Saves the PDF to `path` (".pdf" added if missing); answers the path written. */
  saveDocumentPdf: (choice: DocumentChoice, large_print: boolean, path: string) =>
    invoke<string>('save_document_pdf', { choice, large_print, path }),
  /** Writes the PDF in the app's own folder and opens it in the system's PDF viewer. */
  openDocumentPdf: (choice: DocumentChoice, large_print: boolean) =>
    invoke<string>('open_document_pdf', { choice, large_print }),
  signDocument: (request: SignRequest) => invoke<Document>('sign_document', { request }),
  removeDocumentSignature: (key: SignatureKey) => invoke<Document>('remove_document_signature', { key }),
  loadDocumentTemplate: (kind: DocumentKind, path: string) =>
    invoke<null>('load_document_template', { kind, path }),
  resetDocumentTemplate: (kind: DocumentKind) => invoke<null>('reset_document_template', { kind }),
};

/** Every rejected command carries an AppError; anything else is turned into one. */
export function asAppError(error: unknown): AppError {
  if (error && typeof error === 'object' && 'kind' in error && 'message' in error) {
    return error as AppError;
  }
  return { kind: 'storage', message: String(error), field: null, problems: [] };
}
