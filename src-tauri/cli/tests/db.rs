//! `dphub db check`: SQLite's own checks of the database file.

use crate::common::{db, dphub, json};

#[test]
fn a_database_in_use_is_sound() {
    let db = db();
    let added = dphub(
        &db.path,
        &[
            "person",
            "add",
            "--full-name",
            "Ann Lee",
            "--dob",
            "12/3/1948",
            "--council",
            "Hampshire County Council",
            "--type",
            "adult-service-user",
            "--managed-by",
            "themself",
            "--gross",
            "100",
            "--start",
            "2026-01-05",
        ],
    );
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let out = dphub(&db.path, &["db", "check"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n");
    let report = json(&dphub(&db.path, &["db", "check", "--json"]));
    assert_eq!(report["ok"], true);
    assert_eq!(report["problems"].as_array().unwrap().len(), 0);
}

#[test]
fn a_damaged_file_fails_the_check() {
    let db = db();
    assert!(dphub(&db.path, &["db", "check"]).status.success());
    let mut bytes = std::fs::read(&db.path).unwrap();
    let page = 4096;
    assert!(bytes.len() > 3 * page);
    for b in &mut bytes[page..] {
        *b = 0x5A;
    }
    std::fs::write(&db.path, bytes).unwrap();
    let out = dphub(&db.path, &["db", "check"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!said.trim().is_empty() && said != "ok\n");
}
