//! Documents through the real command handlers on Tauri's mock runtime, as the UI calls them: what
//! is missing with where to fix it, the preview, the PDF saved to a chosen path, signing on screen
//! and a council's template with a mistake reported by line.

use crate::common;

use common::{app_on_temp_db, invoke, pdf_text, window};
use serde_json::{json, Value};

const PA: &str = "Zoë Łukasiewicz-Şahin";

fn text_of(document: &Value) -> String {
    document.to_string()
}

fn parties(document: &Value) -> Vec<Value> {
    document["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["kind"] == "signatures")
        .flat_map(|b| b["parties"].as_array().unwrap().clone())
        .collect()
}

#[test]
fn a_written_statement_from_gap_to_signed_pdf_and_a_bad_template_by_line() {
    let (dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let today = dphub_core::today().to_string();

    let person = json!({
        "full_name": "Margaret Hale",
        "date_of_birth": "1948-12-01",
        "address": "12 Station Road\nLeeds",
        "postcode": "LS1 4AB",
        "council": "Leeds City Council",
        "council_reference": "DP-10234",
        "recipient_type": "adult_service_user",
        "manager": { "managed_by": "themself" },
        "dp": { "gross_amount": "1250", "period": "four_weekly", "start_date": "2026-01-05",
                "first_payment_date": "2026-01-05", "account_type": "separate_bank_account" }
    });
    let person_id =
        invoke(&main, "add_person", json!({ "draft": person })).unwrap()["person"]["id"].clone();
    let contact = json!({ "draft": { "full_name": PA, "address": "4 Mill Lane\nLeeds",
        "date_of_birth": "1985-01-01", "status": "working_for_us" } });
    let contact_id = invoke(&main, "add_contact", contact).unwrap()["contact"]["id"].clone();
    let mut job = invoke(&main, "employment_form_options", json!({})).unwrap()["blank"].clone();
    job["person_id"] = person_id.clone();
    job["contact_id"] = contact_id;
    job["job_title"] = json!("Personal assistant");
    job["duties"] = json!("Help with washing and dressing");
    job["start_date"] = json!("2026-02-02");
    job["hourly_rate"] = json!("13.50");
    job["hours_per_week"] = json!("16");
    job["pay_frequency"] = json!("weekly");
    job["first_payday"] = json!("2026-02-06");
    job["working_pattern"] = json!("Monday to Thursday, 8am to noon");
    let employment_id = invoke(&main, "add_employment", json!({ "draft": job })).unwrap()
        ["employment"]["id"]
        .clone();

    // The options: the agreement that fits how the payment is managed is the default.
    let options = invoke(&main, "document_options", json!({ "person_id": person_id })).unwrap();
    assert_eq!(options["default_agreement"], "agreement_self");
    assert_eq!(options["agreements"].as_array().unwrap().len(), 5);
    assert_eq!(options["custom_templates"], json!([]));

    // The written statement lacks the place of work: listed with the field to fix, and refused.
    let choice =
        json!({ "kind": "particulars", "person_id": person_id, "employment_id": employment_id });
    let missing = invoke(&main, "document_missing", json!({ "choice": choice })).unwrap();
    let missing = missing.as_array().unwrap();
    let place = missing
        .iter()
        .find(|m| m["fix"]["field"] == "place_of_work")
        .expect("the place of work is missing");
    assert_eq!(place["fix"]["record"], "employment");
    assert_eq!(place["fix"]["id"], employment_id);
    let err = invoke(&main, "document_preview", json!({ "choice": choice })).unwrap_err();
    assert_eq!(err["kind"], "missing");
    assert!(err["missing"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["fix"]["field"] == "place_of_work"));

    // Fixed, the preview has the names.
    let mut draft = invoke(&main, "employment_draft", json!({ "id": employment_id })).unwrap();
    draft["place_of_work"] = json!("12 Station Road, Leeds");
    invoke(
        &main,
        "update_employment",
        json!({ "id": employment_id, "draft": draft }),
    )
    .unwrap();
    let missing = invoke(&main, "document_missing", json!({ "choice": choice })).unwrap();
    assert_eq!(missing, json!([]));
    let preview = invoke(&main, "document_preview", json!({ "choice": choice })).unwrap();
    let all = text_of(&preview);
    assert!(all.contains("Margaret Hale") && all.contains(PA), "{all}");
    assert!(parties(&preview).iter().all(|p| p["signature"].is_null()));

    // Saved as PDF to the path the Save dialog gave, with .pdf added.
    let target = dir.path().join("statement");
    let saved = invoke(
        &main,
        "save_document_pdf",
        json!({ "choice": choice, "large_print": false, "path": target }),
    )
    .unwrap();
    let saved = std::path::PathBuf::from(saved.as_str().unwrap());
    assert_eq!(saved, dir.path().join("statement.pdf"));
    let bytes = std::fs::read(&saved).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_text(&saved);
    assert!(
        text.contains(PA) && text.contains("Margaret Hale"),
        "{text}"
    );

    // The PA signs on screen: the block carries it, and so does the PDF.
    let key = json!({ "kind": "particulars", "person_id": person_id,
        "employment_id": employment_id, "role": "The employee" });
    let bad = invoke(
        &main,
        "sign_document",
        json!({ "request": { "key": key, "signed_by": "", "signed_on": today, "strokes": [], "typed": false } }),
    )
    .unwrap_err();
    assert_eq!(bad["kind"], "validation");
    assert_eq!(bad["field"], "signed_by");
    let signed = invoke(
        &main,
        "sign_document",
        json!({ "request": { "key": key, "signed_by": PA, "signed_on": today,
            "strokes": [[[10, 200], [300, 40], [600, 250]]], "typed": false } }),
    )
    .unwrap();
    let employee = parties(&signed)
        .into_iter()
        .find(|p| p["role"] == "The employee")
        .unwrap();
    assert_eq!(employee["signature"]["signed_by"], PA);
    assert_eq!(employee["signature"]["signed_on"], today);
    let preview = invoke(&main, "document_preview", json!({ "choice": choice })).unwrap();
    assert_eq!(preview, signed);
    let signed_pdf = dir.path().join("signed.PDF");
    invoke(
        &main,
        "save_document_pdf",
        json!({ "choice": choice, "large_print": true, "path": signed_pdf }),
    )
    .unwrap();
    assert!(pdf_text(&signed_pdf).contains(&format!("Signed by {PA}")));
    // Open to print: the same PDF, written to the app's print folder (no viewer under test).
    std::env::set_var("DPHUB_NO_OPEN", "1");
    let opened = invoke(
        &main,
        "open_document_pdf",
        json!({ "choice": choice, "large_print": false }),
    )
    .unwrap();
    let opened = std::path::PathBuf::from(opened.as_str().unwrap());
    assert!(opened.ends_with(format!(
        "documents/particulars-person-{person_id}-pa-{employment_id}.pdf"
    )));
    assert!(pdf_text(&opened).contains(&format!("Signed by {PA}")));
    let unsigned = invoke(&main, "remove_document_signature", json!({ "key": key })).unwrap();
    assert!(parties(&unsigned).iter().all(|p| p["signature"].is_null()));

    // A timesheet dated for the week a typed day falls in (the PA is paid weekly); blank is undated,
    // and what is not a date is refused on its field.
    let timesheet = |day: &str| {
        json!({ "choice": { "kind": "timesheet", "person_id": person_id,
            "employment_id": employment_id, "timesheet_period_of": day } })
    };
    let dated = text_of(&invoke(&main, "document_preview", timesheet("4 3 2026")).unwrap());
    assert!(
        dated.contains("2 March 2026") && dated.contains("8 March 2026"),
        "{dated}"
    );
    assert!(dated.contains("Wednesday") && dated.contains("4 March"));
    let blank = text_of(&invoke(&main, "document_preview", timesheet("")).unwrap());
    assert!(!blank.contains("March 2026"), "{blank}");
    let err = invoke(&main, "document_missing", timesheet("31 2 2026")).unwrap_err();
    assert_eq!(err["kind"], "validation");
    assert_eq!(err["field"], "timesheet_period_of");

    // A council's template with an unknown placeholder: refused with its line; the built-in stays.
    let bad_template = dir.path().join("council.md");
    std::fs::write(
        &bad_template,
        "# Statement\n\nHello {{ pa.full_name }}\n\n{{ no_such_thing }}\n",
    )
    .unwrap();
    let err = invoke(
        &main,
        "load_document_template",
        json!({ "kind": "particulars", "path": bad_template }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "template");
    assert_eq!(err["line"], 5, "{err}");
    assert!(
        err["message"].as_str().unwrap().starts_with("Line 5"),
        "{err}"
    );
    let options = invoke(&main, "document_options", json!({ "person_id": person_id })).unwrap();
    assert_eq!(options["custom_templates"], json!([]));
    assert_eq!(
        invoke(&main, "document_preview", json!({ "choice": choice })).unwrap(),
        unsigned
    );
    let err = invoke(
        &main,
        "load_document_template",
        json!({ "kind": "particulars", "path": dir.path().join("nowhere.md") }),
    )
    .unwrap_err();
    assert_eq!(err["field"], "path");
}
