//! The core's errors, as the app and the CLI see them.

use crate::model::validation::Problems;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// What someone typed was not accepted; nothing was saved.
    #[error(transparent)]
    Invalid(#[from] Problems),
    #[error("There is no {what} with the number {id}")]
    NotFound { what: &'static str, id: i64 },
    /// The database could not be opened, read or written; the message says why.
    #[error("{0}")]
    Storage(String),
}

pub type CoreResult<T> = Result<T, CoreError>;
