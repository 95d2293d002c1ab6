//! `dphub db check`: whether the database file is sound, as SQLite itself checks it.

use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use crate::printer::Printer;

#[derive(Subcommand)]
pub enum DbCommand {
    /// Check the database file (SQLite's integrity and foreign key checks). Exit code 0 and "ok"
    /// when it is sound; 1 and each problem found when it is not, or when it cannot be opened.
    Check,
}

pub fn run(command: &DbCommand, db: &crate::database::Target, out: &Printer) -> ExitCode {
    match command {
        DbCommand::Check => {
            let problems = match crate::database::open(db) {
                Ok(database) => database.integrity_check(),
                Err(error) => Err(error),
            };
            match problems {
                Ok(problems) => {
                    if out.json() {
                        out.json_value(&json!({ "ok": problems.is_empty(), "problems": problems }));
                    } else if problems.is_empty() {
                        say!("ok");
                    } else {
                        problems.iter().for_each(|p| say!("{p}"));
                    }
                    if problems.is_empty() {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::from(1)
                    }
                }
                Err(error) => out.report(&error),
            }
        }
    }
}
