//! One rule for every CSV file DP Hub writes or reads, against "CSV injection" (OWASP): a
//! spreadsheet treats a cell that begins with `=`, `+`, `-` or `@` as a formula, and a leading tab
//! or carriage return can hide one. Such a cell is written with a single quote in front, which
//! spreadsheets show as text; DP Hub strips that quote again when it reads the file, so the value
//! comes back unchanged (a phone number "+44 7700 900123" stays exactly that).
//!
//! Every CSV writer passes each cell through [`neutralise`]; every CSV reader passes each cell
//! through [`restore`].

use std::borrow::Cow;

/// The characters a spreadsheet may read as the start of a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a cell, once any quotes in front are passed over, begins like a formula. Counting the
/// quotes makes the round trip exact for every text: a cell someone typed as `'=1` is written as
/// `''=1` and read back as `'=1`.
fn needs_quote(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// The cell as written to a CSV file: with a `'` in front if it begins like a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if needs_quote(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The cell as read from a CSV file: the `'` that [`neutralise`] put in front of a formula
/// character is taken off again; any other cell is read as it is.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_a_quote_and_lose_it_again() {
        for (value, written) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+44 7700 900123", "'+44 7700 900123"),
            ("-5", "'-5"),
            ("@home", "'@home"),
            ("\tcmd", "'\tcmd"),
            ("\rcmd", "'\rcmd"),
        ] {
            assert_eq!(neutralise(value), written);
            assert_eq!(restore(written), value);
        }
    }

    #[test]
    fn ordinary_cells_are_left_alone() {
        for value in [
            "07700 900123",
            "Ann Lee",
            "",
            "'",
            "'quoted'",
            "a=b",
            " =1",
            "O'Neil",
        ] {
            assert!(matches!(neutralise(value), Cow::Borrowed(_)), "{value:?}");
            assert_eq!(restore(value), value);
        }
    }

    #[test]
    fn a_quote_before_a_formula_start_survives_the_round_trip() {
        // Someone typed the quote themselves: it is kept, with one more in front in the file.
        for value in ["'=1", "''+44", "'\t"] {
            let written = neutralise(value);
            assert_eq!(written, format!("'{value}"));
            assert_eq!(restore(&written), value);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, failure_persistence: None, ..Default::default() })]

        #[test]
        fn restore_undoes_neutralise_for_any_text(cell in "['=+@\\-\t\r]{0,3}.{0,20}") {
            let written = neutralise(&cell);
            proptest::prop_assert_eq!(restore(&written), cell.as_str());
            proptest::prop_assert!(!written.starts_with(FORMULA_STARTS));
        }

        #[test]
        fn restore_undoes_neutralise_for_arbitrary_strings(cell in proptest::prelude::any::<String>()) {
            let written = neutralise(&cell);
            proptest::prop_assert_eq!(restore(&written), cell.as_str());
        }
    }
}
