//! Instant search of the people list by name or council reference, ignoring case and accents
//! ("zoe" finds "Zoë").

use unicode_normalization::UnicodeNormalization;

use super::view::PersonSummary;

/// Lower case with accents removed, for matching ("Łukasz Øberg" → "lukasz oberg").
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        match base_letter(c) {
            Some(plain) => folded.push_str(plain),
            None => folded.push(c),
        }
    }
    folded
}

/// Letters whose stroke or ligature Unicode does not decompose, spelled as people type them
/// without it.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ł' => "l",
        'ø' => "o",
        'đ' | 'ð' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => return None,
    })
}

/// Whether every word of `query` appears in the person's names or council reference.
pub fn matches(person: &PersonSummary, query: &str) -> bool {
    let haystack = fold(&format!(
        "{} {} {}",
        person.full_name,
        person.preferred_name.as_deref().unwrap_or(""),
        person.council_reference.as_deref().unwrap_or("")
    ));
    fold(query)
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::PersonId;
    use chrono::NaiveDate;

    fn summary(name: &str, reference: Option<&str>) -> PersonSummary {
        PersonSummary {
            id: PersonId(1),
            full_name: name.into(),
            preferred_name: None,
            date_of_birth: NaiveDate::from_ymd_opt(1950, 1, 1).unwrap(),
            council: "Hampshire".into(),
            council_reference: reference.map(Into::into),
            archived: false,
        }
    }

    #[test]
    fn finds_by_any_part_of_the_name_ignoring_case_and_accents() {
        let zoe = summary("Zoë Łukasiewicz", Some("HCC-00417"));
        assert!(matches(&zoe, "zoe"));
        assert!(matches(&zoe, "ŁUKAS"));
        assert!(matches(&zoe, "lukas"), "ł without its stroke");
        assert!(matches(&zoe, "łukasiewicz zoë"));
        assert!(matches(&zoe, "hcc-004"));
        assert!(matches(&zoe, ""));
        assert!(!matches(&zoe, "zoe smith"));
        assert!(matches(&summary("Ayşe Yılmaz", None), "ayse"));
        assert!(matches(&summary("Σοφία", None), "σοφια"));
    }
}
