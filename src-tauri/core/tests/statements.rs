//! Bank and prepaid-card statements shaped like several UK providers' CSV exports: each is
//! recognised from its header row, read line by line, and checked against its own balance column.

use chrono::NaiveDate;
use dphub_core::model::statement::{
    fingerprints, read_statement, statement_preview, DateFormat, Direction, StatementField,
    StatementRead,
};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/statements/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Previews the file and reads it as DP Hub would without asking anything.
fn read_as_recognised(name: &str) -> (String, StatementRead) {
    let bytes = fixture(name);
    let preview = statement_preview(&bytes).unwrap();
    assert!(preview.recognised, "{name}: {preview:?}");
    let read = read_statement(&bytes, &preview.mapping, preview.date_format).unwrap();
    assert!(read.rejected.is_empty(), "{name}: {:?}", read.rejected);
    assert!(
        read.balance_mismatches.is_empty(),
        "{name}: {:?}",
        read.balance_mismatches
    );
    (preview.layout.unwrap_or_default(), read)
}

/// The council's payment in, the pension and the PA's wages out, oldest first.
fn assert_the_month(name: &str, read: &StatementRead) {
    let payment = read
        .lines
        .iter()
        .find(|l| l.direction == Direction::In)
        .unwrap_or_else(|| panic!("{name}: no money in"));
    assert_eq!(payment.date, d(2026, 1, 12), "{name}");
    assert_eq!(payment.amount.to_canonical_string(), "1069.60", "{name}");
    let wages = read.lines.last().unwrap();
    assert_eq!(
        (
            wages.date,
            wages.direction,
            wages.amount.to_canonical_string()
        ),
        (d(2026, 1, 19), Direction::Out, "216.00".to_string()),
        "{name}"
    );
    if let Some(balance) = wages.balance {
        assert_eq!(balance.to_canonical_string(), "1852.80", "{name}");
    }
    assert!(
        read.lines.windows(2).all(|w| w[0].date <= w[1].date),
        "{name}: oldest first"
    );
}

#[test]
fn each_known_layout_is_read_without_asking() {
    for (file, layout, lines) in [
        ("lloyds.csv", "Lloyds, Halifax or Bank of Scotland", 4),
        ("barclays.csv", "Barclays", 5),
        ("nationwide.csv", "Nationwide", 4),
        ("natwest.csv", "NatWest or RBS", 3),
        ("starling.csv", "Starling", 3),
        ("prepaid-card.csv", "Prepaid card", 3),
    ] {
        let (found, read) = read_as_recognised(file);
        assert_eq!(found, layout, "{file}");
        assert_eq!(read.lines.len(), lines, "{file}");
        assert_the_month(file, &read);
    }
}

#[test]
fn nationwide_latin1_pounds_and_the_account_details_above_the_header() {
    let preview = statement_preview(&fixture("nationwide.csv")).unwrap();
    assert_eq!(
        preview.header_line, 5,
        "after the account name and balances"
    );
    assert_eq!(preview.date_format, DateFormat::DayMonthNameYear);
    assert_eq!(preview.row_count, 4);
    assert_eq!(preview.sample_rows[0][3], "£120.00");
    let read = read_statement(
        &fixture("nationwide.csv"),
        &preview.mapping,
        preview.date_format,
    )
    .unwrap();
    assert_eq!(read.lines[0].line, 6);
    assert_eq!(read.lines[0].description, "HMRC PAYE");
}

#[test]
fn a_quoted_comma_a_bom_and_a_blank_line_do_not_shift_the_columns() {
    let (_, read) = read_as_recognised("natwest.csv");
    assert_eq!(read.lines[0].description, "HAMPSHIRE CC, DIRECT PAYMENT");
    assert_eq!(read.lines[0].line, 3);
}

#[test]
fn unknown_headers_are_guessed_and_the_date_format_found_from_the_dates() {
    let preview = statement_preview(&fixture("semicolons.csv")).unwrap();
    assert_eq!(preview.layout, None);
    assert!(preview.recognised);
    assert_eq!(preview.date_format, DateFormat::YearMonthDay);
    assert_eq!(
        preview.mapping,
        vec![
            Some(StatementField::Date),
            Some(StatementField::Description),
            Some(StatementField::PaidIn),
            Some(StatementField::PaidOut),
            Some(StatementField::Balance),
        ]
    );
    let read = read_statement(
        &fixture("semicolons.csv"),
        &preview.mapping,
        preview.date_format,
    )
    .unwrap();
    assert_eq!(read.lines.len(), 2);
    assert!(read.balance_mismatches.is_empty());
}

#[test]
fn a_missing_date_or_amount_column_is_a_problem_with_the_mapping() {
    let bytes = fixture("no-date-column.csv");
    let preview = statement_preview(&bytes).unwrap();
    assert!(!preview.recognised);
    let problems = read_statement(&bytes, &preview.mapping, DateFormat::DayMonthYear).unwrap_err();
    assert_eq!(
        problems.list()[0].message,
        "Choose which column holds the date"
    );
    assert_eq!(problems.list()[0].field, "mapping");
    let none = read_statement(&bytes, &[None, None], DateFormat::DayMonthYear).unwrap_err();
    assert_eq!(none.list().len(), 2);
    let picture = read_statement(
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        &[Some(StatementField::Date), Some(StatementField::Amount)],
        DateFormat::DayMonthYear,
    )
    .unwrap_err();
    assert_eq!(picture.list()[0].field, "file");
}

#[test]
fn each_bad_line_is_rejected_with_its_line_and_reason_and_balances_are_checked() {
    let bytes = fixture("bad-lines.csv");
    let preview = statement_preview(&bytes).unwrap();
    let read = read_statement(&bytes, &preview.mapping, DateFormat::DayMonthYear).unwrap();
    let rejected: Vec<(usize, &str)> = read
        .rejected
        .iter()
        .map(|r| (r.line, r.reason.as_str()))
        .collect();
    assert_eq!(
        rejected,
        vec![
            (3, "the date \"31/02/2026\" is not a dd/mm/yyyy date"),
            (4, "the amount \"-8.645\" has more than 2 decimal places"),
            (5, "there is no amount"),
        ]
    );
    assert_eq!(read.lines.len(), 2);
    // £2,077.44 − £216.00 is £1,861.44, but the statement says £1,850.00.
    let mismatch = &read.balance_mismatches[0];
    assert_eq!(mismatch.line, 6);
    assert_eq!(mismatch.expected.to_canonical_string(), "1861.44");
    assert_eq!(mismatch.stated.to_canonical_string(), "1850.00");
}

#[test]
fn identical_lines_have_their_own_fingerprints_and_the_same_file_gives_the_same_ones() {
    let (_, read) = read_as_recognised("barclays.csv");
    let prints = fingerprints(&read.lines);
    let coffees: Vec<&String> = read
        .lines
        .iter()
        .zip(&prints)
        .filter(|(l, _)| l.description.contains("COSTA"))
        .map(|(_, p)| p)
        .collect();
    assert_eq!(coffees.len(), 2);
    assert_ne!(coffees[0], coffees[1]);
    assert_eq!(
        coffees[0].trim_end_matches("#1"),
        coffees[1].trim_end_matches("#2")
    );
    let (_, again) = read_as_recognised("barclays.csv");
    assert_eq!(fingerprints(&again.lines), prints);
}

mod into_the_account {
    use super::*;
    use dphub_core::app::account::{self, EntryDraft, StatementMapping};
    use dphub_core::app::people::{self, ManagedBy, PersonDraft, RecipientType};
    use dphub_core::model::account::Category;
    use dphub_core::model::ids::PersonId;
    use dphub_core::model::statement::ImportRuleDraft;
    use dphub_core::{CoreError, Database};

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();

    fn zoe(db: &mut Database) -> PersonId {
        let mut draft = PersonDraft {
            full_name: "Zoë Łukasiewicz".into(),
            date_of_birth: "1948-03-12".into(),
            council: "Hampshire County Council".into(),
            recipient_type: Some(RecipientType::AdultServiceUser),
            ..PersonDraft::default()
        };
        draft.manager.managed_by = Some(ManagedBy::Themself);
        draft.dp.gross_amount = "1069.60".into();
        draft.dp.start_date = "2026-01-05".into();
        people::add_person(db, &draft, TODAY).unwrap().person.id
    }

    fn as_recognised(bytes: &[u8]) -> StatementMapping {
        let preview = statement_preview(bytes).unwrap();
        StatementMapping {
            mapping: preview.mapping,
            date_format: preview.date_format,
        }
    }

    #[test]
    fn a_statement_is_imported_once_filed_by_rules_and_checked_against_the_balance() {
        let mut db = Database::open_in_memory().unwrap();
        let zoe = zoe(&mut db);
        account::add_import_rule(
            &mut db,
            zoe,
            &ImportRuleDraft {
                contains: "a lee".into(),
                category: "pa-wages".into(),
                counterparty: "Ann Lee".into(),
                employment_id: None,
            },
        )
        .unwrap();
        account::add_import_rule(
            &mut db,
            zoe,
            &ImportRuleDraft {
                contains: "HAMPSHIRE".into(),
                category: "council-payment".into(),
                ..ImportRuleDraft::default()
            },
        )
        .unwrap();
        // The balance brought forward, as the statement's first line implies (£1,007.84 + £120.00).
        account::add_entry(
            &mut db,
            zoe,
            &EntryDraft {
                date: "2026-01-05".into(),
                amount: "1127.84".into(),
                category: "other-in".into(),
                counterparty: "Balance brought forward".into(),
                ..EntryDraft::default()
            },
            None,
        )
        .unwrap();

        let bytes = fixture("lloyds.csv");
        let how = as_recognised(&bytes);
        let plan = account::plan_statement_import(&db, zoe, &bytes, &how).unwrap();
        assert_eq!(plan.to_add.len(), 4);
        assert!(
            account::list_entries(&db, zoe, None, None)
                .unwrap()
                .lines
                .len()
                == 1,
            "a plan saves nothing"
        );
        let wages = plan
            .to_add
            .iter()
            .find(|l| l.description == "A LEE WAGES JAN")
            .unwrap();
        assert_eq!(wages.filing.category, Category::PaWages);
        assert_eq!(wages.filing.counterparty.as_deref(), Some("Ann Lee"));
        let pension = plan
            .to_add
            .iter()
            .find(|l| l.description == "NEST PENSION")
            .unwrap();
        assert_eq!(
            pension.filing.category,
            Category::OtherOut,
            "no rule fits it"
        );
        let check = plan.closing_check.as_ref().unwrap();
        assert!(check.agrees, "{}", check.text);
        assert_eq!(check.statement.to_canonical_string(), "1852.80");

        let done = account::import_statement(&mut db, zoe, &bytes, &how).unwrap();
        assert_eq!(done.added.len(), 4);
        let balance = account::balance_on(&db, zoe, d(2026, 1, 31)).unwrap();
        assert_eq!(balance.balance.amount.to_canonical_string(), "1852.80");

        // The same statement again adds nothing.
        let again = account::import_statement(&mut db, zoe, &bytes, &how).unwrap();
        assert!(again.added.is_empty());
        assert_eq!(again.plan.already_imported, 4);
        assert_eq!(
            account::list_entries(&db, zoe, None, None)
                .unwrap()
                .lines
                .len(),
            5
        );
    }

    #[test]
    fn lines_before_the_start_are_refused_and_a_bad_mapping_saves_nothing() {
        let mut db = Database::open_in_memory().unwrap();
        let zoe = zoe(&mut db);
        let early =
            b"Date,Description,Amount\n04/01/2026,BEFORE,10.00\n05/01/2026,ON THE DAY,12.00\n";
        let how = as_recognised(early);
        let plan = account::plan_statement_import(&db, zoe, early, &how).unwrap();
        assert_eq!(plan.to_add.len(), 1);
        assert_eq!(plan.rejected[0].line, 2);
        assert!(plan.rejected[0]
            .reason
            .contains("before the direct payment started on 5 January 2026"));

        let no_date = StatementMapping {
            mapping: vec![
                None,
                Some(StatementField::Description),
                Some(StatementField::Amount),
            ],
            date_format: DateFormat::DayMonthYear,
        };
        let refused = account::import_statement(&mut db, zoe, early, &no_date).unwrap_err();
        assert!(
            matches!(&refused, CoreError::Invalid(p) if p.has("mapping")),
            "{refused:?}"
        );
        assert!(account::list_entries(&db, zoe, None, None)
            .unwrap()
            .lines
            .is_empty());
    }
}
