//! Importing contacts from vCard and CSV files, and exporting them. Every command runs off the
//! window's main thread, so a large file never freezes the window.

use std::path::PathBuf;

use dphub_core::app::contacts::interchange::{CsvPreview, ImportFormat};
use dphub_core::app::contacts::{self, ContactQuery, ImportOutcome, ImportPreview, ImportRequest};
use dphub_core::today;
use serde::Deserialize;
use ts_rs::TS;

use super::Ctx;
use crate::error::AppResult;

/// A CSV file's bytes, for its columns and first rows.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct CsvPreviewArgs {
    pub bytes: Vec<u8>,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ImportArgs {
    pub request: ImportRequest,
}

/// The contacts matching `query`, written to `path` (chosen in the Save dialog).
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ExportContacts {
    pub query: ContactQuery,
    pub format: ImportFormat,
    #[ts(type = "string")]
    pub path: PathBuf,
}

pub fn csv_preview(_: &Ctx, a: CsvPreviewArgs) -> AppResult<CsvPreview> {
    Ok(contacts::preview_csv(&a.bytes)?)
}

pub fn preview_import(cx: &Ctx, a: ImportArgs) -> AppResult<ImportPreview> {
    cx.with_store(|s| Ok(contacts::preview_import(s, &a.request, today())?))
}

pub fn run_import(cx: &Ctx, a: ImportArgs) -> AppResult<ImportOutcome> {
    cx.with_store(|s| Ok(contacts::run_import(s, &a.request, today())?))
}

/// Answers how many contacts were written.
pub fn export_contacts(cx: &Ctx, a: ExportContacts) -> AppResult<u32> {
    cx.with_store(|s| {
        Ok(contacts::export_contacts_to_file(
            s,
            &a.query,
            a.format,
            &a.path,
            today(),
        )?)
    })
}
