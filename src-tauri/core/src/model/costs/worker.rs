//! What the calculator knows about the PA's age: an age, a date of birth, or nothing.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::people::age_on;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[ts(export)]
pub enum AgeBasis {
    /// The same age all year.
    Age(u8),
    /// The age on each date is worked out (a PA turning 21 or 22 mid-year).
    DateOfBirth(NaiveDate),
    /// Not known: taken as 22 or over and under State Pension age, and a warning says so.
    Unknown,
}

impl AgeBasis {
    /// Age in whole years on `date`; None when not known.
    pub fn age_on(self, date: NaiveDate) -> Option<u8> {
        match self {
            AgeBasis::Age(age) => Some(age),
            AgeBasis::DateOfBirth(dob) => Some(age_on(dob, date).clamp(0, 255) as u8),
            AgeBasis::Unknown => None,
        }
    }

    /// The PA's age on a date and whether they are over State Pension age then, with the State Pension
    /// date worked out once rather than for every pay period.
    pub fn on_dates(self) -> AgeOnDates {
        AgeOnDates {
            basis: self,
            state_pension_date: match self {
                AgeBasis::DateOfBirth(dob) => Some(state_pension_date(dob)),
                _ => None,
            },
        }
    }

    /// Whether the PA is over State Pension age on `date`. From an age alone, 66 or over is taken as over
    /// it (State Pension age is 66, rising to 67 for people born after 5 April 1960).
    pub fn over_state_pension_age(self, date: NaiveDate) -> bool {
        match self {
            AgeBasis::Age(age) => age >= 66,
            AgeBasis::DateOfBirth(dob) => date >= state_pension_date(dob),
            AgeBasis::Unknown => false,
        }
    }
}

/// The PA's age, ready to be asked about many dates.
#[derive(Clone, Copy, Debug)]
pub struct AgeOnDates {
    basis: AgeBasis,
    state_pension_date: Option<NaiveDate>,
}

/// What the rules need to know of the PA's age on one date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgeOnDate {
    pub years: Option<u8>,
    pub over_state_pension_age: bool,
}

impl AgeOnDates {
    pub fn on(&self, date: NaiveDate) -> AgeOnDate {
        AgeOnDate {
            years: self.basis.age_on(date),
            over_state_pension_age: match self.state_pension_date {
                Some(spa) => date >= spa,
                None => self.basis.over_state_pension_age(date),
            },
        }
    }
}

/// The day State Pension age is reached (Pensions Act 1995 sch. 4 as amended by the Pensions Act 2014):
/// 66 for people born before 6 April 1960; 66 and 1 to 11 months for those born from 6 April 1960 to
/// 5 March 1961; 67 for those born from 6 March 1961 to 5 April 1977 (and later births, until the
/// legislated move to 68).
pub fn state_pension_date(dob: NaiveDate) -> NaiveDate {
    let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real date");
    let birthday = |years: u32, extra_months: u32| dob + Months::new(years * 12 + extra_months);
    if dob < ymd(1960, 4, 6) {
        birthday(66, 0)
    } else if dob < ymd(1961, 3, 6) {
        // Born 6 April to 5 May 1960: 66 and 1 month; each later month adds one more.
        let mut band_start = ymd(1960, 4, 6);
        let mut extra = 1;
        while dob >= band_start + Months::new(1) {
            band_start = band_start + Months::new(1);
            extra += 1;
        }
        birthday(66, extra)
    } else {
        birthday(67, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn state_pension_age_follows_the_2014_act() {
        assert_eq!(state_pension_date(d(1959, 8, 1)), d(2025, 8, 1));
        assert_eq!(state_pension_date(d(1960, 4, 20)), d(2026, 5, 20));
        assert_eq!(state_pension_date(d(1961, 3, 1)), d(2028, 2, 1));
        assert_eq!(state_pension_date(d(1970, 1, 1)), d(2037, 1, 1));
    }

    #[test]
    fn age_from_a_date_of_birth_changes_on_the_birthday() {
        let pa = AgeBasis::DateOfBirth(d(2005, 10, 15));
        assert_eq!(pa.age_on(d(2026, 10, 14)), Some(20));
        assert_eq!(pa.age_on(d(2026, 10, 15)), Some(21));
        assert!(AgeBasis::Age(66).over_state_pension_age(d(2026, 6, 1)));
        assert!(!AgeBasis::Age(65).over_state_pension_age(d(2026, 6, 1)));
    }
}
