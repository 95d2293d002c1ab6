//! `dphub pa` and `dphub employ` on a temporary database: the PA contact book, importing and
//! exporting it, and employments.

use crate::common;

use std::path::Path;
use std::process::Output;

use common::{db, dphub, json};

use chrono::{Days, NaiveDate};
use serde_json::Value;

fn text(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Refused with exit code 2; what it printed on stderr.
fn refused(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    stderr
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn days_ago(days: u64) -> String {
    let today: NaiveDate = dphub_core::today();
    (today - Days::new(days)).to_string()
}

/// The names a search (archived included) finds, by name.
fn names(db: &Path, filters: &[&str]) -> Vec<String> {
    let mut args = vec!["pa", "search", "--json", "--archived", "--sort", "name"];
    args.extend_from_slice(filters);
    let found = json(&dphub(db, &args));
    assert_eq!(
        found["total"].as_u64().unwrap() as usize,
        found["contacts"].as_array().unwrap().len()
    );
    found["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["full_name"].as_str().unwrap().to_string())
        .collect()
}

/// Ann: Winchester, personal care and dementia, free Monday evenings, DBS in date.
fn add_ann(db: &Path) -> Value {
    let dbs_issued = days_ago(100);
    json(&dphub(
        db,
        &[
            "pa",
            "add",
            "--json",
            "--name",
            "Ann Lee",
            "--phone",
            "07700 900982",
            "--phone",
            "01962 840000",
            "--email",
            "ann@example.org",
            "--postcode",
            "so23 8uj",
            "--areas",
            "Winchester, SO23",
            "--skill",
            "personal-care",
            "--skill",
            "dementia",
            "--languages",
            "Polish",
            "--available",
            "mon:evening",
            "--available",
            "sun:sleep-in",
            "--rate",
            "13.50",
            "--works-as",
            "employed",
            "--dbs-level",
            "enhanced-barred-list",
            "--dbs-number",
            "001234567890",
            "--dbs-issued",
            &dbs_issued,
            "--training",
            "Moving and handling,2025-01-10,",
            "--right-to-work-checked",
            "2025-01-02",
            "--references-taken",
            "--notes",
            "Met at the carers' café",
        ],
    ))
}

/// Bob: Romsey, driving, free Tuesday mornings, a DBS check too old.
fn add_bob(db: &Path) -> Value {
    json(&dphub(
        db,
        &[
            "pa",
            "add",
            "--json",
            "--name",
            "Bob Brown",
            "--phone",
            "07700 900123",
            "--areas",
            "Romsey",
            "--skill",
            "driving",
            "--available",
            "tue:morning",
            "--dbs-level",
            "basic",
            "--dbs-issued",
            "2015-01-01",
            "--status",
            "working-for-us",
        ],
    ))
}

#[test]
fn add_show_search_edit_archive_and_restore() {
    let db = db();
    let ann = add_ann(&db.path);
    let id = ann["contact"]["id"].as_i64().unwrap();
    let d = &ann["contact"]["details"];
    assert_eq!(d["full_name"], "Ann Lee");
    assert_eq!(d["phones"][1], "01962 840000");
    assert_eq!(d["postcode"], "SO23 8UJ");
    assert_eq!(d["areas"][1], "SO23");
    assert_eq!(
        d["skills"],
        serde_json::json!(["personal_care", "dementia"])
    );
    assert_eq!(d["availability"][0]["day"], "mon");
    assert_eq!(d["availability"][1]["part"], "sleep_in");
    assert_eq!(d["hourly_rate"], "13.50");
    assert_eq!(d["work_preference"], "employed");
    assert_eq!(d["dbs"]["level"], "enhanced_barred_list");
    assert_eq!(d["dbs"]["update_service"], false);
    assert_eq!(d["training"][0]["course"], "Moving and handling");
    assert_eq!(d["training"][0]["expires_on"], Value::Null);
    assert_eq!(d["references_taken"], true);
    assert_eq!(d["status"], "looking_for_work", "the blank form's default");
    assert!(ann["alerts"].as_array().unwrap().is_empty());
    add_bob(&db.path);

    let shown = text(&dphub(&db.path, &["pa", "show", &id.to_string()]));
    for expected in [
        "Ann Lee (PA 1)",
        "Personal care, Dementia",
        "£13.50",
        "Enhanced with barred list check",
        "2 January 2025",
        "Monday                 evening",
        "Sunday                 sleep-in",
        "done 10 January 2025, does not expire",
        "Met at the carers' café",
    ] {
        assert!(shown.contains(expected), "{expected:?} in {shown}");
    }

    assert_eq!(names(&db.path, &["ann"]), ["Ann Lee"]);
    assert_eq!(names(&db.path, &["polish"]), ["Ann Lee"], "languages");
    assert_eq!(names(&db.path, &["--skill", "dementia"]), ["Ann Lee"]);
    assert_eq!(names(&db.path, &["--skill", "driving"]), ["Bob Brown"]);
    assert_eq!(names(&db.path, &["--free", "mon:evening"]), ["Ann Lee"]);
    assert_eq!(
        names(&db.path, &["--free", "Tuesday:morning"]),
        ["Bob Brown"]
    );
    assert_eq!(names(&db.path, &["--area", "so23"]), ["Ann Lee"]);
    assert_eq!(names(&db.path, &["--dbs-in-date"]), ["Ann Lee"]);
    assert_eq!(
        names(&db.path, &["--status", "working-for-us"]),
        ["Bob Brown"]
    );
    assert!(names(&db.path, &["ann", "--skill", "driving"]).is_empty());
    let table = text(&dphub(&db.path, &["pa", "search", "--limit", "1"]));
    assert!(table.contains("1 of 2 shown"), "{table}");
    assert!(table.contains("Looking for work"), "{table}");
    let bad_filter = refused(&dphub(&db.path, &["pa", "search", "--free", "someday"]));
    assert!(
        bad_filter.contains("free: \"someday\" is not a day"),
        "{bad_filter}"
    );

    let edited = json(&dphub(
        &db.path,
        &[
            "pa",
            "edit",
            "1",
            "--json",
            "--rate",
            "14",
            "--skill",
            "cooking",
            "--clear-phones",
            "--phone",
            "07700 900999",
            "--references-taken=no",
        ],
    ));
    let d = &edited["contact"]["details"];
    assert_eq!(d["hourly_rate"], "14.00");
    assert_eq!(
        d["skills"],
        serde_json::json!(["personal_care", "dementia", "cooking"])
    );
    assert_eq!(d["phones"], serde_json::json!(["07700 900999"]));
    assert_eq!(d["references_taken"], false);
    assert_eq!(d["email"], "ann@example.org", "unchanged");
    assert_eq!(d["availability"].as_array().unwrap().len(), 2, "unchanged");
    let edited = json(&dphub(
        &db.path,
        &[
            "pa",
            "edit",
            "1",
            "--json",
            "--clear-availability",
            "--clear-skills",
        ],
    ));
    assert!(edited["contact"]["details"]["availability"]
        .as_array()
        .unwrap()
        .is_empty());
    assert!(edited["contact"]["details"]["skills"]
        .as_array()
        .unwrap()
        .is_empty());

    let archived = text(&dphub(&db.path, &["pa", "archive", "1"]));
    assert!(archived.contains("Archived PA 1"), "{archived}");
    let visible = json(&dphub(&db.path, &["pa", "search", "--json"]));
    assert_eq!(visible["total"], 1);
    assert_eq!(visible["contacts"][0]["full_name"], "Bob Brown");
    assert_eq!(names(&db.path, &[]), ["Ann Lee", "Bob Brown"]);
    assert!(text(&dphub(&db.path, &["pa", "show", "1"])).contains("[archived]"));
    json(&dphub(&db.path, &["pa", "restore", "1", "--json"]));
    let visible = json(&dphub(&db.path, &["pa", "search", "--json"]));
    assert_eq!(visible["total"], 2);

    let missing = dphub(&db.path, &["pa", "show", "42"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr)
        .contains("There is no PA contact with the number 42"));
}

#[test]
fn a_shared_phone_number_is_a_warning_not_a_refusal() {
    let db = db();
    add_ann(&db.path);
    let out = text(&dphub(
        &db.path,
        &["pa", "add", "--name", "A Lee", "--phone", "+44 7700 900982"],
    ));
    assert!(out.contains("Added A Lee (PA 2)."), "{out}");
    assert!(
        out.contains("Warning: same email or phone as Ann Lee (PA 1)"),
        "{out}"
    );
}

#[test]
fn expiring_lists_expired_training_and_old_dbs_checks() {
    let db = db();
    add_ann(&db.path);
    add_bob(&db.path);
    json(&dphub(
        &db.path,
        &[
            "pa",
            "add",
            "--json",
            "--name",
            "Cat Day",
            "--training",
            "First aid,2020-01-01,2021-01-01",
        ],
    ));
    let alerts = json(&dphub(&db.path, &["pa", "expiring", "--json"]));
    let seen: Vec<(&str, &str)> = alerts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["contact_name"].as_str().unwrap(),
                a["alert"]["kind"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("Bob Brown", "dbs_too_old"),
            ("Cat Day", "training_expired")
        ],
        "soonest first: Bob's DBS check passed 3 years old in 2018"
    );
    let listed = text(&dphub(&db.path, &["pa", "expiring"]));
    assert!(
        listed.contains("First aid training expired on 1 January 2021"),
        "{listed}"
    );
    assert_eq!(
        names(&db.path, &["--training-in-date"]),
        ["Ann Lee", "Bob Brown"]
    );
    let cat = text(&dphub(&db.path, &["pa", "show", "3"]));
    assert!(cat.contains("! First aid training expired"), "{cat}");
}

#[test]
fn bad_input_is_refused_and_nothing_is_saved() {
    let db = db();
    let bad_email = refused(&dphub(
        &db.path,
        &["pa", "add", "--name", "Dee", "--email", "dee@"],
    ));
    assert!(
        bad_email.contains("email: Enter an email address"),
        "{bad_email}"
    );

    let bad_skill = refused(&dphub(
        &db.path,
        &[
            "pa", "add", "--json", "--name", "Dee", "--skill", "juggling",
        ],
    ));
    let error: Value = serde_json::from_str(&bad_skill).unwrap();
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["problems"][0]["field"], "skills");
    assert!(error["problems"][0]["message"]
        .as_str()
        .unwrap()
        .contains("personal-care, moving-and-handling"));

    let bad_slot = refused(&dphub(
        &db.path,
        &[
            "pa",
            "add",
            "--available",
            "mon-evening",
            "--works-as",
            "freelance",
        ],
    ));
    for expected in [
        "availability: \"mon-evening\" is not a day and part of the day",
        "work_preference: \"freelance\" is not one of: employed, self-employed, either",
        "full_name: Enter the PA's full name",
    ] {
        assert!(bad_slot.contains(expected), "{expected:?} in {bad_slot}");
    }
    let bad_training = refused(&dphub(
        &db.path,
        &[
            "pa",
            "add",
            "--name",
            "Dee",
            "--training",
            "First aid,someday,",
        ],
    ));
    assert!(
        bad_training.contains("training.0.completed_on"),
        "{bad_training}"
    );
    assert!(names(&db.path, &[]).is_empty(), "nothing was saved");

    add_bob(&db.path);
    refused(&dphub(
        &db.path,
        &["pa", "edit", "1", "--email", "bob at home"],
    ));
    let bob = json(&dphub(&db.path, &["pa", "show", "1", "--json"]));
    assert_eq!(bob["contact"]["details"]["email"], Value::Null, "unchanged");
}

#[test]
fn a_pa_form_in_json_can_be_added() {
    let db = db();
    let mut form = json(&dphub(&db.path, &["pa", "blank"]));
    assert_eq!(form["status"], "looking_for_work");
    form["full_name"] = "Σοφία Παπαδοπούλου".into();
    form["skills"] = serde_json::json!(["children"]);
    let file = db.file("pa.json", form.to_string().as_bytes());
    let added = json(&dphub(
        &db.path,
        &[
            "pa",
            "add",
            "--json",
            "--from-json",
            path(&file),
            "--skill",
            "autism",
        ],
    ));
    let d = &added["contact"]["details"];
    assert_eq!(d["full_name"], "Σοφία Παπαδοπούλου");
    assert_eq!(d["skills"], serde_json::json!(["autism", "children"]));
    // A file giving only some fields keeps the rest of the blank form.
    let partial = db.file("partial.json", br#"{"full_name": "Eve Ng"}"#);
    let added = json(&dphub(
        &db.path,
        &["pa", "add", "--json", "--from-json", path(&partial)],
    ));
    assert_eq!(added["contact"]["details"]["status"], "looking_for_work");
    let not_a_form = db.file("list.json", b"[1, 2]");
    let out = refused(&dphub(
        &db.path,
        &["pa", "add", "--from-json", path(&not_a_form)],
    ));
    assert!(out.contains("is not a PA form"), "{out}");
}

const VCARDS: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fay Green\r\nTEL:07700 900301\r\n\
EMAIL:fay@example.org\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gus Hill\r\nEMAIL:gus@example.org\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Bad\r\nEMAIL:not an email\r\nEND:VCARD\r\n";

#[test]
fn a_vcard_import_is_previewed_then_run_and_duplicates_skipped_or_merged() {
    let db = db();
    let file = db.file("phone.vcf", VCARDS.as_bytes());

    let preview = text(&dphub(&db.path, &["pa", "import", path(&file)]));
    for expected in [
        "To add: 2",
        "Fay Green: fay@example.org, 07700 900301",
        "Rejected: 1",
        "line 12",
        "Ida Bad: Enter an email address",
        "Nothing was imported: run again with --yes to import",
    ] {
        assert!(preview.contains(expected), "{expected:?} in {preview}");
    }
    let preview = json(&dphub(&db.path, &["pa", "import", "--json", path(&file)]));
    assert_eq!(preview["to_add"].as_array().unwrap().len(), 2);
    assert_eq!(preview["rejected"][0]["line"], 12);
    assert_eq!(preview["policy"], "skip");
    assert!(names(&db.path, &[]).is_empty(), "a preview saves nothing");

    let outcome = json(&dphub(
        &db.path,
        &["pa", "import", "--json", "--yes", path(&file)],
    ));
    assert_eq!(
        outcome,
        serde_json::json!({"added": 2, "merged": 0, "skipped": 0, "rejected": 1})
    );
    assert_eq!(names(&db.path, &[]), ["Fay Green", "Gus Hill"]);

    let again = text(&dphub(&db.path, &["pa", "import", "--yes", path(&file)]));
    assert!(again.contains("Skipped (duplicates)   2"), "{again}");
    assert_eq!(names(&db.path, &[]).len(), 2);

    let more = db.file(
        "more.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gus H\r\nEMAIL:GUS@example.org\r\n\
TEL:07700 900302\r\nNOTE:Drives\r\nEND:VCARD\r\n",
    );
    let preview = text(&dphub(&db.path, &["pa", "import", "--merge", path(&more)]));
    assert!(
        preview.contains("Gus H: Same email address as Gus Hill (PA 2)"),
        "{preview}"
    );
    let merged = json(&dphub(
        &db.path,
        &["pa", "import", "--json", "--yes", "--merge", path(&more)],
    ));
    assert_eq!(merged["merged"], 1);
    let gus = json(&dphub(&db.path, &["pa", "show", "2", "--json"]));
    let d = &gus["contact"]["details"];
    assert_eq!(d["full_name"], "Gus Hill", "the saved contact wins");
    assert_eq!(d["phones"], serde_json::json!(["07700 900302"]));
    assert_eq!(d["notes"], "Drives");
}

#[test]
fn a_csv_import_takes_column_choices() {
    let db = db();
    let file = db.file(
        "sheet.csv",
        "Who,Mob,Secret,Patch\nJo Kay,07700 900401,pin 1234,Andover\nKim Lo,07700 900402,pin 9,Romsey\n"
            .as_bytes(),
    );
    let unmapped = refused(&dphub(&db.path, &["pa", "import", path(&file)]));
    assert!(
        unmapped.contains("No column holds the name")
            && unmapped.contains("Who, Mob, Secret, Patch"),
        "{unmapped}"
    );
    let maps = [
        "--map",
        "Who=full-name",
        "--map",
        "mob=phone",
        "--map",
        "Secret=",
        "--map",
        "Patch=areas",
    ];
    let mut args = vec!["pa", "import", path(&file)];
    args.extend_from_slice(&maps);
    let preview = text(&dphub(&db.path, &args));
    assert!(preview.contains("→ Phone (phone)"), "{preview}");
    assert!(preview.contains("not imported"), "{preview}");
    args.push("--yes");
    let outcome = text(&dphub(&db.path, &args));
    assert!(outcome.contains("Added                  2"), "{outcome}");
    let jo = json(&dphub(&db.path, &["pa", "show", "1", "--json"]));
    let d = &jo["contact"]["details"];
    assert_eq!(d["full_name"], "Jo Kay");
    assert_eq!(d["phones"][0], "07700 900401");
    assert_eq!(d["areas"][0], "Andover");
    assert!(!jo.to_string().contains("pin 1234"), "a column left out");

    let bad = refused(&dphub(
        &db.path,
        &[
            "pa",
            "import",
            path(&file),
            "--map",
            "Nope=phone",
            "--map",
            "Who=shoe-size",
        ],
    ));
    assert!(bad.contains("The file has no column \"Nope\""), "{bad}");
    assert!(
        bad.contains("\"shoe-size\" is not one of: full-name"),
        "{bad}"
    );
    let vcard_map = refused(&dphub(
        &db.path,
        &[
            "pa",
            "import",
            "--format",
            "vcard",
            path(&file),
            "--map",
            "Who=full-name",
        ],
    ));
    assert!(
        vcard_map.contains("--map is only for CSV files"),
        "{vcard_map}"
    );
}

#[test]
fn files_that_cannot_be_read_are_refused_clearly() {
    let db = db();
    let binary: Vec<u8> = (0..=255u8).cycle().take(2000).collect();
    let file = db.file("photo.vcf", &binary);
    let out = refused(&dphub(&db.path, &["pa", "import", "--yes", path(&file)]));
    assert!(out.contains("file: "), "{out}");
    assert!(out.contains("not text"), "{out}");
    let missing = db.dir.path().join("missing.csv");
    let out = refused(&dphub(&db.path, &["pa", "import", path(&missing)]));
    assert!(out.contains("Could not read"), "{out}");
    let unknown = db.file("list.txt", b"Name\nAnn\n");
    let out = refused(&dphub(&db.path, &["pa", "import", path(&unknown)]));
    assert!(out.contains("--format csv or --format vcard"), "{out}");
    assert!(names(&db.path, &[]).is_empty());
}

#[test]
fn an_exported_csv_imports_into_a_fresh_contact_book() {
    let db = db();
    add_ann(&db.path);
    add_bob(&db.path);
    json(&dphub(
        &db.path,
        &[
            "pa",
            "add",
            "--json",
            "--name",
            "Zoë Łukasiewicz",
            "--email",
            "zoe@example.org",
        ],
    ));
    let csv = db.dir.path().join("book.csv");
    let saved = text(&dphub(&db.path, &["pa", "export", path(&csv)]));
    assert_eq!(saved.trim(), format!("Saved 3 contacts to {}", path(&csv)));

    let fresh = db.dir.path().join("fresh.sqlite3");
    json(&dphub(
        &fresh,
        &["pa", "import", "--json", "--yes", path(&csv)],
    ));
    assert_eq!(names(&fresh, &[]), names(&db.path, &[]));
    let ann = json(&dphub(&fresh, &["pa", "search", "--json", "ann"]));
    assert_eq!(
        ann["contacts"][0]["skills"],
        serde_json::json!(["personal_care", "dementia"])
    );

    let drivers = db.dir.path().join("drivers.vcf");
    let saved = text(&dphub(
        &db.path,
        &["pa", "export", path(&drivers), "--skill", "driving"],
    ));
    assert!(saved.starts_with("Saved 1 contact to"), "{saved}");
    let vcard = std::fs::read_to_string(&drivers).unwrap();
    assert!(
        vcard.starts_with("BEGIN:VCARD") && vcard.contains("FN:Bob Brown"),
        "{vcard}"
    );

    let piped = text(&dphub(
        &db.path,
        &["pa", "export", "-", "--format", "csv", "--search", "zoe"],
    ));
    assert!(
        piped.contains("Zoë Łukasiewicz") && !piped.contains("Bob Brown"),
        "{piped}"
    );
    let out = refused(&dphub(&db.path, &["pa", "export", "-"]));
    assert!(out.contains("--format"), "{out}");
}

const MARGARET: &[&str] = &[
    "person",
    "add",
    "--json",
    "--full-name",
    "Margaret Hale",
    "--dob",
    "1/12/1948",
    "--council",
    "Hampshire County Council",
    "--type",
    "adult-service-user",
    "--managed-by",
    "themself",
    "--gross",
    "1250",
    "--start",
    "2026-01-05",
];

#[test]
fn employments_are_added_listed_and_ended() {
    let db = db();
    let person = json(&dphub(&db.path, MARGARET))["person"]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let pa = add_ann(&db.path)["contact"]["id"]
        .as_i64()
        .unwrap()
        .to_string();

    let no_start = refused(&dphub(
        &db.path,
        &[
            "employ",
            "add",
            "--person",
            &person,
            "--pa",
            &pa,
            "--rate",
            "13.50",
            "--hours",
            "16",
            "--pattern",
            "Mon–Thu 8am–noon",
        ],
    ));
    assert!(
        no_start.contains("start_date: Enter the start date"),
        "{no_start}"
    );
    let bad_code = refused(&dphub(
        &db.path,
        &[
            "employ",
            "add",
            "--pay-frequency",
            "fortnightly",
            "--irregular",
        ],
    ));
    assert!(
        bad_code.contains(
            "pay_frequency: \"fortnightly\" is not one of: weekly, two-weekly, four-weekly, monthly"
        ),
        "{bad_code}"
    );
    let bad_payday = refused(&dphub(
        &db.path,
        &[
            "employ",
            "add",
            "--monthly-payday",
            "day-of-month",
            "--payday-day",
            "32",
        ],
    ));
    assert!(
        bad_payday.contains(
            "payday_day_of_month: Enter the day of the month as a number from 1 to 31, like 28"
        ),
        "{bad_payday}"
    );
    let empty = json(&dphub(&db.path, &["employ", "list", "--json"]));
    assert!(empty.as_array().unwrap().is_empty(), "nothing was saved");

    let added = json(&dphub(
        &db.path,
        &[
            "employ",
            "add",
            "--json",
            "--person",
            &person,
            "--pa",
            &pa,
            "--start",
            "2026-02-02",
            "--rate",
            "13.50",
            "--hours",
            "16",
            "--pattern",
            "Mon–Thu 8am–noon",
            "--pay-frequency",
            "four-weekly",
            "--first-payday",
            "2026-02-27",
            "--notice-employer-weeks",
            "4",
            "--sick-pay",
            "enhanced",
            "--sick-pay-details",
            "Full pay for 2 weeks",
        ],
    ));
    let id = added["employment"]["id"].as_i64().unwrap().to_string();
    let terms = &added["employment"]["terms"];
    assert_eq!(terms["job_title"], "Personal assistant", "the default");
    assert_eq!(terms["pay_frequency"], "four_weekly");
    assert_eq!(
        terms["payday"],
        serde_json::json!({"kind": "from_first", "first": "2026-02-27"})
    );
    assert_eq!(
        added["payday"],
        "Every fourth Friday, from 27 February 2026"
    );
    assert_eq!(terms["holiday"], "regular_5_6_weeks");
    assert_eq!(terms["hourly_rate"], "13.50");
    assert_eq!(added["summary"]["hours"], "16 hours a week");
    assert_eq!(added["summary"]["contact_name"], "Ann Lee");
    assert_eq!(added["notice_by_employer"], "4 weeks");

    let irregular = json(&dphub(
        &db.path,
        &[
            "employ",
            "add",
            "--json",
            "--person",
            &person,
            "--pa",
            &pa,
            "--start",
            "2025-06-01",
            "--rate",
            "12.60",
            "--irregular",
            "--holiday",
            "rolled-up",
            "--title",
            "Night PA",
        ],
    ));
    let night = irregular["employment"]["id"].as_i64().unwrap().to_string();
    assert_eq!(irregular["summary"]["hours"], "Irregular hours");

    let listed = json(&dphub(&db.path, &["employ", "list", "--json", "--pa", &pa]));
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let refused_end = refused(&dphub(&db.path, &["employ", "end", &night]));
    assert!(
        refused_end.contains("end_date") && refused_end.contains("reason"),
        "{refused_end}"
    );
    let ended = json(&dphub(
        &db.path,
        &[
            "employ",
            "end",
            &night,
            "--json",
            "--date",
            "2025-10-31",
            "--reason",
            "Moved away",
        ],
    ));
    assert_eq!(ended["employment"]["ended"]["reason"], "Moved away");
    assert_eq!(ended["summary"]["current"], false);

    let listed = json(&dphub(
        &db.path,
        &["employ", "list", "--json", "--person", &person],
    ));
    let current: Vec<bool> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["current"].as_bool().unwrap())
        .collect();
    assert_eq!(current, [true, false], "current first");
    let table = text(&dphub(&db.path, &["employ", "list"]));
    assert!(table.contains("ended 31 October 2025"), "{table}");
    assert!(table.contains("Ann Lee (PA 1)"), "{table}");

    let shown = text(&dphub(&db.path, &["employ", "show", &id]));
    for expected in [
        "Ann Lee (PA 1) employed by Margaret Hale (person 1)",
        "2 February 2026",
        "Mon–Thu 8am–noon",
        "Every 4 weeks",
        "More than Statutory Sick Pay: Full pay for 2 weeks",
    ] {
        assert!(shown.contains(expected), "{expected:?} in {shown}");
    }
    let works_for = text(&dphub(&db.path, &["pa", "show", &pa]));
    assert!(works_for.contains("Works for"), "{works_for}");
    assert!(
        works_for.contains("Margaret Hale (person 1): Personal assistant since 2 February 2026"),
        "{works_for}"
    );
    let missing = dphub(&db.path, &["employ", "show", "99"]);
    assert_eq!(missing.status.code(), Some(1));
}
