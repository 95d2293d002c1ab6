use std::sync::LazyLock;

use regex::Regex;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostcodeInputError {
    #[error("Enter a real UK postcode, like SO23 8UJ")]
    Malformed,
}

/// The shapes of UK postcodes (outward code, then digit and two letters), as published by the
/// Office for National Statistics / Royal Mail, without spaces.
static UK_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:GIR0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$",
    )
    .expect("postcode pattern is valid")
});

/// "so238uj", " SO23  8UJ " → "SO23 8UJ".
pub fn parse_postcode(text: &str) -> Result<String, PostcodeInputError> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if !UK_POSTCODE.is_match(&compact) {
        return Err(PostcodeInputError::Malformed);
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    Ok(format!("{outward} {inward}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_real_postcodes() {
        assert_eq!(parse_postcode("so238uj").unwrap(), "SO23 8UJ");
        assert_eq!(parse_postcode("  SO23   8UJ ").unwrap(), "SO23 8UJ");
        assert_eq!(parse_postcode("m1 1ae").unwrap(), "M1 1AE");
        assert_eq!(parse_postcode("EC1A 1BB").unwrap(), "EC1A 1BB");
        assert_eq!(parse_postcode("W1A 0AX").unwrap(), "W1A 0AX");
        assert_eq!(parse_postcode("B33 8TH").unwrap(), "B33 8TH");
        assert_eq!(parse_postcode("CR2 6XH").unwrap(), "CR2 6XH");
        assert_eq!(parse_postcode("DN55 1PT").unwrap(), "DN55 1PT");
    }

    #[test]
    fn rejects_malformed_postcodes() {
        for bad in [
            "",
            "SO23",
            "SO23 8U",
            "12345",
            "SO23 8UJX",
            "QO23 8UJ",
            "SO23 8CI",
            "S023 8UJ!",
            "ИВ1 1AA",
        ] {
            assert_eq!(
                parse_postcode(bad),
                Err(PostcodeInputError::Malformed),
                "{bad}"
            );
        }
    }
}
