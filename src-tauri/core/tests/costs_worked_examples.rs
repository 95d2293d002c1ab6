//! The cost calculator against worked examples from the official sources in domain.md.

use std::str::FromStr;

use chrono::NaiveDate;
use dphub_core::app::costs::*;
use dphub_core::app::employment::{HolidayArrangement, HoursKind, PayFrequency};
use dphub_core::model::money::Money;
use rust_decimal::Decimal;

fn m(s: &str) -> Money {
    Money::from_str(s).unwrap()
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn d(y: i32, mo: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, mo, day).unwrap()
}

fn pa(rate: &str, hours: &str, age: AgeBasis) -> PaCostInput {
    PaCostInput {
        label: "Sam".into(),
        age,
        hourly_rate: m(rate),
        hours_kind: HoursKind::Regular,
        hours: dec(hours),
        pay_frequency: PayFrequency::Weekly,
        holiday: HolidayArrangement::FivePointSixWeeks,
        days_per_week: None,
        nic_category: None,
        apprentice_since: None,
        pension: PensionTerms::minimum(),
        contingency_rate: Decimal::ZERO,
        holiday_cover_hourly: None,
        start_date: None,
    }
}

fn employer(year: i32, allowance: bool) -> EmployerTerms {
    EmployerTerms {
        tax_year: TaxYear::starting_in(year),
        claims_employment_allowance: allowance,
        insurance_per_year: Money::ZERO,
        payroll_fee_per_payslip: Money::ZERO,
    }
}

fn cost(inputs: &[PaCostInput], e: &EmployerTerms) -> EmployerCost {
    employer_cost(inputs, e, RateBook::embedded()).unwrap()
}

#[test]
fn weekly_pay_of_254_20_matches_the_domain_worked_example() {
    // 20 hours × £12.71 = £254.20 a week, aged 30, 2026-27, no allowance.
    let c = cost(
        &[pa("12.71", "20", AgeBasis::Age(30))],
        &employer(2026, false),
    );
    let p = &c.pas[0].per_period;
    assert_eq!(p.gross.amount, m("254.20"));
    assert_eq!(p.employer_nic.amount, m("23.73"));
    assert_eq!(p.employee_nic.amount, m("0.98"));
    assert_eq!(p.qualifying_earnings.amount, m("134.20"));
    assert_eq!(p.pension_employer.amount, m("4.03"));
    assert_eq!(
        p.pension_worker.amount,
        m("6.71"),
        "8% = £10.74 in all, less the employer's £4.03"
    );
    assert_eq!(
        p.employer_nic.how.working,
        "15% of £158.20 (pay £254.20 above the £96.00 weekly secondary threshold) = £23.73"
    );
    assert!(p
        .employer_nic
        .how
        .rounding
        .as_deref()
        .unwrap()
        .contains("third decimal place"));
    assert!(p.employer_nic.how.source.contains("HMRC"));
    assert_eq!(
        c.pas[0].periods[0].pension_category,
        PensionCategory::EligibleJobholder
    );
    // 254.20 + 23.73 + 4.03 = 281.96 a week; 52 weeks.
    assert_eq!(p.total.amount, m("281.96"));
    assert_eq!(c.pas[0].per_year.total.amount, m("14661.92"));
    assert_eq!(
        c.pas[0].per_year.total.how.working,
        "52 × £281.96 = £14,661.92"
    );
    // Regular hours: 5.6 weeks of 20 hours = 112 hours of holiday; worked 46.4 weeks.
    assert_eq!(c.pas[0].holiday.hours_per_year, dec("112"));
    assert_eq!(c.hours_worked_per_year, dec("928"));
    assert_eq!(
        c.cost_per_hour.amount,
        m("15.80"),
        "14661.92 / 928 = 15.7995"
    );
    assert!(c.pas[0].warnings.is_empty(), "{:?}", c.pas[0].warnings);
}

#[test]
fn a_pay_period_spanning_1_april_needs_the_new_minimum_wage() {
    // £12.21 was the National Living Wage for 2025-26; the last weekly period, 29 March to 4 April 2026,
    // includes work on or after 1 April 2026, when it became £12.71.
    let c = cost(
        &[pa("12.21", "20", AgeBasis::Age(40))],
        &employer(2025, false),
    );
    let periods = &c.pas[0].periods;
    assert_eq!(periods[50].minimum_hourly, Some(m("12.21")));
    assert_eq!(periods[51].period.starts_on, d(2026, 3, 29));
    assert_eq!(periods[51].minimum_hourly, Some(m("12.71")));
    let w = &c.pas[0].warnings;
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].kind, WarningKind::BelowMinimumWage);
    assert!(
        w[0].message.contains("29 March 2026 to 4 April 2026"),
        "{}",
        w[0].message
    );
    assert!(w[0]
        .message
        .contains("includes work on or after 1 April 2026"));
    // A monthly period 6 March to 5 April 2026 also spans it.
    let mut monthly = pa("12.21", "20", AgeBasis::Age(40));
    monthly.pay_frequency = PayFrequency::Monthly;
    let c = cost(&[monthly], &employer(2025, false));
    assert_eq!(c.pas[0].periods[11].minimum_hourly, Some(m("12.71")));
}

#[test]
fn a_pa_turning_21_mid_year_moves_to_category_a_and_the_adult_minimum() {
    let c = cost(
        &[pa("11.00", "20", AgeBasis::DateOfBirth(d(2005, 10, 15)))],
        &employer(2026, false),
    );
    let ps = &c.pas[0].periods;
    // Week 28 is 12 to 18 October 2026, the week of the 21st birthday.
    assert_eq!(ps[26].nic_category, NiCategory::M);
    assert_eq!(ps[26].employer_nic, Money::ZERO);
    assert_eq!(ps[27].nic_category, NiCategory::A);
    // 220.00 - 96 = 124 × 15% = 18.60
    assert_eq!(ps[27].employer_nic, m("18.60"));
    assert_eq!(ps[26].minimum_hourly, Some(m("10.85")));
    assert_eq!(ps[27].minimum_hourly, Some(m("12.71")));
    assert_eq!(
        ps[27].pension_category,
        PensionCategory::NonEligibleJobholder,
        "21 is below 22"
    );
    let w = &c.pas[0].warnings;
    assert!(
        w.iter().any(|w| w.kind == WarningKind::BelowMinimumWage
            && w.message.contains("12 October 2026 to 18 October 2026")
            && w.message.contains("Sam is 21")),
        "{w:?}"
    );
    let year = &c.pas[0].per_year.employer_nic;
    assert_eq!(year.amount, m("18.60") * Decimal::from(25));
    assert!(
        year.how
            .working
            .contains("£0.00 at first, then £18.60 from 12 October 2026"),
        "{}",
        year.how.working
    );
}

#[test]
fn employment_allowance_runs_out_part_way_through_the_year_across_three_pas() {
    // Three PAs on 40 hours × £20 = £800 a week: employer NIC (800 − 96) × 15% = £105.60 each, £316.80
    // a week together. £10,500 covers 33 weeks (£10,454.40) and £45.60 of week 34.
    let pas: Vec<PaCostInput> = ["Ann", "Bea", "Cal"]
        .iter()
        .map(|name| PaCostInput {
            label: name.to_string(),
            ..pa("20.00", "40", AgeBasis::Age(40))
        })
        .collect();
    let c = cost(&pas, &employer(2026, true));
    assert_eq!(c.allowance_used.amount, m("10500.00"));
    let week = |pa: usize, i: usize| &c.pas[pa].periods[i];
    assert_eq!(week(2, 32).employer_nic_net, Money::ZERO);
    // Week 34: paid in order Ann, Bea, Cal on the same payday; Ann's uses the last £45.60.
    assert_eq!(week(0, 33).allowance, m("45.60"));
    assert_eq!(week(0, 33).employer_nic_net, m("60.00"));
    assert_eq!(week(1, 33).allowance, Money::ZERO);
    assert_eq!(week(1, 33).employer_nic_net, m("105.60"));
    let per_pa: Vec<Money> = c.pas.iter().map(|p| p.per_year.allowance.amount).collect();
    assert_eq!(per_pa, vec![m("3530.40"), m("3484.80"), m("3484.80")]);
    assert!(
        c.warnings
            .iter()
            .any(|w| w.kind == WarningKind::AllowanceUsedUp
                && w.message.contains("29 November 2026")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn irregular_hours_add_12_07_percent_holiday_pay() {
    let mut p = pa("12.71", "40", AgeBasis::Age(35));
    p.hours_kind = HoursKind::Irregular;
    p.holiday = HolidayArrangement::RolledUp;
    p.pay_frequency = PayFrequency::Monthly;
    let c = cost(&[p], &employer(2026, false));
    let first = &c.pas[0].periods[0];
    // 40 × 12.71 = 508.40; 12.07% = 61.36388 → 61.36; gross 569.76.
    assert_eq!(first.holiday_pay, m("61.36"));
    assert_eq!(first.gross, m("569.76"));
    // Monthly secondary threshold £417: (569.76 − 417) × 15% = 22.914 → 22.91.
    assert_eq!(first.employer_nic, m("22.91"));
    assert_eq!(
        c.pas[0].holiday.hours_per_year,
        dec("57.94"),
        "480 hours × 12.07%"
    );
    assert!(c.pas[0]
        .per_period
        .holiday_pay
        .how
        .working
        .contains("rolled-up"));
}

#[test]
fn under_21s_and_apprentices_under_25_pay_no_employer_nic_below_the_upper_threshold() {
    let young = cost(
        &[pa("12.71", "20", AgeBasis::Age(19))],
        &employer(2026, false),
    );
    assert_eq!(young.pas[0].periods[0].nic_category, NiCategory::M);
    assert_eq!(young.pas[0].per_period.employer_nic.amount, Money::ZERO);
    assert_eq!(young.pas[0].per_period.employee_nic.amount, m("0.98"));
    let mut apprentice = pa("12.71", "20", AgeBasis::Age(23));
    apprentice.apprentice_since = Some(d(2026, 1, 5));
    let a = cost(&[apprentice], &employer(2026, false));
    assert_eq!(a.pas[0].periods[0].nic_category, NiCategory::H);
    assert_eq!(a.pas[0].per_period.employer_nic.amount, Money::ZERO);
    // Over State Pension age: category C, no employee NIC.
    let older = cost(
        &[pa("12.71", "20", AgeBasis::Age(70))],
        &employer(2026, false),
    );
    assert_eq!(older.pas[0].periods[0].nic_category, NiCategory::C);
    assert_eq!(older.pas[0].per_period.employee_nic.amount, Money::ZERO);
    assert_eq!(older.pas[0].per_period.employer_nic.amount, m("23.73"));
    assert_eq!(
        older.pas[0].periods[0].pension_category,
        PensionCategory::NonEligibleJobholder
    );
}

#[test]
fn four_weekly_pay_warns_of_two_paydays_in_one_month_and_low_pay_of_no_ni_record() {
    let mut p = pa("12.71", "9", AgeBasis::Age(30));
    p.pay_frequency = PayFrequency::FourWeekly;
    let c = cost(&[p], &employer(2026, false));
    let w = &c.pas[0].warnings;
    // 36 hours × 12.71 = 457.56, below the 4-weekly LEL of £516.
    assert!(
        w.iter().any(
            |w| w.kind == WarningKind::BelowLowerEarningsLimit && w.message.contains("£516.00")
        ),
        "{w:?}"
    );
    assert!(
        w.iter().any(|w| w.kind == WarningKind::TwoPaydaysInAMonth
            && w.message.contains("May 2026 (3 May and 31 May)")),
        "{w:?}"
    );
}

#[test]
fn pension_duties_start_with_the_first_pa() {
    let mut p = pa("12.71", "20", AgeBasis::Age(30));
    p.start_date = Some(d(2026, 9, 7));
    let c = cost(&[p], &employer(2026, false));
    let duty = c
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::PensionDuties)
        .unwrap();
    assert!(
        duty.message.contains("7 September 2026"),
        "{}",
        duty.message
    );
    assert!(duty.message.contains("Sam must be enrolled"));
}

#[test]
fn a_tax_year_with_no_rates_file_is_an_error_naming_the_years_known() {
    let e = employer_cost(
        &[pa("12.71", "20", AgeBasis::Age(30))],
        &employer(2031, false),
        RateBook::embedded(),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "DP Hub has no rates for the tax year 2031-32. It has rates for 2025-26 and 2026-27."
    );
}
