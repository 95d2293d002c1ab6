//! The direct payment account on a real (temporary) database: terms history, payments in and out
//! with receipts, money owed, the audit trail, excess, expected payments and reconciling; bad input
//! stores nothing.

use std::str::FromStr;

use chrono::NaiveDate;
use dphub_core::app::account::{
    self, AccountBook, EntryDraft, OwedDraft, PaymentStatus, ReceiptFile, ReconcileDraft,
};
use dphub_core::app::contacts::{self, ContactDraft, ContactStatus};
use dphub_core::app::employment::{self, EmploymentDraft};
use dphub_core::app::people::{self, ManagedBy, PersonDraft, RecipientType, TermsChangeDraft};
use dphub_core::model::ids::{EmploymentId, EntryId, PersonId};
use dphub_core::model::money::Money;
use dphub_core::model::period::PaymentPeriod;
use dphub_core::{CoreError, Database};

const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
const PDF: &[u8] = b"%PDF-1.4\n% a receipt\n";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn m(s: &str) -> Money {
    Money::from_str(s).unwrap()
}

fn person_draft(gross: &str, contribution: &str) -> PersonDraft {
    let mut draft = PersonDraft {
        full_name: "Zoë Łukasiewicz".into(),
        date_of_birth: "1948-03-12".into(),
        council: "Hampshire County Council".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        ..PersonDraft::default()
    };
    draft.manager.managed_by = Some(ManagedBy::Themself);
    draft.dp.gross_amount = gross.into();
    draft.dp.contribution = contribution.into();
    draft.dp.start_date = "2026-01-05".into();
    draft.dp.first_payment_date = "2026-01-05".into();
    draft
}

fn add_person(db: &mut Database, gross: &str, contribution: &str) -> PersonId {
    people::add_person(db, &person_draft(gross, contribution), TODAY)
        .unwrap()
        .person
        .id
}

fn draft(date: &str, amount: &str, category: &str) -> EntryDraft {
    EntryDraft {
        date: date.into(),
        amount: amount.into(),
        category: category.into(),
        ..EntryDraft::default()
    }
}

fn add(db: &mut Database, person: PersonId, date: &str, amount: &str, category: &str) -> EntryId {
    account::add_entry(db, person, &draft(date, amount, category), None)
        .unwrap()
        .id
}

fn employ(db: &mut Database, person: PersonId) -> EmploymentId {
    let pa = contacts::add_contact(
        db,
        &ContactDraft {
            full_name: "Ann Lee".into(),
            phones: vec!["07700 900982".into()],
            status: Some(ContactStatus::WorkingForUs),
            ..ContactDraft::default()
        },
        TODAY,
    )
    .unwrap()
    .contact
    .id;
    let draft = EmploymentDraft {
        person_id: Some(person),
        contact_id: Some(pa),
        start_date: "2026-02-02".into(),
        hours_per_week: "16".into(),
        working_pattern: "Monday to Thursday".into(),
        hourly_rate: "13.50".into(),
        ..EmploymentDraft::default()
    };
    employment::add_employment(db, &draft, TODAY)
        .unwrap()
        .employment
        .id
}

fn fields(error: CoreError) -> Vec<String> {
    match error {
        CoreError::Invalid(p) => p.list().iter().map(|x| x.field.clone()).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_change_of_terms_is_kept_with_its_date_and_becomes_the_current_terms() {
    let mut db = Database::open_in_memory().unwrap();
    let id = add_person(&mut db, "1250", "180.40");
    let change = TermsChangeDraft {
        effective_from: "2026-04-06".into(),
        gross_amount: "1300".into(),
        reason: "Uplift for 2026-27".into(),
        ..TermsChangeDraft::default()
    };
    let history = people::add_terms_change(&mut db, id, &change).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].effective_from, d(2026, 1, 5));
    assert_eq!(
        history[1].contribution,
        m("180.40"),
        "kept from the terms then"
    );
    let current = people::get_person(&db, id).unwrap().details.dp;
    assert_eq!(current.gross_amount, m("1300"));

    // The person's form edits the latest entry; the first keeps the amounts it started on.
    let mut form = people::person_draft(&db, id).unwrap();
    form.dp.contribution = "200".into();
    form.dp.period = Some(PaymentPeriod::TwoWeekly);
    people::update_person(&mut db, id, &form, TODAY).unwrap();
    let history = people::terms_history(&db, id).unwrap();
    assert_eq!(history[0].gross_amount, m("1250"));
    assert_eq!(history[0].period, PaymentPeriod::FourWeekly);
    assert_eq!(
        (history[1].contribution, history[1].period),
        (m("200"), PaymentPeriod::TwoWeekly)
    );

    // A start date moved past the first change is refused, and nothing changes.
    form.dp.start_date = "2026-05-01".into();
    let error = people::update_person(&mut db, id, &form, TODAY).unwrap_err();
    assert_eq!(fields(error), ["dp.start_date"]);
    assert_eq!(people::terms_history(&db, id).unwrap(), history);

    // The same date twice is refused.
    let again = people::add_terms_change(&mut db, id, &change).unwrap_err();
    assert_eq!(fields(again), ["effective_from"]);
}

#[test]
fn expected_payments_follow_the_terms_in_force_on_each_date() {
    let mut db = Database::open_in_memory().unwrap();
    let id = add_person(&mut db, "1250", "180.40");
    people::add_terms_change(
        &mut db,
        id,
        &TermsChangeDraft {
            effective_from: "2026-03-01".into(),
            gross_amount: "1300".into(),
            ..TermsChangeDraft::default()
        },
    )
    .unwrap();
    add(&mut db, id, "2026-01-05", "1069.60", "council-payment");
    add(&mut db, id, "2026-02-06", "1069.60", "council-payment");
    add(&mut db, id, "2026-03-02", "1069.60", "council-payment");
    add(&mut db, id, "2026-01-05", "180.40", "contribution");
    let v = account::expected_payments(&db, id, d(2026, 4, 10)).unwrap();
    let statuses: Vec<_> = v.lines.iter().map(|l| l.status).collect();
    assert_eq!(
        statuses,
        [
            PaymentStatus::Received,
            PaymentStatus::Late,
            PaymentStatus::Short,
            PaymentStatus::Missing
        ]
    );
    assert_eq!(v.lines[2].expected.council_pays, m("1119.60"));
    assert_eq!(v.lines[2].difference, m("-50.00"));
    // 4 × £180.40 due, £180.40 paid.
    assert_eq!(v.contributions.arrears, m("541.20"));
}

#[test]
fn a_payment_is_kept_with_its_receipt_and_exported_byte_for_byte() {
    let mut db = Database::open_in_memory().unwrap();
    let id = add_person(&mut db, "1250", "0");
    let job = employ(&mut db, id);
    let mut wages = draft("2026-02-06", "£216.00", "pa-wages");
    wages.employment_id = Some(job);
    wages.counterparty = "Ann Lee".into();
    wages.reference = "Payslip 1".into();
    let entry = account::add_entry(
        &mut db,
        id,
        &wages,
        Some(ReceiptFile {
            file_name: "/tmp/payslip 1.pdf",
            content: PDF,
        }),
    )
    .unwrap();
    assert_eq!(entry.details.amount, m("216.00"));
    let receipt = &entry.receipts[0];
    assert_eq!(
        (receipt.file_name.as_str(), receipt.media_type.as_str()),
        ("payslip 1.pdf", "application/pdf")
    );
    let back = account::receipt(&db, receipt.id).unwrap();
    assert_eq!(back.content, PDF);
    assert_eq!(back.info.sha256.len(), 64);
    let listed = account::list_entries(&db, id, None, None).unwrap();
    assert_eq!(listed.lines[0].entry, entry);
    assert_eq!(listed.closing_balance, m("-216.00"));
}

#[test]
fn bad_input_stores_nothing() {
    let mut db = Database::open_in_memory().unwrap();
    let id = add_person(&mut db, "1250", "0");
    let other = add_person(&mut db, "900", "0");
    let theirs = employ(&mut db, other);
    let before = account::audit_trail(&db, id).unwrap().len();
    let refused = |db: &mut Database, d: EntryDraft, receipt: Option<&[u8]>| {
        let file = receipt.map(|content| ReceiptFile {
            file_name: "r.pdf",
            content,
        });
        fields(account::add_entry(db, id, &d, file).unwrap_err())
    };
    assert_eq!(
        refused(&mut db, draft("2026-02-02", "-5", "hmrc"), None),
        ["amount"]
    );
    assert_eq!(
        refused(&mut db, draft("2026-02-02", "5.001", "hmrc"), None),
        ["amount"]
    );
    assert_eq!(
        refused(&mut db, draft("2025-12-31", "5", "hmrc"), None),
        ["date"]
    );
    assert_eq!(
        refused(&mut db, draft("2026-02-02", "5", "biscuits"), None),
        ["category"]
    );
    let mut not_theirs = draft("2026-02-02", "5", "pa-wages");
    not_theirs.employment_id = Some(theirs);
    assert_eq!(refused(&mut db, not_theirs, None), ["employment_id"]);
    assert_eq!(
        refused(&mut db, draft("2026-02-02", "5", "hmrc"), Some(b"GIF89a")),
        ["receipt"]
    );
    let mut big = PDF.to_vec();
    big.resize(account::MAX_RECEIPT_BYTES + 1, b' ');
    assert_eq!(
        refused(&mut db, draft("2026-02-02", "5", "hmrc"), Some(&big)),
        ["receipt"]
    );
    assert!(account::list_entries(&db, id, None, None)
        .unwrap()
        .lines
        .is_empty());
    assert_eq!(account::audit_trail(&db, id).unwrap().len(), before);
    let reconcile = account::reconcile(
        &mut db,
        id,
        &ReconcileDraft {
            on: "2026-02-30".into(),
            statement_balance: "0".into(),
        },
        TODAY,
    )
    .unwrap_err();
    assert_eq!(fields(reconcile), ["on"]);
}

#[test]
fn edits_and_deletions_leave_an_audit_trail() {
    let mut db = Database::open_in_memory().unwrap();
    let id = add_person(&mut db, "1250", "0");
    let entry = add(&mut db, id, "2026-02-02", "52", "pa-wages");
    let mut form = account::entry_draft(&db, entry).unwrap();
    form.amount = "54.50".into();
    form.note = "Overtime".into();
    account::edit_entry(&mut db, entry, &form).unwrap();
    let owed = account::add_owed(
        &mut db,
        id,
        &OwedDraft {
            what: "February wages".into(),
            amount: "54.50".into(),
            due_date: "2026-02-02".into(),
            category: "pa-wages".into(),
            ..OwedDraft::default()
        },
    )
    .unwrap();
    let settled = account::settle_owed(&mut db, owed.id, entry).unwrap();
    assert_eq!(settled.settled_on, Some(d(2026, 2, 2)));
    assert!(account::delete_entry(&mut db, entry, " ").is_err());
    account::delete_entry(&mut db, entry, "Entered twice").unwrap();

    assert!(matches!(
        account::entry_draft(&db, entry),
        Err(CoreError::NotFound { .. })
    ));
    assert_eq!(
        account::balance_on(&db, id, d(2026, 3, 1))
            .unwrap()
            .balance
            .amount,
        m("0")
    );
    assert_eq!(account::list_owed(&db, id).unwrap()[0].settled_by, None);
    let trail = account::audit_trail(&db, id).unwrap();
    let said: Vec<_> = trail
        .iter()
        .map(|a| {
            format!(
                "{} {} {} {}→{}",
                a.record,
                a.action,
                a.field.as_deref().unwrap_or("-"),
                a.old_value.as_deref().unwrap_or(""),
                a.new_value.as_deref().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            "entry added - →2026-02-02 out 52.00 pa-wages",
            "entry changed amount 52.00→54.50",
            "entry changed note →Overtime",
            "owed added - →February wages 54.50 due 2026-02-02",
            "owed settled settled_by →1",
            "entry deleted reason 2026-02-02 out 54.50 pa-wages→Entered twice",
            "owed unsettled settled_by 1→",
        ]
    );
}

#[test]
fn the_excess_takes_off_money_owed_and_the_threshold() {
    let mut db = Database::open_in_memory().unwrap();
    let id = add_person(&mut db, "1069.60", "0");
    add(&mut db, id, "2026-01-05", "1069.60", "council-payment");
    add(&mut db, id, "2026-02-02", "1069.60", "council-payment");
    add(&mut db, id, "2026-02-10", "169.60", "refund");
    let owed = OwedDraft {
        what: "February wages".into(),
        amount: "120".into(),
        due_date: "2026-03-06".into(),
        ..OwedDraft::default()
    };
    account::add_owed(&mut db, id, &owed).unwrap();
    let v = account::excess_on(&db, id, d(2026, 3, 1)).unwrap();
    let excess = v.excess.unwrap();
    assert_eq!(excess.amount, m("1119.20"));
    assert_eq!(
        excess.how.working,
        "£2,308.80 balance − £120.00 owed = £2,188.80 held; 4 weeks of £267.40 = £1,069.60 allowed; £1,119.20 above it"
    );
    let chart = account::excess_chart(&db, id, d(2026, 3, 1)).unwrap();
    assert_eq!(chart.len(), 8);
    assert_eq!(chart[4].balance, m("2139.20"), "week of 2 February");
    assert_eq!(chart[4].allowed, m("1069.60"));
}

#[test]
fn reconciling_marks_entries_only_when_the_statement_agrees() {
    let mut db = Database::open_in_memory().unwrap();
    let id = add_person(&mut db, "1250", "0");
    add(&mut db, id, "2026-01-05", "1250", "council-payment");
    add(&mut db, id, "2026-01-20", "52", "pa-wages");
    let later = add(&mut db, id, "2026-02-02", "1250", "council-payment");
    let statement = |balance: &str| ReconcileDraft {
        on: "2026-01-31".into(),
        statement_balance: balance.into(),
    };
    let off = account::reconcile(&mut db, id, &statement("1200"), TODAY).unwrap();
    assert!(!off.reconciled);
    assert_eq!(off.difference, m("2.00"));
    assert!(account::list_entries(&db, id, None, None)
        .unwrap()
        .lines
        .iter()
        .all(|l| l.entry.reconciled_on.is_none()));
    let agreed = account::reconcile(&mut db, id, &statement("1198.00"), TODAY).unwrap();
    assert_eq!((agreed.reconciled, agreed.entries_marked), (true, 2));
    let lines = account::list_entries(&db, id, None, None).unwrap().lines;
    assert_eq!(lines[1].entry.reconciled_on, Some(d(2026, 1, 31)));
    assert_eq!(lines[2].entry.id, later);
    assert_eq!(lines[2].entry.reconciled_on, None);
}

#[test]
fn the_monitoring_summary_and_a_bulk_import_with_fingerprints() {
    let mut db = Database::open_in_memory().unwrap();
    let id = add_person(&mut db, "1250", "0");
    let fingerprint = account::import_fingerprint(d(2026, 1, 5), m("1250"), "HAMPSHIRE CC DP");
    let mut first = draft("2026-01-05", "1250", "council-payment");
    first.import_fingerprint = Some(fingerprint.clone());
    let rows = [
        first,
        draft("2026-02-03", "52", "pa-wages"),
        draft("2026-02-04", "15", "payroll-service"),
    ];
    assert!(!account::has_import_fingerprint(&db, id, &fingerprint).unwrap());
    account::add_entries(&mut db, id, &rows).unwrap();
    assert!(account::has_import_fingerprint(&db, id, &fingerprint).unwrap());
    let bad = [
        draft("2026-02-03", "52", "pa-wages"),
        draft("2026-02-03", "x", "pa-wages"),
    ];
    assert_eq!(
        fields(account::add_entries(&mut db, id, &bad).unwrap_err()),
        ["1.amount"]
    );
    let s = account::money_summary(&db, id, d(2026, 2, 1), d(2026, 2, 28)).unwrap();
    assert_eq!(s.opening_balance, m("1250"));
    assert_eq!(s.total_out, m("67"));
    assert_eq!(s.closing_balance, m("1183"));
    assert_eq!(s.money_out.len(), 2);
    let book: AccountBook = account::account_book(&db, id).unwrap();
    assert_eq!(book.entries.len(), 3);
}
