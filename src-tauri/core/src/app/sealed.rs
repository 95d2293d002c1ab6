//! Sealed files: backups and handover bundles, encrypted with a passphrase in the age format
//! (age-encryption.org/v1, scrypt recipient), so they are safe to copy to a memory stick or send.
//!
//! Inside the encryption a first line says what the file is ("DP Hub backup 1"), so a handover
//! bundle offered as a backup (or a file from a newer DP Hub) is refused with a plain message,
//! and age's authentication means a truncated or changed file is found out, never half read.

use std::io::{Read, Write};

use age::secrecy::SecretString;

use crate::app::unlock::passphrase::one_problem;
use crate::app::Passphrase;
use crate::model::error::{CoreError, CoreResult};

/// What a sealed file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SealedKind {
    Backup,
    Handover,
}

impl SealedKind {
    fn label(self) -> &'static str {
        match self {
            SealedKind::Backup => "DP Hub backup",
            SealedKind::Handover => "DP Hub handover bundle",
        }
    }

    fn plain_name(self) -> &'static str {
        match self {
            SealedKind::Backup => "a DP Hub backup",
            SealedKind::Handover => "a DP Hub handover bundle",
        }
    }
}

/// The version of the sealed contents this DP Hub writes; a newer one is refused.
pub const SEALED_VERSION: u32 = 1;

/// How hard the passphrase is stretched: scrypt with 2^`log_n` iterations. age itself picks about
/// one second's work; [`Stretch::STANDARD`] is age's usual 2^18 (256 MiB of memory would be 2^20).
#[derive(Clone, Copy, Debug)]
pub struct Stretch {
    log_n: u8,
}

impl Stretch {
    pub const STANDARD: Stretch = Stretch { log_n: 18 };
    /// For tests only: quick, and far too weak for real files.
    pub const FOR_TESTS: Stretch = Stretch { log_n: 10 };
}

/// The field a problem with the passphrase is shown on.
pub const PASSPHRASE_FIELD: &str = "passphrase";
/// The field a problem with the file is shown on.
pub const FILE_FIELD: &str = "file";

/// Seals `payload` as a `kind` file with `passphrase`.
pub fn seal(
    kind: SealedKind,
    payload: &[u8],
    passphrase: &Passphrase,
    stretch: Stretch,
) -> CoreResult<Vec<u8>> {
    passphrase.check_new(PASSPHRASE_FIELD)?;
    let mut recipient = age::scrypt::Recipient::new(secret(passphrase));
    recipient.set_work_factor(stretch.log_n);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| CoreError::Storage(format!("The file could not be sealed: {e}")))?;
    let mut sealed = Vec::with_capacity(payload.len() + 1024);
    let failed =
        |e: std::io::Error| CoreError::Storage(format!("The file could not be sealed: {e}"));
    let mut writer = encryptor.wrap_output(&mut sealed).map_err(failed)?;
    writer
        .write_all(format!("{} {SEALED_VERSION}\n", kind.label()).as_bytes())
        .and_then(|()| writer.write_all(payload))
        .map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(sealed)
}

/// Opens a `kind` file sealed with `passphrase` and returns what it holds. A wrong passphrase, a
/// file that is not one (or is damaged, or of the other kind, or from a newer DP Hub) is a problem
/// on the passphrase or file field, in plain words.
pub fn unseal(kind: SealedKind, sealed: &[u8], passphrase: &Passphrase) -> CoreResult<Vec<u8>> {
    let not_one = || {
        one_problem(
            FILE_FIELD,
            &format!("This file is not {}", kind.plain_name()),
        )
    };
    let decryptor = age::Decryptor::new_buffered(sealed).map_err(|e| match e {
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => not_one(),
        other => damaged(kind, &other.to_string()),
    })?;
    if !decryptor.is_scrypt() {
        return Err(not_one());
    }
    let mut identity = age::scrypt::Identity::new(secret(passphrase));
    // Files from other age tools may ask for more work than we would; a limit keeps a hostile file
    // from taking minutes of memory and time.
    identity.set_max_work_factor(22);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => one_problem(
                PASSPHRASE_FIELD,
                "That passphrase does not open this file: check it and try again",
            ),
            age::DecryptError::ExcessiveWork { .. } => not_one(),
            other => damaged(kind, &other.to_string()),
        })?;
    let mut plain = Vec::with_capacity(sealed.len());
    reader
        .read_to_end(&mut plain)
        .map_err(|e| damaged(kind, &e.to_string()))?;
    let line_end = plain
        .iter()
        .take(64)
        .position(|&b| b == b'\n')
        .ok_or_else(not_one)?;
    let first = std::str::from_utf8(&plain[..line_end]).map_err(|_| not_one())?;
    let version = first
        .strip_prefix(kind.label())
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|v| v.parse::<u32>().ok())
        .ok_or_else(not_one)?;
    if version > SEALED_VERSION {
        return Err(one_problem(
            FILE_FIELD,
            "This file was made by a newer DP Hub: update DP Hub on this computer, then open it again",
        ));
    }
    plain.drain(..=line_end);
    Ok(plain)
}

fn damaged(kind: SealedKind, why: &str) -> CoreError {
    one_problem(
        FILE_FIELD,
        &format!(
            "This file is damaged or incomplete, so it cannot be used ({why}); try another copy of {}",
            kind.plain_name().trim_start_matches("a ")
        ),
    )
}

fn secret(passphrase: &Passphrase) -> SecretString {
    SecretString::from(passphrase.as_str().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass() -> Passphrase {
        Passphrase::new("four words you remember")
    }

    fn field_message(error: CoreError) -> (String, String) {
        match error {
            CoreError::Invalid(problems) => {
                let p = &problems.list()[0];
                (p.field.clone(), p.message.clone())
            }
            other => panic!("expected a problem on a field, got {other:?}"),
        }
    }

    #[test]
    fn what_is_sealed_comes_back_with_the_same_passphrase_and_is_not_readable_without_it() {
        let payload = b"Margaret Hale, 12 Acacia Avenue".repeat(100);
        let sealed = seal(SealedKind::Backup, &payload, &pass(), Stretch::FOR_TESTS).unwrap();
        assert!(sealed.starts_with(b"age-encryption.org/v1\n"));
        assert!(!sealed.windows(8).any(|w| w == b"Margaret"));
        assert_eq!(
            unseal(SealedKind::Backup, &sealed, &pass()).unwrap(),
            payload
        );
    }

    #[test]
    fn a_wrong_passphrase_is_said_on_the_passphrase_field() {
        let sealed = seal(SealedKind::Backup, b"x", &pass(), Stretch::FOR_TESTS).unwrap();
        let (field, message) = field_message(
            unseal(
                SealedKind::Backup,
                &sealed,
                &Passphrase::new("not the one at all"),
            )
            .unwrap_err(),
        );
        assert_eq!(field, PASSPHRASE_FIELD);
        assert!(message.contains("does not open"), "{message}");
    }

    #[test]
    fn a_truncated_or_changed_file_is_damaged_and_gives_nothing() {
        let payload = vec![7u8; 200_000];
        let sealed = seal(SealedKind::Backup, &payload, &pass(), Stretch::FOR_TESTS).unwrap();
        let truncated = &sealed[..sealed.len() - 1000];
        let (field, message) =
            field_message(unseal(SealedKind::Backup, truncated, &pass()).unwrap_err());
        assert_eq!(field, FILE_FIELD);
        assert!(message.contains("damaged or incomplete"), "{message}");

        let mut changed = sealed.clone();
        let middle = changed.len() / 2;
        changed[middle] ^= 1;
        let (_, message) =
            field_message(unseal(SealedKind::Backup, &changed, &pass()).unwrap_err());
        assert!(message.contains("damaged or incomplete"), "{message}");
    }

    #[test]
    fn a_bundle_is_not_a_backup_and_other_files_are_neither() {
        let bundle = seal(SealedKind::Handover, b"x", &pass(), Stretch::FOR_TESTS).unwrap();
        let (_, message) = field_message(unseal(SealedKind::Backup, &bundle, &pass()).unwrap_err());
        assert_eq!(message, "This file is not a DP Hub backup");
        let (_, message) =
            field_message(unseal(SealedKind::Handover, b"%PDF-1.7 ...", &pass()).unwrap_err());
        assert_eq!(message, "This file is not a DP Hub handover bundle");
    }

    #[test]
    fn a_file_from_a_newer_dp_hub_is_refused() {
        let mut recipient = age::scrypt::Recipient::new(secret(&pass()));
        recipient.set_work_factor(10);
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .unwrap();
        let mut sealed = vec![];
        let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
        writer
            .write_all(b"DP Hub backup 2\nwhatever comes next")
            .unwrap();
        writer.finish().unwrap();
        let (_, message) = field_message(unseal(SealedKind::Backup, &sealed, &pass()).unwrap_err());
        assert!(message.contains("newer DP Hub"), "{message}");
    }

    #[test]
    fn a_short_passphrase_is_refused_before_anything_is_written() {
        let (field, _) = field_message(
            seal(
                SealedKind::Backup,
                b"x",
                &Passphrase::new("short"),
                Stretch::FOR_TESTS,
            )
            .unwrap_err(),
        );
        assert_eq!(field, PASSPHRASE_FIELD);
    }
}
