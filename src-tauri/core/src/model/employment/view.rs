//! What the screens show of employments.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::record::{Employment, EmploymentId, JobTerms};
use crate::model::contacts::ContactId;
use crate::model::money::Money;
use crate::model::people::PersonId;

/// One line of "who works for me" on a person, or "works for" on a contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct EmploymentSummary {
    pub id: EmploymentId,
    pub person_id: PersonId,
    pub person_name: String,
    pub contact_id: ContactId,
    pub contact_name: String,
    pub job_title: String,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub hourly_rate: Money,
    /// "16 hours a week" or "Irregular hours".
    pub hours: String,
    pub current: bool,
}

/// An employment with its notice periods spelled out.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct EmploymentView {
    pub employment: Employment,
    pub summary: EmploymentSummary,
    /// "Statutory minimum: 1 week after 1 month's service, then …" or "4 weeks".
    pub notice_by_employer: String,
    pub notice_by_pa: String,
    /// "The last working day of each month", or that none is set and what DP Hub assumes.
    pub payday: String,
}

/// The payday in words; for an employment saved before paydays were held, what DP Hub assumes.
pub fn describe_payday(terms: &JobTerms) -> String {
    let (payday, assumed) = terms.payday_or_assumed();
    let text = payday.describe(terms.pay_frequency);
    if assumed {
        format!("Not set: DP Hub takes it as the last day of each pay period ({text}). Edit the job terms to set it.")
    } else {
        text
    }
}
