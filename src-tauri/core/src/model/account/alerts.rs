//! What the account asks of the person, for "what needs doing": a council payment missed, short or
//! over, contributions behind, money held above the threshold, no check against a bank statement
//! for 8 weeks, and the next monitoring return. Only once the account is in use (it has a payment),
//! and only from its first payment on: DP Hub says nothing of months it holds no records for.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::{expected_payments, AccountBook, Category, PaymentStatus};
use crate::model::input::long_date;
use crate::model::money::Money;

crate::coded_enum! {
    /// How often the council asks for a monitoring return (a council setting for each person).
    pub enum ReturnFrequency {
        Quarterly => ("quarterly", "Every 3 months", None),
        HalfYearly => ("half_yearly", "Every 6 months", None),
        Yearly => ("yearly", "Every year", None),
    }
}

impl ReturnFrequency {
    pub fn months(self) -> u32 {
        match self {
            ReturnFrequency::Quarterly => 3,
            ReturnFrequency::HalfYearly => 6,
            ReturnFrequency::Yearly => 12,
        }
    }
}

/// Weeks without a check against a bank statement before it is asked for.
pub const RECONCILE_EVERY_WEEKS: u64 = 8;
/// Days after a monitoring period ends that its return is due (councils commonly ask within 4 weeks).
pub const RETURN_DUE_DAYS: u64 = 28;

/// One thing the account needs doing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AccountAlert {
    pub what: String,
    pub date: NaiveDate,
    pub because: String,
    pub overdue: bool,
    /// Stays the same while the thing is the same (for calendars and lists).
    pub tag: String,
}

/// The account's alerts due by `until` (and every one already overdue), seen on `today`.
pub fn account_alerts(
    book: &AccountBook,
    today: NaiveDate,
    until: NaiveDate,
    last_reconciled: Option<NaiveDate>,
    every: ReturnFrequency,
) -> Vec<AccountAlert> {
    let Some(records_from) = book.entries.iter().map(|e| e.details.date).min() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    payments(book, today, records_from, &mut out);
    contributions(book, today, records_from, &mut out);
    if let Some(view) = book.excess_on(today) {
        if let Some(excess) = view.excess {
            out.push(AccountAlert {
                what: format!(
                    "{} is held above the council's threshold: talk to the council before it asks",
                    excess.amount.display()
                ),
                date: today,
                because: excess.how.working,
                overdue: false,
                tag: "excess".into(),
            });
        }
    }
    let checked = last_reconciled.unwrap_or(records_from);
    let due = checked + Days::new(RECONCILE_EVERY_WEEKS * 7);
    if due <= until {
        out.push(AccountAlert {
            what: "Check the account against a bank statement".into(),
            date: due,
            because: match last_reconciled {
                Some(on) => format!(
                    "{}: {RECONCILE_EVERY_WEEKS} weeks after the last check, against the statement of {}",
                    long_date(due),
                    long_date(on)
                ),
                None => format!(
                    "{}: {RECONCILE_EVERY_WEEKS} weeks after the account's first payment ({}), and it has not been checked against a statement",
                    long_date(due),
                    long_date(records_from)
                ),
            },
            overdue: due < today,
            tag: format!("reconcile-{due}"),
        });
    }
    if let Some(alert) = next_return(book.terms.start, every, today, until) {
        out.push(alert);
    }
    out
}

fn payments(book: &AccountBook, today: NaiveDate, from: NaiveDate, out: &mut Vec<AccountAlert>) {
    let view = book.expected(today);
    for line in view.lines.iter().filter(|l| l.expected.date >= from) {
        let what = match line.status {
            PaymentStatus::Missing => "A council payment has not come in: ask the council",
            PaymentStatus::Short => "A council payment was less than expected: ask the council",
            PaymentStatus::Over => {
                "A council payment was more than expected: tell the council (it may ask for it back)"
            }
            _ => continue,
        };
        out.push(AccountAlert {
            what: what.to_string(),
            date: line.expected.date,
            because: line.note.clone(),
            overdue: true,
            tag: format!("payment-{}", line.expected.date),
        });
    }
}

fn contributions(
    book: &AccountBook,
    today: NaiveDate,
    from: NaiveDate,
    out: &mut Vec<AccountAlert>,
) {
    let t = &book.terms;
    let expected = expected_payments(&t.history, t.first_payment, t.end, today)
        .into_iter()
        .filter(|p| p.date >= from)
        .fold(Money::ZERO, |sum, p| sum + p.contribution);
    let paid = book
        .entries
        .iter()
        .filter(|e| {
            e.details.category == Category::Contribution
                && e.details.date >= from
                && e.details.date <= today
        })
        .fold(Money::ZERO, |sum, e| sum + e.details.amount);
    if expected > paid {
        let arrears = expected - paid;
        out.push(AccountAlert {
            what: format!(
                "Contributions are {} behind: pay them into the account",
                arrears.display()
            ),
            date: today,
            because: format!(
                "{} of contributions due since {} − {} paid in = {} behind",
                expected.display(),
                long_date(from),
                paid.display(),
                arrears.display()
            ),
            overdue: true,
            tag: "contributions".into(),
        });
    }
}

/// The next monitoring return: periods run from the direct payment's start; each is due
/// [`RETURN_DUE_DAYS`] after it ends.
fn next_return(
    start: NaiveDate,
    every: ReturnFrequency,
    today: NaiveDate,
    until: NaiveDate,
) -> Option<AccountAlert> {
    let months = every.months();
    for k in 0u32.. {
        let from = start.checked_add_months(Months::new(k * months))?;
        let to = start.checked_add_months(Months::new((k + 1) * months))? - Days::new(1);
        let due = to + Days::new(RETURN_DUE_DAYS);
        if due < today {
            continue;
        }
        if due > until {
            return None;
        }
        return Some(AccountAlert {
            what: format!(
                "Send the council the monitoring return for {} to {}",
                long_date(from),
                long_date(to)
            ),
            date: due,
            because: format!(
                "{}: {RETURN_DUE_DAYS} days after the period ends ({}, returns {})",
                long_date(due),
                long_date(to),
                every.label().to_lowercase()
            ),
            overdue: false,
            tag: format!("return-{to}"),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_next_return_is_28_days_after_its_period() {
        let start = d(2026, 1, 5);
        let r = next_return(
            start,
            ReturnFrequency::Quarterly,
            d(2026, 4, 10),
            d(2026, 5, 31),
        )
        .unwrap();
        assert_eq!(r.date, d(2026, 5, 2));
        assert_eq!(
            r.what,
            "Send the council the monitoring return for 5 January 2026 to 4 April 2026"
        );
        assert!(next_return(
            start,
            ReturnFrequency::Quarterly,
            d(2026, 4, 10),
            d(2026, 4, 30)
        )
        .is_none());
        let yearly = next_return(
            start,
            ReturnFrequency::Yearly,
            d(2026, 4, 10),
            d(2027, 12, 31),
        )
        .unwrap();
        assert_eq!(yearly.date, d(2027, 2, 1));
    }
}
