//! `dphub checklist …` and `dphub due`, run as a user would, on dates relative to today.

use crate::common;

use std::path::Path;

use chrono::{Days, Months, NaiveDate};
use common::{db, dphub, json};
use serde_json::Value;

fn today() -> NaiveDate {
    dphub_core::today()
}

fn days_from_today(days: i64) -> String {
    let t = today();
    if days >= 0 {
        t + Days::new(days as u64)
    } else {
        t - Days::new(days.unsigned_abs())
    }
    .to_string()
}

fn id(v: &Value, path: &[&str]) -> String {
    let mut v = v;
    for p in path {
        v = &v[*p];
    }
    v.as_i64().unwrap().to_string()
}

fn add_person(db: &Path, name: &str) -> String {
    let v = json(&dphub(
        db,
        &[
            "person",
            "add",
            "--json",
            "--full-name",
            name,
            "--dob",
            "1950-02-01",
            "--council",
            "Hampshire County Council",
            "--type",
            "adult-service-user",
            "--managed-by",
            "themself",
            "--gross",
            "1250",
            "--start",
            &days_from_today(-200),
        ],
    ));
    id(&v, &["person", "id"])
}

fn add_pa(db: &Path, name: &str, dbs_issued: &str) -> String {
    let v = json(&dphub(
        db,
        &[
            "pa",
            "add",
            "--json",
            "--name",
            name,
            "--phone",
            "07700 900982",
            "--status",
            "working-for-us",
            "--dbs-level",
            "enhanced",
            "--dbs-issued",
            dbs_issued,
        ],
    ));
    id(&v, &["contact", "id"])
}

fn employ(db: &Path, person: &str, pa: &str, start: &str) -> String {
    let v = json(&dphub(
        db,
        &[
            "employ",
            "add",
            "--json",
            "--person",
            person,
            "--pa",
            pa,
            "--start",
            start,
            "--rate",
            "13.50",
            "--hours",
            "16",
            "--pattern",
            "Mon–Thu 8am–noon",
            "--pay-frequency",
            "monthly",
        ],
    ));
    id(&v, &["employment", "id"])
}

/// Margaret's PA Ann started 10 days ago and her DBS check reaches the 3-year limit in 10 days;
/// Raj's PA Bea starts in 14 days.
struct Scene {
    margaret: String,
    raj: String,
    ann_job: String,
    bea_job: String,
}

fn scene(db: &Path) -> Scene {
    let margaret = add_person(db, "Margaret Hale");
    let raj = add_person(db, "Raj Patel");
    let dbs = (today() + Days::new(10) - Months::new(36)).to_string();
    let ann = add_pa(db, "Ann Lee", &dbs);
    let bea = add_pa(db, "Bea Ode", &days_from_today(-30));
    let ann_job = employ(db, &margaret, &ann, &days_from_today(-10));
    let bea_job = employ(db, &raj, &bea, &days_from_today(14));
    Scene {
        margaret,
        raj,
        ann_job,
        bea_job,
    }
}

fn item<'a>(view: &'a Value, id: &str) -> &'a Value {
    view["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["items"].as_array().unwrap())
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

/// `dphub checklist show` of one PA's "before the first day" checklist, as JSON.
fn before_first_day(db: &Path, job: &str) -> Value {
    json(&dphub(
        db,
        &[
            "checklist",
            "show",
            "--employment",
            job,
            "--checklist",
            "before-first-day",
            "--json",
        ],
    ))
}

fn refused(output: &std::process::Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn due_lists_overdue_and_upcoming_across_two_people_with_a_dbs_expiry() {
    let db = db();
    let s = scene(&db.path);
    let due = json(&dphub(&db.path, &["due", "--days", "30", "--json"]));
    let items = due.as_array().unwrap();
    let names = |pred: &dyn Fn(&&Value) -> bool| -> Vec<String> {
        items
            .iter()
            .filter(pred)
            .map(|i| i["person_name"].as_str().unwrap().to_string())
            .collect()
    };
    let dbs: Vec<&Value> = items.iter().filter(|i| i["kind"] == "dbs_check").collect();
    assert_eq!(dbs.len(), 1, "{due:#}");
    assert_eq!(dbs[0]["person_name"], "Margaret Hale");
    assert_eq!(dbs[0]["date"], days_from_today(10));
    assert_eq!(dbs[0]["link"]["to"], "contact");
    let overdue = names(&|i| i["overdue"] == true);
    assert!(
        overdue.iter().any(|n| n == "Margaret Hale"),
        "Ann's first-day items: {overdue:?}"
    );
    let upcoming = names(&|i| i["overdue"] == false);
    assert!(
        upcoming.iter().any(|n| n == "Raj Patel"),
        "Bea's first-day items: {upcoming:?}"
    );
    let statement = items
        .iter()
        .find(|i| i["link"]["item_id"] == "written-statement" && i["person_name"] == "Raj Patel")
        .expect("Bea's written statement");
    assert_eq!(statement["date"], days_from_today(14));
    assert_eq!(statement["link"]["to"], "employment_checklist");
    assert_eq!(statement["link"]["employment_id"].to_string(), s.bea_job);
    let last = days_from_today(30);
    assert!(items
        .iter()
        .all(|i| i["date"].as_str().unwrap() <= last.as_str()));

    // One person.
    let rajs = json(&dphub(&db.path, &["due", "--person", &s.raj, "--json"]));
    assert!(rajs
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["person_name"] == "Raj Patel"));
    // Plain text: a table with the overdue marked.
    let text = dphub(&db.path, &["due"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("OVERDUE") && text.contains("New DBS check for Ann Lee"),
        "{text}"
    );
}

#[test]
fn tick_untick_and_na_round_trip_through_the_command_line() {
    let db = db();
    let s = scene(&db.path);
    let list = json(&dphub(
        &db.path,
        &["checklist", "list", "--person", &s.margaret, "--json"],
    ));
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["checklist_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "becoming-an-employer",
            "recruiting-a-pa",
            "monthly-quarterly",
            "yearly",
            "before-first-day",
            "every-payday",
            "pension"
        ]
    );

    let on = days_from_today(-1);
    let ticked = json(&dphub(
        &db.path,
        &[
            "checklist",
            "tick",
            "--person",
            &s.margaret,
            "--employment",
            &s.ann_job,
            "--item",
            "dbs",
            "--by",
            "Margaret Hale",
            "--on",
            &on,
            "--json",
        ],
    ));
    let dbs = item(&ticked, "dbs");
    assert_eq!(dbs["tag"], "done");
    assert_eq!(dbs["status"]["status"], "done");
    assert_eq!(dbs["status"]["done_by"], "Margaret Hale");
    assert_eq!(dbs["status"]["done_on"], on);
    assert_eq!(ticked["progress"]["text"], "1 of 8 done");

    // Saved: `show` reads it back.
    let shown = before_first_day(&db.path, &s.ann_job);
    assert_eq!(item(&shown[0], "dbs")["status"]["done_by"], "Margaret Hale");
    let text = dphub(
        &db.path,
        &[
            "checklist",
            "show",
            "--employment",
            &s.ann_job,
            "--checklist",
            "before-first-day",
        ],
    );
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Before the PA's first day — Ann Lee (PA of Margaret Hale) (1 of 8 done)"),
        "{text}"
    );
    assert!(
        text.contains("Done on") && text.contains("by Margaret Hale"),
        "{text}"
    );

    let unticked = json(&dphub(
        &db.path,
        &[
            "checklist",
            "untick",
            "--employment",
            &s.ann_job,
            "--item",
            "dbs",
            "--json",
        ],
    ));
    assert_eq!(item(&unticked, "dbs")["status"]["status"], "to_do");

    let na = json(&dphub(
        &db.path,
        &[
            "checklist",
            "na",
            "--person",
            &s.margaret,
            "--item",
            "pay-hmrc-quarterly",
            "--reason",
            "We pay monthly",
            "--json",
        ],
    ));
    let quarterly = item(&na, "pay-hmrc-quarterly");
    assert_eq!(quarterly["tag"], "not_applicable");
    assert_eq!(quarterly["status"]["reason"], "We pay monthly");
    assert_eq!(na["progress"]["text"], "0 of 2 done");
}

#[test]
fn bad_ticks_are_refused_and_change_nothing() {
    let db = db();
    let s = scene(&db.path);
    let show = || {
        json(&dphub(
            &db.path,
            &["checklist", "show", "--person", &s.margaret, "--json"],
        ))
    };
    let before = show();

    let missing = refused(&dphub(
        &db.path,
        &[
            "checklist",
            "tick",
            "--person",
            &s.margaret,
            "--item",
            "no-such-item",
            "--by",
            "M",
        ],
    ));
    assert!(
        missing.contains("Nothing was saved")
            && missing.contains("There is no checklist item \"no-such-item\""),
        "{missing}"
    );
    let future = refused(&dphub(
        &db.path,
        &[
            "checklist",
            "tick",
            "--person",
            &s.margaret,
            "--item",
            "p60",
            "--by",
            "M",
            "--on",
            &days_from_today(1),
        ],
    ));
    assert!(future.contains("cannot be in the future"), "{future}");
    let bad_date = refused(&dphub(
        &db.path,
        &[
            "checklist",
            "tick",
            "--person",
            &s.margaret,
            "--item",
            "p60",
            "--by",
            "M",
            "--on",
            "31/02/2026",
        ],
    ));
    assert!(bad_date.contains("on:"), "{bad_date}");
    let not_hers = refused(&dphub(
        &db.path,
        &[
            "checklist",
            "tick",
            "--person",
            &s.margaret,
            "--employment",
            &s.bea_job,
            "--item",
            "dbs",
            "--by",
            "M",
        ],
    ));
    assert!(not_hers.contains("is not one of person"), "{not_hers}");
    let no_reason = refused(&dphub(
        &db.path,
        &[
            "checklist",
            "na",
            "--person",
            &s.margaret,
            "--item",
            "p60",
            "--reason",
            " ",
        ],
    ));
    assert!(no_reason.contains("reason"), "{no_reason}");
    let nobody = dphub(
        &db.path,
        &[
            "checklist",
            "tick",
            "--person",
            "999",
            "--item",
            "p60",
            "--by",
            "M",
        ],
    );
    assert_eq!(nobody.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&nobody.stderr).contains("There is no person with the number 999")
    );

    assert_eq!(show(), before, "nothing changed");
}

#[test]
fn due_ics_writes_a_calendar_that_parses_and_keeps_its_uids() {
    let db = db();
    let s = scene(&db.path);
    let first = db.dir.path().join("first.ics");
    let second = db.dir.path().join("second.ics");
    let out = dphub(
        &db.path,
        &["due", "--days", "60", "--ics", first.to_str().unwrap()],
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Wrote "));
    // A tick elsewhere leaves the other events' UIDs as they were.
    json(&dphub(
        &db.path,
        &[
            "checklist",
            "tick",
            "--employment",
            &s.bea_job,
            "--item",
            "dbs",
            "--by",
            "Raj",
            "--json",
        ],
    ));
    dphub(
        &db.path,
        &["due", "--days", "60", "--ics", second.to_str().unwrap()],
    );

    let uids = |path: &Path| -> Vec<String> {
        let file = std::fs::File::open(path).unwrap();
        let mut uids = Vec::new();
        for calendar in ical::IcalParser::new(std::io::BufReader::new(file)) {
            for event in calendar.expect("parses").events {
                let uid = event
                    .properties
                    .iter()
                    .find(|p| p.name == "UID")
                    .and_then(|p| p.value.clone())
                    .unwrap();
                uids.push(uid);
            }
        }
        uids
    };
    let (a, b) = (uids(&first), uids(&second));
    assert!(!a.is_empty());
    let dbs_uid = format!("p{}-e{}-before-first-day-dbs@dphub.local", s.raj, s.bea_job);
    assert!(a.contains(&dbs_uid), "{a:?}");
    assert!(!b.contains(&dbs_uid), "done, so gone");
    let kept: Vec<&String> = a.iter().filter(|u| **u != dbs_uid).collect();
    assert_eq!(kept, b.iter().collect::<Vec<_>>());
}

#[test]
fn a_pas_time_limited_permission_to_work_dates_the_follow_up_check_and_shows_in_due() {
    let db = db();
    let s = scene(&db.path);
    let until = days_from_today(20);
    let ann = json(&dphub(&db.path, &["employ", "show", &s.ann_job, "--json"]));
    let ann = id(&ann, &["employment", "contact_id"]);
    let edited = dphub(
        &db.path,
        &["pa", "edit", &ann, "--right-to-work-until", &until],
    );
    assert!(edited.status.success(), "{edited:?}");
    let view = before_first_day(&db.path, &s.ann_job);
    let follow_up = item(&view[0], "right-to-work-follow-up");
    assert_eq!(follow_up["due"]["date"], until, "{follow_up:#}");
    let due = json(&dphub(
        &db.path,
        &["due", "--days", "30", "--person", &s.margaret, "--json"],
    ));
    assert!(
        due.as_array()
            .unwrap()
            .iter()
            .any(|i| i["link"]["item_id"] == "right-to-work-follow-up"
                && i["date"] == until.as_str()),
        "{due:#}"
    );
    // Not a date: refused, and the date saved before stays.
    let err = refused(&dphub(
        &db.path,
        &["pa", "edit", &ann, "--right-to-work-until", "31/2/2027"],
    ));
    assert!(err.contains("right_to_work_until"), "{err}");
    let shown =
        String::from_utf8_lossy(&dphub(&db.path, &["pa", "show", &ann]).stdout).into_owned();
    assert!(shown.contains("Right to work until"), "{shown}");
}
