//! `dphub doc …`: builds a document from saved data and writes it as PDF. When details are
//! missing it writes nothing, lists them with where to fix each one, and exits 2.

use std::process::ExitCode;

use chrono::NaiveDate;
use dphub_core::app::checklists;
use dphub_core::app::documents::{
    agreement_kind, build_document, due_document, write_pdf, AgreementVariant, Document,
    DocumentKind, DocumentRequest, MissingItem, PdfOptions,
};
use dphub_core::app::employment;
use dphub_core::app::files::write_whole;
use dphub_core::model::input::parse_date;
use dphub_core::{today, CoreError, Database};
use serde_json::json;

use crate::args::{parse_code, problem};
use crate::doc_args::DocCommand;
use crate::doc_fix::where_to_fix;
use crate::printer::Printer;

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

impl From<dphub_core::model::validation::Problems> for Stop {
    fn from(p: dphub_core::model::validation::Problems) -> Self {
        Stop::Core(p.into())
    }
}

pub fn doc(command: &DocCommand, db: Option<std::path::PathBuf>, json: bool) -> ExitCode {
    let out = Printer::new(json);
    match run(command, db, json) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Stop::Missing(items)) => {
            report_missing(&items, json);
            ExitCode::from(2)
        }
        Err(Stop::Core(error)) => {
            out.error(&error);
            crate::error_report::exit_code(&error)
        }
    }
}

fn report_missing(items: &[MissingItem], json: bool) {
    if json {
        let body = json!({
            "kind": "missing",
            "message": "Some details are missing: nothing was written",
            "missing": items,
        });
        eprintln!(
            "{}",
            serde_json::to_string_pretty(&body).expect("serialises")
        );
        return;
    }
    eprintln!("This document can't be made yet, so nothing was written. Please fill in:");
    for item in items {
        eprintln!("  - {}: {}", item.what, where_to_fix(&item.fix));
    }
}

fn run(command: &DocCommand, db: Option<std::path::PathBuf>, json: bool) -> Result<(), Stop> {
    let out = command.out();
    let prepared_on = match &out.prepared_on {
        Some(text) => parse_date(text).map_err(|e| problem("prepared_on", &e.to_string()))?,
        None => today(),
    };
    let Some(path) = dphub_core::app::resolve_db_path(db) else {
        return Err(problem("db", "There is no app data folder here: give --db PATH").into());
    };
    let store = Database::open(&path)?;
    let document = document(command, &store, prepared_on)?;
    let options = PdfOptions {
        large_print: out.large_print,
        prepared_on: Some(prepared_on),
    };
    let bytes = write_pdf(&document, &options)
        .map_err(|e| problem("output", &format!("The PDF could not be made: {e}")))?;
    write_whole(&out.output, &bytes).map_err(|e| {
        problem(
            "output",
            &format!("Could not write {}: {e}", out.output.display()),
        )
    })?;
    let message = format!(
        "Wrote {} ({} KB) to {}.",
        document.title,
        bytes.len().div_ceil(1024),
        out.output.display()
    );
    if json {
        say!(
            "{}",
            json!({ "ok": true, "message": message, "file": out.output, "bytes": bytes.len() })
        );
    } else {
        say!("{message}");
    }
    Ok(())
}

fn document(command: &DocCommand, store: &Database, on: NaiveDate) -> Result<Document, Stop> {
    let request = |kind, person_id, employment_id| DocumentRequest {
        kind,
        person_id,
        employment_id,
        prepared_on: on,
        timesheet_period_of: None,
    };
    Ok(match command {
        DocCommand::Agreement {
            person, variant, ..
        } => {
            let variant = variant
                .as_deref()
                .map(parse_code::<AgreementVariant>)
                .transpose()
                .map_err(|e| problem("variant", &e))?;
            let kind = agreement_kind(store, *person, variant)?;
            build_document(store, &request(kind, *person, None))?
        }
        DocCommand::Costs { person, .. } => {
            build_document(store, &request(DocumentKind::CostBreakdown, *person, None))?
        }
        DocCommand::Particulars { employment, .. } => {
            let person = employment::employer_of(store, *employment)?;
            build_document(
                store,
                &request(DocumentKind::Particulars, person, Some(*employment)),
            )?
        }
        DocCommand::Timesheet {
            employment,
            week_of,
            ..
        } => {
            let person = employment::employer_of(store, *employment)?;
            let period_of = week_of
                .as_deref()
                .map(parse_date)
                .transpose()
                .map_err(|e| problem("week_of", &e.to_string()))?;
            build_document(
                store,
                &DocumentRequest {
                    timesheet_period_of: period_of,
                    ..request(DocumentKind::Timesheet, person, Some(*employment))
                },
            )?
        }
        DocCommand::Checklist {
            person, employment, ..
        } => {
            let owner = checklists::checklist_owner(store, *person, *employment)?;
            checklists::checklists_with_pas_document(store, owner, on)?
        }
        DocCommand::Due { days, person, .. } => {
            let items = checklists::what_needs_doing(store, on, *days, *person)?;
            due_document(&items, on, *days)
        }
    })
}
