//! The legal minimum hourly pay for a PA on a date, by age band and apprenticeship.

use chrono::NaiveDate;

use super::rates::{MinimumWageRates, RateBook};
use super::worker::AgeBasis;
use crate::model::money::Money;

/// The minimum that applies on one date, and which band it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MinimumWage {
    pub hourly: Money,
    pub band: &'static str,
    pub in_force_from: NaiveDate,
}

/// The minimum for work done on `date`. For a pay period, ask about its last day: rates and age only
/// rise with time, so that is the highest minimum on any day of it (a period that includes work on
/// or after 1 April needs the new rate). An apprentice is on the apprentice rate while under 19 or in the
/// first year of the apprenticeship; an unknown age is taken as 21 or over.
pub fn minimum_wage_on(
    book: &RateBook,
    date: NaiveDate,
    age: AgeBasis,
    apprenticeship: Apprenticeship,
) -> Option<MinimumWage> {
    let rates: &MinimumWageRates = book.minimum_wage_on(date)?;
    let age = age.age_on(date);
    let apprentice_rate = match apprenticeship {
        Apprenticeship::None => false,
        Apprenticeship::Since(start) => {
            age.is_some_and(|a| a < 19) || date < start + chrono::Months::new(12)
        }
    };
    let (hourly, band) = match age {
        _ if apprentice_rate => (rates.apprentice, "apprentice rate"),
        Some(a) if a < 18 => (rates.under_18, "under 18"),
        Some(a) if a < 21 => (rates.age_18_to_20, "aged 18 to 20"),
        _ => (
            rates.age_21_and_over,
            "National Living Wage, aged 21 and over",
        ),
    };
    Some(MinimumWage {
        hourly,
        band,
        in_force_from: rates.in_force_from,
    })
}

/// Whether the PA is an apprentice, and since when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Apprenticeship {
    None,
    Since(NaiveDate),
}
