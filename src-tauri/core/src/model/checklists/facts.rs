//! The facts a person's and an employment's due dates are worked out from, read from what DP Hub
//! already holds: the direct payment's start, and each PA's start, payday and end.

use chrono::NaiveDate;

use super::due::Facts;
use crate::model::employment::Employment;
use crate::model::people::Person;
use crate::model::working_days::BankHolidays;

/// The first payday of an employment: from the payday held, or, for one saved before paydays were
/// held, the last day of the first pay period. None when it falls past the known bank holidays.
pub fn first_payday(e: &Employment) -> Option<NaiveDate> {
    let (payday, _) = e.terms.payday_or_assumed();
    payday
        .first(
            e.terms.pay_frequency,
            e.terms.start_date,
            BankHolidays::embedded(),
        )
        .ok()
        .flatten()
}

/// The employer's facts: the earliest PA start is when pension duties start and the first payday
/// follows; duties end only when every employment has ended. `tracked_from` is the day DP Hub
/// began keeping the person's duties.
pub fn person_facts(
    person: &Person,
    employments: &[Employment],
    tracked_from: Option<NaiveDate>,
) -> Facts {
    let earliest = employments.iter().map(|e| e.terms.start_date).min();
    let all_ended = !employments.is_empty() && employments.iter().all(|e| e.ended.is_some());
    let first = employments
        .iter()
        .filter_map(|e| first_payday(e).map(|day| (day, e)))
        .min_by_key(|(day, _)| *day);
    Facts {
        employment_start: earliest,
        first_payday: first.map(|(day, _)| day),
        payday_assumed: first.is_some_and(|(_, e)| e.terms.payday.is_none()),
        employment_end: employments
            .iter()
            .filter_map(|e| e.ended.as_ref().map(|x| x.end_date))
            .max()
            .filter(|_| all_ended),
        pension_duties_start: earliest,
        dp_start: Some(person.details.dp.start_date),
        pay_frequency: None,
        payday: None,
        right_to_work_ends: None,
        tracked_from,
        keep_records_years: None,
    }
}

/// One employment's facts, with the employer's pension duties start and direct payment start, and
/// when the PA's permission to work ends if it is time limited. `tracked_from` is the day DP
/// Hub began keeping the employment's duties.
pub fn employment_facts(
    person: &Person,
    employments: &[Employment],
    e: &Employment,
    right_to_work_ends: Option<NaiveDate>,
    tracked_from: Option<NaiveDate>,
) -> Facts {
    let (payday, assumed) = e.terms.payday_or_assumed();
    Facts {
        employment_start: Some(e.terms.start_date),
        first_payday: first_payday(e),
        payday_assumed: assumed,
        employment_end: e.ended.as_ref().map(|x| x.end_date),
        pension_duties_start: employments.iter().map(|e| e.terms.start_date).min(),
        dp_start: Some(person.details.dp.start_date),
        pay_frequency: Some(e.terms.pay_frequency),
        payday: Some(payday),
        right_to_work_ends,
        tracked_from,
        keep_records_years: None,
    }
}
