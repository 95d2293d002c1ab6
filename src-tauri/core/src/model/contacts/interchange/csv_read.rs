//! Reading CSV rows into drafts, each column going where the mapping says.

use csv::StringRecord;

use super::values::{
    dbs_level_from_text, is_no_date, is_system_group, parse_yes_no, push_list_item,
    skills_from_list, split_list, status_from_text, work_preference_from_text,
};
use super::{ContactField, FileError, ParsedRecord, ReadResult, RecordError};
use crate::model::contacts::ContactDraft;
use crate::model::text_file::decode;
use crate::model::text_file::CsvRows;

/// Reads every non-blank row after the header; `mapping` says where each column goes, in column
/// order (columns past its end go nowhere).
pub fn read_csv(bytes: &[u8], mapping: &[Option<ContactField>]) -> ReadResult {
    let text = decode(bytes)?;
    let mut rows = CsvRows::open(&text)?;
    if mapping.len() > rows.headers.len() {
        return Err(FileError {
            line: None,
            message: format!(
                "The file has {} columns but {} column choices were given",
                rows.headers.len(),
                mapping.len()
            ),
        });
    }
    let is_name = |f: &ContactField| {
        matches!(
            f,
            ContactField::FullName | ContactField::GivenName | ContactField::FamilyName
        )
    };
    if !mapping.iter().flatten().any(is_name) {
        return Err(FileError {
            line: None,
            message: "Choose which column holds the name".to_string(),
        });
    }
    let mut records = Vec::new();
    while let Some((line, record)) = rows.next_row()? {
        let draft = row_to_draft(&record, mapping);
        records.push(if draft.full_name.is_empty() {
            Err(RecordError {
                line,
                reason: format!("The row on line {line} has no name"),
            })
        } else {
            Ok(ParsedRecord { line, draft })
        });
    }
    Ok(records)
}

fn row_to_draft(record: &StringRecord, mapping: &[Option<ContactField>]) -> ContactDraft {
    let mut draft = ContactDraft::default();
    let mut given = Vec::new();
    let mut family = Vec::new();
    let mut address = Vec::new();
    let mut notes = Vec::new();
    // Values of a fixed choice that match none of its options: kept in the notes, not lost.
    let mut not_understood = Vec::new();
    for (cell, field) in record.iter().zip(mapping) {
        let Some(field) = field else { continue };
        let value = cell.trim();
        if value.is_empty() {
            continue;
        }
        let set_once = |slot: &mut String| {
            if slot.is_empty() {
                *slot = value.to_string();
            }
        };
        let set_date_once = |slot: &mut String| {
            if slot.is_empty() && !is_no_date(value) {
                *slot = value.to_string();
            }
        };
        match field {
            ContactField::FullName => set_once(&mut draft.full_name),
            ContactField::GivenName => given.push(value),
            ContactField::FamilyName => family.push(value),
            ContactField::Phone => draft.phones.extend(
                value
                    .split(';')
                    .flat_map(|p| p.split(":::"))
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string),
            ),
            ContactField::Email => {
                let first = value.split(":::").next().unwrap_or(value).trim();
                if draft.email.is_empty() {
                    draft.email = first.to_string();
                }
            }
            ContactField::Address => address.push(value),
            ContactField::Postcode => set_once(&mut draft.postcode),
            ContactField::Areas => {
                for area in split_list(value) {
                    push_list_item(&mut draft.areas, area);
                }
            }
            ContactField::Skills => {
                let (skills, other) = skills_from_list(value);
                for skill in skills {
                    if !draft.skills.contains(&skill) {
                        draft.skills.push(skill);
                    }
                }
                for word in other {
                    push_list_item(&mut draft.tags, word);
                }
            }
            ContactField::Tags => {
                for tag in split_list(value).filter(|t| !is_system_group(t)) {
                    push_list_item(&mut draft.tags, tag.trim_start_matches("* "));
                }
            }
            ContactField::Languages => {
                for language in split_list(value) {
                    push_list_item(&mut draft.languages, language);
                }
            }
            ContactField::HourlyRate => set_once(&mut draft.hourly_rate),
            ContactField::WorkPreference => match work_preference_from_text(value) {
                Some(preference) => draft.work_preference = Some(preference),
                None => not_understood.push((field, value)),
            },
            ContactField::DbsLevel => match dbs_level_from_text(value) {
                Some(level) => draft.dbs.level = Some(level),
                None => not_understood.push((field, value)),
            },
            ContactField::DbsCertificateNumber => set_once(&mut draft.dbs.certificate_number),
            ContactField::DbsIssueDate => set_date_once(&mut draft.dbs.issue_date),
            ContactField::DbsUpdateService => draft.dbs.update_service |= parse_yes_no(value),
            ContactField::RightToWorkCheckedOn => {
                set_date_once(&mut draft.right_to_work_checked_on)
            }
            ContactField::RightToWorkUntil => set_date_once(&mut draft.right_to_work_until),
            ContactField::ReferencesTaken => draft.references_taken |= parse_yes_no(value),
            ContactField::DateOfBirth => set_date_once(&mut draft.date_of_birth),
            ContactField::Status => match status_from_text(value) {
                Some(status) => draft.status = Some(status),
                None => not_understood.push((field, value)),
            },
            ContactField::LastContactedOn => set_date_once(&mut draft.last_contacted_on),
            // Kept exactly, leading spaces and all: notes are the person's own words.
            ContactField::Notes => notes.push(cell),
        }
    }
    if draft.full_name.is_empty() {
        draft.full_name = given
            .into_iter()
            .chain(family)
            .collect::<Vec<_>>()
            .join(" ");
    }
    draft.address = address.join("\n");
    let extra = not_understood
        .into_iter()
        .map(|(field, value)| format!("{}: {value}", field.label()));
    let notes: Vec<String> = notes.into_iter().map(str::to_string).chain(extra).collect();
    draft.notes = notes.join("\n");
    draft
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contacts::{ContactStatus, Skill};

    const F: fn(ContactField) -> Option<ContactField> = Some;

    #[test]
    fn names_join_and_phones_gather() {
        let csv = "First,Last,Mobile,Home,Skills,Status\n\
                   Zoë,Łukasiewicz,07700 900123; 07700 900124,01962 000000,\"Cooking; knitting, night_care\",On holiday\n";
        let mapping = [
            F(ContactField::GivenName),
            F(ContactField::FamilyName),
            F(ContactField::Phone),
            F(ContactField::Phone),
            F(ContactField::Skills),
            F(ContactField::Status),
        ];
        let records = read_csv(csv.as_bytes(), &mapping).unwrap();
        let record = records[0].as_ref().unwrap();
        assert_eq!(record.line, 2);
        let draft = &record.draft;
        assert_eq!(draft.full_name, "Zoë Łukasiewicz");
        assert_eq!(
            draft.phones,
            ["07700 900123", "07700 900124", "01962 000000"]
        );
        assert_eq!(draft.skills, [Skill::Cooking, Skill::NightCare]);
        assert_eq!(draft.tags, "knitting");
        assert_eq!(draft.status, None);
        assert_eq!(draft.notes, "Status: On holiday");
    }

    #[test]
    fn full_name_wins_over_parts_and_blank_rows_are_skipped() {
        let csv =
            "Name,Given,Family,Status\n,,,\nAnn Smith,Ann,Smith,working_for_us\n,Bo,,\n,,,x\n";
        let mapping = [
            F(ContactField::FullName),
            F(ContactField::GivenName),
            F(ContactField::FamilyName),
            F(ContactField::Status),
        ];
        let records = read_csv(csv.as_bytes(), &mapping).unwrap();
        assert_eq!(records.len(), 3);
        let ann = records[0].as_ref().unwrap();
        assert_eq!((ann.line, ann.draft.full_name.as_str()), (3, "Ann Smith"));
        assert_eq!(ann.draft.status, Some(ContactStatus::WorkingForUs));
        assert_eq!(records[1].as_ref().unwrap().draft.full_name, "Bo");
        let error = records[2].as_ref().unwrap_err();
        assert_eq!(error.line, 5);
        assert_eq!(error.reason, "The row on line 5 has no name");
    }

    #[test]
    fn mapping_must_fit_and_name_a_name_column() {
        let csv = b"Name,Phone\nAnn,1\n";
        let error = read_csv(csv, &[None, F(ContactField::Phone)]).unwrap_err();
        assert_eq!(error.message, "Choose which column holds the name");
        let error = read_csv(csv, &[F(ContactField::FullName), None, None]).unwrap_err();
        assert!(error.message.contains("2 columns"));
        // Shorter than the header, and a row longer than it: both fine.
        let records = read_csv(b"Name,Phone\nAnn,1,extra\n", &[F(ContactField::FullName)]).unwrap();
        assert_eq!(records[0].as_ref().unwrap().draft.full_name, "Ann");
    }
}
