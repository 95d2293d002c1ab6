//! The one error shape the UI receives: a stable kind to branch on, a message for people, and the
//! field(s) it belongs to so the form can show it beside them.

use dphub_core::app::documents::{DocumentError, DocumentProblem, MissingItem};
use dphub_core::model::validation::FieldProblem;
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
    /// The database could not be opened, read or written (or a file could not be).
    Storage,
    /// A document needs details that have not been given; see `missing`.
    Missing,
    /// A document template is not usable; see `line`.
    Template,
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
    /// For `Missing`: each detail the document needs, with where to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub missing: Option<Vec<MissingItem>>,
    /// For `Template`: the template's line with the problem (1-based; 0 when it has no one place).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub line: Option<u32>,
}

impl AppError {
    pub fn storage(message: impl Into<String>) -> Self {
        AppError {
            kind: ErrorKind::Storage,
            message: message.into(),
            field: None,
            problems: vec![],
            missing: None,
            line: None,
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
                missing: None,
                line: None,
            },
            CoreError::NotFound { .. } => AppError {
                kind: ErrorKind::NotFound,
                message: error.to_string(),
                field: None,
                problems: vec![],
                missing: None,
                line: None,
            },
            CoreError::Storage(message) => AppError::storage(message),
        }
    }
}

impl From<DocumentProblem> for AppError {
    fn from(problem: DocumentProblem) -> Self {
        match problem {
            DocumentProblem::Missing(items) => AppError {
                kind: ErrorKind::Missing,
                message: problem_message(&items),
                field: None,
                problems: vec![],
                missing: Some(items),
                line: None,
            },
            DocumentProblem::Template(t) => AppError {
                kind: ErrorKind::Template,
                message: if t.line > 0 {
                    format!("Line {}: {}", t.line, t.message)
                } else {
                    t.message.clone()
                },
                field: None,
                problems: vec![],
                missing: None,
                line: Some(u32::try_from(t.line).unwrap_or(u32::MAX)),
            },
            DocumentProblem::Core(e) => e.into(),
        }
    }
}

fn problem_message(items: &[MissingItem]) -> String {
    DocumentProblem::Missing(items.to_vec()).to_string()
}

impl From<DocumentError> for AppError {
    fn from(error: DocumentError) -> Self {
        AppError::storage(error.to_string())
    }
}

pub type AppResult<T> = Result<T, AppError>;
