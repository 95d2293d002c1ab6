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
