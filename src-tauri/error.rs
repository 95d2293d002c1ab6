//! The one error shape the UI receives: a stable kind to branch on, a message for people, and the
//! field(s) it belongs to so the form can show it beside them.

use dphub_core::store::StoreError;
use dphub_core::validation::FieldProblem;
use dphub_core::CoreError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorKind {
    /// What was typed was not accepted; nothing was saved. See `problems`.
    Validation,
    NotFound,
    /// The database could not be opened, read or written.
    Storage,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AppError {
    pub kind: ErrorKind,
    pub message: String,
    /// The first field with a problem, when the error belongs to a field.
    pub field: Option<String>,
    /// Every field problem, for the error summary.
    pub problems: Vec<FieldProblem>,
}

impl AppError {
    pub fn storage(message: impl Into<String>) -> Self {
        AppError {
            kind: ErrorKind::Storage,
            message: message.into(),
            field: None,
            problems: vec![],
        }
    }
}

impl From<CoreError> for AppError {
    fn from(error: CoreError) -> Self {
        match error {
            CoreError::Invalid(problems) => AppError {
                kind: ErrorKind::Validation,
                message: problems.to_string(),
                field: problems.list().first().map(|p| p.field.clone()),
                problems: problems.list().to_vec(),
            },
            CoreError::NotFound { .. } => AppError {
                kind: ErrorKind::NotFound,
                message: error.to_string(),
                field: None,
                problems: vec![],
            },
            CoreError::Store(e) => e.into(),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        AppError::storage(error.to_string())
    }
}

pub type AppResult<T> = Result<T, AppError>;
