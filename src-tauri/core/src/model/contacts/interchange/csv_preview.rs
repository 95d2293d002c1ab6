//! The mapping step's view of a CSV file: its headers, a few rows and a guess at each column.

use super::field_names::guess_field;
use super::{CsvPreview, FileError, CSV_SAMPLE_ROWS};
use crate::model::text_file::decode;
use crate::model::text_file::CsvRows;

/// The header row, the first few rows and a suggested mapping for a CSV file.
pub fn csv_preview(bytes: &[u8]) -> Result<CsvPreview, FileError> {
    let text = decode(bytes)?;
    let mut rows = CsvRows::open(&text)?;
    let width = rows.headers.len();
    let mut sample_rows = Vec::new();
    let mut row_count: u32 = 0;
    while let Some((_, record)) = rows.next_row()? {
        row_count = row_count.saturating_add(1);
        if sample_rows.len() < CSV_SAMPLE_ROWS {
            let mut cells: Vec<String> = record.iter().take(width).map(str::to_string).collect();
            cells.resize(width, String::new());
            sample_rows.push(cells);
        }
    }
    let suggested_mapping = rows.headers.iter().map(|h| guess_field(h)).collect();
    Ok(CsvPreview {
        headers: rows.headers,
        sample_rows,
        suggested_mapping,
        row_count,
    })
}
