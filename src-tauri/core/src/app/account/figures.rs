//! The account's figures for a date: balance, excess, the weekly chart, expected payments, the
//! monitoring summary, and reconciling with a statement.

use chrono::NaiveDate;

use super::account_terms;
use crate::app::Database;
use crate::model::account::{
    account_alerts, validate_reconcile, AccountAlert, AccountBook, BalanceView, ChartPoint,
    ExcessView, ExpectedView, MoneySummary, MonitoringReturn, ReconcileDraft, ReconcileView,
    ReconciledStatement, ReturnFrequency, ReturnSettings,
};
use crate::model::error::{CoreError, CoreResult};
use crate::model::people::PersonId;
use crate::model::validation::Problems;

/// A person's whole account, loaded once: ask it for as many figures as needed.
pub fn account_book(db: &Database, person: PersonId) -> CoreResult<AccountBook> {
    let terms = account_terms(db, person)?;
    Ok(AccountBook::new(
        terms,
        db.store.entries(person)?,
        db.store.owed(person)?,
    ))
}

/// The balance at the end of a day, with its working.
pub fn balance_on(db: &Database, person: PersonId, on: NaiveDate) -> CoreResult<BalanceView> {
    Ok(account_book(db, person)?.balance_on(on))
}

/// The excess over the council's threshold on a date, explained, with advice.
pub fn excess_on(db: &Database, person: PersonId, on: NaiveDate) -> CoreResult<ExcessView> {
    account_book(db, person)?
        .excess_on(on)
        .ok_or_else(|| no_terms(person))
}

/// The balance and the allowed amount every week from the start of the direct payment to `to`.
pub fn excess_chart(db: &Database, person: PersonId, to: NaiveDate) -> CoreResult<Vec<ChartPoint>> {
    Ok(account_book(db, person)?.chart(to))
}

/// Council payments and contributions expected up to `to`, against what came in.
pub fn expected_payments(
    db: &Database,
    person: PersonId,
    to: NaiveDate,
) -> CoreResult<ExpectedView> {
    Ok(account_book(db, person)?.expected(to))
}

/// Money in and out by category from `from` to `to`, with opening and closing balances: the
/// figures of a council's monitoring return.
pub fn money_summary(
    db: &Database,
    person: PersonId,
    from: NaiveDate,
    to: NaiveDate,
) -> CoreResult<MoneySummary> {
    if to < from {
        let mut p = Problems::default();
        p.add("to", "The end date must be on or after the start date");
        return Err(p.into());
    }
    Ok(account_book(db, person)?.summary(from, to))
}

/// Compares a statement's closing balance with DP Hub's on its date. When they agree, every entry
/// up to that date is marked reconciled and the statement recorded; when not, nothing changes and
/// the difference is shown.
pub fn reconcile(
    db: &mut Database,
    person: PersonId,
    draft: &ReconcileDraft,
    today: NaiveDate,
) -> CoreResult<ReconcileView> {
    let book = account_book(db, person)?;
    let check = validate_reconcile(draft, book.terms.start, today)?;
    let ledger = book.balance_on(check.on).balance.amount;
    let marked = if ledger == check.statement_balance {
        db.store.record_reconciliation(person, &check)?
    } else {
        0
    };
    Ok(ReconcileView::new(check, ledger, marked))
}

fn no_terms(person: PersonId) -> CoreError {
    CoreError::Storage(format!(
        "Person {person}'s direct payment has no terms saved; edit the person to save them again"
    ))
}

/// The monitoring return for `from` to `to`: the money summary, the last reconciled statement, what
/// was owed and the excess at the end, and the period's payments with their receipts.
pub fn monitoring_return(
    db: &Database,
    person: PersonId,
    from: NaiveDate,
    to: NaiveDate,
) -> CoreResult<MonitoringReturn> {
    let summary = money_summary(db, person, from, to)?;
    let details = crate::app::people::get_person(db, person)?.details;
    let book = account_book(db, person)?;
    let owed = book
        .owed
        .iter()
        .filter(|o| crate::model::account::counts_on(o, to))
        .cloned()
        .collect();
    let entries = book
        .entries
        .iter()
        .filter(|e| e.details.date >= from && e.details.date <= to)
        .cloned()
        .collect();
    Ok(MonitoringReturn {
        person_name: details.full_name,
        council: details.council,
        council_reference: details.council_reference,
        summary,
        reconciled: db
            .store
            .last_reconciliation(person, to)?
            .map(|c| ReconciledStatement {
                on: c.on,
                balance: c.statement_balance,
            }),
        owed,
        excess: book.excess_on(to),
        entries,
    })
}

/// A return's period as typed in its From and To boxes: each date is needed, and To cannot come
/// before From. Problems are given by field ("from", "to").
pub fn typed_return_period(from: &str, to: &str) -> CoreResult<(NaiveDate, NaiveDate)> {
    let mut p = Problems::default();
    let mut read = |field: &str, text: &str, missing: &str| {
        if text.trim().is_empty() {
            p.add(field, missing);
            return None;
        }
        crate::model::input::parse_date(text)
            .map_err(|e| p.add(field, e.to_string()))
            .ok()
    };
    let from = read("from", from, "Enter the first day of the period");
    let to = read("to", to, "Enter the last day of the period");
    match (from, to) {
        (Some(from), Some(to)) if to < from => {
            p.add("to", "The end date must be on or after the start date");
            Err(p.into())
        }
        (Some(from), Some(to)) if p.is_empty() => Ok((from, to)),
        _ => Err(p.into()),
    }
}

/// How often the person's council asks for a monitoring return (every 3 months unless set).
pub fn return_frequency(db: &Database, person: PersonId) -> CoreResult<ReturnFrequency> {
    crate::app::people::get_person(db, person)?;
    stored_return_frequency(db, person)
}

/// The setting itself, for a person already known to exist.
fn stored_return_frequency(db: &Database, person: PersonId) -> CoreResult<ReturnFrequency> {
    Ok(db
        .store
        .return_frequency(person)?
        .and_then(|code| ReturnFrequency::from_code(&code))
        .unwrap_or(ReturnFrequency::Quarterly))
}

pub fn set_return_frequency(
    db: &mut Database,
    person: PersonId,
    every: ReturnFrequency,
) -> CoreResult<ReturnFrequency> {
    crate::app::people::get_person(db, person)?;
    db.store.set_return_frequency(person, every.code())?;
    Ok(every)
}

/// How often returns are asked for, the choices, and the latest period that has ended by `today`
/// (counted from the direct payment's start), for the return screen.
pub fn return_settings(
    db: &Database,
    person: PersonId,
    today: NaiveDate,
) -> CoreResult<ReturnSettings> {
    let every = return_frequency(db, person)?;
    let start = account_terms(db, person)?.start;
    let last_period = crate::model::account::last_return_period(start, every, today);
    Ok(ReturnSettings {
        every,
        choices: ReturnFrequency::choices(),
        last_period_ended: last_period.to <= today,
        last_period,
    })
}

/// What the account needs doing by `until`, seen on `today` (nothing until it has a payment).
pub fn alerts(
    db: &Database,
    person: PersonId,
    today: NaiveDate,
    until: NaiveDate,
) -> CoreResult<Vec<AccountAlert>> {
    let book = account_book(db, person)?;
    if book.entries.is_empty() {
        return Ok(Vec::new());
    }
    let last = db.store.last_reconciliation(person, today)?.map(|c| c.on);
    // The account book was read, so the person exists: What needs doing asks this of everyone,
    // and need not look the person up again.
    Ok(account_alerts(
        &book,
        today,
        until,
        last,
        stored_return_frequency(db, person)?,
    ))
}
