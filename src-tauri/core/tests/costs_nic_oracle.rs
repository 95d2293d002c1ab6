//! HMRC's own National Insurance test data for 2025-26 (weekly and monthly pay, every category letter,
//! each threshold a penny either side): every row must match to the penny.

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
    let text = include_str!("fixtures/oracles/hmrc-nic-2025-26-weekly-monthly.json");
    let rows: Vec<Row> = serde_json::from_str(text).unwrap();
    assert_eq!(rows.len(), 448);
    let rates = RateBook::embedded()
        .for_year(TaxYear::starting_in(2025))
        .unwrap();
    let mut failures = Vec::new();
    let mut categories = std::collections::BTreeSet::new();
    for row in &rows {
        let frequency = match row.pay_frequency.as_str() {
            "Weekly" => PayFrequency::Weekly,
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
