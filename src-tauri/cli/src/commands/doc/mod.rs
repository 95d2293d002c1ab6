//! `dphub doc …`: builds a document from saved data and writes it as PDF. When details are
//! missing it writes nothing, lists them with where to fix each one, and exits 2.

mod args;
mod document;
mod fix;
mod output;

pub use args::DocCommand;

use std::process::ExitCode;

use dphub_core::app::documents::{write_pdf, MissingItem, PdfOptions};
use dphub_core::app::files::write_whole;
use dphub_core::model::input::parse_date;
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError};

use crate::database::{self, Target};
use crate::input::problem;
use crate::printer::Printer;
use document::document;

/// Why `dphub doc` stopped.
enum Stop {
    Missing(Vec<MissingItem>),
    Core(CoreError),
}

impl From<CoreError> for Stop {
    fn from(e: CoreError) -> Self {
        match e {
            CoreError::Missing(items) => Stop::Missing(items),
            CoreError::Template(t) => {
                Stop::Core(problem("template", &format!("The saved template: {t}")).into())
            }
            e => Stop::Core(e),
        }
    }
}

impl From<Problems> for Stop {
    fn from(p: Problems) -> Self {
        Stop::Core(p.into())
    }
}

pub fn run(command: &DocCommand, db: &Target, json: bool) -> ExitCode {
    let out = Printer::new(json);
    match write(command, db, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Stop::Missing(items)) => {
            out.missing(&items);
            ExitCode::from(2)
        }
        Err(Stop::Core(error)) => out.report(&error),
    }
}

fn write(command: &DocCommand, db: &Target, out: &Printer) -> Result<(), Stop> {
    let to = command.out();
    let prepared_on = match &to.prepared_on {
        Some(text) => parse_date(text).map_err(|e| problem("prepared_on", &e.to_string()))?,
        None => today(),
    };
    let store = database::open(db)?;
    let document = document(command, &store, prepared_on)?;
    let options = PdfOptions {
        large_print: to.large_print,
        prepared_on: Some(prepared_on),
    };
    let bytes = write_pdf(&document, &options)
        .map_err(|e| problem("output", &format!("The PDF could not be made: {e}")))?;
    write_whole(&to.output, &bytes).map_err(|e| {
        problem(
            "output",
            &format!("Could not write {}: {e}", to.output.display()),
        )
    })?;
    out.written(&document.title, bytes.len(), &to.output);
    Ok(())
}
