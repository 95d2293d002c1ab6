//! The database's passphrase on the command line: needed and not given, wrong, set and changed.

use std::path::Path;
use std::process::Output;

use serde_json::Value;

use crate::common::{db, dphub, dphub_command, json, PASSPHRASE};

/// `dphub` with the given environment changes on top of the tests' own.
fn dphub_with(db: &Path, args: &[&str], env: &[(&str, Option<&str>)]) -> Output {
    let mut command = dphub_command();
    command.args(args).arg("--db").arg(db);
    for (name, value) in env {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    command.output().expect("dphub runs")
}

fn add_ann(db: &Path) {
    json(&dphub(db, &["pa", "add", "--json", "--name", "Ann Lee"]));
}

fn names(out: &Output) -> Vec<String> {
    let listed: Value = json(out);
    listed["contacts"]
        .as_array()
        .expect("a list of contacts")
        .iter()
        .map(|c| c["full_name"].as_str().unwrap().to_owned())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn with_no_passphrase_and_no_keychain_it_says_how_to_give_one() {
    let db = db();
    let out = dphub_with(&db.path, &["person", "list"], &[("DPHUB_PASSPHRASE", None)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("Choose a passphrase"), "{err}");
    assert!(err.contains("--passphrase-file FILE"), "{err}");
    assert!(err.contains("DPHUB_PASSPHRASE"), "{err}");
    assert!(!db.path.exists(), "nothing was made");

    add_ann(&db.path);
    let out = dphub_with(
        &db.path,
        &["person", "list", "--json"],
        &[("DPHUB_PASSPHRASE", None)],
    );
    assert_eq!(out.status.code(), Some(2));
    let report: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(report["kind"], "validation");
    assert_eq!(report["problems"][0]["field"], "passphrase");
}

#[test]
fn a_wrong_passphrase_file_is_refused_and_changes_nothing() {
    let db = db();
    add_ann(&db.path);
    let before = std::fs::read(&db.path).unwrap();
    let wrong = db.file("wrong.txt", b"not the passphrase\n");
    let out = dphub(
        &db.path,
        &["pa", "search", "--passphrase-file", wrong.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("does not open this database"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&db.path).unwrap(), before);

    // The right one in a file, with its line ending, opens it.
    let right = db.file("right.txt", format!("{PASSPHRASE}\n").as_bytes());
    let out = dphub_with(
        &db.path,
        &[
            "pa",
            "search",
            "--json",
            "--passphrase-file",
            right.to_str().unwrap(),
        ],
        &[("DPHUB_PASSPHRASE", None)],
    );
    assert_eq!(names(&out), ["Ann Lee"]);
}

#[test]
fn changing_the_passphrase_takes_the_new_one_and_refuses_the_old() {
    let db = db();
    add_ann(&db.path);
    let new = "a much better passphrase";
    let out = dphub_with(
        &db.path,
        &["passphrase", "change", "--json"],
        &[("DPHUB_NEW_PASSPHRASE", Some(new))],
    );
    assert_eq!(json(&out)["ok"], true);

    let old = dphub(&db.path, &["pa", "search"]);
    assert_eq!(old.status.code(), Some(2));
    let out = dphub_with(
        &db.path,
        &["pa", "search", "--json"],
        &[("DPHUB_PASSPHRASE", Some(new))],
    );
    assert_eq!(names(&out), ["Ann Lee"]);
}

#[test]
fn a_wrong_current_passphrase_changes_nothing() {
    let db = db();
    add_ann(&db.path);
    let key_file = db.dir.path().join("people.sqlite3.key.json");
    let key_before = std::fs::read(&key_file).unwrap();
    let out = dphub_with(
        &db.path,
        &["passphrase", "change"],
        &[
            ("DPHUB_PASSPHRASE", Some("a guess at it")),
            ("DPHUB_NEW_PASSPHRASE", Some("a much better passphrase")),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("does not open this database"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&key_file).unwrap(), key_before);
    assert_eq!(
        names(&dphub(&db.path, &["pa", "search", "--json"])),
        ["Ann Lee"]
    );
}

#[test]
fn the_new_passphrase_is_needed_and_checked() {
    let db = db();
    add_ann(&db.path);
    let out = dphub(&db.path, &["passphrase", "change"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("DPHUB_NEW_PASSPHRASE"),
        "{}",
        stderr(&out)
    );
    let short = db.file("short.txt", b"abc");
    let out = dphub(
        &db.path,
        &[
            "passphrase",
            "change",
            "--new-passphrase-file",
            short.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("at least 8"), "{}", stderr(&out));
    assert_eq!(
        names(&dphub(&db.path, &["pa", "search", "--json"])),
        ["Ann Lee"]
    );
}

#[test]
fn set_chooses_a_new_databases_first_passphrase_and_then_points_to_change() {
    let db = db();
    let first = db.file("first.txt", b"my first passphrase\n");
    let out = dphub_with(
        &db.path,
        &[
            "passphrase",
            "set",
            "--new-passphrase-file",
            first.to_str().unwrap(),
        ],
        &[("DPHUB_PASSPHRASE", None)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let opened = dphub_with(
        &db.path,
        &[
            "pa",
            "search",
            "--json",
            "--passphrase-file",
            first.to_str().unwrap(),
        ],
        &[("DPHUB_PASSPHRASE", None)],
    );
    assert!(names(&opened).is_empty());

    let again = dphub(
        &db.path,
        &[
            "passphrase",
            "set",
            "--new-passphrase-file",
            first.to_str().unwrap(),
        ],
    );
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("passphrase change"),
        "{}",
        stderr(&again)
    );
}
