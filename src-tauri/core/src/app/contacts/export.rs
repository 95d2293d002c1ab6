//! Exporting the contacts a search found, as CSV or vCard 4.0.

use std::path::Path;

use chrono::NaiveDate;

use crate::app::Database;
use crate::model::contacts::interchange::{write_csv, write_vcards, ImportFormat};
use crate::model::contacts::ContactQuery;
use crate::model::error::CoreResult;
use crate::model::validation::Problems;

/// Every contact matching `query` (however many, by name), written in `format`, and how many.
pub fn export_contacts(
    db: &Database,
    query: &ContactQuery,
    format: ImportFormat,
    today: NaiveDate,
) -> CoreResult<(String, u32)> {
    let found = db
        .store
        .all_contacts_matching(query, db.store.contact_rules()?, today)?;
    let details: Vec<_> = found.into_iter().map(|c| c.details).collect();
    let text = match format {
        ImportFormat::Csv => write_csv(&details),
        ImportFormat::VCard => write_vcards(&details),
    };
    Ok((text, u32::try_from(details.len()).unwrap_or(u32::MAX)))
}

/// [`export_contacts`] saved to a file; a file that cannot be written is a problem with `file`.
pub fn export_contacts_to_file(
    db: &Database,
    query: &ContactQuery,
    format: ImportFormat,
    path: &Path,
    today: NaiveDate,
) -> CoreResult<u32> {
    let (text, count) = export_contacts(db, query, format, today)?;
    std::fs::write(path, text).map_err(|e| {
        let mut p = Problems::default();
        p.add(
            "file",
            format!("Could not save the file {}: {e}", path.display()),
        );
        p
    })?;
    Ok(count)
}
