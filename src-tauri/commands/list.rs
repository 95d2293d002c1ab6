// The one list of the commands the UI may call: the module whose plain function answers it, its
// name, its one argument struct and what it answers. build.rs reads this file too, for the
// permission list; a test writes the TypeScript map from it. Add a command here and nowhere else
// (then grant `allow-<name>` in capabilities/main-window.json: a test checks they match).

command_list! {
    app::app_info(NoArgs) -> AppInfo;
    unlock::unlock(UnlockWith) -> AppInfo;
    unlock::set_first_passphrase(FirstPassphrase) -> AppInfo;
    unlock::database_protection(NoArgs) -> Option<Protection>;
    unlock::change_passphrase(ChangePassphrase) -> Option<Protection>;

    people::person_form_options(NoArgs) -> PersonFormOptions;
    people::list_people(ListPeople) -> Vec<PersonSummary>;
    people::get_person(PersonRef) -> PersonView;
    people::person_draft(PersonRef) -> PersonDraft;
    people::add_person(AddPerson) -> PersonView;
    people::update_person(UpdatePerson) -> PersonView;
    people::archive_person(PersonRef) -> ();
    people::restore_person(PersonRef) -> ();
    people::current_person(NoArgs) -> Option<PersonSummary>;
    people::set_current_person(SetCurrentPerson) -> ();
    people::suggest_review_dates(SuggestReviewDates) -> Vec<NaiveDate>;
    people::terms_history(PersonRef) -> Vec<TermsEntry>;
    people::add_terms_change(AddTermsChange) -> Vec<TermsEntry>;

    contacts::contact_form_options(NoArgs) -> ContactFormOptions;
    contacts::search_contacts(SearchContacts) -> ContactSearchResults;
    contacts::get_contact(ContactRef) -> ContactView;
    contacts::contact_draft(ContactRef) -> ContactDraft;
    contacts::add_contact(AddContact) -> ContactView;
    contacts::update_contact(UpdateContact) -> ContactView;
    contacts::archive_contact(ContactRef) -> ();
    contacts::restore_contact(ContactRef) -> ();
    contacts::find_contact_duplicates(FindContactDuplicates) -> Vec<ContactBrief>;
    contacts::expiring_contacts(NoArgs) -> Vec<ExpiryAlert>;
    contacts::set_contact_rules(SetContactRules) -> ContactRules;

    import::csv_preview(CsvPreviewArgs) -> CsvPreview;
    import::preview_import(ImportArgs) -> ImportPreview;
    import::run_import(ImportArgs) -> ImportOutcome;
    import::export_contacts(ExportContacts) -> u32;

    employment::employment_form_options(NoArgs) -> EmploymentFormOptions;
    employment::list_employments(ListEmployments) -> Vec<EmploymentSummary>;
    employment::get_employment(EmploymentRef) -> EmploymentView;
    employment::employment_draft(EmploymentRef) -> EmploymentDraft;
    employment::add_employment(AddEmployment) -> EmploymentView;
    employment::update_employment(UpdateEmployment) -> EmploymentView;
    employment::end_employment(EndEmployment) -> EmploymentView;

    costs::cost_form_options(NoArgs) -> CostFormOptions;
    costs::calculate_pa_cost(CalculatePaCost) -> EmployerCost;
    costs::person_costs(PersonCosts) -> PersonCostsView;
    costs::save_cost_settings(SaveCostSettings) -> PersonCostsView;
    costs::save_employment_cost_terms(SaveEmploymentCostTerms) -> PersonCostsView;
    costs::add_plan_line(AddPlanLine) -> PersonCostsView;
    costs::remove_plan_line(RemovePlanLine) -> PersonCostsView;
    costs::plan_what_if(PlanWhatIf) -> WhatIf;

    checklists::person_checklists(PersonChecklists) -> Vec<ChecklistView>;
    checklists::employment_checklists(EmploymentChecklists) -> Vec<ChecklistView>;
    checklists::keep_records_years(PersonChecklists) -> u32;
    checklists::set_keep_records_years(SetKeepRecordsYears) -> u32;
    checklists::tick_checklist_item(TickChecklistItem) -> ChecklistView;
    checklists::untick_checklist_item(ChecklistItemRef) -> ChecklistView;
    checklists::checklist_item_not_applicable(ChecklistItemNotApplicable) -> ChecklistView;
    checklists::set_checklist_note(SetChecklistNote) -> ChecklistView;
    checklists::what_needs_doing(WhatNeedsDoing) -> Vec<DueItem>;
    checklists::export_due_calendar(ExportDueCalendar) -> u32;
    checklists::save_checklists_pdf(SaveChecklistsPdf) -> String;
    checklists::open_checklists_pdf(OpenChecklistsPdf) -> String;
    checklists::save_due_pdf(SaveDuePdf) -> String;
    checklists::open_due_pdf(OpenDuePdf) -> String;

    documents::document_options(DocumentOptionsArgs) -> DocumentOptions;
    documents::document_missing(DocumentChoiceArgs) -> Vec<MissingItem>;
    documents::document_preview(DocumentChoiceArgs) -> Document;
    documents::save_document_pdf(SaveDocumentPdf) -> String;
    documents::open_document_pdf(OpenDocumentPdf) -> String;
    documents::sign_document(SignDocument) -> Document;
    documents::remove_document_signature(RemoveDocumentSignature) -> Document;
    documents::load_document_template(LoadDocumentTemplate) -> ();
    documents::reset_document_template(ResetDocumentTemplate) -> ();

    account::account_form_options(NoArgs) -> AccountFormOptions;
    account::list_entries(ListEntries) -> LedgerView;
    account::add_entry(AddEntry) -> Entry;
    account::entry_draft(EntryRef) -> EntryDraft;
    account::edit_entry(EditEntry) -> Entry;
    account::delete_entry(DeleteEntry) -> ();
    account::attach_receipt(AttachReceipt) -> Entry;
    account::save_receipt(SaveReceipt) -> String;
    account::audit_trail(AccountRef) -> Vec<AuditRecord>;
    account::add_owed(AddOwed) -> Owed;
    account::list_owed(AccountRef) -> Vec<Owed>;
    account::settle_owed(SettleOwed) -> Owed;
    account::balance_on(AccountOn) -> BalanceView;
    account::excess_on(AccountOn) -> ExcessView;
    account::excess_chart(AccountTo) -> Vec<ChartPoint>;
    account::expected_payments(AccountTo) -> ExpectedView;
    account::reconcile(Reconcile) -> ReconcileView;
    account::return_settings(AccountRef) -> ReturnSettings;
    account::set_return_frequency(SetReturnFrequency) -> ReturnSettings;
    account::monitoring_return(ReturnFor) -> MonitoringReturn;
    account::save_return_pdf(SaveReturnPdf) -> String;
    account::open_return_pdf(OpenReturnPdf) -> String;
    account::save_return_csv(SaveReturnCsv) -> String;

    statement::statement_form_options(NoArgs) -> StatementFormOptions;
    statement::preview_statement(StatementFile) -> StatementPreview;
    statement::plan_statement_import(StatementImportArgs) -> StatementImportPlan;
    statement::import_statement(StatementImportArgs) -> StatementImported;
    statement::import_rules(AccountRef) -> Vec<ImportRule>;
    statement::add_import_rule(AddImportRule) -> Vec<ImportRule>;
    statement::delete_import_rule(ImportRuleRef) -> Vec<ImportRule>;

    handover::export_handover(ExportHandover) -> HandoverSaved;
    handover::preview_handover(OpenHandover) -> HandoverPreview;
    handover::import_handover(ImportHandover) -> HandoverOutcome;

    backups::backup_overview(NoArgs) -> BackupOverview;
    backups::check_backup_passphrase(BackupPassphrase) -> ();
    backups::create_backup(CreateBackup) -> CreatedBackup;
    backups::verify_backup(BackupFile) -> BackupSummary;
    backups::restore_backup(BackupFile) -> RestoreOutcome;
    backups::verify_automatic_backup(AutomaticBackupRef) -> BackupSummary;
    backups::restore_automatic_backup(AutomaticBackupRef) -> RestoreOutcome;
    backups::set_backups_keep(SetBackupsKeep) -> BackupOverview;
}
