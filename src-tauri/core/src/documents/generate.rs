//! One step from saved data to PDF bytes: build the document, then write it.

use super::error::DocumentError;
use super::service::{build_document, DocumentProblem, DocumentRequest};
use super::{write_pdf, PdfOptions};
use crate::store::Store;

/// Why a PDF could not be made: the document (missing details, a template, the database), or
/// writing it.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error(transparent)]
    Document(#[from] DocumentProblem),
    #[error(transparent)]
    Pdf(#[from] DocumentError),
}

/// Builds the requested document from saved data and writes it as PDF. Refuses (with the list of
/// what is missing) rather than print a blank where a particular belongs.
pub fn generate_pdf(
    store: &Store,
    request: &DocumentRequest,
    options: &PdfOptions,
) -> Result<Vec<u8>, GenerateError> {
    let document = build_document(store, request)?;
    Ok(write_pdf(&document, options)?)
}
