//! The pay periods of a tax year for a pay frequency, counted from 6 April: 52 weeks, 26 fortnights,
//! 13 four-week periods or 12 tax months (6th to 5th). Payday is taken as the last day of the period.

use chrono::{Duration, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::tax_year::TaxYear;
use crate::model::employment::PayFrequency;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PayPeriod {
    pub number: u8,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

pub fn periods_per_year(frequency: PayFrequency) -> u8 {
    match frequency {
        PayFrequency::Weekly => 52,
        PayFrequency::TwoWeekly => 26,
        PayFrequency::FourWeekly => 13,
        PayFrequency::Monthly => 12,
    }
}

/// How many weeks one period is (a month is 52 ÷ 12 weeks).
pub fn weeks_in_period(frequency: PayFrequency) -> Decimal {
    match frequency {
        PayFrequency::Weekly => Decimal::ONE,
        PayFrequency::TwoWeekly => Decimal::TWO,
        PayFrequency::FourWeekly => Decimal::from(4),
        PayFrequency::Monthly => Decimal::from(52) / Decimal::from(12),
    }
}

pub fn pay_periods(year: TaxYear, frequency: PayFrequency) -> Vec<PayPeriod> {
    let first = year.first_day();
    (0..periods_per_year(frequency))
        .map(|i| {
            let (starts_on, next) = match frequency {
                PayFrequency::Monthly => (
                    first + Months::new(i as u32),
                    first + Months::new(i as u32 + 1),
                ),
                _ => {
                    let days = match frequency {
                        PayFrequency::TwoWeekly => 14,
                        PayFrequency::FourWeekly => 28,
                        _ => 7,
                    };
                    (
                        first + Duration::days(days * i as i64),
                        first + Duration::days(days * (i as i64 + 1)),
                    )
                }
            };
            PayPeriod {
                number: i + 1,
                starts_on,
                ends_on: next - Duration::days(1),
            }
        })
        .collect()
}

/// "every week", for sentences.
pub fn frequency_phrase(frequency: PayFrequency) -> &'static str {
    match frequency {
        PayFrequency::Weekly => "a week",
        PayFrequency::TwoWeekly => "every 2 weeks",
        PayFrequency::FourWeekly => "every 4 weeks",
        PayFrequency::Monthly => "a month",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_run_from_6_april() {
        let year = TaxYear::starting_in(2026);
        let weeks = pay_periods(year, PayFrequency::Weekly);
        assert_eq!(weeks.len(), 52);
        assert_eq!(
            (weeks[0].starts_on, weeks[0].ends_on),
            (d(2026, 4, 6), d(2026, 4, 12))
        );
        assert_eq!(weeks[51].ends_on, d(2027, 4, 4));
        let months = pay_periods(year, PayFrequency::Monthly);
        assert_eq!(
            (months[0].starts_on, months[0].ends_on),
            (d(2026, 4, 6), d(2026, 5, 5))
        );
        assert_eq!(months[11].ends_on, d(2027, 4, 5));
        let fours = pay_periods(year, PayFrequency::FourWeekly);
        assert_eq!(fours.len(), 13);
        assert_eq!(fours[1].ends_on, d(2026, 5, 31));
        assert_eq!(
            pay_periods(year, PayFrequency::TwoWeekly)[25].ends_on,
            d(2027, 4, 4)
        );
    }
}
