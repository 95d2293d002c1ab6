//! Reading one form field: required and optional text, dates and money, each problem recorded
//! against the field's path with a message for the person who typed it.

use chrono::NaiveDate;

use crate::input::{parse_date, DateInputError};
use crate::money::{Money, MoneyInputError};
use crate::validation::Problems;

/// The longest single-line text accepted (names, titles, references).
pub(crate) const MAX_TEXT: usize = 200;

pub(crate) fn optional(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|s| !s.is_empty())
}

pub(crate) fn required_text(
    p: &mut Problems,
    field: &str,
    text: &str,
    missing: &str,
) -> Option<String> {
    match optional(text) {
        None => {
            p.add(field, missing);
            None
        }
        Some(s) if s.chars().count() > MAX_TEXT => {
            p.add(
                field,
                format!("This must be {MAX_TEXT} characters or fewer"),
            );
            None
        }
        Some(s) => Some(s.to_string()),
    }
}

pub(crate) fn optional_text(
    p: &mut Problems,
    field: &str,
    text: &str,
    label: &str,
) -> Option<String> {
    let value = optional(text)?;
    if value.chars().count() > MAX_TEXT {
        p.add(
            field,
            format!("{label} must be {MAX_TEXT} characters or fewer"),
        );
        return None;
    }
    Some(value.to_string())
}

pub(crate) fn limited_text(
    p: &mut Problems,
    field: &str,
    text: &str,
    label: &str,
    max: usize,
) -> String {
    let value = text.trim();
    if value.chars().count() > max {
        p.add(field, format!("{label} must be {max} characters or fewer"));
    }
    value.to_string()
}

pub(crate) fn date_field(
    p: &mut Problems,
    field: &str,
    text: &str,
    label: &str,
) -> Option<NaiveDate> {
    parse_date(text)
        .map_err(|e| match e {
            DateInputError::Missing => p.add(field, format!("Enter the {label}")),
            DateInputError::NotADate => p.add(
                field,
                format!("{} must be a real date, like 27 3 2026", capitalise(label)),
            ),
        })
        .ok()
}

pub(crate) fn money_field(p: &mut Problems, field: &str, text: &str, label: &str) -> Option<Money> {
    let label_cap = capitalise(label);
    Money::parse_input(text)
        .map_err(|e| {
            let message = match e {
                MoneyInputError::NotAnAmount if optional(text).is_none() => {
                    format!("Enter the {label}")
                }
                MoneyInputError::NotAnAmount => {
                    format!("Enter the {label} in pounds and pence, like 1,250.00")
                }
                MoneyInputError::TooManyDecimalPlaces => {
                    format!("{label_cap} must have no more than 2 decimal places, like 12.71")
                }
                MoneyInputError::Negative => format!("{label_cap} must not be negative"),
                MoneyInputError::TooLarge => format!("{label_cap} is too large: check the amount"),
            };
            p.add(field, message);
        })
        .ok()
}

pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
