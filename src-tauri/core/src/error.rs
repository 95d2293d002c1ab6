//! The core's errors, as the app and the CLI see them.

use crate::store::StoreError;
use crate::validation::Problems;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// What someone typed was not accepted; nothing was saved.
    #[error(transparent)]
    Invalid(#[from] Problems),
    #[error("There is no {what} with the number {id}")]
    NotFound { what: &'static str, id: i64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for CoreError {
    fn from(e: rusqlite::Error) -> Self {
        CoreError::Store(StoreError::Sql(e))
    }
}

pub type CoreResult<T> = Result<T, CoreError>;
