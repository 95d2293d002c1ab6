//! How `dphub pa import` prints what it would do, and what it did.

use std::path::Path;

use dphub_core::app::contacts::interchange::ContactField;
use dphub_core::app::contacts::{DuplicatePolicy, ImportOutcome, ImportPreview};

use crate::printer::{cell, line, Printer, LABEL_WIDTH};

/// Rows listed in each part of the preview; --json lists them all.
const ROWS_SHOWN: usize = 50;

impl Printer {
    /// `columns`: for a CSV file, each header and where its column goes.
    pub fn import_preview(
        &self,
        preview: &ImportPreview,
        columns: &[(String, Option<ContactField>)],
    ) {
        if self.json() {
            return self.json_value(preview);
        }
        if !columns.is_empty() {
            say!("Columns");
            for (header, field) in columns {
                let header = cell(header, LABEL_WIDTH);
                match field {
                    Some(f) => say!("  {header} → {} ({})", f.label(), f.code()),
                    None => say!("  {header}   not imported"),
                }
            }
        }
        say!("To add: {}", preview.to_add.len());
        list(preview.to_add.iter().map(|r| {
            let reach = [r.email.as_deref(), r.phone.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            (r.line, r.full_name.clone(), reach)
        }));
        let fate = match preview.policy {
            DuplicatePolicy::Skip => {
                " (will be skipped; --merge fills in what the saved PAs are missing)"
            }
            DuplicatePolicy::Merge => " (saved PAs will be filled in from them)",
        };
        let fate = if preview.duplicates.is_empty() {
            ""
        } else {
            fate
        };
        say!("Duplicates: {}{fate}", preview.duplicates.len());
        list(preview.duplicates.iter().map(|d| {
            let existing = d
                .existing_id
                .map(|id| format!(" (PA {id})"))
                .unwrap_or_default();
            (
                d.line,
                d.full_name.clone(),
                format!("{}{existing}", d.reason),
            )
        }));
        say!("Rejected: {}", preview.rejected.len());
        list(preview.rejected.iter().map(|r| {
            (
                r.line,
                r.full_name.clone().unwrap_or_default(),
                r.reason.clone(),
            )
        }));
        say!("Nothing was imported: run again with --yes to import");
    }

    pub fn import_outcome(&self, outcome: &ImportOutcome, file: &Path) {
        if self.json() {
            return self.json_value(outcome);
        }
        say!("Imported {}", file.display());
        line("Added", &outcome.added.to_string());
        line("Merged", &outcome.merged.to_string());
        line("Skipped (duplicates)", &outcome.skipped.to_string());
        line("Rejected", &outcome.rejected.to_string());
        if outcome.rejected > 0 {
            say!("Run it again without --yes to see why rows were rejected.");
        }
    }
}

/// "  line 12  Ann Lee: reason", up to [`ROWS_SHOWN`] of them.
fn list(rows: impl ExactSizeIterator<Item = (u32, String, String)>) {
    let total = rows.len();
    for (line, name, detail) in rows.take(ROWS_SHOWN) {
        let line = format!("line {line}");
        let text = match (name.is_empty(), detail.is_empty()) {
            (false, false) => format!("{name}: {detail}"),
            (true, _) => detail,
            (false, true) => name,
        };
        say!("  {line:<10} {text}");
    }
    if total > ROWS_SHOWN {
        say!(
            "  … and {} more (--json lists them all)",
            total - ROWS_SHOWN
        );
    }
}
