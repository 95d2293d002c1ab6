//! Handing one person's records to someone else: a bundle sealed with a passphrase, saved where
//! the Save dialog says; and a bundle chosen in the Open dialog, previewed, then imported. Sealing
//! and opening take a second or so (the passphrase is stretched), so they run off the main thread
//! like every command.

use std::path::PathBuf;

use dphub_core::app::handover::{
    self, HandoverChoices, HandoverOutcome, HandoverPreview, HandoverSaved,
};
use dphub_core::app::sealed::Stretch;
use dphub_core::app::Passphrase;
use dphub_core::model::ids::PersonId;
use serde::Deserialize;
use ts_rs::TS;

use super::Ctx;
use crate::error::AppResult;

/// The person's bundle, sealed with the passphrase (typed twice), written to `path`.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct ExportHandover {
    pub person_id: PersonId,
    pub passphrase: String,
    pub passphrase_again: String,
    #[ts(type = "string")]
    pub path: PathBuf,
}

/// A bundle file (chosen in the Open dialog) and its passphrase.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct OpenHandover {
    #[ts(type = "string")]
    pub path: PathBuf,
    pub passphrase: String,
}

#[derive(Deserialize, TS)]
#[ts(export)]
pub struct ImportHandover {
    #[ts(type = "string")]
    pub path: PathBuf,
    pub passphrase: String,
    pub choices: HandoverChoices,
}

pub fn export_handover(cx: &Ctx, a: ExportHandover) -> AppResult<HandoverSaved> {
    cx.with_store(|s| {
        Ok(handover::export_handover(
            s,
            a.person_id,
            &a.path,
            &Passphrase::new(a.passphrase),
            &Passphrase::new(a.passphrase_again),
            Stretch::STANDARD,
        )?)
    })
}

pub fn preview_handover(cx: &Ctx, a: OpenHandover) -> AppResult<HandoverPreview> {
    let bytes = handover::read_bundle_file(&a.path)?;
    cx.with_store(|s| {
        Ok(handover::preview_handover(
            s,
            &bytes,
            &Passphrase::new(a.passphrase),
        )?)
    })
}

pub fn import_handover(cx: &Ctx, a: ImportHandover) -> AppResult<HandoverOutcome> {
    let bytes = handover::read_bundle_file(&a.path)?;
    cx.with_store(|s| {
        Ok(handover::import_handover(
            s,
            &bytes,
            &Passphrase::new(a.passphrase),
            &a.choices,
        )?)
    })
}
