//! `dphub`: DP Hub on the command line, over the same core functions as the desktop app.
//!
//! Exit codes: 0 done; 1 the database or a lookup failed; 2 what was given was not accepted
//! (nothing was saved).

#[macro_use]
mod printer;

mod args;
mod checklist;
mod checklist_args;
mod checklist_output;
mod cost;
mod cost_args;
mod cost_output;
mod doc;
mod doc_args;
mod doc_fix;
mod due;
mod employ;
mod employ_args;
mod employ_output;
mod error_report;
mod form_problems;
mod import_output;
mod pa;
mod pa_args;
mod pa_files;
mod pa_output;
mod person_output;
mod template;

use std::process::ExitCode;

use clap::Parser;
use dphub_core::app::people::{self, PersonDraft};
use dphub_core::{today, CoreError, Database};

use args::{Cli, Command, PersonCommand};
use form_problems::report_with_form_problems;

use printer::Printer;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Template(command) = &cli.command {
        return template::template(command, cli.json);
    }
    if let Command::Doc(command) = &cli.command {
        return doc::doc(command, cli.db.clone(), cli.json);
    }
    let out = Printer::new(cli.json);
    match run(&cli, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            out.error(&error);
            error_report::exit_code(&error)
        }
    }
}

fn run(cli: &Cli, out: &Printer) -> Result<(), CoreError> {
    // The calculators need no saved data.
    match &cli.command {
        Command::Nic(args) => return cost::nic(args, out),
        Command::Cost(cost_args::CostCommand::Pa(args)) => return cost::cost_pa(args, out),
        _ => {}
    }
    let Some(path) = dphub_core::app::resolve_db_path(cli.db.clone()) else {
        return Err(CoreError::Invalid(args::problem(
            "db",
            "There is no app data folder here: give --db PATH",
        )));
    };
    let mut store = Database::open(&path)?;
    match &cli.command {
        Command::Person(command) => person(command, &mut store, out),
        Command::Pa(command) => pa::pa(command, &mut store, out),
        Command::Employ(command) => employ::employ(command, &mut store, out),
        Command::Nic(_) | Command::Template(_) | Command::Doc(_) => {
            unreachable!("handled before opening the database")
        }
        Command::Cost(command) => cost::cost(command, &mut store, out),
        Command::Plan(command) => cost::plan(command, &mut store, out),
        Command::Checklist(command) => checklist::checklist(command, &mut store, out),
        Command::Due(args) => due::due(args, &store, out),
    }
}

fn person(command: &PersonCommand, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
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
            out.done(&format!(
                "Archived person {id}. `dphub person restore {id}` brings them back."
            ));
        }
        PersonCommand::Restore { id } => {
            people::restore_person(store, *id)?;
            out.done(&format!("Restored person {id}."));
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
    }
    Ok(())
}
