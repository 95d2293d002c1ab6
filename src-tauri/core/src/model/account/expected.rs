//! What the council should pay in, and what the person should pay in, on each payment date.
//!
//! Payments are in advance on each payment date, starting from the first payment date and then
//! every period (weekly, 2-weekly, 4-weekly, or monthly on the same day of the month, the last day
//! when a month is shorter). Each payment follows the terms in force on its date. A change of period
//! starts the new cycle on the date the change takes effect.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::model::money::Money;
use crate::model::people::{terms_in_force, TermsEntry};
use crate::model::period::PaymentPeriod;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ExpectedPayment {
    pub date: NaiveDate,
    pub gross: Money,
    /// What the person pays in for this period.
    pub contribution: Money,
    /// What the council pays in: the gross less the contribution.
    pub council_pays: Money,
    pub period: PaymentPeriod,
}

/// The `n`th payment date of a cycle that starts on `anchor`.
fn nth_date(anchor: NaiveDate, period: PaymentPeriod, n: u32) -> Option<NaiveDate> {
    let days = |per: u64| anchor.checked_add_days(Days::new(per * u64::from(n)));
    match period {
        PaymentPeriod::Weekly => days(7),
        PaymentPeriod::TwoWeekly => days(14),
        PaymentPeriod::FourWeekly => days(28),
        PaymentPeriod::Monthly => anchor.checked_add_months(Months::new(n)),
    }
}

/// Every payment due from `first_payment` up to and including `to` (and the end date, if any),
/// following `history` (oldest first).
pub fn expected_payments(
    history: &[TermsEntry],
    first_payment: NaiveDate,
    end: Option<NaiveDate>,
    to: NaiveDate,
) -> Vec<ExpectedPayment> {
    let Some(first_terms) = history.first() else {
        return Vec::new();
    };
    let last = end.map_or(to, |end| end.min(to));
    let in_force = |date| terms_in_force(history, date).unwrap_or(first_terms);
    let mut payments = Vec::new();
    let (mut anchor, mut n) = (first_payment, 0u32);
    let mut period = in_force(first_payment).period;
    let mut date = first_payment;
    while date <= last {
        let terms = in_force(date);
        payments.push(ExpectedPayment {
            date,
            gross: terms.gross_amount,
            contribution: terms.contribution,
            council_pays: terms.net(),
            period,
        });
        let Some(next) = nth_date(anchor, period, n + 1) else {
            break;
        };
        let new_cycle = history
            .iter()
            .find(|t| t.effective_from > date && t.effective_from <= next && t.period != period);
        match new_cycle {
            Some(change) => {
                (anchor, n, period) = (change.effective_from, 0, change.period);
                date = change.effective_from;
            }
            None => {
                n += 1;
                date = next;
            }
        }
    }
    payments
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn m(s: &str) -> Money {
        Money::from_str(s).unwrap()
    }

    fn terms(
        from: NaiveDate,
        gross: &str,
        period: PaymentPeriod,
        contribution: &str,
    ) -> TermsEntry {
        TermsEntry {
            effective_from: from,
            gross_amount: m(gross),
            period,
            contribution: m(contribution),
            reason: String::new(),
        }
    }

    #[test]
    fn four_weekly_in_advance_from_the_first_payment_date() {
        let h = [terms(
            d(2026, 1, 5),
            "1250",
            PaymentPeriod::FourWeekly,
            "180.40",
        )];
        let p = expected_payments(&h, d(2026, 1, 5), None, d(2026, 3, 30));
        let dates: Vec<_> = p.iter().map(|x| x.date).collect();
        assert_eq!(
            dates,
            [d(2026, 1, 5), d(2026, 2, 2), d(2026, 3, 2), d(2026, 3, 30)]
        );
        assert_eq!(p[0].council_pays, m("1069.60"));
        assert_eq!(p[0].contribution, m("180.40"));
    }

    #[test]
    fn each_payment_follows_the_terms_in_force_on_its_date() {
        let h = [
            terms(d(2026, 1, 5), "1250", PaymentPeriod::FourWeekly, "180.40"),
            terms(d(2026, 3, 1), "1300", PaymentPeriod::FourWeekly, "180.40"),
        ];
        let p = expected_payments(&h, d(2026, 1, 5), None, d(2026, 3, 2));
        assert_eq!(p[1].gross, m("1250"));
        assert_eq!(p[2].gross, m("1300"));
        assert_eq!(p[2].council_pays, m("1119.60"));
    }

    #[test]
    fn monthly_keeps_the_day_and_a_new_period_starts_on_its_date() {
        let h = [
            terms(d(2026, 1, 31), "1000", PaymentPeriod::Monthly, "0"),
            terms(d(2026, 4, 10), "250", PaymentPeriod::Weekly, "0"),
        ];
        let p = expected_payments(&h, d(2026, 1, 31), None, d(2026, 4, 24));
        let dates: Vec<_> = p.iter().map(|x| x.date).collect();
        assert_eq!(
            dates,
            [
                d(2026, 1, 31),
                d(2026, 2, 28),
                d(2026, 3, 31),
                d(2026, 4, 10),
                d(2026, 4, 17),
                d(2026, 4, 24)
            ]
        );
        assert_eq!(p[3].gross, m("250"));
    }

    #[test]
    fn two_weekly_and_the_end_date() {
        let h = [terms(d(2026, 1, 5), "500", PaymentPeriod::TwoWeekly, "0")];
        let p = expected_payments(&h, d(2026, 1, 5), Some(d(2026, 2, 1)), d(2026, 12, 31));
        let dates: Vec<_> = p.iter().map(|x| x.date).collect();
        assert_eq!(dates, [d(2026, 1, 5), d(2026, 1, 19)]);
    }
}
