//! `dphub backup create|verify|restore|list` on a temporary database: the backup's passphrase is
//! its own (a file or DPHUB_BACKUP_PASSPHRASE), the counts are numbers in JSON, restoring needs
//! --yes, and a database another DP Hub has open is not restored over.

use std::path::Path;
use std::process::Output;

use crate::common::{self, db, dphub_command, json, PASSPHRASE};

const BACKUP_PASSPHRASE: &str = "a phrase for the memory stick";

fn person(name: &str) -> Vec<String> {
    [
        "person",
        "add",
        "--full-name",
        name,
        "--dob",
        "12/3/1948",
        "--council",
        "Hampshire County Council",
        "--type",
        "adult-service-user",
        "--managed-by",
        "themself",
        "--gross",
        "1250",
        "--contribution",
        "0",
        "--start",
        "2026-01-05",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// `dphub` with the backup's passphrase in the environment.
fn run(db: &Path, args: &[&str]) -> Output {
    dphub_command()
        .env("DPHUB_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("dphub runs")
}

fn add(db: &Path, name: &str) {
    let args = person(name);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert!(common::dphub(db, &args).status.success());
}

fn people(db: &Path) -> usize {
    json(&common::dphub(db, &["person", "list", "--json"]))
        .as_array()
        .unwrap()
        .len()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn create_verify_and_restore_with_the_backups_own_passphrase() {
    let d = db();
    add(&d.path, "Zoë Łukasiewicz");
    let file = d.dir.path().join("stick.dphub-backup");
    let file_arg = file.to_str().unwrap();

    // Without the backup's passphrase: refused (the database's own is not used), nothing written.
    let refused = common::dphub(&d.path, &["backup", "create", "--to", file_arg]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("DPHUB_BACKUP_PASSPHRASE"),
        "{}",
        stderr(&refused)
    );
    assert!(!file.exists());

    let made = json(&run(
        &d.path,
        &["backup", "create", "--to", file_arg, "--json"],
    ));
    assert_eq!(made["backup"]["counts"]["people"], 1);
    assert!(made["backup"]["schema_version"].as_i64().unwrap() >= 9);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));

    // The passphrase may come from a file instead.
    let pass_file = d.file(
        "backup-pass.txt",
        format!("{BACKUP_PASSPHRASE}\n").as_bytes(),
    );
    let verified = dphub_command()
        .args([
            "backup",
            "verify",
            file_arg,
            "--json",
            "--backup-passphrase-file",
        ])
        .arg(&pass_file)
        .arg("--db")
        .arg(&d.path)
        .output()
        .unwrap();
    let verified = json(&verified);
    assert_eq!(verified["backup"], made["backup"]);
    let text = run(&d.path, &["backup", "verify", file_arg]);
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(
        text.contains("is a sound backup") && text.contains("People                 1"),
        "{text}"
    );

    // A wrong backup passphrase: exit 2, said on the backup's passphrase.
    let wrong = dphub_command()
        .env("DPHUB_BACKUP_PASSPHRASE", PASSPHRASE)
        .args(["backup", "verify", file_arg, "--db"])
        .arg(&d.path)
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        stderr(&wrong).contains("backup_passphrase: That passphrase does not open this file"),
        "{}",
        stderr(&wrong)
    );

    add(&d.path, "Ieuan Pritchard");
    assert_eq!(people(&d.path), 2);

    // Without --yes: what would happen, and nothing changes.
    let dry = json(&run(&d.path, &["backup", "restore", file_arg, "--json"]));
    assert_eq!(dry["restored"], false);
    assert_eq!(dry["backup"]["counts"]["people"], 1);
    assert_eq!(dry["current"]["people"], 2);
    assert_eq!(people(&d.path), 2);
    assert!(!d.dir.path().join("backups").exists());

    let done = json(&run(
        &d.path,
        &["backup", "restore", file_arg, "--yes", "--json"],
    ));
    assert_eq!(done["restored"], true);
    assert_eq!(done["kept"]["reason"], "before_restore");
    assert_eq!(people(&d.path), 1);
    let check = common::dphub(&d.path, &["db", "check"]);
    assert_eq!(String::from_utf8_lossy(&check.stdout).trim(), "ok");

    // The database from before is listed, and restored back with --automatic.
    let list = json(&common::dphub(&d.path, &["backup", "list", "--json"]));
    assert_eq!(list["keep"], 10);
    let name = list["backups"][0]["name"].as_str().unwrap().to_string();
    assert_eq!(name, done["kept"]["name"].as_str().unwrap());
    let back = common::dphub(
        &d.path,
        &["backup", "restore", "--automatic", &name, "--yes"],
    );
    assert!(back.status.success(), "{}", stderr(&back));
    assert_eq!(people(&d.path), 2);
}

#[test]
fn a_missing_or_foreign_file_is_refused_and_a_full_disk_writes_nothing() {
    let d = db();
    add(&d.path, "Zoë Łukasiewicz");
    let missing = run(&d.path, &["backup", "verify", "/no/such/file.dphub-backup"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("there is no such file"),
        "{}",
        stderr(&missing)
    );
    let pdf = d.file("letter.pdf", b"%PDF-1.7\n");
    let foreign = run(
        &d.path,
        &["backup", "verify", pdf.to_str().unwrap(), "--json"],
    );
    assert_eq!(foreign.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&foreign.stderr).unwrap();
    assert_eq!(report["kind"], "validation");
    assert_eq!(report["problems"][0]["field"], "file");

    let nowhere = run(
        &d.path,
        &["backup", "create", "--to", "/no/such/folder/b.dphub-backup"],
    );
    assert_eq!(nowhere.status.code(), Some(1));
    assert!(
        stderr(&nowhere).contains("that folder does not exist"),
        "{}",
        stderr(&nowhere)
    );
}

#[test]
fn a_database_another_dp_hub_has_open_is_not_restored_over() {
    let d = db();
    add(&d.path, "Zoë Łukasiewicz");
    let file = d.dir.path().join("b.dphub-backup");
    let file_arg = file.to_str().unwrap();
    assert!(run(&d.path, &["backup", "create", "--to", file_arg])
        .status
        .success());
    add(&d.path, "Ieuan Pritchard");

    // Another DP Hub (this test process) has the database open.
    let other = dphub_core::Database::open(
        &d.path,
        &dphub_core::app::Unlock::with_passphrase(PASSPHRASE),
    )
    .unwrap();
    let busy = run(&d.path, &["backup", "restore", file_arg, "--yes"]);
    assert_eq!(busy.status.code(), Some(1));
    let message = stderr(&busy);
    assert!(
        message.contains(
            "DP Hub is already open on this computer, or another program is using the database"
        ),
        "{message}"
    );
    assert!(!message.contains("database is locked"), "{message}");
    drop(other);
    assert_eq!(people(&d.path), 2, "nothing changed");
    assert!(run(&d.path, &["backup", "restore", file_arg, "--yes"])
        .status
        .success());
    assert_eq!(people(&d.path), 1);
}
