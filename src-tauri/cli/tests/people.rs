//! The `dphub` command line on a temporary database, as a script or an adviser would use it.

use crate::common;

use common::{db, dphub, json};

use serde_json::Value;

const ZOE: &[&str] = &[
    "person",
    "add",
    "--json",
    "--full-name",
    "Zoë Łukasiewicz",
    "--dob",
    "12/3/1948",
    "--council",
    "Hampshire County Council",
    "--council-ref",
    "HCC-00417",
    "--postcode",
    "so23 8uj",
    "--type",
    "adult-service-user",
    "--managed-by",
    "nominated-person",
    "--rep-name",
    "Ayşe Yılmaz",
    "--rep-relationship",
    "Friend",
    "--gross",
    "£1,250.00",
    "--contribution",
    "180.4",
    "--start",
    "2026-01-05",
];

#[test]
fn add_then_show_list_and_search() {
    let db = db();
    let added = json(&dphub(&db.path, ZOE));
    let id = added["person"]["id"].as_i64().unwrap();
    let details = &added["person"]["details"];
    assert_eq!(details["full_name"], "Zoë Łukasiewicz");
    assert_eq!(details["postcode"], "SO23 8UJ");
    assert_eq!(details["dp"]["gross_amount"], "1250.00");
    assert_eq!(details["dp"]["period"], "four_weekly");
    assert_eq!(details["dp"]["review_dates"][0], "2026-07-05");
    assert_eq!(added["figures"]["net_per_period"], "1069.60");
    assert_eq!(added["figures"]["net"]["yearly"], "13904.80");

    let shown = dphub(&db.path, &["person", "show", &id.to_string()]);
    let text = String::from_utf8(shown.stdout).unwrap();
    assert!(text.contains("Zoë Łukasiewicz (person 1)"), "{text}");
    assert!(text.contains("£1,069.60 every 4 weeks"), "{text}");
    assert!(text.contains("5 July 2026"), "{text}");

    let listed = json(&dphub(&db.path, &["person", "list", "--json"]));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let found = json(&dphub(
        &db.path,
        &["person", "list", "--json", "--search", "zoe hcc"],
    ));
    assert_eq!(found.as_array().unwrap().len(), 1);
    let none = json(&dphub(
        &db.path,
        &["person", "list", "--json", "--search", "smith"],
    ));
    assert!(none.as_array().unwrap().is_empty());
}

#[test]
fn a_date_of_birth_far_ahead_is_said_to_be_in_the_future() {
    let db = db();
    let mut args = ZOE.to_vec();
    args.retain(|a| *a != "--json");
    let at = args.iter().position(|a| *a == "--dob").unwrap() + 1;
    args[at] = "2999-01-01";
    let out = dphub(&db.path, &args);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("Date of birth must be in the past"), "{said}");
    assert!(!said.contains("real date"), "{said}");
}

#[test]
fn bad_input_is_refused_with_every_problem_and_nothing_is_saved() {
    let db = db();
    let out = dphub(
        &db.path,
        &[
            "person",
            "add",
            "--json",
            "--full-name",
            " ",
            "--gross",
            "12.345",
            "--dob",
            "2099-01-01",
            "--postcode",
            "XYZ",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let error: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(error["kind"], "validation");
    let fields: Vec<&str> = error["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    for field in [
        "full_name",
        "dp.gross_amount",
        "date_of_birth",
        "postcode",
        "council",
        "manager.managed_by",
    ] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
    let listed = json(&dphub(
        &db.path,
        &["person", "list", "--json", "--archived"],
    ));
    assert!(listed.as_array().unwrap().is_empty(), "nothing was stored");
}

#[test]
fn edit_changes_only_the_fields_given() {
    let db = db();
    json(&dphub(&db.path, ZOE));
    let edited = json(&dphub(
        &db.path,
        &[
            "person", "edit", "1", "--json", "--gross", "1,300", "--period", "monthly",
        ],
    ));
    let details = &edited["person"]["details"];
    assert_eq!(details["dp"]["gross_amount"], "1300.00");
    assert_eq!(details["dp"]["period"], "monthly");
    assert_eq!(details["full_name"], "Zoë Łukasiewicz");
    assert_eq!(details["manager"]["representative"]["name"], "Ayşe Yılmaz");

    let refused = dphub(&db.path, &["person", "edit", "1", "--contribution", "2000"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("must not be more than the gross amount")
    );
    let unchanged = json(&dphub(&db.path, &["person", "show", "1", "--json"]));
    assert_eq!(
        unchanged["person"]["details"]["dp"]["contribution"],
        "180.40"
    );
}

#[test]
fn archive_hides_and_restore_brings_back() {
    let db = db();
    json(&dphub(&db.path, ZOE));
    json(&dphub(&db.path, &["person", "current", "1", "--json"]));
    assert!(dphub(&db.path, &["person", "archive", "1"])
        .status
        .success());
    assert!(json(&dphub(&db.path, &["person", "list", "--json"]))
        .as_array()
        .unwrap()
        .is_empty());
    let all = json(&dphub(
        &db.path,
        &["person", "list", "--json", "--archived"],
    ));
    assert_eq!(all[0]["archived"], true);
    assert_eq!(
        json(&dphub(&db.path, &["person", "current", "--json"])),
        Value::Null,
        "archiving clears current"
    );
    assert!(dphub(&db.path, &["person", "restore", "1"])
        .status
        .success());
    assert_eq!(
        json(&dphub(&db.path, &["person", "list", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn unknown_people_and_codes_are_clear_errors() {
    let db = db();
    let out = dphub(&db.path, &["person", "show", "42"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("There is no person with the number 42"));
    let out = dphub(&db.path, &["person", "add", "--period", "fortnightly"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "dp.period: \"fortnightly\" is not one of: weekly, two-weekly, four-weekly, monthly"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("full_name: Enter the person's full name"),
        "the form's other problems too: {stderr}"
    );
}

#[test]
fn a_person_form_in_json_can_be_added() {
    let db = db();
    let blank = json(&dphub(&db.path, &["person", "blank"]));
    assert_eq!(blank["dp"]["period"], "four_weekly");
    assert_eq!(blank["dp"]["excess_threshold_weeks"], "4");
    let mut form = blank;
    form["full_name"] = "Σοφία Παπαδοπούλου".into();
    form["date_of_birth"] = "2009-06-01".into();
    form["council"] = "Kent County Council".into();
    form["recipient_type"] = "young_person_16_17".into();
    form["manager"]["managed_by"] = "themself".into();
    form["dp"]["gross_amount"] = "400".into();
    form["dp"]["period"] = "weekly".into();
    form["dp"]["start_date"] = "2026-09-01".into();
    let file = db.path.with_file_name("form.json");
    std::fs::write(&file, form.to_string()).unwrap();
    let added = json(&dphub(
        &db.path,
        &[
            "person",
            "add",
            "--json",
            "--from-json",
            file.to_str().unwrap(),
        ],
    ));
    assert_eq!(
        added["person"]["details"]["full_name"],
        "Σοφία Παπαδοπούλου"
    );
    assert_eq!(added["figures"]["gross"]["four_weekly"], "1600.00");
}

#[test]
fn the_database_path_can_come_from_dphub_db() {
    let db = db();
    let out = crate::common::dphub_command()
        .args(ZOE)
        .env("DPHUB_DB", &db.path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(db.path.exists());
}
