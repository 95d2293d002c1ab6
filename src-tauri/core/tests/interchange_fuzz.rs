//! Bad input never panics, never hangs, and every line number reported is a line of the file.

use dphub_core::app::contacts::interchange::{
    csv_preview, read_csv, read_vcards, ContactField, ReadResult,
};
use proptest::prelude::*;

/// An upper bound on the lines of `bytes` however they are decoded: every line ending is a CR or
/// LF byte in every encoding read.
fn line_bound(bytes: &[u8]) -> usize {
    1 + bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count()
}

fn check_lines(result: &ReadResult, bytes: &[u8]) -> Result<(), TestCaseError> {
    let bound = line_bound(bytes);
    match result {
        Ok(records) => {
            for record in records {
                let line = match record {
                    Ok(parsed) => parsed.line,
                    Err(error) => error.line,
                };
                prop_assert!((1..=bound).contains(&line), "line {} of {}", line, bound);
            }
        }
        Err(error) => {
            if let Some(line) = error.line {
                prop_assert!((1..=bound).contains(&line), "line {} of {}", line, bound);
            }
            prop_assert!(!error.message.is_empty());
        }
    }
    Ok(())
}

fn check_all(bytes: &[u8], mapping: &[Option<ContactField>]) -> Result<(), TestCaseError> {
    check_lines(&read_vcards(bytes), bytes)?;
    check_lines(&read_csv(bytes, mapping), bytes)?;
    if let Ok(preview) = csv_preview(bytes) {
        let width = preview.headers.len();
        prop_assert_eq!(preview.suggested_mapping.len(), width);
        prop_assert!(preview.sample_rows.len() <= 5);
        prop_assert!(preview.sample_rows.iter().all(|row| row.len() == width));
        prop_assert!(preview.sample_rows.len() <= preview.row_count as usize);
    }
    Ok(())
}

const FRAGMENTS: &[&str] = &[
    "BEGIN:VCARD",
    "END:VCARD",
    "begin:vcard",
    "VERSION:2.1",
    "VERSION:3.0",
    "VERSION:4.0",
    "FN",
    "N",
    "TEL",
    "EMAIL",
    "ADR",
    "BDAY",
    "NOTE",
    "CATEGORIES",
    "PHOTO;ENCODING=b:",
    "item1.",
    "X-DPHUB-DBS",
    "X-DPHUB-TRAINING",
    "X-DPHUB-AVAILABILITY:mon:",
    "X-DPHUB-SKILLS",
    ";ENCODING=QUOTED-PRINTABLE",
    ";CHARSET=UTF-8",
    ";TYPE=pref",
    ";PREF=1",
    ";VALUE=uri",
    "=",
    "=C3=",
    "=\r\n",
    ":",
    ";",
    ",",
    "\\",
    "\\n",
    "\\;",
    "\r\n",
    "\n",
    "\r",
    " ",
    "\t",
    "\"",
    "\"\"",
    "'",
    "a",
    "Zoë",
    "Ł",
    "Ọ̀",
    "£",
    "\u{FEFF}",
    "0",
    "19900203",
    "--0412",
    "0/0/00",
    "yes",
    "✓",
    "* myContacts",
    " ::: ",
    "Name,Phone,Email,Notes\n",
    "Full name;Skills\n",
    "personal_care",
    "\u{0}",
    "\u{7F}",
];

fn fragments() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80)
        .prop_map(|parts| parts.concat().into_bytes())
}

fn mapping() -> impl Strategy<Value = Vec<Option<ContactField>>> {
    prop::collection::vec(
        prop::option::of(prop::sample::select(ContactField::ALL)),
        0..8,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::fuzz::cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000), mapping in mapping()) {
        check_all(&bytes, &mapping)?;
    }

    #[test]
    fn mostly_text_bytes(bytes in prop::collection::vec(prop::sample::select(b"BEGIN:VCARD\r\n;,=\"\xE9\xA3 a".as_slice()), 0..2000), mapping in mapping()) {
        check_all(&bytes, &mapping)?;
    }

    #[test]
    fn vcard_and_csv_shaped_text(bytes in fragments(), mapping in mapping()) {
        check_all(&bytes, &mapping)?;
    }

    #[test]
    fn a_vcard_with_fragments_inside(middle in fragments(), mapping in mapping()) {
        let mut bytes = b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:".to_vec();
        bytes.extend(middle);
        bytes.extend(b"\r\nEND:VCARD\r\n");
        check_all(&bytes, &mapping)?;
    }
}
