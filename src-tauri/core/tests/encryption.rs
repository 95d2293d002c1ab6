//! Encryption at rest, through the app's door: what is on disk holds no one's name or address, a
//! wrong passphrase changes nothing, the keychain and passphrase ways in, changing the passphrase,
//! and owner-only files.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use dphub_core::app::contacts::{self, ContactDraft, ContactQuery, ContactStatus};
use dphub_core::app::people;
use dphub_core::app::unlock::{self, MemoryKeychain};
use dphub_core::app::{Passphrase, Protection, Unlock};
use dphub_core::model::error::ErrorKind;
use dphub_core::{CoreError, Database};

use crate::document_scene::person_draft;

/// The passphrase the core's file-database tests use.
pub const PASSPHRASE: &str = "correct horse battery staple";

/// How the core's tests open a database file: with [`PASSPHRASE`], never the system keychain.
pub fn unlock() -> Unlock {
    Unlock::with_passphrase(PASSPHRASE)
}

/// Gives a connection of "another program" the key a [`MemoryKeychain`] holds for `path`.
pub fn key_from_keychain(conn: &rusqlite::Connection, keychain: &MemoryKeychain, path: &Path) {
    use dphub_core::app::unlock::Keychain;
    let key = keychain.get(&unlock::account_for(path)).unwrap().unwrap();
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    conn.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";"))
        .unwrap();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()
}

/// A database with a person and a PA in it, closed again.
fn filled(path: &Path, unlock: &Unlock) {
    let mut db = Database::open(path, unlock).unwrap();
    people::add_person(
        &mut db,
        &person_draft("Philippa Quennell-Ashworth"),
        today(),
    )
    .unwrap();
    let pa = ContactDraft {
        full_name: "Bartholomew Zygmuntowicz".into(),
        address: "17 Wisteria Crescent, Harrogate".into(),
        email: "bart.zyg@example.org".into(),
        status: Some(ContactStatus::LookingForWork),
        ..ContactDraft::default()
    };
    contacts::add_contact(&mut db, &pa, today()).unwrap();
}

fn found(db: &Database, text: &str) -> Vec<String> {
    let query = ContactQuery {
        text: text.into(),
        ..ContactQuery::default()
    };
    contacts::search_contacts(db, &query, today())
        .unwrap()
        .contacts
        .into_iter()
        .map(|c| c.full_name)
        .collect()
}

/// Every file SQLite may have written for the database.
fn database_files(path: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|s| PathBuf::from(format!("{}{s}", path.display())))
        .filter(|p| p.exists())
        .collect()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn problem_fields(error: &CoreError) -> Vec<String> {
    match error {
        CoreError::Invalid(p) => p.list().iter().map(|p| p.field.clone()).collect(),
        other => panic!("expected a problem with a field, got {other}"),
    }
}

#[test]
fn the_files_on_disk_hold_no_name_address_or_email() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    filled(&path, &unlock());
    // Still open, so the write-ahead log is on disk too.
    let db = Database::open(&path, &unlock()).unwrap();
    assert_eq!(found(&db, "zygm"), ["Bartholomew Zygmuntowicz"]);
    let files = database_files(&path);
    assert!(files.len() >= 2, "the database and its log: {files:?}");
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        assert!(!bytes.starts_with(b"SQLite format 3"), "{file:?}");
        for secret in [
            "Philippa",
            "Quennell",
            "Zygmuntowicz",
            "Wisteria",
            "Station Road",
            "LS1 4AB",
            "example.org",
            "CREATE TABLE",
        ] {
            assert!(
                !contains(&bytes, secret),
                "{secret:?} is readable in {file:?}"
            );
        }
    }
    // The check itself finds a name when it is there.
    assert!(contains(b"..philippa..", "Philippa"));
}

#[test]
fn a_wrong_passphrase_is_a_plain_problem_and_changes_no_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    filled(&path, &unlock());
    let before: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();

    let error = Database::open(
        &path,
        &Unlock::with_passphrase("correct horse battery stable"),
    )
    .err()
    .expect("a wrong passphrase does not open it");
    assert_eq!(error.kind(), ErrorKind::Validation);
    assert_eq!(problem_fields(&error), ["passphrase"]);
    assert!(
        error.to_string().contains("does not open this database"),
        "{error}"
    );
    let none = Database::open(&path, &Unlock::default()).err().unwrap();
    assert_eq!(problem_fields(&none), ["passphrase"]);

    let after: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();
    assert_eq!(before.len(), after.len(), "no file added or removed");
    assert!(before == after, "every file is byte-identical");

    let db = Database::open(&path, &unlock()).unwrap();
    assert_eq!(db.protection(), Some(Protection::Passphrase));
    assert_eq!(found(&db, "bart"), ["Bartholomew Zygmuntowicz"]);
}

#[test]
fn a_new_passphrase_must_be_long_enough_and_nothing_is_made_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let error = Database::open(&path, &Unlock::with_passphrase("short"))
        .err()
        .unwrap();
    assert_eq!(problem_fields(&error), ["passphrase"]);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn with_no_passphrase_the_key_goes_in_the_keychain_and_no_key_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let keychain = MemoryKeychain::default();
    let by_keychain = Unlock::with_keychain(Arc::new(keychain.clone()));
    filled(&path, &by_keychain);
    assert_eq!(keychain.accounts(), [unlock::account_for(&path)]);
    assert!(!dir.path().join("dphub.sqlite3.key.json").exists());
    assert_eq!(unlock::protection(&path).unwrap(), Protection::Keychain);

    let db = Database::open(&path, &by_keychain).unwrap();
    assert_eq!(db.protection(), Some(Protection::Keychain));
    assert_eq!(found(&db, "zyg"), ["Bartholomew Zygmuntowicz"]);
    drop(db);

    // A passphrase cannot open a database keyed from the keychain, and an empty keychain says so.
    let error = Database::open(&path, &unlock()).err().unwrap();
    assert_eq!(error.kind(), ErrorKind::Storage);
    assert!(error.to_string().contains("keychain"), "{error}");
    let empty = Unlock::with_keychain(Arc::new(MemoryKeychain::default()));
    let error = Database::open(&path, &empty).err().unwrap();
    assert!(
        error.to_string().contains("not in the system keychain"),
        "{error}"
    );
}

#[test]
fn where_no_keychain_answers_a_passphrase_is_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let locked = Unlock::with_keychain(Arc::new(MemoryKeychain::unavailable()));
    let error = Database::open(&path, &locked).err().unwrap();
    assert_eq!(problem_fields(&error), ["passphrase"]);
    assert!(error.to_string().contains("Choose a passphrase"), "{error}");
    assert!(!path.exists());
    let error = Database::open(&path, &Unlock::default()).err().unwrap();
    assert!(
        error.to_string().contains("keychain is turned off"),
        "{error}"
    );

    // Given both, the passphrase wins and the keychain is left alone.
    let keychain = MemoryKeychain::default();
    let both = Unlock {
        passphrase: Some(Passphrase::new(PASSPHRASE)),
        keychain: Some(Arc::new(keychain.clone())),
    };
    let db = Database::open(&path, &both).unwrap();
    assert_eq!(db.protection(), Some(Protection::Passphrase));
    assert!(keychain.accounts().is_empty());
}

#[test]
fn switching_from_the_keychain_to_a_passphrase_re_encrypts_and_forgets_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let keychain = MemoryKeychain::default();
    let by_keychain = Unlock::with_keychain(Arc::new(keychain.clone()));
    filled(&path, &by_keychain);

    let mut db = Database::open(&path, &by_keychain).unwrap();
    let short = db.set_passphrase(&Passphrase::new("tiny")).unwrap_err();
    assert_eq!(problem_fields(&short), ["new_passphrase"]);
    assert_eq!(db.protection(), Some(Protection::Keychain));
    db.set_passphrase(&Passphrase::new(PASSPHRASE)).unwrap();
    assert_eq!(db.protection(), Some(Protection::Passphrase));
    assert_eq!(found(&db, "zyg"), ["Bartholomew Zygmuntowicz"]);
    drop(db);

    assert!(
        keychain.accounts().is_empty(),
        "the keychain key is removed"
    );
    assert_eq!(unlock::protection(&path).unwrap(), Protection::Passphrase);
    assert!(!dir.path().join("dphub.sqlite3.key.json.new").exists());
    let db = Database::open(&path, &unlock()).unwrap();
    assert_eq!(found(&db, "zyg"), ["Bartholomew Zygmuntowicz"]);
}

#[test]
fn changing_the_passphrase_makes_the_old_one_stop_working() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    filled(&path, &unlock());
    let salt_before = std::fs::read(dir.path().join("dphub.sqlite3.key.json")).unwrap();
    let new = "purple elephant under moonlight";
    Database::open(&path, &unlock())
        .unwrap()
        .set_passphrase(&Passphrase::new(new))
        .unwrap();
    let salt_after = std::fs::read(dir.path().join("dphub.sqlite3.key.json")).unwrap();
    assert_ne!(salt_before, salt_after, "a new salt");

    let error = Database::open(&path, &unlock()).err().unwrap();
    assert_eq!(problem_fields(&error), ["passphrase"]);
    let db = Database::open(&path, &Unlock::with_passphrase(new)).unwrap();
    assert_eq!(found(&db, "bart"), ["Bartholomew Zygmuntowicz"]);
}

#[test]
fn an_in_memory_database_needs_no_key() {
    let db = Database::open_in_memory().unwrap();
    assert_eq!(db.protection(), None);
    assert!(found(&db, "anyone").is_empty());
}

#[cfg(unix)]
#[test]
fn the_files_are_the_owners_alone() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join(dphub_core::APP_IDENTIFIER);
    let path = folder.join("dphub.sqlite3");
    filled(&path, &unlock());
    let db = Database::open(&path, &unlock()).unwrap();
    assert_eq!(mode(&folder), 0o700);
    let files = database_files(&path);
    assert!(files.len() >= 2, "{files:?}");
    for file in files {
        assert_eq!(mode(&file), 0o600, "{file:?}");
    }
    assert_eq!(mode(&folder.join("dphub.sqlite3.key.json")), 0o600);
    drop(db);

    // A file left readable by an earlier version is made private when opened.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    drop(Database::open(&path, &unlock()).unwrap());
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn changing_the_passphrase_at_the_keyboard_asks_for_the_current_one_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    filled(&path, &unlock());
    let key_file = dir.path().join("dphub.sqlite3.key.json");
    let before = std::fs::read(&key_file).unwrap();
    let new = Passphrase::new("purple elephant under moonlight");
    let mut db = Database::open(&path, &unlock()).unwrap();
    for current in [None, Some(Passphrase::new("not the one we have"))] {
        let error = db.change_passphrase(current.as_ref(), &new).unwrap_err();
        assert_eq!(problem_fields(&error), ["current_passphrase"]);
    }
    assert_eq!(std::fs::read(&key_file).unwrap(), before, "nothing changed");
    drop(db);
    Database::open(&path, &unlock()).unwrap();

    let mut db = Database::open(&path, &unlock()).unwrap();
    db.change_passphrase(Some(&Passphrase::new(PASSPHRASE)), &new)
        .unwrap();
    drop(db);
    assert!(Database::open(&path, &unlock()).is_err());
    let db = Database::open(
        &path,
        &Unlock::with_passphrase("purple elephant under moonlight"),
    )
    .unwrap();
    assert_eq!(found(&db, "bart"), ["Bartholomew Zygmuntowicz"]);

    // With the keychain's key there is no passphrase to ask for: the new one replaces the key.
    let keychain = Arc::new(MemoryKeychain::default());
    let other = dir.path().join("keyed.sqlite3");
    filled(&other, &Unlock::with_keychain(keychain.clone()));
    let mut db = Database::open(&other, &Unlock::with_keychain(keychain.clone())).unwrap();
    db.change_passphrase(None, &new).unwrap();
    assert_eq!(db.protection(), Some(Protection::Passphrase));
}
