//! A PA contact as typed in a form, read from a vCard or CSV row, or given to the CLI as JSON: text
//! exactly as entered, checked by [`super::validate_contact`].

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::availability::Slot;
use super::kinds::{ContactStatus, DbsLevel, Skill, WorkPreference};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ContactDraft {
    pub full_name: String,
    /// Each number as typed; blanks are ignored.
    pub phones: Vec<String>,
    pub email: String,
    pub address: String,
    pub postcode: String,
    /// Towns or postcode districts, separated by commas ("Winchester, SO23").
    pub areas: String,
    pub skills: Vec<Skill>,
    /// Free tags, separated by commas.
    pub tags: String,
    /// Languages other than English, separated by commas.
    pub languages: String,
    pub availability: Vec<Slot>,
    pub hourly_rate: String,
    pub work_preference: Option<WorkPreference>,
    pub dbs: DbsDraft,
    pub training: Vec<TrainingDraft>,
    pub right_to_work_checked_on: String,
    /// When the PA's permission to work in the UK ends, if it is time limited (blank if not).
    pub right_to_work_until: String,
    pub references_taken: bool,
    /// Optional; when given it drives the minimum-wage and pension checks.
    pub date_of_birth: String,
    pub status: Option<ContactStatus>,
    pub last_contacted_on: String,
    pub notes: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct DbsDraft {
    pub level: Option<DbsLevel>,
    pub certificate_number: String,
    pub issue_date: String,
    pub update_service: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct TrainingDraft {
    pub course: String,
    pub completed_on: String,
    /// Blank when the course does not expire.
    pub expires_on: String,
}

impl DbsDraft {
    pub fn is_blank(&self) -> bool {
        self.level.is_none()
            && self.certificate_number.trim().is_empty()
            && self.issue_date.trim().is_empty()
            && !self.update_service
    }
}

impl TrainingDraft {
    pub fn is_blank(&self) -> bool {
        [&self.course, &self.completed_on, &self.expires_on]
            .iter()
            .all(|s| s.trim().is_empty())
    }
}
