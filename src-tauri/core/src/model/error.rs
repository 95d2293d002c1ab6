//! The core's one error type, as the app and the CLI see it: each has a stable [`ErrorKind`] to
//! branch on (never the message), and the details that kind carries.

use serde::Serialize;
use ts_rs::TS;

use crate::model::documents::{DocumentError, MissingItem, TemplateProblem};
use crate::model::validation::Problems;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// What someone typed was not accepted; nothing was saved.
    #[error(transparent)]
    Invalid(#[from] Problems),
    #[error("There is no {what} with the number {id}")]
    NotFound { what: &'static str, id: i64 },
    /// A document needs details that have not been given; nothing was made.
    #[error("Some details are missing: {}", missing_list(.0))]
    Missing(Vec<MissingItem>),
    /// A document template (a council's own) cannot be used; the one in use is unchanged.
    #[error("The template has a problem: {0}")]
    Template(#[from] TemplateProblem),
    /// The database or a file could not be opened, read or written; the message says why.
    #[error("{0}")]
    Storage(String),
}

/// What kind of error it is: stable codes the UI and scripts branch on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorKind {
    Validation,
    NotFound,
    Missing,
    Template,
    Storage,
}

impl CoreError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            CoreError::Invalid(_) => ErrorKind::Validation,
            CoreError::NotFound { .. } => ErrorKind::NotFound,
            CoreError::Missing(_) => ErrorKind::Missing,
            CoreError::Template(_) => ErrorKind::Template,
            CoreError::Storage(_) => ErrorKind::Storage,
        }
    }
}

/// A PDF that could not be written is a file that could not be written.
impl From<DocumentError> for CoreError {
    fn from(e: DocumentError) -> Self {
        CoreError::Storage(e.to_string())
    }
}

fn missing_list(items: &[MissingItem]) -> String {
    items
        .iter()
        .map(|m| m.what.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

pub type CoreResult<T> = Result<T, CoreError>;
