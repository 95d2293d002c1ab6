//! `dphub doc …` run as a user would, on a temporary database: every document and agreement
//! variant is written as PDF and read back with poppler and qpdf — names, amounts, dates and
//! every required particular present, the file sound, fonts embedded and subset, the same bytes
//! for the same input — and missing details refuse with a list and no file.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use common::{db, dphub, json, Db};
use dphub_core::model::input::long_date;
use serde_json::Value;

const PA_NAME: &str = "Zoë Łukasiewicz-Şahin Σοφία Дмитрий";
const PREPARED: &str = "2027-02-01";

// ---- the tools ----------------------------------------------------------------------------

fn tool(name: &str, package: &str) -> PathBuf {
    let found = Command::new("which")
        .arg(name)
        .output()
        .ok()
        .filter(|out| out.status.success());
    match found {
        Some(out) => PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()),
        None => panic!("`{name}` is missing: install the `{package}` apt package"),
    }
}

fn run_tool(name: &str, package: &str, args: &[&str], file: &Path) -> String {
    let mut command = Command::new(tool(name, package));
    command.args(args).arg(file);
    if name == "pdftotext" {
        command.arg("-");
    }
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{name} failed on {}: {}{}",
        file.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The PDF's text with every run of white space as one space, so a phrase that wraps across
/// lines is still found.
fn text_of(file: &Path) -> String {
    let raw = run_tool("pdftotext", "poppler-utils", &["-enc", "UTF-8"], file);
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pages(file: &Path) -> usize {
    run_tool("pdftotext", "poppler-utils", &["-enc", "UTF-8"], file)
        .matches('\u{c}')
        .count()
}

/// qpdf finds the file sound, and every font is embedded, subset, with Unicode, never Type 3.
fn assert_sound(file: &Path) {
    let out = run_tool("qpdf", "qpdf", &["--check"], file);
    assert!(
        out.contains("No syntax or stream encoding errors"),
        "{}: {out}",
        file.display()
    );
    let fonts = run_tool("pdffonts", "poppler-utils", &[], file);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts in {}: {fonts}", file.display());
    for row in rows {
        let fields: Vec<&str> = row.split_whitespace().collect();
        let n = fields.len();
        assert!(fields[0].contains('+'), "not a subset: {row}");
        assert!(!row.contains("Type 3"), "Type 3 font: {row}");
        assert_eq!(
            &fields[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb/sub/uni: {row}"
        );
    }
}

fn assert_has(text: &str, wanted: &[&str]) {
    let missing: Vec<&&str> = wanted.iter().filter(|w| !text.contains(**w)).collect();
    assert!(missing.is_empty(), "missing {missing:?} in:\n{text}");
}

// ---- the scene ----------------------------------------------------------------------------

fn id(v: &Value, path: &[&str]) -> String {
    let mut v = v;
    for p in path {
        v = &v[*p];
    }
    v.as_i64()
        .unwrap_or_else(|| panic!("no id at {path:?} in {v}"))
        .to_string()
}

/// How the person's direct payment is managed, as `dphub person add` flags.
fn manager_flags(variant: &str) -> Vec<&'static str> {
    let rep = [
        "--rep-name",
        "Priya Shah",
        "--rep-relationship",
        "daughter",
        "--rep-address",
        "8 Park Avenue, Leeds LS6 2QR",
    ];
    match variant {
        "self" => vec!["--managed-by", "themself", "--type", "adult-service-user"],
        "carer" => vec!["--managed-by", "themself", "--type", "carer"],
        "nominated" => [
            &[
                "--managed-by",
                "nominated-person",
                "--type",
                "adult-service-user",
            ][..],
            &rep,
        ]
        .concat(),
        "authorised" => [
            &[
                "--type",
                "adult-service-user",
                "--managed-by",
                "authorised-person",
                "--authority",
                "lasting-power-of-attorney",
            ][..],
            &rep,
        ]
        .concat(),
        "third-party" => vec![
            "--type",
            "adult-service-user",
            "--managed-by",
            "third-party-money-manager",
            "--rep-name",
            "Leeds Money Management Ltd",
            "--rep-address",
            "1 Wellington Street, Leeds LS1 4DL",
            "--account",
            "managed-account",
        ],
        other => panic!("no variant {other}"),
    }
}

struct Scene {
    db: Db,
    person: String,
    employment: String,
}

fn add_person(db: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "person",
        "add",
        "--json",
        "--full-name",
        "Margaret Ellis",
        "--dob",
        "1949-05-03",
        "--address",
        "12 Station Road, Leeds",
        "--postcode",
        "LS1 4AB",
        "--council",
        "Leeds City Council",
        "--council-ref",
        "DP-10234",
        "--gross",
        "1250.00",
        "--contribution",
        "180.40",
        "--period",
        "four-weekly",
        "--first-payment",
        "2027-03-01",
        "--start",
        "2027-03-01",
        "--excess-weeks",
        "8",
    ];
    args.extend_from_slice(extra);
    if !extra.contains(&"--account") {
        args.extend_from_slice(&["--account", "separate-bank-account"]);
    }
    id(&json(&dphub(db, &args)), &["person", "id"])
}

fn scene(variant: &str) -> Scene {
    let db = db();
    let person = add_person(&db.path, &manager_flags(variant));
    let pa = json(&dphub(
        &db.path,
        &[
            "pa",
            "add",
            "--json",
            "--name",
            PA_NAME,
            "--address",
            "4 Mill Lane, Leeds",
            "--postcode",
            "LS2 7QT",
            "--phone",
            "07700 900982",
            "--status",
            "working-for-us",
        ],
    ));
    let pa = id(&pa, &["contact", "id"]);
    let job = json(&dphub(
        &db.path,
        &[
            "employ",
            "add",
            "--json",
            "--person",
            &person,
            "--pa",
            &pa,
            "--start",
            "2027-03-01",
            "--continuous-from",
            "2026-09-14",
            "--rate",
            "13.50",
            "--hours",
            "16",
            "--pattern",
            "Monday to Thursday, 8am to 12 noon",
            "--pay-frequency",
            "monthly",
            "--title",
            "Personal assistant",
            "--duties",
            "Help with washing and dressing\nPrepare meals\nShopping",
            "--place",
            "12 Station Road, Leeds LS1 4AB",
            "--probation-weeks",
            "12",
            "--notice-pa-weeks",
            "2",
            "--sick-pay",
            "enhanced",
            "--sick-pay-details",
            "Full pay for the first 2 weeks of sickness in a year",
            "--pension-scheme",
            "NEST",
        ],
    ));
    let employment = id(&job, &["employment", "id"]);
    Scene {
        db,
        person,
        employment,
    }
}

/// Runs `dphub doc ARGS -o FILE --prepared-on PREPARED`; returns the run and the file.
fn doc(scene: &Scene, name: &str, args: &[&str]) -> (Output, PathBuf) {
    let file = scene.db.dir.path().join(name);
    let mut all = vec!["doc"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--prepared-on", PREPARED, "-o", file.to_str().unwrap()]);
    (dphub(&scene.db.path, &all), file)
}

/// Writes the document, checks it is sound, that the same input gives the same bytes, and
/// returns its text.
fn made(scene: &Scene, name: &str, args: &[&str]) -> String {
    let (out, file) = doc(scene, name, args);
    assert!(
        out.status.success(),
        "dphub doc {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Wrote"));
    assert_sound(&file);
    let first = std::fs::read(&file).unwrap();
    let (again, file) = doc(scene, name, args);
    assert!(again.status.success());
    assert!(
        std::fs::read(&file).unwrap() == first,
        "{name}: the same input gave different bytes"
    );
    text_of(&file)
}

// ---- the agreements -----------------------------------------------------------------------

/// What every agreement says about the person, the council and the money.
const AGREEMENT_FACTS: &[&str] = &[
    "Prepared on 1 February 2027",
    "Leeds City Council",
    "Margaret Ellis",
    "3 May 1949",
    "DP-10234",
    "£1,250.00",
    "£180.40",
    "£1,069.60 every 4 weeks",
    "1 March 2027",
    "1 September 2027",
    "8 weeks'",
    "Page 1 of",
];

#[test]
fn every_agreement_variant_names_its_parties_amounts_and_dates() {
    let variants: [(&str, &[&str]); 5] = [
        ("self", &["You are responsible for managing"]),
        (
            "nominated",
            &["Priya Shah", "nominated person", "8 Park Avenue"],
        ),
        (
            "authorised",
            &[
                "Priya Shah",
                "Lasting power of attorney",
                "best interests",
                "Mental Capacity Act 2005",
            ],
        ),
        ("carer", &["carer's assessment"]),
        (
            "third-party",
            &["Leeds Money Management Ltd", "managed account"],
        ),
    ];
    for (variant, own) in variants {
        let s = scene(variant);
        let text = made(
            &s,
            &format!("agreement-{variant}.pdf"),
            &["agreement", "--person", &s.person, "--variant", variant],
        );
        assert!(text.to_lowercase().contains("direct payment agreement"));
        // The size goal: a whole agreement (6 or 7 pages) in no more than 60 KB.
        let size = std::fs::metadata(s.db.dir.path().join(format!("agreement-{variant}.pdf")))
            .unwrap()
            .len();
        assert!(size <= 60 * 1024, "{variant}: {size} bytes");
        assert_has(&text, AGREEMENT_FACTS);
        assert_has(&text, own);
        // Without --variant, the one that fits how the payment is managed.
        let (out, file) = doc(&s, "default.pdf", &["agreement", "--person", &s.person]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_has(&text_of(&file), own);
    }
}

#[test]
fn the_agreement_is_tagged_and_reads_in_order_with_words_apart_across_line_breaks() {
    let s = scene("nominated");
    let (out, file) = doc(&s, "tagged.pdf", &["agreement", "--person", &s.person]);
    assert!(out.status.success());
    let info = run_tool("pdfinfo", "poppler-utils", &[], &file);
    assert!(info.contains("Tagged:          yes"), "{info}");
    let tree = run_tool("pdfinfo", "poppler-utils", &["-struct-text"], &file);
    let text: String = tree
        .lines()
        .filter(|l| l.trim_start().starts_with('"'))
        .collect();
    // A label that wraps onto two lines still reads as words.
    assert!(
        text.contains("The person the direct payment is for"),
        "{tree}"
    );
    let order = [
        "Direct payment agreement",
        "1. Who this agreement is between",
        "2. What the words mean",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|h| text.find(h).unwrap_or_else(|| panic!("no {h}")))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
}

#[test]
fn large_print_is_bigger_and_still_sound() {
    let s = scene("self");
    let args = ["agreement", "--person", &s.person];
    let (_, standard) = doc(&s, "standard.pdf", &args);
    let large_text = made(
        &s,
        "large.pdf",
        &["agreement", "--person", &s.person, "--large-print"],
    );
    assert_has(&large_text, AGREEMENT_FACTS);
    let large = s.db.dir.path().join("large.pdf");
    assert!(
        pages(&large) > pages(&standard) + 2,
        "{} large-print pages against {}",
        pages(&large),
        pages(&standard)
    );
}

// ---- the written statement ----------------------------------------------------------------

/// Every particular of domain.md §5 (ERA 1996 s1), with what the statement says for it.
const PARTICULARS: &[(&str, &str)] = &[
    ("employer's name", "Margaret Ellis"),
    ("worker's name", PA_NAME),
    ("start date", "Your employment starts on 1 March 2027"),
    ("continuous employment start", "14 September 2026"),
    ("pay rate", "£13.50 an hour"),
    ("pay interval", "You will be paid every month"),
    ("normal hours", "16 hours a week"),
    ("days of the week", "Monday to Thursday, 8am to 12 noon"),
    (
        "whether and how hours vary",
        "hours may change only by agreement",
    ),
    ("holiday", "5.6 weeks' paid holiday"),
    ("public holidays", "bank and public holidays"),
    (
        "holiday pay on leaving",
        "paid for holiday you have built up",
    ),
    ("sickness terms", "fit note"),
    (
        "sick pay",
        "Full pay for the first 2 weeks of sickness in a year",
    ),
    ("other paid leave", "maternity, paternity, adoption"),
    ("other benefits", "There are no other benefits"),
    (
        "notice by the employer",
        "Notice the employer will give you",
    ),
    ("notice by the PA", "2 weeks"),
    ("job title", "Personal assistant"),
    ("expected length", "Your employment is permanent"),
    ("probation", "12 weeks"),
    ("place of work", "12 Station Road, Leeds LS1 4AB"),
    ("employer's address", "12 Station Road, Leeds, LS1 4AB"),
    (
        "work outside the UK",
        "outside the UK for more than a month",
    ),
    ("required training", "you must complete the training"),
    ("pension", "NEST"),
    ("collective agreements", "no collective agreements"),
    ("disciplinary procedure", "Acas Code of Practice"),
    (
        "grievance procedure",
        "If you have a complaint about your work",
    ),
    (
        "duties from the support plan",
        "Help with washing and dressing",
    ),
    ("confidentiality", "keep it confidential"),
    ("health and safety", "report accidents"),
    ("mileage", "45p a mile"),
    ("employer in hospital", "goes into hospital"),
    (
        "job depends on funding",
        "direct payment from Leeds City Council",
    ),
    ("date of the statement", "1 February 2027"),
];

#[test]
fn the_written_statement_has_every_particular_and_the_name_exactly() {
    let s = scene("nominated");
    let text = made(
        &s,
        "particulars.pdf",
        &["particulars", "--employment", &s.employment],
    );
    let missing: Vec<&str> = PARTICULARS
        .iter()
        .filter(|(_, said)| !text.contains(said))
        .map(|(what, _)| *what)
        .collect();
    assert!(
        missing.is_empty(),
        "particulars missing: {missing:?}\n{text}"
    );
    assert_has(
        &text,
        &[
            "Written statement of employment particulars",
            "Priya Shah (nominated person)",
        ],
    );
}

// ---- costs and timesheet ------------------------------------------------------------------

#[test]
fn the_cost_breakdown_shows_the_budget_and_the_pa() {
    let s = scene("self");
    let text = made(&s, "costs.pdf", &["costs", "--person", &s.person]);
    assert_has(
        &text,
        &[
            "Margaret Ellis",
            PA_NAME,
            "£1,069.60",
            "tax year 2026-27",
            "1 February 2027",
        ],
    );
}

#[test]
fn the_timesheet_names_both_and_dates_its_weeks_when_asked() {
    let s = scene("self");
    let blank = made(
        &s,
        "timesheet.pdf",
        &["timesheet", "--employment", &s.employment],
    );
    assert_has(
        &blank,
        &["Timesheet", PA_NAME, "Margaret Ellis", "£13.50", "Week 1"],
    );
    assert!(
        !blank.contains("March 2027"),
        "a blank timesheet has no dates"
    );
    let dated = made(
        &s,
        "timesheet-dated.pdf",
        &[
            "timesheet",
            "--employment",
            &s.employment,
            "--week-of",
            "2027-03-04",
        ],
    );
    assert_has(
        &dated,
        &[
            "Pay period from 1 March 2027",
            "Pay period to 31 March 2027",
            "Monday 1 March Tuesday",
            "Sunday 7 March",
            "Monday 8 March",
            "Wednesday 31 March",
        ],
    );
    // The PA is paid monthly: five weeks of rows hold the month, and the days after it are not dated.
    assert!(!dated.contains("1 April"), "April is the next pay period");
}

// ---- checklists ---------------------------------------------------------------------------

fn items(views: &Value) -> Vec<Value> {
    views
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|v| v["sections"].as_array().unwrap().clone())
        .flat_map(|s| s["items"].as_array().unwrap().clone())
        .collect()
}

fn date_of(v: &Value) -> NaiveDate {
    v.as_str().unwrap().parse().unwrap()
}

#[test]
fn the_checklist_printout_has_every_item_with_its_status_and_due_date() {
    let s = scene("self");
    let views = json(&dphub(
        &s.db.path,
        &["checklist", "show", "--json", "--employment", &s.employment],
    ));
    let all = items(&views);
    assert!(all.len() > 3, "{views}");
    // Tick the first one, as someone would.
    let first = all[0]["id"].as_str().unwrap().to_string();
    let ticked = dphub(
        &s.db.path,
        &[
            "checklist",
            "tick",
            "--employment",
            &s.employment,
            "--item",
            &first,
            "--by",
            "Priya Shah",
            "--on",
            "2026-11-02",
        ],
    );
    assert!(
        ticked.status.success(),
        "{}",
        String::from_utf8_lossy(&ticked.stderr)
    );
    let text = made(
        &s,
        "checklist.pdf",
        &[
            "checklist",
            "--person",
            &s.person,
            "--employment",
            &s.employment,
        ],
    );
    assert_has(
        &text,
        &[
            &format!("Checklists for {PA_NAME}"),
            "Progress: 1 of",
            "☑",
            "☐",
            "Done on 2 November 2026 by Priya Shah",
        ],
    );
    for item in &all {
        let words = item["text"].as_str().unwrap();
        // The start of each item's text (long ones wrap, and a footer may come between).
        let start: String = words
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&start), "no item {start:?} in:\n{text}");
        if item["recurring"] == false && !item["due"].is_null() {
            let due = long_date(date_of(&item["due"]["date"]));
            assert!(
                text.contains(&format!("Due {due}")),
                "no due date {due} in:\n{text}"
            );
        }
    }
    // The person's own checklists too, without --employment.
    let both = made(
        &s,
        "checklist-all.pdf",
        &["checklist", "--person", &s.person],
    );
    assert!(both.len() > text.len());
    assert!(both.contains("Employer's checklists"), "{both}");
}

#[test]
fn the_due_printout_lists_what_needs_doing_with_dates() {
    let s = scene("self");
    let (out, file) = doc(&s, "due.pdf", &["due", "--days", "120"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_sound(&file);
    let text = text_of(&file);
    assert_has(
        &text,
        &[
            "What needs doing",
            "Overdue",
            "Next 120 days",
            "as at 1 February 2027",
        ],
    );
    // The same list `dphub due` gives on that day: it has the PA's first-day items.
    let due = dphub_core::app::checklists::what_needs_doing(
        &dphub_core::Database::open(
            &s.db.path,
            &dphub_core::app::Unlock::with_passphrase(crate::common::PASSPHRASE),
        )
        .unwrap(),
        PREPARED.parse().unwrap(),
        120,
        None,
    )
    .unwrap();
    assert!(!due.is_empty());
    for item in &due {
        let start: String = item
            .what
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&start), "no {start:?} in:\n{text}");
        assert!(
            text.contains(&long_date(item.date)),
            "no {} in:\n{text}",
            item.date
        );
    }
}

// ---- refusals -----------------------------------------------------------------------------

#[test]
fn missing_details_exit_2_with_the_list_and_write_nothing() {
    let d = db();
    let person = id(
        &json(&dphub(
            &d.path,
            &[
                "person",
                "add",
                "--json",
                "--full-name",
                "Margaret Ellis",
                "--dob",
                "1949-05-03",
                "--council",
                "Leeds City Council",
                "--type",
                "adult-service-user",
                "--managed-by",
                "themself",
                "--gross",
                "1250",
                "--start",
                "2027-03-01",
            ],
        )),
        &["person", "id"],
    );
    let s = Scene {
        db: d,
        person,
        employment: String::new(),
    };
    let (out, file) = doc(&s, "agreement.pdf", &["agreement", "--person", &s.person]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_has(
        &err,
        &[
            "nothing was written",
            "the person's address",
            "the council's reference for the person",
            "the date of the first payment",
            "the kind of account the payment goes into",
            &format!("dphub person edit {} --address", s.person),
            "--council-ref",
        ],
    );
    // One line each.
    assert!(
        err.lines()
            .filter(|l| l.trim_start().starts_with("- "))
            .count()
            >= 4,
        "{err}"
    );
    assert!(!file.exists(), "a file was written");
    let left: Vec<_> = std::fs::read_dir(s.db.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("agreement"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");

    // The same with --json: the list as data.
    let (out, _) = doc(
        &s,
        "agreement.pdf",
        &["agreement", "--person", &s.person, "--json"],
    );
    assert_eq!(out.status.code(), Some(2));
    let body: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(body["kind"], "missing");
    assert!(body["missing"].as_array().unwrap().len() >= 4);
}

#[test]
fn a_missing_particular_for_the_pa_is_listed_with_where_to_fix_it() {
    let s = scene("self");
    // A PA with no address, employed without a place of work.
    let pa = id(
        &json(&dphub(
            &s.db.path,
            &[
                "pa",
                "add",
                "--json",
                "--name",
                "Ann Lee",
                "--phone",
                "07700 900111",
            ],
        )),
        &["contact", "id"],
    );
    let job = id(
        &json(&dphub(
            &s.db.path,
            &[
                "employ",
                "add",
                "--json",
                "--person",
                &s.person,
                "--pa",
                &pa,
                "--start",
                "2027-03-01",
                "--rate",
                "13.50",
                "--hours",
                "10",
                "--pattern",
                "Fridays",
            ],
        )),
        &["employment", "id"],
    );
    let (out, file) = doc(&s, "ann.pdf", &["particulars", "--employment", &job]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_has(
        &err,
        &[
            "the PA's address",
            &format!("dphub pa edit {pa} --address"),
            "the PA's place of work",
            &format!("employment {job}"),
        ],
    );
    assert!(!file.exists());
}

#[test]
fn an_unknown_person_or_variant_is_refused() {
    let s = scene("self");
    let (out, file) = doc(&s, "x.pdf", &["agreement", "--person", "999"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!file.exists());
    let (out, _) = doc(
        &s,
        "x.pdf",
        &["agreement", "--person", &s.person, "--variant", "cousin"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("third-party"));
}

#[test]
fn a_template_with_an_unknown_placeholder_is_rejected_with_its_line() {
    let s = scene("self");
    let file = s.db.file(
        "particulars.md",
        "# Written statement\n\nFor {{ pa.full_name }}.\n\nShoe size: {{ pa.shoe_size }}\n"
            .as_bytes(),
    );
    let out = dphub(&s.db.path, &["template", "check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 5"), "{err}");
    assert!(err.contains("shoe_size"), "{err}");
}
