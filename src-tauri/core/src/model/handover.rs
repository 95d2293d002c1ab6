//! Handing one person's records to someone else: what a bundle holds, shown before it is
//! imported, the choices the importer makes, and what an export or import did.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::choice::Choice;
use crate::model::contacts::ContactId;
use crate::model::people::{PersonId, PersonSummary};

/// Who a bundle is for, as its first lines show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct HandoverPerson {
    pub full_name: String,
    /// As stored ("1948-03-12").
    pub date_of_birth: String,
    pub council: String,
}

/// How many records of one kind a bundle holds ("Employments", 2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RecordCount {
    pub what: String,
    pub count: u32,
}

/// A PA in a bundle, and the saved contact they match if there is one (by email or phone number,
/// as the contacts import finds duplicates).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct HandoverPa {
    pub full_name: String,
    pub existing_id: Option<ContactId>,
    pub existing_name: Option<String>,
    /// "Same email address as Ann Lee".
    pub reason: Option<String>,
}

/// What importing a bundle would do, shown before anything is written.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct HandoverPreview {
    pub person: HandoverPerson,
    /// "DP Hub 0.1.0".
    pub made_by: String,
    /// When it was made (UTC, RFC 3339).
    pub made_at: String,
    pub counts: Vec<RecordCount>,
    pub pas: Vec<HandoverPa>,
    /// People already here with the same name and date of birth.
    pub already_here: Vec<PersonSummary>,
    /// What may be done with a PA who is already in this contact book.
    pub matched_pas_choices: Vec<Choice<MatchedPas>>,
}

crate::coded_enum! {
    /// What to do with a PA in the bundle who is already in this contact book.
    pub enum MatchedPas {
        Reuse => ("reuse", "Use the contact already here", Some("Their employment is linked to the PA you already have; your contact is not changed")),
        AddNew => ("add_new", "Add them as a new contact", Some("Keep the bundle's copy as a separate contact")),
    }
}

/// The importer's choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HandoverChoices {
    pub matched_pas: MatchedPas,
    /// Import even though someone with the same name and date of birth is already here.
    pub as_separate_person: bool,
}

impl Default for HandoverChoices {
    fn default() -> Self {
        HandoverChoices {
            matched_pas: MatchedPas::Reuse,
            as_separate_person: false,
        }
    }
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct HandoverOutcome {
    pub person_id: PersonId,
    pub full_name: String,
    pub pas_added: u32,
    pub pas_reused: u32,
    pub counts: Vec<RecordCount>,
}

/// A bundle written: where, for whom and what it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct HandoverSaved {
    pub path: String,
    pub full_name: String,
    pub bytes: u64,
    pub counts: Vec<RecordCount>,
}

/// What the records of a table are called in a bundle's counts; `None` for a person's own
/// details, which are not counted.
pub fn record_label(table: &str) -> Option<&'static str> {
    Some(match table {
        "dp_terms_change" => "Changes of terms (terms history)",
        "dp_review" => "Review dates",
        "employment" => "Employments",
        "checklist_item" => "Checklist marks (done, not applicable, notes)",
        "plan_line" => "Support plan lines",
        "signature" => "Signatures",
        "account_entry" => "Payments in and out of the account",
        "account_receipt" => "Receipts",
        "account_owed" => "Money owed",
        "account_reconciliation" => "Bank statement checks",
        "account_audit" => "Audit trail records",
        "account_import_rule" => "Rules for filing statement lines",
        _ => return None,
    })
}

/// The label of the PAs' count.
pub const PAS_LABEL: &str = "PAs (contact records)";
