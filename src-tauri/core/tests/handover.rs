//! Handover bundles: one person's records out of one database and into another, equal but for
//! their ids; nothing of anyone else's; matched PAs reused or added; a person already here refused
//! unless chosen; and bad files refused with nothing stored.

use chrono::NaiveDate;
use dphub_core::app::account::{
    self, EntryDraft, OwedDraft, ReceiptFile, ReconcileDraft, ReturnFrequency,
};
use dphub_core::app::checklists::{self, ChecklistOwner};
use dphub_core::app::contacts::{self, ContactDraft, ContactStatus};
use dphub_core::app::costs::{self, LineFrequency, PlanLineDraft, PlanLineKind};
use dphub_core::app::documents::{sign_document, DocumentKind, SignRequest, SignatureKey};
use dphub_core::app::employment::{self, EmploymentDraft, EmploymentEndDraft, HoursKind, SickPay};
use dphub_core::app::handover::{
    self, HandoverChoices, MatchedPas, PASSPHRASE_AGAIN_FIELD, PERSON_FIELD,
};
use dphub_core::app::people::{self, TermsChangeDraft};
use dphub_core::app::sealed::{seal, SealedKind, Stretch};
use dphub_core::app::Passphrase;
use dphub_core::model::ids::{ContactId, EmploymentId, PersonId};
use dphub_core::model::statement::ImportRuleDraft;
use dphub_core::{CoreError, Database};

use crate::document_scene::person_draft;

const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2027, 4, 15).unwrap();
const PDF: &[u8] = b"%PDF-1.4\n% Ann's payslip, March\n";
const PERSON_ROLE: &str = "The person receiving the direct payment";

fn pass() -> Passphrase {
    Passphrase::new("four words you remember")
}

fn add_pa(db: &mut Database, name: &str, phone: &str, email: &str) -> ContactId {
    contacts::add_contact(
        db,
        &ContactDraft {
            full_name: name.into(),
            phones: vec![phone.into()],
            email: email.into(),
            status: Some(ContactStatus::WorkingForUs),
            ..ContactDraft::default()
        },
        TODAY,
    )
    .unwrap()
    .contact
    .id
}

fn employ(db: &mut Database, person: PersonId, pa: ContactId) -> EmploymentId {
    let job = EmploymentDraft {
        person_id: Some(person),
        contact_id: Some(pa),
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
    employment::add_employment(db, &job, TODAY)
        .unwrap()
        .employment
        .id
}

/// Margaret with two PAs (Ann shared with Bert), every kind of record, and Bert with his own.
pub(crate) struct Scene {
    pub db: Database,
    pub margaret: PersonId,
    pub bert: PersonId,
}

pub(crate) fn scene() -> Scene {
    let mut db = Database::open_in_memory().unwrap();
    // Someone first, so Margaret's ids are not 1 and a copy cannot match by luck.
    let bert = people::add_person(&mut db, &person_draft("Bert Ellis"), TODAY)
        .unwrap()
        .person
        .id;
    let margaret = people::add_person(&mut db, &person_draft("Margaret Ellis"), TODAY)
        .unwrap()
        .person
        .id;
    let ann = add_pa(&mut db, "Ann Lee", "07700 900982", "ann@example.org");
    let cy = add_pa(&mut db, "Cy Oduya", "07700 900111", "cy@example.org");
    let dee = add_pa(&mut db, "Dee Bright", "07700 900222", "dee@example.org");
    let bert_ann = employ(&mut db, bert, ann);
    employ(&mut db, bert, dee);
    let job_ann = employ(&mut db, margaret, ann);
    let job_cy = employ(&mut db, margaret, cy);
    employment::end_employment(
        &mut db,
        job_cy,
        &EmploymentEndDraft {
            end_date: "2027-06-30".into(),
            reason: "Moved away".into(),
        },
        TODAY,
    )
    .unwrap();

    people::add_terms_change(
        &mut db,
        margaret,
        &TermsChangeDraft {
            effective_from: "2027-04-06".into(),
            gross_amount: "1300".into(),
            reason: "Uplift".into(),
            ..TermsChangeDraft::default()
        },
    )
    .unwrap();
    checklists::tick(
        &mut db,
        ChecklistOwner::Employment(job_ann),
        "written-statement",
        NaiveDate::from_ymd_opt(2027, 2, 20).unwrap(),
        "Margaret",
        TODAY,
    )
    .unwrap();
    checklists::not_applicable(
        &mut db,
        ChecklistOwner::Person(margaret),
        "pay-hmrc-quarterly",
        "We pay monthly",
        TODAY,
    )
    .unwrap();
    checklists::tick(
        &mut db,
        ChecklistOwner::Employment(bert_ann),
        "written-statement",
        TODAY,
        "Bert",
        TODAY,
    )
    .unwrap();
    let line = costs::add_plan_line(
        &mut db,
        margaret,
        &PlanLineDraft {
            kind: Some(PlanLineKind::AgencyHours),
            description: "Agency, Tuesdays".into(),
            quantity: "4".into(),
            unit_cost: "25.50".into(),
            frequency: Some(LineFrequency::Week),
        },
        TODAY,
    )
    .unwrap();
    let line_id = line.plan.lines[0].id;
    sign_document(
        &mut db,
        &SignRequest {
            key: SignatureKey {
                kind: DocumentKind::AgreementSelf,
                person_id: margaret,
                employment_id: None,
                role: PERSON_ROLE.into(),
            },
            signed_by: "Margaret Ellis".into(),
            signed_on: "2027-02-01".into(),
            strokes: vec![vec![(40, 200), (120, 60), (180, 240)]],
            typed: false,
        },
        TODAY,
    )
    .unwrap();
    let entry = |date: &str, amount: &str, category: &str| EntryDraft {
        date: date.into(),
        amount: amount.into(),
        category: category.into(),
        ..EntryDraft::default()
    };
    account::add_entry(
        &mut db,
        margaret,
        &entry("2027-03-01", "1069.60", "council-payment"),
        None,
    )
    .unwrap();
    let wages = account::add_entry(
        &mut db,
        margaret,
        &EntryDraft {
            counterparty: "Ann Lee".into(),
            employment_id: Some(job_ann),
            reference: "Payslip 1".into(),
            ..entry("2027-03-28", "216", "pa-wages")
        },
        Some(ReceiptFile {
            file_name: "payslip.pdf",
            content: PDF,
        }),
    )
    .unwrap();
    account::add_entry(
        &mut db,
        margaret,
        &EntryDraft {
            plan_line_id: Some(line_id),
            ..entry("2027-03-20", "102", "agency")
        },
        None,
    )
    .unwrap();
    let edited = EntryDraft {
        note: "Overtime".into(),
        ..account::entry_draft(&db, wages.id).unwrap()
    };
    account::edit_entry(&mut db, wages.id, &edited).unwrap();
    let owed = account::add_owed(
        &mut db,
        margaret,
        &OwedDraft {
            what: "March wages for Ann".into(),
            amount: "216".into(),
            due_date: "2027-03-28".into(),
            category: "pa-wages".into(),
            payee: "Ann Lee".into(),
        },
    )
    .unwrap();
    account::settle_owed(&mut db, owed.id, wages.id).unwrap();
    account::reconcile(
        &mut db,
        margaret,
        &ReconcileDraft {
            on: "2027-03-31".into(),
            statement_balance: "751.60".into(),
        },
        TODAY,
    )
    .unwrap();
    account::add_import_rule(
        &mut db,
        margaret,
        &ImportRuleDraft {
            contains: "LEE".into(),
            category: "pa-wages".into(),
            counterparty: "Ann Lee".into(),
            employment_id: Some(job_ann),
        },
    )
    .unwrap();
    account::set_return_frequency(&mut db, margaret, ReturnFrequency::Quarterly).unwrap();
    account::add_entry(
        &mut db,
        bert,
        &entry("2027-03-01", "999.99", "council-payment"),
        None,
    )
    .unwrap();
    Scene { db, margaret, bert }
}

fn bundle_bytes(db: &Database, person: PersonId) -> Vec<u8> {
    handover::handover_bytes(db, person, &pass(), Stretch::FOR_TESTS)
        .unwrap()
        .1
}

fn problem(error: CoreError) -> (String, String) {
    match error {
        CoreError::Invalid(p) => (p.list()[0].field.clone(), p.list()[0].message.clone()),
        other => panic!("expected a problem on a field, got {other:?}"),
    }
}

/// Everything a person's screens show of them, ids aside.
fn everything(db: &Database, person: PersonId) -> serde_json::Value {
    let strip = |v: serde_json::Value| strip_ids(v);
    let jobs = employment::employments_of(db, Some(person), None, TODAY).unwrap();
    let mut receipts = vec![];
    for line in account::list_entries(db, person, None, None).unwrap().lines {
        for r in &line.entry.receipts {
            let receipt = account::receipt(db, r.id).unwrap();
            receipts.push(serde_json::json!([receipt.info, receipt.content]));
        }
    }
    let checklists: Vec<serde_json::Value> = jobs
        .iter()
        .map(|j| {
            serde_json::to_value(checklists::checklists_for_employment(db, j.id, TODAY).unwrap())
                .unwrap()
        })
        .collect();
    let signatures = dphub_core::app::documents::build_document(
        db,
        &dphub_core::app::documents::DocumentRequest {
            kind: DocumentKind::AgreementSelf,
            person_id: person,
            employment_id: None,
            prepared_on: TODAY,
            timesheet_period_of: None,
        },
    )
    .unwrap();
    strip(serde_json::json!({
        "person": people::view_person(db, person, TODAY).unwrap(),
        "terms": people::terms_history(db, person).unwrap(),
        "jobs": jobs,
        "job_views": jobs.iter().map(|j| employment::view_employment(db, j.id, TODAY).unwrap()).collect::<Vec<_>>(),
        "pas": jobs.iter().map(|j| contacts::get_contact(db, j.contact_id).unwrap().details).collect::<Vec<_>>(),
        "person_checklists": checklists::checklists_for_person(db, person, TODAY).unwrap(),
        "pa_checklists": checklists,
        "costs": costs::person_costs(db, person, TODAY).unwrap(),
        "entries": account::list_entries(db, person, None, None).unwrap(),
        "receipts": receipts,
        "owed": account::list_owed(db, person).unwrap(),
        "audit": account::audit_trail(db, person).unwrap(),
        "rules": account::import_rules(db, person).unwrap(),
        "return_every": account::return_frequency(db, person).unwrap(),
        "agreement": signatures,
    }))
}

/// Drops every number named as an id (`id`, `person_id`, `record_id`…), and keeps the rest.
fn strip_ids(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(map) => map
            .into_iter()
            .filter(|(k, _)| k != "id" && !k.ends_with("_id") && k != "settled_by")
            .map(|(k, v)| (k, strip_ids(v)))
            .collect(),
        serde_json::Value::Array(a) => a.into_iter().map(strip_ids).collect(),
        other => other,
    }
}

#[test]
fn a_person_handed_over_arrives_with_everything_equal_but_their_ids() {
    let s = scene();
    let sealed = bundle_bytes(&s.db, s.margaret);
    assert!(!sealed.windows(8).any(|w| w == b"Margaret"), "sealed");

    let mut other = Database::open_in_memory().unwrap();
    // Someone already there, so every id must be mapped, not copied.
    for name in ["Olive Stone", "Percy Stone", "Queenie Stone"] {
        people::add_person(&mut other, &person_draft(name), TODAY).unwrap();
    }
    add_pa(&mut other, "Zed Quill", "07700 900999", "zed@example.org");
    let preview = handover::preview_handover(&other, &sealed, &pass()).unwrap();
    assert_eq!(preview.person.full_name, "Margaret Ellis");
    assert_eq!(preview.pas.len(), 2);
    assert!(preview.pas.iter().all(|p| p.existing_id.is_none()));
    assert!(preview.already_here.is_empty());
    let count = |what: &str| {
        preview
            .counts
            .iter()
            .find(|c| c.what.starts_with(what))
            .map(|c| c.count)
    };
    assert_eq!(count("Employments"), Some(2));
    assert_eq!(count("Payments"), Some(3));
    assert_eq!(count("Receipts"), Some(1));
    assert_eq!(count("Signatures"), Some(1));
    assert_eq!(count("Checklist"), Some(2));

    let done = handover::import_handover(&mut other, &sealed, &pass(), &HandoverChoices::default())
        .unwrap();
    assert_eq!(done.pas_added, 2);
    assert_ne!(done.person_id, s.margaret);
    let theirs = everything(&s.db, s.margaret);
    assert_eq!(everything(&other, done.person_id), theirs);
    // What was compared holds every kind of record.
    assert_eq!(theirs["receipts"].as_array().unwrap().len(), 1);
    assert!(theirs["audit"].as_array().unwrap().len() >= 5);
    assert_eq!(theirs["jobs"].as_array().unwrap().len(), 2);
    let text = theirs.to_string();
    for expected in [
        "We pay monthly",
        "Overtime",
        "Agency, Tuesdays",
        "LEE",
        "quarterly",
        "Uplift",
        "Moved away",
        "ann@example.org",
        "\"signed_by\":\"Margaret Ellis\"",
    ] {
        assert!(text.contains(expected), "{expected} is not compared");
    }
    assert_eq!(other.integrity_check().unwrap(), Vec::<String>::new());

    // The employments point at the right PAs, the wages at the right employment.
    let jobs = employment::employments_of(&other, Some(done.person_id), None, TODAY).unwrap();
    let ann_job = jobs.iter().find(|j| j.contact_name == "Ann Lee").unwrap();
    let lines = account::list_entries(&other, done.person_id, None, None)
        .unwrap()
        .lines;
    let wages = lines
        .iter()
        .find(|l| l.entry.details.category.code() == "pa-wages")
        .unwrap();
    assert_eq!(wages.entry.details.employment_id, Some(ann_job.id));
}

#[test]
fn nothing_of_anyone_else_is_in_a_bundle_even_with_a_shared_pa() {
    let s = scene();
    let (bundle, _) =
        handover::handover_bytes(&s.db, s.margaret, &pass(), Stretch::FOR_TESTS).unwrap();
    let json = serde_json::to_string(&bundle).unwrap();
    assert!(json.contains("Margaret Ellis"));
    for theirs in ["Bert Ellis", "Dee Bright", "999.99", "\"Bert\""] {
        assert!(!json.contains(theirs), "{theirs} is in Margaret's bundle");
    }
    // Ann works for both; she is in it once, with Margaret's employment only.
    assert_eq!(bundle.contacts.len(), 2);
    let jobs = bundle
        .tables
        .iter()
        .find(|t| t.name == "employment")
        .unwrap();
    assert_eq!(jobs.rows.len(), 2);

    // And Bert's import brings only his.
    let mut other = Database::open_in_memory().unwrap();
    let done = handover::import_handover(
        &mut other,
        &bundle_bytes(&s.db, s.bert),
        &pass(),
        &HandoverChoices::default(),
    )
    .unwrap();
    assert_eq!(people::list_people(&other, "", true).unwrap().len(), 1);
    assert_eq!(done.full_name, "Bert Ellis");
    assert_eq!(
        everything(&other, done.person_id),
        everything(&s.db, s.bert)
    );
}

#[test]
fn a_pa_already_here_is_reused_unless_the_importer_adds_them_anew() {
    let s = scene();
    let sealed = bundle_bytes(&s.db, s.margaret);
    let mut other = Database::open_in_memory().unwrap();
    // The same Ann, by phone number written another way.
    let ann_here = add_pa(&mut other, "Ann Lee-Smith", "+44 7700 900982", "");
    let preview = handover::preview_handover(&other, &sealed, &pass()).unwrap();
    let ann = preview
        .pas
        .iter()
        .find(|p| p.full_name == "Ann Lee")
        .unwrap();
    assert_eq!(ann.existing_id, Some(ann_here));
    assert_eq!(
        ann.reason.as_deref(),
        Some("Same phone number as Ann Lee-Smith")
    );

    let done = handover::import_handover(&mut other, &sealed, &pass(), &HandoverChoices::default())
        .unwrap();
    assert_eq!((done.pas_added, done.pas_reused), (1, 1));
    let jobs = employment::employments_of(&other, Some(done.person_id), None, TODAY).unwrap();
    assert!(jobs.iter().any(|j| j.contact_id == ann_here));
    // Ann's own record here is not changed.
    assert_eq!(
        contacts::get_contact(&other, ann_here)
            .unwrap()
            .details
            .full_name,
        "Ann Lee-Smith"
    );

    let mut third = Database::open_in_memory().unwrap();
    let ann_there = add_pa(&mut third, "Ann Lee", "07700 900982", "");
    let done = handover::import_handover(
        &mut third,
        &sealed,
        &pass(),
        &HandoverChoices {
            matched_pas: MatchedPas::AddNew,
            as_separate_person: false,
        },
    )
    .unwrap();
    assert_eq!((done.pas_added, done.pas_reused), (2, 0));
    let jobs = employment::employments_of(&third, Some(done.person_id), None, TODAY).unwrap();
    assert!(jobs.iter().all(|j| j.contact_id != ann_there));
}

#[test]
fn a_person_already_here_is_refused_unless_imported_as_a_separate_person() {
    let s = scene();
    let sealed = bundle_bytes(&s.db, s.margaret);
    let mut other = Database::open_in_memory().unwrap();
    let here = people::add_person(&mut other, &person_draft("MARGARET ELLIS"), TODAY)
        .unwrap()
        .person
        .id;
    let preview = handover::preview_handover(&other, &sealed, &pass()).unwrap();
    assert_eq!(preview.already_here.len(), 1);
    assert_eq!(preview.already_here[0].id, here);

    let (field, message) = problem(
        handover::import_handover(&mut other, &sealed, &pass(), &HandoverChoices::default())
            .unwrap_err(),
    );
    assert_eq!(field, PERSON_FIELD);
    assert!(message.contains("seems to be here already"), "{message}");
    assert_eq!(people::list_people(&other, "", true).unwrap().len(), 1);

    let done = handover::import_handover(
        &mut other,
        &sealed,
        &pass(),
        &HandoverChoices {
            matched_pas: MatchedPas::Reuse,
            as_separate_person: true,
        },
    )
    .unwrap();
    assert_ne!(done.person_id, here);
    assert_eq!(people::list_people(&other, "", true).unwrap().len(), 2);
}

#[test]
fn bad_files_are_refused_plainly_and_store_nothing() {
    let s = scene();
    let sealed = bundle_bytes(&s.db, s.margaret);
    let mut other = Database::open_in_memory().unwrap();
    let choices = HandoverChoices::default();
    let mut refuse = |bytes: &[u8], passphrase: &Passphrase| {
        let error = handover::import_handover(&mut other, bytes, passphrase, &choices).unwrap_err();
        problem(error)
    };
    let (field, message) = refuse(&sealed, &Passphrase::new("not the right one"));
    assert_eq!(field, "passphrase");
    assert!(message.contains("does not open"), "{message}");

    let (field, message) = refuse(&sealed[..sealed.len() / 2], &pass());
    assert_eq!(field, "file");
    assert!(message.contains("damaged or incomplete"), "{message}");

    let mut tampered = sealed.clone();
    let at = tampered.len() - 300;
    tampered[at] ^= 0x20;
    let (_, message) = refuse(&tampered, &pass());
    assert!(message.contains("damaged or incomplete"), "{message}");

    let (_, message) = refuse(b"BEGIN:VCARD\nFN:Ann\nEND:VCARD\n", &pass());
    assert_eq!(message, "This file is not a DP Hub handover bundle");

    let backup = seal(SealedKind::Backup, b"{}", &pass(), Stretch::FOR_TESTS).unwrap();
    let (_, message) = refuse(&backup, &pass());
    assert_eq!(message, "This file is not a DP Hub handover bundle");

    // Sealed properly, but not a bundle inside.
    let junk = seal(SealedKind::Handover, b"[1, 2", &pass(), Stretch::FOR_TESTS).unwrap();
    let (_, message) = refuse(&junk, &pass());
    assert!(message.contains("damaged or incomplete"), "{message}");

    assert!(people::list_people(&other, "", true).unwrap().is_empty());
    assert_eq!(
        contacts::search_contacts(&other, &contacts::ContactQuery::default(), TODAY)
            .unwrap()
            .total,
        0
    );
}

fn reseal(bundle: &serde_json::Value) -> Vec<u8> {
    seal(
        SealedKind::Handover,
        &serde_json::to_vec(bundle).unwrap(),
        &pass(),
        Stretch::FOR_TESTS,
    )
    .unwrap()
}

#[test]
fn a_bundle_from_a_newer_dp_hub_is_refused() {
    let s = scene();
    let (bundle, _) =
        handover::handover_bytes(&s.db, s.margaret, &pass(), Stretch::FOR_TESTS).unwrap();
    let mut other = Database::open_in_memory().unwrap();
    for (key, value) in [("format", 2), ("schema_version", 10_000)] {
        let mut newer = serde_json::to_value(&bundle).unwrap();
        newer[key] = value.into();
        // A newer DP Hub may also have changed the shape.
        newer["tables"] = "something else".into();
        let error = handover::preview_handover(&other, &reseal(&newer), &pass()).unwrap_err();
        let (field, message) = problem(error);
        assert_eq!(field, "file");
        assert!(message.contains("newer DP Hub"), "{message}");
    }
    assert!(handover::import_handover(
        &mut other,
        &reseal(&serde_json::json!({"format": 9, "schema_version": 1})),
        &pass(),
        &HandoverChoices::default()
    )
    .is_err());
    assert!(people::list_people(&other, "", true).unwrap().is_empty());
}

#[test]
fn a_bundle_whose_contents_do_not_fit_together_writes_nothing() {
    let s = scene();
    let (bundle, _) =
        handover::handover_bytes(&s.db, s.margaret, &pass(), Stretch::FOR_TESTS).unwrap();
    let good = serde_json::to_value(&bundle).unwrap();
    let table = |v: &serde_json::Value, name: &str| {
        v["tables"]
            .as_array()
            .unwrap()
            .iter()
            .position(|t| t["name"] == name)
            .unwrap()
    };
    let column = |v: &serde_json::Value, t: usize, name: &str| {
        v["tables"][t]["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|c| c == name)
            .unwrap()
    };
    let mut broken = vec![];
    // An employment pointing at a PA not in the bundle.
    let mut v = good.clone();
    let t = table(&v, "employment");
    let c = column(&v, t, "contact_id");
    v["tables"][t]["rows"][0][c] = 424_242.into();
    broken.push(("a PA not in it", v));
    // A receipt whose bytes were changed.
    let mut v = good.clone();
    let t = table(&v, "account_receipt");
    let c = column(&v, t, "content");
    v["tables"][t]["rows"][0][c] = serde_json::json!({"base64": "AAAA"});
    broken.push(("a changed receipt", v));
    // A column this DP Hub does not have (or worse, SQL).
    let mut v = good.clone();
    let t = table(&v, "account_entry");
    v["tables"][t]["columns"][1] = "amount) VALUES (1); DROP TABLE person; --".into();
    broken.push(("a strange column", v));
    // A table it does not know.
    let mut v = good.clone();
    v["tables"][0]["name"] = "sqlite_master".into();
    broken.push(("an unknown table", v));
    // A last entry in the audit trail about another record (a failure after most rows went in).
    let mut v = good.clone();
    let t = table(&v, "account_import_rule");
    let c = column(&v, t, "employment_id");
    v["tables"][t]["rows"][0][c] = 77_777.into();
    broken.push(("a rule for another employment", v));

    let mut other = Database::open_in_memory().unwrap();
    for (what, v) in broken {
        let error = handover::import_handover(
            &mut other,
            &reseal(&v),
            &pass(),
            &HandoverChoices::default(),
        )
        .unwrap_err();
        let (field, message) = problem(error);
        assert_eq!(field, "file", "{what}");
        assert!(message.contains("damaged"), "{what}: {message}");
        assert!(
            people::list_people(&other, "", true).unwrap().is_empty(),
            "{what}"
        );
        assert_eq!(
            contacts::search_contacts(&other, &contacts::ContactQuery::default(), TODAY)
                .unwrap()
                .total,
            0,
            "{what}"
        );
    }
}

#[test]
fn the_bundle_file_is_written_whole_for_its_owner_only_with_the_passphrase_twice() {
    let s = scene();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("margaret.dphub-handover");
    let error = handover::export_handover(
        &s.db,
        s.margaret,
        &path,
        &pass(),
        &Passphrase::new("four words you forgot"),
        Stretch::FOR_TESTS,
    )
    .unwrap_err();
    assert_eq!(problem(error).0, PASSPHRASE_AGAIN_FIELD);
    let error = handover::export_handover(
        &s.db,
        s.margaret,
        &path,
        &Passphrase::new("short"),
        &Passphrase::new("short"),
        Stretch::FOR_TESTS,
    )
    .unwrap_err();
    assert_eq!(problem(error).0, "passphrase");
    assert!(!path.exists());

    let saved = handover::export_handover(
        &s.db,
        s.margaret,
        &path,
        &pass(),
        &pass(),
        Stretch::FOR_TESTS,
    )
    .unwrap();
    assert_eq!(saved.full_name, "Margaret Ellis");
    assert_eq!(saved.bytes, std::fs::metadata(&path).unwrap().len());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    let mut other = Database::open_in_memory().unwrap();
    let done = handover::import_handover(
        &mut other,
        &std::fs::read(&path).unwrap(),
        &pass(),
        &HandoverChoices::default(),
    )
    .unwrap();
    assert_eq!(done.full_name, "Margaret Ellis");

    let missing = handover::export_handover(
        &s.db,
        PersonId(999),
        &path,
        &pass(),
        &pass(),
        Stretch::FOR_TESTS,
    )
    .unwrap_err();
    assert!(matches!(missing, CoreError::NotFound { .. }));
}
