//! The database a command works on (--db, else DPHUB_DB, else the app's data folder) and how it is
//! unlocked: a passphrase from --passphrase-file or DPHUB_PASSPHRASE, else the system keychain
//! (unless DPHUB_KEYCHAIN=off).

use std::path::{Path, PathBuf};

use dphub_core::app::unlock::{
    system_keychain_unless_turned_off, PASSPHRASE_ENV_VAR, PASSPHRASE_FIELD,
};
use dphub_core::app::{Passphrase, Unlock};
use dphub_core::model::validation::Problems;
use dphub_core::{CoreError, Database};

use crate::input::problem;

/// Which database, and the passphrase file if one was given.
#[derive(Clone, Default)]
pub struct Target {
    pub db: Option<PathBuf>,
    pub passphrase_file: Option<PathBuf>,
}

impl Target {
    pub fn path(&self) -> Result<PathBuf, CoreError> {
        dphub_core::app::resolve_db_path(self.db.clone())
            .ok_or_else(|| problem("db", "There is no app data folder here: give --db PATH").into())
    }

    /// The passphrase given with --passphrase-file or DPHUB_PASSPHRASE, if any.
    pub fn passphrase(&self) -> Result<Option<Passphrase>, CoreError> {
        given_passphrase(
            self.passphrase_file.as_deref(),
            PASSPHRASE_ENV_VAR,
            PASSPHRASE_FIELD,
        )
    }
}

pub fn open(target: &Target) -> Result<Database, CoreError> {
    let path = target.path()?;
    let passphrase = target.passphrase()?;
    let given = passphrase.is_some();
    let unlock = Unlock {
        passphrase,
        keychain: system_keychain_unless_turned_off(),
    };
    Database::open(&path, &unlock).map_err(|e| how_to_give_one(e, given))
}

/// A passphrase from a file (one trailing line ending dropped), else from the environment variable.
pub fn given_passphrase(
    file: Option<&Path>,
    env_var: &str,
    field: &str,
) -> Result<Option<Passphrase>, CoreError> {
    if let Some(file) = file {
        return std::fs::read_to_string(file)
            .map(|text| Some(Passphrase::from_file_text(text)))
            .map_err(|e| {
                let message = format!("Could not read the passphrase file {}: {e}", file.display());
                problem(field, &message).into()
            });
    }
    Ok(std::env::var(env_var)
        .ok()
        .filter(|v| !v.is_empty())
        .map(Passphrase::new))
}

/// When a passphrase is needed and none was given, says how to give one.
fn how_to_give_one(error: CoreError, given: bool) -> CoreError {
    match error {
        CoreError::Invalid(problems) if !given && problems.has(PASSPHRASE_FIELD) => {
            let mut explained = Problems::default();
            for p in problems.list() {
                explained.add(
                    p.field.clone(),
                    format!(
                        "{}. Give it with --passphrase-file FILE or the {PASSPHRASE_ENV_VAR} environment variable",
                        p.message
                    ),
                );
            }
            explained.into()
        }
        other => other,
    }
}
