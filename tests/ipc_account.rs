//! The direct payment account through the real command handlers on Tauri's mock runtime, as the
//! UI calls them: a realistic month, and refusals that carry every field's problem.

use crate::common;

use common::{app_on_temp_db, invoke, window};
use serde_json::{json, Value};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

fn fields(err: &Value) -> Vec<&str> {
    err["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect()
}

/// Zoë, whose direct payment of £1,069.60 every 4 weeks starts on 5 January 2026.
pub(crate) fn add_zoe(main: &tauri::WebviewWindow<tauri::test::MockRuntime>) -> Value {
    let person = json!({
        "full_name": "Zoë Łukasiewicz",
        "date_of_birth": "1948-03-12",
        "council": "Hampshire County Council",
        "recipient_type": "adult_service_user",
        "manager": { "managed_by": "themself" },
        "dp": { "gross_amount": "1069.60", "period": "four_weekly", "start_date": "2026-01-05",
                "first_payment_date": "2026-01-05", "excess_threshold_weeks": "4" }
    });
    invoke(main, "add_person", json!({ "draft": person })).unwrap()["person"]["id"].clone()
}

fn entry(date: &str, amount: &str, category: &str) -> Value {
    json!({ "date": date, "amount": amount, "category": category })
}

#[test]
fn a_month_of_the_account_balance_excess_owed_and_reconciling() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let person = add_zoe(&main);
    let options = invoke(&main, "account_form_options", json!({})).unwrap();
    assert!(options["money_in"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["value"] == "council-payment"));
    assert_eq!(options["max_receipt_bytes"], 10 * 1024 * 1024);

    for (date, amount, category) in [
        ("2026-01-05", "1069.60", "council-payment"),
        ("2026-02-02", "1069.60", "council-payment"),
        ("2026-02-10", "169.60", "refund"),
    ] {
        let args =
            json!({ "person_id": person, "draft": entry(date, amount, category), "receipt": null });
        invoke(&main, "add_entry", args).unwrap();
    }
    let mut wages = entry("2026-02-06", "£216.00", "pa-wages");
    wages["counterparty"] = json!("Ann Lee");
    let receipt = json!({ "file_name": "payslip.pdf", "bytes": PDF });
    let paid = invoke(
        &main,
        "add_entry",
        json!({ "person_id": person, "draft": wages, "receipt": receipt }),
    )
    .unwrap();
    assert_eq!(paid["receipts"][0]["media_type"], "application/pdf");
    let paid_id = paid["id"].clone();

    // The receipt saved back out is the same file.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.pdf");
    let receipt_id = paid["receipts"][0]["id"].clone();
    invoke(
        &main,
        "save_receipt",
        json!({ "id": receipt_id, "path": path }),
    )
    .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), PDF);

    let ledger = invoke(
        &main,
        "list_entries",
        json!({ "person_id": person, "from": "1 2 2026", "to": "" }),
    )
    .unwrap();
    assert_eq!(ledger["opening_balance"], "1069.60");
    assert_eq!(ledger["lines"].as_array().unwrap().len(), 3);
    assert_eq!(ledger["closing_balance"], "2092.80");

    // Edited and audited; then settled against money owed.
    let mut draft = invoke(&main, "entry_draft", json!({ "id": paid_id })).unwrap();
    draft["note"] = json!("Overtime");
    invoke(
        &main,
        "edit_entry",
        json!({ "id": paid_id, "draft": draft }),
    )
    .unwrap();
    let owed = invoke(
        &main,
        "add_owed",
        json!({ "person_id": person,
        "draft": { "what": "February wages", "amount": "120", "due_date": "2026-03-06" } }),
    )
    .unwrap();
    let owed_list = invoke(&main, "list_owed", json!({ "person_id": person })).unwrap();
    assert_eq!(owed_list[0]["details"]["what"], "February wages");
    let audit = invoke(&main, "audit_trail", json!({ "person_id": person })).unwrap();
    assert!(audit
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["field"] == "note" && r["new_value"] == "Overtime"));

    let on = json!({ "person_id": person, "on": "2026-03-01" });
    assert_eq!(
        invoke(&main, "balance_on", on.clone()).unwrap()["balance"]["amount"],
        "2092.80"
    );
    let excess = invoke(&main, "excess_on", on).unwrap();
    assert_eq!(excess["held"]["amount"], "1972.80");
    assert_eq!(excess["excess"]["amount"], "903.20");
    let chart = invoke(
        &main,
        "excess_chart",
        json!({ "person_id": person, "to": "2026-03-01" }),
    )
    .unwrap();
    assert_eq!(chart.as_array().unwrap().len(), 8);
    let expected = invoke(
        &main,
        "expected_payments",
        json!({ "person_id": person, "to": "2026-03-01" }),
    )
    .unwrap();
    assert_eq!(expected["lines"][0]["status"], "received");

    let settled = invoke(
        &main,
        "settle_owed",
        json!({ "id": owed["id"], "entry_id": paid_id }),
    )
    .unwrap();
    assert_eq!(settled["settled_by"], paid_id);

    // The statement disagrees first, then agrees and marks the entries.
    let off = invoke(
        &main,
        "reconcile",
        json!({ "person_id": person,
        "draft": { "on": "2026-02-28", "statement_balance": "2000" } }),
    )
    .unwrap();
    assert_eq!(
        (off["reconciled"].clone(), off["difference"].clone()),
        (json!(false), json!("-92.80"))
    );
    let ok = invoke(
        &main,
        "reconcile",
        json!({ "person_id": person,
        "draft": { "on": "2026-02-28", "statement_balance": "2092.80" } }),
    )
    .unwrap();
    assert_eq!(
        (ok["reconciled"].clone(), ok["entries_marked"].clone()),
        (json!(true), json!(4))
    );

    // Deleted with a reason: gone from the list, kept in the trail.
    invoke(
        &main,
        "delete_entry",
        json!({ "id": paid_id, "reason": "Entered twice" }),
    )
    .unwrap();
    let ledger = invoke(
        &main,
        "list_entries",
        json!({ "person_id": person, "from": "", "to": "" }),
    )
    .unwrap();
    assert_eq!(ledger["lines"].as_array().unwrap().len(), 3);

    // Terms history: the start, then an uplift.
    let history = invoke(
        &main,
        "add_terms_change",
        json!({ "id": person,
        "draft": { "effective_from": "2026-04-06", "gross_amount": "1100", "period": null,
                   "contribution": "", "reason": "Uplift" } }),
    )
    .unwrap();
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(
        invoke(&main, "terms_history", json!({ "id": person })).unwrap(),
        history
    );
}

#[test]
fn refusals_carry_every_fields_problem_and_save_nothing() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let person = add_zoe(&main);
    let bad = json!({ "date": "31 2 2026", "amount": "-5", "category": "" });
    let receipt = json!({ "file_name": "notes.txt", "bytes": b"hello" });
    let err = invoke(
        &main,
        "add_entry",
        json!({ "person_id": person, "draft": bad, "receipt": receipt }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    let f = fields(&err);
    for field in ["date", "amount", "category", "receipt"] {
        assert!(f.iter().any(|x| x.starts_with(field)), "{field} in {f:?}");
    }
    let ledger = invoke(
        &main,
        "list_entries",
        json!({ "person_id": person, "from": "", "to": "" }),
    )
    .unwrap();
    assert!(ledger["lines"].as_array().unwrap().is_empty());

    let err = invoke(
        &main,
        "list_entries",
        json!({ "person_id": person, "from": "soon", "to": "2 2 2026x" }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["from", "to"]);

    let added = invoke(
        &main,
        "add_entry",
        json!({ "person_id": person,
        "draft": entry("2026-01-05", "1069.60", "council-payment"), "receipt": null }),
    )
    .unwrap();
    let err = invoke(
        &main,
        "delete_entry",
        json!({ "id": added["id"], "reason": " " }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["reason"]);
    let err = invoke(
        &main,
        "add_owed",
        json!({ "person_id": person, "draft": {} }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["what", "amount", "due_date"]);
    let owed = invoke(
        &main,
        "add_owed",
        json!({ "person_id": person,
        "draft": { "what": "Wages", "amount": "10", "due_date": "2026-03-06" } }),
    )
    .unwrap();
    let err = invoke(
        &main,
        "settle_owed",
        json!({ "id": owed["id"], "entry_id": null }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["entry_id"]);
    let err = invoke(
        &main,
        "settle_owed",
        json!({ "id": owed["id"], "entry_id": added["id"] }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["entry_id"]);
    let err = invoke(
        &main,
        "reconcile",
        json!({ "person_id": person, "draft": {} }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["on", "statement_balance"]);
    let err = invoke(&main, "add_terms_change", json!({ "id": person,
        "draft": { "effective_from": "", "gross_amount": "lots", "period": null, "contribution": "", "reason": "" } }))
        .unwrap_err();
    assert_eq!(err["kind"], "validation");
}
