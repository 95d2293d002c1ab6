//! Contacts in and out of standard formats: vCard (read 3.0 and 4.0, write 4.0) and CSV with a
//! column mapping. Readers turn bytes into [`ContactDraft`]s with the line each began on; checking
//! them and saving them is [`super::import`]'s job.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::draft::ContactDraft;

mod csv_preview;
mod csv_read;
mod csv_write;
mod extensions;
mod field_names;
mod values;
mod vcard_read;
mod vcard_split;
mod vcard_write;

pub use csv_preview::csv_preview;
pub use csv_read::read_csv;
pub use csv_write::write_csv;
pub use vcard_read::read_vcards;
pub use vcard_write::write_vcards;

crate::coded_enum! {
    pub enum ImportFormat {
        VCard => ("vcard", "vCard (.vcf)", Some("Exported by phone and desktop address books and webmail")),
        Csv => ("csv", "CSV spreadsheet (.csv)", Some("A header row, then one contact per row")),
    }
}

crate::coded_enum! {
    /// Where a CSV column goes in a contact.
    pub enum ContactField {
        FullName => ("full_name", "Full name", None),
        GivenName => ("given_name", "First name", None),
        FamilyName => ("family_name", "Last name", None),
        Phone => ("phone", "Phone", None),
        Email => ("email", "Email", None),
        Address => ("address", "Address", None),
        Postcode => ("postcode", "Postcode", None),
        Areas => ("areas", "Areas covered", None),
        Skills => ("skills", "Skills", Some("Skill names separated by commas or semicolons")),
        Tags => ("tags", "Tags", None),
        Languages => ("languages", "Languages", None),
        HourlyRate => ("hourly_rate", "Hourly rate", None),
        WorkPreference => ("work_preference", "Employed or self-employed", None),
        DbsLevel => ("dbs_level", "DBS level", None),
        DbsCertificateNumber => ("dbs_certificate_number", "DBS certificate number", None),
        DbsIssueDate => ("dbs_issue_date", "DBS issue date", None),
        DbsUpdateService => ("dbs_update_service", "DBS update service", Some("yes or no")),
        RightToWorkCheckedOn => ("right_to_work_checked_on", "Right to work checked on", None),
        RightToWorkUntil => ("right_to_work_until", "Permission to work ends on", Some("Only for time-limited permission")),
        ReferencesTaken => ("references_taken", "References taken", Some("yes or no")),
        DateOfBirth => ("date_of_birth", "Date of birth", None),
        Status => ("status", "Status", None),
        LastContactedOn => ("last_contacted_on", "Last contacted on", None),
        Notes => ("notes", "Notes", None),
    }
}

/// One contact read from a file, with the line its record or row began on (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedRecord {
    pub line: usize,
    pub draft: ContactDraft,
}

/// A record that could not be read; the rest of the file still can be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    pub line: usize,
    pub reason: String,
}

pub use crate::model::text_file::FileError;

pub type ReadResult = Result<Vec<Result<ParsedRecord, RecordError>>, FileError>;

/// The first rows of a CSV file and a suggested mapping, for the mapping step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CsvPreview {
    pub headers: Vec<String>,
    /// Up to [`CSV_SAMPLE_ROWS`] rows, each with as many cells as there are headers.
    pub sample_rows: Vec<Vec<String>>,
    /// For each column, where it probably goes (from its header), or nothing.
    pub suggested_mapping: Vec<Option<ContactField>>,
    /// Data rows in the whole file.
    pub row_count: u32,
}

pub const CSV_SAMPLE_ROWS: usize = 5;
