//! `dphub`: DP Hub on the command line, over the same core functions as the desktop app.
//!
//! Exit codes: 0 done; 1 the database or a lookup failed; 2 what was given was not accepted
//! (nothing was saved), including a passphrase that is wrong or was needed and not given.

#[macro_use]
mod printer;

mod cli;
mod commands;
mod database;
mod error_report;
mod input;

use std::process::ExitCode;

use clap::Parser;
use dphub_core::{CoreError, Database};

use cli::{Cli, Command};
use commands::cost::CostCommand;
use commands::{
    account, backup, checklist, cost, db, doc, due, employ, handover, pa, passphrase, person,
    template,
};
use database::Target;
use printer::Printer;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Printer::new(cli.json);
    let db = &Target {
        db: cli.db.clone(),
        passphrase_file: cli.passphrase_file.clone(),
    };
    let done = match &cli.command {
        Command::Template(command) => return template::run(command, cli.json),
        Command::Doc(command) => return doc::run(command, db, cli.json),
        Command::Db(command) => return db::run(command, db, &out),
        Command::Passphrase(command) => passphrase::run(command, db, &out),
        Command::Backup(command) => backup::run(command, db, &out),
        // The calculators need no saved data.
        Command::Nic(args) => cost::nic::run(args, &out),
        Command::Cost(CostCommand::Pa(args)) => cost::run_pa(args, &out),
        Command::Cost(CostCommand::Person { person }) => {
            on_store(db, |store| cost::run_person(*person, store, &out))
        }
        Command::Plan(command) => on_store(db, |store| cost::plan::run(command, store, &out)),
        Command::Person(command) => on_store(db, |store| person::run(command, store, &out)),
        Command::Pa(command) => on_store(db, |store| pa::run(command, store, &out)),
        Command::Employ(command) => on_store(db, |store| employ::run(command, store, &out)),
        Command::Account(command) => on_store(db, |store| account::run(command, store, &out)),
        Command::Checklist(command) => on_store(db, |store| checklist::run(command, store, &out)),
        Command::Due(args) => on_store(db, |store| due::run(args, store, &out)),
        Command::Handover(command) => on_store(db, |store| handover::run(command, store, &out)),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => out.report(&error),
    }
}

/// Opens the database, then runs the command on it.
fn on_store(
    db: &Target,
    run: impl FnOnce(&mut Database) -> Result<(), CoreError>,
) -> Result<(), CoreError> {
    run(&mut database::open(db)?)
}
