//! Remembered rules that categorise statement lines as they come in: "payee contains SMITH → PA
//! wages, Ann Lee". The first rule whose text is in a line's description or reference (any case),
//! and whose category goes the same way as the money, decides; a line no rule fits is other money
//! in or out, to be changed by hand.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::StatementLine;
use crate::model::account::{parse_category, Category, Direction};
use crate::model::fields::{optional_text, required_text};
use crate::model::ids::{EmploymentId, ImportRuleId};
use crate::model::validation::Problems;

/// A rule as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ImportRuleDraft {
    /// Text found in the line's description or reference, like "SMITH".
    pub contains: String,
    /// A category code, like "pa-wages".
    pub category: String,
    /// Who the payment is to or from, written on each entry it fits.
    pub counterparty: String,
    pub employment_id: Option<EmploymentId>,
}

/// A checked rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportRuleDetails {
    pub contains: String,
    pub category: Category,
    pub counterparty: Option<String>,
    pub employment_id: Option<EmploymentId>,
}

/// A kept rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportRule {
    pub id: ImportRuleId,
    pub details: ImportRuleDetails,
}

/// Checks a rule; whether the employment is the person's is the caller's to check.
pub fn validate_rule(draft: &ImportRuleDraft) -> Result<ImportRuleDetails, Problems> {
    let mut p = Problems::default();
    let contains = required_text(
        &mut p,
        "contains",
        &draft.contains,
        "Enter the text to look for in the statement, like SMITH",
    );
    let category = if draft.category.trim().is_empty() {
        p.add("category", "Choose what to file the lines as");
        None
    } else {
        p.check("category", parse_category(&draft.category, None))
    };
    let counterparty = optional_text(&mut p, "counterparty", &draft.counterparty, "Who");
    p.finish(|| {
        Some(ImportRuleDetails {
            contains: contains?,
            category: category?,
            counterparty,
            employment_id: draft.employment_id,
        })
    })
}

/// How a statement line is filed: its category, who it was to or from, the employment, and the
/// rule that decided (none: other money in or out).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Filing {
    pub category: Category,
    pub counterparty: Option<String>,
    pub employment_id: Option<EmploymentId>,
    pub rule: Option<ImportRuleId>,
}

/// Files `line` by the first rule that fits it.
pub fn file_line(line: &StatementLine, rules: &[ImportRule]) -> Filing {
    let haystack = format!("{} {}", line.description, line.reference).to_lowercase();
    rules
        .iter()
        .find(|r| {
            r.details.category.direction() == line.direction
                && haystack.contains(&r.details.contains.to_lowercase())
        })
        .map(|r| Filing {
            category: r.details.category,
            counterparty: r.details.counterparty.clone(),
            employment_id: r.details.employment_id,
            rule: Some(r.id),
        })
        .unwrap_or(Filing {
            category: match line.direction {
                Direction::In => Category::OtherIn,
                Direction::Out => Category::OtherOut,
            },
            counterparty: None,
            employment_id: None,
            rule: None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::money::Money;
    use chrono::NaiveDate;

    fn line(description: &str, direction: Direction) -> StatementLine {
        StatementLine {
            line: 2,
            date: NaiveDate::from_ymd_opt(2026, 1, 19).unwrap(),
            description: description.to_string(),
            reference: "WAGES JAN".to_string(),
            direction,
            amount: "216.00".parse::<Money>().unwrap(),
            balance: None,
        }
    }

    fn rule(id: i64, contains: &str, category: &str) -> ImportRule {
        ImportRule {
            id: ImportRuleId(id),
            details: validate_rule(&ImportRuleDraft {
                contains: contains.into(),
                category: category.into(),
                counterparty: "Ann Lee".into(),
                employment_id: Some(EmploymentId(1)),
            })
            .unwrap(),
        }
    }

    #[test]
    fn the_first_rule_that_fits_the_text_and_direction_files_the_line() {
        let rules = [
            rule(1, "smith", "refund"),
            rule(2, "SMITH", "pa-wages"),
            rule(3, "wages", "hmrc"),
        ];
        // Rule 1 is money in: it cannot file a payment out.
        let filed = file_line(&line("A SMITH FPO", Direction::Out), &rules);
        assert_eq!(filed.category, Category::PaWages);
        assert_eq!(filed.counterparty.as_deref(), Some("Ann Lee"));
        assert_eq!(filed.employment_id, Some(EmploymentId(1)));
        assert_eq!(filed.rule, Some(ImportRuleId(2)));
        // Found in the reference too.
        assert_eq!(
            file_line(&line("FPO", Direction::Out), &rules).rule,
            Some(ImportRuleId(3))
        );
        let unknown = file_line(&line("TESCO", Direction::In), &rules[1..]);
        assert_eq!((unknown.category, unknown.rule), (Category::OtherIn, None));
    }

    #[test]
    fn a_rule_needs_its_text_and_a_real_category() {
        let p = validate_rule(&ImportRuleDraft::default()).unwrap_err();
        assert!(p.has("contains") && p.has("category"), "{p:?}");
        assert_eq!(p.list()[1].message, "Choose what to file the lines as");
        let p = validate_rule(&ImportRuleDraft {
            contains: "x".into(),
            category: "groceries".into(),
            ..ImportRuleDraft::default()
        })
        .unwrap_err();
        assert!(p.list()[0].message.contains("is not a category"));
    }
}
