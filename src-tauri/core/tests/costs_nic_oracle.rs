//! HMRC's own National Insurance test data for 2025-26 (weekly, 2-weekly, 4-weekly and monthly pay,
//! every category letter, each threshold a penny either side): every row must match to the penny.

use std::str::FromStr;

use dphub_core::app::costs::{nic_for_period, NiCategory, RateBook, TaxYear};
use dphub_core::app::employment::PayFrequency;
use dphub_core::model::money::Money;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Row {
    test_identifier: String,
    pay_frequency: String,
    gross_pay: serde_json::Number,
    ni_category: String,
    employee_ni_contribution: serde_json::Number,
    employer_ni_contribution: serde_json::Number,
}

fn money(n: &serde_json::Number) -> Money {
    // The numbers are read as written in the file ("96.03"), never through a float.
    Money::from_str(&n.to_string()).unwrap()
}

#[test]
fn every_row_of_hmrc_test_data_matches_to_the_penny() {
    let text = include_str!("fixtures/oracles/hmrc-nic-2025-26.json");
    let rows: Vec<Row> = serde_json::from_str(text).unwrap();
    assert_eq!(rows.len(), 896);
    let rates = RateBook::embedded()
        .for_year(TaxYear::starting_in(2025))
        .unwrap();
    let mut failures = Vec::new();
    let mut categories = std::collections::BTreeSet::new();
    for row in &rows {
        let frequency = match row.pay_frequency.as_str() {
            "Weekly" => PayFrequency::Weekly,
            "Fortnightly" => PayFrequency::TwoWeekly,
            "FourWeekly" => PayFrequency::FourWeekly,
            "Monthly" => PayFrequency::Monthly,
            other => panic!("unexpected frequency {other}"),
        };
        let category = NiCategory::from_code(&row.ni_category)
            .unwrap_or_else(|| panic!("unknown category {}", row.ni_category));
        categories.insert(row.ni_category.clone());
        let got = nic_for_period(money(&row.gross_pay), frequency, category, rates);
        let (want_employee, want_employer) = (
            money(&row.employee_ni_contribution),
            money(&row.employer_ni_contribution),
        );
        if got.employee != want_employee || got.employer != want_employer {
            failures.push(format!(
                "{} {} £{} cat {}: employee {} want {}, employer {} want {}",
                row.test_identifier,
                row.pay_frequency,
                row.gross_pay,
                row.ni_category,
                got.employee,
                want_employee,
                got.employer,
                want_employer
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(
        categories.len(),
        16,
        "every category letter is covered: {categories:?}"
    );
}

/// HMRC's published Class 1 thresholds for each pay frequency, in pounds: lower earnings limit,
/// primary, secondary, upper earnings limit, upper secondary and Freeport / Investment Zone upper
/// secondary. From "Rates and thresholds for employers 2025 to 2026" and "… 2026 to 2027" (weekly,
/// monthly, yearly) and HMRC's NI tables and test data (2-weekly, 4-weekly): written out here, not
/// derived, because HMRC rounds each frequency on its own (4-weekly FUST is £1,924, not 4 × £481).
const PUBLISHED: &[(i32, PayFrequency, [i64; 6])] = &[
    (2025, PayFrequency::Weekly, [125, 242, 96, 967, 967, 481]),
    (
        2025,
        PayFrequency::TwoWeekly,
        [250, 484, 193, 1934, 1934, 962],
    ),
    (
        2025,
        PayFrequency::FourWeekly,
        [500, 967, 385, 3867, 3867, 1924],
    ),
    (
        2025,
        PayFrequency::Monthly,
        [542, 1048, 417, 4189, 4189, 2083],
    ),
    (2026, PayFrequency::Weekly, [129, 242, 96, 967, 967, 481]),
    (
        2026,
        PayFrequency::TwoWeekly,
        [258, 484, 193, 1934, 1934, 962],
    ),
    (
        2026,
        PayFrequency::FourWeekly,
        [516, 967, 385, 3867, 3867, 1924],
    ),
    (
        2026,
        PayFrequency::Monthly,
        [559, 1048, 417, 4189, 4189, 2083],
    ),
];

#[test]
fn every_threshold_of_every_pay_frequency_is_hmrcs_published_figure() {
    let book = RateBook::embedded();
    for (year, frequency, want) in PUBLISHED {
        let t = book
            .for_year(TaxYear::starting_in(*year))
            .unwrap()
            .nic
            .for_frequency(*frequency);
        let got = [
            t.lower_earnings_limit,
            t.primary_threshold,
            t.secondary_threshold,
            t.upper_earnings_limit,
            t.upper_secondary_threshold,
            t.freeport_upper_secondary_threshold,
        ];
        let want = want.map(|pounds| Money::from_str(&pounds.to_string()).unwrap());
        assert_eq!(got, want, "{year}-{} {frequency:?}", (year + 1) % 100);
    }
}
