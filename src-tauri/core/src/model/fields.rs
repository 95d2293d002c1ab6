//! Reading one form field: required and optional text, dates and money, each problem recorded
//! against the field's path with a message for the person who typed it.

use chrono::{Datelike, NaiveDate};

use crate::model::input::{parse_date, DateInputError};
use crate::model::money::{Money, MoneyInputError};
use crate::model::validation::Problems;

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
            DateInputError::OutOfRange(date) if date.year() > 2200 => p.add(
                field,
                format!("{} must be in 2200 or earlier", capitalise(label)),
            ),
            DateInputError::OutOfRange(_) => p.add(
                field,
                format!("{} must be in 1900 or later", capitalise(label)),
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

/// A number such as hours or days: "17.5". Errors name the field and its limits.
pub(crate) fn number_field(
    p: &mut Problems,
    field: &str,
    text: &str,
    label: &str,
    max: rust_decimal::Decimal,
    max_message: &str,
) -> Option<rust_decimal::Decimal> {
    use std::str::FromStr;
    let label_cap = capitalise(label);
    let Some(value) = optional(text) else {
        p.add(field, format!("Enter the {label}"));
        return None;
    };
    match rust_decimal::Decimal::from_str(value) {
        Err(_) => p.add(field, format!("{label_cap} must be a number, like 17.5")),
        Ok(v) if v.is_sign_negative() && !v.is_zero() => {
            p.add(field, format!("{label_cap} must not be negative"))
        }
        Ok(v) if v.scale() > 2 => p.add(
            field,
            format!("{label_cap} must have no more than 2 decimal places"),
        ),
        Ok(v) if v > max => p.add(field, max_message),
        Ok(v) => return Some(v),
    }
    None
}

/// A percentage typed as "3", "5.5" or "5.5%", returned as a fraction (0.055); at most 100%.
pub(crate) fn percent_field(
    p: &mut Problems,
    field: &str,
    text: &str,
    label: &str,
) -> Option<rust_decimal::Decimal> {
    let trimmed = text.trim().trim_end_matches('%').trim_end();
    let hundred = rust_decimal::Decimal::ONE_HUNDRED;
    let message = format!("{} must be 100% or less", capitalise(label));
    number_field(p, field, trimmed, label, hundred, &message).map(|v| v / hundred)
}
