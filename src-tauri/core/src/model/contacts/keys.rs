//! The derived values a contact is found by: folded names, phone digits, email keys and the words
//! of the full-text index.

use super::availability::Slot;
use super::contact::ContactDetails;
use super::kinds::Skill;
use crate::model::people::fold;

/// A phone number's digits for comparing, with a UK +44 / 0044 prefix made the usual leading 0
/// ("+44 (0)7700 900982" and "07700 900982" are the same number).
pub fn phone_digits(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let national = digits.strip_prefix("0044").or_else(|| {
        phone
            .trim_start()
            .starts_with('+')
            .then(|| digits.strip_prefix("44"))
            .flatten()
    });
    match national {
        Some(rest) => format!("0{}", rest.strip_prefix('0').unwrap_or(rest)),
        None => digits,
    }
}

pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The name as the list sorts it: lower case, accents removed.
pub fn sort_name(name: &str) -> String {
    fold(name)
}

/// The full-text index's columns for a contact: name, notes, skills (and languages), tags, areas
/// (and the postcode, so "SO23" finds someone living there), folded as queries are; and the filter
/// words of [`facets`].
pub fn fts_columns(c: &ContactDetails, archived: bool) -> [String; 6] {
    let skills: Vec<&str> = c.skills.iter().map(|s| s.label()).collect();
    let mut areas = c.areas.join(" ");
    if let Some(postcode) = &c.postcode {
        areas.push(' ');
        areas.push_str(postcode);
    }
    [
        fold(&c.full_name),
        fold(&c.notes),
        fold(&format!("{} {}", skills.join(" "), c.languages.join(" "))),
        fold(&c.tags.join(" ")),
        fold(&areas),
        facets(c, archived),
    ]
}

/// Words standing for what the filters ask about, so the index can answer them.
fn facets(c: &ContactDetails, archived: bool) -> String {
    let mut words: Vec<String> = c.skills.iter().map(|s| skill_facet(*s)).collect();
    words.extend(c.availability.iter().map(|s| slot_facet(*s)));
    if archived {
        words.push(ARCHIVED_FACET.to_string());
    }
    words.join(" ")
}

pub const ARCHIVED_FACET: &str = "archived";

pub fn skill_facet(skill: Skill) -> String {
    format!("skill{}", skill.code().replace('_', ""))
}

pub fn slot_facet(slot: Slot) -> String {
    format!(
        "free{}{}",
        slot.day.code(),
        slot.part.code().replace('_', "")
    )
}

/// The words of `text` as the index stores them (folded, split at anything not a letter or digit).
pub fn search_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// An FTS5 query finding every word of `text` as the start of a word, or None when there is
/// nothing to search for. Words are quoted, so nothing typed is read as query syntax.
pub fn prefix_query(text: &str) -> Option<String> {
    let words = search_words(text);
    (!words.is_empty()).then(|| {
        words
            .iter()
            .map(|w| format!("\"{w}\"*"))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// An FTS5 query matching `area` as a whole phrase in the areas column.
pub fn area_query(area: &str) -> Option<String> {
    let words = search_words(area);
    (!words.is_empty()).then(|| format!("areas : \"{}\"", words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_compare_by_digits_with_the_uk_prefix_made_0() {
        assert_eq!(phone_digits("07700 900982"), "07700900982");
        assert_eq!(phone_digits("+44 7700 900982"), "07700900982");
        assert_eq!(phone_digits("+44 (0)7700 900982"), "07700900982");
        assert_eq!(phone_digits("0044 7700 900982"), "07700900982");
        assert_eq!(phone_digits("+33 1 23 45 67 89"), "33123456789");
        assert_eq!(phone_digits("441234567890"), "441234567890");
    }

    #[test]
    fn queries_are_quoted_prefixes_of_folded_words() {
        assert_eq!(
            prefix_query("Zoë  ŁUK"),
            Some("\"zoe\"* \"luk\"*".to_string())
        );
        assert_eq!(
            prefix_query("\"*) OR NOT"),
            Some("\"or\"* \"not\"*".to_string())
        );
        assert_eq!(prefix_query("  -* "), None);
        assert_eq!(area_query("SO23"), Some("areas : \"so23\"".to_string()));
        assert_eq!(
            area_query("Bishop's Waltham"),
            Some("areas : \"bishop s waltham\"".to_string())
        );
    }
}
