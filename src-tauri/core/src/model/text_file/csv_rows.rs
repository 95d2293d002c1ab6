//! The rows of a CSV file as both the preview and the reader see them: the header row first, then
//! every row that is not blank, each with the line it began on. Each cell is as it was before
//! [`csv_cell::neutralise`] wrote it: the quote in front of a formula character is taken off.

use csv::{ReaderBuilder, StringRecord};

use super::FileError;
use crate::model::csv_cell;

/// More columns than any address book or bank exports; a "header" wider than this is not one.
const MAX_COLUMNS: usize = 1_000;

/// A CSV file opened for reading, its header row already read.
pub(crate) struct CsvRows<'a> {
    pub headers: Vec<String>,
    reader: csv::Reader<&'a [u8]>,
    lines: LineCounter<'a>,
}

impl<'a> CsvRows<'a> {
    /// Opens `text` (with `\n` line endings), reading the header row.
    pub fn open(text: &'a str) -> Result<Self, FileError> {
        Self::open_at(text, 1)
    }

    /// Opens `text` that begins on line `first_line` of its file (after lines that came before the
    /// header row, such as a bank's account details), so line numbers are the file's.
    pub fn open_at(text: &'a str, first_line: usize) -> Result<Self, FileError> {
        let mut reader = ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(sniff_delimiter(text))
            .from_reader(text.as_bytes());
        let mut lines = LineCounter {
            text: text.as_bytes(),
            counted_to: 0,
            line: first_line,
        };
        let mut header = StringRecord::new();
        loop {
            if !reader.read_record(&mut header).map_err(csv_error)? {
                return Err(FileError {
                    line: None,
                    message: "This file has no rows".to_string(),
                });
            }
            if !is_blank(&header) {
                break;
            }
        }
        let line = lines.line_of(&header);
        if header.len() > MAX_COLUMNS {
            return Err(FileError {
                line: Some(line),
                message: format!(
                    "The header row on line {line} has {} columns; a CSV file DP Hub reads has at most {MAX_COLUMNS}",
                    header.len()
                ),
            });
        }
        Ok(CsvRows {
            headers: header
                .iter()
                .map(|h| csv_cell::restore(h).trim().to_string())
                .collect(),
            reader,
            lines,
        })
    }

    /// The next row that has something in it, with the line it began on.
    pub fn next_row(&mut self) -> Result<Option<(usize, StringRecord)>, FileError> {
        let mut record = StringRecord::new();
        loop {
            if !self.reader.read_record(&mut record).map_err(csv_error)? {
                return Ok(None);
            }
            let restored: StringRecord = record.iter().map(csv_cell::restore).collect();
            if !is_blank(&restored) {
                return Ok(Some((self.lines.line_of(&record), restored)));
            }
        }
    }
}

fn is_blank(record: &StringRecord) -> bool {
    record.iter().all(|cell| cell.trim().is_empty())
}

/// Line numbers worked out from byte offsets: the csv crate's own count goes wrong after blank
/// lines, whose bytes it includes in the next record's position.
struct LineCounter<'a> {
    text: &'a [u8],
    counted_to: usize,
    /// The line `counted_to` is on.
    line: usize,
}

impl LineCounter<'_> {
    /// Records are asked about in file order, so each byte is counted once.
    fn line_of(&mut self, record: &StringRecord) -> usize {
        let Some(position) = record.position() else {
            return self.line;
        };
        let mut start = usize::try_from(position.byte())
            .unwrap_or(usize::MAX)
            .clamp(self.counted_to, self.text.len());
        while self.text.get(start) == Some(&b'\n') {
            start += 1;
        }
        let newlines = self.text[self.counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line += newlines;
        self.counted_to = start;
        self.line
    }
}

/// Reading from text in memory, the only error left is one the csv crate did not foresee.
fn csv_error(error: csv::Error) -> FileError {
    let line = error
        .position()
        .and_then(|p| usize::try_from(p.line()).ok());
    let message = match line {
        Some(line) => format!("The file could not be read as CSV at line {line}"),
        None => "The file could not be read as CSV".to_string(),
    };
    FileError { line, message }
}

/// Enough of the header row to tell its separator.
const SNIFF_BYTES: usize = 64 * 1024;

/// Comma, unless the first line has more semicolons or tabs (Excel in some countries writes `;`).
fn sniff_delimiter(text: &str) -> u8 {
    let start = text.len() - text.trim_start().len();
    let first_line = text.as_bytes()[start..]
        .split(|&b| b == b'\n')
        .next()
        .unwrap_or(&[]);
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &byte in first_line.iter().take(SNIFF_BYTES) {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (delimiter, count) in counts.iter_mut() {
                if byte == *delimiter {
                    *count += 1;
                }
            }
        }
    }
    // The first of the most frequent, so a tie goes to the comma.
    let most = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
    counts
        .iter()
        .find(|&&(_, n)| n == most)
        .map_or(b',', |&(d, _)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_is_guessed_from_the_header() {
        assert_eq!(sniff_delimiter("Name,Phone\n"), b',');
        assert_eq!(sniff_delimiter("Name;Phone;Email\n"), b';');
        assert_eq!(sniff_delimiter("Name\tPhone\n"), b'\t');
        assert_eq!(sniff_delimiter("\"A;B\",C\n"), b',');
        assert_eq!(sniff_delimiter("Name\n"), b',');
    }

    #[test]
    fn rows_know_their_lines_across_quoted_newlines_and_blank_rows() {
        let text = "\nName,Notes\nAnn,\"two\nlines\"\n,\n\nBob,x\n";
        let mut rows = CsvRows::open(text).unwrap();
        assert_eq!(rows.headers, ["Name", "Notes"]);
        assert_eq!(rows.next_row().unwrap().unwrap().0, 3);
        let (line, record) = rows.next_row().unwrap().unwrap();
        assert_eq!((line, &record[0]), (7, "Bob"));
        assert!(rows.next_row().unwrap().is_none());
    }

    #[test]
    fn no_rows_and_too_many_columns() {
        assert_eq!(
            CsvRows::open(",,\n").err().unwrap().message,
            "This file has no rows"
        );
        let wide = "a,".repeat(5_000);
        assert!(CsvRows::open(&wide)
            .err()
            .unwrap()
            .message
            .contains("5001 columns"));
    }
}
