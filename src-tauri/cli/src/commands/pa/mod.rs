//! `dphub pa …`: the PA contact book, over the core's contact functions.

mod args;
mod export;
mod file_format;
mod form;
mod import;
mod import_output;
mod output;
mod search;

pub use args::PaCommand;

use dphub_core::app::contacts;
use dphub_core::{today, CoreError, Database};

use crate::printer::Printer;
use form::{check_flags, with_json};

pub fn run(command: &PaCommand, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
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
            out.archived("PA", "pa", *id);
        }
        PaCommand::Restore { id } => {
            contacts::restore_contact(store, *id)?;
            out.restored("PA", *id);
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
        PaCommand::Import(args) => import::run(args, store, out)?,
        PaCommand::Export(args) => export::run(args, store, out)?,
        PaCommand::Blank => out.json_value(&contacts::contact_options(store)?.blank),
    }
    Ok(())
}
