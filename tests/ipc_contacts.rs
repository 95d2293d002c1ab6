//! PA contacts, import and export, and employments through the real command handlers on Tauri's
//! mock runtime, as the UI calls them.

use crate::common;

use common::{app_on_temp_db, invoke, window};
use serde_json::{json, Value};

fn pa(name: &str, email: &str) -> Value {
    json!({
        "full_name": name,
        "email": email,
        "phones": ["07700 900982"],
        "areas": "Winchester, SO23",
        "skills": ["personal_care", "dementia"],
        "availability": [{ "day": "tue", "part": "evening" }],
        "hourly_rate": "£13.50",
        "status": "looking_for_work",
        "dbs": { "level": "enhanced", "issue_date": "2025-06-01" },
        "training": [{ "course": "Moving and handling", "completed_on": "2025-01-10", "expires_on": "2027-01-10" }]
    })
}

#[test]
fn contacts_are_added_found_checked_and_warned_about_through_ipc() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");

    let options = invoke(&main, "contact_form_options", json!({})).unwrap();
    assert_eq!(options["rules"]["dbs_max_age_years"], 3);
    assert_eq!(options["skills"][0]["label"], "Personal care");

    let added = invoke(
        &main,
        "add_contact",
        json!({ "draft": pa("Zoë Łukasiewicz", "zoe@example.org") }),
    )
    .unwrap();
    let id = added["contact"]["id"].as_i64().unwrap();
    assert_eq!(added["contact"]["details"]["hourly_rate"], "13.50");
    assert_eq!(
        added["contact"]["details"]["areas"],
        json!(["Winchester", "SO23"])
    );

    let query = json!({ "text": "luk", "free_in": { "day": "tue", "part": "evening" }, "dbs_in_date": true });
    let found = invoke(&main, "search_contacts", json!({ "query": query })).unwrap();
    assert_eq!(found["total"], 1);
    assert_eq!(found["contacts"][0]["full_name"], "Zoë Łukasiewicz");
    let none = invoke(
        &main,
        "search_contacts",
        json!({ "query": { "text": "luk", "skill": "driving" } }),
    )
    .unwrap();
    assert_eq!(none["total"], 0);

    let twin = invoke(
        &main,
        "find_contact_duplicates",
        json!({ "draft": pa("Z Ł", "ZOE@example.org"), "exclude_id": null }),
    )
    .unwrap();
    assert_eq!(twin[0]["id"], id);

    let mut bad = pa("", "not-an-email");
    bad["phones"] = json!(["07700 900982", "call me"]);
    let err = invoke(&main, "add_contact", json!({ "draft": bad })).unwrap_err();
    assert_eq!(err["kind"], "validation");
    let fields: Vec<&str> = err["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["full_name", "phones.1", "email"]);

    let err = invoke(
        &main,
        "set_contact_rules",
        json!({ "rules": { "dbs_max_age_years": 0 } }),
    )
    .unwrap_err();
    assert_eq!(err["field"], "dbs_max_age_years");
    invoke(
        &main,
        "set_contact_rules",
        json!({ "rules": { "dbs_max_age_years": 1 } }),
    )
    .unwrap();
    let alerts = invoke(&main, "expiring_contacts", json!({})).unwrap();
    assert_eq!(
        alerts[0]["alert"]["kind"], "dbs_too_old",
        "a DBS from June 2025 is over a year old"
    );

    invoke(&main, "archive_contact", json!({ "id": id })).unwrap();
    let gone = invoke(
        &main,
        "search_contacts",
        json!({ "query": { "text": "zoe" } }),
    )
    .unwrap();
    assert_eq!(gone["total"], 0);
    let missing = invoke(&main, "get_contact", json!({ "id": 999 })).unwrap_err();
    assert_eq!(missing["kind"], "not_found");
}

const VCARDS: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amir Khan\r\nTEL;TYPE=CELL:07700 900111\r\nEMAIL:amir@example.org\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bea Smith\r\nEMAIL:not an email\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Amir K\r\nEMAIL:AMIR@example.org\r\nEND:VCARD\r\n";

#[test]
fn an_import_is_previewed_then_written_whole_and_the_list_exported() {
    let (dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let request = json!({ "format": "vcard", "bytes": VCARDS.as_bytes(), "mapping": [], "duplicates": "skip" });

    let preview = invoke(&main, "preview_import", json!({ "request": request })).unwrap();
    assert_eq!(preview["to_add"][0]["full_name"], "Amir Khan");
    assert_eq!(preview["rejected"][0]["line"], 7);
    assert_eq!(preview["duplicates"][0]["line"], 12);
    let still_empty = invoke(&main, "search_contacts", json!({ "query": {} })).unwrap();
    assert_eq!(still_empty["total"], 0, "a preview writes nothing");

    let outcome = invoke(&main, "run_import", json!({ "request": request })).unwrap();
    assert_eq!(
        outcome,
        json!({ "added": 1, "merged": 0, "skipped": 1, "rejected": 1 })
    );

    let binary = json!({ "format": "vcard", "bytes": [0, 159, 146, 150, 0, 1], "mapping": [], "duplicates": "skip" });
    let err = invoke(&main, "preview_import", json!({ "request": binary })).unwrap_err();
    assert_eq!(err["field"], "file");

    let csv = invoke(
        &main,
        "csv_preview",
        json!({ "bytes": "Name,Mobile Phone\nCara Jones,07700 900222\n".as_bytes() }),
    )
    .unwrap();
    assert_eq!(csv["headers"], json!(["Name", "Mobile Phone"]));
    assert_eq!(csv["suggested_mapping"], json!(["full_name", "phone"]));

    let path = dir.path().join("pas.vcf");
    let count = invoke(
        &main,
        "export_contacts",
        json!({ "query": {}, "format": "vcard", "path": path }),
    )
    .unwrap();
    assert_eq!(count, 1);
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"),
        "{written}"
    );
    assert!(written.contains("Amir Khan"));
    let nowhere =
        json!({ "query": {}, "format": "csv", "path": dir.path().join("no/such/folder/x.csv") });
    assert_eq!(
        invoke(&main, "export_contacts", nowhere).unwrap_err()["field"],
        "file"
    );
}

#[test]
fn an_employment_links_a_person_and_a_pa_through_ipc() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let person = json!({
        "full_name": "Margaret Hale",
        "date_of_birth": "1948-12-01",
        "council": "Hampshire County Council",
        "recipient_type": "adult_service_user",
        "manager": { "managed_by": "themself" },
        "dp": { "gross_amount": "1250", "start_date": "2026-01-05" }
    });
    let person_id =
        invoke(&main, "add_person", json!({ "draft": person })).unwrap()["person"]["id"].clone();
    let contact_id = invoke(
        &main,
        "add_contact",
        json!({ "draft": pa("Zoë Łukasiewicz", "zoe@example.org") }),
    )
    .unwrap()["contact"]["id"]
        .clone();

    let mut draft = invoke(&main, "employment_form_options", json!({})).unwrap()["blank"].clone();
    draft["person_id"] = person_id.clone();
    draft["contact_id"] = contact_id.clone();
    let err = invoke(&main, "add_employment", json!({ "draft": draft })).unwrap_err();
    let fields: Vec<&str> = err["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "start_date",
            "hours_per_week",
            "working_pattern",
            "hourly_rate"
        ]
    );

    draft["start_date"] = json!("2026-02-02");
    draft["hours_per_week"] = json!("16");
    draft["working_pattern"] = json!("Monday to Thursday, 8am to noon");
    draft["hourly_rate"] = json!("13.50");
    let view = invoke(&main, "add_employment", json!({ "draft": draft })).unwrap();
    let id = view["employment"]["id"].clone();
    assert_eq!(view["summary"]["hours"], "16 hours a week");

    let team = invoke(
        &main,
        "list_employments",
        json!({ "person_id": person_id, "contact_id": null }),
    )
    .unwrap();
    assert_eq!(team[0]["contact_name"], "Zoë Łukasiewicz");
    let contact = invoke(&main, "get_contact", json!({ "id": contact_id })).unwrap();
    assert_eq!(contact["employments"][0]["person_name"], "Margaret Hale");

    let ended = invoke(
        &main,
        "end_employment",
        json!({ "id": id, "end": { "end_date": "2026-10-31", "reason": "Moved away" } }),
    )
    .unwrap();
    assert_eq!(ended["summary"]["current"], false);
}
