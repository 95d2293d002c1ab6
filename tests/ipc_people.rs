//! The app's commands through Tauri's mock runtime (no display): the real command handlers, the real
//! capabilities from src-tauri/capabilities, and a real SQLite database.

use crate::common;

use common::{app_on_temp_db, app_with, invoke, window};
use dphub_app::AppState;
use serde_json::{json, Value};

fn zoe() -> Value {
    json!({
        "full_name": "Zoë Łukasiewicz",
        "preferred_name": "Zoë",
        "date_of_birth": "1948-3-12",
        "postcode": "so23 8uj",
        "council": "Hampshire County Council",
        "council_reference": "HCC-00417",
        "recipient_type": "adult_service_user",
        "manager": {
            "managed_by": "authorised_person",
            "authority_basis": "court_of_protection_deputy",
            "name": "Ayşe Yılmaz",
            "relationship": "Daughter",
            "email": "ayse@example.org"
        },
        "dp": {
            "gross_amount": "£1,250.00",
            "period": "four_weekly",
            "contribution": "180.4",
            "excess_threshold_weeks": "8",
            "start_date": "5/1/2026"
        }
    })
}

#[test]
fn add_list_view_edit_archive_restore_through_ipc() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");

    let added = invoke(&main, "add_person", json!({ "draft": zoe() })).unwrap();
    let id = added["person"]["id"].as_i64().unwrap();
    assert_eq!(added["person"]["details"]["full_name"], "Zoë Łukasiewicz");
    assert_eq!(added["person"]["details"]["postcode"], "SO23 8UJ");
    assert_eq!(added["figures"]["net_per_period"], "1069.60");
    assert_eq!(added["figures"]["excess_threshold"], "2500.00");

    let listed = invoke(
        &main,
        "list_people",
        json!({ "query": "zoe", "include_archived": false }),
    )
    .unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["council_reference"], "HCC-00417");

    let mut draft = invoke(&main, "person_draft", json!({ "id": id })).unwrap();
    assert_eq!(draft["dp"]["gross_amount"], "1250.00");
    draft["dp"]["contribution"] = json!("0");
    draft["preferred_name"] = json!("");
    let updated = invoke(&main, "update_person", json!({ "id": id, "draft": draft })).unwrap();
    assert_eq!(updated["figures"]["net_per_period"], "1250.00");
    assert_eq!(updated["person"]["details"]["preferred_name"], Value::Null);
    let fetched = invoke(&main, "get_person", json!({ "id": id })).unwrap();
    assert_eq!(fetched["person"], updated["person"]);

    invoke(&main, "set_current_person", json!({ "id": id })).unwrap();
    assert_eq!(
        invoke(&main, "current_person", json!({})).unwrap()["id"],
        id
    );

    invoke(&main, "archive_person", json!({ "id": id })).unwrap();
    let active = invoke(
        &main,
        "list_people",
        json!({ "query": "", "include_archived": false }),
    )
    .unwrap();
    assert!(active.as_array().unwrap().is_empty());
    assert_eq!(
        invoke(&main, "current_person", json!({})).unwrap(),
        Value::Null
    );
    invoke(&main, "restore_person", json!({ "id": id })).unwrap();
    let active = invoke(
        &main,
        "list_people",
        json!({ "query": "", "include_archived": false }),
    )
    .unwrap();
    assert_eq!(active[0]["archived"], false);
}

#[test]
fn validation_errors_carry_kind_message_and_fields_and_store_nothing() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let mut bad = zoe();
    bad["full_name"] = json!("");
    bad["dp"]["gross_amount"] = json!("12.345");
    bad["email"] = json!("zoe@");
    let error = invoke(&main, "add_person", json!({ "draft": bad })).unwrap_err();
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["field"], "full_name");
    let problems = error["problems"].as_array().unwrap();
    let fields: Vec<&str> = problems
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["full_name", "email", "dp.gross_amount"]);
    assert_eq!(problems[0]["message"], "Enter the person's full name");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .starts_with("There are 3 problems"));
    let all = invoke(
        &main,
        "list_people",
        json!({ "query": "", "include_archived": true }),
    )
    .unwrap();
    assert!(all.as_array().unwrap().is_empty());
}

#[test]
fn unknown_people_are_not_found() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let error = invoke(&main, "get_person", json!({ "id": 99 })).unwrap_err();
    assert_eq!(
        error,
        json!({ "kind": "not_found", "message": "There is no person with the number 99" })
    );
    let error = invoke(&main, "update_person", json!({ "id": 99, "draft": zoe() })).unwrap_err();
    assert_eq!(error["kind"], "not_found");
}

#[test]
fn a_database_that_cannot_be_opened_is_reported_not_crashed_on() {
    let app = app_with(AppState::new(
        None,
        Err("Could not open the database at /nowhere".into()),
    ));
    let main = window(&app, "main");
    let info = invoke(&main, "app_info", json!({})).unwrap();
    assert_eq!(info["db_error"], "Could not open the database at /nowhere");
    let error = invoke(
        &main,
        "list_people",
        json!({ "query": "", "include_archived": false }),
    )
    .unwrap_err();
    assert_eq!(error["kind"], "storage");
}

#[test]
fn form_options_and_review_suggestions_come_from_the_core() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let options = invoke(&main, "person_form_options", json!({})).unwrap();
    let periods = options["periods"].as_array().unwrap();
    assert!(periods.iter().any(|p| p["value"] == "four_weekly"));
    assert_eq!(options["blank"]["dp"]["period"], "four_weekly");
    assert_eq!(options["managed_by"].as_array().unwrap().len(), 4);
    let dates = invoke(
        &main,
        "suggest_review_dates",
        json!({ "start_date": "2026-01-05", "end_date": "" }),
    )
    .unwrap();
    assert_eq!(dates, json!(["2026-07-05", "2027-07-05", "2028-07-05"]));
    let error = invoke(
        &main,
        "suggest_review_dates",
        json!({ "start_date": "soon", "end_date": "" }),
    )
    .unwrap_err();
    assert_eq!(error["field"], "dp.start_date");
}

/// The capability file grants our commands to the main window only; nothing else may call them.
#[test]
fn commands_are_granted_to_the_main_window_only() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let other = window(&app, "other");
    let capability: Value =
        serde_json::from_str(include_str!("../src-tauri/capabilities/main-window.json")).unwrap();
    let permissions: Vec<&str> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let plugins: Vec<&&str> = permissions.iter().filter(|p| p.contains(':')).collect();
    assert_eq!(
        plugins,
        [&"dialog:allow-save", &"dialog:allow-open"],
        "the only plugin permissions are the Save and Open dialogs"
    );
    let granted: Vec<String> = permissions
        .iter()
        .filter(|p| !p.contains(':'))
        .map(|p| p.trim_start_matches("allow-").replace('-', "_"))
        .collect();
    let mut listed: Vec<String> = dphub_app::COMMAND_NAMES
        .iter()
        .map(|n| n.to_string())
        .collect();
    let mut granted_sorted = granted.clone();
    granted_sorted.sort();
    listed.sort();
    assert_eq!(
        granted_sorted, listed,
        "the capability grants exactly the commands in the list"
    );
    for command in &granted {
        let from_main = invoke(&main, command, json!({}));
        if let Err(e) = &from_main {
            assert!(
                !e.to_string().contains("not allowed"),
                "{command} denied to main: {e}"
            );
        }
        let from_other = invoke(&other, command, json!({})).unwrap_err();
        assert!(
            from_other.to_string().contains("not allowed"),
            "{command} from another window: {from_other}"
        );
    }
    let plugin = invoke(&main, "plugin:window|close", json!({})).unwrap_err();
    assert!(plugin.to_string().contains("not allowed"), "{plugin}");
}
