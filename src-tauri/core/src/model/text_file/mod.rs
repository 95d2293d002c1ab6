//! Files of text people bring in (contacts, bank statements): their bytes decoded to one encoding
//! and line ending, and a CSV file's rows with the line each began on.

mod csv_rows;
mod decode;

pub(crate) use csv_rows::CsvRows;
pub(crate) use decode::decode;

/// A file that cannot be read at all (binary, empty, no header row).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FileError {
    pub line: Option<usize>,
    pub message: String,
}
