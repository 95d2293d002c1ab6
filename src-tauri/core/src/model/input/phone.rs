#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneInputError {
    #[error("Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192")]
    Malformed,
}

/// Keeps the number as typed (people write phone numbers in their own way) but checks it is one:
/// digits, spaces, brackets, dashes and a leading +, with 10 to 15 digits.
pub fn parse_phone(text: &str) -> Result<String, PhoneInputError> {
    let trimmed = text.trim();
    let allowed = trimmed.char_indices().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-') || (c == '+' && i == 0)
    });
    let digits = trimmed.chars().filter(char::is_ascii_digit).count();
    if !allowed || !(10..=15).contains(&digits) {
        return Err(PhoneInputError::Malformed);
    }
    Ok(trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_uk_and_international_numbers() {
        assert_eq!(parse_phone(" 01632  960 001 ").unwrap(), "01632 960 001");
        assert!(parse_phone("07700900982").is_ok());
        assert!(parse_phone("+44 (0)808 157 0192").is_ok());
        assert!(parse_phone("020-7946-0018").is_ok());
    }

    #[test]
    fn rejects_what_is_not_a_phone_number() {
        for bad in [
            "",
            "12345",
            "call me",
            "0770090098x",
            "07700 900 982 ext 4",
            "44+7700900982",
            "1234567890123456",
        ] {
            assert_eq!(parse_phone(bad), Err(PhoneInputError::Malformed), "{bad}");
        }
    }
}
