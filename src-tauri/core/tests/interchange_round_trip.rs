//! What DP Hub writes, it reads back: vCard carries everything, CSV everything but availability
//! and training.

use chrono::NaiveDate;
use dphub_core::app::contacts::interchange::{
    csv_preview, read_csv, read_vcards, write_csv, write_vcards, ContactField,
};
use dphub_core::app::contacts::{
    validate_contact, ContactDetails, ContactDraft, ContactStatus, DayPart, Dbs, DbsLevel, Skill,
    Slot, Training, Weekday, WorkPreference,
};
use dphub_core::model::money::Money;
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A day after every date in these contacts, for checking them.
fn today() -> NaiveDate {
    date(2025, 6, 1)
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|i| i.to_string()).collect()
}

/// Everything filled in, with text that needs escaping, quoting and folding.
fn full() -> ContactDetails {
    ContactDetails {
        full_name: "Chidi Okonkwo-Ọ̀ṣun".to_string(),
        phones: strings(&["07700 900789", "01489 000222", "+44 23 8000 0123"]),
        email: Some("chidi@example.org".to_string()),
        address: "Flat 2, Mill House; 5 Mill Lane\nBishop’s Waltham".to_string(),
        postcode: Some("SO32 1AA".to_string()),
        areas: strings(&["Winchester", "SO32", "Bishop’s Waltham"]),
        skills: vec![Skill::PersonalCare, Skill::Driving, Skill::Languages],
        tags: strings(&["Relief PAs", "Drivers"]),
        languages: strings(&["Yoruba", "Igbo"]),
        availability: vec![
            Slot {
                day: Weekday::Monday,
                part: DayPart::EarlyMorning,
            },
            Slot {
                day: Weekday::Sunday,
                part: DayPart::WakingNight,
            },
        ],
        hourly_rate: Some("13.75".parse::<Money>().unwrap()),
        work_preference: Some(WorkPreference::SelfEmployed),
        dbs: Some(Dbs {
            level: DbsLevel::EnhancedWithBarredList,
            certificate_number: Some("001234567890".to_string()),
            issue_date: date(2023, 9, 1),
            update_service: true,
        }),
        training: vec![
            Training {
                course: "Moving and handling: hoists, slings; stand-aids".to_string(),
                completed_on: Some(date(2024, 2, 10)),
                expires_on: Some(date(2027, 2, 10)),
            },
            Training {
                course: "Safeguarding adults".to_string(),
                completed_on: None,
                expires_on: None,
            },
        ],
        right_to_work_checked_on: Some(date(2024, 1, 15)),
        right_to_work_until: Some(date(2027, 1, 14)),
        references_taken: true,
        date_of_birth: Some(date(1988, 7, 14)),
        status: ContactStatus::WorkingForUs,
        last_contacted_on: Some(date(2024, 3, 1)),
        notes: "Prefers mornings.\nSays: \"call after 9\", not before; \\ backslash too. \
                A long line that has to be folded somewhere past seventy-five octets — \
                with ünïcödé on the fold."
            .to_string(),
    }
}

/// Only what must be there.
fn bare() -> ContactDetails {
    ContactDetails {
        full_name: "Zoë".to_string(),
        phones: vec![],
        email: None,
        address: String::new(),
        postcode: None,
        areas: vec![],
        skills: vec![],
        tags: vec![],
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
        notes: String::new(),
    }
}

fn partly() -> ContactDetails {
    ContactDetails {
        full_name: "Siobhán Ní Bhriain".to_string(),
        phones: strings(&["023 8000 0456"]),
        postcode: Some("SO14 3AB".to_string()),
        dbs: Some(Dbs {
            level: DbsLevel::Basic,
            certificate_number: None,
            issue_date: date(2022, 12, 31),
            update_service: false,
        }),
        status: ContactStatus::NotAvailable,
        ..bare()
    }
}

fn vcard_drafts(contacts: &[ContactDetails]) -> Vec<(usize, ContactDraft)> {
    read_vcards(write_vcards(contacts).as_bytes())
        .unwrap()
        .into_iter()
        .map(|r| {
            let r = r.unwrap();
            (r.line, r.draft)
        })
        .collect()
}

fn csv_drafts(contacts: &[ContactDetails]) -> Vec<(usize, ContactDraft)> {
    let text = write_csv(contacts);
    let preview = csv_preview(text.as_bytes()).unwrap();
    read_csv(text.as_bytes(), &preview.suggested_mapping)
        .unwrap()
        .into_iter()
        .map(|r| {
            let r = r.unwrap();
            (r.line, r.draft)
        })
        .collect()
}

/// The draft as CSV can carry it.
fn without_availability_and_training(mut draft: ContactDraft) -> ContactDraft {
    draft.availability.clear();
    draft.training.clear();
    draft
}

#[test]
fn vcard_round_trip() {
    let contacts = [full(), bare(), partly()];
    let drafts = vcard_drafts(&contacts);
    assert_eq!(drafts.len(), contacts.len());
    for ((_, draft), details) in drafts.iter().zip(&contacts) {
        assert_eq!(*draft, details.to_draft());
        assert_eq!(
            validate_contact(draft, today()).unwrap(),
            validate_contact(&details.to_draft(), today()).unwrap()
        );
    }
}

#[test]
fn vcard_is_4_0_with_crlf_and_folded_lines() {
    let text = write_vcards(&[full()]);
    assert!(text.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    assert!(text.ends_with("END:VCARD\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
    }
    for expected in [
        "FN:Chidi Okonkwo-Ọ̀ṣun\r\n",
        "N:Okonkwo-Ọ̀ṣun;Chidi;;;\r\n",
        "TEL;TYPE=CELL:07700 900789\r\n",
        "TEL;TYPE=VOICE:01489 000222\r\n",
        "EMAIL:chidi@example.org\r\n",
        "ADR:;;Flat 2\\, Mill House\\; 5 Mill Lane\\nBishop’s Waltham;;;SO32 1AA;\r\n",
        "BDAY:19880714\r\n",
        "LANG:Yoruba\r\nLANG:Igbo\r\n",
        "CATEGORIES:Relief PAs,Drivers\r\n",
        "X-DPHUB-STATUS:working_for_us\r\n",
    ] {
        assert!(text.contains(expected), "{expected:?} not in\n{text}");
    }
}

#[test]
fn vcard_lines_are_where_each_card_begins() {
    let drafts = vcard_drafts(&[bare(), bare()]);
    let text = write_vcards(&[bare()]);
    let lines_per_card = text.matches("\r\n").count();
    assert_eq!(drafts[0].0, 1);
    assert_eq!(drafts[1].0, 1 + lines_per_card);
}

#[test]
fn csv_round_trip() {
    let contacts = [full(), bare(), partly()];
    let drafts = csv_drafts(&contacts);
    assert_eq!(drafts.len(), contacts.len());
    for ((_, draft), details) in drafts.iter().zip(&contacts) {
        let expected = without_availability_and_training(details.to_draft());
        assert_eq!(*draft, expected);
        assert_eq!(
            validate_contact(draft, today()).unwrap(),
            validate_contact(&expected, today()).unwrap()
        );
    }
    // The full contact's notes and address span lines, so the next row starts further down.
    assert_eq!(drafts[0].0, 2);
    assert_eq!(drafts[1].0, 2 + 1 + 2);
}

#[test]
fn csv_has_a_header_of_labels() {
    let text = write_csv(&[bare()]);
    let header = text.lines().next().unwrap();
    assert!(header.starts_with("\u{FEFF}Full name,Phone,Email,Address,Postcode,Areas covered,"));
    assert!(!header.contains(ContactField::GivenName.label()));
    assert!(text.ends_with("\r\n"));
    let preview = csv_preview(text.as_bytes()).unwrap();
    assert!(preview.suggested_mapping.iter().all(Option::is_some));
}

/// Text with no control characters, no surrounding spaces, not blank.
fn name() -> impl Strategy<Value = String> {
    "\\PC{1,60}".prop_filter("trimmed", |s| s.trim() == s && !s.is_empty())
}

/// Any printable text over several lines, or nothing.
fn notes() -> impl Strategy<Value = String> {
    prop::collection::vec("\\PC{0,100}", 0..4)
        .prop_map(|lines| lines.join("\n"))
        .prop_filter("blank or with words", |s| {
            s.is_empty() || !s.trim().is_empty()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_name_and_notes_survive_vcard(full_name in name(), notes in notes()) {
        let details = ContactDetails { full_name, notes, ..full() };
        let drafts = vcard_drafts(std::slice::from_ref(&details));
        prop_assert_eq!(drafts.len(), 1);
        prop_assert_eq!(&drafts[0].1, &details.to_draft());
    }

    #[test]
    fn any_name_and_notes_survive_csv(full_name in name(), notes in notes()) {
        let details = ContactDetails { full_name, notes, ..full() };
        let drafts = csv_drafts(std::slice::from_ref(&details));
        prop_assert_eq!(drafts.len(), 1);
        prop_assert_eq!(&drafts[0].1, &without_availability_and_training(details.to_draft()));
    }
}
