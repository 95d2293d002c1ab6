//! `dphub handover export|import`: one person's records, handed to someone else's DP Hub in a
//! bundle sealed with a passphrase.

mod args;
mod output;

pub use args::HandoverCommand;

use dphub_core::app::handover::{self, HandoverChoices, MatchedPas};
use dphub_core::app::sealed::Stretch;
use dphub_core::app::Passphrase;
use dphub_core::{CoreError, Database};

use crate::database::given_passphrase;
use crate::input::problem;
use crate::printer::Printer;
use args::BundlePassphrase;

/// Where the bundle's passphrase may be given when no file is (the same as for backups).
pub const BUNDLE_PASSPHRASE_ENV_VAR: &str = "DPHUB_BACKUP_PASSPHRASE";
const FIELD: &str = "backup_passphrase";

pub fn run(command: &HandoverCommand, db: &mut Database, out: &Printer) -> Result<(), CoreError> {
    match command {
        HandoverCommand::Export(args) => {
            let pass = bundle_passphrase(&args.passphrase)?;
            let saved = handover::export_handover(
                db,
                args.person,
                &args.to,
                &pass,
                &pass,
                Stretch::STANDARD,
            )?;
            out.handover_saved(&saved);
        }
        HandoverCommand::Import(args) => {
            let pass = bundle_passphrase(&args.passphrase)?;
            let bytes = std::fs::read(&args.file).map_err(|e| {
                problem(
                    "file",
                    &format!("Could not read {}: {e}", args.file.display()),
                )
            })?;
            let choices = HandoverChoices {
                matched_pas: if args.add_matched_pas {
                    MatchedPas::AddNew
                } else {
                    MatchedPas::Reuse
                },
                as_separate_person: args.as_separate_person,
            };
            if args.yes {
                let done = handover::import_handover(db, &bytes, &pass, &choices)?;
                out.handover_imported(&done);
            } else {
                let preview = handover::preview_handover(db, &bytes, &pass)?;
                out.handover_preview(&preview, &choices);
            }
        }
    }
    Ok(())
}

fn bundle_passphrase(given: &BundlePassphrase) -> Result<Passphrase, CoreError> {
    given_passphrase(
        given.backup_passphrase_file.as_deref(),
        BUNDLE_PASSPHRASE_ENV_VAR,
        FIELD,
    )?
    .ok_or_else(|| {
        problem(
            FIELD,
            "Give the bundle's passphrase with --backup-passphrase-file FILE or the DPHUB_BACKUP_PASSPHRASE environment variable",
        )
        .into()
    })
}
