//! Printable documents: direct payment agreements, the PA's written statement of employment
//! particulars, cost breakdowns and timesheets, built as a [`Document`] and written as PDF.

mod checklist_print;
mod context;
mod error;
mod fill;
mod fonts;
mod kinds;
mod layout;
mod markdown;
mod missing;
mod model;
mod pdf;
mod style;
mod templates;
mod timesheet_dates;
mod wrap;

pub use checklist_print::{checklist_document, checklists_title, due_document};
pub use context::{
    sample_context, AgreementContext, CostContext, CostRow, DocumentContext, EmployerFacts,
    JobFacts, PaCostFacts, PaFacts, ParticularsContext, PaymentFacts, PersonFacts,
    RepresentativeFacts, TimesheetContext, TimesheetWeek,
};
pub use error::DocumentError;
pub(crate) use fill::{agreement_context, particulars_context, person_facts, timesheet_context};
pub use kinds::{AgreementVariant, DocumentKind};
pub use markdown::{escape_markdown, markdown_to_document, MarkdownProblem};
pub(crate) use missing::{missing_for_agreement, missing_for_particulars, missing_for_timesheet};
pub use missing::{FixAt, MissingItem, RecordKind};
pub use model::{Block, Document, KeyValue, Signature, SignatureBlock, Span};
pub(crate) use templates::render;
pub use templates::{
    builtin_partials, builtin_template, check_template, known_placeholders, TemplateProblem,
};
pub(crate) use timesheet_dates::date_timesheet;
pub use timesheet_dates::timesheet_period_of;

use sha2::{Digest, Sha256};

/// How to print a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PdfOptions {
    /// Body text at 16 pt instead of 11 pt; everything else scales with it.
    pub large_print: bool,
    /// Printed under the title and used as the PDF's creation date. None leaves both out, so
    /// the output never depends on the clock.
    pub prepared_on: Option<chrono::NaiveDate>,
}

/// Hex SHA-256 of the document's content (its JSON form): the same content always gives the
/// same fingerprint, and any change to it gives a different one.
pub fn content_fingerprint(document: &Document) -> String {
    // Serialising plain strings, integers and vectors cannot fail; an empty string would
    // still hash to a stable value if it ever did.
    let json = serde_json::to_vec(document).unwrap_or_default();
    Sha256::digest(&json)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Lays the document out on A4 pages and returns the PDF: fonts embedded and subset, "Page N of
/// M" and the content fingerprint in every footer, byte-identical for identical input.
pub fn write_pdf(document: &Document, options: &PdfOptions) -> Result<Vec<u8>, DocumentError> {
    let fonts = fonts::Fonts::get()?;
    let fingerprint = content_fingerprint(document);
    let laid = layout::lay_out(document, options, &fingerprint, fonts);
    let metadata = pdf::Metadata {
        title: &document.title,
        prepared_on: options.prepared_on,
        fingerprint: &fingerprint,
        variant: if options.large_print {
            "large print"
        } else {
            "standard"
        },
    };
    pdf::render(&laid, fonts, &metadata)
}
