//! Checklists and "what needs doing" as printable documents: for the fridge door, a file at the
//! council's review, or someone who would rather tick boxes on paper.

use chrono::NaiveDate;

use super::model::{Block, Document, Span};
use crate::model::checklists::{ChecklistView, DueItem, ItemStatus, ItemView, StatusTag};
use crate::model::input::long_date;

fn plain(text: impl Into<String>) -> Span {
    Span {
        text: text.into(),
        bold: false,
    }
}

fn bold(text: impl Into<String>) -> Span {
    Span {
        text: text.into(),
        bold: true,
    }
}

/// "Before the PA's first day — Zoë Łukasiewicz (PA)" or the checklist's own title.
fn checklist_heading(view: &ChecklistView) -> String {
    match &view.pa_name {
        Some(pa) => format!("{}: {pa}", view.title),
        None => view.title.clone(),
    }
}

/// What the printed lines under an item say: its status and due date with the rule that gave it,
/// then (when there are any) why no date could be worked out and the note.
fn item_details(item: &ItemView) -> Vec<String> {
    let status = match &item.status {
        ItemStatus::Done {
            done_on, done_by, ..
        } => format!("Done on {} by {done_by}", long_date(*done_on)),
        ItemStatus::NotApplicable { reason } => format!("Not applicable: {reason}"),
        ItemStatus::ToDo if item.tag == StatusTag::Overdue => "Overdue".to_string(),
        ItemStatus::ToDo => "To do".to_string(),
    };
    let mut first = status;
    if let Some(due) = &item.due {
        let when = if item.tag == StatusTag::Done && item.recurring {
            "Next due"
        } else {
            "Due"
        };
        first.push_str(&format!(
            " · {when} {} · {}",
            long_date(due.date),
            rule_of(&due.because)
        ));
    }
    let mut lines = vec![first];
    if let Some(problem) = &item.due_problem {
        lines.push(format!("No due date: {problem}"));
    }
    if !item.note.trim().is_empty() {
        lines.push(format!("Note: {}", item.note.trim()));
    }
    lines
}

/// The rule part of "31 May 2027: P60 due by 31 May …" (the date is printed on its own).
fn rule_of(because: &str) -> &str {
    because
        .split_once(": ")
        .map(|(_, rule)| rule)
        .unwrap_or(because)
}

/// "on or before the PA's first day" → "On or before the PA's first day", for a cell of its own.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn item_block(item: &ItemView) -> Block {
    let mut spans = vec![bold(item.text.clone())];
    for line in item_details(item) {
        spans.push(plain(format!("\n{line}")));
    }
    Block::Checkbox {
        checked: item.tag == StatusTag::Done,
        spans,
    }
}

/// "Checklists for Ann Lee" for one PA's checklists, else "Employer's checklists".
pub fn checklists_title(views: &[ChecklistView], for_one_pa: bool) -> String {
    let pa = views.first().and_then(|v| v.pa_name.as_deref());
    match pa {
        Some(pa) if for_one_pa => format!("Checklists for {pa}"),
        _ => "Employer's checklists".to_string(),
    }
}

/// Checklists as a document: each checklist a section with its progress, its sections as
/// headings, and each item a tick box (ticked when done) with its status, due date and rule, who
/// did it and when, why it does not apply, and any note.
pub fn checklist_document(views: &[ChecklistView], title: &str, as_at: NaiveDate) -> Document {
    let mut people: Vec<&str> = Vec::new();
    for v in views {
        if !people.contains(&v.person_name.as_str()) {
            people.push(&v.person_name);
        }
    }
    let subtitle = format!(
        "For {} (the employer), as at {}",
        people.join(", "),
        long_date(as_at)
    );
    let mut blocks = Vec::new();
    if views.is_empty() {
        blocks.push(Block::Paragraph {
            spans: vec![plain("There are no checklists here yet.")],
        });
    }
    for view in views {
        blocks.push(Block::Heading {
            level: 1,
            text: checklist_heading(view),
        });
        blocks.push(Block::Paragraph {
            spans: vec![
                bold(format!("Progress: {}. ", view.progress.text)),
                plain(view.summary.clone()),
            ],
        });
        for section in &view.sections {
            blocks.push(Block::Heading {
                level: 2,
                text: section.title.clone(),
            });
            blocks.extend(section.items.iter().map(item_block));
        }
    }
    Document {
        title: title.to_string(),
        subtitle: Some(subtitle),
        blocks,
    }
}

fn due_table(items: &[&DueItem]) -> Block {
    Block::Table {
        header: vec![
            "Date".into(),
            "What needs doing".into(),
            "Person and PA".into(),
            "Rule".into(),
        ],
        // Wide enough for "25 December 2026" to break only between words, even in large print.
        widths: vec![21, 35, 21, 23],
        rows: items
            .iter()
            .map(|d| {
                let who = match &d.pa_name {
                    Some(pa) => format!("{}\nPA: {pa}", d.person_name),
                    None => d.person_name.clone(),
                };
                vec![
                    long_date(d.date),
                    d.what.clone(),
                    who,
                    capitalised(rule_of(&d.because)),
                ]
            })
            .collect(),
    }
}

/// "What needs doing" as a document: what is overdue, then what is due in the next `days` days,
/// each as a table of date, what, person and PA, and the rule that gave the date.
pub fn due_document(items: &[DueItem], today: NaiveDate, days: u32) -> Document {
    let overdue: Vec<&DueItem> = items.iter().filter(|d| d.overdue).collect();
    let coming: Vec<&DueItem> = items.iter().filter(|d| !d.overdue).collect();
    let mut blocks = vec![Block::Paragraph {
        spans: vec![
            bold(format!(
                "{} overdue, {} due in the next {days} days.",
                overdue.len(),
                coming.len()
            )),
            plain(" Tick each one off in DP Hub when it is done, so the dates move on."),
        ],
    }];
    let parts = [
        ("Overdue".to_string(), overdue, "Nothing is overdue."),
        (
            format!("Next {days} days"),
            coming,
            "Nothing is due in these days.",
        ),
    ];
    for (heading, list, none) in parts {
        blocks.push(Block::Heading {
            level: 1,
            text: heading,
        });
        blocks.push(if list.is_empty() {
            Block::Paragraph {
                spans: vec![plain(none)],
            }
        } else {
            due_table(&list)
        });
    }
    Document {
        title: "What needs doing".into(),
        subtitle: Some(format!(
            "Overdue and due by {}, as at {}",
            long_date(today + chrono::Days::new(u64::from(days))),
            long_date(today)
        )),
        blocks,
    }
}
