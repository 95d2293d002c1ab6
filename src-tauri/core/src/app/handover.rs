//! Handing one person's records to someone else: a bundle sealed with a passphrase holding the
//! person, their direct payment, their PAs and employments, checklists, plan, signatures and
//! account; and, on another computer, a preview of it, then an import that writes all of it or
//! nothing.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use crate::app::contacts::saved_duplicate;
use crate::app::sealed::{seal, unseal, SealedKind, Stretch, FILE_FIELD, PASSPHRASE_FIELD};
use crate::app::unlock::passphrase::one_problem;
use crate::app::{Database, Passphrase};
use crate::model::error::{CoreError, CoreResult};
use crate::model::people::PersonId;
use crate::store::cipher::owner_only;
pub use crate::store::{Bundle, BundleContact, BundleSetting, BundleTable, Cell};
use crate::store::{StoreError, BUNDLE_FORMAT};

pub use crate::model::handover::{
    record_label, HandoverChoices, HandoverOutcome, HandoverPa, HandoverPerson, HandoverPreview,
    HandoverSaved, MatchedPas, RecordCount, PAS_LABEL,
};

/// The field the second passphrase is shown on.
pub const PASSPHRASE_AGAIN_FIELD: &str = "passphrase_again";
/// The field a refusal about a person already here is shown on.
pub const PERSON_FIELD: &str = "as_separate_person";

fn made_by() -> String {
    format!("DP Hub {}", env!("CARGO_PKG_VERSION"))
}

/// The person's records as a sealed bundle (the bytes of the file).
pub fn handover_bytes(
    db: &Database,
    person: PersonId,
    passphrase: &Passphrase,
    stretch: Stretch,
) -> CoreResult<(Bundle, Vec<u8>)> {
    let bundle = db
        .store
        .handover_bundle(person, &made_by())?
        .ok_or(CoreError::NotFound {
            what: "person",
            id: person.0,
        })?;
    let json = serde_json::to_vec(&bundle)
        .map_err(|e| CoreError::Storage(format!("The bundle could not be written: {e}")))?;
    let sealed = seal(SealedKind::Handover, &json, passphrase, stretch)?;
    Ok((bundle, sealed))
}

/// Writes the person's handover bundle to `path` (readable by its owner only, written whole or
/// not at all). The passphrase is typed twice; both must be the same.
pub fn export_handover(
    db: &Database,
    person: PersonId,
    path: &Path,
    passphrase: &Passphrase,
    passphrase_again: &Passphrase,
    stretch: Stretch,
) -> CoreResult<HandoverSaved> {
    if passphrase.as_str() != passphrase_again.as_str() {
        passphrase.check_new(PASSPHRASE_FIELD)?;
        return Err(one_problem(
            PASSPHRASE_AGAIN_FIELD,
            "The two passphrases are not the same: type the same passphrase twice",
        ));
    }
    let (bundle, sealed) = handover_bytes(db, person, passphrase, stretch)?;
    write_owner_only(path, &sealed).map_err(|e| {
        CoreError::Storage(format!(
            "The bundle could not be saved as {}: {e}",
            path.display()
        ))
    })?;
    Ok(HandoverSaved {
        path: path.display().to_string(),
        full_name: person_field(&bundle, "full_name").unwrap_or_default(),
        bytes: sealed.len() as u64,
        counts: counts(&bundle),
    })
}

/// Opens a bundle: the passphrase must open it, and it must be a bundle this DP Hub can read.
pub fn open_bundle(db: &Database, sealed: &[u8], passphrase: &Passphrase) -> CoreResult<Bundle> {
    let json = unseal(SealedKind::Handover, sealed, passphrase)?;
    parse_bundle(&json, db.store.schema_version()?)
}

/// Reads a bundle's contents (after unsealing), refusing one from a newer DP Hub (`schema`: this
/// database's schema version).
pub fn parse_bundle(json: &[u8], schema: i64) -> CoreResult<Bundle> {
    #[derive(serde::Deserialize)]
    struct Versions {
        format: u32,
        schema_version: i64,
    }
    let newer = || {
        one_problem(
            FILE_FIELD,
            "This bundle was made by a newer DP Hub: update DP Hub on this computer, then open it again",
        )
    };
    // The versions first, so a newer shape is refused as newer, not as damaged.
    let versions: Versions = serde_json::from_slice(json).map_err(|e| damaged(&e.to_string()))?;
    if versions.format > BUNDLE_FORMAT || versions.schema_version > schema {
        return Err(newer());
    }
    let bundle: Bundle = serde_json::from_slice(json).map_err(|e| damaged(&e.to_string()))?;
    if bundle.format == 0 {
        return Err(damaged("no format version"));
    }
    if person_field(&bundle, "full_name").is_none() {
        return Err(damaged("no person in it"));
    }
    Ok(bundle)
}

fn damaged(why: &str) -> CoreError {
    one_problem(
        FILE_FIELD,
        &format!(
            "This handover bundle is damaged or incomplete, so it cannot be used ({why}); ask for another copy"
        ),
    )
}

/// What importing the bundle would do; nothing is written.
pub fn preview_handover(
    db: &Database,
    sealed: &[u8],
    passphrase: &Passphrase,
) -> CoreResult<HandoverPreview> {
    let bundle = open_bundle(db, sealed, passphrase)?;
    preview_of(db, &bundle)
}

fn preview_of(db: &Database, bundle: &Bundle) -> CoreResult<HandoverPreview> {
    let person = HandoverPerson {
        full_name: person_field(bundle, "full_name").unwrap_or_default(),
        date_of_birth: person_field(bundle, "date_of_birth").unwrap_or_default(),
        council: person_field(bundle, "council").unwrap_or_default(),
    };
    let saved = db.store.contact_keys()?;
    let mut pas = Vec::new();
    for c in &bundle.contacts {
        let details = crate::store::read_handed_over_contact(&c.details)
            .map_err(|e| damaged(&e.to_string()))?;
        let matched = saved_duplicate(&saved, &details);
        pas.push(HandoverPa {
            full_name: details.full_name.clone(),
            existing_id: matched.as_ref().map(|(id, _)| *id),
            existing_name: matched
                .as_ref()
                .and_then(|(id, _)| saved.names.get(id).cloned()),
            reason: matched.map(|(_, reason)| reason),
        });
    }
    let mut already_here = Vec::new();
    for id in db
        .store
        .people_named(&person.full_name, &person.date_of_birth)?
    {
        if let Some(summary) = db.store.person_summary(id)? {
            already_here.push(summary);
        }
    }
    Ok(HandoverPreview {
        person,
        made_by: bundle.made_by.clone(),
        made_at: bundle.made_at.clone(),
        counts: counts(bundle),
        pas,
        already_here,
        matched_pas_choices: MatchedPas::choices(),
    })
}

/// Imports the bundle in one transaction, with new ids: everything or (on any problem) nothing.
pub fn import_handover(
    db: &mut Database,
    sealed: &[u8],
    passphrase: &Passphrase,
    choices: &HandoverChoices,
) -> CoreResult<HandoverOutcome> {
    let bundle = open_bundle(db, sealed, passphrase)?;
    import_bundle(db, &bundle, choices)
}

/// Imports an opened bundle (see [`import_handover`]).
pub fn import_bundle(
    db: &mut Database,
    bundle: &Bundle,
    choices: &HandoverChoices,
) -> CoreResult<HandoverOutcome> {
    let preview = preview_of(db, bundle)?;
    if let Some(here) = preview.already_here.first() {
        if !choices.as_separate_person {
            return Err(one_problem(
                PERSON_FIELD,
                &format!(
                    "{} (born {}) seems to be here already (person {}): import them as a separate person, or leave this bundle",
                    here.full_name,
                    here.date_of_birth.format("%-d %B %Y"),
                    here.id
                ),
            ));
        }
    }
    let mut reuse = HashMap::new();
    if choices.matched_pas == MatchedPas::Reuse {
        for (c, pa) in bundle.contacts.iter().zip(&preview.pas) {
            if let Some(id) = pa.existing_id {
                reuse.insert(c.id, id);
            }
        }
    }
    let done = db
        .store
        .write_handover(bundle, &reuse)
        .map_err(|e| match e {
            StoreError::Corrupt(why) => damaged(&why),
            other => other.into(),
        })?;
    Ok(HandoverOutcome {
        person_id: done.person,
        full_name: preview.person.full_name,
        pas_added: done.pas_added,
        pas_reused: u32::try_from(reuse.len()).unwrap_or(u32::MAX),
        counts: preview.counts,
    })
}

/// A text column of the bundle's person.
fn person_field(bundle: &Bundle, column: &str) -> Option<String> {
    let table = bundle.tables.iter().find(|t| t.name == "person")?;
    let at = table.columns.iter().position(|c| c == column)?;
    match table.rows.first()?.get(at)? {
        crate::store::Cell::Text(t) => Some(t.clone()),
        _ => None,
    }
}

fn counts(bundle: &Bundle) -> Vec<RecordCount> {
    let n = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
    let mut counts = vec![RecordCount {
        what: PAS_LABEL.to_string(),
        count: n(bundle.contacts.len()),
    }];
    for table in &bundle.tables {
        if let Some(what) = record_label(&table.name) {
            counts.push(RecordCount {
                what: what.to_string(),
                count: n(table.rows.len()),
            });
        }
    }
    counts
}

/// Writes `bytes` to a temporary file readable by its owner only beside `path`, then renames it
/// over `path`: a reader never sees half a bundle, and a failure leaves nothing behind.
fn write_owner_only(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bundle".into());
    let temp = folder.join(format!(".{name}.{}.part", std::process::id()));
    let written = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&temp)?;
        owner_only::set_mode(&temp, 0o600)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        owner_only::sync_folder(folder)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// The bytes of a bundle file someone chose; one that cannot be read is a problem with the file.
pub fn read_bundle_file(path: &Path) -> CoreResult<Vec<u8>> {
    std::fs::read(path).map_err(|e| {
        one_problem(
            FILE_FIELD,
            &format!("Could not read {}: {e}", path.display()),
        )
    })
}
