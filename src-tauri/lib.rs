//! The DP Hub desktop app: windows, the open database and the commands the UI calls. Every rule lives
//! in `dphub-core`; this crate only connects it to the webview.

mod commands;
mod error;
mod pdf_file;
mod state;

use std::path::PathBuf;

pub use error::{AppError, ErrorKind};
pub use state::AppState;
use tauri::{Builder, Runtime};

/// Adds DP Hub's state and commands to a builder: the real app and the mock-runtime tests share it.
pub fn with_dphub<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::people::person_form_options,
            commands::people::list_people,
            commands::people::get_person,
            commands::people::person_draft,
            commands::people::add_person,
            commands::people::update_person,
            commands::people::archive_person,
            commands::people::restore_person,
            commands::people::current_person,
            commands::people::set_current_person,
            commands::people::suggest_review_dates,
            commands::contacts::contact_form_options,
            commands::contacts::search_contacts,
            commands::contacts::get_contact,
            commands::contacts::contact_draft,
            commands::contacts::add_contact,
            commands::contacts::update_contact,
            commands::contacts::archive_contact,
            commands::contacts::restore_contact,
            commands::contacts::find_contact_duplicates,
            commands::contacts::expiring_contacts,
            commands::contacts::set_contact_rules,
            commands::import::csv_preview,
            commands::import::preview_import,
            commands::import::run_import,
            commands::import::export_contacts,
            commands::employment::employment_form_options,
            commands::employment::list_employments,
            commands::employment::get_employment,
            commands::employment::employment_draft,
            commands::employment::add_employment,
            commands::employment::update_employment,
            commands::employment::end_employment,
            commands::costs::cost_form_options,
            commands::costs::calculate_pa_cost,
            commands::costs::person_costs,
            commands::costs::save_cost_settings,
            commands::costs::save_employment_cost_terms,
            commands::costs::add_plan_line,
            commands::costs::remove_plan_line,
            commands::costs::plan_what_if,
            commands::checklists::person_checklists,
            commands::checklists::employment_checklists,
            commands::checklists::tick_checklist_item,
            commands::checklists::untick_checklist_item,
            commands::checklists::checklist_item_not_applicable,
            commands::checklists::set_checklist_note,
            commands::checklists::what_needs_doing,
            commands::checklists::export_due_calendar,
            commands::checklists::save_checklists_pdf,
            commands::checklists::open_checklists_pdf,
            commands::checklists::save_due_pdf,
            commands::checklists::open_due_pdf,
            commands::documents::document_options,
            commands::documents::document_missing,
            commands::documents::document_preview,
            commands::documents::save_document_pdf,
            commands::documents::open_document_pdf,
            commands::documents::sign_document,
            commands::documents::remove_document_signature,
            commands::documents::load_document_template,
            commands::documents::reset_document_template,
        ])
}

/// The database the app opens: `--db PATH` on the command line, else `DPHUB_DB`, else the default
/// file in the app's data folder.
fn db_path_from_args() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    let mut given = None;
    while let Some(arg) = args.next() {
        if arg == "--db" {
            given = args.next().map(PathBuf::from);
        } else if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--db=")) {
            given = Some(PathBuf::from(path));
        }
    }
    dphub_core::app::resolve_db_path(given)
}

/// For the end-to-end tests only: WebDriver cannot drive the system's Save dialog, so when
/// `DPHUB_E2E_SAVE_PATH` is set the window is given that path (as `window.__DPHUB_E2E_SAVE_PATH__`)
/// and the UI saves exports there instead of asking. Without the variable nothing is added.
fn e2e_save_path<R: Runtime>() -> Option<tauri::plugin::TauriPlugin<R>> {
    let path = std::env::var("DPHUB_E2E_SAVE_PATH").ok()?;
    let script = format!(
        "window.__DPHUB_E2E_SAVE_PATH__ = {};",
        serde_json::to_string(&path).ok()?
    );
    Some(
        tauri::plugin::Builder::new("dphub-e2e")
            .js_init_script(script)
            .build(),
    )
}

pub fn run() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // WebKitGTK's DMA-BUF renderer shows a blank window on some GPUs and virtual displays.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let state = AppState::open(db_path_from_args());
    let builder = with_dphub(tauri::Builder::default(), state).plugin(tauri_plugin_dialog::init());
    let builder = match e2e_save_path() {
        Some(plugin) => builder.plugin(plugin),
        None => builder,
    };
    builder
        .run(tauri::generate_context!())
        .expect("DP Hub could not start its window");
}
