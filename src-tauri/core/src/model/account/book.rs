//! A person's account with everything its figures need: the payment's dates and terms history, the
//! entries, the money owed. Loaded once, it answers the balance, excess, chart, expected payments
//! and monitoring summary for any date without going back to the database.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::balance::Movements;
use super::category::Category;
use super::chart::{weekly_series, ChartPoint};
use super::entry::Entry;
use super::excess::{excess_on, ExcessView};
use super::expected::expected_payments;
use super::matching::{match_payments, ExpectedView, Received};
use super::owed::Owed;
use super::summary::{money_summary, MoneySummary};
use crate::model::costs::Figure;
use crate::model::input::long_date;
use crate::model::money::Money;
use crate::model::people::{terms_in_force, TermsEntry};

/// The direct payment's facts the account needs.
#[derive(Clone, Debug)]
pub struct AccountTerms {
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    /// When the council pays first; the start date when none is held.
    pub first_payment: NaiveDate,
    pub threshold_weeks: u8,
    /// Oldest first; never empty for a saved person.
    pub history: Vec<TermsEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BalanceView {
    pub on: NaiveDate,
    pub balance: Figure,
    pub money_in: Money,
    pub money_out: Money,
}

pub struct AccountBook {
    pub terms: AccountTerms,
    /// Entries kept (not deleted), by date.
    pub entries: Vec<Entry>,
    pub owed: Vec<Owed>,
    movements: Movements,
}

impl AccountBook {
    pub fn new(terms: AccountTerms, entries: Vec<Entry>, owed: Vec<Owed>) -> Self {
        let movements = Movements::new(entries.iter().map(|e| &e.details));
        AccountBook {
            terms,
            entries,
            owed,
            movements,
        }
    }

    pub fn balance_on(&self, on: NaiveDate) -> BalanceView {
        let (money_in, money_out) = self.movements.totals_on(on);
        let balance = money_in - money_out;
        BalanceView {
            on,
            balance: Figure::new(
                balance,
                format!(
                    "{money_in} in − {money_out} out up to the end of {} = {balance}",
                    long_date(on)
                ),
            )
            .rule("Every payment in less every payment out, from the start of the direct payment (a balance brought forward is entered as money in)."),
            money_in,
            money_out,
        }
    }

    /// The terms in force on a date (the first terms before the payment started).
    pub fn terms_on(&self, on: NaiveDate) -> Option<&TermsEntry> {
        terms_in_force(&self.terms.history, on).or(self.terms.history.first())
    }

    pub fn excess_on(&self, on: NaiveDate) -> Option<ExcessView> {
        let terms = self.terms_on(on)?;
        Some(excess_on(
            on,
            self.movements.balance_on(on),
            &self.owed,
            terms,
            self.terms.threshold_weeks,
        ))
    }

    /// The balance and the allowed amount every week from the start to `to`.
    pub fn chart(&self, to: NaiveDate) -> Vec<ChartPoint> {
        weekly_series(
            &self.movements,
            &self.terms.history,
            self.terms.threshold_weeks,
            self.terms.start,
            to,
        )
    }

    /// Expected council payments and contributions up to `to`, against what came in.
    pub fn expected(&self, to: NaiveDate) -> ExpectedView {
        let t = &self.terms;
        let expected = expected_payments(&t.history, t.first_payment, t.end, to);
        let upto = || self.entries.iter().filter(|e| e.details.date <= to);
        let received = upto()
            .filter(|e| e.details.category == Category::CouncilPayment)
            .map(|e| Received {
                entry_id: e.id,
                date: e.details.date,
                amount: e.details.amount,
            })
            .collect();
        let contributions = upto()
            .filter(|e| e.details.category == Category::Contribution)
            .map(|e| e.details.amount)
            .fold(Money::ZERO, |a, b| a + b);
        match_payments(expected, received, contributions, to)
    }

    pub fn summary(&self, from: NaiveDate, to: NaiveDate) -> MoneySummary {
        let details: Vec<_> = self.entries.iter().map(|e| e.details.clone()).collect();
        money_summary(&details, from, to)
    }
}
