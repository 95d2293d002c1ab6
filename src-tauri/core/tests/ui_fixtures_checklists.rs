//! Writes what the checklist screens' browser tests feed their fake backend, worked out by the real
//! core on 1 March 2026 (the browser tests' today), so the dates and rules they show are real.
//! `scripts/test.sh` fails if the committed copy is out of date.

use dphub_core::model::ids::PersonId;
use std::path::PathBuf;

use chrono::NaiveDate;
use dphub_core::app::checklists::{self, ChecklistOwner};
use dphub_core::app::contacts::{
    self, ContactDraft, ContactStatus, DbsDraft, DbsLevel, TrainingDraft,
};
use dphub_core::app::employment::{self, EmploymentDraft, PayFrequency};
use dphub_core::app::people::{self, ManagedBy, PersonDraft, RecipientType};
use dphub_core::Database;
use serde_json::json;

const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();

fn add_person(store: &mut Database, name: &str, dp_start: &str, reviews: &[&str]) -> PersonId {
    let mut draft = PersonDraft {
        full_name: name.into(),
        date_of_birth: "1948-03-12".into(),
        council: "Hampshire County Council".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        ..PersonDraft::default()
    };
    draft.manager.managed_by = Some(ManagedBy::Themself);
    draft.dp.gross_amount = "1250".into();
    draft.dp.start_date = dp_start.into();
    draft.dp.review_dates = reviews.iter().map(|r| r.to_string()).collect();
    people::add_person(store, &draft, TODAY).unwrap().person.id
}

#[test]
fn checklists_for_the_ui_tests() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Database::open(
        &dir.path().join("fixtures.sqlite3"),
        &crate::encryption::unlock(),
    )
    .unwrap();
    let zoe = add_person(&mut store, "Zoë Łukasiewicz", "2026-01-05", &[]);
    let arthur = add_person(
        &mut store,
        "Arthur Pennington",
        "2025-09-01",
        &["2026-03-20"],
    );
    let pa = ContactDraft {
        full_name: "Ann Lee".into(),
        phones: vec!["07700 900982".into()],
        status: Some(ContactStatus::WorkingForUs),
        dbs: DbsDraft {
            level: Some(DbsLevel::Enhanced),
            issue_date: "2023-03-10".into(),
            ..DbsDraft::default()
        },
        training: vec![TrainingDraft {
            course: "Moving and handling".into(),
            completed_on: "2025-03-20".into(),
            expires_on: "2026-03-20".into(),
        }],
        ..ContactDraft::default()
    };
    let ann = contacts::add_contact(&mut store, &pa, TODAY)
        .unwrap()
        .contact
        .id;
    let job = EmploymentDraft {
        person_id: Some(zoe),
        contact_id: Some(ann),
        start_date: "2026-03-16".into(),
        hours_per_week: "16".into(),
        working_pattern: "Monday to Thursday, 8am to noon".into(),
        hourly_rate: "13.50".into(),
        pay_frequency: Some(PayFrequency::Weekly),
        first_payday: "2026-03-20".into(),
        ..EmploymentDraft::default()
    };
    let employment = employment::add_employment(&mut store, &job, TODAY)
        .unwrap()
        .employment
        .id;
    // Arthur's PA started on 2 February: some of her first-day list was never ticked, so it is overdue.
    let bea = ContactDraft {
        full_name: "Bea Lindqvist".into(),
        phones: vec!["07700 900123".into()],
        status: Some(ContactStatus::WorkingForUs),
        ..ContactDraft::default()
    };
    let bea = contacts::add_contact(&mut store, &bea, TODAY)
        .unwrap()
        .contact
        .id;
    let beas_job = EmploymentDraft {
        person_id: Some(arthur),
        contact_id: Some(bea),
        start_date: "2026-02-02".into(),
        first_payday: "2026-02-06".into(),
        ..job.clone()
    };
    let beas = employment::add_employment(&mut store, &beas_job, TODAY)
        .unwrap()
        .employment
        .id;
    let feb = NaiveDate::from_ymd_opt(2026, 2, 2).unwrap();
    for item in [
        "right-to-work",
        "dbs",
        "written-statement",
        "pension-assessment",
        "induction-plan",
    ] {
        checklists::tick(
            &mut store,
            ChecklistOwner::Employment(beas),
            item,
            feb,
            "Arthur",
            TODAY,
        )
        .unwrap();
    }
    let arthurs = checklists::checklists_for_person(&store, arthur, TODAY).unwrap();
    for view in arthurs.iter().filter(|v| v.checklist_id != "yearly") {
        for item in view.sections.iter().flat_map(|s| &s.items) {
            if item.due.as_ref().is_some_and(|d| d.date < TODAY)
                && item.id != "employers-liability-insurance"
            {
                checklists::tick(
                    &mut store,
                    ChecklistOwner::Person(arthur),
                    &item.id,
                    feb,
                    "Arthur",
                    TODAY,
                )
                .unwrap();
            }
        }
    }
    // Something recorded on each kind of status, so the screens show them all.
    let me = ChecklistOwner::Person(zoe);
    let on = NaiveDate::from_ymd_opt(2026, 2, 10).unwrap();
    checklists::tick(
        &mut store,
        me,
        "employed-or-self-employed",
        on,
        "Zoë",
        TODAY,
    )
    .unwrap();
    checklists::not_applicable(
        &mut store,
        me,
        "budget-check",
        "The council's broker did it",
        TODAY,
    )
    .unwrap();
    checklists::set_note(
        &mut store,
        me,
        "employers-liability-insurance",
        "Quote from the broker in the blue folder",
        TODAY,
    )
    .unwrap();

    let person_lists = |id| checklists::checklists_for_person(&store, id, TODAY).unwrap();
    let due = |days| checklists::what_needs_doing(&store, TODAY, days, None).unwrap();
    let fixture = json!({
        "today": TODAY,
        "person_checklists": { zoe.to_string(): person_lists(zoe), arthur.to_string(): person_lists(arthur) },
        "employment_checklists": {
            employment.to_string(): checklists::checklists_for_employment(&store, employment, TODAY).unwrap(),
            beas.to_string(): checklists::checklists_for_employment(&store, beas, TODAY).unwrap(),
        },
        "due": { "7": due(7), "30": due(30), "90": due(90) },
    });
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../ui/tests/browser/generated/checklists.json");
    std::fs::write(path, serde_json::to_string_pretty(&fixture).unwrap() + "\n").unwrap();
}
