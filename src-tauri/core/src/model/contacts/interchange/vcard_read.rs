//! Reading vCards (4.0, 3.0 and Android's 2.1) into drafts.
//!
//! Parsing is `calcard`'s (Stalwart Labs; fuzzed, no `unsafe`): it unfolds lines, undoes escapes,
//! reads groups, parameters, quoted-printable and character sets. It does not report line numbers,
//! so [`split_cards`] cuts the file into cards first and each card is parsed on its own.

use std::panic::{catch_unwind, AssertUnwindSafe};

use calcard::common::PartialDateTime;
use calcard::vcard::{
    VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue,
};

use super::extensions as x;
use super::values::{
    is_no_date, is_system_group, parse_yes_no, push_list_item, skills_from_list, status_from_text,
    work_preference_from_text,
};
use super::vcard_split::{split_cards, RawCard};
use super::{FileError, ParsedRecord, ReadResult, RecordError};
use crate::model::contacts::ContactDraft;
use crate::model::text_file::decode;

/// Reads every contact in a vCard file (3.0 or 4.0; 2.1 as Android writes it).
pub fn read_vcards(bytes: &[u8]) -> ReadResult {
    let text = decode(bytes)?;
    let cards = split_cards(&text).ok_or_else(|| FileError {
        line: None,
        message: "This file has no vCard contacts in it (no BEGIN:VCARD line)".to_string(),
    })?;
    // Cards are read independently, so a big file is shared across the processor's cores.
    Ok(crate::model::parallel::map_in_order(cards, |card| {
        card.and_then(read_card)
    }))
}

fn read_card(card: RawCard) -> Result<ParsedRecord, RecordError> {
    let line = card.line;
    let unreadable = || RecordError {
        line,
        reason: format!("The contact starting on line {line} could not be read"),
    };
    // The parser is fuzzed upstream; this only makes sure a bug there costs one contact, not the
    // whole import.
    let parsed = catch_unwind(AssertUnwindSafe(|| VCard::parse(&card.text)))
        .map_err(|_| unreadable())?
        .map_err(|_| unreadable())?;
    let draft = to_draft(&parsed);
    if draft.full_name.trim().is_empty() {
        return Err(RecordError {
            line,
            reason: format!("The contact starting on line {line} has no name (no FN or N line)"),
        });
    }
    Ok(ParsedRecord { line, draft })
}

fn to_draft(card: &VCard) -> ContactDraft {
    let mut draft = ContactDraft::default();
    let mut notes = Vec::new();
    let mut emails = Vec::new();
    let mut addresses = Vec::new();
    let mut name_parts = None;
    for entry in &card.entries {
        match &entry.name {
            VCardProperty::Fn if draft.full_name.is_empty() => {
                draft.full_name = entry_text(entry).trim().to_string();
            }
            VCardProperty::N if name_parts.is_none() => name_parts = Some(name_from_n(entry)),
            VCardProperty::Tel => {
                let phone = entry_text(entry);
                let phone = strip_scheme(phone.trim(), "tel:");
                if !phone.is_empty() {
                    draft.phones.push(phone.to_string());
                }
            }
            VCardProperty::Email => emails.push(entry),
            VCardProperty::Adr => addresses.push(entry),
            VCardProperty::Note => notes.push(entry_text(entry)),
            VCardProperty::Categories => {
                for tag in entry.values.iter().map(value_text) {
                    let tag = tag.trim();
                    if !tag.is_empty() && !is_system_group(tag) {
                        push_list_item(&mut draft.tags, tag);
                    }
                }
            }
            VCardProperty::Bday if draft.date_of_birth.is_empty() => {
                draft.date_of_birth = birthday(entry);
            }
            VCardProperty::Lang => {
                let language = entry_text(entry);
                if !language.trim().is_empty() {
                    push_list_item(&mut draft.languages, language.trim());
                }
            }
            VCardProperty::Other(name) => read_extension(&mut draft, name, entry),
            _ => {}
        }
    }
    if draft.full_name.is_empty() {
        draft.full_name = name_parts.unwrap_or_default();
    }
    if let Some(email) = most_preferred(&emails) {
        draft.email = strip_scheme(entry_text(email).trim(), "mailto:").to_string();
    }
    if let Some(adr) = most_preferred(&addresses) {
        let part = |i: usize| adr.values.get(i).map(value_text).unwrap_or_default();
        // post office box, extended address, street, locality, region; then the postal code.
        draft.address = (0..5)
            .map(part)
            .filter(|p| !p.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        draft.postcode = part(5).trim().to_string();
    }
    draft.notes = notes.join("\n");
    draft
}

/// DP Hub's own properties; other `X-` properties are ignored.
fn read_extension(draft: &mut ContactDraft, name: &str, entry: &VCardEntry) {
    let ours = name
        .get(..x::PREFIX.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(x::PREFIX));
    if !ours {
        return;
    }
    let text = entry_text(entry);
    let value = text.trim();
    let is = |property: &str| name.eq_ignore_ascii_case(property);
    if is(x::AREAS) {
        draft.areas = value.to_string();
    } else if is(x::SKILLS) {
        let (skills, other) = skills_from_list(value);
        for skill in skills {
            if !draft.skills.contains(&skill) {
                draft.skills.push(skill);
            }
        }
        for word in other {
            push_list_item(&mut draft.tags, word);
        }
    } else if is(x::AVAILABILITY) {
        draft.availability = x::availability_from_text(value);
    } else if is(x::HOURLY_RATE) {
        draft.hourly_rate = value.to_string();
    } else if is(x::WORK_PREFERENCE) {
        draft.work_preference = work_preference_from_text(value);
    } else if is(x::STATUS) {
        draft.status = status_from_text(value);
    } else if is(x::DBS) {
        draft.dbs = x::dbs_from_text(value);
    } else if is(x::TRAINING) {
        let training = x::training_from_text(value);
        if !training.is_blank() {
            draft.training.push(training);
        }
    } else if is(x::RIGHT_TO_WORK) {
        draft.right_to_work_checked_on = value.to_string();
    } else if is(x::RIGHT_TO_WORK_UNTIL) {
        draft.right_to_work_until = value.to_string();
    } else if is(x::REFERENCES) {
        draft.references_taken = parse_yes_no(value);
    } else if is(x::LAST_CONTACTED) {
        draft.last_contacted_on = value.to_string();
    }
}

/// "Given Additional Family" from N (family; given; additional; prefixes; suffixes).
fn name_from_n(entry: &VCardEntry) -> String {
    let part = |i: usize| {
        entry
            .values
            .get(i)
            .map(|v| match v {
                VCardValue::Component(items) => items.join(" "),
                other => value_text(other),
            })
            .unwrap_or_default()
    };
    [part(1), part(2), part(0)]
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// YYYY-MM-DD, or blank for a birthday with no year; text that is not a date is kept as it is so
/// the person importing sees it rather than losing it.
fn birthday(entry: &VCardEntry) -> String {
    let omitted_year = entry.params.iter().find_map(|p| match (&p.name, &p.value) {
        (VCardParameterName::Other(name), VCardParameterValue::Text(year))
            if name.eq_ignore_ascii_case("X-APPLE-OMIT-YEAR") =>
        {
            year.parse::<u16>().ok()
        }
        _ => None,
    });
    match entry.values.first() {
        Some(VCardValue::PartialDateTime(PartialDateTime {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            ..
        })) if omitted_year != Some(*year) => format!("{year:04}-{month:02}-{day:02}"),
        Some(VCardValue::Text(text)) if !is_no_date(text) => iso_date(text.trim()),
        _ => String::new(),
    }
}

/// "19900203" and "1990-02-03T00:00:00Z" as "1990-02-03"; anything else unchanged.
fn iso_date(text: &str) -> String {
    let date = text.split(['T', 't']).next().unwrap_or(text);
    let digits: String = date.chars().filter(char::is_ascii_digit).collect();
    let shaped = date.len() == 8 || (date.len() == 10 && date.matches('-').count() == 2);
    if digits.len() == 8 && shaped && date.is_ascii() {
        format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..])
    } else {
        text.to_string()
    }
}

/// The entry marked most preferred (4.0's PREF=1, 3.0's TYPE=pref, 2.1's bare PREF), else the first.
fn most_preferred<'a>(entries: &[&'a VCardEntry]) -> Option<&'a VCardEntry> {
    entries.iter().copied().min_by_key(|e| preference(e))
}

fn preference(entry: &VCardEntry) -> u32 {
    entry
        .params
        .iter()
        .filter_map(|p| match (&p.name, &p.value) {
            (VCardParameterName::Pref, VCardParameterValue::Integer(rank)) => Some(*rank),
            (VCardParameterName::Pref, _) => Some(1),
            (VCardParameterName::Type, value)
                if value
                    .as_text()
                    .is_some_and(|t| t.eq_ignore_ascii_case("pref")) =>
            {
                Some(1)
            }
            _ => None,
        })
        .min()
        .unwrap_or(u32::MAX)
}

/// The whole value as text (parts of a structured value joined with `;`).
fn entry_text(entry: &VCardEntry) -> String {
    match entry.values.as_slice() {
        [one] => value_text(one),
        many => many.iter().map(value_text).collect::<Vec<_>>().join(";"),
    }
}

fn value_text(value: &VCardValue) -> String {
    match value {
        // Quoted-printable values (2.1) can carry CRLF of their own.
        VCardValue::Text(text) if text.contains('\r') => {
            text.replace("\r\n", "\n").replace('\r', "\n")
        }
        VCardValue::Text(text) => text.clone(),
        VCardValue::Component(items) => items.join(","),
        VCardValue::Integer(n) => n.to_string(),
        VCardValue::Float(n) => n.to_string(),
        VCardValue::Boolean(b) => b.to_string(),
        VCardValue::PartialDateTime(dt) => match (dt.year, dt.month, dt.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            _ => String::new(),
        },
        VCardValue::Binary(_) => String::new(),
        other => other.as_text().unwrap_or_default().to_string(),
    }
}

fn strip_scheme<'a>(text: &'a str, scheme: &str) -> &'a str {
    match text.get(..scheme.len()) {
        Some(start) if start.eq_ignore_ascii_case(scheme) => text[scheme.len()..].trim(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> ContactDraft {
        let mut records = read_vcards(text.as_bytes()).unwrap();
        assert_eq!(records.len(), 1);
        records.remove(0).unwrap().draft
    }

    #[test]
    fn name_falls_back_to_n() {
        let draft = one("BEGIN:VCARD\nVERSION:3.0\nN:Ní Bhriain;Siobhán;;;\nEND:VCARD\n");
        assert_eq!(draft.full_name, "Siobhán Ní Bhriain");
    }

    #[test]
    fn a_card_with_no_name_is_an_error() {
        let records =
            read_vcards(b"\nBEGIN:VCARD\nVERSION:4.0\nTEL:01962 000000\nEND:VCARD\n").unwrap();
        let error = records[0].as_ref().unwrap_err();
        assert_eq!(error.line, 2);
        assert_eq!(
            error.reason,
            "The contact starting on line 2 has no name (no FN or N line)"
        );
    }

    #[test]
    fn preferred_email_wins_and_birthdays_without_a_year_are_dropped() {
        let draft = one(concat!(
            "BEGIN:VCARD\nVERSION:4.0\nFN:A\nEMAIL:first@example.org\n",
            "EMAIL;PREF=1:best@example.org\nBDAY:--0412\nTEL;VALUE=uri:tel:+44-1962-000000\n",
            "END:VCARD\n"
        ));
        assert_eq!(draft.email, "best@example.org");
        assert_eq!(draft.date_of_birth, "");
        assert_eq!(draft.phones, ["+44-1962-000000"]);
    }

    #[test]
    fn android_pictures_on_unindented_lines_are_passed_over() {
        let draft = one(concat!(
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQ\r\n",
            "AAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwc\r\n",
            "\r\nTEL;CELL:07700 900000\r\nEND:VCARD\r\n"
        ));
        assert_eq!(draft.phones, ["07700 900000"]);
    }

    #[test]
    fn apple_placeholder_year_is_no_year() {
        let draft = one(
            "BEGIN:VCARD\nVERSION:3.0\nFN:A\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12\nEND:VCARD\n",
        );
        assert_eq!(draft.date_of_birth, "");
    }

    #[test]
    fn dates_in_text_are_made_iso() {
        assert_eq!(iso_date("19900203"), "1990-02-03");
        assert_eq!(iso_date("1990-02-03T00:00:00Z"), "1990-02-03");
        assert_eq!(iso_date("circa 1990"), "circa 1990");
    }

    #[test]
    fn not_a_vcard_file() {
        let error = read_vcards(b"Name,Phone\nAnn,1\n").unwrap_err();
        assert_eq!(
            error.message,
            "This file has no vCard contacts in it (no BEGIN:VCARD line)"
        );
    }
}
