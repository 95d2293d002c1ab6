//! Backups through the app's door: backing up now to a sealed file and verifying it, restoring it
//! over a database that changed since (keeping the current one), the automatic backups, a newer or
//! damaged backup refused, and a database another program holds.

use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use dphub_core::app::account::{self, EntryDraft, ReceiptFile};
use dphub_core::app::backup::{self, BackupCounts, RollingReason};
use dphub_core::app::contacts::{self, ContactDraft, ContactStatus};
use dphub_core::app::employment::{self, EmploymentDraft};
use dphub_core::app::people;
use dphub_core::app::sealed::{self, SealedKind, Stretch};
use dphub_core::app::unlock::MemoryKeychain;
use dphub_core::app::{Passphrase, Unlock};
use dphub_core::{CoreError, Database};

use crate::document_scene::person_draft;
use crate::encryption::{key_from_keychain, unlock};

const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
const RECEIPT: &[u8] = b"%PDF-1.4\n% the receipt for March's wages\n";

fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, day)
        .unwrap()
        .and_hms_opt(hour, 30, 0)
        .unwrap()
}

fn backup_pass() -> Passphrase {
    Passphrase::new("a different phrase for the stick")
}

/// A person with a PA employed, two payments and a receipt.
fn fill(db: &mut Database) {
    let person = people::add_person(db, &person_draft("Philippa Quennell-Ashworth"), TODAY)
        .unwrap()
        .person
        .id;
    let pa = contacts::add_contact(
        db,
        &ContactDraft {
            full_name: "Bartholomew Zygmuntowicz".into(),
            status: Some(ContactStatus::WorkingForUs),
            ..ContactDraft::default()
        },
        TODAY,
    )
    .unwrap()
    .contact
    .id;
    let job = EmploymentDraft {
        person_id: Some(person),
        contact_id: Some(pa),
        start_date: "2027-03-02".into(),
        hours_per_week: "16".into(),
        working_pattern: "Monday to Thursday".into(),
        hourly_rate: "13.50".into(),
        ..EmploymentDraft::default()
    };
    employment::add_employment(db, &job, TODAY).unwrap();
    for (date, amount, category, receipt) in [
        ("2027-03-02", "1069.60", "council-payment", None),
        (
            "2027-03-06",
            "216.00",
            "pa-wages",
            Some(ReceiptFile {
                file_name: "payslip.pdf",
                content: RECEIPT,
            }),
        ),
    ] {
        let draft = EntryDraft {
            date: date.into(),
            amount: amount.into(),
            category: category.into(),
            ..EntryDraft::default()
        };
        account::add_entry(db, person, &draft, receipt).unwrap();
    }
}

fn filled_counts() -> BackupCounts {
    BackupCounts {
        people: 1,
        pas: 1,
        employments: 1,
        account_entries: 2,
        receipts: 1,
        signatures: 0,
        checklist_items: 0,
    }
}

fn names(db: &Database) -> Vec<String> {
    people::list_people(db, "", false)
        .unwrap()
        .into_iter()
        .map(|p| p.full_name)
        .collect()
}

fn problem(error: CoreError) -> (String, String) {
    match error {
        CoreError::Invalid(p) => (p.list()[0].field.clone(), p.list()[0].message.clone()),
        other => panic!("expected a problem on a field, got {other:?}"),
    }
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn back_up_now_then_restore_over_later_changes_keeping_the_current_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let mut db = Database::open(&path, &unlock()).unwrap();
    fill(&mut db);
    let stick = tempfile::tempdir().unwrap();
    let file = stick.path().join("december.dphub-backup");
    let made = backup::create(&db, &file, &backup_pass(), Stretch::FOR_TESTS, at(1, 9)).unwrap();
    assert_eq!(made.counts, filled_counts());
    assert_eq!(made.made_at, at(1, 9));
    assert_eq!(made.size_bytes, std::fs::metadata(&file).unwrap().len());
    // Only the sealed file is on the stick: no temporary or unencrypted copy.
    assert_eq!(files_in(stick.path()), ["december.dphub-backup"]);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    for secret in [
        &b"Quennell"[..],
        b"Zygmuntowicz",
        b"SQLite format 3",
        RECEIPT,
    ] {
        assert!(!bytes.windows(secret.len()).any(|w| w == secret));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Later: another person, and the first one archived.
    people::add_person(&mut db, &person_draft("Ieuan Pritchard"), TODAY).unwrap();
    assert_eq!(names(&db).len(), 2);

    let (field, message) = problem(
        backup::verify_file(&file, &Passphrase::new("not the right phrase"))
            .err()
            .unwrap(),
    );
    assert_eq!(field, "passphrase");
    assert!(message.contains("does not open"), "{message}");

    let verified = backup::verify_file(&file, &backup_pass()).unwrap();
    assert_eq!(verified.summary, made);
    let outcome = db.restore(&verified, at(2, 10)).unwrap();
    assert_eq!(outcome.restored.counts, filled_counts());
    assert_eq!(outcome.kept.reason, RollingReason::BeforeRestore);
    assert_eq!(names(&db), ["Philippa Quennell-Ashworth"]);
    // The database in use is the restored one, with its receipt byte for byte.
    let person = people::list_people(&db, "", false).unwrap()[0].id;
    let entries = account::list_entries(&db, person, None, None).unwrap();
    let receipt = entries
        .lines
        .iter()
        .flat_map(|l| &l.entry.receipts)
        .next()
        .unwrap();
    assert_eq!(account::receipt(&db, receipt.id).unwrap().content, RECEIPT);
    // Nothing half-done is left beside it, and the folder holds the copy from before.
    let left = files_in(dir.path());
    assert!(!left.iter().any(|n| n.ends_with(".restoring")), "{left:?}");
    let kept = db.rolling_backups().unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].name, outcome.kept.name);
    let before = db.verify_rolling_backup(&kept[0].name).unwrap();
    assert_eq!(before.summary.counts.people, 2);
    drop(db);

    // The same passphrase opens it next time; restoring the copy from before undoes the restore.
    let mut db = Database::open(&path, &unlock()).unwrap();
    assert_eq!(db.integrity_check().unwrap(), Vec::<String>::new());
    assert_eq!(names(&db), ["Philippa Quennell-Ashworth"]);
    let before = db.verify_rolling_backup(&kept[0].name).unwrap();
    db.restore(&before, at(2, 11)).unwrap();
    assert_eq!(names(&db).len(), 2);
}

#[test]
fn a_keychain_database_is_restored_with_its_keychain_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let keychain = Unlock::with_keychain(Arc::new(MemoryKeychain::default()));
    let mut db = Database::open(&path, &keychain).unwrap();
    fill(&mut db);
    let file = dir.path().join("b.dphub-backup");
    backup::create(&db, &file, &backup_pass(), Stretch::FOR_TESTS, at(1, 9)).unwrap();
    people::add_person(&mut db, &person_draft("Ieuan Pritchard"), TODAY).unwrap();
    let verified = backup::verify_file(&file, &backup_pass()).unwrap();
    db.restore(&verified, at(1, 10)).unwrap();
    drop(db);
    let db = Database::open(&path, &keychain).unwrap();
    assert_eq!(names(&db), ["Philippa Quennell-Ashworth"]);
}

fn seal_payload(header: &str, db_bytes: &[u8]) -> Vec<u8> {
    let mut payload = header.as_bytes().to_vec();
    payload.push(b'\n');
    payload.extend_from_slice(db_bytes);
    sealed::seal(
        SealedKind::Backup,
        &payload,
        &backup_pass(),
        Stretch::FOR_TESTS,
    )
    .unwrap()
}

#[test]
fn a_newer_dp_hubs_backup_or_one_that_does_not_hold_what_it_says_is_refused() {
    let newer = seal_payload(
        r#"{"made_at":"2031-01-01T10:00:00","schema_version":999,"counts":{"people":0,"pas":0,"employments":0,"account_entries":0,"receipts":0,"signatures":0,"checklist_items":0}}"#,
        b"",
    );
    let (field, message) = problem(backup::verify(&newer, &backup_pass()).err().unwrap());
    assert_eq!(field, "file");
    assert!(message.contains("made by a newer DP Hub"), "{message}");

    // A real backup whose description claims one more person than it holds.
    let dir = tempfile::tempdir().unwrap();
    let mut db = Database::open(&dir.path().join("d.sqlite3"), &unlock()).unwrap();
    fill(&mut db);
    let file = dir.path().join("b.dphub-backup");
    backup::create(&db, &file, &backup_pass(), Stretch::FOR_TESTS, at(1, 9)).unwrap();
    let payload = sealed::unseal(
        SealedKind::Backup,
        &std::fs::read(&file).unwrap(),
        &backup_pass(),
    )
    .unwrap();
    let line_end = payload.iter().position(|&b| b == b'\n').unwrap();
    let header = String::from_utf8(payload[..line_end].to_vec()).unwrap();
    let lying = seal_payload(
        &header.replace("\"people\":1", "\"people\":2"),
        &payload[line_end + 1..],
    );
    let (_, message) = problem(backup::verify(&lying, &backup_pass()).err().unwrap());
    assert!(message.contains("damaged"), "{message}");

    // Not a database at all inside.
    let junk = seal_payload(&header, b"SQLite format 3\0 but then nothing of the sort");
    let (_, message) = problem(backup::verify(&junk, &backup_pass()).err().unwrap());
    assert!(message.contains("damaged"), "{message}");

    // A file that is not a backup, and a folder where the file should be.
    let (_, message) = problem(backup::verify(b"%PDF-1.7", &backup_pass()).err().unwrap());
    assert!(message.contains("not a DP Hub backup"), "{message}");
    let (_, message) = problem(
        backup::verify_file(dir.path(), &backup_pass())
            .err()
            .unwrap(),
    );
    assert!(message.contains("Could not read the backup"), "{message}");
}

#[test]
fn backing_up_into_a_folder_that_does_not_exist_says_so_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Database::open(&dir.path().join("d.sqlite3"), &unlock()).unwrap();
    fill(&mut db);
    let error = backup::create(
        &db,
        &dir.path().join("no such stick/b.dphub-backup"),
        &backup_pass(),
        Stretch::FOR_TESTS,
        at(1, 9),
    )
    .unwrap_err();
    assert!(matches!(error, CoreError::Storage(_)));
    assert!(error.to_string().contains("does not exist"), "{error}");
    let (field, _) = problem(
        backup::create(
            &db,
            &dir.path().join("b"),
            &Passphrase::new("short"),
            Stretch::FOR_TESTS,
            at(1, 9),
        )
        .unwrap_err(),
    );
    assert_eq!(field, "passphrase");
    assert!(!dir.path().join("b").exists());
}

const BUSY: &str =
    "DP Hub is already open on this computer, or another program is using the database";

#[test]
fn a_database_another_dp_hub_has_open_is_not_restored_over_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let mut db = Database::open(&path, &unlock()).unwrap();
    fill(&mut db);
    let file = dir.path().join("b.dphub-backup");
    backup::create(&db, &file, &backup_pass(), Stretch::FOR_TESTS, at(1, 9)).unwrap();
    people::add_person(&mut db, &person_draft("Ieuan Pritchard"), TODAY).unwrap();

    let other = Database::open(&path, &unlock()).unwrap();
    let verified = backup::verify_file(&file, &backup_pass()).unwrap();
    let error = db.restore(&verified, at(1, 10)).unwrap_err();
    assert!(matches!(error, CoreError::Storage(_)));
    assert!(error.to_string().starts_with(BUSY), "{error}");
    // Both still work, on the database as it was.
    assert_eq!(names(&db).len(), 2);
    assert_eq!(names(&other).len(), 2);
    assert!(!dir.path().join("dphub.sqlite3.restoring").exists());
    drop(other);
    db.restore(&verified, at(1, 11)).unwrap();
    assert_eq!(names(&db).len(), 1);
}

#[test]
fn a_database_another_program_holds_locked_gives_a_plain_message_not_sqlites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let keychain = Arc::new(MemoryKeychain::default());
    let unlock = Unlock::with_keychain(keychain.clone());
    drop(Database::open(&path, &unlock).unwrap());
    let holder = rusqlite::Connection::open(&path).unwrap();
    key_from_keychain(&holder, &keychain, &path);
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .unwrap();
    let error = Database::open(&path, &unlock).err().unwrap();
    assert!(error.to_string().starts_with(BUSY), "{error}");
    holder.execute_batch("COMMIT").unwrap();
    drop(holder);
    Database::open(&path, &unlock).unwrap();
}

#[test]
fn automatic_backups_roll_daily_and_on_quit_keeping_the_newest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dphub.sqlite3");
    let mut db = Database::open(&path, &unlock()).unwrap();
    fill(&mut db);
    assert_eq!(db.backups_keep().unwrap(), 10);
    let daily = db.backup_daily_if_due(at(1, 9)).unwrap().unwrap();
    assert_eq!(daily.reason, RollingReason::Daily);
    assert_eq!(
        db.backup_daily_if_due(at(2, 8)).unwrap(),
        None,
        "less than a day"
    );
    assert!(db.backup_daily_if_due(at(2, 10)).unwrap().is_some());
    for hour in 11..16 {
        db.make_rolling_backup(RollingReason::OnQuit, at(2, hour))
            .unwrap();
    }
    assert_eq!(db.rolling_backups().unwrap().len(), 7);
    let (field, _) = problem(db.set_backups_keep("0").unwrap_err());
    assert_eq!(field, "keep");
    assert!(db.set_backups_keep("lots").is_err());
    assert_eq!(db.set_backups_keep(" 3 ").unwrap(), 3);
    let list = db.rolling_backups().unwrap();
    let times: Vec<_> = list.iter().map(|b| b.made_at).collect();
    assert_eq!(
        times,
        [at(2, 15), at(2, 14), at(2, 13)],
        "the newest, newest first"
    );
    assert!(list.iter().all(|b| b.size_bytes > 0));
    let folder = db.backups_folder().unwrap();
    assert_eq!(folder, dir.path().join("backups"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&folder.join(&list[0].name)), 0o600);
    }
    // Encrypted with the database's key: no name readable in the file.
    let bytes = std::fs::read(folder.join(&list[0].name)).unwrap();
    assert!(!bytes.windows(8).any(|w| w == b"Quennell"));

    // Restored through the same verify and restore.
    let newest = db.verify_rolling_backup(&list[0].name).unwrap();
    assert_eq!(newest.summary.counts, filled_counts());
    people::add_person(&mut db, &person_draft("Ieuan Pritchard"), TODAY).unwrap();
    db.restore(&newest, at(3, 9)).unwrap();
    assert_eq!(names(&db), ["Philippa Quennell-Ashworth"]);
    let (field, _) = problem(db.verify_rolling_backup("../dphub.sqlite3").err().unwrap());
    assert_eq!(field, "file");
}
