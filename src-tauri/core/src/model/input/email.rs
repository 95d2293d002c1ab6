use std::sync::LazyLock;

use regex::Regex;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailInputError {
    #[error("Enter an email address in the correct format, like name@example.com")]
    Malformed,
}

/// Deliberately permissive (any Unicode is allowed in the parts) but structural: one @, something
/// before it, a domain with a dot after it, no spaces.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$").expect("email pattern is valid")
});

pub fn parse_email(text: &str) -> Result<String, EmailInputError> {
    let trimmed = text.trim();
    if trimmed.len() > 254 || !EMAIL.is_match(trimmed) {
        return Err(EmailInputError::Malformed);
    }
    Ok(trimmed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        assert_eq!(
            parse_email(" jo.bloggs@example.org.uk ").unwrap(),
            "jo.bloggs@example.org.uk"
        );
        assert!(parse_email("zoë@例え.jp").is_ok());
        assert!(parse_email("a+b@x.co").is_ok());
    }

    #[test]
    fn rejects_malformed_addresses() {
        for bad in [
            "",
            "jo",
            "jo@",
            "@example.com",
            "jo@example",
            "jo @example.com",
            "jo@@example.com",
            "jo@example..com",
            "jo@.com",
        ] {
            assert_eq!(parse_email(bad), Err(EmailInputError::Malformed), "{bad}");
        }
    }
}
