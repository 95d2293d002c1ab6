//! The rates files are complete and sane; and the calculator's properties hold for any input.

use std::str::FromStr;

use dphub_core::app::costs::*;
use dphub_core::app::employment::{HolidayArrangement, HoursKind, PayFrequency};
use dphub_core::model::money::Money;
use proptest::prelude::*;
use rust_decimal::Decimal;

#[test]
fn every_rates_file_is_complete_ordered_and_in_range() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/rates");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        files.push((
            path.file_name().unwrap().to_string_lossy().to_string(),
            std::fs::read_to_string(&path).unwrap(),
        ));
    }
    let named: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    // Unknown or missing fields are errors (deny_unknown_fields, no optional fields).
    let book = RateBook::from_files(&named).unwrap();
    assert!(book.years().len() >= 2);
    let rate_ok = |r: Decimal| r >= Decimal::ZERO && r < Decimal::ONE;
    for y in book.years() {
        let name = format!("{}.toml", y.tax_year);
        assert!(
            files.iter().any(|(n, _)| *n == name),
            "{name} is named after its tax year"
        );
        assert_eq!(y.starts_on, y.tax_year.first_day());
        assert_eq!(y.ends_on, y.tax_year.last_day());
        let w = &y.minimum_wage;
        assert!(
            w.under_18 <= w.age_18_to_20 && w.age_18_to_20 <= w.age_21_and_over,
            "{name}"
        );
        assert!(w.apprentice <= w.age_21_and_over);
        for (freq, t) in y.nic.every_frequency() {
            assert!(
                t.secondary_threshold < t.lower_earnings_limit,
                "{name} {freq}"
            );
            assert!(
                t.lower_earnings_limit < t.primary_threshold,
                "{name} {freq}"
            );
            assert!(
                t.primary_threshold < t.upper_earnings_limit,
                "{name} {freq}"
            );
            assert!(t.secondary_threshold < t.freeport_upper_secondary_threshold);
            assert!(t.upper_secondary_threshold <= t.upper_earnings_limit);
        }
        let r = &y.nic.rates;
        for rate in [
            r.employer,
            r.employee_main,
            r.employee_above_upper,
            r.employee_reduced,
            r.employee_deferred,
        ] {
            assert!(rate_ok(rate), "{name}: {rate}");
        }
        for (freq, b) in y.pension.every_frequency() {
            assert!(
                b.qualifying_lower < b.trigger && b.trigger < b.qualifying_upper,
                "{name} {freq}"
            );
        }
        let c = &y.pension.minimum_contributions;
        assert!(rate_ok(c.employer) && rate_ok(c.total) && c.employer <= c.total);
        assert_eq!(
            y.holiday.irregular_accrual_rate,
            (y.holiday.weeks_per_year / Decimal::from_str("46.4").unwrap()).round_dp(4)
        );
        assert!(y.employment_allowance.per_year > Money::ZERO);
    }
}

fn input(
    rate_pence: u32,
    hours_tenths: u32,
    frequency: PayFrequency,
    irregular: bool,
    age: u8,
) -> PaCostInput {
    PaCostInput {
        label: "PA".into(),
        age: AgeBasis::Age(age),
        hourly_rate: Money::from_decimal(Decimal::new(rate_pence as i64, 2)),
        hours_kind: if irregular {
            HoursKind::Irregular
        } else {
            HoursKind::Regular
        },
        hours: Decimal::new(hours_tenths as i64, 1),
        pay_frequency: frequency,
        holiday: if irregular {
            HolidayArrangement::AccruedHours
        } else {
            HolidayArrangement::FivePointSixWeeks
        },
        days_per_week: None,
        nic_category: None,
        apprentice_since: None,
        pension: PensionTerms::minimum(),
        contingency_rate: Decimal::new(5, 2),
        holiday_cover_hourly: Some(Money::from_decimal(Decimal::new(1500, 2))),
        start_date: None,
    }
}

fn employer(allowance: bool) -> EmployerTerms {
    EmployerTerms {
        tax_year: TaxYear::starting_in(2026),
        claims_employment_allowance: allowance,
        insurance_per_year: Money::from_decimal(Decimal::new(6000, 2)),
        payroll_fee_per_payslip: Money::from_decimal(Decimal::new(500, 2)),
    }
}

fn yearly(i: &PaCostInput, allowance: bool) -> EmployerCost {
    employer_cost(
        std::slice::from_ref(i),
        &employer(allowance),
        RateBook::embedded(),
    )
    .unwrap()
}

fn frequency() -> impl Strategy<Value = PayFrequency> {
    prop::sample::select(PayFrequency::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn cost_never_falls_as_hours_or_rate_rise(
        rate in 1000u32..4000, extra_rate in 0u32..500,
        hours in 0u32..600, extra_hours in 0u32..200,
        f in frequency(), irregular: bool, age in 16u8..80, allowance: bool,
    ) {
        let base = yearly(&input(rate, hours, f, irregular, age), allowance).total_per_year.amount;
        let more_hours = yearly(&input(rate, hours + extra_hours, f, irregular, age), allowance).total_per_year.amount;
        let more_pay = yearly(&input(rate + extra_rate, hours, f, irregular, age), allowance).total_per_year.amount;
        prop_assert!(more_hours >= base, "{} < {}", more_hours, base);
        prop_assert!(more_pay >= base, "{} < {}", more_pay, base);
    }

    #[test]
    fn the_year_is_the_sum_of_its_periods_and_nothing_is_negative(
        rate in 1000u32..4000, hours in 0u32..1200, f in frequency(), irregular: bool, age in 16u8..80, allowance: bool,
    ) {
        let c = yearly(&input(rate, hours, f, irregular, age), allowance);
        let pa = &c.pas[0];
        prop_assert_eq!(pa.periods.len(), periods_per_year(f) as usize);
        let sum = |get: fn(&PeriodCost) -> Money| pa.periods.iter().map(get).fold(Money::ZERO, |a, b| a + b);
        prop_assert_eq!(pa.per_year.total.amount, sum(|p| p.total));
        prop_assert_eq!(pa.per_year.gross.amount, sum(|p| p.gross));
        prop_assert_eq!(pa.per_year.employer_nic_net.amount, sum(|p| p.employer_nic_net));
        prop_assert_eq!(c.total_per_year.amount, pa.per_year.total.amount + c.insurance.amount);
        for p in &pa.periods {
            for m in [p.gross, p.holiday_pay, p.employee_nic, p.employer_nic, p.allowance, p.employer_nic_net,
                      p.qualifying_earnings, p.pension_employer, p.pension_worker, p.holiday_cover, p.payroll_fee,
                      p.contingency, p.total] {
                prop_assert!(m >= Money::ZERO, "negative {} in period {}", m, p.period.number);
            }
            prop_assert_eq!(p.employer_nic_net + p.allowance, p.employer_nic);
        }
    }
}
