//! `dphub pa …`: the PA contact book, over the core's contact functions.

use std::path::Path;

use dphub_core::app::contacts::{self, ContactDraft};
use dphub_core::{today, CoreError, Database};
use serde_json::Value;

use crate::args::problem;
use crate::form_problems::report_with_form_problems;
use crate::pa_args::{PaCommand, PaFields};
use crate::pa_files;
use crate::printer::Printer;

pub fn pa(command: &PaCommand, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
    match command {
        PaCommand::Add(fields) => {
            let blank = contacts::contact_options(store)?.blank;
            let mut draft = with_json(fields, blank)?;
            check_flags(fields, &mut draft)?;
            let view = contacts::add_contact(store, &draft, today())?;
            out.contact_saved("Added", &view);
        }
        PaCommand::Edit { id, fields, clear } => {
            let saved = contacts::contact_draft(store, *id)?;
            let mut draft = with_json(fields, saved)?;
            clear.apply_to(&mut draft);
            check_flags(fields, &mut draft)?;
            let view = contacts::update_contact(store, *id, &draft, today())?;
            out.contact_saved("Changed", &view);
        }
        PaCommand::Show { id } => out.contact(&contacts::view_contact(store, *id, today())?),
        PaCommand::Archive { id } => {
            contacts::archive_contact(store, *id)?;
            out.done(&format!(
                "Archived PA {id}. `dphub pa restore {id}` brings them back."
            ));
        }
        PaCommand::Restore { id } => {
            contacts::restore_contact(store, *id)?;
            out.done(&format!("Restored PA {id}."));
        }
        PaCommand::Search {
            text,
            filters,
            limit,
        } => {
            let query = filters.query(text.as_deref().unwrap_or(""), limit.unwrap_or(0))?;
            out.contacts(&contacts::search_contacts(store, &query, today())?);
        }
        PaCommand::Expiring => out.expiring(&contacts::expiring_contacts(store, today())?),
        PaCommand::Import(args) => pa_files::import(args, store, out)?,
        PaCommand::Export(args) => pa_files::export(args, store, out)?,
        PaCommand::Blank => out.json_value(&contacts::contact_options(store)?.blank),
    }
    Ok(())
}

/// Writes the flags into the form; flags that could not be read are reported with the form's
/// other problems, and nothing is saved.
fn check_flags(fields: &PaFields, draft: &mut ContactDraft) -> Result<(), CoreError> {
    let flag_problems = fields.apply_to(draft);
    report_with_form_problems(flag_problems, || contacts::validate_contact(draft, today()))
}

/// `base` with the fields of the --from-json file written over it (fields the file leaves out
/// keep their value in `base`), or `base` itself when there is no file.
fn with_json(fields: &PaFields, base: ContactDraft) -> Result<ContactDraft, CoreError> {
    let Some(path) = &fields.from_json else {
        return Ok(base);
    };
    let not_a_form = |e: &dyn std::fmt::Display| {
        CoreError::from(problem(
            "from_json",
            &format!("{} is not a PA form: {e}", path.display()),
        ))
    };
    let given: Value = serde_json::from_str(&read_text(path)?).map_err(|e| not_a_form(&e))?;
    let Value::Object(given) = given else {
        return Err(not_a_form(&"it is not a JSON object"));
    };
    let mut merged = serde_json::to_value(base).expect("forms serialise");
    if let Value::Object(fields) = &mut merged {
        fields.extend(given);
    }
    serde_json::from_value(merged).map_err(|e| not_a_form(&e))
}

fn read_text(path: &Path) -> Result<String, CoreError> {
    std::fs::read_to_string(path).map_err(|e| {
        problem(
            "from_json",
            &format!("Could not read {}: {e}", path.display()),
        )
        .into()
    })
}
