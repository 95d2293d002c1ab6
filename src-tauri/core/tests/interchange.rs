//! Reading the contact files real programs export (hand-written fixtures shaped like them, with
//! invented people): exactly what each one gives.

use dphub_core::app::contacts::interchange::{
    csv_preview, read_csv, read_vcards, ContactField, ParsedRecord, RecordError,
};
use dphub_core::app::contacts::{
    ContactDraft, ContactStatus, DayPart, DbsDraft, DbsLevel, Skill, Slot, TrainingDraft, Weekday,
    WorkPreference,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/contacts/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn s(text: &str) -> String {
    text.to_string()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|i| i.to_string()).collect()
}

fn ok(line: usize, draft: ContactDraft) -> Result<ParsedRecord, RecordError> {
    Ok(ParsedRecord { line, draft })
}

fn err(line: usize, reason: &str) -> Result<ParsedRecord, RecordError> {
    Err(RecordError {
        line,
        reason: s(reason),
    })
}

fn read_vcard_fixture(name: &str) -> Vec<Result<ParsedRecord, RecordError>> {
    read_vcards(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Reads a CSV fixture with the mapping the preview suggests.
fn read_csv_fixture(name: &str) -> Vec<Result<ParsedRecord, RecordError>> {
    let bytes = fixture(name);
    let preview = csv_preview(&bytes).unwrap();
    read_csv(&bytes, &preview.suggested_mapping).unwrap()
}

#[test]
fn iphone_vcard_3_with_labels_and_a_photo() {
    let records = read_vcard_fixture("iphone.vcf");
    assert_eq!(
        records,
        [
            ok(
                1,
                ContactDraft {
                    full_name: s("Zoë Łukasiewicz"),
                    phones: strings(&["+44 7700 900123", "01962 000111"]),
                    // The one marked type=pref, though another comes first.
                    email: s("zoe.lukasiewicz@example.org"),
                    address: s("12 Jewry Street\nFlat 3\nWinchester\nHampshire"),
                    postcode: s("SO23 8RZ"),
                    date_of_birth: s("1988-07-14"),
                    notes: s("Met at the carers' café, Tuesday.\nPrefers mornings; no Sundays."),
                    ..ContactDraft::default()
                }
            ),
            ok(
                62,
                ContactDraft {
                    full_name: s("Chidi Okonkwo-Ọ̀ṣun"),
                    phones: strings(&["07700 900789", "01489 000222"]),
                    // Apple's placeholder year 1604 means the year is not known.
                    date_of_birth: s(""),
                    ..ContactDraft::default()
                }
            ),
        ]
    );
}

#[test]
fn google_vcard_3_drops_its_own_group_and_reports_a_nameless_card() {
    let records = read_vcard_fixture("google.vcf");
    assert_eq!(
        records,
        [
            ok(
                1,
                ContactDraft {
                    full_name: s("Siobhán Ní Bhriain"),
                    phones: strings(&["07700 900456"]),
                    email: s("siobhan.nibhriain@example.com"),
                    address: s("4 Canal Walk\nSouthampton"),
                    postcode: s("SO14 3AB"),
                    tags: s("Night shifts"),
                    notes: s("Speaks Irish and English."),
                    ..ContactDraft::default()
                }
            ),
            ok(
                14,
                ContactDraft {
                    full_name: s("Tomasz Nowak"),
                    phones: strings(&["+447700900654", "023 8000 0654"]),
                    date_of_birth: s("1975-09-30"),
                    ..ContactDraft::default()
                }
            ),
            err(
                23,
                "The contact starting on line 23 has no name (no FN or N line)"
            ),
            ok(
                31,
                ContactDraft {
                    full_name: s("Grace O'Neill"),
                    email: s("grace.oneill@example.com"),
                    tags: s("Drivers, Relief PAs"),
                    ..ContactDraft::default()
                }
            ),
        ]
    );
}

#[test]
fn android_vcard_2_1_with_quoted_printable() {
    let records = read_vcard_fixture("android-2.1.vcf");
    assert_eq!(
        records,
        [
            ok(
                1,
                ContactDraft {
                    full_name: s("Chidi Okonkwo-Ọ̀ṣun"),
                    phones: strings(&["07700900789", "01489 000222"]),
                    email: s("chidi@example.org"),
                    address: s("5 Mill Lane\nBishop’s Waltham"),
                    postcode: s("SO32 1AA"),
                    notes: s(
                        "Drives; has own car.\nAvailable most weekends, happy to do \
                              sleep-ins in Bishop’s Waltham."
                    ),
                    ..ContactDraft::default()
                }
            ),
            ok(
                25,
                ContactDraft {
                    full_name: s("Zoë Brontë"),
                    phones: strings(&["07700 900999"]),
                    ..ContactDraft::default()
                }
            ),
        ]
    );
}

#[test]
fn nextcloud_vcard_4_prefers_pref_1() {
    let records = read_vcard_fixture("nextcloud.vcf");
    assert_eq!(
        records,
        [ok(
            1,
            ContactDraft {
                full_name: s("Marek Wiśniewski"),
                phones: strings(&["+44-7700-900321", "+44-23-8000-0444"]),
                email: s("marek.w@example.org"),
                address: s("27 Bargate Street\nSouthampton\nHampshire"),
                postcode: s("SO14 2DF"),
                tags: s("PA pool, Southampton"),
                languages: s("pl, ru"),
                date_of_birth: s("1979-05-21"),
                notes: s("Waking nights only. Has a DBS on the update service; ask to see it."),
                ..ContactDraft::default()
            }
        )]
    );
}

#[test]
fn thunderbird_vcard_4_with_lf_line_endings() {
    let records = read_vcard_fixture("thunderbird.vcf");
    assert_eq!(
        records,
        [
            ok(
                1,
                ContactDraft {
                    full_name: s("Amara Osei"),
                    phones: strings(&["07700 900555", "023 8000 0555"]),
                    email: s("amara.osei@example.com"),
                    address: s("9 Oak Road\nEastleigh"),
                    postcode: s("SO50 9ZZ"),
                    date_of_birth: s("1992-02-29"),
                    notes: s("Can do sleep-ins.\nNo cats (allergic)."),
                    ..ContactDraft::default()
                }
            ),
            err(
                14,
                "The contact starting on line 14 has no name (no FN or N line)"
            ),
        ]
    );
}

#[test]
fn truncated_vcard_keeps_the_whole_cards() {
    let records = read_vcard_fixture("truncated.vcf");
    assert_eq!(
        records,
        [
            ok(
                1,
                ContactDraft {
                    full_name: s("Siobhán Ní Bhriain"),
                    phones: strings(&["07700 900456"]),
                    ..ContactDraft::default()
                }
            ),
            err(
                6,
                "The contact starting on line 6 has no END:VCARD line; the file may be cut short"
            ),
        ]
    );
}

#[test]
fn dp_hub_vcard_with_every_extension() {
    let records = read_vcard_fixture("dphub.vcf");
    let slot = |day, part| Slot { day, part };
    assert_eq!(
        records,
        [ok(
            1,
            ContactDraft {
                full_name: s("Zoë Łukasiewicz"),
                phones: strings(&["07700 900123", "01962 000111"]),
                email: s("zoe.lukasiewicz@example.org"),
                address: s("12 Jewry Street\nWinchester"),
                postcode: s("SO23 8RZ"),
                areas: s("Winchester, SO22, SO23"),
                skills: vec![Skill::PersonalCare, Skill::Driving, Skill::NightCare],
                tags: s("Relief PAs, Drivers"),
                languages: s("Polish, French"),
                availability: vec![
                    slot(Weekday::Monday, DayPart::Morning),
                    slot(Weekday::Tuesday, DayPart::Evening),
                    slot(Weekday::Saturday, DayPart::SleepIn),
                ],
                hourly_rate: s("12.50"),
                work_preference: Some(WorkPreference::Employed),
                dbs: DbsDraft {
                    level: Some(DbsLevel::EnhancedWithBarredList),
                    certificate_number: s("001234567890"),
                    issue_date: s("2023-09-01"),
                    update_service: true,
                },
                training: vec![
                    TrainingDraft {
                        course: s("Moving and handling"),
                        completed_on: s("2024-02-10"),
                        expires_on: s("2027-02-10"),
                    },
                    TrainingDraft {
                        course: s("First aid, emergency"),
                        completed_on: s("2023-11-05"),
                        expires_on: s(""),
                    },
                ],
                right_to_work_checked_on: s("2024-01-15"),
                right_to_work_until: s("2027-01-14"),
                references_taken: true,
                date_of_birth: s("1988-07-14"),
                status: Some(ContactStatus::LookingForWork),
                last_contacted_on: s("2024-03-01"),
                notes: s("Prefers mornings."),
            }
        )]
    );
}

#[test]
fn files_that_are_not_vcards() {
    let message = |bytes: &[u8]| read_vcards(bytes).unwrap_err().message;
    assert_eq!(message(b""), "This file is empty");
    assert_eq!(
        message(&fixture("outlook.csv")),
        "This file has no vCard contacts in it (no BEGIN:VCARD line)"
    );
    assert!(message(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").contains("not text"));
}

#[test]
fn google_csv_preview_and_rows() {
    let bytes = fixture("google-contacts.csv");
    let preview = csv_preview(&bytes).unwrap();
    assert_eq!(preview.headers.len(), 46);
    assert_eq!(preview.row_count, 3);
    assert_eq!(preview.sample_rows.len(), 3);
    assert!(preview.sample_rows.iter().all(|r| r.len() == 46));
    let mapped: Vec<(&str, ContactField)> = preview
        .headers
        .iter()
        .zip(&preview.suggested_mapping)
        .filter_map(|(h, m)| m.map(|m| (h.as_str(), m)))
        .collect();
    assert_eq!(
        mapped,
        [
            ("Name", ContactField::FullName),
            ("Given Name", ContactField::GivenName),
            ("Family Name", ContactField::FamilyName),
            ("Birthday", ContactField::DateOfBirth),
            ("Notes", ContactField::Notes),
            ("Language", ContactField::Languages),
            ("Group Membership", ContactField::Tags),
            ("E-mail 1 - Value", ContactField::Email),
            ("Phone 1 - Value", ContactField::Phone),
            ("Phone 2 - Value", ContactField::Phone),
            ("Address 1 - Formatted", ContactField::Address),
            ("Address 1 - Postal Code", ContactField::Postcode),
        ]
    );

    assert_eq!(
        read_csv_fixture("google-contacts.csv"),
        [
            ok(
                2,
                ContactDraft {
                    full_name: s("Siobhán Ní Bhriain"),
                    phones: strings(&["07700 900456", "07700 900457", "023 8000 0456"]),
                    email: s("siobhan.nibhriain@example.com"),
                    address: s("4 Canal Walk\nSouthampton\nSO14 3AB\nGB"),
                    postcode: s("SO14 3AB"),
                    tags: s("Night shifts"),
                    date_of_birth: s("1985-11-02"),
                    notes: s("Speaks Irish.\nPrefers nights."),
                    ..ContactDraft::default()
                }
            ),
            // The row above spans five lines (quoted notes and address); the blank row is skipped.
            ok(
                7,
                ContactDraft {
                    full_name: s("Chidi Okonkwo-Ọ̀ṣun"),
                    phones: strings(&["+44 7700 900789"]),
                    tags: s("Drivers"),
                    languages: s("Yoruba"),
                    ..ContactDraft::default()
                }
            ),
            ok(
                9,
                ContactDraft {
                    full_name: s("Grace O'Neill"),
                    email: s("grace.oneill@example.com"),
                    notes: s("Said \"any time\", weekdays"),
                    ..ContactDraft::default()
                }
            ),
        ]
    );
}

#[test]
fn outlook_csv_with_crlf() {
    let preview = csv_preview(&fixture("outlook.csv")).unwrap();
    let phones = preview
        .suggested_mapping
        .iter()
        .filter(|m| **m == Some(ContactField::Phone))
        .count();
    assert_eq!(phones, 7);
    assert_eq!(
        read_csv_fixture("outlook.csv"),
        [
            ok(
                2,
                ContactDraft {
                    full_name: s("Amara Osei"),
                    phones: strings(&["023 8000 0555", "07700 900555"]),
                    email: s("amara.osei@example.com"),
                    address: s("9 Oak Road\nEastleigh\nHampshire"),
                    postcode: s("SO50 9ZZ"),
                    tags: s("PA pool, Eastleigh"),
                    date_of_birth: s("29/02/1992"),
                    notes: s("Can do sleep-ins."),
                    ..ContactDraft::default()
                }
            ),
            ok(
                3,
                ContactDraft {
                    full_name: s("Zoë Łukasiewicz"),
                    phones: strings(&["+44 7700 900123", "01962 000111"]),
                    email: s("zoe.lukasiewicz@example.org"),
                    address: s("12 Jewry Street\nFlat 3\nWinchester"),
                    postcode: s("SO23 8RZ"),
                    // Outlook's "0/0/00" is no birthday.
                    date_of_birth: s(""),
                    ..ContactDraft::default()
                }
            ),
        ]
    );
}

#[test]
fn windows_1252_csv() {
    assert_eq!(
        read_csv_fixture("latin1.csv"),
        [
            ok(
                2,
                ContactDraft {
                    full_name: s("Zoë Brontë"),
                    phones: strings(&["07700 900321"]),
                    email: s("zoe.bronte@example.org"),
                    hourly_rate: s("£12.50"),
                    notes: s("Café owner’s daughter; speaks français"),
                    ..ContactDraft::default()
                }
            ),
            ok(
                3,
                ContactDraft {
                    full_name: s("José Núñez"),
                    phones: strings(&["023 8000 0777"]),
                    hourly_rate: s("£11.44"),
                    ..ContactDraft::default()
                }
            ),
        ]
    );
}

#[test]
fn utf8_bom_csv_with_codes_for_headers() {
    let preview = csv_preview(&fixture("bom.csv")).unwrap();
    assert_eq!(preview.headers[0], "full_name");
    assert_eq!(preview.suggested_mapping[0], Some(ContactField::FullName));
    assert_eq!(preview.row_count, 2);
    assert_eq!(
        read_csv_fixture("bom.csv"),
        [
            ok(
                2,
                ContactDraft {
                    full_name: s("Siobhán Ní Bhriain"),
                    phones: strings(&["07700 900456", "023 8000 0456"]),
                    email: s("siobhan.nibhriain@example.com"),
                    postcode: s("SO14 3AB"),
                    skills: vec![Skill::PersonalCare, Skill::Cooking],
                    // Not a skill, so kept as a tag.
                    tags: s("knitting"),
                    dbs: DbsDraft {
                        update_service: true,
                        ..DbsDraft::default()
                    },
                    references_taken: true,
                    ..ContactDraft::default()
                }
            ),
            // Lines 3 and 4 are blank rows.
            ok(
                5,
                ContactDraft {
                    full_name: s("Tomasz Nowak"),
                    phones: strings(&["+447700900654"]),
                    postcode: s("SO15 2AA"),
                    skills: vec![Skill::NightCare],
                    ..ContactDraft::default()
                }
            ),
        ]
    );
}

#[test]
fn csv_files_that_cannot_be_read() {
    let preview_error = |bytes: &[u8]| csv_preview(bytes).unwrap_err().message;
    assert_eq!(preview_error(b"\xEF\xBB\xBF\r\n"), "This file is empty");
    assert!(preview_error(&[0u8, 1, 2, 3]).contains("not text"));
    assert_eq!(preview_error(b",,\n,\n"), "This file has no rows");
}
