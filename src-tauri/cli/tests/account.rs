//! `dphub person terms-change` and `dphub account`, run as a user would on a temporary database.

use crate::common;

use common::{db, dphub, json, Db};
use serde_json::Value;

const PDF: &[u8] = b"%PDF-1.4\n% receipt\n";

/// A person paid £1,069.60 gross every 4 weeks from 5 January 2026, with no contribution.
fn person(db: &Db) -> String {
    let added = json(&dphub(
        &db.path,
        &[
            "person",
            "add",
            "--json",
            "--full-name",
            "Zoë Łukasiewicz",
            "--dob",
            "12/3/1948",
            "--council",
            "Hampshire County Council",
            "--type",
            "adult-service-user",
            "--managed-by",
            "themself",
            "--gross",
            "1069.60",
            "--start",
            "2026-01-05",
            "--first-payment",
            "2026-01-05",
        ],
    ));
    added["person"]["id"].as_i64().unwrap().to_string()
}

fn run(db: &Db, args: &[&str]) -> Value {
    let mut with_json = args.to_vec();
    with_json.push("--json");
    json(&dphub(&db.path, &with_json))
}

fn refused(db: &Db, args: &[&str]) -> Vec<String> {
    let mut with_json = args.to_vec();
    with_json.push("--json");
    let out = dphub(&db.path, &with_json);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let error: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(error["kind"], "validation");
    error["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_change_of_terms_and_its_history() {
    let db = db();
    let id = person(&db);
    let history = run(
        &db,
        &[
            "person",
            "terms-change",
            "--person",
            &id,
            "--from",
            "2026-04-06",
            "--gross",
            "1100",
            "--period",
            "two-weekly",
            "--contribution",
            "20",
            "--reason",
            "Review",
        ],
    );
    assert_eq!(history[1]["gross_amount"], "1100.00");
    assert_eq!(history[1]["period"], "two_weekly");
    assert_eq!(history[1]["reason"], "Review");
    let shown = run(&db, &["person", "show", &id]);
    assert_eq!(shown["person"]["details"]["dp"]["gross_amount"], "1100.00");
    let listed = run(&db, &["person", "terms", &id]);
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert_eq!(
        refused(
            &db,
            &[
                "person",
                "terms-change",
                "--person",
                &id,
                "--from",
                "2026-02-30",
                "--gross",
                "1"
            ]
        ),
        ["effective_from"]
    );
    assert_eq!(
        refused(
            &db,
            &[
                "person",
                "terms-change",
                "--person",
                &id,
                "--from",
                "2026-05-01",
                "--period",
                "yearly"
            ]
        ),
        ["period"]
    );
    // Payments every 4 weeks to 6 April, then every 2 weeks.
    let expected = run(
        &db,
        &["account", "expected", "--person", &id, "--to", "2026-04-20"],
    );
    let dates: Vec<&str> = expected["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["expected"]["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        [
            "2026-01-05",
            "2026-02-02",
            "2026-03-02",
            "2026-03-30",
            "2026-04-06",
            "2026-04-20"
        ]
    );
    assert_eq!(expected["lines"][5]["expected"]["council_pays"], "1080.00");
    assert_eq!(expected["lines"][0]["status"], "missing");
}

#[test]
fn add_list_balance_and_the_excess_explained() {
    let db = db();
    let id = person(&db);
    let receipt = db.file("invoice.pdf", PDF);
    let add = |date: &str, flow: &str, amount: &str, category: &str| {
        run(
            &db,
            &[
                "account",
                "add",
                "--person",
                &id,
                "--date",
                date,
                flow,
                amount,
                "--category",
                category,
            ],
        )
    };
    add("2026-01-05", "--in", "1069.60", "council-payment");
    add("2026-02-02", "--in", "£1,069.60", "council-payment");
    add("2026-02-10", "--in", "169.60", "refund");
    let wages = run(
        &db,
        &[
            "account",
            "add",
            "--person",
            &id,
            "--date",
            "2026-02-12",
            "--out",
            "52",
            "--category",
            "pa-wages",
            "--payee",
            "Ann Lee",
            "--ref",
            "P1",
            "--receipt",
            receipt.to_str().unwrap(),
        ],
    );
    assert_eq!(wages["details"]["direction"], "out");
    assert_eq!(wages["details"]["category"], "pa-wages");
    assert_eq!(wages["receipts"][0]["media_type"], "application/pdf");
    let wages_id = wages["id"].as_i64().unwrap().to_string();
    // A mistake corrected: the wages were for a refund that never happened; deleted with a reason.
    run(
        &db,
        &[
            "account",
            "delete",
            &wages_id,
            "--reason",
            "Entered for the wrong person",
        ],
    );
    run(
        &db,
        &[
            "account",
            "owe",
            "--person",
            &id,
            "--amount",
            "120",
            "--what",
            "February wages",
            "--due",
            "2026-03-06",
            "--category",
            "pa-wages",
            "--payee",
            "Ann Lee",
        ],
    );
    let list = run(
        &db,
        &["account", "list", "--person", &id, "--from", "2026-02-01"],
    );
    assert_eq!(list["opening_balance"], "1069.60");
    assert_eq!(list["lines"].as_array().unwrap().len(), 2);
    assert_eq!(list["closing_balance"], "2308.80");
    let balance = run(
        &db,
        &["account", "balance", "--person", &id, "--on", "2026-03-01"],
    );
    assert_eq!(balance["balance"]["amount"], "2308.80");
    let excess = run(
        &db,
        &["account", "excess", "--person", &id, "--on", "2026-03-01"],
    );
    assert_eq!(excess["excess"]["amount"], "1119.20");
    assert_eq!(
        excess["excess"]["how"]["working"],
        "£2,308.80 balance − £120.00 owed = £2,188.80 held; 4 weeks of £267.40 = £1,069.60 allowed; £1,119.20 above it"
    );
    assert!(excess["advice"][0]
        .as_str()
        .unwrap()
        .contains("Talk to the council before it asks"));
    let before = run(
        &db,
        &["account", "excess", "--person", &id, "--on", "2026-01-06"],
    );
    assert_eq!(before["excess"], Value::Null);
    let text = dphub(
        &db.path,
        &["account", "excess", "--person", &id, "--on", "2026-03-01"],
    );
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Excess                 £1,119.20"), "{text}");
    let chart = run(
        &db,
        &["account", "chart", "--person", &id, "--to", "2026-03-01"],
    );
    assert_eq!(chart.as_array().unwrap().len(), 8);
    assert_eq!(chart[7]["balance"], "2308.80");
    assert_eq!(chart[7]["allowed"], "1069.60");
    let audit = run(&db, &["account", "audit", "--person", &id]);
    assert!(audit
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["action"] == "deleted" && a["new_value"] == "Entered for the wrong person"));
}

#[test]
fn bad_input_is_refused_on_its_field_and_nothing_is_stored() {
    let db = db();
    let id = person(&db);
    let add = |extra: &[&str]| {
        let mut args = vec!["account", "add", "--person", id.as_str()];
        args.extend_from_slice(extra);
        refused(&db, &args)
    };
    let ok = ["--date", "2026-02-02", "--category", "hmrc"];
    assert_eq!(add(&[&ok[..], &["--out", "-5"]].concat()), ["amount"]);
    assert_eq!(add(&[&ok[..], &["--out", "5.005"]].concat()), ["amount"]);
    assert_eq!(
        add(&["--date", "2025-12-01", "--out", "5", "--category", "hmrc"]),
        ["date"]
    );
    assert_eq!(
        add(&[
            "--date",
            "2026-02-02",
            "--out",
            "5",
            "--category",
            "shopping"
        ]),
        ["category"]
    );
    assert_eq!(
        add(&[
            "--date",
            "2026-02-02",
            "--in",
            "5",
            "--category",
            "pa-wages"
        ]),
        ["category"]
    );
    let text = db.file("notes.pdf", b"not really a pdf");
    assert_eq!(
        add(&[
            &ok[..],
            &["--out", "5", "--receipt", text.to_str().unwrap()]
        ]
        .concat()),
        ["receipt"]
    );
    let mut big = PDF.to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let big = db.file("big.pdf", &big);
    assert_eq!(
        add(&[&ok[..], &["--out", "5", "--receipt", big.to_str().unwrap()]].concat()),
        ["receipt"]
    );
    assert_eq!(
        refused(
            &db,
            &[
                "account",
                "reconcile",
                "--person",
                &id,
                "--on",
                "2026-02-30",
                "--statement-balance",
                "10"
            ]
        ),
        ["on"]
    );
    assert_eq!(
        refused(
            &db,
            &[
                "account", "owe", "--person", &id, "--amount", "10", "--what", "Bill", "--due",
                "soon"
            ]
        ),
        ["due_date"]
    );
    let list = run(&db, &["account", "list", "--person", &id]);
    assert!(list["lines"].as_array().unwrap().is_empty());
    assert!(run(&db, &["account", "owed", "--person", &id])
        .as_array()
        .unwrap()
        .is_empty());
    assert!(run(&db, &["account", "audit", "--person", &id])
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn edit_settle_reconcile_summary_and_receipt_export() {
    let db = db();
    let id = person(&db);
    run(
        &db,
        &[
            "account",
            "add",
            "--person",
            &id,
            "--date",
            "2026-01-05",
            "--in",
            "1069.60",
            "--category",
            "council-payment",
        ],
    );
    let wages = run(
        &db,
        &[
            "account",
            "add",
            "--person",
            &id,
            "--date",
            "2026-01-20",
            "--out",
            "50",
            "--category",
            "pa-wages",
        ],
    );
    let wages_id = wages["id"].as_i64().unwrap().to_string();
    let edited = run(
        &db,
        &[
            "account",
            "edit",
            &wages_id,
            "--out",
            "52",
            "--note",
            "Payslip 1",
        ],
    );
    assert_eq!(edited["details"]["amount"], "52.00");
    assert_eq!(edited["details"]["date"], "2026-01-20", "unchanged");
    let owed = run(
        &db,
        &[
            "account",
            "owe",
            "--person",
            &id,
            "--amount",
            "52",
            "--what",
            "January wages",
            "--due",
            "2026-01-20",
        ],
    );
    let owed_id = owed["id"].as_i64().unwrap().to_string();
    let settled = run(&db, &["account", "settle", &owed_id, "--entry", &wages_id]);
    assert_eq!(settled["settled_on"], "2026-01-20");

    let off = run(
        &db,
        &[
            "account",
            "reconcile",
            "--person",
            &id,
            "--on",
            "2026-01-31",
            "--statement-balance",
            "1000",
        ],
    );
    assert_eq!(off["reconciled"], false);
    assert_eq!(off["difference"], "-17.60");
    let agreed = run(
        &db,
        &[
            "account",
            "reconcile",
            "--person",
            &id,
            "--on",
            "2026-01-31",
            "--statement-balance",
            "£1,017.60",
        ],
    );
    assert_eq!(agreed["reconciled"], true);
    assert_eq!(agreed["entries_marked"], 2);

    let summary = run(
        &db,
        &[
            "account",
            "summary",
            "--person",
            &id,
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31",
        ],
    );
    assert_eq!(summary["opening_balance"], "0.00");
    assert_eq!(summary["money_in"][0]["category"], "council-payment");
    assert_eq!(summary["money_out"][0]["total"], "52.00");
    assert_eq!(summary["closing_balance"], "1017.60");

    let receipt = db.file(
        "slip.png",
        &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3],
    );
    let attached = run(
        &db,
        &[
            "account",
            "attach",
            &wages_id,
            "--receipt",
            receipt.to_str().unwrap(),
        ],
    );
    let receipt_id = attached["receipts"][0]["id"].as_i64().unwrap().to_string();
    let copy = db.dir.path().join("copy.png");
    run(
        &db,
        &[
            "account",
            "receipt",
            &receipt_id,
            "-o",
            copy.to_str().unwrap(),
        ],
    );
    assert_eq!(
        std::fs::read(copy).unwrap(),
        std::fs::read(receipt).unwrap()
    );
}

#[test]
fn a_bank_statement_is_previewed_imported_once_and_filed_by_a_rule() {
    let db = db();
    let zoe = person(&db);
    let file = db.path.with_file_name("statement.csv");
    std::fs::write(
        &file,
        "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance\n\
         19/01/2026,FPO,'30-99-50,12345678,A SMITH WAGES,216.00,,853.60\n\
         12/01/2026,BGC,'30-99-50,12345678,HAMPSHIRE CC DP,,1069.60,1069.60\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    run(
        &db,
        &[
            "account",
            "rule",
            "add",
            "--person",
            &zoe,
            "--contains",
            "smith",
            "--category",
            "pa-wages",
            "--payee",
            "Ann Smith",
        ],
    );

    let plan = run(&db, &["account", "import", path, "--person", &zoe]);
    assert_eq!(plan["layout"], "Lloyds, Halifax or Bank of Scotland");
    assert_eq!(plan["plan"]["to_add"].as_array().unwrap().len(), 2);
    assert_eq!(plan["plan"]["to_add"][1]["filing"]["category"], "pa-wages");
    assert!(
        run(&db, &["account", "list", "--person", &zoe])["lines"]
            .as_array()
            .unwrap()
            .is_empty(),
        "without --yes nothing is saved"
    );

    let done = run(&db, &["account", "import", path, "--person", &zoe, "--yes"]);
    assert_eq!(done["imported"]["added"].as_array().unwrap().len(), 2);
    assert_eq!(done["imported"]["plan"]["closing_check"]["agrees"], true);
    let again = run(&db, &["account", "import", path, "--person", &zoe, "--yes"]);
    assert!(again["imported"]["added"].as_array().unwrap().is_empty());
    assert_eq!(again["imported"]["plan"]["already_imported"], 2);
    let balance = run(
        &db,
        &["account", "balance", "--person", &zoe, "--on", "2026-01-31"],
    );
    assert_eq!(balance["balance"]["amount"], "853.60");

    // The monitoring return for January, printed and as CSV.
    let pdf = db.path.with_file_name("return.pdf");
    let csv = db.path.with_file_name("return.csv");
    let period = [
        "--person",
        &zoe,
        "--from",
        "2026-01-01",
        "--to",
        "2026-01-31",
    ];
    let mut args = vec!["doc", "return"];
    args.extend(period);
    args.extend(["-o", pdf.to_str().unwrap(), "--large-print"]);
    assert!(dphub(&db.path, &args).status.success());
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let mut args = vec!["account", "return"];
    args.extend(period);
    args.extend(["-o", csv.to_str().unwrap()]);
    assert!(dphub(&db.path, &args).status.success());
    let rows = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(rows.lines().count(), 5, "{rows}");
    assert!(
        rows.contains("2026-01-19,out,pa-wages,Ann Smith,,216.00,,"),
        "{rows}"
    );
    assert!(
        rows.ends_with("2026-01-31,,Closing balance,,,853.60,,\n"),
        "{rows}"
    );

    let bad = refused(
        &db,
        &[
            "account",
            "import",
            path,
            "--person",
            &zoe,
            "--map",
            "When=date",
            "--date-format",
            "dd-mm",
        ],
    );
    assert_eq!(bad, ["map", "date_format"]);
    // Mapping the date away leaves no date column: refused by the core, nothing added.
    let no_date = refused(
        &db,
        &[
            "account",
            "import",
            path,
            "--person",
            &zoe,
            "--map",
            "Transaction Date=ignore",
            "--yes",
        ],
    );
    assert_eq!(no_date, ["mapping"]);
}

#[test]
fn the_return_frequency_and_the_keeping_period_are_settings_per_person() {
    let db = db();
    let id = person(&db);
    let shown = run(&db, &["account", "settings", "--person", &id]);
    assert_eq!(shown["return_every"], "quarterly");
    assert_eq!(shown["keep_records_years"], 6);
    let set = run(
        &db,
        &[
            "account",
            "settings",
            "--person",
            &id,
            "--return-every",
            "yearly",
            "--keep-records-years",
            "7",
        ],
    );
    assert_eq!(set["return_every"], "yearly");
    assert_eq!(set["keep_records_years"], 7);
    let problems = refused(
        &db,
        &[
            "account",
            "settings",
            "--person",
            &id,
            "--keep-records-years",
            "2",
        ],
    );
    assert_eq!(problems, ["keep_records_years"]);
    let kept = run(&db, &["account", "settings", "--person", &id]);
    assert_eq!(kept["keep_records_years"], 7);
    assert_eq!(kept["return_every"], "yearly");
}
