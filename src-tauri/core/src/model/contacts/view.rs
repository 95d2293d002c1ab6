//! What the screens and the CLI show of PA contacts.

use serde::Serialize;
use ts_rs::TS;

use super::alerts::ContactAlert;
use super::contact::{Contact, ContactId};
use super::kinds::{ContactStatus, Skill};
use crate::model::employment::EmploymentSummary;
use crate::model::money::Money;

/// A contact with their alerts, possible duplicates and who they work for.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ContactView {
    pub contact: Contact,
    pub alerts: Vec<ContactAlert>,
    /// Other contacts with the same email address or a phone number in common.
    pub possible_duplicates: Vec<ContactBrief>,
    pub employments: Vec<EmploymentSummary>,
}

/// A name to link to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ContactBrief {
    pub id: ContactId,
    pub full_name: String,
}

/// One row of the contact list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ContactSummary {
    pub id: ContactId,
    pub full_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub areas: Vec<String>,
    pub skills: Vec<Skill>,
    pub hourly_rate: Option<Money>,
    pub status: ContactStatus,
    pub last_contacted_on: Option<chrono::NaiveDate>,
    pub archived: bool,
    pub alerts: Vec<ContactAlert>,
}

/// A page of search results.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ContactSearchResults {
    pub contacts: Vec<ContactSummary>,
    /// How many matched in all, which may be more than are listed; counted up to
    /// `COUNTED_AT_MOST`, so a total above it means "more than" that many.
    pub total: u32,
    /// True when there were more matches than were counted.
    pub more_than_counted: bool,
}
