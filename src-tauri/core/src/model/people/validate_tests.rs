//! The person form's rules: every bad input named in the foundation issue is refused with a message
//! on its own field, and a good form comes out normalised.

use chrono::NaiveDate;

use super::*;
use crate::model::validation::Problems;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn good() -> PersonDraft {
    PersonDraft {
        full_name: " Zoë Łukasiewicz ".into(),
        preferred_name: "Zoë".into(),
        date_of_birth: "12/3/1948".into(),
        address: "1 High Street\nWinchester".into(),
        postcode: "so238uj".into(),
        phone: "01632 960 001".into(),
        email: "zoe@example.org".into(),
        council: "Hampshire County Council".into(),
        council_reference: "HCC-00417".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        manager: ManagerDraft {
            managed_by: Some(ManagedBy::AuthorisedPerson),
            authority_basis: Some(AuthorityBasis::LastingPowerOfAttorney),
            name: "Ayşe Yılmaz".into(),
            relationship: "Daughter".into(),
            ..Default::default()
        },
        dp: DpTermsDraft {
            gross_amount: "£1,250.00".into(),
            contribution: "180.4".into(),
            start_date: "2026-01-05".into(),
            ..Default::default()
        },
        ..Default::default()
    }
}

fn problems(draft: &PersonDraft) -> Problems {
    validate_person(draft, today()).expect_err("should be refused")
}

fn message_for(draft: &PersonDraft, field: &str) -> String {
    let found = problems(draft);
    found
        .list()
        .iter()
        .find(|p| p.field == field)
        .unwrap_or_else(|| panic!("no problem on {field}; got {:?}", found.list()))
        .message
        .clone()
}

#[test]
fn a_good_form_is_accepted_and_normalised() {
    let d = validate_person(&good(), today()).unwrap();
    assert_eq!(d.full_name, "Zoë Łukasiewicz");
    assert_eq!(d.postcode.as_deref(), Some("SO23 8UJ"));
    assert_eq!(
        d.date_of_birth,
        NaiveDate::from_ymd_opt(1948, 3, 12).unwrap()
    );
    assert_eq!(d.dp.gross_amount.to_canonical_string(), "1250.00");
    assert_eq!(d.dp.contribution.to_canonical_string(), "180.40");
    assert_eq!(d.dp.period, crate::model::period::PaymentPeriod::FourWeekly);
    assert_eq!(d.dp.excess_threshold_weeks, 4);
    assert_eq!(
        d.dp.review_dates.first(),
        Some(&NaiveDate::from_ymd_opt(2026, 7, 5).unwrap())
    );
    assert_eq!(d.manager.representative.unwrap().name, "Ayşe Yılmaz");
    assert_eq!(d.council_reference.as_deref(), Some("HCC-00417"));
}

#[test]
fn names_in_any_script_are_kept_exactly() {
    for name in [
        "Zoë Łukasiewicz",
        "Ayşe Yılmaz",
        "Σοφία",
        "Nguyễn Thị Minh Khai",
        "محمد",
    ] {
        let mut draft = good();
        draft.full_name = name.into();
        assert_eq!(validate_person(&draft, today()).unwrap().full_name, name);
    }
}

#[test]
fn an_empty_name_is_refused() {
    let mut d = good();
    d.full_name = "   ".into();
    assert_eq!(message_for(&d, "full_name"), "Enter the person's full name");
}

#[test]
fn a_date_of_birth_in_the_future_is_refused() {
    let mut d = good();
    d.date_of_birth = "2026-11-25".into();
    assert_eq!(
        message_for(&d, "date_of_birth"),
        "Date of birth must be in the past"
    );
    d.date_of_birth = "2999-01-01".into();
    assert_eq!(
        message_for(&d, "date_of_birth"),
        "Date of birth must be in the past",
        "a real date far ahead is in the future, not unreal"
    );
    d.date_of_birth = "1/1/1850".into();
    assert_eq!(
        message_for(&d, "date_of_birth"),
        "Date of birth must be in 1900 or later"
    );
    d.date_of_birth = "31/2/1950".into();
    assert!(message_for(&d, "date_of_birth").contains("real date"));
}

#[test]
fn the_young_person_type_needs_someone_aged_16_or_17() {
    let mut d = good();
    d.recipient_type = Some(RecipientType::YoungPerson16To17);
    assert!(message_for(&d, "recipient_type")
        .contains("aged 16 or 17; this date of birth makes them 78"));
    d.date_of_birth = "2009-11-24".into(); // 17 today
    assert!(validate_person(&d, today()).is_ok());
    d.date_of_birth = "2010-11-24".into(); // 16 today
    assert!(validate_person(&d, today()).is_ok());
    d.date_of_birth = "2010-11-25".into(); // 15 until tomorrow
    assert!(message_for(&d, "recipient_type").contains("makes them 15"));
    d.recipient_type = Some(RecipientType::AdultServiceUser);
    assert!(message_for(&d, "recipient_type").contains("18 or over"));
}

#[test]
fn money_must_be_pounds_and_pence_and_not_negative() {
    let mut d = good();
    d.dp.gross_amount = "-5".into();
    assert_eq!(
        message_for(&d, "dp.gross_amount"),
        "Gross amount must not be negative"
    );
    d.dp.gross_amount = "12.345".into();
    assert!(message_for(&d, "dp.gross_amount").contains("no more than 2 decimal places"));
    d.dp.gross_amount = "".into();
    assert_eq!(message_for(&d, "dp.gross_amount"), "Enter the gross amount");
    d.dp.gross_amount = "lots".into();
    assert!(message_for(&d, "dp.gross_amount").contains("pounds and pence"));
    for ok in ["12.71", "£12.71", "12.7", "1,250.00"] {
        let mut d = good();
        d.dp.gross_amount = ok.into();
        d.dp.contribution = "".into();
        assert!(validate_person(&d, today()).is_ok(), "{ok}");
    }
}

#[test]
fn a_contribution_larger_than_the_gross_is_refused() {
    let mut d = good();
    d.dp.contribution = "1250.01".into();
    assert_eq!(
        message_for(&d, "dp.contribution"),
        "The contribution must not be more than the gross amount (£1,250.00)"
    );
    d.dp.contribution = "1250".into();
    assert!(validate_person(&d, today()).is_ok());
}

#[test]
fn malformed_postcode_email_and_phone_are_refused() {
    let mut d = good();
    d.postcode = "SO23".into();
    d.email = "zoe@example".into();
    d.phone = "123".into();
    d.manager.email = "not an email".into();
    let found = problems(&d);
    for field in ["postcode", "email", "phone", "manager.email"] {
        assert!(found.has(field), "{field}");
    }
    assert_eq!(found.list().len(), 4);
}

#[test]
fn an_end_date_before_the_start_is_refused() {
    let mut d = good();
    d.dp.end_date = "2026-01-04".into();
    assert_eq!(
        message_for(&d, "dp.end_date"),
        "The end date must be the same as or after the start date"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let d = PersonDraft::default();
    let found = problems(&d);
    for field in [
        "full_name",
        "date_of_birth",
        "council",
        "recipient_type",
        "manager.managed_by",
        "dp.gross_amount",
        "dp.start_date",
    ] {
        assert!(found.has(field), "{field}: {:?}", found.list());
    }
}

#[test]
fn representatives_must_be_named_and_authority_given() {
    let mut d = good();
    d.manager.name = "".into();
    d.manager.relationship = "".into();
    d.manager.authority_basis = None;
    let found = problems(&d);
    assert!(found.has("manager.name"));
    assert!(found.has("manager.relationship"));
    assert!(found.has("manager.authority_basis"));
    assert!(found
        .list()
        .iter()
        .any(|p| p.message == "Enter the authorised person's name"));

    d.manager.managed_by = Some(ManagedBy::Themself);
    let ok = validate_person(&d, today()).unwrap();
    assert_eq!(ok.manager.representative, None);
    assert_eq!(ok.manager.authority_basis, None);

    d.manager.managed_by = Some(ManagedBy::ThirdPartyMoneyManager);
    d.manager.name = "Acme Money Management Ltd".into();
    assert!(
        validate_person(&d, today()).is_ok(),
        "a money manager has no relationship to give"
    );
}

#[test]
fn review_dates_typed_are_checked_sorted_and_deduplicated() {
    let mut d = good();
    d.dp.end_date = "2027-12-31".into();
    d.dp.review_dates = vec![
        "2027-06-01".into(),
        "".into(),
        "2026-06-01".into(),
        "2027-06-01".into(),
    ];
    let ok = validate_person(&d, today()).unwrap();
    assert_eq!(
        ok.dp.review_dates,
        vec![
            NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
            NaiveDate::from_ymd_opt(2027, 6, 1).unwrap()
        ]
    );
    d.dp.review_dates = vec![
        "2026-06-01".into(),
        "2025-12-31".into(),
        "2028-01-01".into(),
        "soon".into(),
    ];
    let found = problems(&d);
    assert!(found.has("dp.review_dates.1"));
    assert!(found.has("dp.review_dates.2"));
    assert!(found.has("dp.review_dates.3"));
    assert!(!found.has("dp.review_dates.0"));
}

#[test]
fn the_excess_threshold_is_whole_weeks() {
    let mut d = good();
    for bad in ["0", "53", "4.5", "", "four"] {
        d.dp.excess_threshold_weeks = bad.into();
        assert!(problems(&d).has("dp.excess_threshold_weeks"), "{bad}");
    }
    d.dp.excess_threshold_weeks = " 8 ".into();
    assert_eq!(
        validate_person(&d, today())
            .unwrap()
            .dp
            .excess_threshold_weeks,
        8
    );
}

#[test]
fn the_draft_of_a_saved_person_validates_to_the_same_details() {
    let details = validate_person(&good(), today()).unwrap();
    let again = validate_person(&details.to_draft(), today()).unwrap();
    assert_eq!(details, again);
}
