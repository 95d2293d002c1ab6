//! Importing contacts: read the file, check each record, find duplicates, show what would happen,
//! and only when the user confirms, write everything in one transaction.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::app::Database;
use crate::model::contacts::interchange::{
    csv_preview, read_csv, read_vcards, CsvPreview, FileError, ImportFormat,
};
use crate::model::contacts::merge_contact;
use crate::model::contacts::validate_contact;
use crate::model::contacts::ContactStatus;
use crate::model::contacts::{email_key, phone_digits};
use crate::model::contacts::{ContactDetails, ContactId};
use crate::model::contacts::{
    DuplicatePolicy, ImportDuplicate, ImportOutcome, ImportPreview, ImportRejection, ImportRequest,
    ImportRow,
};
use crate::model::error::CoreResult;
use crate::model::validation::Problems;
use crate::store::ContactKeys;

/// The first rows of a CSV file and a suggested column mapping.
pub fn preview_csv(bytes: &[u8]) -> CoreResult<CsvPreview> {
    csv_preview(bytes).map_err(file_problem)
}

/// What importing would do; nothing is written.
pub fn preview_import(
    db: &Database,
    request: &ImportRequest,
    today: NaiveDate,
) -> CoreResult<ImportPreview> {
    Ok(plan(db, request, today)?.preview)
}

/// Imports in one transaction: every new contact and merge is written, or (on any failure) nothing.
pub fn run_import(
    db: &mut Database,
    request: &ImportRequest,
    today: NaiveDate,
) -> CoreResult<ImportOutcome> {
    let plan = plan(db, request, today)?;
    let p = &plan.preview;
    let outcome = ImportOutcome {
        added: count(p.to_add.len()),
        merged: count(plan.merges.len()),
        skipped: count(p.duplicates.len() - plan.merges.len()),
        rejected: count(p.rejected.len()),
    };
    let big = plan.additions.len() + plan.merges.len() >= OPTIMIZE_AFTER;
    if big {
        db.store.pause_search_index_merging()?;
    }
    let written = db.store.in_transaction(|w| {
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
        let optimized = db.store.optimize_search_index();
        // Merging is turned back on whatever happened, so a failure never leaves it off.
        db.store.resume_search_index_merging()?;
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

fn plan(db: &Database, request: &ImportRequest, today: NaiveDate) -> CoreResult<Plan> {
    let records = match request.format {
        ImportFormat::VCard => read_vcards(&request.bytes),
        ImportFormat::Csv => read_csv(&request.bytes, &request.mapping),
    }
    .map_err(file_problem)?;
    let saved = db.store.contact_keys()?;
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

pub(crate) fn saved_duplicate(
    saved: &ContactKeys,
    d: &ContactDetails,
) -> Option<(ContactId, String)> {
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
fn file_problem(e: FileError) -> crate::model::error::CoreError {
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
