//! What needs doing asks about the account once it is in use: a council payment that has not come
//! in, money above the threshold, a statement check every 8 weeks, the next monitoring return.

use chrono::NaiveDate;
use dphub_core::app::account::{self, EntryDraft, ReconcileDraft, ReturnFrequency};
use dphub_core::app::checklists::{what_needs_doing, DueItem, DueKind, DueLink};
use dphub_core::app::people::{self, ManagedBy, PersonDraft, RecipientType};
use dphub_core::model::ids::PersonId;
use dphub_core::Database;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn zoe(db: &mut Database) -> PersonId {
    let mut draft = PersonDraft {
        full_name: "Zoë Łukasiewicz".into(),
        date_of_birth: "1948-03-12".into(),
        council: "Hampshire County Council".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        ..PersonDraft::default()
    };
    draft.manager.managed_by = Some(ManagedBy::Themself);
    draft.dp.gross_amount = "1069.60".into();
    draft.dp.contribution = "40.00".into();
    draft.dp.start_date = "2026-01-05".into();
    people::add_person(db, &draft, d(2026, 1, 5))
        .unwrap()
        .person
        .id
}

fn pay_in(db: &mut Database, person: PersonId, date: &str, amount: &str, category: &str) {
    let draft = EntryDraft {
        date: date.into(),
        amount: amount.into(),
        category: category.into(),
        ..EntryDraft::default()
    };
    account::add_entry(db, person, &draft, None).unwrap();
}

fn accounts(items: &[DueItem]) -> Vec<(NaiveDate, &str, bool)> {
    items
        .iter()
        .filter(|i| i.kind == DueKind::Account)
        .map(|i| (i.date, i.what.as_str(), i.overdue))
        .collect()
}

#[test]
fn nothing_is_asked_of_an_account_not_in_use() {
    let mut db = Database::open_in_memory().unwrap();
    zoe(&mut db);
    let items = what_needs_doing(&db, d(2026, 6, 1), 30, None).unwrap();
    assert!(accounts(&items).is_empty(), "{items:#?}");
}

#[test]
fn a_missed_payment_arrears_the_excess_a_statement_check_and_the_return() {
    let mut db = Database::open_in_memory().unwrap();
    let zoe = zoe(&mut db);
    // The council pays £1,029.60 (£1,069.60 less the £40.00 contribution) every 4 weeks.
    pay_in(&mut db, zoe, "2026-01-05", "1029.60", "council-payment");
    pay_in(&mut db, zoe, "2026-01-05", "40.00", "contribution");
    pay_in(&mut db, zoe, "2026-01-20", "600.00", "refund");

    let today = d(2026, 2, 20);
    let items = what_needs_doing(&db, today, 30, Some(zoe)).unwrap();
    let found = accounts(&items);
    assert!(
        found.contains(&(
            d(2026, 2, 2),
            "A council payment has not come in: ask the council",
            true
        )),
        "{found:#?}"
    );
    assert!(
        found.contains(&(
            today,
            "Contributions are £40.00 behind: pay them into the account",
            true
        )),
        "{found:#?}"
    );
    let excess = items
        .iter()
        .find(|i| i.what.contains("above the council's threshold"))
        .unwrap();
    assert!(
        excess.what.starts_with("£600.00 is held"),
        "{}",
        excess.what
    );
    assert!(
        excess.because.contains("4 weeks of £267.40 = £1,069.60"),
        "{}",
        excess.because
    );
    assert_eq!(excess.link, DueLink::Account { person_id: zoe });
    // 8 weeks after the first payment, never checked against a statement.
    assert!(found.contains(&(
        d(2026, 3, 2),
        "Check the account against a bank statement",
        false
    )));
    // The quarter 5 January to 4 April is due on 2 May: beyond 30 days, but within 90.
    assert!(!found
        .iter()
        .any(|(_, what, _)| what.contains("monitoring return")));
    let later = what_needs_doing(&db, today, 90, Some(zoe)).unwrap();
    let the_return = later
        .iter()
        .find(|i| i.what.contains("monitoring return"))
        .unwrap();
    assert_eq!(
        the_return.link,
        DueLink::MonitoringReturn { person_id: zoe }
    );
    assert!(accounts(&later).contains(&(
        d(2026, 5, 2),
        "Send the council the monitoring return for 5 January 2026 to 4 April 2026",
        false
    )));

    // Checked against a statement: the next check is 8 weeks on. Returns every 6 months.
    account::reconcile(
        &mut db,
        zoe,
        &ReconcileDraft {
            on: "2026-02-19".into(),
            statement_balance: "1669.60".into(),
        },
        today,
    )
    .unwrap();
    account::set_return_frequency(&mut db, zoe, ReturnFrequency::HalfYearly).unwrap();
    let after = what_needs_doing(&db, today, 90, Some(zoe)).unwrap();
    let found = accounts(&after);
    assert!(
        found.contains(&(
            d(2026, 4, 16),
            "Check the account against a bank statement",
            false
        )),
        "{found:#?}"
    );
    assert!(
        !found
            .iter()
            .any(|(_, what, _)| what.contains("monitoring return")),
        "{found:#?}"
    );
}

#[test]
fn the_return_screen_offers_the_latest_period_ended_by_the_frequency_set() {
    let mut db = Database::open_in_memory().unwrap();
    let zoe = zoe(&mut db);
    let quarterly = account::return_settings(&db, zoe, d(2026, 8, 1)).unwrap();
    assert_eq!(quarterly.every, ReturnFrequency::Quarterly);
    assert_eq!(quarterly.choices.len(), 3);
    assert_eq!(
        quarterly.last_period.text, "5 April 2026 to 4 July 2026",
        "{quarterly:?}"
    );
    assert!(quarterly.last_period_ended);
    let first = account::return_settings(&db, zoe, d(2026, 3, 1)).unwrap();
    assert_eq!(first.last_period.text, "5 January 2026 to 4 April 2026");
    assert!(
        !first.last_period_ended,
        "the first quarter is still running"
    );
    account::set_return_frequency(&mut db, zoe, ReturnFrequency::HalfYearly).unwrap();
    let half = account::return_settings(&db, zoe, d(2026, 8, 1)).unwrap();
    assert_eq!(half.every, ReturnFrequency::HalfYearly);
    assert_eq!(
        (half.last_period.from, half.last_period.to),
        (d(2026, 1, 5), d(2026, 7, 4))
    );
    assert!(account::return_settings(&db, PersonId(99), d(2026, 8, 1)).is_err());
}

#[test]
fn a_return_period_needs_both_dates_in_order() {
    let fields = |from: &str, to: &str| match account::typed_return_period(from, to) {
        Ok(_) => vec![],
        Err(dphub_core::CoreError::Invalid(p)) => {
            p.list().iter().map(|i| i.field.clone()).collect()
        }
        Err(e) => panic!("{e}"),
    };
    assert_eq!(
        account::typed_return_period("2026-1-5", "2026-4-4").unwrap(),
        (d(2026, 1, 5), d(2026, 4, 4))
    );
    assert_eq!(fields("", ""), ["from", "to"]);
    assert_eq!(fields("2026-2-31", "2026-4-4"), ["from"]);
    assert_eq!(fields("2026-4-5", "2026-4-4"), ["to"]);
}
