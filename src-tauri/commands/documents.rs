//! Documents: what can be made for a person, what is missing, a preview of the document model, the
//! PDF saved where the user chose or opened in the system viewer, signatures made on screen and a
//! council's own templates.

use std::path::PathBuf;

use dphub_core::app::documents::{
    self, build_document, missing_details, set_custom_template, Document, DocumentKind,
    DocumentRequest, MissingItem, SignRequest, SignatureKey,
};
use dphub_core::app::employment::EmploymentId;
use dphub_core::app::people::PersonId;
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError};
use serde::Deserialize;
use ts_rs::TS;

use super::Ctx;
use crate::error::{AppError, AppResult};
use crate::pdf_file::{open_pdf, pdf_of, save_pdf};

/// Which document, for whom, as the UI asks for it (the date is always today's).
#[derive(Clone, Debug, Deserialize, TS)]
#[ts(export)]
pub struct DocumentChoice {
    pub kind: DocumentKind,
    pub person_id: PersonId,
    pub employment_id: Option<EmploymentId>,
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

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct DocumentOptionsArgs {
    pub person_id: PersonId,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct DocumentChoiceArgs {
    pub choice: DocumentChoice,
}

/// Saves the PDF to `path` (chosen in the Save dialog; `.pdf` added if missing).
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SaveDocumentPdf {
    pub choice: DocumentChoice,
    pub large_print: bool,
    #[ts(type = "string")]
    pub path: PathBuf,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct OpenDocumentPdf {
    pub choice: DocumentChoice,
    pub large_print: bool,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SignDocument {
    pub request: SignRequest,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct RemoveDocumentSignature {
    pub key: SignatureKey,
}

/// A council's template file (chosen in the Open dialog) to use for `kind`.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct LoadDocumentTemplate {
    pub kind: DocumentKind,
    #[ts(type = "string")]
    pub path: PathBuf,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ResetDocumentTemplate {
    pub kind: DocumentKind,
}

pub fn document_options(cx: &Ctx, a: DocumentOptionsArgs) -> AppResult<documents::DocumentOptions> {
    cx.with_store(|s| Ok(documents::document_options(s, a.person_id)?))
}

/// What the document still needs (empty when it can be made).
pub fn document_missing(cx: &Ctx, a: DocumentChoiceArgs) -> AppResult<Vec<MissingItem>> {
    let request = a.choice.request()?;
    cx.with_store(|s| Ok(missing_details(s, &request)?))
}

/// The document as its model, for the HTML preview.
pub fn document_preview(cx: &Ctx, a: DocumentChoiceArgs) -> AppResult<Document> {
    let request = a.choice.request()?;
    cx.with_store(|s| Ok(build_document(s, &request)?))
}

fn pdf(cx: &Ctx, choice: &DocumentChoice, large_print: bool) -> AppResult<Vec<u8>> {
    let request = choice.request()?;
    let document = cx.with_store(|s| Ok(build_document(s, &request)?))?;
    pdf_of(&document, large_print)
}

/// Answers the path written.
pub fn save_document_pdf(cx: &Ctx, a: SaveDocumentPdf) -> AppResult<String> {
    save_pdf(&pdf(cx, &a.choice, a.large_print)?, a.path)
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
pub fn open_document_pdf(cx: &Ctx, a: OpenDocumentPdf) -> AppResult<String> {
    open_pdf(
        cx,
        &print_file_stem(&a.choice),
        &pdf(cx, &a.choice, a.large_print)?,
    )
}

/// Saves a party's signature; answers the document with it in place.
pub fn sign_document(cx: &Ctx, a: SignDocument) -> AppResult<Document> {
    cx.with_store(|s| Ok(documents::sign_document(s, &a.request, today())?))
}

/// Removes a party's signature; answers the document with lines for a wet-ink signature again.
pub fn remove_document_signature(cx: &Ctx, a: RemoveDocumentSignature) -> AppResult<Document> {
    cx.with_store(|s| Ok(documents::remove_signature(s, &a.key, today())?))
}

/// Reads a council's template file, checks it and uses it for `kind`; a problem is reported with
/// its line and the template in use stays as it was.
pub fn load_document_template(cx: &Ctx, a: LoadDocumentTemplate) -> AppResult<()> {
    let source = std::fs::read_to_string(&a.path).map_err(|e| {
        let mut p = Problems::default();
        p.add(
            "path",
            format!(
                "The file {} could not be read as text: {e}",
                a.path.display()
            ),
        );
        AppError::from(CoreError::from(p))
    })?;
    cx.with_store(|s| Ok(set_custom_template(s, a.kind, Some(&source))?))
}

/// Goes back to the built-in template for `kind`.
pub fn reset_document_template(cx: &Ctx, a: ResetDocumentTemplate) -> AppResult<()> {
    cx.with_store(|s| Ok(set_custom_template(s, a.kind, None)?))
}
