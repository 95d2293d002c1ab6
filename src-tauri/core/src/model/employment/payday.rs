//! When a PA is paid: weekly, every 2 or 4 weeks on the weekday of the first payday; monthly on a
//! day of the month, the last day, the last working day or the last Friday, brought forward to the
//! working day before when the employer chooses and the day is a weekend or bank holiday.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::kinds::PayFrequency;
use crate::model::input::long_date;
use crate::model::working_days::{BankHolidays, BeyondKnownYears};

/// The payday an employment holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Payday {
    /// Weekly, every 2 weeks or every 4 weeks: the first payday, then every period after it.
    FromFirst { first: NaiveDate },
    /// Monthly.
    Monthly {
        day: MonthlyPayday,
        /// Paid on the working day before when the day falls at a weekend or on a bank holiday.
        before_closed_days: bool,
    },
}

/// Which day of each month a monthly PA is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "on", rename_all = "snake_case")]
#[ts(export)]
pub enum MonthlyPayday {
    /// This day of the month (1 to 31); in a shorter month, its last day.
    DayOfMonth {
        day: u8,
    },
    LastDay,
    LastWorkingDay,
    LastFriday,
}

crate::coded_enum! {
    /// The kinds of monthly payday a form offers.
    pub enum MonthlyPaydayKind {
        LastWorkingDay => ("last_working_day", "The last working day of the month", None),
        LastDay => ("last_day", "The last day of the month", None),
        LastFriday => ("last_friday", "The last Friday of the month", None),
        DayOfMonth => ("day_of_month", "A day of the month", Some("For example the 28th")),
    }
}

impl MonthlyPayday {
    pub fn kind(self) -> MonthlyPaydayKind {
        match self {
            MonthlyPayday::DayOfMonth { .. } => MonthlyPaydayKind::DayOfMonth,
            MonthlyPayday::LastDay => MonthlyPaydayKind::LastDay,
            MonthlyPayday::LastWorkingDay => MonthlyPaydayKind::LastWorkingDay,
            MonthlyPayday::LastFriday => MonthlyPaydayKind::LastFriday,
        }
    }
}

impl Payday {
    /// The payday in the month of `any_day` (for a monthly payday).
    fn in_month(
        day: MonthlyPayday,
        before_closed_days: bool,
        any_day: NaiveDate,
        holidays: &BankHolidays,
    ) -> Result<NaiveDate, BeyondKnownYears> {
        let first = any_day.with_day(1).expect("every month has a 1st");
        let last = first + Months::new(1) - Days::new(1);
        let nominal = match day {
            MonthlyPayday::DayOfMonth { day } => {
                first + Days::new(u64::from(day.clamp(1, 31) - 1).min(u64::from(last.day() - 1)))
            }
            MonthlyPayday::LastDay => last,
            MonthlyPayday::LastWorkingDay => holidays.on_or_before(last)?,
            MonthlyPayday::LastFriday => {
                let back = (last.weekday().num_days_from_monday() + 7
                    - Weekday::Fri.num_days_from_monday())
                    % 7;
                last - Days::new(u64::from(back))
            }
        };
        if before_closed_days {
            holidays.on_or_before(nominal)
        } else {
            Ok(nominal)
        }
    }

    /// The first payday on or after `date`, for a PA paid at `frequency`.
    pub fn on_or_after(
        self,
        frequency: PayFrequency,
        date: NaiveDate,
        holidays: &BankHolidays,
    ) -> Result<Option<NaiveDate>, BeyondKnownYears> {
        match self {
            Payday::FromFirst { first } => {
                let step = i64::from(period_days(frequency));
                let behind = (date - first).num_days().max(0);
                let periods = (behind + step - 1) / step;
                Ok(u64::try_from(periods * step)
                    .ok()
                    .and_then(|days| first.checked_add_days(Days::new(days))))
            }
            Payday::Monthly {
                day,
                before_closed_days,
            } => {
                // This month's payday, or, when that has gone, next month's (moving a day before a
                // weekend can take it back past `date`, so look one month further at most).
                for ahead in 0..3 {
                    let Some(month) = date.checked_add_months(Months::new(ahead)) else {
                        return Ok(None);
                    };
                    let payday = Self::in_month(day, before_closed_days, month, holidays)?;
                    if payday >= date {
                        return Ok(Some(payday));
                    }
                }
                Ok(None)
            }
        }
    }

    /// The first payday of an employment starting on `start`.
    pub fn first(
        self,
        frequency: PayFrequency,
        start: NaiveDate,
        holidays: &BankHolidays,
    ) -> Result<Option<NaiveDate>, BeyondKnownYears> {
        match self {
            Payday::FromFirst { first } => Ok(Some(first)),
            Payday::Monthly { .. } => self.on_or_after(frequency, start, holidays),
        }
    }

    /// The description within a sentence: "every Friday, from 9 January 2026".
    pub fn phrase(self, frequency: PayFrequency) -> String {
        let text = self.describe(frequency);
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    }

    /// "Every Friday, from 9 January 2026" or "The last working day of each month".
    pub fn describe(self, frequency: PayFrequency) -> String {
        match self {
            Payday::FromFirst { first } => {
                let every = match frequency {
                    PayFrequency::TwoWeekly => "Every other",
                    PayFrequency::FourWeekly => "Every fourth",
                    _ => "Every",
                };
                format!(
                    "{every} {}, from {}",
                    weekday_name(first.weekday()),
                    long_date(first)
                )
            }
            Payday::Monthly {
                day,
                before_closed_days,
            } => {
                let on = match day {
                    MonthlyPayday::DayOfMonth { day } => {
                        format!("The {} of each month", ordinal(day))
                    }
                    MonthlyPayday::LastDay => "The last day of each month".to_string(),
                    MonthlyPayday::LastWorkingDay => {
                        return "The last working day of each month".to_string()
                    }
                    MonthlyPayday::LastFriday => "The last Friday of each month".to_string(),
                };
                if before_closed_days {
                    format!(
                        "{on}, or the working day before when that is a weekend or bank holiday"
                    )
                } else {
                    on
                }
            }
        }
    }
}

/// The days between paydays of a PA paid weekly, every 2 weeks or every 4 weeks.
pub fn period_days(frequency: PayFrequency) -> u32 {
    match frequency {
        PayFrequency::Weekly => 7,
        PayFrequency::TwoWeekly => 14,
        PayFrequency::FourWeekly | PayFrequency::Monthly => 28,
    }
}

/// What DP Hub takes as the first payday of an employment saved before paydays were held: the last
/// day of the first pay period.
pub fn assumed_first_payday(start: NaiveDate, frequency: PayFrequency) -> NaiveDate {
    match frequency {
        PayFrequency::Monthly => start + Months::new(1) - Days::new(1),
        other => start + Days::new(u64::from(period_days(other)) - 1),
    }
}

/// The payday DP Hub works with for an employment saved before paydays were held.
pub fn assumed_payday(start: NaiveDate, frequency: PayFrequency) -> Payday {
    let first = assumed_first_payday(start, frequency);
    match frequency {
        PayFrequency::Monthly => Payday::Monthly {
            day: MonthlyPayday::DayOfMonth {
                day: u8::try_from(first.day()).expect("a day of the month fits a u8"),
            },
            before_closed_days: false,
        },
        _ => Payday::FromFirst { first },
    }
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn ordinal(day: u8) -> String {
    let suffix = match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{day}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn monthly(day: MonthlyPayday, before: bool) -> Payday {
        Payday::Monthly {
            day,
            before_closed_days: before,
        }
    }

    fn next(p: Payday, f: PayFrequency, date: NaiveDate) -> NaiveDate {
        p.on_or_after(f, date, BankHolidays::embedded())
            .unwrap()
            .unwrap()
    }

    #[test]
    fn weekly_paydays_keep_the_first_paydays_weekday() {
        let p = Payday::FromFirst {
            first: d(2026, 1, 9),
        };
        assert_eq!(next(p, PayFrequency::Weekly, d(2026, 1, 1)), d(2026, 1, 9));
        assert_eq!(next(p, PayFrequency::Weekly, d(2026, 1, 9)), d(2026, 1, 9));
        assert_eq!(
            next(p, PayFrequency::Weekly, d(2026, 1, 10)),
            d(2026, 1, 16)
        );
        assert_eq!(
            next(p, PayFrequency::TwoWeekly, d(2026, 1, 10)),
            d(2026, 1, 23)
        );
        assert_eq!(
            next(p, PayFrequency::FourWeekly, d(2026, 1, 10)),
            d(2026, 2, 6)
        );
        assert_eq!(
            p.describe(PayFrequency::TwoWeekly),
            "Every other Friday, from 9 January 2026"
        );
    }

    #[test]
    fn monthly_paydays_by_rule() {
        let f = PayFrequency::Monthly;
        // January 2026 ends on a Saturday; 30 January is a Friday.
        assert_eq!(
            next(monthly(MonthlyPayday::LastDay, false), f, d(2026, 1, 2)),
            d(2026, 1, 31)
        );
        assert_eq!(
            next(monthly(MonthlyPayday::LastDay, true), f, d(2026, 1, 2)),
            d(2026, 1, 30)
        );
        assert_eq!(
            next(
                monthly(MonthlyPayday::LastWorkingDay, false),
                f,
                d(2026, 1, 2)
            ),
            d(2026, 1, 30)
        );
        assert_eq!(
            next(monthly(MonthlyPayday::LastFriday, false), f, d(2026, 2, 1)),
            d(2026, 2, 27)
        );
        // The 31st in a 30-day month is its last day.
        assert_eq!(
            next(
                monthly(MonthlyPayday::DayOfMonth { day: 31 }, false),
                f,
                d(2026, 4, 2)
            ),
            d(2026, 4, 30)
        );
        // Once this month's payday has gone, next month's.
        assert_eq!(
            next(
                monthly(MonthlyPayday::DayOfMonth { day: 28 }, false),
                f,
                d(2026, 2, 28) + Days::new(1)
            ),
            d(2026, 3, 28)
        );
    }

    #[test]
    fn a_payday_on_a_bank_holiday_moves_to_the_working_day_before() {
        // 25 December 2026 is a Friday and a bank holiday; the 24th is the working day before.
        let p = monthly(MonthlyPayday::DayOfMonth { day: 25 }, true);
        assert_eq!(
            next(p, PayFrequency::Monthly, d(2026, 12, 1)),
            d(2026, 12, 24)
        );
        // Good Friday 2027 is 26 March, the last Friday of March: paid on Thursday 25 March.
        let p = monthly(MonthlyPayday::LastFriday, true);
        assert_eq!(
            next(p, PayFrequency::Monthly, d(2027, 3, 1)),
            d(2027, 3, 25)
        );
        // Moved back before the day asked about, so the next is the following month's.
        assert_eq!(
            next(p, PayFrequency::Monthly, d(2027, 3, 26)),
            d(2027, 4, 30)
        );
        assert_eq!(
            monthly(MonthlyPayday::DayOfMonth { day: 25 }, true).describe(PayFrequency::Monthly),
            "The 25th of each month, or the working day before when that is a weekend or bank holiday"
        );
    }

    #[test]
    fn a_working_day_rule_past_the_known_bank_holidays_is_an_error_not_a_guess() {
        let p = monthly(MonthlyPayday::LastWorkingDay, false);
        assert!(p
            .on_or_after(
                PayFrequency::Monthly,
                d(2029, 5, 1),
                BankHolidays::embedded()
            )
            .is_err());
    }

    #[test]
    fn the_assumed_payday_of_an_older_record_ends_the_first_pay_period() {
        assert_eq!(
            assumed_first_payday(d(2026, 1, 5), PayFrequency::Weekly),
            d(2026, 1, 11)
        );
        assert_eq!(
            assumed_first_payday(d(2026, 1, 31), PayFrequency::Monthly),
            d(2026, 2, 27)
        );
        assert_eq!(
            assumed_first_payday(d(2026, 1, 5), PayFrequency::FourWeekly),
            d(2026, 2, 1)
        );
        assert_eq!(
            assumed_payday(d(2026, 1, 31), PayFrequency::Monthly),
            monthly(MonthlyPayday::DayOfMonth { day: 27 }, false)
        );
    }
}
