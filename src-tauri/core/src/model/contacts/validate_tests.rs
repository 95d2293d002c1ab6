use chrono::NaiveDate;

use super::*;
use crate::model::contacts::{ContactStatus, DayPart, DbsLevel, Weekday};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn draft() -> ContactDraft {
    ContactDraft {
        full_name: "  Zoë Łukasiewicz ".into(),
        status: Some(ContactStatus::LookingForWork),
        ..ContactDraft::default()
    }
}

fn problems(d: &ContactDraft) -> Vec<(String, String)> {
    validate_contact(d, today())
        .unwrap_err()
        .list()
        .iter()
        .map(|p| (p.field.clone(), p.message.clone()))
        .collect()
}

#[test]
fn a_name_and_status_are_enough() {
    let details = validate_contact(&draft(), today()).unwrap();
    assert_eq!(details.full_name, "Zoë Łukasiewicz");
    assert!(details.dbs.is_none() && details.training.is_empty() && details.phones.is_empty());
}

#[test]
fn lists_are_split_trimmed_and_deduplicated_and_choices_kept_in_order() {
    let mut d = draft();
    d.areas = "Winchester, SO23 ; winchester,, Alresford".into();
    d.skills = vec![Skill::Cooking, Skill::PersonalCare, Skill::Cooking];
    d.availability = vec![
        Slot {
            day: Weekday::Sunday,
            part: DayPart::Night,
        },
        Slot {
            day: Weekday::Monday,
            part: DayPart::Morning,
        },
    ];
    d.phones = vec!["07700 900982".into(), "".into(), "07700  900982".into()];
    let c = validate_contact(&d, today()).unwrap();
    assert_eq!(c.areas, ["Winchester", "SO23", "Alresford"]);
    assert_eq!(c.skills, [Skill::PersonalCare, Skill::Cooking]);
    assert_eq!(c.availability[0].day, Weekday::Monday);
    assert_eq!(c.phones, ["07700 900982"]);
}

#[test]
fn every_bad_field_is_reported_against_its_path() {
    let d = ContactDraft {
        full_name: " ".into(),
        phones: vec!["07700 900982".into(), "call me".into()],
        email: "not an email".into(),
        hourly_rate: "12.345".into(),
        dbs: DbsDraft {
            level: None,
            certificate_number: "12345".into(),
            issue_date: "2027-01-01".into(),
            update_service: false,
        },
        training: vec![
            TrainingDraft::default(),
            TrainingDraft {
                course: "".into(),
                completed_on: "2026-01-01".into(),
                expires_on: "2025-01-01".into(),
            },
        ],
        date_of_birth: "2020-01-01".into(),
        last_contacted_on: "31/02/2026".into(),
        status: None,
        ..ContactDraft::default()
    };
    let fields: Vec<String> = problems(&d).into_iter().map(|(f, _)| f).collect();
    for expected in [
        "full_name",
        "phones.1",
        "email",
        "hourly_rate",
        "dbs.level",
        "dbs.certificate_number",
        "dbs.issue_date",
        "training.1.course",
        "training.1.expires_on",
        "date_of_birth",
        "status",
        "last_contacted_on",
    ] {
        assert!(
            fields.contains(&expected.to_string()),
            "{expected} missing from {fields:?}"
        );
    }
    assert!(!fields.iter().any(|f| f.starts_with("training.0")));
}

#[test]
fn a_dbs_check_needs_a_level_and_an_issue_date_and_keeps_a_12_digit_number() {
    let mut d = draft();
    d.dbs = DbsDraft {
        level: Some(DbsLevel::EnhancedWithBarredList),
        certificate_number: "0012 3456 7890".into(),
        issue_date: "3/2/2024".into(),
        update_service: true,
    };
    let dbs = validate_contact(&d, today()).unwrap().dbs.unwrap();
    assert_eq!(dbs.certificate_number.as_deref(), Some("001234567890"));
    assert_eq!(dbs.issue_date, NaiveDate::from_ymd_opt(2024, 2, 3).unwrap());
    d.dbs.issue_date = String::new();
    assert_eq!(
        problems(&d),
        [(
            "dbs.issue_date".to_string(),
            "Enter the DBS certificate's issue date".to_string()
        )]
    );
}
