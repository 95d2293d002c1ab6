//! Where the app's PDFs go: a path the user chose in the Save dialog, or the app's own cache folder
//! to be opened in the system's PDF viewer for printing. Shared by documents and checklists.

use std::path::{Path, PathBuf};

use dphub_core::app::documents::{write_pdf, Document, PdfOptions};
use dphub_core::today;

use crate::commands::Ctx;
use crate::error::{AppError, AppResult};

/// The document as PDF, dated today, in large print (16 pt body) when asked.
pub fn pdf_of(document: &Document, large_print: bool) -> AppResult<Vec<u8>> {
    let options = PdfOptions {
        large_print,
        prepared_on: Some(today()),
    };
    Ok(write_pdf(document, &options).map_err(dphub_core::CoreError::from)?)
}

/// `path` with `.pdf` on the end unless it already ends so (the Save dialog does not add it).
pub fn with_pdf_extension(path: PathBuf) -> PathBuf {
    let has = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if has {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".pdf");
        PathBuf::from(name)
    }
}

/// Writes the whole file or nothing (see [`dphub_core::app::files::write_whole`]).
fn write_whole(path: &Path, bytes: &[u8]) -> AppResult<()> {
    dphub_core::app::files::write_whole(path, bytes).map_err(|e| {
        AppError::storage(format!(
            "The PDF could not be saved to {}: {e}",
            path.display()
        ))
    })
}

/// Saves the PDF to `path` (`.pdf` added if missing); answers the path written.
pub fn save_pdf(bytes: &[u8], path: PathBuf) -> AppResult<String> {
    let path = with_pdf_extension(path);
    write_whole(&path, bytes)?;
    Ok(path.display().to_string())
}

/// The app's own folder for PDFs opened to print: `documents/` in its cache folder.
fn print_folder(cx: &Ctx) -> AppResult<PathBuf> {
    let folder = cx
        .cache_dir
        .ok_or_else(|| AppError::storage("There is no cache folder for DP Hub on this computer"))?
        .join("documents");
    std::fs::create_dir_all(&folder).map_err(|e| {
        AppError::storage(format!(
            "Could not create the folder {}: {e}",
            folder.display()
        ))
    })?;
    Ok(folder)
}

/// Writes the PDF as `<file_stem>.pdf` in the app's print folder and opens it in the system's PDF
/// viewer; answers the path. Only that file is opened: the webview cannot open anything itself.
/// With `DPHUB_NO_OPEN` set (the tests) the file is written but no viewer is started.
pub fn open_pdf(cx: &Ctx, file_stem: &str, bytes: &[u8]) -> AppResult<String> {
    let path = print_folder(cx)?.join(format!("{file_stem}.pdf"));
    write_whole(&path, bytes)?;
    if std::env::var_os("DPHUB_NO_OPEN").is_none() {
        tauri_plugin_opener::open_path(&path, None::<&str>).map_err(|e| {
            AppError::storage(format!(
                "The PDF was written to {} but could not be opened: {e}",
                path.display()
            ))
        })?;
    }
    Ok(path.display().to_string())
}
