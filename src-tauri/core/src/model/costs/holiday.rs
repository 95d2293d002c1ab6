//! Holiday entitlement and the part of pay that is holiday pay.

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::explain::{percent, quantity};
use super::inputs::PaCostInput;
use super::rates::HolidayRates;
use crate::model::employment::HoursKind;

/// How much holiday a PA gets in a year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct HolidayEntitlement {
    /// Hours of paid holiday a year (for irregular hours, built up from the hours worked).
    #[ts(type = "string")]
    pub hours_per_year: Decimal,
    /// Days a year, when the days worked a week are known (regular hours).
    #[ts(type = "string | null")]
    pub days_per_year: Option<Decimal>,
    pub explanation: String,
}

/// For regular hours: the share of paid hours that are holiday (5.6 weeks of 52, fewer past 28 days).
pub fn regular_holiday_share(input: &PaCostInput, rules: &HolidayRates) -> Decimal {
    if input.hours.is_zero() {
        return Decimal::ZERO;
    }
    regular_holiday_hours(input, rules) / (Decimal::from(52) * input.hours)
}

pub fn regular_holiday_hours(input: &PaCostInput, rules: &HolidayRates) -> Decimal {
    let by_weeks = rules.weeks_per_year * input.hours;
    match input.days_per_week.filter(|d| !d.is_zero()) {
        Some(days) => {
            let hours_a_day = input.hours / days;
            by_weeks.min(Decimal::from(rules.max_days) * hours_a_day)
        }
        None => by_weeks,
    }
}

/// The entitlement, given the hours worked in the year for irregular hours.
pub fn entitlement(
    input: &PaCostInput,
    rules: &HolidayRates,
    hours_worked_per_year: Decimal,
) -> HolidayEntitlement {
    match input.hours_kind {
        HoursKind::Regular => {
            let hours = regular_holiday_hours(input, rules);
            let days = input
                .days_per_week
                .filter(|d| !d.is_zero())
                .map(|d| (rules.weeks_per_year * d).min(Decimal::from(rules.max_days)));
            let explanation = match days {
                Some(days) => format!(
                    "{} weeks × {} days a week = {} days (the most is {} days), × {} hours a day = {} hours a year.",
                    quantity(rules.weeks_per_year),
                    quantity(input.days_per_week.unwrap_or_default()),
                    quantity(days),
                    rules.max_days,
                    quantity(input.hours / input.days_per_week.unwrap_or(Decimal::ONE)),
                    quantity(hours)
                ),
                None => format!(
                    "{} weeks × {} hours a week = {} hours a year (in days: {} times the days worked a week, up to {} days).",
                    quantity(rules.weeks_per_year),
                    quantity(input.hours),
                    quantity(hours),
                    quantity(rules.weeks_per_year),
                    rules.max_days
                ),
            };
            HolidayEntitlement {
                hours_per_year: hours.round_dp(2),
                days_per_year: days.map(|d| d.round_dp(2)),
                explanation,
            }
        }
        HoursKind::Irregular => {
            let hours = hours_worked_per_year * rules.irregular_accrual_rate;
            HolidayEntitlement {
                hours_per_year: hours.round_dp(2),
                days_per_year: None,
                explanation: format!(
                    "Irregular hours: holiday builds up at {rate} of hours worked; {} hours worked a year × {rate} = {} hours.",
                    quantity(hours_worked_per_year),
                    quantity(hours),
                    rate = percent(rules.irregular_accrual_rate),
                ),
            }
        }
    }
}

/// Hours actually worked in a year, worked out exactly: regular hours are 52 weeks' hours less the
/// paid holiday; irregular hours are the hours of every pay period.
pub fn hours_worked_per_year(input: &PaCostInput, rules: &HolidayRates) -> Decimal {
    match input.hours_kind {
        HoursKind::Regular => input.hours * Decimal::from(52) - regular_holiday_hours(input, rules),
        HoursKind::Irregular => {
            input.hours * Decimal::from(super::pay_periods::periods_per_year(input.pay_frequency))
        }
    }
}
