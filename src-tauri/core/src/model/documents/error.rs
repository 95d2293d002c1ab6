//! What can go wrong writing a document.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum DocumentError {
    /// An embedded font could not be parsed: a build problem, not a user one.
    #[error("the embedded font {0} could not be read")]
    Font(&'static str),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}
