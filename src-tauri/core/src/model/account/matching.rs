//! Expected against received: each expected council payment is matched to a council payment
//! received in the account, and the person's contributions are added up against what was due.
//!
//! The rule: a received payment matches an expected one when it is for the same amount and dated
//! within [`MATCH_WINDOW_DAYS`] days either side, the closest date first; it is *received* when it
//! came no more than [`ON_TIME_DAYS`] days after the expected date, otherwise *late*. An expected
//! payment left unmatched then takes the closest remaining payment within the window of a different
//! amount: *short* or *over* by the difference. One still unmatched is *missing* once the window has
//! passed (until then *awaiting*). A council payment that matched nothing is listed as *extra*.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::expected::ExpectedPayment;
use crate::model::ids::EntryId;
use crate::model::input::long_date;
use crate::model::money::Money;

pub const MATCH_WINDOW_DAYS: i64 = 7;
pub const ON_TIME_DAYS: i64 = 3;

crate::coded_enum! {
    /// What became of an expected council payment.
    pub enum PaymentStatus {
        Received => ("received", "Received", None),
        Late => ("late", "Received late", None),
        Short => ("short", "Received, but short", None),
        Over => ("over", "Received, but more than expected", None),
        Missing => ("missing", "Not received", None),
        Awaiting => ("awaiting", "Not yet received", Some("Still within the days a payment may take")),
    }
}

/// A council payment as received in the account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Received {
    pub entry_id: EntryId,
    pub date: NaiveDate,
    pub amount: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ExpectedLine {
    pub expected: ExpectedPayment,
    pub status: PaymentStatus,
    pub received: Option<Received>,
    /// Received less expected: negative when short.
    pub difference: Money,
    /// The status in a sentence, with the dates and amounts.
    pub note: String,
}

/// The person's contributions: what was due up to the date against what was paid in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ContributionCheck {
    pub expected: Money,
    pub paid: Money,
    /// What is still to pay in (zero when up to date).
    pub arrears: Money,
    /// Paid in beyond what was due.
    pub in_credit: Money,
    pub how: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ExpectedView {
    pub to: NaiveDate,
    pub lines: Vec<ExpectedLine>,
    /// Council payments received that match no expected payment.
    pub extra: Vec<Received>,
    pub contributions: ContributionCheck,
    /// The matching rule in words.
    pub rule: String,
}

/// Matches `expected` (in date order) with the council payments `received` up to `to`, and checks
/// the contributions paid in (`contributions_paid`, the total up to `to`).
pub fn match_payments(
    expected: Vec<ExpectedPayment>,
    mut received: Vec<Received>,
    contributions_paid: Money,
    to: NaiveDate,
) -> ExpectedView {
    received.sort_by_key(|r| (r.date, r.entry_id));
    let mut used = vec![false; received.len()];
    let mut matched: Vec<Option<usize>> = vec![None; expected.len()];
    for same_amount in [true, false] {
        for (i, e) in expected.iter().enumerate() {
            if matched[i].is_none() {
                matched[i] = closest(&received, &used, e, same_amount);
                if let Some(j) = matched[i] {
                    used[j] = true;
                }
            }
        }
    }
    let due: Money = expected
        .iter()
        .map(|e| e.contribution)
        .fold(Money::ZERO, |a, b| a + b);
    let lines = expected
        .into_iter()
        .zip(matched)
        .map(|(e, m)| line(e, m.map(|j| received[j].clone()), to))
        .collect();
    let extra = received
        .into_iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(r, _)| r)
        .collect();
    ExpectedView {
        to,
        lines,
        extra,
        contributions: contributions(due, contributions_paid),
        rule: format!(
            "A council payment received matches an expected one when it is for the same amount and \
             dated within {MATCH_WINDOW_DAYS} days of it, the closest first; it is late when it came more \
             than {ON_TIME_DAYS} days after the expected date. Otherwise the closest payment of another \
             amount within {MATCH_WINDOW_DAYS} days shows it short or over; with none, it is missing once \
             {MATCH_WINDOW_DAYS} days have passed."
        ),
    }
}

fn closest(
    received: &[Received],
    used: &[bool],
    e: &ExpectedPayment,
    same_amount: bool,
) -> Option<usize> {
    let earliest = e.date - chrono::Days::new(MATCH_WINDOW_DAYS as u64);
    let start = received.partition_point(|r| r.date < earliest);
    received[start..]
        .iter()
        .enumerate()
        .take_while(|(_, r)| (r.date - e.date).num_days() <= MATCH_WINDOW_DAYS)
        .filter(|(k, r)| !used[start + k] && (r.amount == e.council_pays) == same_amount)
        .min_by_key(|(_, r)| (r.date - e.date).num_days().abs())
        .map(|(k, _)| start + k)
}

fn line(e: ExpectedPayment, received: Option<Received>, to: NaiveDate) -> ExpectedLine {
    let expected = format!("{} due {}", e.council_pays.display(), long_date(e.date));
    let Some(r) = received else {
        let (status, note) = if (to - e.date).num_days() >= MATCH_WINDOW_DAYS {
            (PaymentStatus::Missing, format!("{expected}: not received"))
        } else {
            (
                PaymentStatus::Awaiting,
                format!("{expected}: not received yet"),
            )
        };
        return ExpectedLine {
            expected: e,
            status,
            received: None,
            difference: Money::ZERO,
            note,
        };
    };
    let difference = r.amount - e.council_pays;
    let days_late = (r.date - e.date).num_days();
    let (status, note) = if difference.is_zero() && days_late <= ON_TIME_DAYS {
        (
            PaymentStatus::Received,
            format!("{expected}: received {}", long_date(r.date)),
        )
    } else if difference.is_zero() {
        (
            PaymentStatus::Late,
            format!(
                "{expected}: received {}, {days_late} days late",
                long_date(r.date)
            ),
        )
    } else if difference < Money::ZERO {
        (
            PaymentStatus::Short,
            format!(
                "{expected}: {} received {}, {} short",
                r.amount.display(),
                long_date(r.date),
                (Money::ZERO - difference).display()
            ),
        )
    } else {
        (
            PaymentStatus::Over,
            format!(
                "{expected}: {} received {}, {} more than expected",
                r.amount.display(),
                long_date(r.date),
                difference.display()
            ),
        )
    };
    ExpectedLine {
        expected: e,
        status,
        received: Some(r),
        difference,
        note,
    }
}

fn contributions(expected: Money, paid: Money) -> ContributionCheck {
    let arrears = (expected - paid).max(Money::ZERO);
    let in_credit = (paid - expected).max(Money::ZERO);
    let how = if !arrears.is_zero() {
        format!(
            "{} due − {} paid in = {} in arrears",
            expected.display(),
            paid.display(),
            arrears.display()
        )
    } else if !in_credit.is_zero() {
        format!(
            "{} paid in − {} due = {} paid ahead",
            paid.display(),
            expected.display(),
            in_credit.display()
        )
    } else {
        format!(
            "{} due and {} paid in: up to date",
            expected.display(),
            paid.display()
        )
    };
    ContributionCheck {
        expected,
        paid,
        arrears,
        in_credit,
        how,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::period::PaymentPeriod;
    use std::str::FromStr;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn m(s: &str) -> Money {
        Money::from_str(s).unwrap()
    }

    fn due(date: NaiveDate) -> ExpectedPayment {
        ExpectedPayment {
            date,
            gross: m("1250.00"),
            contribution: m("180.40"),
            council_pays: m("1069.60"),
            period: PaymentPeriod::FourWeekly,
        }
    }

    fn got(id: i64, date: NaiveDate, amount: &str) -> Received {
        Received {
            entry_id: EntryId(id),
            date,
            amount: m(amount),
        }
    }

    #[test]
    fn each_expected_payment_is_received_late_short_missing_or_awaiting() {
        let expected = vec![
            due(d(1, 5)),
            due(d(2, 2)),
            due(d(3, 2)),
            due(d(3, 30)),
            due(d(4, 27)),
        ];
        let received = vec![
            got(1, d(1, 6), "1069.60"),
            got(2, d(2, 7), "1069.60"),
            got(3, d(3, 2), "1000.00"),
            got(4, d(4, 15), "50.00"),
        ];
        let v = match_payments(expected, received, m("361.00"), d(4, 30));
        let statuses: Vec<_> = v.lines.iter().map(|l| l.status).collect();
        use PaymentStatus::*;
        assert_eq!(statuses, [Received, Late, Short, Missing, Awaiting]);
        assert_eq!(v.lines[2].difference, m("-69.60"));
        assert!(v.lines[2].note.contains("£69.60 short"));
        assert_eq!(v.extra, [got(4, d(4, 15), "50.00")]);
        // 5 × £180.40 = £902.00 due, £361.00 paid.
        assert_eq!(v.contributions.arrears, m("541.00"));
        assert!(v
            .contributions
            .how
            .contains("£902.00 due − £361.00 paid in"));
    }

    #[test]
    fn the_same_amount_is_preferred_over_a_closer_different_one() {
        let v = match_payments(
            vec![due(d(2, 2))],
            vec![got(1, d(2, 2), "99.00"), got(2, d(2, 4), "1069.60")],
            m("180.40"),
            d(2, 28),
        );
        assert_eq!(v.lines[0].status, PaymentStatus::Received);
        assert_eq!(v.lines[0].received.as_ref().unwrap().entry_id, EntryId(2));
        assert_eq!(v.extra.len(), 1);
        assert!(v.contributions.arrears.is_zero());
    }
}
