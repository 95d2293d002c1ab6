//! UK tax years, which run from 6 April to 5 April and are written "2026-27".

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(type = "string")]
pub struct TaxYear {
    /// The calendar year in which it starts (2026 for 2026-27).
    start_year: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Enter a tax year like 2026-27")]
pub struct TaxYearInputError;

impl TaxYear {
    pub fn starting_in(start_year: i32) -> Self {
        TaxYear { start_year }
    }

    /// The tax year that includes `date`.
    pub fn containing(date: NaiveDate) -> Self {
        let starts_this_year = (date.month(), date.day()) >= (4, 6);
        TaxYear::starting_in(if starts_this_year {
            date.year()
        } else {
            date.year() - 1
        })
    }

    pub fn start_year(self) -> i32 {
        self.start_year
    }

    /// 6 April.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.start_year, 4, 6).expect("6 April exists")
    }

    /// 5 April of the next year.
    pub fn last_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.start_year + 1, 4, 5).expect("5 April exists")
    }

    pub fn next(self) -> Self {
        TaxYear::starting_in(self.start_year + 1)
    }
}

impl fmt::Display for TaxYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.start_year, (self.start_year + 1) % 100)
    }
}

impl FromStr for TaxYear {
    type Err = TaxYearInputError;
    /// "2026-27", "2026/27" or "2026-2027".
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (first, second) = s.trim().split_once(['-', '/']).ok_or(TaxYearInputError)?;
        let digits = |t: &str| t.len() >= 2 && t.chars().all(|c| c.is_ascii_digit());
        if first.len() != 4 || !digits(first) || !digits(second) || !matches!(second.len(), 2 | 4) {
            return Err(TaxYearInputError);
        }
        let start: i32 = first.parse().map_err(|_| TaxYearInputError)?;
        let end: i32 = second.parse().map_err(|_| TaxYearInputError)?;
        let expected_end = if second.len() == 2 {
            (start + 1) % 100
        } else {
            start + 1
        };
        if end != expected_end {
            return Err(TaxYearInputError);
        }
        Ok(TaxYear::starting_in(start))
    }
}

impl Serialize for TaxYear {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TaxYear {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_tax_year_runs_from_6_april_to_5_april() {
        assert_eq!(TaxYear::containing(d(2026, 4, 5)).to_string(), "2025-26");
        assert_eq!(TaxYear::containing(d(2026, 4, 6)).to_string(), "2026-27");
        assert_eq!(TaxYear::containing(d(2027, 1, 1)).to_string(), "2026-27");
        let y: TaxYear = "2026-27".parse().unwrap();
        assert_eq!(
            (y.first_day(), y.last_day()),
            (d(2026, 4, 6), d(2027, 4, 5))
        );
        assert_eq!(TaxYear::starting_in(1999).to_string(), "1999-00");
    }

    #[test]
    fn reads_the_ways_people_write_a_tax_year() {
        for ok in ["2026-27", "2026/27", " 2026-2027 "] {
            assert_eq!(
                ok.parse::<TaxYear>(),
                Ok(TaxYear::starting_in(2026)),
                "{ok}"
            );
        }
        for bad in ["2026", "2026-28", "26-27", "2026-2028", "abcd-ef", ""] {
            assert!(bad.parse::<TaxYear>().is_err(), "{bad}");
        }
    }
}
