use chrono::{Datelike, NaiveDate};

/// Age in whole years on `on` (a birthday on 29 February is reached on 1 March in other years).
pub fn age_on(date_of_birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut years = on.year() - date_of_birth.year();
    if (on.month(), on.day()) < (date_of_birth.month(), date_of_birth.day()) {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn counts_whole_years() {
        assert_eq!(age_on(d(2009, 11, 24), d(2026, 11, 24)), 17);
        assert_eq!(age_on(d(2009, 11, 25), d(2026, 11, 24)), 16);
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 28)), 17);
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 3, 1)), 18);
    }
}
