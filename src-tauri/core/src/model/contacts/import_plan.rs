//! An import's request and what it would do or did: rows to add, duplicates, rejections.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::contacts::interchange::{ContactField, ImportFormat};
use crate::model::contacts::ContactId;

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
