//! Printable documents: direct payment agreements, the PA's written statement of employment
//! particulars, cost breakdowns and timesheets, built as a [`Document`] and written as PDF.

mod model;

pub use model::{Block, Document, KeyValue, Signature, SignatureBlock, Span};
