//! One line of "what needs doing": what is due, whose it is, and where it is done.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::contacts::ContactId;
use crate::model::employment::EmploymentId;
use crate::model::people::PersonId;

crate::coded_enum! {
    pub enum DueKind {
        ChecklistItem => ("checklist_item", "Checklist", None),
        DbsCheck => ("dbs_check", "DBS check", None),
        Training => ("training", "Training", None),
        DpReview => ("dp_review", "Direct payment review", None),
        Account => ("account", "Direct payment account", None),
    }
}

/// Where the thing is done, for the screen to open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "to", rename_all = "snake_case")]
#[ts(export)]
pub enum DueLink {
    PersonChecklist {
        person_id: PersonId,
        checklist_id: String,
        item_id: String,
    },
    EmploymentChecklist {
        employment_id: EmploymentId,
        checklist_id: String,
        item_id: String,
    },
    Contact {
        contact_id: ContactId,
    },
    Person {
        person_id: PersonId,
    },
    /// The person's direct payment account.
    Account {
        person_id: PersonId,
    },
    /// The person's monitoring return, to fill in and print.
    MonitoringReturn {
        person_id: PersonId,
    },
}

/// One line of "what needs doing".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DueItem {
    pub person_id: PersonId,
    pub person_name: String,
    /// The PA it is about, if any.
    pub pa_name: Option<String>,
    pub kind: DueKind,
    pub what: String,
    pub date: NaiveDate,
    pub because: String,
    pub overdue: bool,
    pub link: DueLink,
    /// Stays the same while the thing is the same, so a calendar updates rather than duplicates it.
    pub key: String,
}
