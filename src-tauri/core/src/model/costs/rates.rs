//! The employer figures for each tax year, read from the embedded files in `data/rates/`.

use std::sync::OnceLock;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

use super::tax_year::TaxYear;
use crate::model::employment::PayFrequency;
use crate::model::money::Money;

include!(concat!(env!("OUT_DIR"), "/rates_files.rs"));

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxYearRates {
    pub tax_year: TaxYear,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub minimum_wage: MinimumWageRates,
    pub nic: NicRates,
    pub employment_allowance: EmploymentAllowanceRates,
    pub pension: PensionRates,
    pub statutory_sick_pay: SickPayRates,
    pub holiday: HolidayRates,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinimumWageRates {
    pub in_force_from: NaiveDate,
    pub age_21_and_over: Money,
    pub age_18_to_20: Money,
    pub under_18: Money,
    pub apprentice: Money,
    pub accommodation_offset_per_day: Money,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NicRates {
    pub weekly: NicThresholds,
    pub two_weekly: NicThresholds,
    pub four_weekly: NicThresholds,
    pub monthly: NicThresholds,
    pub yearly: NicThresholds,
    pub rates: NicPercentages,
}

/// Class 1 thresholds for one pay frequency, in pounds of pay in the period.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NicThresholds {
    pub lower_earnings_limit: Money,
    pub primary_threshold: Money,
    pub secondary_threshold: Money,
    pub upper_earnings_limit: Money,
    pub upper_secondary_threshold: Money,
    pub freeport_upper_secondary_threshold: Money,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NicPercentages {
    pub employer: Decimal,
    pub employee_main: Decimal,
    pub employee_above_upper: Decimal,
    pub employee_reduced: Decimal,
    pub employee_deferred: Decimal,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmploymentAllowanceRates {
    pub per_year: Money,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PensionRates {
    pub weekly: PensionBand,
    pub two_weekly: PensionBand,
    pub four_weekly: PensionBand,
    pub monthly: PensionBand,
    pub yearly: PensionBand,
    pub minimum_contributions: PensionContributionRates,
}

/// Auto-enrolment figures for one pay period.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PensionBand {
    pub trigger: Money,
    pub qualifying_lower: Money,
    pub qualifying_upper: Money,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PensionContributionRates {
    pub employer: Decimal,
    pub total: Decimal,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SickPayRates {
    pub weekly_rate: Money,
    pub waiting_days: u8,
    pub needs_lower_earnings_limit: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayRates {
    pub weeks_per_year: Decimal,
    pub max_days: u8,
    pub irregular_accrual_rate: Decimal,
}

impl NicRates {
    pub fn for_frequency(&self, frequency: PayFrequency) -> &NicThresholds {
        match frequency {
            PayFrequency::Weekly => &self.weekly,
            PayFrequency::TwoWeekly => &self.two_weekly,
            PayFrequency::FourWeekly => &self.four_weekly,
            PayFrequency::Monthly => &self.monthly,
        }
    }

    pub fn every_frequency(&self) -> [(&'static str, &NicThresholds); 5] {
        [
            ("weekly", &self.weekly),
            ("two_weekly", &self.two_weekly),
            ("four_weekly", &self.four_weekly),
            ("monthly", &self.monthly),
            ("yearly", &self.yearly),
        ]
    }
}

impl PensionRates {
    pub fn for_frequency(&self, frequency: PayFrequency) -> &PensionBand {
        match frequency {
            PayFrequency::Weekly => &self.weekly,
            PayFrequency::TwoWeekly => &self.two_weekly,
            PayFrequency::FourWeekly => &self.four_weekly,
            PayFrequency::Monthly => &self.monthly,
        }
    }

    pub fn every_frequency(&self) -> [(&'static str, &PensionBand); 5] {
        [
            ("weekly", &self.weekly),
            ("two_weekly", &self.two_weekly),
            ("four_weekly", &self.four_weekly),
            ("monthly", &self.monthly),
            ("yearly", &self.yearly),
        ]
    }
}

/// No rates file for the tax year asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("DP Hub has no rates for the tax year {asked}. It has rates for {known}.")]
pub struct NoRatesForYear {
    pub asked: TaxYear,
    pub known: String,
}

/// Every tax year's rates, oldest first.
#[derive(Debug)]
pub struct RateBook {
    years: Vec<TaxYearRates>,
}

impl RateBook {
    /// The rates built into the app.
    pub fn embedded() -> &'static RateBook {
        static BOOK: OnceLock<RateBook> = OnceLock::new();
        BOOK.get_or_init(|| {
            RateBook::from_files(RATES_FILES).unwrap_or_else(|e| panic!("embedded rates file: {e}"))
        })
    }

    /// Reads rates files given as (name, contents); a file that doesn't parse is an error naming it.
    pub fn from_files(files: &[(&str, &str)]) -> Result<RateBook, String> {
        let mut years = files
            .iter()
            .map(|(name, text)| {
                toml::from_str::<TaxYearRates>(text).map_err(|e| format!("{name}: {e}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        years.sort_by_key(|y| y.tax_year);
        Ok(RateBook { years })
    }

    pub fn years(&self) -> &[TaxYearRates] {
        &self.years
    }

    pub fn tax_years(&self) -> Vec<TaxYear> {
        self.years.iter().map(|y| y.tax_year).collect()
    }

    pub fn for_year(&self, year: TaxYear) -> Result<&TaxYearRates, NoRatesForYear> {
        self.years
            .iter()
            .find(|y| y.tax_year == year)
            .ok_or_else(|| NoRatesForYear {
                asked: year,
                known: self
                    .tax_years()
                    .iter()
                    .map(TaxYear::to_string)
                    .collect::<Vec<_>>()
                    .join(" and "),
            })
    }

    /// The minimum wage rates in force on `date`: the latest set that had started by then (the latest
    /// known set for dates past the last file). None before the first file's rates.
    pub fn minimum_wage_on(&self, date: NaiveDate) -> Option<&MinimumWageRates> {
        self.years
            .iter()
            .rev()
            .map(|y| &y.minimum_wage)
            .find(|w| w.in_force_from <= date)
    }

    /// The tax year to use when none is given: the one including `today`, or the nearest known.
    pub fn default_year(&self, today: NaiveDate) -> TaxYear {
        let wanted = TaxYear::containing(today);
        let years = self.tax_years();
        if years.contains(&wanted) {
            wanted
        } else if years.first().is_some_and(|first| wanted < *first) {
            years[0]
        } else {
            *years.last().expect("at least one rates file")
        }
    }
}
