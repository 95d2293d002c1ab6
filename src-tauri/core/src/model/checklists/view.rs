//! A live checklist as the screens show it: the template's items with their due dates worked out
//! from the facts today, and what the user recorded.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::due::{next_due, Due, Facts};
use super::status::{ItemStatus, StatusTag};
use super::template::{AppliesTo, Template, TemplateItem};
use crate::model::employment::EmploymentId;
use crate::model::people::PersonId;
use crate::model::working_days::BankHolidays;

/// Whose checklist: a person's (as employer) or one employment's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[ts(export)]
pub enum ChecklistOwner {
    Person(PersonId),
    Employment(EmploymentId),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ChecklistView {
    pub checklist_id: String,
    pub title: String,
    pub summary: String,
    pub owner: ChecklistOwner,
    pub person_id: PersonId,
    pub person_name: String,
    /// The PA's name, on an employment's checklist.
    pub pa_name: Option<String>,
    pub sections: Vec<SectionView>,
    pub progress: Progress,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SectionView {
    pub title: String,
    pub items: Vec<ItemView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ItemView {
    pub id: String,
    pub text: String,
    pub why: String,
    pub source: String,
    /// Done once by the employer, and shown on each PA's checklist.
    pub shared: bool,
    /// Comes round again (every payday, month, year): done means done for the last occurrence.
    pub recurring: bool,
    pub tag: StatusTag,
    pub status: ItemStatus,
    /// When it is due (for a recurring duty, the next occurrence not yet done), and why.
    pub due: Option<Due>,
    /// Why no due date could be worked out, e.g. past the bank holidays DP Hub knows.
    pub due_problem: Option<String>,
    pub note: String,
}

/// "5 of 9 done": items marked not applicable are not counted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
    pub text: String,
}

/// One item worked out from its facts and its recorded status.
pub fn live_item(
    item: &TemplateItem,
    facts: &Facts,
    status: ItemStatus,
    note: String,
    today: NaiveDate,
) -> ItemView {
    let recurring = item.due.is_some_and(|r| r.is_recurring());
    // A recurring duty ticked for one occurrence moves on to the one after it, even if that is past;
    // one never ticked shows its first occurrence since DP Hub began keeping it, so a missed one
    // (an FPS, a payslip) stays overdue until it is ticked or marked not applicable.
    let from = match &status {
        ItemStatus::Done {
            occurrence: Some(o),
            ..
        } if recurring => *o + Days::new(1),
        ItemStatus::ToDo if recurring => facts.tracked_from.map_or(today, |t| t.min(today)),
        _ => today,
    };
    let (due, due_problem) = match item
        .due
        .map(|rule| next_due(rule, facts, from, BankHolidays::embedded()))
    {
        None | Some(Ok(None)) => (None, None),
        Some(Ok(Some(due))) => (Some(due), None),
        Some(Err(e)) => (None, Some(e.to_string())),
    };
    let late = due.as_ref().is_some_and(|d| d.date < today);
    let tag = match (&status, recurring) {
        (ItemStatus::NotApplicable { .. }, _) => StatusTag::NotApplicable,
        (ItemStatus::Done { .. }, false) => StatusTag::Done,
        (_, _) if late => StatusTag::Overdue,
        (ItemStatus::Done { .. }, true) => StatusTag::Done,
        (ItemStatus::ToDo, _) => StatusTag::ToDo,
    };
    ItemView {
        id: item.id.clone(),
        text: item.text.clone(),
        why: item.why.clone(),
        source: item.source.clone(),
        shared: item.applies_to == AppliesTo::Person,
        recurring,
        tag,
        status,
        due,
        due_problem,
        note,
    }
}

/// Groups items into their sections, in file order, and counts progress.
pub fn sections_and_progress(
    template: &Template,
    items: Vec<ItemView>,
) -> (Vec<SectionView>, Progress) {
    let mut sections: Vec<SectionView> = Vec::new();
    for (t, view) in template.items.iter().zip(items) {
        match sections.last_mut() {
            Some(s) if s.title == t.section => s.items.push(view),
            _ => sections.push(SectionView {
                title: t.section.clone(),
                items: vec![view],
            }),
        }
    }
    let all = sections.iter().flat_map(|s| &s.items);
    let total = all
        .clone()
        .filter(|i| i.tag != StatusTag::NotApplicable)
        .count() as u32;
    let done = all.filter(|i| i.tag == StatusTag::Done).count() as u32;
    let progress = Progress {
        done,
        total,
        text: format!("{done} of {total} done"),
    };
    (sections, progress)
}
