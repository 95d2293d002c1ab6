//! The audit trail: every change to the account's records, field by field, so nothing changes or
//! disappears without a trace.

use serde::Serialize;
use ts_rs::TS;

use super::entry::EntryDetails;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AuditRecord {
    /// When, in UTC ("2026-03-01T10:15:00Z").
    pub at: String,
    /// "entry", "receipt", "owed" or "statement".
    pub record: String,
    pub record_id: i64,
    /// "added", "changed", "deleted", "settled" or "reconciled".
    pub action: String,
    pub field: Option<String>,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// The fields that differ between two versions of an entry: (field, old, new), as text.
pub fn entry_changes(
    old: &EntryDetails,
    new: &EntryDetails,
) -> Vec<(&'static str, String, String)> {
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    let id = |o: Option<i64>| o.map(|i| i.to_string()).unwrap_or_default();
    let pairs = [
        ("date", old.date.to_string(), new.date.to_string()),
        (
            "direction",
            old.direction.code().to_string(),
            new.direction.code().to_string(),
        ),
        (
            "amount",
            old.amount.to_canonical_string(),
            new.amount.to_canonical_string(),
        ),
        (
            "category",
            old.category.code().to_string(),
            new.category.code().to_string(),
        ),
        (
            "counterparty",
            text(&old.counterparty),
            text(&new.counterparty),
        ),
        (
            "employment_id",
            id(old.employment_id.map(i64::from)),
            id(new.employment_id.map(i64::from)),
        ),
        (
            "plan_line_id",
            id(old.plan_line_id.map(i64::from)),
            id(new.plan_line_id.map(i64::from)),
        ),
        ("reference", text(&old.reference), text(&new.reference)),
        ("note", old.note.clone(), new.note.clone()),
    ];
    pairs.into_iter().filter(|(_, a, b)| a != b).collect()
}

/// An entry in one line, for the trail of an addition or a removal.
pub fn describe_entry(e: &EntryDetails) -> String {
    format!(
        "{} {} {} {}{}",
        e.date,
        e.direction.code(),
        e.amount.to_canonical_string(),
        e.category.code(),
        e.counterparty
            .as_deref()
            .map(|c| format!(" {c}"))
            .unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::{validate_entry, EntryDraft};
    use chrono::NaiveDate;

    #[test]
    fn only_the_fields_that_changed_are_recorded() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut draft = EntryDraft {
            date: "2026-02-02".into(),
            amount: "52".into(),
            category: "pa-wages".into(),
            ..Default::default()
        };
        let old = validate_entry(&draft, start).unwrap();
        draft.amount = "54.50".into();
        draft.counterparty = "Ann Lee".into();
        let new = validate_entry(&draft, start).unwrap();
        assert_eq!(
            entry_changes(&old, &new),
            [
                ("amount", "52.00".to_string(), "54.50".to_string()),
                ("counterparty", String::new(), "Ann Lee".to_string())
            ]
        );
        assert_eq!(
            describe_entry(&new),
            "2026-02-02 out 54.50 pa-wages Ann Lee"
        );
    }
}
