//! What the contact list asks for: words typed in the search box, filters and an order.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::availability::Slot;
use super::kinds::{ContactStatus, Skill};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ContactQuery {
    /// Words to find (each as the start of a word) in names, notes, skills, tags, languages and areas.
    pub text: String,
    pub skill: Option<Skill>,
    /// A town or postcode district the PA covers ("SO23", "Winchester").
    pub area: String,
    /// Free in this cell of the week grid.
    pub free_in: Option<Slot>,
    pub status: Option<ContactStatus>,
    /// Only PAs with a DBS check that is on the update service or younger than the council's limit.
    pub dbs_in_date: bool,
    /// Only PAs with no expired training.
    pub training_in_date: bool,
    pub include_archived: bool,
    pub sort: ContactSort,
    /// At most this many results; 0 means the default page size.
    pub limit: u32,
}

crate::coded_enum! {
    pub enum ContactSort {
        Relevance => ("relevance", "Best match", Some("Names first, then other matches; by name when nothing is typed")),
        Name => ("name", "Name", None),
        LastContacted => ("last_contacted", "Last contacted", Some("Most recent first")),
    }
}

// The enum comes from `coded_enum!`, which cannot mark a default variant.
#[allow(clippy::derivable_impls)]
impl Default for ContactSort {
    fn default() -> Self {
        ContactSort::Relevance
    }
}

/// The page size when a query gives no limit.
pub const DEFAULT_LIMIT: u32 = 50;
