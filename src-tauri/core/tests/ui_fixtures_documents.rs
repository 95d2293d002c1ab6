//! Writes the documents the browser tests' fake backend answers with, from the real core: a
//! self-managed agreement as built (and signed), and what a written statement with gaps lacks.
//! Run by `cargo test`; the output is committed under ui/tests/browser/generated/.

use chrono::NaiveDate;
use dphub_core::app::contacts::{add_contact, ContactDraft, ContactStatus};
use dphub_core::app::documents::{
    build_document, missing_details, AgreementVariant, DocumentKind, DocumentRequest,
};
use dphub_core::app::employment::{add_employment, EmploymentDraft, HoursKind};
use dphub_core::app::people::{
    add_person, AccountType, ManagedBy, ManagerDraft, PersonDraft, RecipientType,
};
use dphub_core::Database;

#[test]
fn documents_for_the_ui_tests() {
    let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let mut store = Database::open_in_memory().unwrap();
    let mut p = PersonDraft {
        full_name: "Zoë Łukasiewicz".into(),
        date_of_birth: "1949-05-03".into(),
        address: "12 Station Road\nLeeds".into(),
        postcode: "LS1 4AB".into(),
        council: "Leeds City Council".into(),
        council_reference: "DP-10234".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        manager: ManagerDraft {
            managed_by: Some(ManagedBy::Themself),
            ..ManagerDraft::default()
        },
        ..PersonDraft::default()
    };
    p.dp.gross_amount = "1250.00".into();
    p.dp.first_payment_date = "2026-03-02".into();
    p.dp.start_date = "2026-03-02".into();
    p.dp.account_type = Some(AccountType::SeparateBankAccount);
    let person = add_person(&mut store, &p, today).unwrap().person.id;
    let contact = add_contact(
        &mut store,
        &ContactDraft {
            full_name: "Ann Lee".into(),
            date_of_birth: "1985-01-01".into(),
            status: Some(ContactStatus::WorkingForUs),
            ..ContactDraft::default()
        },
        today,
    )
    .unwrap()
    .contact
    .id;
    let job = EmploymentDraft {
        person_id: Some(person),
        contact_id: Some(contact),
        job_title: "Personal assistant".into(),
        start_date: "2026-03-16".into(),
        hours_kind: Some(HoursKind::Regular),
        hours_per_week: "16".into(),
        working_pattern: "Monday to Thursday, 8am to 12 noon".into(),
        hourly_rate: "13.50".into(),
        ..EmploymentDraft::default()
    };
    let employment = add_employment(&mut store, &job, today)
        .unwrap()
        .employment
        .id;
    let request = |kind| DocumentRequest {
        kind,
        person_id: person,
        employment_id: Some(employment),
        prepared_on: today,
        timesheet_period_of: None,
    };
    let agreement = build_document(&store, &request(DocumentKind::AgreementSelf)).unwrap();
    let missing = missing_details(&store, &request(DocumentKind::Particulars)).unwrap();
    assert!(!missing.is_empty());
    let fixture = serde_json::json!({
        "person_id": person,
        "employment_id": employment,
        "agreement": agreement,
        "particulars_missing": missing,
        "agreements": AgreementVariant::ALL.iter().map(|v| {
            let k = v.kind();
            serde_json::json!({ "value": k, "label": k.label(), "hint": k.hint() })
        }).collect::<Vec<_>>(),
        "kinds": DocumentKind::choices(),
    });
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../ui/tests/browser/generated/documents.json");
    std::fs::write(path, serde_json::to_string_pretty(&fixture).unwrap() + "\n").unwrap();
}
