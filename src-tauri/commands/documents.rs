//! Documents: what can be made for a person, what is missing, a preview of the document model, the
//! PDF saved where the user chose or opened in the system viewer, signatures made on screen and a
//! council's own templates. Each command takes the arguments, calls the core and maps the result.

use std::path::PathBuf;

use dphub_core::app::documents::{
    self, build_document, missing_details, set_custom_template, Document, DocumentKind,
    DocumentRequest, MissingItem, SignRequest, SignatureKey,
};
use dphub_core::app::people::PersonId;
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError};
use serde::Deserialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::error::{AppError, AppResult};
use crate::pdf_file::{open_pdf, pdf_of, save_pdf};
use crate::state::AppState;

/// Which document, for whom, as the UI asks for it (the date is always today's).
#[derive(Clone, Debug, Deserialize, TS)]
#[ts(export)]
pub struct DocumentChoice {
    pub kind: DocumentKind,
    pub person_id: PersonId,
    pub employment_id: Option<i64>,
    /// For a timesheet: a day of the pay period to date it for, as typed ("" for a blank one).
    #[serde(default)]
    pub timesheet_period_of: String,
}

impl DocumentChoice {
    fn request(&self) -> AppResult<DocumentRequest> {
        Ok(DocumentRequest {
            kind: self.kind,
            person_id: self.person_id,
            employment_id: self.employment_id,
            prepared_on: today(),
            timesheet_period_of: documents::timesheet_period_of(&self.timesheet_period_of)?,
        })
    }
}

#[tauri::command(rename_all = "snake_case")]
pub fn document_options(
    state: State<'_, AppState>,
    person_id: PersonId,
) -> AppResult<documents::DocumentOptions> {
    state.with_store(|s| Ok(documents::document_options(s, person_id)?))
}

/// What the document still needs (empty when it can be made).
#[tauri::command(rename_all = "snake_case")]
pub fn document_missing(
    state: State<'_, AppState>,
    choice: DocumentChoice,
) -> AppResult<Vec<MissingItem>> {
    let request = choice.request()?;
    state.with_store(|s| Ok(missing_details(s, &request)?))
}

/// The document as its model, for the HTML preview.
#[tauri::command(rename_all = "snake_case")]
pub fn document_preview(state: State<'_, AppState>, choice: DocumentChoice) -> AppResult<Document> {
    let request = choice.request()?;
    state.with_store(|s| Ok(build_document(s, &request)?))
}

fn pdf(state: &AppState, choice: &DocumentChoice, large_print: bool) -> AppResult<Vec<u8>> {
    let request = choice.request()?;
    let document = state.with_store(|s| Ok(build_document(s, &request)?))?;
    pdf_of(&document, large_print)
}

/// Saves the PDF to `path` (chosen in the Save dialog; `.pdf` added if missing); answers the path.
#[tauri::command(rename_all = "snake_case")]
pub fn save_document_pdf(
    state: State<'_, AppState>,
    choice: DocumentChoice,
    large_print: bool,
    path: PathBuf,
) -> AppResult<String> {
    save_pdf(&pdf(&state, &choice, large_print)?, path)
}

/// The file name "Open to print" writes in the app's print folder: one file a document.
fn print_file_stem(choice: &DocumentChoice) -> String {
    let employment = match choice.employment_id {
        Some(id) if choice.kind.needs_employment() => format!("-pa-{id}"),
        _ => String::new(),
    };
    format!(
        "{}-person-{}{employment}",
        choice.kind.code().replace('_', "-"),
        choice.person_id
    )
}

/// Writes the PDF into the app's own documents folder and opens it in the system's PDF viewer,
/// to print. Only that file is opened: the webview cannot open anything itself.
#[tauri::command(rename_all = "snake_case")]
pub fn open_document_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    choice: DocumentChoice,
    large_print: bool,
) -> AppResult<String> {
    open_pdf(
        &app,
        &print_file_stem(&choice),
        &pdf(&state, &choice, large_print)?,
    )
}

/// Saves a party's signature; answers the document with it in place.
#[tauri::command(rename_all = "snake_case")]
pub fn sign_document(state: State<'_, AppState>, request: SignRequest) -> AppResult<Document> {
    state.with_store(|s| Ok(documents::sign_document(s, &request, today())?))
}

/// Removes a party's signature; answers the document with lines for a wet-ink signature again.
#[tauri::command(rename_all = "snake_case")]
pub fn remove_document_signature(
    state: State<'_, AppState>,
    key: SignatureKey,
) -> AppResult<Document> {
    state.with_store(|s| Ok(documents::remove_signature(s, &key, today())?))
}

/// Reads a council's template file (chosen in the Open dialog), checks it and uses it for `kind`;
/// a problem is reported with its line and the template in use stays as it was.
#[tauri::command(rename_all = "snake_case")]
pub fn load_document_template(
    state: State<'_, AppState>,
    kind: DocumentKind,
    path: PathBuf,
) -> AppResult<()> {
    let source = std::fs::read_to_string(&path).map_err(|e| {
        let mut p = Problems::default();
        p.add(
            "path",
            format!("The file {} could not be read as text: {e}", path.display()),
        );
        AppError::from(CoreError::from(p))
    })?;
    state.with_store(|s| Ok(set_custom_template(s, kind, Some(&source))?))
}

/// Goes back to the built-in template for `kind`.
#[tauri::command(rename_all = "snake_case")]
pub fn reset_document_template(state: State<'_, AppState>, kind: DocumentKind) -> AppResult<()> {
    state.with_store(|s| Ok(set_custom_template(s, kind, None)?))
}
