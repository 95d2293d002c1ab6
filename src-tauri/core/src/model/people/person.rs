//! A person who holds a direct payment, as stored: every field already checked.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::draft::{DpTermsDraft, ManagerDraft, PersonDraft};
use super::kinds::{AccountType, AuthorityBasis, ManagedBy, RecipientType};
use crate::model::money::Money;
use crate::model::period::PaymentPeriod;

pub use crate::model::ids::PersonId;

/// A checked person, without an id: what validation produces and the store saves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonDetails {
    pub full_name: String,
    pub preferred_name: Option<String>,
    pub date_of_birth: NaiveDate,
    pub address: String,
    pub postcode: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub council: String,
    pub council_reference: Option<String>,
    pub notes: String,
    pub recipient_type: RecipientType,
    pub manager: Manager,
    pub dp: DpTerms,
}

/// Who manages the direct payment, and the representative's details when it is not the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Manager {
    pub managed_by: ManagedBy,
    pub authority_basis: Option<AuthorityBasis>,
    pub representative: Option<Representative>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Representative {
    pub name: String,
    pub relationship: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: String,
}

/// The terms of the direct payment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DpTerms {
    /// Paid by the council each period, before the person's own contribution is taken off.
    pub gross_amount: Money,
    pub period: PaymentPeriod,
    /// The person's assessed contribution each period, which they pay into the account.
    pub contribution: Money,
    pub first_payment_date: Option<NaiveDate>,
    pub account_type: Option<AccountType>,
    /// Balances above this many weeks of gross payment may be reclaimed (a council setting).
    pub excess_threshold_weeks: u8,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub review_dates: Vec<NaiveDate>,
}

/// A stored person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Person {
    pub id: PersonId,
    pub archived: bool,
    pub details: PersonDetails,
}

impl PersonDetails {
    /// The form filled in with these details, for editing.
    pub fn to_draft(&self) -> PersonDraft {
        let text = |o: &Option<String>| o.clone().unwrap_or_default();
        let date = |d: &Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let rep = self.manager.representative.as_ref();
        PersonDraft {
            full_name: self.full_name.clone(),
            preferred_name: text(&self.preferred_name),
            date_of_birth: self.date_of_birth.to_string(),
            address: self.address.clone(),
            postcode: text(&self.postcode),
            phone: text(&self.phone),
            email: text(&self.email),
            council: self.council.clone(),
            council_reference: text(&self.council_reference),
            notes: self.notes.clone(),
            recipient_type: Some(self.recipient_type),
            manager: ManagerDraft {
                managed_by: Some(self.manager.managed_by),
                authority_basis: self.manager.authority_basis,
                name: rep.map(|r| r.name.clone()).unwrap_or_default(),
                relationship: rep.map(|r| text(&r.relationship)).unwrap_or_default(),
                phone: rep.map(|r| text(&r.phone)).unwrap_or_default(),
                email: rep.map(|r| text(&r.email)).unwrap_or_default(),
                address: rep.map(|r| r.address.clone()).unwrap_or_default(),
            },
            dp: DpTermsDraft {
                gross_amount: self.dp.gross_amount.to_canonical_string(),
                period: Some(self.dp.period),
                contribution: self.dp.contribution.to_canonical_string(),
                first_payment_date: date(&self.dp.first_payment_date),
                account_type: self.dp.account_type,
                excess_threshold_weeks: self.dp.excess_threshold_weeks.to_string(),
                start_date: self.dp.start_date.to_string(),
                end_date: date(&self.dp.end_date),
                review_dates: self
                    .dp
                    .review_dates
                    .iter()
                    .map(NaiveDate::to_string)
                    .collect(),
            },
        }
    }
}
