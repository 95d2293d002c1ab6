//! What the calculator warns about: pay below the legal minimum, pay too low for an NI record,
//! 4-weekly paydays, pension duties, a missing date of birth, the allowance running out.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::inputs::PaCostInput;
use super::minimum_wage::{minimum_wage_on, Apprenticeship};
use super::pay_periods::frequency_phrase;
use super::period_cost::PeriodCost;
use super::rates::{RateBook, TaxYearRates};
use super::worker::AgeBasis;
use crate::model::employment::PayFrequency;
use crate::model::input::{day_and_month, long_date, month_and_year};
use crate::model::money::Money;

crate::coded_enum! {
    pub enum WarningKind {
        BelowMinimumWage => ("below_minimum_wage", "Pay below the legal minimum", None),
        BelowLowerEarningsLimit => ("below_lower_earnings_limit", "Pay below the Lower Earnings Limit", None),
        TwoPaydaysInAMonth => ("two_paydays_in_a_month", "Two paydays in one month", None),
        PensionDuties => ("pension_duties", "Workplace pension duties", None),
        AgeUnknown => ("age_unknown", "Date of birth not known", None),
        AllowanceUsedUp => ("allowance_used_up", "Employment Allowance used up", None),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CostWarning {
    pub kind: WarningKind,
    pub message: String,
}

fn warning(kind: WarningKind, message: String) -> CostWarning {
    CostWarning { kind, message }
}

fn span(start: NaiveDate, end: NaiveDate) -> String {
    format!("{} to {}", long_date(start), long_date(end))
}

pub fn pa_warnings(
    input: &PaCostInput,
    periods: &[PeriodCost],
    rates: &TaxYearRates,
    book: &RateBook,
) -> Vec<CostWarning> {
    let mut out = Vec::new();
    if input.age == AgeBasis::Unknown {
        out.push(warning(
            WarningKind::AgeUnknown,
            format!(
                "{}'s date of birth is not saved, so the minimum wage, National Insurance and pension checks assume they are 21 or over and under State Pension age. Add it to the PA's details for exact figures.",
                input.label
            ),
        ));
    }
    if let Some(first_low) = periods
        .iter()
        .find(|p| p.minimum_hourly.is_some_and(|min| input.hourly_rate < min))
    {
        out.push(below_minimum(input, first_low, book));
    }
    let lel = rates
        .nic
        .for_frequency(input.pay_frequency)
        .lower_earnings_limit;
    if let Some(low) = periods.iter().find(|p| p.gross < lel) {
        let sick_pay = if rates.statutory_sick_pay.needs_lower_earnings_limit {
            " They also cannot get Statutory Sick Pay."
        } else {
            ""
        };
        out.push(warning(
            WarningKind::BelowLowerEarningsLimit,
            format!(
                "Pay of {} {} is below the Lower Earnings Limit of {} {}: {} will not build up a National Insurance record (qualifying years for the State Pension) from this job.{sick_pay}",
                low.gross,
                frequency_phrase(input.pay_frequency),
                lel,
                frequency_phrase(input.pay_frequency),
                input.label
            ),
        ));
    }
    if input.pay_frequency == PayFrequency::FourWeekly {
        if let Some(w) = two_paydays(periods) {
            out.push(w);
        }
    }
    out
}

fn below_minimum(input: &PaCostInput, period: &PeriodCost, book: &RateBook) -> CostWarning {
    let p = period.period;
    let apprenticeship = input
        .apprentice_since
        .map_or(Apprenticeship::None, Apprenticeship::Since);
    let wage = minimum_wage_on(book, p.ends_on, input.age, apprenticeship)
        .expect("a minimum was found for this period");
    let mut message = format!(
        "{} an hour is below the legal minimum for {}: {} an hour ({}, from {}). It applies from the pay period {}.",
        input.hourly_rate,
        input.label,
        wage.hourly,
        wage.band,
        long_date(wage.in_force_from),
        span(p.starts_on, p.ends_on)
    );
    if p.starts_on < wage.in_force_from && wage.in_force_from <= p.ends_on {
        message.push_str(&format!(
            " That period includes work on or after {}, so the new rate applies to it.",
            long_date(wage.in_force_from)
        ));
    }
    if let (Some(age), AgeBasis::DateOfBirth(_)) = (period.age, input.age) {
        message.push_str(&format!(
            " {} is {age} by the end of that period.",
            input.label
        ));
    }
    warning(WarningKind::BelowMinimumWage, message)
}

fn two_paydays(periods: &[PeriodCost]) -> Option<CostWarning> {
    let mut months: Vec<(i32, u32, Vec<NaiveDate>)> = Vec::new();
    for p in periods {
        let d = p.period.ends_on;
        match months.last_mut() {
            Some((y, m, days)) if *y == d.year() && *m == d.month() => days.push(d),
            _ => months.push((d.year(), d.month(), vec![d])),
        }
    }
    let doubled: Vec<String> = months
        .iter()
        .filter(|(_, _, days)| days.len() > 1)
        .map(|(_, _, days)| {
            format!(
                "{} ({})",
                month_and_year(days[0]),
                days.iter()
                    .map(|d| day_and_month(*d))
                    .collect::<Vec<_>>()
                    .join(" and ")
            )
        })
        .collect();
    (!doubled.is_empty()).then(|| {
        warning(
            WarningKind::TwoPaydaysInAMonth,
            format!(
                "Paid every 4 weeks, there are 13 paydays a year, and two fall in {}. If the PA gets Universal Credit, two paydays in one assessment period can reduce it that month; weekly or monthly pay avoids this.",
                doubled.join(", ")
            ),
        )
    })
}

/// The employer's pension duties start on the day the first PA starts work.
pub fn pension_duties(inputs: &[PaCostInput], periods: &[Vec<PeriodCost>]) -> Option<CostWarning> {
    let eligible: Vec<&str> = inputs
        .iter()
        .zip(periods)
        .filter(|(_, ps)| {
            ps.iter()
                .any(|p| p.pension_category == super::pension::PensionCategory::EligibleJobholder)
        })
        .map(|(i, _)| i.label.as_str())
        .collect();
    let first_start = inputs.iter().filter_map(|i| i.start_date).min();
    let start_text = match first_start {
        Some(d) => format!(
            "Your workplace pension duties started on {}, the day your first PA started work. Within 6 weeks of that date you must write to each PA about the pension (you may postpone assessing them for up to 3 months), and within 5 months declare to The Pensions Regulator that you have done so.",
            long_date(d)
        ),
        None => "Your workplace pension duties start on the day your first PA starts work: within 6 weeks, write to each PA about the pension (you may postpone assessing them for up to 3 months), and within 5 months declare to The Pensions Regulator that you have done so.".to_string(),
    };
    if eligible.is_empty() && first_start.is_none() {
        return None;
    }
    let enrol = if eligible.is_empty() {
        String::new()
    } else {
        format!(
            " {} must be enrolled: they are eligible jobholders in at least one pay period this year.",
            and_list(&eligible)
        )
    };
    Some(warning(
        WarningKind::PensionDuties,
        format!("{start_text}{enrol}"),
    ))
}

pub fn allowance_used_up(available: Money, last_payday: NaiveDate) -> CostWarning {
    warning(
        WarningKind::AllowanceUsedUp,
        format!(
            "The Employment Allowance of {} is used up by the payday on {}; employer National Insurance is paid in full after that.",
            available,
            long_date(last_payday)
        ),
    )
}

/// "Ann", "Ann and Bea", "Ann, Bea and Cal".
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
