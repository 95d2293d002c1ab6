//! A passphrase someone typed: kept out of debug output and cleared from memory when dropped.

use zeroize::Zeroizing;

use crate::model::error::CoreResult;
use crate::model::validation::Problems;

/// The fewest characters a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    pub fn new(text: impl Into<String>) -> Passphrase {
        Passphrase(Zeroizing::new(text.into()))
    }

    /// A passphrase read from a file: one trailing line ending is not part of it.
    pub fn from_file_text(text: String) -> Passphrase {
        let mut text = Zeroizing::new(text);
        for ending in ["\r\n", "\n"] {
            if text.ends_with(ending) {
                let keep = text.len() - ending.len();
                text.truncate(keep);
                break;
            }
        }
        Passphrase(text)
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }

    /// Checks a passphrase being chosen (not one being typed to unlock): long enough to be worth
    /// having. `field` is where the problem is shown.
    pub fn check_new(&self, field: &str) -> CoreResult<()> {
        let chars = self.0.chars().count();
        if self.0.trim().is_empty() {
            return Err(one_problem(field, "Enter a passphrase"));
        }
        if chars < MIN_PASSPHRASE_CHARS {
            return Err(one_problem(
                field,
                &format!("Use at least {MIN_PASSPHRASE_CHARS} characters: a few words you will remember are best"),
            ));
        }
        Ok(())
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

pub(crate) fn one_problem(field: &str, message: &str) -> crate::CoreError {
    let mut problems = Problems::default();
    problems.add(field, message);
    problems.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_trailing_line_ending_is_dropped_from_a_file() {
        assert_eq!(
            Passphrase::from_file_text("a b c\n".into()).as_bytes(),
            b"a b c"
        );
        assert_eq!(
            Passphrase::from_file_text("a b c\r\n".into()).as_bytes(),
            b"a b c"
        );
        assert_eq!(
            Passphrase::from_file_text("a b c\n\n".into()).as_bytes(),
            b"a b c\n"
        );
        assert_eq!(Passphrase::from_file_text(" x ".into()).as_bytes(), b" x ");
    }

    #[test]
    fn a_new_passphrase_needs_eight_characters() {
        assert!(Passphrase::new("        ").check_new("p").is_err());
        let short = Passphrase::new("seven77")
            .check_new("new_passphrase")
            .unwrap_err();
        assert_eq!(short.kind(), crate::model::error::ErrorKind::Validation);
        assert!(short.to_string().contains("at least 8"), "{short}");
        assert!(Passphrase::new("eight888").check_new("p").is_ok());
        assert!(Passphrase::new("ééééééé").check_new("p").is_err());
    }

    #[test]
    fn debug_output_hides_it() {
        assert_eq!(
            format!("{:?}", Passphrase::new("secret words")),
            "Passphrase(…)"
        );
    }
}
