// Generated from src-tauri/commands/list.rs when `cargo test` runs: do not edit.
import type { AccountFormOptions } from './AccountFormOptions';
import type { AccountOn } from './AccountOn';
import type { AccountRef } from './AccountRef';
import type { AccountTo } from './AccountTo';
import type { AddContact } from './AddContact';
import type { AddEmployment } from './AddEmployment';
import type { AddEntry } from './AddEntry';
import type { AddImportRule } from './AddImportRule';
import type { AddOwed } from './AddOwed';
import type { AddPerson } from './AddPerson';
import type { AddPlanLine } from './AddPlanLine';
import type { AddTermsChange } from './AddTermsChange';
import type { AppInfo } from './AppInfo';
import type { AttachReceipt } from './AttachReceipt';
import type { AuditRecord } from './AuditRecord';
import type { AutomaticBackupRef } from './AutomaticBackupRef';
import type { BackupFile } from './BackupFile';
import type { BackupOverview } from './BackupOverview';
import type { BackupPassphrase } from './BackupPassphrase';
import type { BackupSummary } from './BackupSummary';
import type { BalanceView } from './BalanceView';
import type { CalculatePaCost } from './CalculatePaCost';
import type { ChangePassphrase } from './ChangePassphrase';
import type { ChartPoint } from './ChartPoint';
import type { ChecklistItemNotApplicable } from './ChecklistItemNotApplicable';
import type { ChecklistItemRef } from './ChecklistItemRef';
import type { ChecklistView } from './ChecklistView';
import type { ContactBrief } from './ContactBrief';
import type { ContactDraft } from './ContactDraft';
import type { ContactFormOptions } from './ContactFormOptions';
import type { ContactRef } from './ContactRef';
import type { ContactRules } from './ContactRules';
import type { ContactSearchResults } from './ContactSearchResults';
import type { ContactView } from './ContactView';
import type { CostFormOptions } from './CostFormOptions';
import type { CreateBackup } from './CreateBackup';
import type { CreatedBackup } from './CreatedBackup';
import type { CsvPreview } from './CsvPreview';
import type { CsvPreviewArgs } from './CsvPreviewArgs';
import type { DeleteEntry } from './DeleteEntry';
import type { Document } from './Document';
import type { DocumentChoiceArgs } from './DocumentChoiceArgs';
import type { DocumentOptions } from './DocumentOptions';
import type { DocumentOptionsArgs } from './DocumentOptionsArgs';
import type { DueItem } from './DueItem';
import type { EditEntry } from './EditEntry';
import type { EmployerCost } from './EmployerCost';
import type { EmploymentChecklists } from './EmploymentChecklists';
import type { EmploymentDraft } from './EmploymentDraft';
import type { EmploymentFormOptions } from './EmploymentFormOptions';
import type { EmploymentRef } from './EmploymentRef';
import type { EmploymentSummary } from './EmploymentSummary';
import type { EmploymentView } from './EmploymentView';
import type { EndEmployment } from './EndEmployment';
import type { Entry } from './Entry';
import type { EntryDraft } from './EntryDraft';
import type { EntryRef } from './EntryRef';
import type { ExcessView } from './ExcessView';
import type { ExpectedView } from './ExpectedView';
import type { ExpiryAlert } from './ExpiryAlert';
import type { ExportContacts } from './ExportContacts';
import type { ExportDueCalendar } from './ExportDueCalendar';
import type { ExportHandover } from './ExportHandover';
import type { FindContactDuplicates } from './FindContactDuplicates';
import type { FirstPassphrase } from './FirstPassphrase';
import type { HandoverOutcome } from './HandoverOutcome';
import type { HandoverPreview } from './HandoverPreview';
import type { HandoverSaved } from './HandoverSaved';
import type { ImportArgs } from './ImportArgs';
import type { ImportHandover } from './ImportHandover';
import type { ImportOutcome } from './ImportOutcome';
import type { ImportPreview } from './ImportPreview';
import type { ImportRule } from './ImportRule';
import type { ImportRuleRef } from './ImportRuleRef';
import type { LedgerView } from './LedgerView';
import type { ListEmployments } from './ListEmployments';
import type { ListEntries } from './ListEntries';
import type { ListPeople } from './ListPeople';
import type { LoadDocumentTemplate } from './LoadDocumentTemplate';
import type { MissingItem } from './MissingItem';
import type { MonitoringReturn } from './MonitoringReturn';
import type { NoArgs } from './NoArgs';
import type { OpenChecklistsPdf } from './OpenChecklistsPdf';
import type { OpenDocumentPdf } from './OpenDocumentPdf';
import type { OpenDuePdf } from './OpenDuePdf';
import type { OpenHandover } from './OpenHandover';
import type { OpenReturnPdf } from './OpenReturnPdf';
import type { Owed } from './Owed';
import type { PersonChecklists } from './PersonChecklists';
import type { PersonCosts } from './PersonCosts';
import type { PersonCostsView } from './PersonCostsView';
import type { PersonDraft } from './PersonDraft';
import type { PersonFormOptions } from './PersonFormOptions';
import type { PersonRef } from './PersonRef';
import type { PersonSummary } from './PersonSummary';
import type { PersonView } from './PersonView';
import type { PlanWhatIf } from './PlanWhatIf';
import type { Protection } from './Protection';
import type { Reconcile } from './Reconcile';
import type { ReconcileView } from './ReconcileView';
import type { RemoveDocumentSignature } from './RemoveDocumentSignature';
import type { RemovePlanLine } from './RemovePlanLine';
import type { ResetDocumentTemplate } from './ResetDocumentTemplate';
import type { RestoreOutcome } from './RestoreOutcome';
import type { ReturnFor } from './ReturnFor';
import type { ReturnSettings } from './ReturnSettings';
import type { SaveChecklistsPdf } from './SaveChecklistsPdf';
import type { SaveCostSettings } from './SaveCostSettings';
import type { SaveDocumentPdf } from './SaveDocumentPdf';
import type { SaveDuePdf } from './SaveDuePdf';
import type { SaveEmploymentCostTerms } from './SaveEmploymentCostTerms';
import type { SaveReceipt } from './SaveReceipt';
import type { SaveReturnCsv } from './SaveReturnCsv';
import type { SaveReturnPdf } from './SaveReturnPdf';
import type { SearchContacts } from './SearchContacts';
import type { SetBackupsKeep } from './SetBackupsKeep';
import type { SetChecklistNote } from './SetChecklistNote';
import type { SetContactRules } from './SetContactRules';
import type { SetCurrentPerson } from './SetCurrentPerson';
import type { SetKeepRecordsYears } from './SetKeepRecordsYears';
import type { SetReturnFrequency } from './SetReturnFrequency';
import type { SettleOwed } from './SettleOwed';
import type { SignDocument } from './SignDocument';
import type { StatementFile } from './StatementFile';
import type { StatementFormOptions } from './StatementFormOptions';
import type { StatementImportArgs } from './StatementImportArgs';
import type { StatementImportPlan } from './StatementImportPlan';
import type { StatementImported } from './StatementImported';
import type { StatementPreview } from './StatementPreview';
import type { SuggestReviewDates } from './SuggestReviewDates';
import type { TermsEntry } from './TermsEntry';
import type { TickChecklistItem } from './TickChecklistItem';
import type { UnlockWith } from './UnlockWith';
import type { UpdateContact } from './UpdateContact';
import type { UpdateEmployment } from './UpdateEmployment';
import type { UpdatePerson } from './UpdatePerson';
import type { WhatIf } from './WhatIf';
import type { WhatNeedsDoing } from './WhatNeedsDoing';

/** Every command the UI may call: its arguments and what it answers. */
export type Commands = {
  app_info: { args: NoArgs; result: AppInfo };
  unlock: { args: UnlockWith; result: AppInfo };
  set_first_passphrase: { args: FirstPassphrase; result: AppInfo };
  database_protection: { args: NoArgs; result: Protection | null };
  change_passphrase: { args: ChangePassphrase; result: Protection | null };
  person_form_options: { args: NoArgs; result: PersonFormOptions };
  list_people: { args: ListPeople; result: Array<PersonSummary> };
  get_person: { args: PersonRef; result: PersonView };
  person_draft: { args: PersonRef; result: PersonDraft };
  add_person: { args: AddPerson; result: PersonView };
  update_person: { args: UpdatePerson; result: PersonView };
  archive_person: { args: PersonRef; result: null };
  restore_person: { args: PersonRef; result: null };
  current_person: { args: NoArgs; result: PersonSummary | null };
  set_current_person: { args: SetCurrentPerson; result: null };
  suggest_review_dates: { args: SuggestReviewDates; result: Array<string> };
  terms_history: { args: PersonRef; result: Array<TermsEntry> };
  add_terms_change: { args: AddTermsChange; result: Array<TermsEntry> };
  contact_form_options: { args: NoArgs; result: ContactFormOptions };
  search_contacts: { args: SearchContacts; result: ContactSearchResults };
  get_contact: { args: ContactRef; result: ContactView };
  contact_draft: { args: ContactRef; result: ContactDraft };
  add_contact: { args: AddContact; result: ContactView };
  update_contact: { args: UpdateContact; result: ContactView };
  archive_contact: { args: ContactRef; result: null };
  restore_contact: { args: ContactRef; result: null };
  find_contact_duplicates: { args: FindContactDuplicates; result: Array<ContactBrief> };
  expiring_contacts: { args: NoArgs; result: Array<ExpiryAlert> };
  set_contact_rules: { args: SetContactRules; result: ContactRules };
  csv_preview: { args: CsvPreviewArgs; result: CsvPreview };
  preview_import: { args: ImportArgs; result: ImportPreview };
  run_import: { args: ImportArgs; result: ImportOutcome };
  export_contacts: { args: ExportContacts; result: number };
  employment_form_options: { args: NoArgs; result: EmploymentFormOptions };
  list_employments: { args: ListEmployments; result: Array<EmploymentSummary> };
  get_employment: { args: EmploymentRef; result: EmploymentView };
  employment_draft: { args: EmploymentRef; result: EmploymentDraft };
  add_employment: { args: AddEmployment; result: EmploymentView };
  update_employment: { args: UpdateEmployment; result: EmploymentView };
  end_employment: { args: EndEmployment; result: EmploymentView };
  cost_form_options: { args: NoArgs; result: CostFormOptions };
  calculate_pa_cost: { args: CalculatePaCost; result: EmployerCost };
  person_costs: { args: PersonCosts; result: PersonCostsView };
  save_cost_settings: { args: SaveCostSettings; result: PersonCostsView };
  save_employment_cost_terms: { args: SaveEmploymentCostTerms; result: PersonCostsView };
  add_plan_line: { args: AddPlanLine; result: PersonCostsView };
  remove_plan_line: { args: RemovePlanLine; result: PersonCostsView };
  plan_what_if: { args: PlanWhatIf; result: WhatIf };
  person_checklists: { args: PersonChecklists; result: Array<ChecklistView> };
  employment_checklists: { args: EmploymentChecklists; result: Array<ChecklistView> };
  keep_records_years: { args: PersonChecklists; result: number };
  set_keep_records_years: { args: SetKeepRecordsYears; result: number };
  tick_checklist_item: { args: TickChecklistItem; result: ChecklistView };
  untick_checklist_item: { args: ChecklistItemRef; result: ChecklistView };
  checklist_item_not_applicable: { args: ChecklistItemNotApplicable; result: ChecklistView };
  set_checklist_note: { args: SetChecklistNote; result: ChecklistView };
  what_needs_doing: { args: WhatNeedsDoing; result: Array<DueItem> };
  export_due_calendar: { args: ExportDueCalendar; result: number };
  save_checklists_pdf: { args: SaveChecklistsPdf; result: string };
  open_checklists_pdf: { args: OpenChecklistsPdf; result: string };
  save_due_pdf: { args: SaveDuePdf; result: string };
  open_due_pdf: { args: OpenDuePdf; result: string };
  document_options: { args: DocumentOptionsArgs; result: DocumentOptions };
  document_missing: { args: DocumentChoiceArgs; result: Array<MissingItem> };
  document_preview: { args: DocumentChoiceArgs; result: Document };
  save_document_pdf: { args: SaveDocumentPdf; result: string };
  open_document_pdf: { args: OpenDocumentPdf; result: string };
  sign_document: { args: SignDocument; result: Document };
  remove_document_signature: { args: RemoveDocumentSignature; result: Document };
  load_document_template: { args: LoadDocumentTemplate; result: null };
  reset_document_template: { args: ResetDocumentTemplate; result: null };
  account_form_options: { args: NoArgs; result: AccountFormOptions };
  list_entries: { args: ListEntries; result: LedgerView };
  add_entry: { args: AddEntry; result: Entry };
  entry_draft: { args: EntryRef; result: EntryDraft };
  edit_entry: { args: EditEntry; result: Entry };
  delete_entry: { args: DeleteEntry; result: null };
  attach_receipt: { args: AttachReceipt; result: Entry };
  save_receipt: { args: SaveReceipt; result: string };
  audit_trail: { args: AccountRef; result: Array<AuditRecord> };
  add_owed: { args: AddOwed; result: Owed };
  list_owed: { args: AccountRef; result: Array<Owed> };
  settle_owed: { args: SettleOwed; result: Owed };
  balance_on: { args: AccountOn; result: BalanceView };
  excess_on: { args: AccountOn; result: ExcessView };
  excess_chart: { args: AccountTo; result: Array<ChartPoint> };
  expected_payments: { args: AccountTo; result: ExpectedView };
  reconcile: { args: Reconcile; result: ReconcileView };
  return_settings: { args: AccountRef; result: ReturnSettings };
  set_return_frequency: { args: SetReturnFrequency; result: ReturnSettings };
  monitoring_return: { args: ReturnFor; result: MonitoringReturn };
  save_return_pdf: { args: SaveReturnPdf; result: string };
  open_return_pdf: { args: OpenReturnPdf; result: string };
  save_return_csv: { args: SaveReturnCsv; result: string };
  statement_form_options: { args: NoArgs; result: StatementFormOptions };
  preview_statement: { args: StatementFile; result: StatementPreview };
  plan_statement_import: { args: StatementImportArgs; result: StatementImportPlan };
  import_statement: { args: StatementImportArgs; result: StatementImported };
  import_rules: { args: AccountRef; result: Array<ImportRule> };
  add_import_rule: { args: AddImportRule; result: Array<ImportRule> };
  delete_import_rule: { args: ImportRuleRef; result: Array<ImportRule> };
  export_handover: { args: ExportHandover; result: HandoverSaved };
  preview_handover: { args: OpenHandover; result: HandoverPreview };
  import_handover: { args: ImportHandover; result: HandoverOutcome };
  backup_overview: { args: NoArgs; result: BackupOverview };
  check_backup_passphrase: { args: BackupPassphrase; result: null };
  create_backup: { args: CreateBackup; result: CreatedBackup };
  verify_backup: { args: BackupFile; result: BackupSummary };
  restore_backup: { args: BackupFile; result: RestoreOutcome };
  verify_automatic_backup: { args: AutomaticBackupRef; result: BackupSummary };
  restore_automatic_backup: { args: AutomaticBackupRef; result: RestoreOutcome };
  set_backups_keep: { args: SetBackupsKeep; result: BackupOverview };
};

/** The commands' names, in the order of the list. */
export const COMMAND_NAMES = [
  'app_info',
  'unlock',
  'set_first_passphrase',
  'database_protection',
  'change_passphrase',
  'person_form_options',
  'list_people',
  'get_person',
  'person_draft',
  'add_person',
  'update_person',
  'archive_person',
  'restore_person',
  'current_person',
  'set_current_person',
  'suggest_review_dates',
  'terms_history',
  'add_terms_change',
  'contact_form_options',
  'search_contacts',
  'get_contact',
  'contact_draft',
  'add_contact',
  'update_contact',
  'archive_contact',
  'restore_contact',
  'find_contact_duplicates',
  'expiring_contacts',
  'set_contact_rules',
  'csv_preview',
  'preview_import',
  'run_import',
  'export_contacts',
  'employment_form_options',
  'list_employments',
  'get_employment',
  'employment_draft',
  'add_employment',
  'update_employment',
  'end_employment',
  'cost_form_options',
  'calculate_pa_cost',
  'person_costs',
  'save_cost_settings',
  'save_employment_cost_terms',
  'add_plan_line',
  'remove_plan_line',
  'plan_what_if',
  'person_checklists',
  'employment_checklists',
  'keep_records_years',
  'set_keep_records_years',
  'tick_checklist_item',
  'untick_checklist_item',
  'checklist_item_not_applicable',
  'set_checklist_note',
  'what_needs_doing',
  'export_due_calendar',
  'save_checklists_pdf',
  'open_checklists_pdf',
  'save_due_pdf',
  'open_due_pdf',
  'document_options',
  'document_missing',
  'document_preview',
  'save_document_pdf',
  'open_document_pdf',
  'sign_document',
  'remove_document_signature',
  'load_document_template',
  'reset_document_template',
  'account_form_options',
  'list_entries',
  'add_entry',
  'entry_draft',
  'edit_entry',
  'delete_entry',
  'attach_receipt',
  'save_receipt',
  'audit_trail',
  'add_owed',
  'list_owed',
  'settle_owed',
  'balance_on',
  'excess_on',
  'excess_chart',
  'expected_payments',
  'reconcile',
  'return_settings',
  'set_return_frequency',
  'monitoring_return',
  'save_return_pdf',
  'open_return_pdf',
  'save_return_csv',
  'statement_form_options',
  'preview_statement',
  'plan_statement_import',
  'import_statement',
  'import_rules',
  'add_import_rule',
  'delete_import_rule',
  'export_handover',
  'preview_handover',
  'import_handover',
  'backup_overview',
  'check_backup_passphrase',
  'create_backup',
  'verify_backup',
  'restore_backup',
  'verify_automatic_backup',
  'restore_automatic_backup',
  'set_backups_keep',
] as const satisfies readonly (keyof Commands)[];
