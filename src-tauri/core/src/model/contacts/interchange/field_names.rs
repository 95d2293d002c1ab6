//! Guessing where a CSV column goes from its header: DP Hub's own export, Google Contacts, Outlook,
//! and the names people give columns in their own spreadsheets.

use super::values::normalise_key;
use super::ContactField;

/// Headers other programs use, beyond DP Hub's own labels and codes. Compared with case, spaces and
/// punctuation ignored.
const ALIASES: &[(&str, ContactField)] = &[
    ("Name", ContactField::FullName),
    ("Display Name", ContactField::FullName),
    ("Given Name", ContactField::GivenName),
    ("First Name", ContactField::GivenName),
    ("Forename", ContactField::GivenName),
    ("Family Name", ContactField::FamilyName),
    ("Last Name", ContactField::FamilyName),
    ("Surname", ContactField::FamilyName),
    ("E-mail 1 - Value", ContactField::Email),
    ("E-mail Address", ContactField::Email),
    ("Email Address", ContactField::Email),
    ("E-mail", ContactField::Email),
    ("Phone Number", ContactField::Phone),
    ("Telephone", ContactField::Phone),
    ("Mobile", ContactField::Phone),
    ("Mobile Phone", ContactField::Phone),
    ("Primary Phone", ContactField::Phone),
    ("Home Phone", ContactField::Phone),
    ("Home Phone 2", ContactField::Phone),
    ("Business Phone", ContactField::Phone),
    ("Business Phone 2", ContactField::Phone),
    ("Other Phone", ContactField::Phone),
    ("Address 1 - Formatted", ContactField::Address),
    ("Home Street", ContactField::Address),
    ("Home City", ContactField::Address),
    ("Home State", ContactField::Address),
    ("Address 1 - Postal Code", ContactField::Postcode),
    ("Home Postal Code", ContactField::Postcode),
    ("Post Code", ContactField::Postcode),
    ("Postal Code", ContactField::Postcode),
    ("Notes", ContactField::Notes),
    ("Birthday", ContactField::DateOfBirth),
    ("DOB", ContactField::DateOfBirth),
    ("Group Membership", ContactField::Tags),
    ("Labels", ContactField::Tags),
    ("Categories", ContactField::Tags),
    ("Language", ContactField::Languages),
];

/// Longer than any header this module knows.
const LONGEST_HEADER: usize = 64;

/// Where a column with this header probably goes, if anywhere.
pub(crate) fn guess_field(header: &str) -> Option<ContactField> {
    if header.len() > LONGEST_HEADER {
        return None;
    }
    let key = normalise_key(header);
    if key.is_empty() {
        return None;
    }
    let own = ContactField::ALL
        .iter()
        .copied()
        .find(|f| normalise_key(f.label()) == key || normalise_key(f.code()) == key);
    own.or_else(|| {
        ALIASES
            .iter()
            .find(|(alias, _)| normalise_key(alias) == key)
            .map(|&(_, field)| field)
    })
    .or_else(|| numbered_google_phone(&key))
}

/// Google numbers its phone columns: "Phone 1 - Value", "Phone 2 - Value", …
fn numbered_google_phone(key: &str) -> Option<ContactField> {
    let number = key.strip_prefix("phone")?.strip_suffix("value")?;
    (!number.is_empty() && number.chars().all(|c| c.is_ascii_digit()))
        .then_some(ContactField::Phone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_labels_and_codes() {
        for field in ContactField::ALL {
            assert_eq!(guess_field(field.label()), Some(*field), "{field:?}");
            assert_eq!(guess_field(field.code()), Some(*field), "{field:?}");
        }
    }

    #[test]
    fn other_programs_headers() {
        assert_eq!(guess_field("E-mail 1 - Value"), Some(ContactField::Email));
        assert_eq!(guess_field("phone 12 - value"), Some(ContactField::Phone));
        assert_eq!(guess_field("Phone 1 - Type"), None);
        assert_eq!(guess_field("  FIRST_NAME "), Some(ContactField::GivenName));
        assert_eq!(guess_field("Group Membership"), Some(ContactField::Tags));
        assert_eq!(guess_field("Nickname"), None);
        assert_eq!(guess_field(""), None);
    }
}
