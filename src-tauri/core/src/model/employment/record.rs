//! A PA's employment as stored: the job terms the written statement and the cost calculator read.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::kinds::{HolidayArrangement, HoursKind, PayFrequency, SickPay};
use super::payday::{assumed_payday, Payday};
use crate::model::contacts::ContactId;
use crate::model::money::Money;
use crate::model::people::PersonId;

pub use crate::model::ids::EmploymentId;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JobTerms {
    pub job_title: String,
    pub duties: String,
    pub start_date: NaiveDate,
    pub continuous_employment_start: NaiveDate,
    pub hours_kind: HoursKind,
    /// Normal hours a week, for regular hours.
    #[ts(type = "string | null")]
    pub hours_per_week: Option<Decimal>,
    pub working_pattern: String,
    pub hourly_rate: Money,
    pub pay_frequency: PayFrequency,
    /// None for an employment saved before DP Hub held paydays.
    pub payday: Option<Payday>,
    pub holiday: HolidayArrangement,
    pub place_of_work: String,
    pub probation_weeks: Option<u16>,
    /// None means the statutory minimum.
    pub notice_by_employer_weeks: Option<u8>,
    pub notice_by_pa_weeks: Option<u8>,
    pub sick_pay: SickPay,
    pub sick_pay_details: String,
    pub pension_scheme: Option<String>,
}

impl JobTerms {
    /// The payday held, or for an employment saved before paydays were held, the one DP Hub
    /// assumes (the last day of the first pay period), with `true` for assumed.
    pub fn payday_or_assumed(&self) -> (Payday, bool) {
        match self.payday {
            Some(p) => (p, false),
            None => (assumed_payday(self.start_date, self.pay_frequency), true),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EmploymentEnd {
    pub end_date: NaiveDate,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Employment {
    pub id: EmploymentId,
    pub person_id: PersonId,
    pub contact_id: ContactId,
    pub terms: JobTerms,
    pub ended: Option<EmploymentEnd>,
}
