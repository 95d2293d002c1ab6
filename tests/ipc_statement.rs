//! A bank statement brought into the account, and the monitoring return saved, through the real
//! command handlers on Tauri's mock runtime, as the UI calls them.

use crate::common;

use crate::ipc_account::add_zoe;
use common::{app_on_temp_db, invoke, window};
use serde_json::json;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/src-tauri/core/tests/fixtures/statements/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn a_statement_is_previewed_planned_and_imported_once_with_its_lines_filed_by_a_rule() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let person = add_zoe(&main);
    let options = invoke(&main, "statement_form_options", json!({})).unwrap();
    assert_eq!(options["date_formats"][0]["value"], "dd/mm/yyyy");
    assert!(options["fields"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["value"] == "paid_out"));

    let rules = invoke(
        &main,
        "add_import_rule",
        json!({ "person_id": person, "draft": { "contains": "lee wages", "category": "pa-wages",
                "counterparty": "Ann Lee", "employment_id": null } }),
    )
    .unwrap();
    assert_eq!(rules.as_array().unwrap().len(), 1);
    let refused = invoke(
        &main,
        "add_import_rule",
        json!({ "person_id": person, "draft": { "contains": " ", "category": "", "counterparty": "",
                "employment_id": null } }),
    )
    .unwrap_err();
    assert_eq!(refused["kind"], "validation");

    let bytes = fixture("lloyds.csv");
    let preview = invoke(
        &main,
        "preview_statement",
        json!({ "person_id": person, "bytes": bytes }),
    )
    .unwrap();
    assert_eq!(preview["layout"], "Lloyds, Halifax or Bank of Scotland");
    assert_eq!(preview["recognised"], true);
    let how = json!({ "mapping": preview["mapping"], "date_format": preview["date_format"] });
    let args = json!({ "person_id": person, "bytes": bytes, "how": how });
    let plan = invoke(&main, "plan_statement_import", args.clone()).unwrap();
    assert_eq!(plan["to_add"].as_array().unwrap().len(), 4);
    let wages = &plan["to_add"][3];
    assert_eq!(wages["filing"]["category"], "pa-wages");
    assert_eq!(wages["filing"]["counterparty"], "Ann Lee");
    // Planning saved nothing.
    let ledger = invoke(
        &main,
        "list_entries",
        json!({ "person_id": person, "from": "", "to": "" }),
    )
    .unwrap();
    assert_eq!(ledger["lines"].as_array().unwrap().len(), 0, "{ledger}");

    let done = invoke(&main, "import_statement", args.clone()).unwrap();
    assert_eq!(done["added"].as_array().unwrap().len(), 4);
    let again = invoke(&main, "plan_statement_import", args).unwrap();
    assert_eq!(again["to_add"].as_array().unwrap().len(), 0);
    assert_eq!(again["already_imported"], 4);
    assert_eq!(again["skipped"][3]["description"], "A LEE WAGES JAN");

    let id = rules[0]["id"].clone();
    let left = invoke(
        &main,
        "delete_import_rule",
        json!({ "person_id": person, "id": id }),
    )
    .unwrap();
    assert_eq!(left, json!([]));
    assert_eq!(
        invoke(&main, "import_rules", json!({ "person_id": person })).unwrap(),
        json!([])
    );
}

#[test]
fn a_bad_statement_is_refused_with_its_field_and_nothing_is_stored() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let person = add_zoe(&main);
    let bytes = fixture("no-date-column.csv");
    let preview = invoke(
        &main,
        "preview_statement",
        json!({ "person_id": person, "bytes": bytes }),
    )
    .unwrap();
    assert_eq!(preview["recognised"], false);
    let how = json!({ "mapping": preview["mapping"], "date_format": "dd/mm/yyyy" });
    let error = invoke(
        &main,
        "import_statement",
        json!({ "person_id": person, "bytes": bytes, "how": how }),
    )
    .unwrap_err();
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["problems"][0]["field"], "mapping", "{error}");
    let binary = invoke(
        &main,
        "preview_statement",
        json!({ "person_id": person, "bytes": [0, 159, 146, 150, 0, 0] }),
    )
    .unwrap_err();
    assert_eq!(binary["problems"][0]["field"], "file", "{binary}");
    let ledger = invoke(
        &main,
        "list_entries",
        json!({ "person_id": person, "from": "", "to": "" }),
    )
    .unwrap();
    assert_eq!(ledger["lines"].as_array().unwrap().len(), 0);
}

#[test]
fn the_monitoring_return_is_shown_and_saved_as_pdf_and_csv_and_its_frequency_kept() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let person = add_zoe(&main);
    let settings = invoke(&main, "return_settings", json!({ "person_id": person })).unwrap();
    assert_eq!(settings["every"], "quarterly");
    let changed = invoke(
        &main,
        "set_return_frequency",
        json!({ "person_id": person, "every": "yearly" }),
    )
    .unwrap();
    assert_eq!(changed["every"], "yearly");
    assert_eq!(
        invoke(&main, "return_settings", json!({ "person_id": person })).unwrap()["every"],
        "yearly"
    );
    invoke(
        &main,
        "add_entry",
        json!({ "person_id": person, "receipt": null,
                "draft": { "date": "2026-01-05", "amount": "1069.60", "category": "council-payment" } }),
    )
    .unwrap();

    let period = json!({ "person_id": person, "from": "2026-1-1", "to": "2026-3-31" });
    let figures = invoke(&main, "monitoring_return", period.clone()).unwrap();
    assert_eq!(figures["summary"]["total_in"], "1069.60");
    assert_eq!(figures["summary"]["closing_balance"], "1069.60");
    let refused = invoke(
        &main,
        "monitoring_return",
        json!({ "person_id": person, "from": "", "to": "2026-2-30" }),
    )
    .unwrap_err();
    let fields: Vec<&str> = refused["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["from", "to"]);

    let dir = tempfile::tempdir().unwrap();
    let pdf = invoke(
        &main,
        "save_return_pdf",
        json!({ "period": period, "large_print": true, "path": dir.path().join("return") }),
    )
    .unwrap();
    assert!(pdf.as_str().unwrap().ends_with("return.pdf"), "{pdf}");
    let bytes = std::fs::read(dir.path().join("return.pdf")).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = common::pdf_text(&dir.path().join("return.pdf"));
    assert!(
        text.contains("Zoë Łukasiewicz: 1 January 2026 to 31 March 2026"),
        "{text}"
    );

    let csv = invoke(
        &main,
        "save_return_csv",
        json!({ "period": period, "path": dir.path().join("return") }),
    )
    .unwrap();
    assert!(csv.as_str().unwrap().ends_with("return.csv"));
    let written = std::fs::read_to_string(dir.path().join("return.csv")).unwrap();
    assert!(
        written.contains("2026-01-05,in,council-payment"),
        "{written}"
    );
}
