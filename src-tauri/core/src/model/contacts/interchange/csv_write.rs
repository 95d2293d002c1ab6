//! Writing contacts as a CSV spreadsheet, one row each, headed by the fields' labels so that
//! [`super::csv_preview`] maps every column back by itself.
//!
//! CSV carries no availability and no training: they do not fit in a cell a person could edit.
//! Export as vCard to keep them.
//!
//! Every cell goes through [`csv_cell::neutralise`], so a spreadsheet never runs a name such as
//! `=HYPERLINK(…)` as a formula.

use csv::{Terminator, WriterBuilder};

use super::values::yes_no;
use super::ContactField;
use crate::model::contacts::ContactDetails;
use crate::model::csv_cell;

/// The columns written, in order.
const COLUMNS: &[ContactField] = &[
    ContactField::FullName,
    ContactField::Phone,
    ContactField::Email,
    ContactField::Address,
    ContactField::Postcode,
    ContactField::Areas,
    ContactField::Skills,
    ContactField::Tags,
    ContactField::Languages,
    ContactField::HourlyRate,
    ContactField::WorkPreference,
    ContactField::DbsLevel,
    ContactField::DbsCertificateNumber,
    ContactField::DbsIssueDate,
    ContactField::DbsUpdateService,
    ContactField::RightToWorkCheckedOn,
    ContactField::RightToWorkUntil,
    ContactField::ReferencesTaken,
    ContactField::DateOfBirth,
    ContactField::Status,
    ContactField::LastContactedOn,
    ContactField::Notes,
];

/// Every contact as a CSV row under a header row, with CRLF line endings.
pub fn write_csv(contacts: &[ContactDetails]) -> String {
    let mut writer = WriterBuilder::new()
        .terminator(Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(
        COLUMNS
            .iter()
            .map(|f| csv_cell::neutralise(f.label()).into_owned()),
    );
    for contact in contacts {
        let _ = writer.write_record(
            COLUMNS
                .iter()
                .map(|&f| csv_cell::neutralise(&cell(contact, f)).into_owned()),
        );
    }
    let bytes = writer.into_inner().unwrap_or_default();
    // A byte-order mark, so Excel on Windows reads the file as UTF-8 and "Zoë" stays "Zoë".
    format!("\u{FEFF}{}", String::from_utf8_lossy(&bytes))
}

fn cell(c: &ContactDetails, field: ContactField) -> String {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let dbs = c.dbs.as_ref();
    match field {
        ContactField::FullName => c.full_name.clone(),
        ContactField::GivenName | ContactField::FamilyName => String::new(),
        ContactField::Phone => c.phones.join("; "),
        ContactField::Email => c.email.clone().unwrap_or_default(),
        ContactField::Address => c.address.clone(),
        ContactField::Postcode => c.postcode.clone().unwrap_or_default(),
        ContactField::Areas => c.areas.join("; "),
        ContactField::Skills => {
            let labels: Vec<&str> = c.skills.iter().map(|s| s.label()).collect();
            labels.join("; ")
        }
        ContactField::Tags => c.tags.join("; "),
        ContactField::Languages => c.languages.join("; "),
        ContactField::HourlyRate => c
            .hourly_rate
            .map(|m| m.to_canonical_string())
            .unwrap_or_default(),
        ContactField::WorkPreference => c
            .work_preference
            .map(|p| p.label().to_string())
            .unwrap_or_default(),
        ContactField::DbsLevel => dbs.map(|d| d.level.label().to_string()).unwrap_or_default(),
        ContactField::DbsCertificateNumber => dbs
            .and_then(|d| d.certificate_number.clone())
            .unwrap_or_default(),
        ContactField::DbsIssueDate => date(dbs.map(|d| d.issue_date)),
        ContactField::DbsUpdateService => dbs
            .map(|d| yes_no(d.update_service).to_string())
            .unwrap_or_default(),
        ContactField::RightToWorkCheckedOn => date(c.right_to_work_checked_on),
        ContactField::RightToWorkUntil => date(c.right_to_work_until),
        ContactField::ReferencesTaken => yes_no(c.references_taken).to_string(),
        ContactField::DateOfBirth => date(c.date_of_birth),
        ContactField::Status => c.status.label().to_string(),
        ContactField::LastContactedOn => date(c.last_contacted_on),
        ContactField::Notes => c.notes.clone(),
    }
}
