//! Checklists and what needs doing through the real command handlers on Tauri's mock runtime, as
//! the UI calls them.

use crate::common;

use std::path::Path;
use std::process::Command;

use chrono::{Days, NaiveDate};
use common::{app_on_temp_db, invoke, pdf_text, window};
use serde_json::{json, Value};

type Window = tauri::WebviewWindow<tauri::test::MockRuntime>;

fn fields(err: &Value) -> Vec<&str> {
    err["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect()
}

fn item<'a>(list: &'a Value, id: &str) -> &'a Value {
    list["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["items"].as_array().unwrap())
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

fn before_first_day(lists: &Value) -> Value {
    lists
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["checklist_id"] == "before-first-day")
        .expect("the before-first-day checklist")
        .clone()
}

/// Margaret Hale employs Ann Lee from `start`: answers the person's and the employment's ids.
fn margaret_employs_ann(main: &Window, start: NaiveDate) -> (Value, Value) {
    let person = json!({
        "full_name": "Margaret Hale",
        "date_of_birth": "1948-12-01",
        "council": "Hampshire County Council",
        "recipient_type": "adult_service_user",
        "manager": { "managed_by": "themself" },
        "dp": { "gross_amount": "1250", "period": "four_weekly", "start_date": "2026-01-05" }
    });
    let person_id =
        invoke(main, "add_person", json!({ "draft": person })).unwrap()["person"]["id"].clone();
    let contact = json!({ "draft": { "full_name": "Ann Lee", "date_of_birth": "1985-01-01", "status": "working_for_us" } });
    let contact_id = invoke(main, "add_contact", contact).unwrap()["contact"]["id"].clone();
    let mut job = invoke(main, "employment_form_options", json!({})).unwrap()["blank"].clone();
    job["person_id"] = person_id.clone();
    job["contact_id"] = contact_id;
    job["start_date"] = json!(start.to_string());
    job["hourly_rate"] = json!("13.50");
    job["hours_per_week"] = json!("16");
    job["pay_frequency"] = json!("weekly");
    job["first_payday"] = json!((start + chrono::Days::new(4)).to_string());
    job["working_pattern"] = json!("Monday to Thursday, 8am to noon");
    let employment_id = invoke(main, "add_employment", json!({ "draft": job })).unwrap()
        ["employment"]["id"]
        .clone();
    (person_id, employment_id)
}

#[test]
fn a_pas_first_day_list_has_dates_a_tick_counts_and_home_lists_what_is_due() {
    let (dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let today = dphub_core::today();
    let start = today + Days::new(10);
    let (person_id, employment_id) = margaret_employs_ann(&main, start);

    // The "before the first day" list, with each date and the rule that gave it.
    let lists = invoke(
        &main,
        "employment_checklists",
        json!({ "employment_id": employment_id }),
    )
    .unwrap();
    let list = before_first_day(&lists);
    assert_eq!(list["pa_name"], "Ann Lee");
    assert_eq!(
        list["owner"],
        json!({ "kind": "employment", "id": employment_id })
    );
    let statement = item(&list, "written-statement");
    assert_eq!(statement["tag"], "to_do");
    assert_eq!(statement["due"]["date"], start.to_string());
    assert!(!statement["due"]["because"].as_str().unwrap().is_empty());
    let total = list["progress"]["total"].as_u64().unwrap();
    assert_eq!(list["progress"]["done"], 0);
    assert_eq!(list["progress"]["text"], format!("0 of {total} done"));

    // What needs doing across everyone lists it, linking to the employment's checklist.
    let due = invoke(
        &main,
        "what_needs_doing",
        json!({ "days": 30, "person_id": null }),
    )
    .unwrap();
    let row = due
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["link"]["item_id"] == "written-statement")
        .expect("the written statement is due");
    assert_eq!(row["date"], start.to_string());
    assert_eq!(row["person_name"], "Margaret Hale");
    assert_eq!(row["pa_name"], "Ann Lee");
    assert_eq!(row["link"]["to"], "employment_checklist");
    assert_eq!(row["link"]["employment_id"], employment_id);
    let owner = json!({ "kind": "employment", "id": employment_id });

    // A tick with no name and a date in the future is refused by field, and nothing changes.
    let tomorrow = (today + Days::new(1)).to_string();
    let err = invoke(
        &main,
        "tick_checklist_item",
        json!({ "owner": owner, "item_id": "written-statement", "done_on": tomorrow, "done_by": " " }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    assert_eq!(fields(&err), vec!["done_by", "done_on"]);
    let err = invoke(
        &main,
        "tick_checklist_item",
        json!({ "owner": owner, "item_id": "written-statement", "done_on": "31/2/2026", "done_by": "" }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["done_on", "done_by"]);
    let err = invoke(
        &main,
        "tick_checklist_item",
        json!({ "owner": owner, "item_id": "no-such-thing", "done_on": "", "done_by": "Margaret" }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["item"]);
    assert!(err["message"].as_str().unwrap().contains("no-such-thing"));
    let unchanged = invoke(
        &main,
        "employment_checklists",
        json!({ "employment_id": employment_id }),
    )
    .unwrap();
    assert_eq!(before_first_day(&unchanged), list);

    // A good tick: done today (the date left empty) by Margaret; progress moves on.
    let ticked = invoke(
        &main,
        "tick_checklist_item",
        json!({ "owner": owner, "item_id": "written-statement", "done_on": "", "done_by": "Margaret" }),
    )
    .unwrap();
    let statement = item(&ticked, "written-statement");
    assert_eq!(statement["tag"], "done");
    assert_eq!(statement["status"]["done_on"], today.to_string());
    assert_eq!(statement["status"]["done_by"], "Margaret");
    assert_eq!(ticked["progress"]["text"], format!("1 of {total} done"));
    let due = invoke(
        &main,
        "what_needs_doing",
        json!({ "days": 30, "person_id": person_id }),
    )
    .unwrap();
    assert!(!due
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["link"]["item_id"] == "written-statement"));

    // Not applicable needs a reason; a note is kept; undo puts it back to do.
    let err = invoke(
        &main,
        "checklist_item_not_applicable",
        json!({ "owner": owner, "item_id": "dbs", "reason": "" }),
    )
    .unwrap_err();
    assert_eq!(fields(&err), vec!["reason"]);
    let na = invoke(
        &main,
        "checklist_item_not_applicable",
        json!({ "owner": owner, "item_id": "dbs", "reason": "The council did it" }),
    )
    .unwrap();
    assert_eq!(item(&na, "dbs")["tag"], "not_applicable");
    assert_eq!(na["progress"]["text"], format!("1 of {} done", total - 1));
    let noted = invoke(
        &main,
        "set_checklist_note",
        json!({ "owner": owner, "item_id": "dbs", "note": "Letter in the blue folder" }),
    )
    .unwrap();
    assert_eq!(item(&noted, "dbs")["note"], "Letter in the blue folder");
    let undone = invoke(
        &main,
        "untick_checklist_item",
        json!({ "owner": owner, "item_id": "written-statement" }),
    )
    .unwrap();
    assert_eq!(item(&undone, "written-statement")["tag"], "to_do");

    // The employer's own checklists, and the calendar file.
    let mine = invoke(
        &main,
        "person_checklists",
        json!({ "person_id": person_id }),
    )
    .unwrap();
    assert!(mine
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["checklist_id"] == "becoming-an-employer"));
    let path = dir.path().join("duties.ics");
    let count = invoke(
        &main,
        "export_due_calendar",
        json!({ "days": 30, "person_id": null, "path": path }),
    )
    .unwrap();
    assert!(count.as_u64().unwrap() > 0);
    let ics = std::fs::read_to_string(&path).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR"));
    assert!(ics.contains("written statement"));
    let err = invoke(
        &main,
        "export_due_calendar",
        json!({ "days": 30, "person_id": null, "path": dir.path().join("missing/x.ics") }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "storage");

    let err = invoke(&main, "person_checklists", json!({ "person_id": 999 })).unwrap_err();
    assert_eq!(err["kind"], "not_found");
}

fn pdf_pages(path: &Path) -> u32 {
    let out = Command::new("pdfinfo").arg(path).output().unwrap();
    let info = String::from_utf8(out.stdout).unwrap();
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line["Pages:".len()..].trim().parse().unwrap()
}

#[test]
fn checklists_and_what_needs_doing_print_as_pdf_saved_or_opened() {
    let (dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let today = dphub_core::today();
    let start = today + Days::new(10);
    let (person_id, employment_id) = margaret_employs_ann(&main, start);
    let owner = json!({ "kind": "employment", "id": employment_id });
    invoke(
        &main,
        "tick_checklist_item",
        json!({ "owner": owner, "item_id": "dbs", "done_on": "", "done_by": "Margaret" }),
    )
    .unwrap();

    // A PA's checklists, saved where the Save dialog said (".pdf" added), then in large print.
    let saved = invoke(
        &main,
        "save_checklists_pdf",
        json!({ "owner": owner, "large_print": false, "path": dir.path().join("ann") }),
    )
    .unwrap();
    let saved = Path::new(saved.as_str().unwrap()).to_path_buf();
    assert_eq!(saved, dir.path().join("ann.pdf"));
    let text = pdf_text(&saved);
    assert!(text.contains("Checklists for Ann Lee"), "{text}");
    assert!(text.contains("Margaret Hale"), "{text}");
    assert!(text.contains("Before the PA"), "{text}");
    assert!(text.contains("by Margaret"), "the tick is printed: {text}");
    let large = invoke(
        &main,
        "save_checklists_pdf",
        json!({ "owner": owner, "large_print": true, "path": dir.path().join("ann-large.pdf") }),
    )
    .unwrap();
    let large = Path::new(large.as_str().unwrap()).to_path_buf();
    assert!(pdf_pages(&large) > pdf_pages(&saved));

    // The employer's own checklists.
    let mine = dir.path().join("margaret.pdf");
    invoke(
        &main,
        "save_checklists_pdf",
        json!({ "owner": { "kind": "person", "id": person_id }, "large_print": false, "path": mine }),
    )
    .unwrap();
    let text = pdf_text(&mine);
    assert!(text.contains("Employer's checklists"), "{text}");
    assert!(text.contains("Becoming an employer"), "{text}");

    // What needs doing, for everyone: the written statement due on the first day is on it.
    let due = dir.path().join("due.pdf");
    invoke(
        &main,
        "save_due_pdf",
        json!({ "days": 30, "person_id": null, "large_print": false, "path": due }),
    )
    .unwrap();
    let text = pdf_text(&due);
    assert!(text.contains("What needs doing"), "{text}");
    assert!(text.contains("Next 30 days"), "{text}");
    assert!(text.contains("Ann Lee"), "{text}");
    assert!(
        text.contains("On or before the"),
        "the rule starts with a capital: {text}"
    );

    // Open to print writes into the app's cache folder (no viewer is started under test).
    std::env::set_var("DPHUB_NO_OPEN", "1");
    let opened = invoke(
        &main,
        "open_due_pdf",
        json!({ "days": 30, "person_id": person_id, "large_print": true }),
    )
    .unwrap();
    let opened = Path::new(opened.as_str().unwrap()).to_path_buf();
    assert!(opened.ends_with(format!("documents/what-needs-doing-person-{person_id}.pdf")));
    let text = pdf_text(&opened);
    assert!(
        text.contains("What needs doing") && text.contains("Margaret"),
        "{text}"
    );
    let opened = invoke(
        &main,
        "open_checklists_pdf",
        json!({ "owner": owner, "large_print": false }),
    )
    .unwrap();
    let opened = Path::new(opened.as_str().unwrap()).to_path_buf();
    assert!(opened.ends_with(format!("documents/checklists-pa-{employment_id}.pdf")));
    assert!(pdf_text(&opened).contains("Checklists for Ann Lee"));

    // A folder that does not exist: a clear error, and no file or part-file left behind.
    let nowhere = dir.path().join("missing").join("x.pdf");
    let err = invoke(
        &main,
        "save_due_pdf",
        json!({ "days": 30, "person_id": null, "large_print": false, "path": nowhere }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "storage");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains("could not be saved"));
    assert!(!dir.path().join("missing").exists());

    // A checklist for someone who is not there.
    let err = invoke(
        &main,
        "save_checklists_pdf",
        json!({ "owner": { "kind": "employment", "id": 999 }, "large_print": false, "path": dir.path().join("n.pdf") }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "not_found");
    assert!(!dir.path().join("n.pdf").exists());
}

#[test]
fn how_long_records_are_kept_is_read_and_set_with_a_clear_message_for_a_bad_number() {
    let (_dir, app) = app_on_temp_db();
    let main = window(&app, "main");
    let (person_id, _) = margaret_employs_ann(&main, NaiveDate::from_ymd_opt(2026, 3, 16).unwrap());
    let ask = json!({ "person_id": person_id });
    assert_eq!(invoke(&main, "keep_records_years", ask.clone()).unwrap(), 6);
    let set = |years: &str| {
        invoke(
            &main,
            "set_keep_records_years",
            json!({ "person_id": person_id, "years": years }),
        )
    };
    assert_eq!(set(" 8 ").unwrap(), 8);
    for bad in ["six", "2", ""] {
        let err = set(bad).unwrap_err();
        assert_eq!(err["kind"], "validation", "{bad}");
        assert_eq!(fields(&err), ["keep_records_years"], "{bad}");
    }
    assert_eq!(invoke(&main, "keep_records_years", ask).unwrap(), 8);
    let mine = invoke(
        &main,
        "person_checklists",
        json!({ "person_id": person_id }),
    )
    .unwrap();
    let yearly = mine
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["checklist_id"] == "yearly")
        .unwrap();
    let because = item(yearly, "clear-out-old-records")["due"]["because"]
        .as_str()
        .unwrap();
    assert!(because.contains("kept 8 years"), "{because}");
}
