//! The account flags, written into the core's drafts.

use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use dphub_core::app::account::{Direction, EntryDraft, OwedDraft, MAX_RECEIPT_BYTES};
use dphub_core::model::input::parse_date;
use dphub_core::CoreError;

use super::args::EntryFields;
use crate::input::{problem, set_text};

impl EntryFields {
    /// Writes every flag given into `draft`; flags not given leave it as it was.
    pub fn apply_to(&self, draft: &mut EntryDraft) {
        set_text(&mut draft.date, &self.date);
        if let Some(amount) = &self.money_in {
            draft.direction = Some(Direction::In);
            draft.amount.clone_from(amount);
        }
        if let Some(amount) = &self.money_out {
            draft.direction = Some(Direction::Out);
            draft.amount.clone_from(amount);
        }
        set_text(&mut draft.category, &self.category);
        set_text(&mut draft.counterparty, &self.payee);
        set_text(&mut draft.reference, &self.reference);
        set_text(&mut draft.note, &self.note);
        if self.employment.is_some() {
            draft.employment_id = self.employment;
        }
        if self.plan_line.is_some() {
            draft.plan_line_id = self.plan_line;
        }
    }
}

pub fn owed_draft(
    amount: &Option<String>,
    what: &Option<String>,
    due: &Option<String>,
    category: &Option<String>,
    payee: &Option<String>,
) -> OwedDraft {
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    OwedDraft {
        what: text(what),
        amount: text(amount),
        due_date: text(due),
        category: text(category),
        payee: text(payee),
    }
}

/// A date flag, or today when it was not given.
pub fn date_or_today(field: &str, given: &Option<String>) -> Result<NaiveDate, CoreError> {
    match given {
        None => Ok(dphub_core::today()),
        Some(text) => date(field, text),
    }
}

pub fn date(field: &str, text: &str) -> Result<NaiveDate, CoreError> {
    parse_date(text).map_err(|e| problem(field, &e.to_string()).into())
}

pub fn optional_date(field: &str, given: &Option<String>) -> Result<Option<NaiveDate>, CoreError> {
    given.as_deref().map(|text| date(field, text)).transpose()
}

/// A receipt file's content: at most one byte more than the core accepts, so an enormous file is
/// refused (by the core, with its message) without being read whole.
pub fn read_receipt(path: &Path) -> Result<Vec<u8>, CoreError> {
    let mut content = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| {
            file.take(MAX_RECEIPT_BYTES as u64 + 1)
                .read_to_end(&mut content)
        })
        .map_err(|e| {
            problem(
                "receipt",
                &format!("Could not read {}: {e}", path.display()),
            )
        })?;
    Ok(content)
}
