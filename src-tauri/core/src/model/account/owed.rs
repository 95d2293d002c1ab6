//! Money the direct payment owes: wages, tax or a bill not yet paid. It is settled by linking the
//! payment that paid it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::category::{parse_category, Category, Direction};
use super::excess::OWED_LOOKAHEAD_DAYS;
use crate::model::fields::{date_field, money_field, optional, optional_text, required_text};
use crate::model::ids::{EntryId, OwedId, PersonId};
use crate::model::money::Money;
use crate::model::validation::Problems;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct OwedDraft {
    pub what: String,
    pub amount: String,
    pub due_date: String,
    /// A money-out category code, or empty.
    pub category: String,
    pub payee: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OwedDetails {
    pub what: String,
    pub amount: Money,
    pub due_date: NaiveDate,
    pub category: Option<Category>,
    pub payee: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Owed {
    pub id: OwedId,
    pub person_id: PersonId,
    pub details: OwedDetails,
    /// The payment that settled it, and that payment's date.
    pub settled_by: Option<EntryId>,
    pub settled_on: Option<NaiveDate>,
}

/// Whether an item is taken off the balance on `on`: not yet paid on that date, and due within
/// [`OWED_LOOKAHEAD_DAYS`] of it (or already overdue).
pub fn counts_on(owed: &Owed, on: NaiveDate) -> bool {
    let unpaid = owed.settled_on.is_none_or(|paid| paid > on);
    unpaid && (owed.details.due_date - on).num_days() <= OWED_LOOKAHEAD_DAYS
}

pub fn validate_owed(draft: &OwedDraft) -> Result<OwedDetails, Problems> {
    let mut p = Problems::default();
    let what = required_text(
        &mut p,
        "what",
        &draft.what,
        "Enter what is owed, like March wages for Ann",
    );
    let amount = money_field(&mut p, "amount", &draft.amount, "amount");
    if amount.is_some_and(Money::is_zero) {
        p.add("amount", "The amount must be more than £0.00");
    }
    let due_date = date_field(&mut p, "due_date", &draft.due_date, "due date");
    let category = optional(&draft.category)
        .and_then(|text| p.check("category", parse_category(text, Some(Direction::Out))));
    if let Some(c) = category.filter(|c| c.direction() != Direction::Out) {
        p.add(
            "category",
            format!(
                "{} is money in: choose one of {}",
                c.label(),
                Category::codes(Some(Direction::Out))
            ),
        );
    }
    let payee = optional_text(&mut p, "payee", &draft.payee, "Who is owed");
    p.finish(|| {
        Some(OwedDetails {
            what: what?,
            amount: amount?,
            due_date: due_date?,
            category,
            payee,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn owed(due: NaiveDate, settled_on: Option<NaiveDate>) -> Owed {
        Owed {
            id: OwedId(1),
            person_id: PersonId(1),
            details: OwedDetails {
                what: "Wages".into(),
                amount: Money::from_str("120").unwrap(),
                due_date: due,
                category: Some(Category::PaWages),
                payee: None,
            },
            settled_by: settled_on.map(|_| EntryId(9)),
            settled_on,
        }
    }

    #[test]
    fn owed_counts_while_unpaid_and_due_within_four_weeks() {
        let on = d(2026, 3, 1);
        assert!(counts_on(&owed(d(2026, 2, 1), None), on), "overdue");
        assert!(counts_on(&owed(d(2026, 3, 29), None), on), "due in 28 days");
        assert!(!counts_on(&owed(d(2026, 3, 30), None), on), "due later");
        assert!(!counts_on(&owed(d(2026, 3, 1), Some(d(2026, 3, 1))), on));
        assert!(counts_on(&owed(d(2026, 3, 1), Some(d(2026, 3, 2))), on));
    }

    #[test]
    fn owed_needs_what_an_amount_and_a_due_date() {
        let p = validate_owed(&OwedDraft {
            amount: "1.234".into(),
            due_date: "31/02/2026".into(),
            category: "refund".into(),
            ..Default::default()
        })
        .unwrap_err();
        let fields: Vec<&str> = p.list().iter().map(|x| x.field.as_str()).collect();
        assert_eq!(fields, ["what", "amount", "due_date", "category"]);
    }
}
