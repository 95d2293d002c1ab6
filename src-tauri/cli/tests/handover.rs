//! `dphub handover export|import`: a person's records from one database into another; the
//! preview stores nothing; the bundle's passphrase is its own; bad files are refused.

use std::path::Path;

use serde_json::Value;

use crate::common::{db, dphub, dphub_command, json, Db};

const BUNDLE_PASS: &str = "a bundle passphrase of its own";

fn run(db: &Db, args: &[&str]) -> Value {
    let mut with_json = args.to_vec();
    with_json.push("--json");
    json(&dphub(&db.path, &with_json))
}

fn with_bundle_pass(db: &Path, args: &[&str]) -> std::process::Output {
    dphub_command()
        .env("DPHUB_BACKUP_PASSPHRASE", BUNDLE_PASS)
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .unwrap()
}

/// Zoë with a PA, an employment and a payment with a receipt; Bert with his own PA.
fn zoe(db: &Db) -> String {
    let add_person = |name: &str| {
        run(
            db,
            &[
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
                "1069.60",
                "--start",
                "2026-01-05",
            ],
        )["person"]["id"]
            .as_i64()
            .unwrap()
            .to_string()
    };
    let bert = add_person("Bert Ellis");
    let zoe = add_person("Zoë Łukasiewicz");
    let pa = |name: &str, phone: &str| {
        run(db, &["pa", "add", "--name", name, "--phone", phone])["contact"]["id"]
            .as_i64()
            .unwrap()
            .to_string()
    };
    let ann = pa("Ann Lee", "07700 900982");
    let dee = pa("Dee Bright", "07700 900222");
    let employ = |person: &str, pa: &str| {
        run(
            db,
            &[
                "employ",
                "add",
                "--person",
                person,
                "--pa",
                pa,
                "--start",
                "2026-02-02",
                "--rate",
                "13.50",
                "--hours",
                "16",
                "--pattern",
                "Monday to Thursday, 8am to noon",
            ],
        )["employment"]["id"]
            .as_i64()
            .unwrap()
            .to_string()
    };
    let job = employ(&zoe, &ann);
    employ(&bert, &dee);
    let receipt = db.file("payslip.pdf", b"%PDF-1.4\n% payslip\n");
    run(
        db,
        &[
            "account",
            "add",
            "--person",
            &zoe,
            "--date",
            "2026-02-06",
            "--out",
            "216",
            "--category",
            "pa-wages",
            "--payee",
            "Ann Lee",
            "--employment",
            &job,
            "--receipt",
            receipt.to_str().unwrap(),
        ],
    );
    zoe
}

#[test]
fn a_person_goes_from_one_database_to_another_and_the_preview_stores_nothing() {
    let from = db();
    let zoe = zoe(&from);
    let bundle = from.dir.path().join("zoe.dphub-handover");
    let out = with_bundle_pass(
        &from.path,
        &[
            "handover",
            "export",
            "--person",
            &zoe,
            "--to",
            bundle.to_str().unwrap(),
            "--json",
        ],
    );
    let saved = json(&out);
    assert_eq!(saved["full_name"], "Zoë Łukasiewicz");
    assert!(bundle.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&bundle).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let to = db();
    run(
        &to,
        &["pa", "add", "--name", "Ann L", "--phone", "+44 7700 900982"],
    );
    // Without --yes: the preview, and nothing stored.
    let out = with_bundle_pass(&to.path, &["handover", "import", bundle.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("Handover bundle for Zoë Łukasiewicz"),
        "{text}"
    );
    assert!(
        text.contains("already here as PA 1: Same phone number as Ann L"),
        "{text}"
    );
    assert!(text.contains("run again with --yes"), "{text}");
    assert_eq!(run(&to, &["person", "list"]).as_array().unwrap().len(), 0);

    let preview = json(&with_bundle_pass(
        &to.path,
        &["handover", "import", bundle.to_str().unwrap(), "--json"],
    ));
    assert_eq!(preview["pas"][0]["existing_id"], 1);

    let done = json(&with_bundle_pass(
        &to.path,
        &[
            "handover",
            "import",
            bundle.to_str().unwrap(),
            "--yes",
            "--json",
        ],
    ));
    assert_eq!(done["full_name"], "Zoë Łukasiewicz");
    assert_eq!(
        (done["pas_added"].as_i64(), done["pas_reused"].as_i64()),
        (Some(0), Some(1))
    );
    let id = done["person_id"].to_string();
    let people = run(&to, &["person", "list"]);
    assert_eq!(people.as_array().unwrap().len(), 1, "not Bert: {people}");
    let jobs = run(&to, &["employ", "list", "--person", &id]);
    assert_eq!(jobs[0]["contact_id"], 1, "the PA already here: {jobs}");
    let lines = run(&to, &["account", "list", "--person", &id]);
    assert!(lines.to_string().contains("payslip.pdf"), "{lines}");

    // The same bundle again: Zoë is here now.
    let out = with_bundle_pass(
        &to.path,
        &["handover", "import", bundle.to_str().unwrap(), "--yes"],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("seems to be here already"), "{stderr}");
    let out = with_bundle_pass(
        &to.path,
        &[
            "handover",
            "import",
            bundle.to_str().unwrap(),
            "--yes",
            "--as-separate-person",
            "--add-matched-pas",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains(": 1 PA added to the contact book.\n"),
        "{said}"
    );
    assert_eq!(run(&to, &["person", "list"]).as_array().unwrap().len(), 2);
}

#[test]
fn the_bundle_passphrase_is_needed_and_bad_files_are_refused() {
    let from = db();
    let zoe = zoe(&from);
    let bundle = from.dir.path().join("zoe.bundle");
    // No bundle passphrase: the database's is not used for it.
    let out = dphub(
        &from.path,
        &[
            "handover",
            "export",
            "--person",
            &zoe,
            "--to",
            bundle.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--backup-passphrase-file"), "{stderr}");
    assert!(!bundle.exists());

    let pass_file = from.file("bundle-pass.txt", format!("{BUNDLE_PASS}\n").as_bytes());
    let out = dphub(
        &from.path,
        &[
            "handover",
            "export",
            "--person",
            &zoe,
            "--to",
            bundle.to_str().unwrap(),
            "--backup-passphrase-file",
            pass_file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Saved Zoë Łukasiewicz's records"));

    let to = db();
    let wrong = dphub_command()
        .env("DPHUB_BACKUP_PASSPHRASE", "not the passphrase")
        .args([
            "handover",
            "import",
            bundle.to_str().unwrap(),
            "--yes",
            "--db",
        ])
        .arg(&to.path)
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("does not open"));

    let mut cut = std::fs::read(&bundle).unwrap();
    cut.truncate(cut.len() - 40);
    let cut = to.file("cut.bundle", &cut);
    let out = with_bundle_pass(
        &to.path,
        &["handover", "import", cut.to_str().unwrap(), "--yes"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("damaged or incomplete"));

    let vcard = to.file("ann.vcf", b"BEGIN:VCARD\nFN:Ann\nEND:VCARD\n");
    let out = with_bundle_pass(
        &to.path,
        &["handover", "import", vcard.to_str().unwrap(), "--yes"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a DP Hub handover bundle"));

    assert_eq!(run(&to, &["person", "list"]).as_array().unwrap().len(), 0);
    assert_eq!(run(&to, &["pa", "search"])["total"], 0);
}
