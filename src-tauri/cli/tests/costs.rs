//! `dphub nic`, `dphub cost` and `dphub plan`, run as a user would.

use crate::common;

use common::{db, dphub, json};

#[test]
fn nic_for_one_period_with_the_half_penny_rule() {
    let db = db();
    // 4-weekly £385.04: employer 15% of £0.04 = £0.006, whose third decimal is 6, so £0.01.
    let v = json(&dphub(
        &db.path,
        &[
            "nic",
            "--gross",
            "385.04",
            "--frequency",
            "four-weekly",
            "--category",
            "A",
            "--tax-year",
            "2025-26",
            "--json",
        ],
    ));
    assert_eq!(v["employer"]["amount"], "0.01");
    assert_eq!(v["employee"]["amount"], "0.00");
    assert!(v["employer"]["how"]["working"]
        .as_str()
        .unwrap()
        .contains("£385.00 4-weekly secondary threshold"));
    // Category C (over State Pension age): no employee NIC however high the pay.
    let c = json(&dphub(
        &db.path,
        &["nic", "--gross", "1000", "--category", "c", "--json"],
    ));
    assert_eq!(c["employee"]["amount"], "0.00");
    assert_eq!(c["employer"]["amount"], "135.60");
}

#[test]
fn nic_reports_every_flag_it_cannot_read_at_once() {
    let db = db();
    let out = dphub(
        &db.path,
        &[
            "nic",
            "--gross",
            "lots",
            "--frequency",
            "fortnightly",
            "--category",
            "q",
            "--tax-year",
            "2026",
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(error["kind"], "validation");
    let fields: Vec<&str> = error["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["gross", "pay_frequency", "category", "tax_year"]);
}

#[test]
fn cost_of_one_pa_matches_the_worked_example() {
    let db = db();
    let v = json(&dphub(
        &db.path,
        &[
            "cost",
            "pa",
            "--hourly",
            "12.71",
            "--hours",
            "20",
            "--age",
            "30",
            "--frequency",
            "weekly",
            "--tax-year",
            "2026-27",
            "--no-allowance",
            "--json",
        ],
    ));
    let first = &v["pas"][0]["per_period"];
    assert_eq!(first["gross"]["amount"], "254.20");
    assert_eq!(first["employer_nic"]["amount"], "23.73");
    assert_eq!(first["employee_nic"]["amount"], "0.98");
    assert_eq!(first["pension_employer"]["amount"], "4.03");
    assert_eq!(v["total_per_year"]["amount"], "14661.92");
    let text = String::from_utf8(
        dphub(
            &db.path,
            &[
                "cost",
                "pa",
                "--hourly",
                "12.71",
                "--hours",
                "20",
                "--age",
                "30",
                "--tax-year",
                "2026-27",
                "--no-allowance",
            ],
        )
        .stdout,
    )
    .unwrap();
    assert!(
        text.contains(
            "15% of £158.20 (pay £254.20 above the £96.00 weekly secondary threshold) = £23.73"
        ),
        "{text}"
    );
}

#[test]
fn bad_calculator_input_is_refused_field_by_field() {
    let db = db();
    let out = dphub(
        &db.path,
        &[
            "cost",
            "pa",
            "--hourly",
            "12.715",
            "--hours=-3",
            "--age",
            "15",
            "--tax-year",
            "2031-32",
            "--pension-total",
            "101",
            "--frequency",
            "yearly",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    for expected in [
        "hourly_rate: Hourly rate must have no more than 2 decimal places",
        "hours: Hours a week must not be negative",
        "age: A PA must be at least 16",
        "tax_year: DP Hub has no rates for the tax year 2031-32",
        "settings.pension_total_percent: Total pension contribution must be 100% or less",
        "pay_frequency: \"yearly\" is not one of: weekly, two-weekly, four-weekly, monthly",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    let too_many = dphub(
        &db.path,
        &["cost", "pa", "--hourly", "12.71", "--hours", "169"],
    );
    assert!(String::from_utf8(too_many.stderr)
        .unwrap()
        .contains("only 168 hours in a week"));
}

#[test]
fn a_persons_pas_and_plan_against_the_direct_payment() {
    let db = db();
    let p = &db.path;
    json(&dphub(
        p,
        &[
            "person",
            "add",
            "--json",
            "--full-name",
            "Margaret Hale",
            "--dob",
            "1950-02-01",
            "--council",
            "Hampshire County Council",
            "--type",
            "adult-service-user",
            "--managed-by",
            "themself",
            "--gross",
            "1250.00",
            "--period",
            "four-weekly",
            "--contribution",
            "180.40",
            "--start",
            "2026-01-05",
        ],
    ));
    json(&dphub(
        p,
        &[
            "pa",
            "add",
            "--json",
            "--name",
            "Zoë Łukasiewicz",
            "--dob",
            "1990-05-01",
        ],
    ));
    json(&dphub(
        p,
        &[
            "employ",
            "add",
            "--json",
            "--person",
            "1",
            "--pa",
            "1",
            "--start",
            "2026-05-04",
            "--rate",
            "13.50",
            "--hours",
            "16",
            "--pattern",
            "Mon–Thu 8am–noon",
            "--pay-frequency",
            "weekly",
            "--first-payday",
            "2026-05-08",
        ],
    ));

    // 16 × £13.50 = £216.00 a week. Employer NIC (216 − 96) × 15% = £18.00, all covered by the
    // allowance; pension 3% of (216 − 120) = £2.88. So £218.88 a week, £11,381.76 a year.
    let cost = json(&dphub(p, &["cost", "person", "--person", "1", "--json"]));
    assert_eq!(
        cost["pas"][0]["per_period"]["employer_nic"]["amount"],
        "18.00"
    );
    assert_eq!(
        cost["pas"][0]["per_period"]["employer_nic_net"]["amount"],
        "0.00"
    );
    assert_eq!(cost["total_per_year"]["amount"], "11381.76");

    // Agency: 4 hours × £25.50 a week = £5,304.00 a year. Spending £16,685.76 against a net
    // payment of £1,069.60 every 4 weeks (£13,904.80 a year): a shortfall of £2,780.96.
    let plan = json(&dphub(
        p,
        &[
            "plan",
            "add-line",
            "--json",
            "--person",
            "1",
            "--kind",
            "agency-hours",
            "--description",
            "Agency, Tuesday mornings",
            "--quantity",
            "4",
            "--cost",
            "25.50",
            "--per",
            "week",
        ],
    ));
    assert_eq!(plan["plan"]["lines"][0]["yearly"]["amount"], "5304.00");
    assert_eq!(plan["plan"]["spending"]["yearly"], "16685.76");
    assert_eq!(plan["plan"]["budget"]["yearly"], "13904.80");
    assert_eq!(plan["plan"]["difference"]["yearly"], "-2780.96");
    assert_eq!(plan["plan"]["affordable"], false);
    let text = String::from_utf8(dphub(p, &["plan", "show", "--person", "1"]).stdout).unwrap();
    assert!(text.contains("a shortfall of £2,780.96 a year"), "{text}");

    let what_if = json(&dphub(
        p,
        &[
            "plan",
            "what-if",
            "--json",
            "--person",
            "1",
            "--pay-rise",
            "10",
        ],
    ));
    // £13.50 + 10% = £14.85: 16 × 14.85 = £237.60 a week.
    assert_eq!(
        what_if["then"]["employer"]["pas"][0]["per_period"]["gross"]["amount"],
        "237.60"
    );
    assert_eq!(what_if["now"]["spending"]["yearly"], "16685.76");
    assert!(
        what_if["changes"].as_array().unwrap().iter().any(|c| c
            .as_str()
            .unwrap()
            .starts_with("PA pay: £11,232.00 → £12,355.20")),
        "{what_if}"
    );

    let removed = json(&dphub(p, &["plan", "remove-line", "--json", "1"]));
    assert_eq!(removed["plan"]["lines"].as_array().unwrap().len(), 0);
    assert_eq!(removed["plan"]["affordable"], true);
    let gone = dphub(p, &["plan", "remove-line", "1"]);
    assert_eq!(gone.status.code(), Some(1));
}
