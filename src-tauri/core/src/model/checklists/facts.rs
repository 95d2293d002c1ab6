//! The facts a person's and an employment's due dates are worked out from, read from what DP Hub
//! already holds: the direct payment's start, and each PA's start, pay frequency and end.

use chrono::{Days, Months, NaiveDate};

use super::due::Facts;
use crate::model::employment::{Employment, PayFrequency};
use crate::model::people::Person;

/// The first payday, taken as the last day of the first pay period (pay in arrears), since DP Hub
/// does not hold paydays.
pub fn first_payday(start: NaiveDate, frequency: PayFrequency) -> NaiveDate {
    match frequency {
        PayFrequency::Weekly => start + Days::new(6),
        PayFrequency::TwoWeekly => start + Days::new(13),
        PayFrequency::FourWeekly => start + Days::new(27),
        PayFrequency::Monthly => start + Months::new(1) - Days::new(1),
    }
}

/// The employer's facts: the earliest PA start is when pension duties start and the first payday
/// follows; duties end only when every employment has ended.
pub fn person_facts(person: &Person, employments: &[Employment]) -> Facts {
    let earliest = employments.iter().map(|e| e.terms.start_date).min();
    let all_ended = !employments.is_empty() && employments.iter().all(|e| e.ended.is_some());
    Facts {
        employment_start: earliest,
        first_payday: employments
            .iter()
            .map(|e| first_payday(e.terms.start_date, e.terms.pay_frequency))
            .min(),
        employment_end: employments
            .iter()
            .filter_map(|e| e.ended.as_ref().map(|x| x.end_date))
            .max()
            .filter(|_| all_ended),
        pension_duties_start: earliest,
        dp_start: Some(person.details.dp.start_date),
        pay_frequency: None,
        right_to_work_ends: None,
    }
}

/// One employment's facts, with the employer's pension duties start and direct payment start, and
/// when the PA's permission to work ends if it is time limited.
pub fn employment_facts(
    person: &Person,
    employments: &[Employment],
    e: &Employment,
    right_to_work_ends: Option<NaiveDate>,
) -> Facts {
    Facts {
        employment_start: Some(e.terms.start_date),
        first_payday: Some(first_payday(e.terms.start_date, e.terms.pay_frequency)),
        employment_end: e.ended.as_ref().map(|x| x.end_date),
        pension_duties_start: employments.iter().map(|e| e.terms.start_date).min(),
        dp_start: Some(person.details.dp.start_date),
        pay_frequency: Some(e.terms.pay_frequency),
        right_to_work_ends,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_first_payday_ends_the_first_pay_period() {
        assert_eq!(
            first_payday(d(2026, 1, 5), PayFrequency::Weekly),
            d(2026, 1, 11)
        );
        assert_eq!(
            first_payday(d(2026, 1, 31), PayFrequency::Monthly),
            d(2026, 2, 27)
        );
        assert_eq!(
            first_payday(d(2026, 1, 5), PayFrequency::FourWeekly),
            d(2026, 2, 1)
        );
    }
}
