//! Importing contacts: read the file, check each record, find duplicates, show what would happen,
//! and only when the user confirms, write everything in one transaction.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::contact::{ContactDetails, ContactId};
use super::interchange::{
    csv_preview, read_csv, read_vcards, ContactField, CsvPreview, FileError, ImportFormat,
};
use super::keys::{email_key, phone_digits};
use super::kinds::ContactStatus;
use super::merge::merge_contact;
use super::validate::validate_contact;
use crate::error::CoreResult;
use crate::store::{ContactKeys, Store};
use crate::validation::Problems;

/// What to import and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportRequest {
    pub format: ImportFormat,
    /// The file's contents, exactly as read.
    pub bytes: Vec<u8>,
    /// For CSV: where each column goes, in column order; ignored for vCard.
    pub mapping: Vec<Option<ContactField>>,
    pub duplicates: DuplicatePolicy,
}

crate::coded_enum! {
    /// What to do with a row whose email or phone number is already in the contact book.
    pub enum DuplicatePolicy {
        Skip => ("skip", "Skip it", Some("Keep the contact you have; ignore the imported row")),
        Merge => ("merge", "Merge it", Some("Fill in what the saved contact is missing from the imported row")),
    }
}

/// A row that will be added.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportRow {
    pub line: u32,
    pub full_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A row that matches a saved contact (or an earlier row of the same file).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportDuplicate {
    pub line: u32,
    pub full_name: String,
    /// The saved contact it matches; none when it repeats an earlier row of the file.
    pub existing_id: Option<ContactId>,
    pub existing_name: String,
    /// "Same email address as Ann Smith".
    pub reason: String,
}

/// A row that cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportRejection {
    pub line: u32,
    pub full_name: Option<String>,
    pub reason: String,
}

/// What an import would do, shown before anything is written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportPreview {
    pub to_add: Vec<ImportRow>,
    pub duplicates: Vec<ImportDuplicate>,
    pub rejected: Vec<ImportRejection>,
    pub policy: DuplicatePolicy,
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportOutcome {
    pub added: u32,
    pub merged: u32,
    pub skipped: u32,
    pub rejected: u32,
}

/// The first rows of a CSV file and a suggested column mapping.
pub fn preview_csv(bytes: &[u8]) -> CoreResult<CsvPreview> {
    csv_preview(bytes).map_err(file_problem)
}

/// What importing would do; nothing is written.
pub fn preview_import(
    store: &Store,
    request: &ImportRequest,
    today: NaiveDate,
) -> CoreResult<ImportPreview> {
    Ok(plan(store, request, today)?.preview)
}

/// Imports in one transaction: every new contact and merge is written, or (on any failure) nothing.
pub fn run_import(
    store: &mut Store,
    request: &ImportRequest,
    today: NaiveDate,
) -> CoreResult<ImportOutcome> {
    let plan = plan(store, request, today)?;
    let p = &plan.preview;
    let outcome = ImportOutcome {
        added: count(p.to_add.len()),
        merged: count(plan.merges.len()),
        skipped: count(p.duplicates.len() - plan.merges.len()),
        rejected: count(p.rejected.len()),
    };
    let big = plan.additions.len() + plan.merges.len() >= OPTIMIZE_AFTER;
    if big {
        store.pause_search_index_merging()?;
    }
    let written = store.in_transaction(|w| {
        w.insert_all(&plan.additions)?;
        for (id, imported) in &plan.merges {
            if let Some(saved) = w.contact(*id)? {
                w.update(*id, &merge_contact(&saved, imported))?;
            }
        }
        Ok(())
    });
    if big {
        // Merged once, at the end, rather than bit by bit while thousands of rows go in.
        let optimized = store.optimize_search_index();
        // Merging is turned back on whatever happened, so a failure never leaves it off.
        store.resume_search_index_merging()?;
        optimized?;
    }
    written?;
    Ok(outcome)
}

/// Imports at least this big leave the search index tidied up in one piece.
const OPTIMIZE_AFTER: usize = 500;

struct Plan {
    preview: ImportPreview,
    additions: Vec<ContactDetails>,
    merges: Vec<(ContactId, ContactDetails)>,
}

/// Keys of the rows already planned for adding, with their line and name.
#[derive(Default)]
struct FileKeys {
    emails: HashMap<String, (u32, String)>,
    phones: HashMap<String, (u32, String)>,
}

fn plan(store: &Store, request: &ImportRequest, today: NaiveDate) -> CoreResult<Plan> {
    let records = match request.format {
        ImportFormat::VCard => read_vcards(&request.bytes),
        ImportFormat::Csv => read_csv(&request.bytes, &request.mapping),
    }
    .map_err(file_problem)?;
    let saved = store.contact_keys()?;
    let mut in_file = FileKeys::default();
    let mut plan = Plan {
        preview: ImportPreview {
            to_add: vec![],
            duplicates: vec![],
            rejected: vec![],
            policy: request.duplicates,
        },
        additions: vec![],
        merges: vec![],
    };
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                plan.preview.rejected.push(ImportRejection {
                    line: count(e.line),
                    full_name: None,
                    reason: e.reason,
                });
                continue;
            }
        };
        let line = count(record.line);
        let mut draft = record.draft;
        // Address books know nothing of work status: a new contact is taken to be looking for work.
        draft.status.get_or_insert(ContactStatus::LookingForWork);
        let details = match validate_contact(&draft, today) {
            Ok(d) => d,
            Err(problems) => {
                let name = draft.full_name.trim();
                plan.preview.rejected.push(ImportRejection {
                    line,
                    full_name: (!name.is_empty()).then(|| name.to_string()),
                    reason: problems.to_string(),
                });
                continue;
            }
        };
        if let Some((id, reason)) = saved_duplicate(&saved, &details) {
            plan.preview.duplicates.push(ImportDuplicate {
                line,
                full_name: details.full_name.clone(),
                existing_id: Some(id),
                existing_name: saved.names.get(&id).cloned().unwrap_or_default(),
                reason,
            });
            if request.duplicates == DuplicatePolicy::Merge {
                plan.merges.push((id, details));
            }
        } else if let Some((earlier, name, reason)) = in_file.duplicate(&details) {
            plan.preview.duplicates.push(ImportDuplicate {
                line,
                full_name: details.full_name.clone(),
                existing_id: None,
                existing_name: name,
                reason: format!("{reason} line {earlier} of this file"),
            });
        } else {
            in_file.remember(line, &details);
            plan.preview.to_add.push(ImportRow {
                line,
                full_name: details.full_name.clone(),
                email: details.email.clone(),
                phone: details.phones.first().cloned(),
            });
            plan.additions.push(details);
        }
    }
    Ok(plan)
}

fn saved_duplicate(saved: &ContactKeys, d: &ContactDetails) -> Option<(ContactId, String)> {
    let name = |id: &ContactId| saved.names.get(id).cloned().unwrap_or_default();
    if let Some(id) = d
        .email
        .as_deref()
        .and_then(|e| saved.emails.get(&email_key(e)))
    {
        return Some((*id, format!("Same email address as {}", name(id))));
    }
    d.phones.iter().find_map(|p| {
        saved
            .phones
            .get(&phone_digits(p))
            .map(|id| (*id, format!("Same phone number as {}", name(id))))
    })
}

impl FileKeys {
    fn duplicate(&self, d: &ContactDetails) -> Option<(u32, String, &'static str)> {
        if let Some((line, name)) = d
            .email
            .as_deref()
            .and_then(|e| self.emails.get(&email_key(e)))
        {
            return Some((*line, name.clone(), "Same email address as"));
        }
        d.phones.iter().find_map(|p| {
            self.phones
                .get(&phone_digits(p))
                .map(|(line, name)| (*line, name.clone(), "Same phone number as"))
        })
    }

    fn remember(&mut self, line: u32, d: &ContactDetails) {
        if let Some(email) = &d.email {
            self.emails
                .insert(email_key(email), (line, d.full_name.clone()));
        }
        for phone in &d.phones {
            self.phones
                .insert(phone_digits(phone), (line, d.full_name.clone()));
        }
    }
}

/// A file that cannot be read becomes a problem with the `file` field, naming the line.
fn file_problem(e: FileError) -> crate::error::CoreError {
    let mut p = Problems::default();
    p.add(
        "file",
        match e.line {
            Some(line) => format!("Line {line}: {}", e.message),
            None => e.message,
        },
    );
    p.into()
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
