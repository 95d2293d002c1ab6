//! The one way the command line reports an error: the core's message (every field's problem when
//! input was refused) on standard error, or with --json `{"kind", "message", "problems"}` where
//! `kind` is the core's stable code; and the exit code that goes with it.

use std::process::ExitCode;

use dphub_core::model::error::ErrorKind;
use dphub_core::CoreError;
use serde_json::json;

use crate::printer::Printer;

impl Printer {
    /// Reports the error and answers the exit code that goes with it.
    pub fn report(&self, error: &CoreError) -> ExitCode {
        self.error(error);
        exit_code(error)
    }

    fn error(&self, error: &CoreError) {
        let problems = match error {
            CoreError::Invalid(p) => p.list().to_vec(),
            _ => vec![],
        };
        if self.json() {
            let body =
                json!({ "kind": error.kind(), "message": error.to_string(), "problems": problems });
            eprintln!("{body:#}");
            return;
        }
        if problems.is_empty() {
            eprintln!("Error: {error}");
        } else {
            eprintln!("Nothing was saved. Please correct:");
            for p in problems {
                eprintln!("  {}: {}", p.field, p.message);
            }
        }
    }
}

/// 2 when what was given was not accepted (nothing saved or written), 1 for anything else.
fn exit_code(error: &CoreError) -> ExitCode {
    ExitCode::from(match error.kind() {
        ErrorKind::Validation | ErrorKind::Missing | ErrorKind::Template => 2,
        ErrorKind::NotFound | ErrorKind::Storage => 1,
    })
}
