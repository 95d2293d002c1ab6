//! Writing contacts as vCard 4.0 with `calcard`'s writer (CRLF line endings, lines folded at 75
//! octets on character boundaries, text escaped), plus DP Hub's own `X-DPHUB-` properties.

use calcard::common::PartialDateTime;
use calcard::vcard::{
    VCard, VCardEntry, VCardParameter, VCardProperty, VCardType, VCardValue, VCardVersion,
};
use chrono::{Datelike, NaiveDate};

use super::extensions as x;
use super::values::yes_no;
use crate::model::contacts::ContactDetails;

/// Every contact as a vCard 4.0 card, in order.
pub fn write_vcards(contacts: &[ContactDetails]) -> String {
    let mut out = String::new();
    for contact in contacts {
        // Writing to a String cannot fail.
        let _ = card(contact).write_to(&mut out, VCardVersion::V4_0);
    }
    out
}

fn card(c: &ContactDetails) -> VCard {
    let text =
        |name: VCardProperty, value: &str| VCardEntry::new(name).with_value(value.to_string());
    let other = |name: &str, value: &str| text(VCardProperty::Other(name.to_string()), value);
    let mut entries = vec![
        text(VCardProperty::Prodid, "-//DP Hub//Contacts//EN"),
        text(VCardProperty::Fn, &c.full_name),
        name_entry(&c.full_name),
    ];
    for phone in &c.phones {
        let kind = if is_mobile(phone) {
            VCardType::Cell
        } else {
            VCardType::Voice
        };
        entries.push(text(VCardProperty::Tel, phone).with_param(VCardParameter::typ(kind)));
    }
    if let Some(email) = &c.email {
        entries.push(text(VCardProperty::Email, email));
    }
    if !c.address.is_empty() || c.postcode.is_some() {
        // post office box; extended; street; locality; region; postal code; country
        let mut parts = vec![String::new(); 7];
        parts[2] = c.address.clone();
        parts[5] = c.postcode.clone().unwrap_or_default();
        entries.push(
            VCardEntry::new(VCardProperty::Adr)
                .with_values(parts.into_iter().map(VCardValue::Text).collect()),
        );
    }
    if let Some(born) = c.date_of_birth {
        entries.push(VCardEntry::new(VCardProperty::Bday).with_value(date_value(born)));
    }
    for language in &c.languages {
        entries.push(text(VCardProperty::Lang, language));
    }
    if !c.tags.is_empty() {
        entries.push(
            VCardEntry::new(VCardProperty::Categories)
                .with_values(c.tags.iter().cloned().map(VCardValue::Text).collect()),
        );
    }
    if !c.notes.is_empty() {
        entries.push(text(VCardProperty::Note, &c.notes));
    }

    if !c.areas.is_empty() {
        entries.push(other(x::AREAS, &c.areas.join(", ")));
    }
    if !c.skills.is_empty() {
        let codes: Vec<&str> = c.skills.iter().map(|s| s.code()).collect();
        entries.push(other(x::SKILLS, &codes.join(",")));
    }
    if !c.availability.is_empty() {
        entries.push(other(
            x::AVAILABILITY,
            &x::availability_to_text(&c.availability),
        ));
    }
    if let Some(rate) = c.hourly_rate {
        entries.push(other(x::HOURLY_RATE, &rate.to_canonical_string()));
    }
    if let Some(preference) = c.work_preference {
        entries.push(other(x::WORK_PREFERENCE, preference.code()));
    }
    entries.push(other(x::STATUS, c.status.code()));
    if let Some(dbs) = &c.dbs {
        entries.push(other(x::DBS, &x::dbs_to_text(dbs)));
    }
    for training in &c.training {
        entries.push(other(x::TRAINING, &x::training_to_text(training)));
    }
    if let Some(date) = c.right_to_work_checked_on {
        entries.push(other(x::RIGHT_TO_WORK, &date.to_string()));
    }
    if let Some(date) = c.right_to_work_until {
        entries.push(other(x::RIGHT_TO_WORK_UNTIL, &date.to_string()));
    }
    entries.push(other(x::REFERENCES, yes_no(c.references_taken)));
    if let Some(date) = c.last_contacted_on {
        entries.push(other(x::LAST_CONTACTED, &date.to_string()));
    }
    VCard { entries }
}

/// N (family; given; additional; prefixes; suffixes), guessed from the full name: the last word is
/// the family name. A one-word name is a given name.
fn name_entry(full_name: &str) -> VCardEntry {
    let words: Vec<&str> = full_name.split_whitespace().collect();
    let (given, family) = match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => (rest.join(" "), last.to_string()),
        _ => (words.join(" "), String::new()),
    };
    let parts = [family, given, String::new(), String::new(), String::new()];
    VCardEntry::new(VCardProperty::N).with_values(parts.into_iter().map(VCardValue::Text).collect())
}

fn date_value(date: NaiveDate) -> VCardValue {
    VCardValue::PartialDateTime(PartialDateTime {
        year: u16::try_from(date.year()).ok(),
        month: u8::try_from(date.month()).ok(),
        day: u8::try_from(date.day()).ok(),
        ..PartialDateTime::default()
    })
}

/// UK mobile numbers start 07 (or +44 7).
fn is_mobile(phone: &str) -> bool {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    digits.starts_with("07") || digits.starts_with("447")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobiles_are_told_apart() {
        assert!(is_mobile("07700 900123"));
        assert!(is_mobile("+44 7700 900123"));
        assert!(!is_mobile("01962 000000"));
    }

    #[test]
    fn names_are_split_on_the_last_word() {
        let entry = name_entry("Siobhán Ní Bhriain");
        assert_eq!(entry.values[0], VCardValue::Text("Bhriain".into()));
        assert_eq!(entry.values[1], VCardValue::Text("Siobhán Ní".into()));
        let entry = name_entry("Cher");
        assert_eq!(entry.values[1], VCardValue::Text("Cher".into()));
    }
}
