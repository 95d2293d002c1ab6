//! What the user has recorded about one checklist item: the only part of a checklist that is stored.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// To do, done (when and by whom), or not applicable (and why).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
#[ts(export)]
pub enum ItemStatus {
    #[default]
    ToDo,
    Done {
        done_on: NaiveDate,
        done_by: String,
        /// For a duty that comes round again, the due date this was done for.
        occurrence: Option<NaiveDate>,
    },
    NotApplicable {
        reason: String,
    },
}

crate::coded_enum! {
    /// The tag a checklist shows beside an item (the GOV.UK task list's status).
    pub enum StatusTag {
        ToDo => ("to_do", "To do", None),
        Overdue => ("overdue", "Overdue", None),
        Done => ("done", "Done", None),
        NotApplicable => ("not_applicable", "Not applicable", None),
    }
}
