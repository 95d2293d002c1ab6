//! One payment in or out of the account: as typed, as checked, and as kept.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::category::{parse_category, Category, Direction};
use super::receipt::ReceiptInfo;
use crate::model::fields::{date_field, limited_text, money_field, optional_text};
use crate::model::ids::{EmploymentId, EntryId, PersonId, PlanLineId};
use crate::model::input::long_date;
use crate::model::money::Money;
use crate::model::validation::Problems;

const MAX_NOTE: usize = 2_000;

/// A payment as typed. `direction` may be left out: the category says which way the money went.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct EntryDraft {
    pub date: String,
    pub direction: Option<Direction>,
    pub amount: String,
    /// A category code, such as "pa-wages".
    pub category: String,
    /// Who was paid, or who paid in.
    pub counterparty: String,
    pub employment_id: Option<EmploymentId>,
    pub plan_line_id: Option<PlanLineId>,
    pub reference: String,
    pub note: String,
    /// Set by a bank-statement import (see [`import_fingerprint`]), to skip a line seen before.
    pub import_fingerprint: Option<String>,
}

/// A checked payment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EntryDetails {
    pub date: NaiveDate,
    pub direction: Direction,
    /// Always more than zero; `direction` says which way.
    pub amount: Money,
    pub category: Category,
    pub counterparty: Option<String>,
    pub employment_id: Option<EmploymentId>,
    pub plan_line_id: Option<PlanLineId>,
    pub reference: Option<String>,
    pub note: String,
    pub import_fingerprint: Option<String>,
}

/// A kept payment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Entry {
    pub id: EntryId,
    pub person_id: PersonId,
    pub details: EntryDetails,
    /// The statement date that reconciled it, once it has been.
    pub reconciled_on: Option<NaiveDate>,
    pub receipts: Vec<ReceiptInfo>,
}

impl EntryDetails {
    /// The amount with its sign: positive in, negative out, in pennies.
    pub fn signed_pennies(&self) -> i128 {
        match self.direction {
            Direction::In => self.amount.pennies(),
            Direction::Out => -self.amount.pennies(),
        }
    }

    /// The form filled in with these details, for editing.
    pub fn to_draft(&self) -> EntryDraft {
        let text = |o: &Option<String>| o.clone().unwrap_or_default();
        EntryDraft {
            date: self.date.to_string(),
            direction: Some(self.direction),
            amount: self.amount.to_canonical_string(),
            category: self.category.code().to_string(),
            counterparty: text(&self.counterparty),
            employment_id: self.employment_id,
            plan_line_id: self.plan_line_id,
            reference: text(&self.reference),
            note: self.note.clone(),
            import_fingerprint: self.import_fingerprint.clone(),
        }
    }
}

/// Checks a payment for a direct payment that started on `dp_start`. Whether a linked employment or
/// plan line is the person's is checked by the app, which can look them up.
pub fn validate_entry(draft: &EntryDraft, dp_start: NaiveDate) -> Result<EntryDetails, Problems> {
    let mut p = Problems::default();
    let date = date_field(&mut p, "date", &draft.date, "date");
    if date.is_some_and(|d| d < dp_start) {
        p.add(
            "date",
            format!(
                "The date must be on or after the day the direct payment started ({})",
                long_date(dp_start)
            ),
        );
    }
    let amount = money_field(&mut p, "amount", &draft.amount, "amount");
    if amount.is_some_and(Money::is_zero) {
        p.add("amount", "The amount must be more than £0.00");
    }
    let category = p.check("category", parse_category(&draft.category, draft.direction));
    let direction = match (draft.direction, category) {
        (Some(given), Some(category)) if given != category.direction() => {
            p.add(
                "category",
                format!(
                    "{} is {}: choose one of {}",
                    category.label(),
                    category.direction().label().to_lowercase(),
                    Category::codes(Some(given))
                ),
            );
            None
        }
        (_, Some(category)) => Some(category.direction()),
        (given, None) => given,
    };
    let counterparty = optional_text(
        &mut p,
        "counterparty",
        &draft.counterparty,
        "Who was paid or paid in",
    );
    let reference = optional_text(&mut p, "reference", &draft.reference, "Reference");
    let note = limited_text(&mut p, "note", &draft.note, "Note", MAX_NOTE);
    p.finish(|| {
        Some(EntryDetails {
            date: date?,
            direction: direction?,
            amount: amount?,
            category: category?,
            counterparty,
            employment_id: draft.employment_id,
            plan_line_id: draft.plan_line_id,
            reference,
            note,
            import_fingerprint: draft.import_fingerprint.clone(),
        })
    })
}

/// What identifies a bank-statement line: its date, signed amount and description (spaces and case
/// ignored), as SHA-256 hex. The same line imported twice has the same fingerprint.
pub fn import_fingerprint(date: NaiveDate, signed_amount: Money, description: &str) -> String {
    let description = description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let text = format!(
        "{date}|{}|{description}",
        signed_amount.to_canonical_string()
    );
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn start() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
    }

    fn draft(date: &str, amount: &str, category: &str) -> EntryDraft {
        EntryDraft {
            date: date.into(),
            amount: amount.into(),
            category: category.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_payment_takes_its_direction_from_its_category() {
        let e = validate_entry(
            &draft("2026-02-02", "£1,069.60", "council-payment"),
            start(),
        )
        .unwrap();
        assert_eq!(e.direction, Direction::In);
        assert_eq!(e.amount, Money::from_str("1069.60").unwrap());
        assert_eq!(e.signed_pennies(), 106_960);
        let out = validate_entry(&draft("2026-02-02", "52", "pa-wages"), start()).unwrap();
        assert_eq!(out.signed_pennies(), -5_200);
    }

    #[test]
    fn bad_input_is_refused_on_its_field() {
        let fields = |d: EntryDraft| {
            validate_entry(&d, start())
                .unwrap_err()
                .list()
                .iter()
                .map(|p| p.field.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(draft("2026-02-02", "-5", "pa-wages")), ["amount"]);
        assert_eq!(fields(draft("2026-02-02", "5.005", "pa-wages")), ["amount"]);
        assert_eq!(fields(draft("2026-02-02", "0", "pa-wages")), ["amount"]);
        assert_eq!(fields(draft("2026-01-04", "5", "pa-wages")), ["date"]);
        assert_eq!(fields(draft("2026-02-30", "5", "pa-wages")), ["date"]);
        assert_eq!(fields(draft("2026-02-02", "5", "groceries")), ["category"]);
        let mut wrong_way = draft("2026-02-02", "5", "pa-wages");
        wrong_way.direction = Some(Direction::In);
        let problems = validate_entry(&wrong_way, start()).unwrap_err();
        assert!(problems.list()[0].message.contains("PA wages is money out"));
        let too_early = validate_entry(&draft("2026-01-04", "5", "hmrc"), start()).unwrap_err();
        assert!(too_early.list()[0].message.contains("5 January 2026"));
    }

    #[test]
    fn the_same_statement_line_has_the_same_fingerprint() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 2).unwrap();
        let a = import_fingerprint(d, Money::from_str("-52.00").unwrap(), "ANN  LEE wages");
        let b = import_fingerprint(d, Money::from_str("-52").unwrap(), "ann lee WAGES");
        assert_eq!(a, b);
        assert_eq!(a.len(), 64);
        assert_ne!(
            a,
            import_fingerprint(d, Money::from_str("52").unwrap(), "ann lee wages")
        );
    }
}
