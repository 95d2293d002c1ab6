//! Working days in England and Wales: not a weekend, not a bank holiday (from the embedded data file).

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BankHolidayFile {
    first_year: i32,
    last_year: i32,
    dates: Vec<NaiveDate>,
}

/// The bank holidays DP Hub knows, and the years they cover.
#[derive(Debug)]
pub struct BankHolidays {
    first_year: i32,
    last_year: i32,
    dates: Vec<NaiveDate>,
}

/// A date in a year the bank-holiday data doesn't cover.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("DP Hub knows the bank holidays of {first} to {last} only, so it cannot work out a due date in {year}. A newer version of DP Hub will know them.")]
pub struct BeyondKnownYears {
    pub year: i32,
    pub first: i32,
    pub last: i32,
}

impl BankHolidays {
    pub fn embedded() -> &'static BankHolidays {
        static HOLIDAYS: OnceLock<BankHolidays> = OnceLock::new();
        HOLIDAYS.get_or_init(|| {
            BankHolidays::from_toml(include_str!(
                "../../data/bank-holidays-england-and-wales.toml"
            ))
            .unwrap_or_else(|e| panic!("embedded bank holidays: {e}"))
        })
    }

    pub fn from_toml(text: &str) -> Result<BankHolidays, String> {
        let file: BankHolidayFile = toml::from_str(text).map_err(|e| e.to_string())?;
        if let Some(outside) = file
            .dates
            .iter()
            .find(|d| d.year() < file.first_year || d.year() > file.last_year)
        {
            return Err(format!(
                "{outside} is outside {}–{}",
                file.first_year, file.last_year
            ));
        }
        let mut dates = file.dates;
        dates.sort();
        Ok(BankHolidays {
            first_year: file.first_year,
            last_year: file.last_year,
            dates,
        })
    }

    fn check_known(&self, date: NaiveDate) -> Result<(), BeyondKnownYears> {
        if (self.first_year..=self.last_year).contains(&date.year()) {
            Ok(())
        } else {
            Err(BeyondKnownYears {
                year: date.year(),
                first: self.first_year,
                last: self.last_year,
            })
        }
    }

    pub fn is_bank_holiday(&self, date: NaiveDate) -> Result<bool, BeyondKnownYears> {
        self.check_known(date)?;
        Ok(self.dates.binary_search(&date).is_ok())
    }

    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool, BeyondKnownYears> {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        Ok(!weekend && !self.is_bank_holiday(date)?)
    }

    /// `date` if it is a working day, otherwise the last working day before it.
    pub fn on_or_before(&self, date: NaiveDate) -> Result<NaiveDate, BeyondKnownYears> {
        let mut day = date;
        while !self.is_working_day(day)? {
            day = day - Days::new(1);
        }
        Ok(day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weekends_and_bank_holidays_are_not_working_days() {
        let h = BankHolidays::embedded();
        assert!(h.is_working_day(d(2026, 11, 24)).unwrap());
        assert!(!h.is_working_day(d(2026, 11, 28)).unwrap(), "a Saturday");
        assert!(
            !h.is_working_day(d(2026, 12, 28)).unwrap(),
            "substitute Boxing Day"
        );
        assert!(!h.is_working_day(d(2027, 3, 29)).unwrap(), "Easter Monday");
        assert_eq!(h.on_or_before(d(2026, 12, 28)).unwrap(), d(2026, 12, 24));
    }

    #[test]
    fn a_date_past_the_known_years_is_a_clear_error() {
        let e = BankHolidays::embedded()
            .is_working_day(d(2029, 1, 2))
            .unwrap_err();
        assert_eq!(e.year, 2029);
        assert!(e.to_string().contains("2025 to 2028"), "{e}");
    }

    #[test]
    fn a_file_with_a_date_outside_its_years_is_refused() {
        let text = "first_year = 2025\nlast_year = 2025\ndates = [\"2026-01-01\"]\n";
        assert!(BankHolidays::from_toml(text)
            .unwrap_err()
            .contains("outside"));
        assert!(BankHolidays::from_toml(
            "first_year = 2025\nlast_year = 2025\ndates = []\nextra = 1\n"
        )
        .is_err());
    }
}
