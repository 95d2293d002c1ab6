//! Turning a file's bytes into text both readers can work on: one encoding (UTF-8), one line ending
//! (`\n`), so that line numbers mean the same thing everywhere.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::FileError;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// How much of the start of a file is looked at to decide whether it is text at all.
const SNIFF_CHARS: usize = 64 * 1024;

/// The file as text with `\n` line endings: UTF-8 (a byte-order mark is dropped), UTF-16 with a
/// byte-order mark, or else Windows-1252 (what older Windows programs and Excel write).
pub(crate) fn decode(bytes: &[u8]) -> Result<String, FileError> {
    let text = if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        UTF_16LE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else if bytes.contains(&0) {
        // Checked before decoding: UTF-16 without a byte-order mark is not worth guessing at.
        return Err(not_text());
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        }
    };
    if text.trim().is_empty() {
        return Err(FileError {
            line: None,
            message: "This file is empty".to_string(),
        });
    }
    if looks_binary(&text) {
        return Err(not_text());
    }
    Ok(normalise_line_endings(text))
}

fn not_text() -> FileError {
    FileError {
        line: None,
        message: "This file is not text: it may be a picture, a program or a compressed file"
            .to_string(),
    }
}

/// More than one character in ten of the file's start is a control character or undecodable.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut odd = 0usize;
    for c in text.chars().take(SNIFF_CHARS) {
        total += 1;
        let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C');
        if control || c == char::REPLACEMENT_CHARACTER {
            odd += 1;
        }
    }
    odd * 10 > total
}

/// CRLF and lone CR become LF.
fn normalise_line_endings(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_and_without_a_bom() {
        assert_eq!(decode("Zoë\r\n".as_bytes()).unwrap(), "Zoë\n");
        assert_eq!(decode("\u{FEFF}Zoë\rB".as_bytes()).unwrap(), "Zoë\nB");
    }

    #[test]
    fn reads_windows_1252_when_not_utf8() {
        assert_eq!(decode(b"Zo\xEB \xA312.50").unwrap(), "Zoë £12.50");
    }

    #[test]
    fn reads_utf16_with_a_bom() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Zoë\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap(), "Zoë\n");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Łódź".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).unwrap(), "Łódź");
    }

    #[test]
    fn refuses_empty_and_binary_files() {
        assert_eq!(decode(b"").unwrap_err().message, "This file is empty");
        assert_eq!(
            decode(b" \r\n\t").unwrap_err().message,
            "This file is empty"
        );
        assert!(decode(b"PK\x03\x04\x00\x00")
            .unwrap_err()
            .message
            .contains("not text"));
        let noise: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 32) as u8 + 1).collect();
        assert!(decode(&noise).unwrap_err().message.contains("not text"));
    }
}
