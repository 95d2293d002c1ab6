//! The balance week by week beside the amount the council allows, for a chart.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::balance::Movements;
use super::excess::weekly_gross;
use crate::model::money::Money;
use crate::model::people::TermsEntry;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ChartPoint {
    pub date: NaiveDate,
    pub balance: Money,
    /// The excess threshold that day: threshold weeks × the weekly gross in force.
    pub allowed: Money,
}

/// One point a week from `start` (the direct payment's start) to `to`, each at the end of its day.
pub fn weekly_series(
    movements: &Movements,
    history: &[TermsEntry],
    threshold_weeks: u8,
    start: NaiveDate,
    to: NaiveDate,
) -> Vec<ChartPoint> {
    let weeks = Decimal::from(threshold_weeks);
    // The allowed amount changes only with the terms: work it out once for each entry.
    let allowed: Vec<Money> = history
        .iter()
        .map(|t| weekly_gross(t).amount * weeks)
        .collect();
    // The entry in force on a date is the last one starting on or before it (history is sorted).
    let allowed_on = |date: NaiveDate| match history.partition_point(|t| t.effective_from <= date) {
        0 => Money::ZERO,
        n => allowed[n - 1],
    };
    std::iter::successors(Some(start), |d| d.checked_add_days(Days::new(7)))
        .take_while(|d| *d <= to)
        .map(|date| ChartPoint {
            date,
            balance: movements.balance_on(date),
            allowed: allowed_on(date),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::period::PaymentPeriod;
    use std::str::FromStr;

    #[test]
    fn a_point_a_week_with_the_threshold_in_force() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let m = |s| Money::from_str(s).unwrap();
        let history = [
            TermsEntry {
                effective_from: d(1, 5),
                gross_amount: m("1250"),
                period: PaymentPeriod::FourWeekly,
                contribution: m("0"),
                reason: String::new(),
            },
            TermsEntry {
                effective_from: d(1, 20),
                gross_amount: m("1300"),
                period: PaymentPeriod::FourWeekly,
                contribution: m("0"),
                reason: String::new(),
            },
        ];
        let points = weekly_series(&Movements::default(), &history, 4, d(1, 5), d(1, 26));
        let dates: Vec<_> = points.iter().map(|p| p.date).collect();
        assert_eq!(dates, [d(1, 5), d(1, 12), d(1, 19), d(1, 26)]);
        assert_eq!(points[2].allowed, m("1250.00"));
        assert_eq!(points[3].allowed, m("1300.00"));
        assert_eq!(points[3].balance, m("0"));
    }
}
