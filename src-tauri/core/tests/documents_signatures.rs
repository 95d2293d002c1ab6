//! Signing documents on screen: a saved signature appears in its party's block and in the PDF,
//! removing it brings the lines for a wet-ink signature back, and what is not accepted saves nothing.

use dphub_core::model::ids::{EmploymentId, PersonId};
use std::process::Command;

use chrono::NaiveDate;
use dphub_core::app::contacts::{add_contact, ContactDraft, ContactStatus};
use dphub_core::app::documents::{
    build_document, remove_signature, sign_document, write_pdf, Block, Document, DocumentKind,
    DocumentRequest, PdfOptions, SignRequest, SignatureBlock, SignatureKey,
};
use dphub_core::app::employment::{add_employment, EmploymentDraft, HoursKind, SickPay};
use dphub_core::app::people::add_person;
use dphub_core::{CoreError, Database};

use crate::document_scene;
use document_scene::person_draft;

const PA_NAME: &str = "Zoë Łukasiewicz-Şahin";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()
}

struct Setup {
    store: Database,
    person: PersonId,
    employment: EmploymentId,
}

fn setup() -> Setup {
    let mut store = Database::open_in_memory().unwrap();
    let p = person_draft("Margaret Ellis");
    let person = add_person(&mut store, &p, today()).unwrap().person.id;
    let contact = add_contact(
        &mut store,
        &ContactDraft {
            full_name: PA_NAME.into(),
            address: "4 Mill Lane\nLeeds".into(),
            date_of_birth: "1990-06-01".into(),
            status: Some(ContactStatus::WorkingForUs),
            ..ContactDraft::default()
        },
        today(),
    )
    .unwrap()
    .contact
    .id;
    let job = EmploymentDraft {
        person_id: Some(person),
        contact_id: Some(contact),
        job_title: "Personal assistant".into(),
        duties: "Help with washing and dressing".into(),
        start_date: "2027-03-01".into(),
        hours_kind: Some(HoursKind::Regular),
        hours_per_week: "16".into(),
        working_pattern: "Monday to Thursday, 8am to 12 noon".into(),
        hourly_rate: "13.50".into(),
        place_of_work: "12 Station Road, Leeds".into(),
        sick_pay: Some(SickPay::Statutory),
        ..EmploymentDraft::default()
    };
    let employment = add_employment(&mut store, &job, today())
        .unwrap()
        .employment
        .id;
    Setup {
        store,
        person,
        employment,
    }
}

fn request(s: &Setup, kind: DocumentKind) -> DocumentRequest {
    DocumentRequest {
        kind,
        person_id: s.person,
        employment_id: Some(s.employment),
        prepared_on: today(),
        timesheet_period_of: None,
    }
}

fn parties(doc: &Document) -> Vec<SignatureBlock> {
    doc.blocks
        .iter()
        .flat_map(|b| match b {
            Block::Signatures { parties } => parties.clone(),
            _ => vec![],
        })
        .collect()
}

fn key(s: &Setup, kind: DocumentKind, role: &str) -> SignatureKey {
    SignatureKey {
        kind,
        person_id: s.person,
        employment_id: Some(s.employment),
        role: role.into(),
    }
}

fn sign(key: SignatureKey, name: &str, on: &str, strokes: Vec<Vec<(u16, u16)>>) -> SignRequest {
    SignRequest {
        key,
        signed_by: name.into(),
        signed_on: on.into(),
        strokes,
        typed: false,
    }
}

fn squiggle() -> Vec<Vec<(u16, u16)>> {
    vec![
        vec![(40, 200), (120, 60), (180, 240), (260, 80)],
        vec![(400, 150), (900, 100)],
    ]
}

fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn pdf_text(doc: &Document) -> String {
    let pdf = write_pdf(
        doc,
        &PdfOptions {
            large_print: false,
            prepared_on: Some(today()),
        },
    )
    .unwrap();
    pdftotext(&pdf)
}

const PERSON_ROLE: &str = "The person receiving the direct payment";

#[test]
fn a_signature_goes_in_its_partys_block_and_the_pdf_and_removing_it_brings_the_lines_back() {
    let mut s = setup();
    let kind = DocumentKind::AgreementSelf;
    let unsigned = build_document(&s.store, &request(&s, kind)).unwrap();
    assert!(parties(&unsigned).iter().all(|p| p.signature.is_none()));
    assert!(!pdf_text(&unsigned).contains("Signed by"));

    let request_to_sign = sign(
        key(&s, kind, PERSON_ROLE),
        "  Margaret Ellis ",
        "2027-02-01",
        squiggle(),
    );
    let signed = sign_document(&mut s.store, &request_to_sign, today()).unwrap();
    let person = parties(&signed)
        .into_iter()
        .find(|p| p.role == PERSON_ROLE)
        .unwrap();
    let signature = person.signature.expect("the person's block is signed");
    assert_eq!(signature.signed_by, "Margaret Ellis");
    assert_eq!(signature.signed_on, "2027-02-01");
    assert_eq!(signature.strokes, squiggle());
    // The council's block is not signed, and building again gives the same signed document.
    assert_eq!(
        parties(&signed)
            .iter()
            .filter(|p| p.signature.is_some())
            .count(),
        1
    );
    assert_eq!(
        build_document(&s.store, &request(&s, kind)).unwrap(),
        signed
    );
    let text = pdf_text(&signed);
    assert!(text.contains("Signed by Margaret Ellis"), "{text}");

    // It belongs to this document only: the other agreements and the PA's documents are unsigned.
    for other in [DocumentKind::AgreementCarer, DocumentKind::Particulars] {
        let doc = build_document(&s.store, &request(&s, other)).unwrap();
        assert!(
            parties(&doc).iter().all(|p| p.signature.is_none()),
            "{other:?}"
        );
    }

    let person_key = key(&s, kind, PERSON_ROLE);
    let removed = remove_signature(&mut s.store, &person_key, today()).unwrap();
    assert_eq!(removed, unsigned);
    assert!(!pdf_text(&removed).contains("Signed by"));
}

#[test]
fn the_pa_signs_their_written_statement_and_a_typed_name_is_a_signature_too() {
    let mut s = setup();
    let kind = DocumentKind::Particulars;
    let mut typed = sign(key(&s, kind, "The employee"), PA_NAME, "1/2/2027", vec![]);
    typed.typed = true;
    let doc = sign_document(&mut s.store, &typed, today()).unwrap();
    let pa = parties(&doc)
        .into_iter()
        .find(|p| p.role == "The employee")
        .unwrap();
    let signature = pa.signature.unwrap();
    assert_eq!(signature.signed_by, PA_NAME);
    assert!(signature.strokes.is_empty());
    assert!(pdf_text(&doc).contains(&format!("Signed by {PA_NAME}")));
    // The timesheet for the same PA is a different document.
    let sheet = build_document(&s.store, &request(&s, DocumentKind::Timesheet)).unwrap();
    assert!(parties(&sheet).iter().all(|p| p.signature.is_none()));
}

fn fields(e: CoreError) -> Vec<String> {
    match e {
        CoreError::Invalid(p) => p.list().iter().map(|p| p.field.clone()).collect(),
        other => panic!("expected a validation problem, got {other:?}"),
    }
}

#[test]
fn what_is_not_accepted_is_refused_with_its_field_and_nothing_is_saved() {
    let mut s = setup();
    let kind = DocumentKind::AgreementSelf;
    let (person, employment) = (s.person, s.employment);
    let k = || SignatureKey {
        kind,
        person_id: person,
        employment_id: Some(employment),
        role: PERSON_ROLE.into(),
    };
    let cases: Vec<(SignRequest, &[&str])> = vec![
        (sign(k(), " ", "2027-02-01", squiggle()), &["signed_by"]),
        (
            sign(k(), "Margaret Ellis", "2027-02-01", vec![]),
            &["strokes"],
        ),
        (
            sign(k(), "Margaret Ellis", "2027-02-01", vec![vec![]]),
            &["strokes"],
        ),
        (
            sign(
                k(),
                "Margaret Ellis",
                "2027-02-01",
                vec![vec![(10, 10), (1001, 20)]],
            ),
            &["strokes"],
        ),
        (
            sign(k(), "Margaret Ellis", "2027-02-01", vec![vec![(10, 301)]]),
            &["strokes"],
        ),
        (
            sign(k(), "Margaret Ellis", "2027-02-02", squiggle()),
            &["signed_on"],
        ),
        (
            sign(k(), "Margaret Ellis", "not a date", squiggle()),
            &["signed_on"],
        ),
        (
            sign(k(), "", "", vec![]),
            &["signed_by", "signed_on", "strokes"],
        ),
        (
            sign(
                key(&s, kind, "The PA"),
                "Margaret Ellis",
                "2027-02-01",
                squiggle(),
            ),
            &["role"],
        ),
    ];
    for (bad, want) in cases {
        let got = fields(sign_document(&mut s.store, &bad, today()).unwrap_err());
        assert_eq!(got, *want, "{bad:?}");
    }
    let doc = build_document(&s.store, &request(&s, kind)).unwrap();
    assert!(parties(&doc).iter().all(|p| p.signature.is_none()));
}

#[test]
fn a_document_with_details_missing_cannot_be_signed() {
    let mut s = setup();
    let kind = DocumentKind::AgreementNominated;
    let nominee = sign(
        key(&s, kind, "The nominated person"),
        "Priya Shah",
        "2027-02-01",
        squiggle(),
    );
    let err = sign_document(&mut s.store, &nominee, today()).unwrap_err();
    assert!(matches!(err, CoreError::Missing(_)), "{err:?}");
}
