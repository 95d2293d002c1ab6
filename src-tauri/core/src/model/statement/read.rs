//! Reading a statement file: finding its header row (banks put account details above it), the
//! preview for the mapping step, and every line read with the mapping and date format chosen.

use csv::ReaderBuilder;

use super::layouts::{guess_mapping, is_usable, known_layout};
use super::values::{parse_statement_amount, parse_statement_date};
use super::{
    BalanceMismatch, DateFormat, Direction, RejectedLine, StatementField, StatementLine,
    StatementPreview, StatementRead, SAMPLE_ROWS,
};
use crate::model::money::Money;
use crate::model::text_file::{decode, CsvRows, FileError};
use crate::model::validation::Problems;

/// How far down a file the header row is looked for.
const HEADER_SEARCH_LINES: usize = 20;

/// The file's text from its header row on, and the line that row is on.
fn from_header(text: &str) -> (&str, usize) {
    let mut offset = 0;
    for (index, line) in text
        .split_inclusive('\n')
        .take(HEADER_SEARCH_LINES)
        .enumerate()
    {
        let cells = cells_of(line);
        if known_layout(&cells).is_some() || is_usable(&guess_mapping(&cells)) {
            return (&text[offset..], index + 1);
        }
        offset += line.len();
    }
    (text, 1)
}

fn cells_of(line: &str) -> Vec<String> {
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(line.as_bytes())
        .records()
        .next()
        .and_then(Result::ok)
        .map(|r| r.iter().map(|c| c.trim().to_string()).collect())
        .unwrap_or_default()
}

fn open(text: &str) -> Result<CsvRows<'_>, FileError> {
    let (rest, line) = from_header(text);
    CsvRows::open_at(rest, line)
}

/// The header row, the first rows, the mapping DP Hub would use and the date format that reads
/// every date.
pub fn statement_preview(bytes: &[u8]) -> Result<StatementPreview, FileError> {
    let text = decode(bytes)?;
    let (_, header_line) = from_header(&text);
    let mut rows = open(&text)?;
    let headers = rows.headers.clone();
    let layout = known_layout(&headers);
    let mapping = guess_mapping(&headers);
    let date_column = mapping
        .iter()
        .position(|f| *f == Some(StatementField::Date));
    let mut sample_rows = Vec::new();
    let mut dates = Vec::new();
    let mut row_count = 0u32;
    while let Some((_, record)) = rows.next_row()? {
        row_count += 1;
        if sample_rows.len() < SAMPLE_ROWS {
            sample_rows.push(
                (0..headers.len())
                    .map(|i| record.get(i).unwrap_or("").trim().to_string())
                    .collect(),
            );
        }
        if let Some(cell) = date_column.and_then(|i| record.get(i)) {
            dates.push(cell.to_string());
        }
    }
    let date_format = layout
        .map(|l| l.date_format)
        .or_else(|| {
            DateFormat::ALL.iter().copied().find(|f| {
                !dates.is_empty() && dates.iter().all(|d| parse_statement_date(d, *f).is_some())
            })
        })
        .unwrap_or(DateFormat::DayMonthYear);
    Ok(StatementPreview {
        header_line,
        recognised: layout.is_some() || is_usable(&mapping),
        layout: layout.map(|l| l.name.to_string()),
        headers,
        sample_rows,
        mapping,
        date_format,
        row_count,
    })
}

/// Every line of the statement read with `mapping` (a field or nothing for each column) and dates in
/// `format`, in date order (oldest first, whichever way the bank listed them). A missing date or
/// amount column is a problem with the mapping; a file that cannot be read, with the file.
pub fn read_statement(
    bytes: &[u8],
    mapping: &[Option<StatementField>],
    format: DateFormat,
) -> Result<StatementRead, Problems> {
    let column = |field| mapping.iter().position(|f| *f == Some(field));
    let mut p = Problems::default();
    let date = column(StatementField::Date);
    if date.is_none() {
        p.add("mapping", "Choose which column holds the date");
    }
    let amount = column(StatementField::Amount);
    let paid_in = column(StatementField::PaidIn);
    let paid_out = column(StatementField::PaidOut);
    if amount.is_none() && paid_in.is_none() && paid_out.is_none() {
        p.add(
            "mapping",
            "Choose the column with the amount, or the paid in and paid out columns",
        );
    }
    if amount.is_some() && (paid_in.is_some() || paid_out.is_some()) {
        p.add(
            "mapping",
            "Choose either one amount column or paid in and paid out columns, not both",
        );
    }
    let Some(date) = date.filter(|_| p.is_empty()) else {
        return Err(p);
    };
    let file_problem = |e: FileError| {
        let mut p = Problems::default();
        p.add("file", e.message);
        p
    };
    let text = decode(bytes).map_err(file_problem)?;
    let mut rows = open(&text).map_err(file_problem)?;
    if mapping.len() > rows.headers.len() {
        let mut p = Problems::default();
        p.add(
            "mapping",
            format!(
                "The file has {} columns but {} were mapped",
                rows.headers.len(),
                mapping.len()
            ),
        );
        return Err(p);
    }
    let description = column(StatementField::Description);
    let reference = column(StatementField::Reference);
    let balance = column(StatementField::Balance);

    let mut lines = Vec::new();
    let mut rejected = Vec::new();
    while let Some((line, record)) = rows.next_row().map_err(file_problem)? {
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("").trim();
        let read = || -> Result<StatementLine, String> {
            let date_text = cell(Some(date));
            let date = parse_statement_date(date_text, format).ok_or_else(|| {
                if date_text.is_empty() {
                    "there is no date".to_string()
                } else {
                    format!("the date {date_text:?} is not a {} date", format.code())
                }
            })?;
            let signed = match amount {
                Some(_) => parse_statement_amount(cell(amount))?,
                None => {
                    let money_in = parse_statement_amount(cell(paid_in))?.filter(|m| !m.is_zero());
                    let money_out =
                        parse_statement_amount(cell(paid_out))?.filter(|m| !m.is_zero());
                    match (money_in, money_out) {
                        (Some(_), Some(_)) => {
                            return Err("it has both a paid in and a paid out amount".to_string())
                        }
                        (Some(i), None) => Some(abs(i)),
                        (None, Some(o)) => Some(Money::ZERO - abs(o)),
                        (None, None) => None,
                    }
                }
            };
            let signed = signed.ok_or("there is no amount")?;
            if signed.is_zero() {
                return Err("the amount is £0.00".to_string());
            }
            let balance = parse_statement_amount(cell(balance))?;
            Ok(StatementLine {
                line,
                date,
                description: cell(description)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                reference: cell(reference).to_string(),
                direction: if signed < Money::ZERO {
                    Direction::Out
                } else {
                    Direction::In
                },
                amount: abs(signed),
                balance,
            })
        };
        match read() {
            Ok(l) => lines.push(l),
            Err(reason) => rejected.push(RejectedLine { line, reason }),
        }
    }
    // Banks list newest first or oldest first: keep their order within a day, oldest day first.
    if lines
        .first()
        .zip(lines.last())
        .is_some_and(|(a, b)| a.date > b.date)
    {
        lines.reverse();
    }
    let balance_mismatches = check_balances(&lines);
    Ok(StatementRead {
        lines,
        rejected,
        balance_mismatches,
    })
}

fn abs(m: Money) -> Money {
    if m < Money::ZERO {
        Money::ZERO - m
    } else {
        m
    }
}

/// Where a line's stated balance is not the one before it plus or minus its amount.
fn check_balances(lines: &[StatementLine]) -> Vec<BalanceMismatch> {
    lines
        .windows(2)
        .filter_map(|pair| {
            let (before, line) = (&pair[0], &pair[1]);
            let stated = line.balance?;
            let expected = match line.direction {
                Direction::In => before.balance? + line.amount,
                Direction::Out => before.balance? - line.amount,
            };
            (expected != stated).then_some(BalanceMismatch {
                line: line.line,
                expected,
                stated,
            })
        })
        .collect()
}
