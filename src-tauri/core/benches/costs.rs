//! A full-year plan for a person with 3 PAs and 6 plan lines, explanations included (goal ≤ 50 µs).
//! `cargo bench -p dphub-core --bench costs`

use std::hint::black_box;
use std::str::FromStr;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dphub_core::app::costs::*;
use dphub_core::app::employment::{HolidayArrangement, HoursKind, PayFrequency};
use dphub_core::model::money::Money;
use dphub_core::model::period::PaymentPeriod;
use rust_decimal::Decimal;

fn m(s: &str) -> Money {
    Money::from_str(s).unwrap()
}

fn pa(
    label: &str,
    rate: &str,
    hours: &str,
    frequency: PayFrequency,
    age: AgeBasis,
    irregular: bool,
) -> PaCostInput {
    PaCostInput {
        label: label.into(),
        age,
        hourly_rate: m(rate),
        hours_kind: if irregular {
            HoursKind::Irregular
        } else {
            HoursKind::Regular
        },
        hours: Decimal::from_str(hours).unwrap(),
        pay_frequency: frequency,
        holiday: if irregular {
            HolidayArrangement::RolledUp
        } else {
            HolidayArrangement::FivePointSixWeeks
        },
        days_per_week: Some(Decimal::from(4)),
        nic_category: None,
        apprentice_since: None,
        pension: PensionTerms::minimum(),
        contingency_rate: Decimal::new(5, 2),
        holiday_cover_hourly: Some(m("18.00")),
        start_date: NaiveDate::from_ymd_opt(2025, 9, 1),
    }
}

fn plan(inputs: &[PaCostInput], employer: &EmployerTerms, lines: &[SavedPlanLine]) -> PlanSummary {
    let cost = employer_cost(inputs, employer, RateBook::embedded()).unwrap();
    plan_summary(
        cost,
        lines,
        m("1250.00"),
        PaymentPeriod::FourWeekly,
        Some(m("15.50")),
    )
}

fn main() {
    let inputs = vec![
        pa(
            "Ann",
            "13.50",
            "16",
            PayFrequency::Weekly,
            AgeBasis::Age(45),
            false,
        ),
        pa(
            "Bea",
            "12.90",
            "60",
            PayFrequency::Monthly,
            AgeBasis::DateOfBirth(NaiveDate::from_ymd_opt(2005, 10, 15).unwrap()),
            true,
        ),
        pa(
            "Cal",
            "14.00",
            "20",
            PayFrequency::FourWeekly,
            AgeBasis::Age(68),
            false,
        ),
    ];
    let employer = EmployerTerms {
        tax_year: TaxYear::starting_in(2026),
        claims_employment_allowance: true,
        insurance_per_year: m("85.00"),
        payroll_fee_per_payslip: m("4.50"),
    };
    let line = |id, kind, q: &str, cost: &str, frequency| SavedPlanLine {
        id: PlanLineId(id),
        line: PlanLine {
            kind,
            description: "Line".into(),
            quantity: Decimal::from_str(q).unwrap(),
            unit_cost: m(cost),
            frequency,
        },
    };
    let lines = vec![
        line(
            1,
            PlanLineKind::AgencyHours,
            "4",
            "25.50",
            LineFrequency::Week,
        ),
        line(
            2,
            PlanLineKind::RespiteNights,
            "14",
            "120.00",
            LineFrequency::Year,
        ),
        line(
            3,
            PlanLineKind::DayServices,
            "2",
            "45.00",
            LineFrequency::Week,
        ),
        line(4, PlanLineKind::OneOff, "1", "350.00", LineFrequency::Once),
        line(5, PlanLineKind::Other, "1", "30.00", LineFrequency::Month),
        line(
            6,
            PlanLineKind::Other,
            "3",
            "12.00",
            LineFrequency::FourWeeks,
        ),
    ];
    let summary = plan(&inputs, &employer, &lines);
    println!(
        "full-year plan: {} pay periods, spending {} a year, difference {}",
        summary
            .employer
            .pas
            .iter()
            .map(|p| p.periods.len())
            .sum::<usize>(),
        summary.spending.yearly,
        summary.difference.yearly
    );
    // A warm-up, then each run timed on its own: the median and the 95th percentile are printed.
    for _ in 0..200 {
        black_box(plan(&inputs, &employer, &lines));
    }
    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            black_box(plan(
                black_box(&inputs),
                black_box(&employer),
                black_box(&lines),
            ));
            start.elapsed()
        })
        .collect();
    times.sort();
    let micros = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "full-year plan, 3 PAs + 6 lines, with explanations, {ROUNDS} runs: median {:.1} µs, p95 {:.1} µs (goal ≤ 50 µs)",
        micros(times[ROUNDS / 2]),
        micros(times[ROUNDS * 95 / 100])
    );
}

const ROUNDS: usize = 2_000;
