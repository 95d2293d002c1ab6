//! Documents built from a saved person, PA and employment: every document's required contents, each
//! agreement variant's parties and clauses, refusal when details are missing, names that survive
//! exactly, custom templates checked with their line, and the same output every time.

use chrono::NaiveDate;
use dphub_core::app::contacts::{add_contact, ContactDraft, ContactStatus};
use dphub_core::app::costs::{
    add_plan_line, save_cost_settings, CostSettingsDraft, LineFrequency, PlanLineDraft,
    PlanLineKind,
};
use dphub_core::app::documents::{
    build_document, check_template, default_agreement_kind, document_options, set_custom_template,
    Block, Document, DocumentKind, DocumentRequest, RecordKind,
};
use dphub_core::app::employment::{add_employment, EmploymentDraft, HoursKind, SickPay};
use dphub_core::app::people::{
    add_person, get_person, AccountType, AuthorityBasis, ManagedBy, ManagerDraft, PersonDraft,
    RecipientType,
};
use dphub_core::model::ids::{ContactId, EmploymentId, PersonId};
use dphub_core::{CoreError, Database};

use crate::document_scene;
use document_scene::person_draft;

const PA_NAME: &str = "Zoë Łukasiewicz-Şahin Σοφία Дмитрий";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn today() -> NaiveDate {
    d(2027, 2, 1)
}

fn managed_by(mut p: PersonDraft, by: ManagedBy, name: &str) -> PersonDraft {
    p.manager = ManagerDraft {
        managed_by: Some(by),
        authority_basis: (by == ManagedBy::AuthorisedPerson)
            .then_some(AuthorityBasis::LastingPowerOfAttorney),
        name: name.into(),
        relationship: "daughter".into(),
        address: "8 Park Avenue\nLeeds LS6 2QR".into(),
        ..ManagerDraft::default()
    };
    p
}

fn employment_draft(person: PersonId, contact: ContactId) -> EmploymentDraft {
    EmploymentDraft {
        person_id: Some(person),
        contact_id: Some(contact),
        job_title: "Personal assistant".into(),
        duties: "Help with washing and dressing\nPrepare meals\nShopping".into(),
        start_date: "2027-03-01".into(),
        continuous_employment_start: "2026-09-14".into(),
        hours_kind: Some(HoursKind::Regular),
        hours_per_week: "16".into(),
        working_pattern: "Monday to Thursday, 8am to 12 noon".into(),
        hourly_rate: "13.50".into(),
        place_of_work: "12 Station Road, Leeds LS1 4AB".into(),
        probation_weeks: "12".into(),
        notice_by_pa_weeks: "2".into(),
        sick_pay: Some(SickPay::Enhanced),
        sick_pay_details: "Full pay for the first 2 weeks of sickness in a year".into(),
        pension_scheme: "NEST".into(),
        ..EmploymentDraft::default()
    }
}

struct Setup {
    store: Database,
    person: PersonId,
    employment: EmploymentId,
}

fn setup_with(draft: PersonDraft) -> Setup {
    let mut store = Database::open_in_memory().unwrap();
    let person = add_person(&mut store, &draft, today()).unwrap().person.id;
    let contact = add_contact(
        &mut store,
        &ContactDraft {
            full_name: PA_NAME.into(),
            address: "4 Mill Lane\nLeeds".into(),
            postcode: "LS2 7QT".into(),
            date_of_birth: "1990-06-01".into(),
            status: Some(ContactStatus::WorkingForUs),
            ..ContactDraft::default()
        },
        today(),
    )
    .unwrap()
    .contact
    .id;
    let employment = add_employment(&mut store, &employment_draft(person, contact), today())
        .unwrap()
        .employment
        .id;
    Setup {
        store,
        person,
        employment,
    }
}

fn setup() -> Setup {
    setup_with(person_draft("Margaret Ellis"))
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

fn build(s: &Setup, kind: DocumentKind) -> Document {
    let doc = build_document(&s.store, &request(s, kind))
        .unwrap_or_else(|e| panic!("{}: {e}", kind.code()));
    // A line ending in {% … %} must not swallow the line after it, and nothing is left unfilled.
    let all = text(&doc);
    for bad in [".1. ", ". 1. ", "{{", "{%", "}}", "%}", "\\"] {
        assert!(!all.contains(bad), "{}: {bad:?} in\n{all}", kind.code());
    }
    // DPHUB_PRINT_DOCS=1 cargo test … -- --nocapture shows each document's text, to read it.
    if std::env::var_os("DPHUB_PRINT_DOCS").is_some() {
        println!("===== {}\n{}", kind.code(), text(&doc));
    }
    doc
}

/// All the document's words, one block a line, for looking things up.
fn text(doc: &Document) -> String {
    let spans = |s: &[dphub_core::app::documents::Span]| {
        s.iter().map(|s| s.text.as_str()).collect::<String>()
    };
    let mut out = vec![doc.title.clone(), doc.subtitle.clone().unwrap_or_default()];
    for b in &doc.blocks {
        out.push(match b {
            Block::Heading { text, .. } => text.clone(),
            Block::Paragraph { spans: s } => spans(s),
            Block::Clause {
                number, spans: s, ..
            } => format!("{number} {}", spans(s)),
            Block::Bullets { items } => items
                .iter()
                .map(|i| spans(i))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::KeyValues { rows } => rows
                .iter()
                .map(|r| format!("{}: {}", r.key, r.value))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Table { header, rows, .. } => std::iter::once(header)
                .chain(rows)
                .map(|r| r.join(" | "))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Checkbox { spans: s, .. } => spans(s),
            Block::Signatures { parties } => parties
                .iter()
                .map(|p| format!("SIGN {} / {}", p.role, p.name))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::PageBreak => String::new(),
        });
    }
    out.join("\n")
}

fn signatories(doc: &Document) -> Vec<(String, String)> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Signatures { parties } => Some(parties),
            _ => None,
        })
        .flatten()
        .map(|p| (p.role.clone(), p.name.clone()))
        .collect()
}

fn assert_contains_all(doc: &Document, wanted: &[&str]) {
    let t = text(doc);
    for w in wanted {
        assert!(t.contains(w), "missing {w:?} in:\n{t}");
    }
}

/// What every agreement must say (domain.md §4).
const AGREEMENT_CONTENTS: &[&str] = &[
    "Leeds City Council",
    "Margaret Ellis",
    "12 Station Road, Leeds, LS1 4AB",
    "3 May 1949",
    "DP-10234",
    "What the words mean",
    "£1,250.00",
    "£180.40",
    "£1,069.60 every 4 weeks",
    "in advance",
    "1 March 2027",
    "standing order",
    "used only for the direct payment",
    "cannot",
    "alcohol, tobacco or gambling",
    "close relative who lives in the same household",
    "written statement of their terms of employment on or before their first day",
    "employers' liability insurance",
    "right to work",
    "Disclosure and Barring Service",
    "cash in hand",
    "plan for what happens if a PA is ill",
    "within 28 days",
    "8 weeks'",
    "£2,500.00",
    "unpaid wages",
    "4 weeks' written notice before it reduces",
    "within the first 6 months, then at least once every 12 months",
    "1 September 2027",
    "Stopping or ending the direct payment",
    "Paying money back",
    "misused",
    "after the death of Margaret Ellis",
    "P45",
    "Keeping safe",
];

#[test]
fn the_self_managed_agreement_has_every_part_and_the_person_and_council_sign() {
    let s = setup();
    let kind = default_agreement_kind(&get_person(&s.store, s.person).unwrap());
    assert_eq!(kind, DocumentKind::AgreementSelf);
    let doc = build(&s, kind);
    assert_eq!(doc.title, "Direct payment agreement");
    assert_contains_all(&doc, AGREEMENT_CONTENTS);
    assert_contains_all(
        &doc,
        &[
            "you are the PA's employer",
            "You are responsible for managing",
        ],
    );
    assert_eq!(
        signatories(&doc),
        vec![
            (
                "The person receiving the direct payment".into(),
                "Margaret Ellis".into()
            ),
            ("For the council".into(), "Leeds City Council".into()),
        ]
    );
    // Clauses are numbered by section, sub-clauses lettered.
    assert!(doc
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Clause { number, .. } if number == "1.1")));
    assert!(doc
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Clause { number, depth: 1, .. } if number == "(a)")));
    assert!(!text(&doc).contains("best interests"));
    // About 5–6 A4 pages: roughly 1,900 to 3,500 words with the tables and signature blocks.
    let words = text(&doc).split_whitespace().count();
    assert!((1900..=3500).contains(&words), "{words} words");
}

#[test]
fn the_nominated_agreement_makes_the_nominee_liable_and_all_three_sign() {
    let s = setup_with(managed_by(
        person_draft("Margaret Ellis"),
        ManagedBy::NominatedPerson,
        "Priya Shah",
    ));
    let doc = build(&s, DocumentKind::AgreementNominated);
    assert_contains_all(&doc, AGREEMENT_CONTENTS);
    assert_contains_all(
        &doc,
        &[
            "Managed by a nominated person: Priya Shah",
            "Nominated person: Priya Shah",
            "you accept responsibility",
            "You are liable for how the money is spent",
            "you act as the employer for Margaret Ellis",
            "you means Priya Shah, the nominated person",
        ],
    );
    assert_eq!(
        signatories(&doc)
            .iter()
            .map(|(_, n)| n.as_str())
            .collect::<Vec<_>>(),
        vec!["Margaret Ellis", "Priya Shah", "Leeds City Council"]
    );
}

#[test]
fn the_authorised_agreement_has_best_interests_and_the_basis_of_authority() {
    let s = setup_with(managed_by(
        person_draft("Margaret Ellis"),
        ManagedBy::AuthorisedPerson,
        "Priya Shah",
    ));
    let doc = build(&s, DocumentKind::AgreementAuthorised);
    assert_contains_all(&doc, AGREEMENT_CONTENTS);
    assert_contains_all(
        &doc,
        &[
            "Basis of their authority: Lasting power of attorney",
            "best interests",
            "Mental Capacity Act 2005",
            "registered lasting power of attorney",
            "regained capacity",
            "tell the council straight away",
        ],
    );
    let signs = signatories(&doc);
    assert_eq!(signs.len(), 2, "{signs:?}");
    assert_eq!(signs[0].1, "Priya Shah");
    assert!(signs[0].0.contains("authorised person"));
    assert!(!signs.iter().any(|(_, n)| n == "Margaret Ellis"));
}

#[test]
fn the_carer_agreement_is_for_the_carers_own_needs() {
    let mut draft = person_draft("Margaret Ellis");
    draft.recipient_type = Some(RecipientType::Carer);
    let s = setup_with(draft);
    let kind = default_agreement_kind(&get_person(&s.store, s.person).unwrap());
    assert_eq!(kind, DocumentKind::AgreementCarer);
    let doc = build(&s, kind);
    assert_contains_all(&doc, AGREEMENT_CONTENTS);
    assert_contains_all(
        &doc,
        &[
            "your own",
            "carer's assessment",
            "must not be used to pay for care or services for the person you care for",
        ],
    );
    assert_eq!(
        signatories(&doc)[0].0,
        "The carer receiving the direct payment"
    );
}

#[test]
fn the_third_party_agreement_names_the_provider_who_also_signs() {
    let mut draft = managed_by(
        person_draft("Margaret Ellis"),
        ManagedBy::ThirdPartyMoneyManager,
        "Leeds Money Management Ltd",
    );
    draft.dp.account_type = Some(AccountType::ManagedAccount);
    let s = setup_with(draft);
    let doc = build(&s, DocumentKind::AgreementThirdParty);
    let mut wanted = AGREEMENT_CONTENTS.to_vec();
    wanted.retain(|w| *w != "used only for the direct payment");
    assert_contains_all(&doc, &wanted);
    assert_contains_all(
        &doc,
        &[
            "With a money manager: Leeds Money Management Ltd runs the account",
            "Leeds Money Management Ltd (the money manager) holds and runs the account",
            "managed account run by Leeds Money Management Ltd",
            "You stay responsible",
        ],
    );
    assert_eq!(
        signatories(&doc)
            .iter()
            .map(|(_, n)| n.as_str())
            .collect::<Vec<_>>(),
        vec![
            "Margaret Ellis",
            "Leeds Money Management Ltd",
            "Leeds City Council"
        ]
    );
}

#[test]
fn the_written_statement_has_every_particular() {
    let s = setup();
    let doc = build(&s, DocumentKind::Particulars);
    assert_eq!(doc.title, "Written statement of employment particulars");
    // domain.md §5, in order, then the PA extras.
    assert_contains_all(
        &doc,
        &[
            // names of employer and worker
            "Employer: Margaret Ellis",
            &format!("Employee: {PA_NAME}"),
            "Employee's address: 4 Mill Lane, Leeds, LS2 7QT",
            // start date and continuous employment
            "starts on 1 March 2027",
            "continuous employment began on 14 September 2026",
            // pay rate and interval
            "£13.50 an hour",
            "every month",
            // hours, days, how they vary
            "16 hours a week",
            "Monday to Thursday, 8am to 12 noon",
            "may change only by agreement",
            // holiday, public holidays, holiday pay, accrued on leaving
            "5.6 weeks' paid holiday",
            "89.6 hours",
            "bank and public holidays",
            "paid for holiday you have built up",
            // sickness
            "Full pay for the first 2 weeks of sickness in a year",
            "Statutory Sick Pay",
            // other paid leave, other benefits
            "maternity, paternity, adoption",
            "no other benefits",
            // notice both ways
            "Notice the employer will give you to end your employment: The legal minimum",
            "Notice you must give the employer if you want to leave: 2 weeks",
            // job title and description
            "Personal assistant",
            "Help with washing and dressing",
            "Prepare meals",
            // expected length
            "permanent",
            // probation
            "12 weeks",
            "probation period",
            // place of work and employer's address
            "12 Station Road, Leeds LS1 4AB",
            "Employer's address: 12 Station Road, Leeds, LS1 4AB",
            // outside the UK
            "outside the UK for more than a month",
            // training
            "Training",
            "moving and handling",
            // pension, collective agreements, disciplinary and grievance
            "NEST",
            "collective agreements",
            "Disciplinary and grievance",
            "Acas",
            // PA extras
            "Confidentiality",
            "Health and safety",
            "45p a mile",
            "If the employer is in hospital",
            "direct payment from Leeds City Council",
        ],
    );
    assert_eq!(
        signatories(&doc),
        vec![
            ("The employer".into(), "Margaret Ellis".into()),
            ("The employee".into(), PA_NAME.into()),
        ]
    );
}

#[test]
fn a_representative_signs_the_written_statement_for_the_employer() {
    let s = setup_with(managed_by(
        person_draft("Margaret Ellis"),
        ManagedBy::AuthorisedPerson,
        "Priya Shah",
    ));
    let doc = build(&s, DocumentKind::Particulars);
    assert_contains_all(
        &doc,
        &["Acting for the employer: Priya Shah (authorised person)"],
    );
    assert_eq!(signatories(&doc)[0].1, "Priya Shah");
}

#[test]
fn the_cost_breakdown_shows_the_payment_each_pa_and_the_plan_with_working() {
    let mut s = setup();
    save_cost_settings(
        &mut s.store,
        s.person,
        &CostSettingsDraft {
            claims_employment_allowance: true,
            insurance_per_year: "60".into(),
            ..CostSettingsDraft::default()
        },
        today(),
    )
    .unwrap();
    add_plan_line(
        &mut s.store,
        s.person,
        &PlanLineDraft {
            kind: Some(PlanLineKind::DayServices),
            description: "Day centre".into(),
            quantity: "1".into(),
            unit_cost: "35".into(),
            frequency: Some(LineFrequency::Week),
        },
        today(),
    )
    .unwrap();
    let doc = build(&s, DocumentKind::CostBreakdown);
    assert_contains_all(
        &doc,
        &[
            "Cost breakdown",
            "Margaret Ellis",
            "£1,069.60 every 4 weeks",
            "£13,904.80",
            PA_NAME,
            "Pay before deductions",
            "Less the Employment Allowance | −£934.20",
            "Employers' liability insurance | £60.00",
            "Day centre | £1,820.00",
            "52",
        ],
    );
    assert!(doc
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Table { header, .. } if header[2] == "How it was worked out")));
}

#[test]
fn the_timesheet_has_a_row_for_every_day_of_the_pay_period_and_both_sign() {
    let s = setup();
    let doc = build(&s, DocumentKind::Timesheet);
    assert_contains_all(
        &doc,
        &["Timesheet", PA_NAME, "Margaret Ellis", "£13.50", "Week 5"],
    );
    let rows: usize = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table {
                rows,
                header,
                widths,
            } => {
                assert_eq!(header.len(), widths.len());
                assert_eq!(widths.iter().map(|w| u32::from(*w)).sum::<u32>(), 100);
                Some(rows.len())
            }
            _ => None,
        })
        .sum();
    assert_eq!(rows, 5 * 7, "a monthly pay period spans 5 weeks");
    assert_eq!(signatories(&doc)[0], ("The PA".into(), PA_NAME.into()));
}

#[test]
fn missing_details_are_listed_and_no_document_is_made() {
    let mut draft = person_draft("Margaret Ellis");
    draft.dp.first_payment_date = String::new();
    draft.council_reference = String::new();
    let mut s = setup_with(draft);
    let Err(CoreError::Missing(items)) =
        build_document(&s.store, &request(&s, DocumentKind::AgreementSelf))
    else {
        panic!("an agreement without a first payment date was made");
    };
    let whats: Vec<&str> = items.iter().map(|m| m.what.as_str()).collect();
    assert_eq!(
        whats,
        vec![
            "the council's reference for the person",
            "the date of the first payment"
        ]
    );
    assert_eq!(items[1].fix.record, RecordKind::Person);
    assert_eq!(items[1].fix.id, s.person.0);
    assert_eq!(items[1].fix.field, "dp.first_payment_date");

    // The PA's place of work and duties are particulars the statement cannot leave blank.
    let mut e = employment_draft(s.person, ContactId(1));
    e.place_of_work = String::new();
    e.duties = String::new();
    dphub_core::app::employment::update_employment(&mut s.store, s.employment, &e, today())
        .unwrap();
    let Err(CoreError::Missing(items)) =
        build_document(&s.store, &request(&s, DocumentKind::Particulars))
    else {
        panic!("a statement without a place of work was made");
    };
    assert_eq!(
        items
            .iter()
            .map(|m| (m.what.as_str(), m.fix.record, m.fix.field.as_str()))
            .collect::<Vec<_>>(),
        vec![
            ("the PA's duties", RecordKind::Employment, "duties"),
            (
                "the PA's place of work",
                RecordKind::Employment,
                "place_of_work"
            ),
        ]
    );
}

#[test]
fn an_authorised_person_without_a_basis_of_authority_is_missing_it() {
    let mut s = setup();
    // Saved before the basis was asked for (or by another program): the agreement can't say it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    let keychain = std::sync::Arc::new(dphub_core::app::unlock::MemoryKeychain::default());
    let unlock = dphub_core::app::Unlock::with_keychain(keychain.clone());
    let mut old = Database::open(&path, &unlock).unwrap();
    let draft = managed_by(
        person_draft("Margaret Ellis"),
        ManagedBy::AuthorisedPerson,
        "Priya Shah",
    );
    let id = add_person(&mut old, &draft, today()).unwrap().person.id;
    drop(old);
    let other_program = rusqlite::Connection::open(&path).unwrap();
    crate::encryption::key_from_keychain(&other_program, &keychain, &path);
    other_program
        .execute("UPDATE dp_manager SET authority_basis = NULL", [])
        .unwrap();
    drop(other_program);
    let old = Database::open(&path, &unlock).unwrap();
    let r = DocumentRequest {
        kind: DocumentKind::AgreementAuthorised,
        person_id: id,
        employment_id: None,
        prepared_on: today(),
        timesheet_period_of: None,
    };
    let Err(CoreError::Missing(items)) = build_document(&old, &r) else {
        panic!("made without a basis of authority");
    };
    assert_eq!(items.len(), 1);
    assert!(items[0].what.contains("basis of authority"));
    assert_eq!(items[0].fix.field, "manager.authority_basis");

    // Choosing an agreement that doesn't match how the payment is managed is refused too.
    let r = DocumentRequest {
        kind: DocumentKind::AgreementNominated,
        person_id: s.person,
        employment_id: None,
        prepared_on: today(),
        timesheet_period_of: None,
    };
    let Err(CoreError::Missing(items)) = build_document(&s.store, &r) else {
        panic!("a nominated-person agreement was made for a self-managed payment");
    };
    assert_eq!(items[0].fix.field, "manager.managed_by");
    let _ = &mut s;
}

#[test]
fn names_with_markdown_and_any_script_survive_exactly() {
    let s = setup_with(managed_by(
        person_draft("*Bob* #1"),
        ManagedBy::NominatedPerson,
        "Zoë Łukasiewicz-Şahin Σοφία Дмитрий | _x_",
    ));
    let doc = build(&s, DocumentKind::AgreementNominated);
    let names: Vec<String> = signatories(&doc).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names[0], "*Bob* #1");
    assert_eq!(names[1], "Zoë Łukasiewicz-Şahin Σοφία Дмитрий | _x_");
    assert_contains_all(&doc, &["The person the direct payment is for: *Bob* #1"]);
    assert!(doc
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Clause { spans, .. }
        if spans.iter().any(|s| s.text.contains("after the death of *Bob* #1")))));
    let statement = build(&s, DocumentKind::Particulars);
    assert_contains_all(
        &statement,
        &[&format!("Employee: {PA_NAME}"), "Employer: *Bob* #1"],
    );
    // No name turned into a heading, list or bold text.
    assert!(!doc
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Heading { text, .. } if text.contains("Bob"))));
    assert!(!doc.blocks.iter().any(|b| matches!(b, Block::Paragraph { spans } if spans.iter().any(|s| s.bold && s.text.contains("Bob")))));
}

#[test]
fn a_bad_custom_template_is_rejected_with_its_line_and_not_saved() {
    let mut s = setup();
    let unknown = "# My statement\n\nEmployer: {{ employer.name }}\n\nPA: {{ pa.nickname }}\n";
    let p = check_template(DocumentKind::Particulars, unknown).unwrap_err();
    assert_eq!(p.line, 5);
    assert!(p.message.contains("pa.nickname"));
    let syntax = "# My statement\n\n{% if job.regular %}\nRegular\n{% endfi %}\n";
    let p = check_template(DocumentKind::Particulars, syntax).unwrap_err();
    assert_eq!(p.line, 5, "{p}");
    let Err(CoreError::Template(p)) =
        set_custom_template(&mut s.store, DocumentKind::Particulars, Some(unknown))
    else {
        panic!("a bad template was saved");
    };
    assert_eq!(p.line, 5);
    let options = document_options(&s.store, s.person).unwrap();
    assert_eq!(
        options.custom_templates,
        [],
        "a refused template is not in use"
    );

    // A good one is used, and can be taken away again.
    let good = "# Contract for {{ pa.full_name }}\n\nStarts {{ job.start_date }} at {{ job.hourly_rate }} an hour.\n";
    set_custom_template(&mut s.store, DocumentKind::Particulars, Some(good)).unwrap();
    let doc = build(&s, DocumentKind::Particulars);
    assert_eq!(doc.title, format!("Contract for {PA_NAME}"));
    assert_contains_all(&doc, &["Starts 1 March 2027 at £13.50 an hour."]);
    set_custom_template(&mut s.store, DocumentKind::Particulars, None).unwrap();
    assert_eq!(
        build(&s, DocumentKind::Particulars).title,
        "Written statement of employment particulars"
    );
}

#[test]
fn the_same_request_always_gives_the_same_document() {
    let s = setup();
    for kind in DocumentKind::ALL {
        if kind.agreement_variant().is_some() && *kind != DocumentKind::AgreementSelf {
            continue;
        }
        let a = serde_json::to_string(&build(&s, *kind)).unwrap();
        let b = serde_json::to_string(&build(&s, *kind)).unwrap();
        assert_eq!(a, b, "{}", kind.code());
    }
}

#[test]
fn the_example_in_the_template_docs_passes_the_check() {
    let docs = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/templates.md"
    ))
    .unwrap();
    let start = docs.find("````markdown\n").unwrap() + "````markdown\n".len();
    let end = start + docs[start..].find("\n````\n").unwrap();
    check_template(DocumentKind::Particulars, &docs[start..=end]).unwrap();
}

#[test]
fn a_parents_agreement_names_the_children_act_not_the_care_act() {
    let mut draft = person_draft("Margaret Ellis");
    draft.recipient_type = Some(RecipientType::ParentOfDisabledChild);
    let s = setup_with(draft);
    let doc = build(&s, DocumentKind::AgreementSelf);
    assert_contains_all(&doc, &["section 17A of the Children Act 1989"]);
    assert!(!text(&doc).contains("Care Act 2014 and"));
}
