//! Receipts, invoices and statements kept with a payment: PDF, JPEG or PNG, recognised by their
//! first bytes (not by the file name), kept whole with a SHA-256 fingerprint.

use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::model::ids::{EntryId, ReceiptId};
use crate::model::validation::Problems;

/// The largest receipt kept: 10 MB, far more than a scanned page needs.
pub const MAX_RECEIPT_BYTES: usize = 10 * 1024 * 1024;

/// A receipt as listed with its payment (without its content).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReceiptInfo {
    pub id: ReceiptId,
    pub entry_id: EntryId,
    pub file_name: String,
    /// "application/pdf", "image/jpeg" or "image/png".
    pub media_type: String,
    pub size: u64,
    /// SHA-256 of the content, as hex.
    pub sha256: String,
}

/// A receipt with its content, for saving it back to a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    pub info: ReceiptInfo,
    pub content: Vec<u8>,
}

/// A checked receipt, ready to keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewReceipt {
    pub file_name: String,
    pub media_type: &'static str,
    pub sha256: String,
}

/// What kind of file `bytes` is, from its first bytes.
fn media_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// Checks a receipt's content: a PDF, JPEG or PNG of at most [`MAX_RECEIPT_BYTES`].
pub fn check_receipt(file_name: &str, bytes: &[u8]) -> Result<NewReceipt, Problems> {
    let mut p = Problems::default();
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let name = if name.is_empty() {
        "receipt".to_string()
    } else {
        name
    };
    let kind = if bytes.is_empty() {
        p.add("receipt", format!("{name} is empty"));
        None
    } else if bytes.len() > MAX_RECEIPT_BYTES {
        p.add(
            "receipt",
            format!(
                "{name} is {:.1} MB; a receipt must be 10 MB or smaller (scan it at a lower resolution)",
                bytes.len() as f64 / (1024.0 * 1024.0)
            ),
        );
        None
    } else {
        let kind = media_type(bytes);
        if kind.is_none() {
            p.add(
                "receipt",
                format!("{name} is not a PDF, JPEG or PNG file: save the receipt as one of those"),
            );
        }
        kind
    };
    p.finish(|| {
        Some(NewReceipt {
            file_name: name,
            media_type: kind?,
            sha256: Sha256::digest(bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_are_recognised_by_their_content() {
        let pdf = check_receipt("/home/ann/March invoice.pdf", b"%PDF-1.7\n...").unwrap();
        assert_eq!(pdf.file_name, "March invoice.pdf");
        assert_eq!(pdf.media_type, "application/pdf");
        assert_eq!(pdf.sha256.len(), 64);
        assert_eq!(
            check_receipt("x.jpg", &[0xFF, 0xD8, 0xFF, 0xE0, 0])
                .unwrap()
                .media_type,
            "image/jpeg"
        );
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0];
        assert_eq!(check_receipt("x", &png).unwrap().media_type, "image/png");
    }

    #[test]
    fn other_files_and_big_ones_are_refused() {
        let renamed = check_receipt("notes.pdf", b"just text").unwrap_err();
        assert!(renamed.list()[0].message.contains("not a PDF, JPEG or PNG"));
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_RECEIPT_BYTES + 1, 0);
        let too_big = check_receipt("big.pdf", &big).unwrap_err();
        assert!(too_big.list()[0].message.contains("10 MB or smaller"));
        assert!(check_receipt("empty.png", b"").is_err());
    }
}
