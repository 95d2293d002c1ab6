//! Printable documents: direct payment agreements, the PA's written statement of employment
//! particulars, cost breakdowns and timesheets, built as a [`Document`] and written as PDF.

mod context;
mod fill;
mod kinds;
mod markdown;
mod missing;
mod model;
mod service;
mod templates;

pub use context::{
    sample_context, AgreementContext, CostContext, CostRow, DocumentContext, EmployerFacts,
    JobFacts, PaCostFacts, PaFacts, ParticularsContext, PaymentFacts, PersonFacts,
    RepresentativeFacts, TimesheetContext, TimesheetWeek,
};
pub use kinds::{AgreementVariant, DocumentKind};
pub use markdown::{escape_markdown, markdown_to_document, MarkdownProblem};
pub use missing::{FixAt, MissingItem, RecordKind};
pub use model::{Block, Document, KeyValue, Signature, SignatureBlock, Span};
pub use service::{
    build_document, default_agreement_kind, missing_details, set_custom_template, template_source,
    DocumentProblem, DocumentRequest,
};
pub use templates::{
    builtin_partials, builtin_template, check_template, known_placeholders, TemplateProblem,
};
