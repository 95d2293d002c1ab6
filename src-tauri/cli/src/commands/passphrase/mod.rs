//! `dphub passphrase set|change`: protect the database with a passphrase, or change it.

mod args;

pub use args::{NewPassphrase, PassphraseCommand};

use dphub_core::app::unlock::{self, NEW_PASSPHRASE_FIELD};
use dphub_core::app::{Passphrase, Protection, Unlock};
use dphub_core::{CoreError, Database};

use crate::database::{self, given_passphrase, Target};
use crate::input::problem;
use crate::printer::Printer;

/// Where the new passphrase may be given when no file is.
pub const NEW_PASSPHRASE_ENV_VAR: &str = "DPHUB_NEW_PASSPHRASE";

pub fn run(command: &PassphraseCommand, target: &Target, out: &Printer) -> Result<(), CoreError> {
    let path = target.path()?;
    let protection = unlock::protection(&path)?;
    match (command, protection) {
        (PassphraseCommand::Set(new), Protection::New | Protection::Plain) => {
            let new = new_passphrase(new)?;
            Database::open(
                &path,
                &Unlock {
                    passphrase: Some(new),
                    keychain: None,
                },
            )
            .map_err(as_new_passphrase)?;
        }
        (PassphraseCommand::Set(new), Protection::Keychain) => {
            let new = new_passphrase(new)?;
            database::open(target)?.set_passphrase(&new)?;
        }
        (PassphraseCommand::Set(_), Protection::Passphrase) => {
            return Err(problem(
                "passphrase",
                "This database already has a passphrase: use `dphub passphrase change` to change it",
            )
            .into());
        }
        (PassphraseCommand::Change(new), Protection::Passphrase) => {
            let new = new_passphrase(new)?;
            database::open(target)?.set_passphrase(&new)?;
        }
        (PassphraseCommand::Change(_), _) => {
            return Err(problem(
                "passphrase",
                "This database has no passphrase yet: use `dphub passphrase set` to choose one",
            )
            .into());
        }
    }
    out.done(
        "The database is now protected by the new passphrase: keep it safe, it cannot be recovered",
    );
    Ok(())
}

fn new_passphrase(args: &NewPassphrase) -> Result<Passphrase, CoreError> {
    let file = args.new_passphrase_file.as_deref();
    given_passphrase(file, NEW_PASSPHRASE_ENV_VAR, NEW_PASSPHRASE_FIELD)?.ok_or_else(|| {
        problem(
            NEW_PASSPHRASE_FIELD,
            "Give the new passphrase with --new-passphrase-file FILE or the DPHUB_NEW_PASSPHRASE environment variable",
        )
        .into()
    })
}

/// A new database's first passphrase is the new passphrase the command was given.
fn as_new_passphrase(error: CoreError) -> CoreError {
    match error {
        CoreError::Invalid(problems) if problems.has("passphrase") => {
            let mut renamed = dphub_core::model::validation::Problems::default();
            for p in problems.list() {
                renamed.add(NEW_PASSPHRASE_FIELD, p.message.clone());
            }
            renamed.into()
        }
        other => other,
    }
}
