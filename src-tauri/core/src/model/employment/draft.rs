//! A PA's job terms as typed, checked by [`super::validate_employment`].

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::kinds::{HolidayArrangement, HoursKind, PayFrequency, SickPay};
use super::payday::MonthlyPaydayKind;
use crate::model::contacts::ContactId;
use crate::model::people::PersonId;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct EmploymentDraft {
    /// The employer: the person who holds the direct payment.
    pub person_id: Option<PersonId>,
    /// The PA.
    pub contact_id: Option<ContactId>,
    pub job_title: String,
    pub duties: String,
    pub start_date: String,
    /// Blank means the same as the start date.
    pub continuous_employment_start: String,
    pub hours_kind: Option<HoursKind>,
    /// For regular hours.
    pub hours_per_week: String,
    /// The days and times ("Monday to Friday, 8am to 10am").
    pub working_pattern: String,
    pub hourly_rate: String,
    pub pay_frequency: Option<PayFrequency>,
    /// For a PA paid weekly, every 2 or 4 weeks: the first payday (the others follow every period).
    pub first_payday: String,
    /// For a PA paid monthly: which day of the month.
    pub monthly_payday: Option<MonthlyPaydayKind>,
    /// For a monthly payday on a day of the month: 1 to 31.
    pub payday_day_of_month: String,
    /// Pay on the working day before when the payday falls at a weekend or on a bank holiday.
    pub payday_before_closed_days: bool,
    pub holiday: Option<HolidayArrangement>,
    pub place_of_work: String,
    /// Blank means no probation period.
    pub probation_weeks: String,
    /// Blank means the statutory minimum.
    pub notice_by_employer_weeks: String,
    /// Blank means the statutory minimum.
    pub notice_by_pa_weeks: String,
    pub sick_pay: Option<SickPay>,
    pub sick_pay_details: String,
    pub pension_scheme: String,
}

impl Default for EmploymentDraft {
    fn default() -> Self {
        EmploymentDraft {
            person_id: None,
            contact_id: None,
            job_title: "Personal assistant".to_string(),
            duties: String::new(),
            start_date: String::new(),
            continuous_employment_start: String::new(),
            hours_kind: Some(HoursKind::Regular),
            hours_per_week: String::new(),
            working_pattern: String::new(),
            hourly_rate: String::new(),
            pay_frequency: Some(PayFrequency::Monthly),
            first_payday: String::new(),
            monthly_payday: Some(MonthlyPaydayKind::LastWorkingDay),
            payday_day_of_month: String::new(),
            payday_before_closed_days: true,
            holiday: Some(HolidayArrangement::FivePointSixWeeks),
            place_of_work: String::new(),
            probation_weeks: String::new(),
            notice_by_employer_weeks: String::new(),
            notice_by_pa_weeks: String::new(),
            sick_pay: Some(SickPay::Statutory),
            sick_pay_details: String::new(),
            pension_scheme: String::new(),
        }
    }
}

/// Ending an employment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct EmploymentEndDraft {
    pub end_date: String,
    pub reason: String,
}
