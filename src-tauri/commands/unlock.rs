//! Unlocking the database at start: entering its passphrase, or choosing the first one.

use dphub_core::app::unlock::PASSPHRASE_FIELD;
use dphub_core::app::{Passphrase, Protection};
use dphub_core::model::validation::FieldProblem;
use serde::Deserialize;
use ts_rs::TS;

use super::app::{app_info, AppInfo};
use super::{Ctx, NoArgs};
use crate::error::{AppError, AppResult};

#[derive(Deserialize, TS)]
#[ts(export)]
pub struct UnlockWith {
    pub passphrase: String,
}

#[derive(Deserialize, TS)]
#[ts(export)]
pub struct FirstPassphrase {
    pub passphrase: String,
    /// The passphrase typed again.
    pub confirm: String,
}

/// A change of the passphrase DP Hub opens with, typed at the keyboard.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct ChangePassphrase {
    /// The passphrase it has now (empty when the keychain holds its key).
    pub current_passphrase: String,
    pub new_passphrase: String,
    /// The new passphrase typed again.
    pub confirm_new_passphrase: String,
}

/// How the open database is protected: by a passphrase, or by a key in the system keychain.
pub fn database_protection(cx: &Ctx, _: NoArgs) -> AppResult<Option<Protection>> {
    cx.with_store(|s| Ok(s.protection()))
}

/// Changes the passphrase (or, with the keychain's key, sets the first one); answers the new
/// protection.
pub fn change_passphrase(cx: &Ctx, args: ChangePassphrase) -> AppResult<Option<Protection>> {
    if args.new_passphrase != args.confirm_new_passphrase {
        return Err(AppError::on_field(
            "confirm_new_passphrase",
            "The two passphrases are different: type the same passphrase twice",
        ));
    }
    let current =
        (!args.current_passphrase.is_empty()).then(|| Passphrase::new(args.current_passphrase));
    let new = Passphrase::new(args.new_passphrase);
    cx.with_store(|s| {
        s.change_passphrase(current.as_ref(), &new)?;
        Ok(s.protection())
    })
}

/// Opens the locked database with its passphrase; answers the app's details, now unlocked.
pub fn unlock(cx: &Ctx, args: UnlockWith) -> AppResult<AppInfo> {
    cx.state.unlock(Passphrase::new(args.passphrase))?;
    app_info(cx, NoArgs {})
}

/// Protects a new (or not yet encrypted) database with its first passphrase, typed twice.
pub fn set_first_passphrase(cx: &Ctx, args: FirstPassphrase) -> AppResult<AppInfo> {
    if args.passphrase != args.confirm {
        let message = "The two passphrases are different: type the same passphrase twice";
        return Err(AppError::Validation {
            message: message.into(),
            field: Some("confirm".into()),
            problems: vec![FieldProblem {
                field: "confirm".into(),
                message: message.into(),
            }],
        });
    }
    if cx
        .state
        .locked_as()
        .is_some_and(|p| p == dphub_core::app::Protection::Passphrase)
    {
        return Err(AppError::Validation {
            message: "This database already has a passphrase: enter it to open the database".into(),
            field: Some(PASSPHRASE_FIELD.into()),
            problems: vec![FieldProblem {
                field: PASSPHRASE_FIELD.into(),
                message: "This database already has a passphrase: enter it to open the database"
                    .into(),
            }],
        });
    }
    cx.state.unlock(Passphrase::new(args.passphrase))?;
    app_info(cx, NoArgs {})
}
