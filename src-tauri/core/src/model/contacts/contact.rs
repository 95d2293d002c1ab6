//! A PA contact as stored: every field checked.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::availability::Slot;
use super::draft::{ContactDraft, DbsDraft, TrainingDraft};
use super::kinds::{ContactStatus, DbsLevel, Skill, WorkPreference};
use crate::model::money::Money;

pub use crate::model::ids::ContactId;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ContactDetails {
    pub full_name: String,
    pub phones: Vec<String>,
    pub email: Option<String>,
    pub address: String,
    pub postcode: Option<String>,
    pub areas: Vec<String>,
    pub skills: Vec<Skill>,
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    pub availability: Vec<Slot>,
    pub hourly_rate: Option<Money>,
    pub work_preference: Option<WorkPreference>,
    pub dbs: Option<Dbs>,
    pub training: Vec<Training>,
    pub right_to_work_checked_on: Option<NaiveDate>,
    /// When a time-limited permission to work ends: the follow-up check is due by then. (Contacts
    /// saved before this was asked have none.)
    #[serde(default)]
    pub right_to_work_until: Option<NaiveDate>,
    pub references_taken: bool,
    pub date_of_birth: Option<NaiveDate>,
    pub status: ContactStatus,
    pub last_contacted_on: Option<NaiveDate>,
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Dbs {
    pub level: DbsLevel,
    pub certificate_number: Option<String>,
    pub issue_date: NaiveDate,
    /// On the DBS update service, so the certificate can be checked online and does not age.
    pub update_service: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Training {
    pub course: String,
    pub completed_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Contact {
    pub id: ContactId,
    pub archived: bool,
    pub details: ContactDetails,
}

impl ContactDetails {
    /// The form filled in with these details, for editing.
    pub fn to_draft(&self) -> ContactDraft {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        ContactDraft {
            full_name: self.full_name.clone(),
            phones: self.phones.clone(),
            email: self.email.clone().unwrap_or_default(),
            address: self.address.clone(),
            postcode: self.postcode.clone().unwrap_or_default(),
            areas: self.areas.join(", "),
            skills: self.skills.clone(),
            tags: self.tags.join(", "),
            languages: self.languages.join(", "),
            availability: self.availability.clone(),
            hourly_rate: self
                .hourly_rate
                .map(|m| m.to_canonical_string())
                .unwrap_or_default(),
            work_preference: self.work_preference,
            dbs: self
                .dbs
                .as_ref()
                .map(|d| DbsDraft {
                    level: Some(d.level),
                    certificate_number: d.certificate_number.clone().unwrap_or_default(),
                    issue_date: d.issue_date.to_string(),
                    update_service: d.update_service,
                })
                .unwrap_or_default(),
            training: self
                .training
                .iter()
                .map(|t| TrainingDraft {
                    course: t.course.clone(),
                    completed_on: date(t.completed_on),
                    expires_on: date(t.expires_on),
                })
                .collect(),
            right_to_work_checked_on: date(self.right_to_work_checked_on),
            right_to_work_until: date(self.right_to_work_until),
            references_taken: self.references_taken,
            date_of_birth: date(self.date_of_birth),
            status: Some(self.status),
            last_contacted_on: date(self.last_contacted_on),
            notes: self.notes.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contact_saved_before_the_permission_end_was_asked_still_reads() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let draft = ContactDraft {
            full_name: "Ann Lee".into(),
            status: Some(ContactStatus::WorkingForUs),
            right_to_work_until: "2027-06-30".into(),
            ..ContactDraft::default()
        };
        let details = super::super::validate_contact(&draft, today).unwrap();
        let mut stored = serde_json::to_value(&details).unwrap();
        stored
            .as_object_mut()
            .unwrap()
            .remove("right_to_work_until");
        let read: ContactDetails = serde_json::from_value(stored).unwrap();
        assert_eq!(read.right_to_work_until, None);
        assert_eq!(read.full_name, "Ann Lee");
    }
}
