//! Bringing a bank or prepaid-card statement into the account: a preview to map its columns, then
//! a plan (what will be added, what is already there, what cannot be read), then every new line
//! added in one go or none. Lines are filed by the person's remembered rules.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{account_terms, add_entries};
use crate::app::employment::employment_of_person;
use crate::app::people::get_person;
use crate::app::Database;
use crate::model::account::{Direction, EntryDraft, EntryId};
use crate::model::choice::Choice;
use crate::model::error::CoreResult;
use crate::model::ids::ImportRuleId;
use crate::model::input::long_date;
use crate::model::money::Money;
use crate::model::people::PersonId;
use crate::model::statement::{
    file_line, fingerprints, read_statement, statement_preview, validate_rule, BalanceMismatch,
    DateFormat, Filing, ImportRule, ImportRuleDraft, RejectedLine, StatementField,
    StatementPreview,
};
use crate::model::validation::Problems;

/// How to read a statement: where each column goes, and how its dates are written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StatementMapping {
    pub mapping: Vec<Option<StatementField>>,
    pub date_format: DateFormat,
}

/// A statement line that will be added, and how it will be filed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PlannedLine {
    pub line: usize,
    pub date: NaiveDate,
    pub description: String,
    pub direction: Direction,
    pub amount: Money,
    pub filing: Filing,
}

/// The statement's last stated balance against DP Hub's for the same day, once its lines are in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ClosingCheck {
    pub on: NaiveDate,
    pub statement: Money,
    pub dp_hub: Money,
    pub agrees: bool,
    /// "The statement's balance on 19 January 2026, £1,852.80, is DP Hub's too."
    pub text: String,
}

/// A statement line already in the account (from an earlier import), which is skipped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SkippedLine {
    pub line: usize,
    pub date: NaiveDate,
    pub description: String,
    pub direction: Direction,
    pub amount: Money,
}

/// What importing the statement does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StatementImportPlan {
    pub to_add: Vec<PlannedLine>,
    /// Lines already in the account, from an earlier import of the same statement.
    pub already_imported: u32,
    /// Those lines, which are skipped.
    pub skipped: Vec<SkippedLine>,
    /// Lines that cannot be read, or are dated before the direct payment started.
    pub rejected: Vec<RejectedLine>,
    /// Where the statement's balance column disagrees with its own amounts.
    pub balance_mismatches: Vec<BalanceMismatch>,
    pub closing_check: Option<ClosingCheck>,
}

/// An import done: the plan it followed and the entries it added.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StatementImported {
    pub plan: StatementImportPlan,
    pub added: Vec<EntryId>,
}

/// The choices the statement import offers, with labels: where a column can go, and how dates
/// can be written (day, month, year first: how UK banks write them).
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct StatementFormOptions {
    pub fields: Vec<Choice<StatementField>>,
    pub date_formats: Vec<Choice<DateFormat>>,
}

pub fn statement_form_options() -> StatementFormOptions {
    StatementFormOptions {
        fields: StatementField::choices(),
        date_formats: DateFormat::choices(),
    }
}

/// The start of the statement and how DP Hub would read it (for a person that exists).
pub fn preview_statement(
    db: &Database,
    person: PersonId,
    bytes: &[u8],
) -> CoreResult<StatementPreview> {
    get_person(db, person)?;
    statement_preview(bytes).map_err(|e| {
        let mut p = Problems::default();
        p.add("file", e.message);
        p.into()
    })
}

/// What importing the statement would add, skip and refuse; nothing is saved.
pub fn plan_statement_import(
    db: &Database,
    person: PersonId,
    bytes: &[u8],
    how: &StatementMapping,
) -> CoreResult<StatementImportPlan> {
    Ok(plan_with_sources(db, person, bytes, how)?.0)
}

/// The plan, and for each line to add its fingerprint and reference.
fn plan_with_sources(
    db: &Database,
    person: PersonId,
    bytes: &[u8],
    how: &StatementMapping,
) -> CoreResult<(StatementImportPlan, Vec<(String, String)>)> {
    let terms = account_terms(db, person)?;
    let read = read_statement(bytes, &how.mapping, how.date_format)?;
    let rules = db.store.import_rules(person)?;
    let prints = fingerprints(&read.lines);
    let mut plan = StatementImportPlan {
        to_add: Vec::new(),
        already_imported: 0,
        skipped: Vec::new(),
        rejected: read.rejected,
        balance_mismatches: read.balance_mismatches,
        closing_check: None,
    };
    let mut kept = Vec::new();
    for (line, print) in read.lines.iter().zip(prints) {
        if line.date < terms.start {
            plan.rejected.push(RejectedLine {
                line: line.line,
                reason: format!(
                    "it is dated {}, before the direct payment started on {}",
                    long_date(line.date),
                    long_date(terms.start)
                ),
            });
        } else if db.store.has_import_fingerprint(person, &print)? {
            plan.already_imported += 1;
            plan.skipped.push(SkippedLine {
                line: line.line,
                date: line.date,
                description: line.description.clone(),
                direction: line.direction,
                amount: line.amount,
            });
        } else {
            kept.push((line, print));
        }
    }
    plan.rejected.sort_by_key(|r| r.line);
    plan.to_add = kept
        .iter()
        .map(|(l, _)| PlannedLine {
            line: l.line,
            date: l.date,
            description: l.description.clone(),
            direction: l.direction,
            amount: l.amount,
            filing: file_line(l, &rules),
        })
        .collect();
    plan.closing_check = closing_check(db, person, &read.lines, &plan.to_add)?;
    let sources = kept
        .into_iter()
        .map(|(l, print)| (print, l.reference.clone()))
        .collect();
    Ok((plan, sources))
}

/// Imports the statement: every line not already in the account is added, in one go, or none is.
pub fn import_statement(
    db: &mut Database,
    person: PersonId,
    bytes: &[u8],
    how: &StatementMapping,
) -> CoreResult<StatementImported> {
    let (plan, sources) = plan_with_sources(db, person, bytes, how)?;
    let drafts: Vec<EntryDraft> = plan
        .to_add
        .iter()
        .zip(sources)
        .map(|(planned, (print, reference))| EntryDraft {
            date: planned.date.to_string(),
            direction: Some(planned.direction),
            amount: planned.amount.to_canonical_string(),
            category: planned.filing.category.code().to_string(),
            counterparty: planned
                .filing
                .counterparty
                .clone()
                .unwrap_or_else(|| planned.description.clone()),
            employment_id: planned.filing.employment_id,
            plan_line_id: None,
            reference,
            note: format!("From a bank statement (line {})", planned.line),
            import_fingerprint: Some(print),
        })
        .collect();
    let added = add_entries(db, person, &drafts)?;
    Ok(StatementImported { plan, added })
}

fn closing_check(
    db: &Database,
    person: PersonId,
    lines: &[crate::model::statement::StatementLine],
    to_add: &[PlannedLine],
) -> CoreResult<Option<ClosingCheck>> {
    let Some((on, statement)) = lines
        .iter()
        .rev()
        .find_map(|l| l.balance.map(|b| (l.date, b)))
    else {
        return Ok(None);
    };
    let before = super::balance_on(db, person, on)?.balance.amount;
    let dp_hub = to_add
        .iter()
        .filter(|l| l.date <= on)
        .fold(before, |sum, l| match l.direction {
            Direction::In => sum + l.amount,
            Direction::Out => sum - l.amount,
        });
    let agrees = dp_hub == statement;
    let text = if agrees {
        format!(
            "The statement's balance on {}, {}, is DP Hub's too.",
            long_date(on),
            statement.display()
        )
    } else {
        format!(
            "The statement says {} on {}; DP Hub's balance for that day would be {}. A payment may be missing from DP Hub, or the statement may start after money already in DP Hub.",
            statement.display(),
            long_date(on),
            dp_hub.display()
        )
    };
    Ok(Some(ClosingCheck {
        on,
        statement,
        dp_hub,
        agrees,
        text,
    }))
}

/// Remembers a rule for filing the person's statement lines.
pub fn add_import_rule(
    db: &mut Database,
    person: PersonId,
    draft: &ImportRuleDraft,
) -> CoreResult<Vec<ImportRule>> {
    get_person(db, person)?;
    let rule = validate_rule(draft)?;
    if let Some(id) = rule.employment_id {
        employment_of_person(db, person, id, "employment_id")?;
    }
    db.store.insert_import_rule(person, &rule)?;
    import_rules(db, person)
}

/// The person's rules, in the order they are tried.
pub fn import_rules(db: &Database, person: PersonId) -> CoreResult<Vec<ImportRule>> {
    get_person(db, person)?;
    Ok(db.store.import_rules(person)?)
}

pub fn delete_import_rule(
    db: &mut Database,
    person: PersonId,
    id: ImportRuleId,
) -> CoreResult<Vec<ImportRule>> {
    if !db.store.delete_import_rule(person, id)? {
        return Err(crate::model::error::CoreError::NotFound {
            what: "import rule",
            id: id.0,
        });
    }
    import_rules(db, person)
}
