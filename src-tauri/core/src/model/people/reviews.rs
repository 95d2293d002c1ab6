//! When the council reviews a direct payment: within the first 6 months, then at least every
//! 12 months (Care and Support Statutory Guidance, 12.66–12.67).

use chrono::{Months, NaiveDate};

/// How many review dates are worked out for a payment with no end date: the first and the two
/// yearly reviews after it, about two and a half years ahead.
const OPEN_ENDED_REVIEWS: usize = 3;

/// The first review 6 months after the start, then every 12 months, stopping at the end date (or
/// after three reviews when the payment has no end).
pub fn default_review_dates(start: NaiveDate, end: Option<NaiveDate>) -> Vec<NaiveDate> {
    let first = start
        .checked_add_months(Months::new(6))
        .expect("dates are within chrono's range");
    let yearly = std::iter::successors(Some(first), |d| d.checked_add_months(Months::new(12)));
    match end {
        Some(end) => yearly.take_while(|d| *d <= end).collect(),
        None => yearly.take(OPEN_ENDED_REVIEWS).collect(),
    }
}

/// The first review date on or after `today`.
pub fn next_review(reviews: &[NaiveDate], today: NaiveDate) -> Option<NaiveDate> {
    reviews.iter().copied().filter(|d| *d >= today).min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn six_months_then_yearly() {
        assert_eq!(
            default_review_dates(d(2026, 1, 5), None),
            vec![d(2026, 7, 5), d(2027, 7, 5), d(2028, 7, 5)]
        );
    }

    #[test]
    fn stops_at_the_end_date() {
        assert_eq!(
            default_review_dates(d(2026, 1, 5), Some(d(2027, 7, 5))),
            vec![d(2026, 7, 5), d(2027, 7, 5)]
        );
        assert!(default_review_dates(d(2026, 1, 5), Some(d(2026, 3, 1))).is_empty());
    }

    #[test]
    fn month_ends_clamp_to_the_last_day() {
        assert_eq!(
            default_review_dates(d(2025, 8, 31), None)[0],
            d(2026, 2, 28)
        );
    }

    #[test]
    fn next_review_is_the_first_not_yet_past() {
        let reviews = [d(2026, 7, 5), d(2027, 7, 5)];
        assert_eq!(next_review(&reviews, d(2026, 7, 5)), Some(d(2026, 7, 5)));
        assert_eq!(next_review(&reviews, d(2026, 7, 6)), Some(d(2027, 7, 5)));
        assert_eq!(next_review(&reviews, d(2027, 8, 1)), None);
    }
}
