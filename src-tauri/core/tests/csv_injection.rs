//! CSV formula neutralising (OWASP "CSV injection"): a cell DP Hub writes never begins like a
//! spreadsheet formula, and the contacts import reads every such cell back exactly as it was.

use dphub_core::app::contacts::interchange::{csv_preview, read_csv, write_csv};
use dphub_core::app::contacts::{ContactDetails, ContactDraft, ContactStatus};
use proptest::prelude::*;

fn contact(full_name: &str, phones: &[&str], notes: &str) -> ContactDetails {
    ContactDetails {
        full_name: full_name.to_string(),
        phones: phones.iter().map(|p| p.to_string()).collect(),
        email: None,
        address: String::new(),
        postcode: None,
        areas: vec![],
        skills: vec![],
        tags: vec!["-priority".to_string(), "@weekends".to_string()],
        languages: vec![],
        availability: vec![],
        hourly_rate: None,
        work_preference: None,
        dbs: None,
        training: vec![],
        right_to_work_checked_on: None,
        right_to_work_until: None,
        references_taken: false,
        date_of_birth: None,
        status: ContactStatus::LookingForWork,
        last_contacted_on: None,
        notes: notes.to_string(),
    }
}

/// The file's cells exactly as a spreadsheet would see them (the byte-order mark dropped).
fn raw_cells(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn read_back(contacts: &[ContactDetails]) -> Vec<ContactDraft> {
    let text = write_csv(contacts);
    let preview = csv_preview(text.as_bytes()).unwrap();
    read_csv(text.as_bytes(), &preview.suggested_mapping)
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap().draft)
        .collect()
}

const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

#[test]
fn formula_like_cells_are_written_with_a_quote_and_read_back_unchanged() {
    let contacts = [
        contact("=HYPERLINK(\"x\")", &["+44 7700 900123"], "-5"),
        contact("@home", &["07700 900123", "+44 1962 000000"], "\tindented"),
        contact("-5", &["+447700900124"], "=1+1\nsecond line"),
    ];
    let text = write_csv(&contacts);
    let cells = raw_cells(&text);
    assert_eq!(cells[1][0], "'=HYPERLINK(\"x\")");
    assert_eq!(cells[1][1], "'+44 7700 900123");
    assert_eq!(cells[2][0], "'@home");
    // A UK number written the usual way needs no quote; the list only does if it starts with +.
    assert_eq!(cells[2][1], "07700 900123; +44 1962 000000");
    assert_eq!(cells[3][0], "'-5");
    for row in &cells {
        for cell in row {
            assert!(
                !cell.starts_with(FORMULA_STARTS),
                "{cell:?} begins like a formula"
            );
        }
    }
    let drafts = read_back(&contacts);
    assert_eq!(drafts.len(), 3);
    for (draft, details) in drafts.iter().zip(&contacts) {
        let mut expected = details.to_draft();
        expected.availability.clear();
        expected.training.clear();
        assert_eq!(*draft, expected);
    }
    assert_eq!(drafts[0].phones, ["+44 7700 900123"]);
    assert_eq!(drafts[1].phones, ["07700 900123", "+44 1962 000000"]);
    assert_eq!(drafts[0].notes, "-5");
    assert_eq!(drafts[1].notes, "\tindented");
    assert_eq!(drafts[1].tags, "-priority, @weekends");
}

#[test]
fn a_spreadsheet_with_quoted_cells_from_elsewhere_imports_the_values() {
    // As another program following the same advice would write them.
    let csv = "Name,Phone,Notes\n'=Ann,'+44 7700 900125,'@ the café\nO'Neil,'07700 900126,'quote\n";
    let preview = csv_preview(csv.as_bytes()).unwrap();
    let drafts: Vec<_> = read_csv(csv.as_bytes(), &preview.suggested_mapping)
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap().draft)
        .collect();
    assert_eq!(drafts[0].full_name, "=Ann");
    assert_eq!(drafts[0].phones, ["+44 7700 900125"]);
    assert_eq!(drafts[0].notes, "@ the café");
    // A quote before anything else is the person's own: kept.
    assert_eq!(drafts[1].full_name, "O'Neil");
    assert_eq!(drafts[1].phones, ["'07700 900126"]);
    assert_eq!(drafts[1].notes, "'quote");
}

/// A name as the contact form keeps it (trimmed, not blank), often beginning like a formula.
fn name() -> impl Strategy<Value = String> {
    "['=+@\\-]{0,3}\\PC{0,40}".prop_filter("trimmed, not blank", |s| s.trim() == s && !s.is_empty())
}

/// Notes keep every character but a carriage return (files are read with `\n` line endings).
fn notes() -> impl Strategy<Value = String> {
    "['=+@\\-\\t]{0,3}(\\PC|\\t|\\n){0,60}".prop_filter("blank or with words", |s| {
        s.is_empty() || !s.trim().is_empty()
    })
}

fn phone() -> impl Strategy<Value = String> {
    "[+=\\-@]?[0-9][0-9 ]{5,14}[0-9]"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_gives_back_what_was_written(
        full_name in name(),
        notes in notes(),
        phones in prop::collection::vec(phone(), 0..3),
    ) {
        let phones: Vec<&str> = phones.iter().map(String::as_str).collect();
        let details = contact(&full_name, &phones, &notes);
        let text = write_csv(std::slice::from_ref(&details));
        for row in raw_cells(&text) {
            for cell in row {
                prop_assert!(!cell.starts_with(FORMULA_STARTS), "{:?}", cell);
            }
        }
        let drafts = read_back(std::slice::from_ref(&details));
        prop_assert_eq!(drafts.len(), 1);
        prop_assert_eq!(&drafts[0].full_name, &full_name);
        prop_assert_eq!(&drafts[0].notes, &notes);
        prop_assert_eq!(&drafts[0].phones, &details.phones);
    }
}
