//! The one error shape the UI receives: a tagged union on `kind` (the core's stable code), each
//! kind carrying what the screens need to show it — every field's problem for a refused form, the
//! list of what a document is missing, the line of a template's mistake.

use dphub_core::app::documents::MissingItem;
use dphub_core::model::validation::FieldProblem;
use dphub_core::CoreError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum AppError {
    /// What was typed was not accepted; nothing was saved.
    Validation {
        message: String,
        /// The first field with a problem.
        field: Option<String>,
        /// Every field's problem, for the error summary.
        problems: Vec<FieldProblem>,
    },
    NotFound {
        message: String,
    },
    /// A document needs details that have not been given: each, with where to fix it.
    Missing {
        message: String,
        missing: Vec<MissingItem>,
    },
    /// A document template is not usable: its line with the problem (1-based; 0 when it has no
    /// one place).
    Template {
        message: String,
        line: u32,
    },
    /// The database or a file could not be opened, read or written.
    Storage {
        message: String,
    },
}

impl AppError {
    pub fn storage(message: impl Into<String>) -> Self {
        AppError::Storage {
            message: message.into(),
        }
    }

    /// What was typed in one field was not accepted.
    pub fn on_field(field: &str, message: &str) -> Self {
        let mut problems = dphub_core::model::validation::Problems::default();
        problems.add(field, message);
        CoreError::from(problems).into()
    }
}

impl From<CoreError> for AppError {
    fn from(error: CoreError) -> Self {
        let message = error.to_string();
        match error {
            CoreError::Invalid(problems) => AppError::Validation {
                message,
                field: problems.list().first().map(|p| p.field.clone()),
                problems: problems.list().to_vec(),
            },
            CoreError::NotFound { .. } => AppError::NotFound { message },
            CoreError::Missing(missing) => AppError::Missing { message, missing },
            CoreError::Template(t) => AppError::Template {
                message: if t.line > 0 {
                    format!("Line {}: {}", t.line, t.message)
                } else {
                    t.message.clone()
                },
                line: u32::try_from(t.line).unwrap_or(u32::MAX),
            },
            CoreError::Storage(_) => AppError::Storage { message },
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;
