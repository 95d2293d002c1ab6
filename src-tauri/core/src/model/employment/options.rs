use serde::Serialize;
use ts_rs::TS;

use super::draft::EmploymentDraft;
use super::kinds::{HolidayArrangement, HoursKind, PayFrequency, SickPay};
use super::payday::MonthlyPaydayKind;
use crate::model::choice::Choice;

/// Every choice the employment form offers.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct EmploymentFormOptions {
    pub pay_frequencies: Vec<Choice<PayFrequency>>,
    pub monthly_paydays: Vec<Choice<MonthlyPaydayKind>>,
    pub hours_kinds: Vec<Choice<HoursKind>>,
    pub holiday_arrangements: Vec<Choice<HolidayArrangement>>,
    pub sick_pay: Vec<Choice<SickPay>>,
    /// "Statutory minimum" explained, shown as the hint of the notice fields.
    pub statutory_notice_hint: String,
    pub blank: EmploymentDraft,
}

pub fn employment_form_options() -> EmploymentFormOptions {
    EmploymentFormOptions {
        pay_frequencies: PayFrequency::choices(),
        monthly_paydays: MonthlyPaydayKind::choices(),
        hours_kinds: HoursKind::choices(),
        holiday_arrangements: HolidayArrangement::choices(),
        sick_pay: SickPay::choices(),
        statutory_notice_hint: super::notice::STATUTORY_NOTICE_HINT.to_string(),
        blank: EmploymentDraft::default(),
    }
}
