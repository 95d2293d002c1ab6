//! Import and export run as async commands, off the window's main thread, so a large file never
//! freezes the window.

use std::path::PathBuf;

use dphub_core::app::contacts::interchange::{CsvPreview, ImportFormat};
use dphub_core::app::contacts::{self, ContactQuery, ImportOutcome, ImportPreview, ImportRequest};
use dphub_core::today;
use tauri::State;

use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command(rename_all = "snake_case")]
pub async fn csv_preview(bytes: Vec<u8>) -> AppResult<CsvPreview> {
    Ok(contacts::preview_csv(&bytes)?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn preview_import(
    state: State<'_, AppState>,
    request: ImportRequest,
) -> AppResult<ImportPreview> {
    state.with_store(|s| Ok(contacts::preview_import(s, &request, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn run_import(
    state: State<'_, AppState>,
    request: ImportRequest,
) -> AppResult<ImportOutcome> {
    state.with_store(|s| Ok(contacts::run_import(s, &request, today())?))
}

/// Writes the contacts matching `query` to `path` (chosen in the Save dialog); answers how many.
#[tauri::command(rename_all = "snake_case")]
pub async fn export_contacts(
    state: State<'_, AppState>,
    query: ContactQuery,
    format: ImportFormat,
    path: PathBuf,
) -> AppResult<u32> {
    state.with_store(|s| {
        Ok(contacts::export_contacts_to_file(
            s,
            &query,
            format,
            &path,
            today(),
        )?)
    })
}
