//! `dphub person …`: people who hold a direct payment, over the core's people functions.

mod args;
mod form;
mod output;

pub use args::PersonCommand;

use dphub_core::app::people::{self, PersonDraft, TermsChangeDraft};
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError, Database};

use crate::input::{report_with_form_problems, set_code, set_text};
use crate::printer::Printer;

pub fn run(command: &PersonCommand, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
    match command {
        PersonCommand::Add(fields) => {
            let mut draft = fields.base_draft()?.unwrap_or_default();
            report_with_form_problems(fields.apply_to(&mut draft), || {
                people::validate_person(&draft, today())
            })?;
            let view = people::add_person(store, &draft, today())?;
            out.person_saved("Added", &view);
        }
        PersonCommand::Edit { id, fields } => {
            let mut draft = match fields.base_draft()? {
                Some(draft) => draft,
                None => people::person_draft(store, *id)?,
            };
            report_with_form_problems(fields.apply_to(&mut draft), || {
                people::validate_person(&draft, today())
            })?;
            let view = people::update_person(store, *id, &draft, today())?;
            out.person_saved("Changed", &view);
        }
        PersonCommand::List { search, archived } => {
            let found = people::list_people(store, search.as_deref().unwrap_or(""), *archived)?;
            out.people(&found, people::current_person(store)?.map(|p| p.id));
        }
        PersonCommand::Show { id } => out.person(&people::view_person(store, *id, today())?),
        PersonCommand::Archive { id } => {
            people::archive_person(store, *id)?;
            out.archived("person", "person", *id);
        }
        PersonCommand::Restore { id } => {
            people::restore_person(store, *id)?;
            out.restored("person", *id);
        }
        PersonCommand::Current { id, clear } => {
            if *clear {
                people::set_current_person(store, None)?;
            } else if let Some(id) = id {
                people::set_current_person(store, Some(*id))?;
            }
            out.current(people::current_person(store)?.as_ref());
        }
        PersonCommand::Blank => out.json_value(&PersonDraft::default()),
        PersonCommand::TermsChange {
            person,
            from,
            gross,
            period,
            contribution,
            reason,
        } => {
            let mut draft = TermsChangeDraft {
                effective_from: from.clone(),
                ..TermsChangeDraft::default()
            };
            set_text(&mut draft.gross_amount, gross);
            set_text(&mut draft.contribution, contribution);
            set_text(&mut draft.reason, reason);
            let mut p = Problems::default();
            set_code(&mut p, "period", period, &mut draft.period);
            if !p.is_empty() {
                return Err(p.into());
            }
            out.terms_history(&people::add_terms_change(store, *person, &draft)?);
        }
        PersonCommand::Terms { id } => out.terms_history(&people::terms_history(store, *id)?),
    }
    Ok(())
}
