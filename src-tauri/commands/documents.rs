//! Documents: what can be made for a person, what is missing, a preview of the document model, the
//! PDF saved where the user chose or opened in the system viewer, signatures made on screen and a
//! council's own templates. Each command takes the arguments, calls the core and maps the result.

use std::path::{Path, PathBuf};

use dphub_core::choice::Choice;
use dphub_core::documents::{
    self, build_document, default_agreement_kind, missing_details, set_custom_template, write_pdf,
    AgreementVariant, Document, DocumentKind, DocumentRequest, MissingItem, PdfOptions,
    SignRequest, SignatureKey,
};
use dphub_core::people::PersonId;
use dphub_core::validation::Problems;
use dphub_core::{today, CoreError};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// What the Documents screen offers for one person.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct DocumentOptions {
    /// The five agreement variants.
    pub agreements: Vec<Choice<DocumentKind>>,
    /// The variant that fits how this person's direct payment is managed.
    pub default_agreement: DocumentKind,
    /// Every kind, with its label and hint (for templates).
    pub kinds: Vec<Choice<DocumentKind>>,
    /// The kinds for which a council's own template is in use.
    pub custom_templates: Vec<DocumentKind>,
}

/// Which document, for whom, as the UI asks for it (the date is always today's).
#[derive(Clone, Debug, Deserialize, TS)]
#[ts(export)]
pub struct DocumentChoice {
    pub kind: DocumentKind,
    pub person_id: PersonId,
    pub employment_id: Option<i64>,
}

impl DocumentChoice {
    fn request(&self) -> DocumentRequest {
        DocumentRequest {
            kind: self.kind,
            person_id: self.person_id,
            employment_id: self.employment_id,
            prepared_on: today(),
        }
    }
}

#[tauri::command(rename_all = "snake_case")]
pub fn document_options(
    state: State<'_, AppState>,
    person_id: PersonId,
) -> AppResult<DocumentOptions> {
    state.with_store(|s| {
        let person = s.person(person_id)?.ok_or(CoreError::NotFound {
            what: "person",
            id: person_id,
        })?;
        let mut custom_templates = Vec::new();
        for kind in DocumentKind::ALL {
            if s.custom_template(kind.code())?.is_some() {
                custom_templates.push(*kind);
            }
        }
        Ok(DocumentOptions {
            agreements: AgreementVariant::ALL
                .iter()
                .map(|v| choice(v.kind()))
                .collect(),
            default_agreement: default_agreement_kind(&person),
            kinds: DocumentKind::choices(),
            custom_templates,
        })
    })
}

fn choice(kind: DocumentKind) -> Choice<DocumentKind> {
    Choice {
        value: kind,
        label: kind.label().to_string(),
        hint: kind.hint().map(str::to_string),
    }
}

/// What the document still needs (empty when it can be made).
#[tauri::command(rename_all = "snake_case")]
pub fn document_missing(
    state: State<'_, AppState>,
    choice: DocumentChoice,
) -> AppResult<Vec<MissingItem>> {
    state.with_store(|s| Ok(missing_details(s, &choice.request())?))
}

/// The document as its model, for the HTML preview.
#[tauri::command(rename_all = "snake_case")]
pub fn document_preview(state: State<'_, AppState>, choice: DocumentChoice) -> AppResult<Document> {
    state.with_store(|s| Ok(build_document(s, &choice.request())?))
}

fn pdf(state: &AppState, choice: &DocumentChoice, large_print: bool) -> AppResult<Vec<u8>> {
    let document = state.with_store(|s| Ok(build_document(s, &choice.request())?))?;
    let options = PdfOptions {
        large_print,
        prepared_on: Some(today()),
    };
    Ok(write_pdf(&document, &options)?)
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

/// Writes beside the target and renames, so a failed write never leaves half a file there.
fn write_whole(path: &Path, bytes: &[u8]) -> AppResult<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{}.part", name.unwrap_or_default()));
    std::fs::write(&temp, bytes)
        .and_then(|()| std::fs::rename(&temp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&temp);
            AppError::storage(format!(
                "The PDF could not be saved to {}: {e}",
                path.display()
            ))
        })
}

/// Saves the PDF to `path` (chosen in the Save dialog; `.pdf` added if missing); answers the path.
#[tauri::command(rename_all = "snake_case")]
pub fn save_document_pdf(
    state: State<'_, AppState>,
    choice: DocumentChoice,
    large_print: bool,
    path: PathBuf,
) -> AppResult<String> {
    let bytes = pdf(&state, &choice, large_print)?;
    let path = with_pdf_extension(path);
    write_whole(&path, &bytes)?;
    Ok(path.display().to_string())
}

/// Where "Open to print" writes: the app's own cache folder, `documents/`, one file a document.
fn output_path<R: Runtime>(app: &AppHandle<R>, choice: &DocumentChoice) -> AppResult<PathBuf> {
    let folder = app
        .path()
        .app_cache_dir()
        .map_err(|e| AppError::storage(format!("There is no cache folder for DP Hub: {e}")))?
        .join("documents");
    std::fs::create_dir_all(&folder).map_err(|e| {
        AppError::storage(format!(
            "Could not create the folder {}: {e}",
            folder.display()
        ))
    })?;
    let employment = match choice.employment_id {
        Some(id) if choice.kind.needs_employment() => format!("-pa-{id}"),
        _ => String::new(),
    };
    Ok(folder.join(format!(
        "{}-person-{}{employment}.pdf",
        choice.kind.code().replace('_', "-"),
        choice.person_id
    )))
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
    let bytes = pdf(&state, &choice, large_print)?;
    let path = output_path(&app, &choice)?;
    write_whole(&path, &bytes)?;
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
