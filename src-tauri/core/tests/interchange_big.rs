//! Huge input: one ten-megabyte line, as a vCard value, a picture, a CSV cell and a CSV header.

use dphub_core::app::contacts::interchange::{csv_preview, read_csv, read_vcards, ContactField};

fn long_line() -> String {
    "x".repeat(10 * 1024 * 1024)
}

#[test]
fn a_ten_megabyte_note() {
    let long = long_line();
    let card = format!("BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nNOTE:{long}\nEND:VCARD\n");
    let records = read_vcards(card.as_bytes()).unwrap();
    assert_eq!(records[0].as_ref().unwrap().draft.notes.len(), long.len());
}

#[test]
fn a_ten_megabyte_photo_is_skipped() {
    let photo = format!(
        "BEGIN:VCARD\r\nFN:Ann\r\nPHOTO;ENCODING=b:{}\r\nEND:VCARD\r\n",
        long_line()
    );
    let records = read_vcards(photo.as_bytes()).unwrap();
    assert_eq!(records[0].as_ref().unwrap().draft.full_name, "Ann");
}

#[test]
fn a_ten_megabyte_line_of_nothing() {
    let long = long_line();
    assert_eq!(
        read_vcards(long.as_bytes()).unwrap_err().message,
        "This file has no vCard contacts in it (no BEGIN:VCARD line)"
    );
    let preview = csv_preview(long.as_bytes()).unwrap();
    assert_eq!(preview.headers.len(), 1);
    assert_eq!(preview.suggested_mapping, [None]);
    assert_eq!(preview.row_count, 0);
}

#[test]
fn a_ten_megabyte_csv_cell() {
    let long = long_line();
    let csv = format!("Name,Notes\r\nAnn,{long}\r\n");
    let mapping = [Some(ContactField::FullName), Some(ContactField::Notes)];
    let records = read_csv(csv.as_bytes(), &mapping).unwrap();
    assert_eq!(records[0].as_ref().unwrap().draft.notes.len(), long.len());
}

#[test]
fn a_header_of_too_many_columns_is_refused_with_its_line() {
    let header = "a,".repeat(100_000);
    let error = csv_preview(format!("\n{header}\n").as_bytes()).unwrap_err();
    assert_eq!(error.line, Some(2));
    assert!(error.message.contains("line 2"), "{}", error.message);
}
