/// Our own commands, each of which gets an `allow-…` permission; the capability files in
/// src-tauri/capabilities grant exactly these (see tests/ipc_people.rs for the check that they match).
const COMMANDS: &[&str] = &[
    "app_info",
    "person_form_options",
    "list_people",
    "get_person",
    "person_draft",
    "add_person",
    "update_person",
    "archive_person",
    "restore_person",
    "current_person",
    "set_current_person",
    "suggest_review_dates",
    "contact_form_options",
    "search_contacts",
    "get_contact",
    "contact_draft",
    "add_contact",
    "update_contact",
    "archive_contact",
    "restore_contact",
    "find_contact_duplicates",
    "expiring_contacts",
    "set_contact_rules",
    "csv_preview",
    "preview_import",
    "run_import",
    "export_contacts",
    "employment_form_options",
    "list_employments",
    "get_employment",
    "employment_draft",
    "add_employment",
    "update_employment",
    "end_employment",
    "cost_form_options",
    "calculate_pa_cost",
    "person_costs",
    "save_cost_settings",
    "save_employment_cost_terms",
    "add_plan_line",
    "remove_plan_line",
    "plan_what_if",
    "person_checklists",
    "employment_checklists",
    "tick_checklist_item",
    "untick_checklist_item",
    "checklist_item_not_applicable",
    "set_checklist_note",
    "what_needs_doing",
    "export_due_calendar",
];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("src-tauri/capabilities/*.json")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
