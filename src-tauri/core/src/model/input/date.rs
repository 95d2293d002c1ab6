use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateInputError {
    #[error("Enter a date, like 27 3 2026")]
    Missing,
    #[error("Enter a real date, like 27 3 2026")]
    NotADate,
    /// A real date, but with a year DP Hub does not take (before 1900 or after 2200).
    #[error("Enter a date between 1900 and 2200")]
    OutOfRange(NaiveDate),
}

/// Reads a date written as year-month-day ("2026-03-27", what the date fields and the CLI send) or
/// day/month/year ("27/3/2026", "27 3 2026", "27.03.2026", as people write it in England).
pub fn parse_date(text: &str) -> Result<NaiveDate, DateInputError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(DateInputError::Missing);
    }
    let parts: Vec<&str> = trimmed
        .split(|c: char| c == '-' || c == '/' || c == '.' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 || !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return Err(DateInputError::NotADate);
    }
    let number = |s: &str| s.parse::<u32>().map_err(|_| DateInputError::NotADate);
    let (year, month, day) = if parts[0].len() == 4 {
        (parts[0], parts[1], parts[2])
    } else if parts[2].len() == 4 {
        (parts[2], parts[1], parts[0])
    } else {
        return Err(DateInputError::NotADate);
    };
    let year = i32::try_from(number(year)?).map_err(|_| DateInputError::NotADate)?;
    let date = NaiveDate::from_ymd_opt(year, number(month)?, number(day)?)
        .ok_or(DateInputError::NotADate)?;
    if !(1900..=2200).contains(&year) {
        return Err(DateInputError::OutOfRange(date));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_iso_and_english_orders() {
        assert_eq!(parse_date("2026-03-27"), Ok(d(2026, 3, 27)));
        assert_eq!(parse_date("2026-3-7"), Ok(d(2026, 3, 7)));
        assert_eq!(parse_date("27/3/2026"), Ok(d(2026, 3, 27)));
        assert_eq!(parse_date(" 27 03 2026 "), Ok(d(2026, 3, 27)));
        assert_eq!(parse_date("1.12.1948"), Ok(d(1948, 12, 1)));
    }

    #[test]
    fn rejects_impossible_or_partial_dates() {
        assert_eq!(parse_date(""), Err(DateInputError::Missing));
        assert_eq!(parse_date("2026-02-30"), Err(DateInputError::NotADate));
        assert_eq!(parse_date("27/13/2026"), Err(DateInputError::NotADate));
        assert_eq!(parse_date("27/3/26"), Err(DateInputError::NotADate));
        assert_eq!(parse_date("2026-03"), Err(DateInputError::NotADate));
        assert_eq!(parse_date("tomorrow"), Err(DateInputError::NotADate));
        assert_eq!(
            parse_date("0001-01-01"),
            Err(DateInputError::OutOfRange(d(1, 1, 1))),
            "a real date, but not one DP Hub takes"
        );
        assert_eq!(
            parse_date("2999-01-01"),
            Err(DateInputError::OutOfRange(d(2999, 1, 1)))
        );
    }
}

/// "5 January 2026", as GOV.UK writes dates.
/// Month names, for writing dates directly: chrono's format() reads its pattern afresh each time,
/// and cost explanations write many dates.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(date: NaiveDate) -> &'static str {
    use chrono::Datelike;
    MONTHS[date.month0() as usize]
}

pub fn long_date(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {} {}", date.day(), month_name(date), date.year())
}

/// "3 May".
pub fn day_and_month(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {}", date.day(), month_name(date))
}

/// "May 2026".
pub fn month_and_year(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {}", month_name(date), date.year())
}

#[cfg(test)]
mod long_date_tests {
    #[test]
    fn writes_dates_the_gov_uk_way() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(super::long_date(d), "5 January 2026");
    }
}
