//! A statement's amounts and dates as banks write them.

use chrono::{Datelike, NaiveDate};

use super::DateFormat;
use crate::model::money::{Money, MoneyInputError};

/// A signed amount: "-12.50", "−12.50", "(12.50)", "£1,250.00", "12.50 CR", "12.50 DR", "GBP 3.00".
/// Empty text is `None`. More than 2 decimal places is refused, never rounded.
pub fn parse_statement_amount(text: &str) -> Result<Option<Money>, String> {
    let mut t = text.trim().replace('\u{a0}', " ");
    if t.is_empty() {
        return Ok(None);
    }
    let mut negative = false;
    for (suffix, minus) in [(" DR", true), ("DR", true), (" CR", false), ("CR", false)] {
        if t.to_ascii_uppercase().ends_with(suffix) {
            t.truncate(t.len() - suffix.len());
            negative = minus;
            break;
        }
    }
    let mut t = t.trim().to_string();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim().to_string();
        negative = !negative;
    }
    for minus in ['-', '\u{2212}'] {
        if let Some(rest) = t.strip_prefix(minus) {
            t = rest.trim_start().to_string();
            negative = !negative;
        }
    }
    let t = t
        .trim_start_matches("GBP")
        .trim_end_matches("GBP")
        .trim()
        .to_string();
    // A minus after the pound sign: "£-12.50".
    let (t, negative) = match t.strip_prefix('£').map(str::trim_start) {
        Some(rest) if rest.starts_with('-') => (format!("£{}", &rest[1..]), !negative),
        _ => (t, negative),
    };
    let amount = Money::parse_input(&t).map_err(|e| match e {
        MoneyInputError::TooManyDecimalPlaces => {
            format!("the amount {text:?} has more than 2 decimal places")
        }
        MoneyInputError::TooLarge => format!("the amount {text:?} is too large"),
        _ => format!("{text:?} is not an amount"),
    })?;
    Ok(Some(if negative {
        Money::ZERO - amount
    } else {
        amount
    }))
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date in `format`; a time after it ("05/01/2026 14:32", "2026-01-05T14:32:00Z") is ignored, and
/// a 2-digit year is in this century.
pub fn parse_statement_date(text: &str, format: DateFormat) -> Option<NaiveDate> {
    let text = text.trim();
    let text = match text.split_once('T') {
        Some((date, time)) if time.contains(':') => date,
        _ => text,
    };
    let parts: Vec<&str> = text
        .split(|c: char| c == '/' || c == '-' || c == '.' || c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty() && !p.contains(':'))
        .collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str| -> Option<u32> {
        (s.chars().all(|c| c.is_ascii_digit()) && s.len() <= 4)
            .then(|| s.parse().ok())
            .flatten()
    };
    let year = |s: &str| -> Option<i32> {
        let n = i32::try_from(number(s)?).ok()?;
        match s.len() {
            2 => Some(2000 + n),
            4 => Some(n),
            _ => None,
        }
    };
    let (y, m, d) = match format {
        DateFormat::DayMonthYear => (year(c)?, number(b)?, number(a)?),
        DateFormat::MonthDayYear => (year(c)?, number(a)?, number(b)?),
        DateFormat::YearMonthDay => (year(a).filter(|_| a.len() == 4)?, number(b)?, number(c)?),
        DateFormat::DayMonthNameYear => {
            let name = b.to_ascii_lowercase();
            let month = MONTHS
                .iter()
                .position(|m| name.len() >= 3 && name.starts_with(m))?;
            (year(c)?, u32::try_from(month).ok()? + 1, number(a)?)
        }
    };
    NaiveDate::from_ymd_opt(y, m, d).filter(|date| (1900..=2200).contains(&date.year_ce().1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(text: &str) -> String {
        parse_statement_amount(text)
            .unwrap()
            .unwrap()
            .to_canonical_string()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn amounts_as_banks_write_them() {
        assert_eq!(amount("12.50"), "12.50");
        assert_eq!(amount("-12.50"), "-12.50");
        assert_eq!(amount("−12.50"), "-12.50");
        assert_eq!(amount("(1,250.00)"), "-1250.00");
        assert_eq!(amount("£1,069.60"), "1069.60");
        assert_eq!(amount("£-3.00"), "-3.00");
        assert_eq!(amount("-£3.00"), "-3.00");
        assert_eq!(amount("12.50 DR"), "-12.50");
        assert_eq!(amount("12.50CR"), "12.50");
        assert_eq!(amount("GBP 3"), "3.00");
        assert_eq!(parse_statement_amount("  "), Ok(None));
        assert!(parse_statement_amount("12.505")
            .unwrap_err()
            .contains("more than 2 decimal places"));
        assert!(parse_statement_amount("twelve")
            .unwrap_err()
            .contains("is not an amount"));
    }

    #[test]
    fn dates_in_each_format() {
        use DateFormat::*;
        assert_eq!(
            parse_statement_date("05/01/2026", DayMonthYear),
            Some(d(2026, 1, 5))
        );
        assert_eq!(
            parse_statement_date("5/1/26", DayMonthYear),
            Some(d(2026, 1, 5))
        );
        assert_eq!(
            parse_statement_date("05-01-2026 14:32", DayMonthYear),
            Some(d(2026, 1, 5))
        );
        assert_eq!(
            parse_statement_date("01/05/2026", MonthDayYear),
            Some(d(2026, 1, 5))
        );
        assert_eq!(
            parse_statement_date("2026-01-05", YearMonthDay),
            Some(d(2026, 1, 5))
        );
        assert_eq!(
            parse_statement_date("2026-01-05T09:00:00Z", YearMonthDay),
            Some(d(2026, 1, 5))
        );
        assert_eq!(
            parse_statement_date("05 Jan 2026", DayMonthNameYear),
            Some(d(2026, 1, 5))
        );
        assert_eq!(
            parse_statement_date("5-January-26", DayMonthNameYear),
            Some(d(2026, 1, 5))
        );
        assert_eq!(parse_statement_date("31/02/2026", DayMonthYear), None);
        assert_eq!(parse_statement_date("2026-01-05", DayMonthYear), None);
        assert_eq!(parse_statement_date("05 Jnu 2026", DayMonthNameYear), None);
        assert_eq!(parse_statement_date("", DayMonthYear), None);
    }
}
