//! Live checklists on a real (temporary) database: dates from the facts, ticks with who and when,
//! refusals that change nothing, what needs doing across people, and the iCalendar export.

use chrono::NaiveDate;
use dphub_core::app::checklists::{
    self, due_calendar, what_needs_doing, ChecklistOwner, ChecklistView, DueKind, DueLink,
    ItemStatus, ItemView, StatusTag,
};
use dphub_core::app::contacts::{
    self, ContactDraft, ContactStatus, DbsDraft, DbsLevel, TrainingDraft,
};
use dphub_core::app::documents::{build_document, DocumentKind, DocumentRequest};
use dphub_core::app::employment::{
    self, EmploymentDraft, EmploymentEndDraft, MonthlyPaydayKind, PayFrequency,
};
use dphub_core::app::people::{self, ManagedBy, PersonDraft, RecipientType};
use dphub_core::model::ids::{ContactId, EmploymentId, PersonId};
use dphub_core::{CoreError, Database};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();

fn add_person(store: &mut Database, name: &str, dp_start: &str) -> PersonId {
    add_person_on(store, name, dp_start, TODAY)
}

/// A person added to DP Hub on `added`, the day it begins keeping their duties.
fn add_person_on(store: &mut Database, name: &str, dp_start: &str, added: NaiveDate) -> PersonId {
    let mut draft = PersonDraft {
        full_name: name.into(),
        date_of_birth: "1950-02-01".into(),
        council: "Hampshire County Council".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        ..PersonDraft::default()
    };
    draft.manager.managed_by = Some(ManagedBy::Themself);
    draft.dp.gross_amount = "1250".into();
    draft.dp.start_date = dp_start.into();
    people::add_person(store, &draft, added).unwrap().person.id
}

fn add_pa(
    store: &mut Database,
    name: &str,
    dbs_issued: Option<&str>,
    training: Option<(&str, &str)>,
) -> ContactId {
    let mut draft = ContactDraft {
        full_name: name.into(),
        phones: vec!["07700 900982".into()],
        status: Some(ContactStatus::WorkingForUs),
        ..ContactDraft::default()
    };
    if let Some(issued) = dbs_issued {
        draft.dbs = DbsDraft {
            level: Some(DbsLevel::Enhanced),
            issue_date: issued.into(),
            ..DbsDraft::default()
        };
    }
    if let Some((course, expires)) = training {
        draft.training = vec![TrainingDraft {
            course: course.into(),
            completed_on: "2025-12-01".into(),
            expires_on: expires.into(),
        }];
    }
    contacts::add_contact(store, &draft, TODAY)
        .unwrap()
        .contact
        .id
}

fn employ(
    store: &mut Database,
    person: PersonId,
    pa: ContactId,
    start: &str,
    frequency: PayFrequency,
) -> EmploymentId {
    let draft = EmploymentDraft {
        person_id: Some(person),
        contact_id: Some(pa),
        start_date: start.into(),
        hours_per_week: "16".into(),
        working_pattern: "Monday to Thursday".into(),
        hourly_rate: "13.50".into(),
        pay_frequency: Some(frequency),
        // Paid on the last day of each pay period (monthly: on the 10th, a month after the start).
        first_payday: employment::assumed_first_payday(start.parse().unwrap(), frequency)
            .to_string(),
        monthly_payday: Some(MonthlyPaydayKind::DayOfMonth),
        payday_day_of_month: "10".into(),
        payday_before_closed_days: false,
        ..EmploymentDraft::default()
    };
    employment::add_employment(store, &draft, TODAY)
        .unwrap()
        .employment
        .id
}

fn item<'a>(views: &'a [ChecklistView], checklist: &str, id: &str) -> &'a ItemView {
    views
        .iter()
        .find(|v| v.checklist_id == checklist)
        .unwrap_or_else(|| panic!("no checklist {checklist}"))
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

fn one<'a>(views: &'a [ChecklistView], checklist: &str) -> &'a ChecklistView {
    views.iter().find(|v| v.checklist_id == checklist).unwrap()
}

/// Margaret employs Ann from 11 January 2027, paid monthly.
fn margaret_and_ann(store: &mut Database) -> (PersonId, EmploymentId) {
    let margaret = add_person(store, "Margaret Hale", "2026-08-30");
    let ann = add_pa(store, "Ann Lee", None, None);
    let e = employ(store, margaret, ann, "2027-01-11", PayFrequency::Monthly);
    (margaret, e)
}

#[test]
fn the_right_checklists_apply_and_a_changed_start_date_moves_the_dates() {
    let mut store = Database::open_in_memory().unwrap();
    let (margaret, e) = margaret_and_ann(&mut store);

    let mine = checklists::checklists_for_person(&store, margaret, TODAY).unwrap();
    let ids: Vec<&str> = mine.iter().map(|v| v.checklist_id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "becoming-an-employer",
            "recruiting-a-pa",
            "monthly-quarterly",
            "yearly"
        ]
    );
    assert_eq!(one(&mine, "yearly").person_name, "Margaret Hale");
    let review = item(&mine, "yearly", "dp-review").due.clone().unwrap();
    assert_eq!(review.date, d(2027, 2, 28), "{}", review.because);
    let p60 = item(&mine, "yearly", "p60").due.clone().unwrap();
    assert_eq!(
        p60.because,
        "31 May 2027: due by 31 May after the tax year ending 5 April 2027"
    );

    let pa = checklists::checklists_for_employment(&store, e, TODAY).unwrap();
    let ids: Vec<&str> = pa.iter().map(|v| v.checklist_id.as_str()).collect();
    assert_eq!(
        ids,
        ["before-first-day", "every-payday", "pension"],
        "no leaving list yet"
    );
    assert_eq!(one(&pa, "pension").pa_name.as_deref(), Some("Ann Lee"));
    let statement = item(&pa, "before-first-day", "written-statement");
    assert_eq!(statement.due.as_ref().unwrap().date, d(2027, 1, 11));
    assert_eq!(statement.tag, StatusTag::ToDo);
    assert_eq!(
        item(&pa, "pension", "letter-to-pa")
            .due
            .as_ref()
            .unwrap()
            .date,
        d(2027, 2, 22)
    );
    assert_eq!(
        item(&pa, "every-payday", "payslip")
            .due
            .as_ref()
            .unwrap()
            .date,
        d(2027, 2, 10)
    );
    assert_eq!(one(&pa, "before-first-day").progress.text, "0 of 8 done");

    // The start moves to 1 February: every date that hangs on it moves too.
    let mut draft = employment::employment_draft(&store, e).unwrap();
    draft.start_date = "2027-02-01".into();
    employment::update_employment(&mut store, e, &draft, TODAY).unwrap();
    let pa = checklists::checklists_for_employment(&store, e, TODAY).unwrap();
    assert_eq!(
        item(&pa, "before-first-day", "written-statement")
            .due
            .as_ref()
            .unwrap()
            .date,
        d(2027, 2, 1)
    );
    assert_eq!(
        item(&pa, "pension", "letter-to-pa")
            .due
            .as_ref()
            .unwrap()
            .date,
        d(2027, 3, 15)
    );
    assert_eq!(
        item(&pa, "pension", "declaration")
            .due
            .as_ref()
            .unwrap()
            .date,
        d(2027, 7, 1)
    );
    let mine = checklists::checklists_for_person(&store, margaret, TODAY).unwrap();
    assert_eq!(
        item(
            &mine,
            "becoming-an-employer",
            "employers-liability-insurance"
        )
        .due
        .as_ref()
        .unwrap()
        .date,
        d(2027, 2, 1)
    );

    // Once the employment has an end date, "when a PA leaves" appears.
    employment::end_employment(
        &mut store,
        e,
        &EmploymentEndDraft {
            end_date: "2027-06-30".into(),
            reason: "Moved away".into(),
        },
        TODAY,
    )
    .unwrap();
    let pa = checklists::checklists_for_employment(&store, e, TODAY).unwrap();
    let tell = item(&pa, "pa-leaving", "tell-council");
    assert_eq!(tell.due.as_ref().unwrap().date, d(2027, 6, 30));
}

#[test]
fn a_time_limited_permission_to_work_gives_the_follow_up_check_its_date() {
    let mut store = Database::open_in_memory().unwrap();
    let (margaret, e) = margaret_and_ann(&mut store);
    let follow_up = |store: &Database| {
        let pa = checklists::checklists_for_employment(store, e, TODAY).unwrap();
        item(&pa, "before-first-day", "right-to-work-follow-up")
            .due
            .clone()
    };
    assert_eq!(follow_up(&store), None, "permission not time limited");

    let ann = dphub_core::app::employment::view_employment(&store, e, TODAY)
        .unwrap()
        .employment
        .contact_id;
    let mut draft = contacts::contact_draft(&store, ann).unwrap();
    draft.right_to_work_until = "2027-06-30".into();
    contacts::update_contact(&mut store, ann, &draft, TODAY).unwrap();
    let due = follow_up(&store).expect("a date once the permission's end is known");
    assert_eq!(due.date, d(2027, 6, 30));
    assert_eq!(
        due.because,
        "30 June 2027: on or before the day the PA's permission to work in the UK ends"
    );
    // It is on the home screen with everything else due.
    let soon = what_needs_doing(&store, TODAY, 365, Some(margaret)).unwrap();
    assert!(
        soon.iter()
            .any(|x| x.what.starts_with("If the PA's permission to work")
                && x.date == d(2027, 6, 30)),
        "{soon:?}"
    );

    draft.right_to_work_until = "2026-12-20".into();
    contacts::update_contact(&mut store, ann, &draft, TODAY).unwrap();
    assert_eq!(
        follow_up(&store).unwrap().date,
        d(2026, 12, 20),
        "the date moves with the fact"
    );
}

#[test]
fn tick_untick_and_not_applicable_round_trip_with_who_and_when() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    let mut store = Database::open(&path, &crate::encryption::unlock()).unwrap();
    let (_, e) = margaret_and_ann(&mut store);
    let owner = ChecklistOwner::Employment(e);

    checklists::set_note(
        &mut store,
        owner,
        "dbs",
        "Ann applies through the umbrella body",
        TODAY,
    )
    .unwrap();
    let view = checklists::tick(
        &mut store,
        owner,
        "dbs",
        d(2026, 11, 30),
        "Margaret Hale",
        TODAY,
    )
    .unwrap();
    assert_eq!(view.checklist_id, "before-first-day");
    assert_eq!(view.progress.text, "1 of 8 done");
    drop(store);

    // Saved: a new connection reads it back.
    let mut store = Database::open(&path, &crate::encryption::unlock()).unwrap();
    let views = checklists::checklists_for_employment(&store, e, TODAY).unwrap();
    let dbs = item(&views, "before-first-day", "dbs");
    assert_eq!(dbs.tag, StatusTag::Done);
    assert_eq!(
        dbs.status,
        ItemStatus::Done {
            done_on: d(2026, 11, 30),
            done_by: "Margaret Hale".into(),
            occurrence: None
        }
    );
    assert_eq!(
        dbs.note, "Ann applies through the umbrella body",
        "the note is kept"
    );

    let view = checklists::untick(&mut store, owner, "dbs", TODAY).unwrap();
    let views = [view];
    assert_eq!(
        item(&views, "before-first-day", "dbs").status,
        ItemStatus::ToDo
    );
    assert_eq!(views[0].progress.text, "0 of 8 done");

    let view = checklists::not_applicable(
        &mut store,
        owner,
        "right-to-work-follow-up",
        "British citizen",
        TODAY,
    )
    .unwrap();
    let views = [view];
    let na = item(&views, "before-first-day", "right-to-work-follow-up");
    assert_eq!(na.tag, StatusTag::NotApplicable);
    assert_eq!(
        na.status,
        ItemStatus::NotApplicable {
            reason: "British citizen".into()
        }
    );
    assert_eq!(
        views[0].progress.text, "0 of 7 done",
        "not applicable is not counted"
    );
}

#[test]
fn a_recurring_duty_moves_on_and_an_employers_item_is_shared_by_every_pa() {
    let mut store = Database::open_in_memory().unwrap();
    let (margaret, e) = margaret_and_ann(&mut store);
    let bea = add_pa(&mut store, "Bea Ode", None, None);
    let e2 = employ(
        &mut store,
        margaret,
        bea,
        "2027-03-01",
        PayFrequency::Weekly,
    );
    let today = d(2027, 2, 5);

    // The payslip for the first payday (10 February 2027) is done: the next is 10 March.
    let view = checklists::tick(
        &mut store,
        ChecklistOwner::Employment(e),
        "payslip",
        today,
        "Margaret",
        today,
    )
    .unwrap();
    let views = [view];
    let payslip = item(&views, "every-payday", "payslip");
    assert_eq!(payslip.tag, StatusTag::Done);
    assert!(payslip.recurring);
    assert_eq!(payslip.due.as_ref().unwrap().date, d(2027, 3, 10));
    assert!(
        matches!(payslip.status, ItemStatus::Done { occurrence: Some(o), .. } if o == d(2027, 2, 10))
    );

    // The declaration is the employer's: ticked on Ann's list, it is done on Bea's too.
    checklists::tick(
        &mut store,
        ChecklistOwner::Employment(e),
        "declaration",
        today,
        "Margaret",
        today,
    )
    .unwrap();
    let bea_views = checklists::checklists_for_employment(&store, e2, today).unwrap();
    let declaration = item(&bea_views, "pension", "declaration");
    assert!(declaration.shared);
    assert_eq!(declaration.tag, StatusTag::Done);
    assert_eq!(
        item(&bea_views, "pension", "letter-to-pa").tag,
        StatusTag::ToDo,
        "Bea's own"
    );
}

#[test]
fn a_tick_on_a_missing_item_or_owner_is_refused_and_changes_nothing() {
    let mut store = Database::open_in_memory().unwrap();
    let (margaret, e) = margaret_and_ann(&mut store);
    let before_person = checklists::checklists_for_person(&store, margaret, TODAY).unwrap();
    let before_pa = checklists::checklists_for_employment(&store, e, TODAY).unwrap();

    let missing = checklists::tick(
        &mut store,
        ChecklistOwner::Employment(e),
        "no-such-item",
        TODAY,
        "Margaret",
        TODAY,
    )
    .unwrap_err();
    assert!(matches!(missing, CoreError::Invalid(_)), "{missing}");
    assert!(
        missing
            .to_string()
            .contains("There is no checklist item \"no-such-item\""),
        "{missing}"
    );
    // An item of a PA's checklist, given for the employer.
    let wrong = checklists::tick(
        &mut store,
        ChecklistOwner::Person(margaret),
        "written-statement",
        TODAY,
        "Margaret",
        TODAY,
    )
    .unwrap_err();
    assert!(
        wrong.to_string().contains("is not on this checklist"),
        "{wrong}"
    );
    // "When a PA leaves" before the PA has left.
    assert!(checklists::tick(
        &mut store,
        ChecklistOwner::Employment(e),
        "p45",
        TODAY,
        "M",
        TODAY
    )
    .is_err());
    // Nobody, or the future.
    let nobody = checklists::tick(
        &mut store,
        ChecklistOwner::Employment(e),
        "dbs",
        TODAY,
        "  ",
        TODAY,
    )
    .unwrap_err();
    assert!(nobody.to_string().contains("Enter who did it"), "{nobody}");
    assert!(checklists::tick(
        &mut store,
        ChecklistOwner::Employment(e),
        "dbs",
        d(2026, 12, 2),
        "M",
        TODAY
    )
    .is_err());
    assert!(checklists::not_applicable(
        &mut store,
        ChecklistOwner::Employment(e),
        "dbs",
        "",
        TODAY
    )
    .is_err());
    // Unknown people and employments.
    assert!(matches!(
        checklists::tick(
            &mut store,
            ChecklistOwner::Person(PersonId(99)),
            "p60",
            TODAY,
            "M",
            TODAY
        ),
        Err(CoreError::NotFound {
            what: "person",
            id: 99
        })
    ));
    assert!(matches!(
        checklists::untick(
            &mut store,
            ChecklistOwner::Employment(EmploymentId(42)),
            "dbs",
            TODAY
        ),
        Err(CoreError::NotFound {
            what: "employment",
            id: 42
        })
    ));

    assert_eq!(
        checklists::checklists_for_person(&store, margaret, TODAY).unwrap(),
        before_person
    );
    assert_eq!(
        checklists::checklists_for_employment(&store, e, TODAY).unwrap(),
        before_pa
    );
}

#[test]
fn past_the_bank_holiday_data_only_that_item_says_so() {
    let mut store = Database::open_in_memory().unwrap();
    // Added in 2029, so no missed payment from earlier years is asked about.
    let margaret = add_person_on(&mut store, "Margaret Hale", "2026-08-30", d(2029, 1, 2));
    let ann = add_pa(&mut store, "Ann Lee", None, None);
    employ(
        &mut store,
        margaret,
        ann,
        "2027-01-11",
        PayFrequency::Monthly,
    );
    let views = checklists::checklists_for_person(&store, margaret, d(2029, 1, 10)).unwrap();
    let hmrc = item(&views, "monthly-quarterly", "pay-hmrc-monthly");
    assert_eq!(hmrc.due, None);
    assert!(
        hmrc.due_problem
            .as_deref()
            .unwrap()
            .contains("bank holidays of 2025 to 2028 only"),
        "{:?}",
        hmrc.due_problem
    );
    // The rest of the list still has its dates.
    assert_eq!(
        item(&views, "monthly-quarterly", "eps")
            .due
            .as_ref()
            .unwrap()
            .date,
        d(2029, 1, 19)
    );
}

#[test]
fn what_needs_doing_lists_overdue_and_upcoming_across_people() {
    let mut store = Database::open_in_memory().unwrap();
    // Margaret's PA Ann started on 2 November: some of her first-day items are overdue. Ann's DBS
    // check (3 December 2023) reaches the 3-year limit on 3 December 2026.
    let margaret = add_person(&mut store, "Margaret Hale", "2026-01-05");
    let ann = add_pa(
        &mut store,
        "Ann Lee",
        Some("2023-12-03"),
        Some(("Moving and handling", "2026-12-20")),
    );
    let e = employ(
        &mut store,
        margaret,
        ann,
        "2026-11-02",
        PayFrequency::Monthly,
    );
    // Raj starts his direct payment on 10 June: his first review is due on 10 December.
    let raj = add_person(&mut store, "Raj Patel", "2026-06-10");

    let all = what_needs_doing(&store, TODAY, 30, None).unwrap();
    assert!(
        all.windows(2).all(|w| w[0].date <= w[1].date),
        "soonest first"
    );
    let dbs = all
        .iter()
        .find(|i| i.kind == DueKind::DbsCheck)
        .expect("the DBS check");
    assert_eq!(
        (dbs.date, dbs.person_name.as_str()),
        (d(2026, 12, 3), "Margaret Hale")
    );
    assert_eq!(dbs.link, DueLink::Contact { contact_id: ann });
    assert!(dbs.because.contains("3 December 2023"), "{}", dbs.because);
    let training = all.iter().find(|i| i.kind == DueKind::Training).unwrap();
    assert_eq!(training.date, d(2026, 12, 20));
    let statement = all
        .iter()
        .find(|i| matches!(&i.link, DueLink::EmploymentChecklist { item_id, .. } if item_id == "written-statement"))
        .unwrap();
    assert!(statement.overdue);
    assert_eq!(statement.pa_name.as_deref(), Some("Ann Lee"));
    assert_eq!(
        statement.link,
        DueLink::EmploymentChecklist {
            employment_id: e,
            checklist_id: "before-first-day".into(),
            item_id: "written-statement".into()
        }
    );
    let reviews: Vec<_> = all
        .iter()
        .filter(|i| i.person_id == raj && i.date == d(2026, 12, 10))
        .collect();
    assert_eq!(
        reviews.len(),
        1,
        "one review, not one from the checklist and one from the record: {reviews:?}"
    );
    // Nothing beyond 30 days.
    assert!(all.iter().all(|i| i.date <= d(2026, 12, 31)));

    // Ticked, it leaves the list.
    checklists::tick(
        &mut store,
        ChecklistOwner::Employment(e),
        "written-statement",
        TODAY,
        "Margaret",
        TODAY,
    )
    .unwrap();
    let after = what_needs_doing(&store, TODAY, 30, None).unwrap();
    assert_eq!(after.len(), all.len() - 1);

    // One person only.
    let rajs = what_needs_doing(&store, TODAY, 30, Some(raj)).unwrap();
    assert!(!rajs.is_empty());
    assert!(rajs.iter().all(|i| i.person_name == "Raj Patel"));
}

fn events(ics: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for calendar in ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes())) {
        for event in calendar.expect("the file parses").events {
            let get = |name: &str| {
                event
                    .properties
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| p.value.clone())
                    .unwrap_or_else(|| panic!("no {name}"))
            };
            get("DTSTAMP");
            get("SUMMARY");
            out.push((get("UID"), get("DTSTART"), get("DESCRIPTION")));
        }
    }
    out
}

#[test]
fn the_calendar_parses_and_keeps_its_uids() {
    let mut store = Database::open_in_memory().unwrap();
    let margaret = add_person(&mut store, "Margaret Hale", "2026-01-05");
    let ann = add_pa(&mut store, "Ann Lee", None, None);
    let e = employ(
        &mut store,
        margaret,
        ann,
        "2026-12-14",
        PayFrequency::Monthly,
    );

    let items = what_needs_doing(&store, TODAY, 30, None).unwrap();
    let ics = due_calendar(&items);
    assert_eq!(
        ics,
        due_calendar(&what_needs_doing(&store, TODAY, 30, None).unwrap()),
        "the same file twice"
    );
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20261214"),
        "all-day events"
    );
    assert!(
        ics.contains("DTEND;VALUE=DATE:20261215"),
        "ending the next day"
    );
    assert!(ics.contains("PRODID:-//DP Hub//Checklists//EN"));
    let first = events(&ics);
    assert_eq!(first.len(), items.len());
    let mut uids: Vec<&String> = first.iter().map(|e| &e.0).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), first.len(), "unique UIDs");
    assert!(first.iter().all(|e| e.0.ends_with("@dphub.local")));
    let statement_uid = format!("p{margaret}-e{e}-before-first-day-written-statement@dphub.local");
    let before = first
        .iter()
        .find(|ev| ev.0 == statement_uid)
        .expect("the written statement");
    assert_eq!(before.1, "20261214");

    // The start moves: the same event, on the new date.
    let mut draft = employment::employment_draft(&store, e).unwrap();
    draft.start_date = "2026-12-21".into();
    employment::update_employment(&mut store, e, &draft, TODAY).unwrap();
    let moved = events(&due_calendar(
        &what_needs_doing(&store, TODAY, 30, None).unwrap(),
    ));
    let after = moved
        .iter()
        .find(|ev| ev.0 == statement_uid)
        .expect("same UID");
    assert_eq!(after.1, "20261221");
    assert!(
        after.2.starts_with("21 December 2026: on or before"),
        "{}",
        after.2
    );
}

#[test]
fn an_employment_given_for_someone_else_is_refused_in_one_way() {
    let mut store = Database::open_in_memory().unwrap();
    let (margaret, e) = margaret_and_ann(&mut store);
    let raj = add_person(&mut store, "Raj Patel", "2026-08-30");
    let ok = employment::employment_of_person(&store, margaret, e, "employment").unwrap();
    assert_eq!(ok.id, e);

    let not_his = |error: CoreError, field: &str| match error {
        CoreError::Invalid(p) => {
            assert!(p.has(field), "{p:?}");
            assert_eq!(
                p.list()[0].message,
                format!("Employment {e} is not one of person {raj}'s")
            );
        }
        other => panic!("expected a problem with {field}, got {other}"),
    };
    not_his(
        employment::employment_of_person(&store, raj, e, "employment").unwrap_err(),
        "employment",
    );
    not_his(
        checklists::checklist_owner(&store, Some(raj), Some(e)).unwrap_err(),
        "employment",
    );
    let request = DocumentRequest {
        kind: DocumentKind::Particulars,
        person_id: raj,
        employment_id: Some(e),
        prepared_on: TODAY,
        timesheet_period_of: None,
    };
    not_his(
        build_document(&store, &request).unwrap_err(),
        "employment_id",
    );
    assert!(matches!(
        employment::employment_of_person(&store, margaret, EmploymentId(e.0 + 99), "employment"),
        Err(CoreError::NotFound { .. })
    ));
}

#[test]
fn a_missed_payday_duty_stays_overdue_until_ticked_or_not_applicable() {
    let mut store = Database::open_in_memory().unwrap();
    let margaret = add_person(&mut store, "Margaret Hale", "2026-08-30");
    let ann = add_pa(&mut store, "Ann Lee", None, None);
    // Weekly from Monday 7 December, paid on Fridays from 11 December; DP Hub keeps it from 1 December.
    let draft = EmploymentDraft {
        person_id: Some(margaret),
        contact_id: Some(ann),
        start_date: "2026-12-07".into(),
        hours_per_week: "16".into(),
        working_pattern: "Monday to Thursday".into(),
        hourly_rate: "13.50".into(),
        pay_frequency: Some(PayFrequency::Weekly),
        first_payday: "2026-12-11".into(),
        ..EmploymentDraft::default()
    };
    let e = employment::add_employment(&mut store, &draft, TODAY)
        .unwrap()
        .employment
        .id;
    let owner = ChecklistOwner::Employment(e);
    let fps = |store: &Database, today| {
        let views = checklists::checklists_for_employment(store, e, today).unwrap();
        item(&views, "every-payday", "fps").clone()
    };

    // Before the first payday: to do on Friday 11 December.
    let before = fps(&store, d(2026, 12, 9));
    assert_eq!(before.tag, StatusTag::ToDo);
    assert_eq!(before.due.unwrap().date, d(2026, 12, 11));

    // Two paydays later nothing was ticked: the first missed FPS is overdue, not the next one.
    let today = d(2026, 12, 21);
    let missed = fps(&store, today);
    assert_eq!(missed.tag, StatusTag::Overdue);
    let due = missed.due.unwrap();
    assert_eq!(due.date, d(2026, 12, 11));
    assert_eq!(
        due.because,
        "11 December 2026: a payday (every Friday, from 11 December 2026)"
    );
    let doing = what_needs_doing(&store, today, 7, Some(margaret)).unwrap();
    assert!(
        doing
            .iter()
            .any(|i| i.date == d(2026, 12, 11) && i.what.contains("Full Payment Submission")),
        "{doing:#?}"
    );

    // Ticked for 11 December: the 18th, also gone, is overdue next; then the 25th is to do.
    checklists::tick(&mut store, owner, "fps", today, "Margaret", today).unwrap();
    let next = fps(&store, today);
    assert_eq!(next.tag, StatusTag::Overdue);
    assert_eq!(next.due.unwrap().date, d(2026, 12, 18));
    checklists::tick(&mut store, owner, "fps", today, "Margaret", today).unwrap();
    let after = fps(&store, today);
    assert_eq!(after.tag, StatusTag::Done);
    assert_eq!(after.due.unwrap().date, d(2026, 12, 25));

    // A payroll bureau sends the FPS: not applicable, never overdue.
    checklists::untick(&mut store, owner, "fps", today).unwrap();
    assert_eq!(fps(&store, today).tag, StatusTag::Overdue);
    checklists::not_applicable(
        &mut store,
        owner,
        "fps",
        "The payroll bureau does it",
        today,
    )
    .unwrap();
    assert_eq!(fps(&store, today).tag, StatusTag::NotApplicable);
}

#[test]
fn the_keeping_period_for_records_is_a_setting_per_person_that_moves_the_reminder() {
    let mut store = Database::open_in_memory().unwrap();
    let (margaret, _) = margaret_and_ann(&mut store);
    let clear_out = |store: &Database| {
        let mine = checklists::checklists_for_person(store, margaret, TODAY).unwrap();
        item(&mine, "yearly", "clear-out-old-records")
            .due
            .clone()
            .unwrap()
    };
    assert_eq!(checklists::keep_records_years(&store, margaret).unwrap(), 6);
    let six = clear_out(&store);
    assert!(six.because.contains("kept 6 years"), "{}", six.because);

    assert_eq!(
        checklists::set_keep_records_years(&mut store, margaret, 8).unwrap(),
        8
    );
    let eight = clear_out(&store);
    assert_eq!(eight.date, six.date + chrono::Months::new(24));
    assert!(eight.because.contains("kept 8 years"), "{}", eight.because);

    for refused in [2, 21] {
        match checklists::set_keep_records_years(&mut store, margaret, refused) {
            Err(CoreError::Invalid(problems)) => assert!(problems.has("keep_records_years")),
            other => panic!("{refused} years was not refused: {other:?}"),
        }
    }
    assert_eq!(checklists::keep_records_years(&store, margaret).unwrap(), 8);
    assert!(matches!(
        checklists::keep_records_years(&store, PersonId(999)),
        Err(CoreError::NotFound { .. })
    ));
}
