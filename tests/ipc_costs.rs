//! Costs through the real command handlers on Tauri's mock runtime, as the UI calls them.

use crate::common;

use common::{app_on_temp_db, invoke, window};
use serde_json::{json, Value};

fn fields(err: &Value) -> Vec<&str> {
    err["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect()
}

#[test]
fn the_calculator_explains_each_figure_and_refuses_bad_input_by_field() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let options = invoke(&main, "cost_form_options", json!({})).unwrap();
    assert_eq!(options["tax_years"], json!(["2025-26", "2026-27"]));
    let mut draft = options["blank_calculator"].clone();
    draft["tax_year"] = json!("2026-27");
    draft["age"] = json!("30");
    draft["hourly_rate"] = json!("£12.71");
    draft["hours"] = json!("20");
    draft["settings"]["claims_employment_allowance"] = json!(false);
    let cost = invoke(&main, "calculate_pa_cost", json!({ "draft": draft })).unwrap();
    let first = &cost["pas"][0]["per_period"];
    assert_eq!(first["employer_nic"]["amount"], "23.73");
    assert_eq!(
        first["employer_nic"]["how"]["working"],
        "15% of £158.20 (pay £254.20 above the £96.00 weekly secondary threshold) = £23.73"
    );
    assert_eq!(cost["total_per_year"]["amount"], "14661.92");

    draft["hours"] = json!("200");
    draft["age"] = json!("15");
    draft["settings"]["pension_employer_percent"] = json!("101");
    let err = invoke(&main, "calculate_pa_cost", json!({ "draft": draft })).unwrap_err();
    assert_eq!(err["kind"], "validation");
    assert_eq!(
        fields(&err),
        vec!["settings.pension_employer_percent", "age", "hours"]
    );
}

#[test]
fn a_persons_settings_pa_terms_and_plan_lines_are_saved_and_costed() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let person = json!({
        "full_name": "Margaret Hale",
        "date_of_birth": "1948-12-01",
        "council": "Hampshire County Council",
        "recipient_type": "adult_service_user",
        "manager": { "managed_by": "themself" },
        "dp": { "gross_amount": "1250", "period": "four_weekly", "start_date": "2026-01-05" }
    });
    let person_id =
        invoke(&main, "add_person", json!({ "draft": person })).unwrap()["person"]["id"].clone();
    let contact_id = invoke(&main, "add_contact", json!({ "draft": { "full_name": "Sam Irregular", "date_of_birth": "1985-01-01", "status": "working_for_us" } }))
        .unwrap()["contact"]["id"]
        .clone();
    let mut job = invoke(&main, "employment_form_options", json!({})).unwrap()["blank"].clone();
    job["person_id"] = person_id.clone();
    job["contact_id"] = contact_id;
    job["start_date"] = json!("2026-05-04");
    job["hourly_rate"] = json!("13.00");
    job["hours_kind"] = json!("irregular");
    job["holiday"] = json!("irregular_accrued");
    job["pay_frequency"] = json!("monthly");
    let employment_id = invoke(&main, "add_employment", json!({ "draft": job })).unwrap()
        ["employment"]["id"]
        .clone();

    // Irregular hours need the expected hours before the PA can be costed.
    let view = invoke(&main, "person_costs", json!({ "person_id": person_id })).unwrap();
    assert!(view["pas"][0]["left_out"]
        .as_str()
        .unwrap()
        .contains("Sam Irregular"));
    assert_eq!(view["plan"]["employer"]["pas"], json!([]));

    let terms = json!({ "hours_per_period": "40", "days_per_week": "", "nic_category": null, "apprentice_since": "", "pension_opted_in": false, "holiday_cover_hourly": "" });
    let view = invoke(
        &main,
        "save_employment_cost_terms",
        json!({ "employment_id": employment_id, "draft": terms }),
    )
    .unwrap();
    assert_eq!(view["pas"][0]["left_out"], Value::Null);
    // 40 × £13 = £520.00, plus 12.07% holiday pay £62.76 = £582.76 a month.
    assert_eq!(
        view["plan"]["employer"]["pas"][0]["per_period"]["gross"]["amount"],
        "582.76"
    );

    let mut settings = view["settings"].clone();
    settings["insurance_per_year"] = json!("£85");
    settings["council_pa_rate"] = json!("15.50");
    settings["pension_total_percent"] = json!("2");
    let err = invoke(
        &main,
        "save_cost_settings",
        json!({ "person_id": person_id, "draft": settings }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["pension_total_percent"]);
    settings["pension_total_percent"] = json!("8");
    let view = invoke(
        &main,
        "save_cost_settings",
        json!({ "person_id": person_id, "draft": settings }),
    )
    .unwrap();
    assert_eq!(view["plan"]["employer"]["insurance"]["amount"], "85.00");
    assert_eq!(view["plan"]["council_pa_rate"], "15.50");

    let line = json!({ "kind": "respite_nights", "description": "Short breaks", "quantity": "7", "unit_cost": "£120", "frequency": "year" });
    let view = invoke(
        &main,
        "add_plan_line",
        json!({ "person_id": person_id, "draft": line }),
    )
    .unwrap();
    let line_id = view["plan"]["lines"][0]["id"].clone();
    assert_eq!(view["plan"]["lines"][0]["yearly"]["amount"], "840.00");
    let bad = json!({ "kind": null, "description": "", "quantity": "-1", "unit_cost": "1.234", "frequency": null });
    let err = invoke(
        &main,
        "add_plan_line",
        json!({ "person_id": person_id, "draft": bad }),
    )
    .unwrap_err();
    assert_eq!(
        fields(&err),
        vec!["kind", "description", "quantity", "unit_cost", "frequency"]
    );

    let what_if = invoke(
        &main,
        "plan_what_if",
        json!({ "person_id": person_id, "draft": { "tax_year": "", "pay_rise_percent": "5" } }),
    )
    .unwrap();
    assert_eq!(what_if["pay_rise_percent"], "5");
    // 13.00 + 5% = 13.65: 40 × 13.65 = 546.00 + 12.07% (65.90) = 611.90.
    assert_eq!(
        what_if["then"]["employer"]["pas"][0]["per_period"]["gross"]["amount"],
        "611.90"
    );

    let view = invoke(&main, "remove_plan_line", json!({ "id": line_id })).unwrap();
    assert_eq!(view["plan"]["lines"], json!([]));
}
