//! Workplace pension auto-enrolment for one pay period: the worker's category, qualifying earnings and
//! contributions.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::rates::PensionBand;
use super::worker::AgeOnDate;
use crate::model::money::Money;

crate::coded_enum! {
    /// The worker's category under the Pensions Act 2008, for one pay period.
    pub enum PensionCategory {
        EligibleJobholder => ("eligible_jobholder", "Eligible jobholder", Some("Aged 22 to State Pension age and earning above the trigger: must be enrolled, and the employer must pay in")),
        NonEligibleJobholder => ("non_eligible_jobholder", "Non-eligible jobholder", Some("Can choose to join, and then the employer must pay in too")),
        EntitledWorker => ("entitled_worker", "Entitled worker", Some("Earns at or below the lower level of qualifying earnings: can ask to join; the employer need not pay in")),
    }
}

/// The scheme's contribution rates on qualifying earnings, and whether a worker who need not be
/// enrolled has chosen to join.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PensionTerms {
    #[ts(type = "string")]
    pub employer_rate: Decimal,
    #[ts(type = "string")]
    pub total_rate: Decimal,
    pub opted_in: bool,
}

impl PensionTerms {
    /// The legal minimum: employer 3%, total 8%.
    pub fn minimum() -> Self {
        PensionTerms {
            employer_rate: Decimal::new(3, 2),
            total_rate: Decimal::new(8, 2),
            opted_in: false,
        }
    }
}

pub fn pension_category(gross: Money, band: &PensionBand, age: AgeOnDate) -> PensionCategory {
    let in_age_band = match age.years {
        Some(a) => a >= 22 && !age.over_state_pension_age,
        None => true,
    };
    if gross <= band.qualifying_lower {
        PensionCategory::EntitledWorker
    } else if gross > band.trigger && in_age_band {
        PensionCategory::EligibleJobholder
    } else {
        PensionCategory::NonEligibleJobholder
    }
}

/// Pay between the lower and upper levels of qualifying earnings for the period.
pub fn qualifying_earnings(gross: Money, band: &PensionBand) -> Money {
    (gross.min(band.qualifying_upper) - band.qualifying_lower).max(Money::ZERO)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contributions {
    pub qualifying: Money,
    pub employer: Money,
    pub worker: Money,
}

/// Contributions for the period: paid for an eligible jobholder, or a non-eligible jobholder who has
/// opted in; none otherwise. Each rounded to the penny, half up; the worker pays the rest of the total.
pub fn contributions(
    category: PensionCategory,
    gross: Money,
    band: &PensionBand,
    terms: &PensionTerms,
) -> Contributions {
    let qualifying = qualifying_earnings(gross, band);
    let pays = match category {
        PensionCategory::EligibleJobholder => true,
        PensionCategory::NonEligibleJobholder => terms.opted_in,
        PensionCategory::EntitledWorker => false,
    };
    if !pays {
        return Contributions {
            qualifying,
            employer: Money::ZERO,
            worker: Money::ZERO,
        };
    }
    let employer = (qualifying * terms.employer_rate).round_to_penny_half_up();
    let total = (qualifying * terms.total_rate).round_to_penny_half_up();
    Contributions {
        qualifying,
        employer,
        worker: (total - employer).max(Money::ZERO),
    }
}
