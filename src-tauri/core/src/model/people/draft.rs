//! What a form or the command line sends: text exactly as typed, to be checked by
//! [`super::validate`]. Keeping the raw text means a rejected form can be shown again unchanged.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::kinds::{AccountType, AuthorityBasis, ManagedBy, RecipientType};
use crate::model::period::PaymentPeriod;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct PersonDraft {
    pub full_name: String,
    pub preferred_name: String,
    pub date_of_birth: String,
    pub address: String,
    pub postcode: String,
    pub phone: String,
    pub email: String,
    pub council: String,
    pub council_reference: String,
    pub notes: String,
    pub recipient_type: Option<RecipientType>,
    pub manager: ManagerDraft,
    pub dp: DpTermsDraft,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ManagerDraft {
    pub managed_by: Option<ManagedBy>,
    pub authority_basis: Option<AuthorityBasis>,
    pub name: String,
    pub relationship: String,
    pub phone: String,
    pub email: String,
    pub address: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct DpTermsDraft {
    pub gross_amount: String,
    pub period: Option<PaymentPeriod>,
    pub contribution: String,
    pub first_payment_date: String,
    pub account_type: Option<AccountType>,
    pub excess_threshold_weeks: String,
    pub start_date: String,
    pub end_date: String,
    /// Empty means "work them out from the start date".
    pub review_dates: Vec<String>,
}

/// The council's usual excess-balance threshold when none is given (domain.md §2).
pub const DEFAULT_EXCESS_THRESHOLD_WEEKS: u8 = 4;

impl Default for DpTermsDraft {
    fn default() -> Self {
        DpTermsDraft {
            gross_amount: String::new(),
            period: Some(PaymentPeriod::FourWeekly),
            contribution: String::new(),
            first_payment_date: String::new(),
            account_type: None,
            excess_threshold_weeks: DEFAULT_EXCESS_THRESHOLD_WEEKS.to_string(),
            start_date: String::new(),
            end_date: String::new(),
            review_dates: Vec::new(),
        }
    }
}
