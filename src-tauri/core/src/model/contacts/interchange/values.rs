//! Reading single values the way people and other programs write them: yes/no, lists, and the
//! coded choices (skills, status…) by code or by label.

use crate::model::contacts::{ContactStatus, DbsLevel, Skill, WorkPreference};

/// Lower-case letters and digits only: "E-mail 1 - Value" and "email1value" compare equal.
pub(crate) fn normalise_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// "yes", "y", "true", "1" or a tick; anything else (including blank) is no.
pub(crate) fn parse_yes_no(text: &str) -> bool {
    let text = text.trim().to_lowercase();
    matches!(text.as_str(), "yes" | "y" | "true" | "1" | "✓" | "✔")
}

pub(crate) fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

/// The items of a list cell: separated by commas, semicolons or Google's " ::: ", trimmed, blanks
/// dropped.
pub(crate) fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';'])
        .flat_map(|part| part.split(":::"))
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

/// Appends `item` to a comma-separated draft field.
pub(crate) fn push_list_item(list: &mut String, item: &str) {
    if !list.is_empty() {
        list.push_str(", ");
    }
    list.push_str(item);
}

fn find_choice<T: Copy>(
    text: &str,
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Option<T> {
    let key = normalise_key(text);
    if key.is_empty() {
        return None;
    }
    all.iter()
        .copied()
        .find(|&v| normalise_key(code(v)) == key || normalise_key(label(v)) == key)
}

pub(crate) fn skill_from_text(text: &str) -> Option<Skill> {
    find_choice(text, Skill::ALL, Skill::code, Skill::label)
}

pub(crate) fn work_preference_from_text(text: &str) -> Option<WorkPreference> {
    find_choice(
        text,
        WorkPreference::ALL,
        WorkPreference::code,
        WorkPreference::label,
    )
}

pub(crate) fn status_from_text(text: &str) -> Option<ContactStatus> {
    find_choice(
        text,
        ContactStatus::ALL,
        ContactStatus::code,
        ContactStatus::label,
    )
}

pub(crate) fn dbs_level_from_text(text: &str) -> Option<DbsLevel> {
    find_choice(text, DbsLevel::ALL, DbsLevel::code, DbsLevel::label)
}

/// Skills named in a list; words that are not skills come back separately so they can be kept as
/// tags rather than lost.
pub(crate) fn skills_from_list(text: &str) -> (Vec<Skill>, Vec<&str>) {
    let mut skills = Vec::new();
    let mut other = Vec::new();
    for item in split_list(text) {
        match skill_from_text(item) {
            Some(skill) if !skills.contains(&skill) => skills.push(skill),
            Some(_) => {}
            None => other.push(item),
        }
    }
    (skills, other)
}

/// Google's own groups ("* myContacts", "* starred"): not tags anyone chose.
pub(crate) fn is_system_group(tag: &str) -> bool {
    let name = tag.trim_start_matches('*').trim();
    name.eq_ignore_ascii_case("myContacts") || name.eq_ignore_ascii_case("starred")
}

/// A date cell that holds no date: a birthday without a year ("--0412", "--04-12"), or Outlook's
/// all-zero "0/0/00" for none.
pub(crate) fn is_no_date(date: &str) -> bool {
    let date = date.trim();
    date.starts_with("--")
        || (date.chars().any(|c| c.is_ascii_digit())
            && date.chars().all(|c| c == '0' || !c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no() {
        for yes in ["yes", "Y", " TRUE ", "1", "✓"] {
            assert!(parse_yes_no(yes), "{yes}");
        }
        for no in ["", "no", "n", "0", "false", "maybe"] {
            assert!(!parse_yes_no(no), "{no}");
        }
    }

    #[test]
    fn skills_by_code_or_label_and_the_rest_kept() {
        let (skills, other) =
            skills_from_list("personal care; DRIVING, moving_and_handling,knitting");
        assert_eq!(
            skills,
            [
                Skill::PersonalCare,
                Skill::Driving,
                Skill::MovingAndHandling
            ]
        );
        assert_eq!(other, ["knitting"]);
        let (skills, other) = skills_from_list("Driving with own car ::: Knitting");
        assert_eq!(skills, [Skill::Driving]);
        assert_eq!(other, ["Knitting"]);
    }

    #[test]
    fn choices_by_code_or_label() {
        assert_eq!(
            work_preference_from_text("Self-employed"),
            Some(WorkPreference::SelfEmployed)
        );
        assert_eq!(
            status_from_text("looking_for_work"),
            Some(ContactStatus::LookingForWork)
        );
        assert_eq!(
            dbs_level_from_text("Enhanced with barred list check"),
            Some(DbsLevel::EnhancedWithBarredList)
        );
        assert_eq!(dbs_level_from_text(""), None);
    }

    #[test]
    fn dates_that_are_not_there() {
        for none in ["--0412", "--04-12", "0/0/00", "00/00/0000"] {
            assert!(is_no_date(none), "{none}");
        }
        for some in ["1990-02-03", "3/2/1990", "", "soon"] {
            assert!(!is_no_date(some), "{some}");
        }
    }

    #[test]
    fn lists_split_on_commas_semicolons_and_google_separators() {
        let items: Vec<&str> = split_list(" a ;b,, c ::: d ").collect();
        assert_eq!(items, ["a", "b", "c", "d"]);
    }
}
