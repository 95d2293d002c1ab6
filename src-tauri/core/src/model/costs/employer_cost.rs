//! The cost of all of one employer's PAs for a tax year: each PA's pay periods, the Employment
//! Allowance used up in pay order across them, and the totals, each figure explained.

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::explain::{per_hour_figure, Figure, SOURCE_ALLOWANCE};
use super::holiday::{entitlement, hours_worked_per_year, HolidayEntitlement};
use super::inputs::{EmployerTerms, PaCostInput};
use super::pay_periods::PayPeriod;
use super::period_cost::{finish_period, periods_before_allowance, PeriodCost};
use super::rates::{NoRatesForYear, RateBook};
use super::summary::{period_figures, year_figures, CostFigures};
use super::tax_year::TaxYear;
use super::warnings::{allowance_used_up, pa_warnings, pension_duties, CostWarning};
use crate::model::employment::PayFrequency;
use crate::model::money::Money;

/// One PA's costs for the year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PaCost {
    pub input: PaCostInput,
    pub pay_frequency: PayFrequency,
    /// The first pay period of the year, whose figures `per_period` shows.
    pub first_period: PayPeriod,
    pub per_period: CostFigures,
    pub per_year: CostFigures,
    pub holiday: HolidayEntitlement,
    #[ts(type = "string")]
    pub hours_worked_per_year: Decimal,
    pub periods: Vec<PeriodCost>,
    pub warnings: Vec<CostWarning>,
}

/// What all of an employer's PAs cost the direct payment in a tax year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct EmployerCost {
    pub tax_year: TaxYear,
    pub pas: Vec<PaCost>,
    pub allowance_used: Figure,
    pub insurance: Figure,
    /// All PAs' yearly totals plus insurance.
    pub total_per_year: Figure,
    #[ts(type = "string")]
    pub hours_worked_per_year: Decimal,
    pub cost_per_hour: Figure,
    pub warnings: Vec<CostWarning>,
}

pub fn employer_cost(
    inputs: &[PaCostInput],
    employer: &EmployerTerms,
    book: &RateBook,
) -> Result<EmployerCost, NoRatesForYear> {
    let rates = book.for_year(employer.tax_year)?;
    let mut periods: Vec<Vec<PeriodCost>> = inputs
        .iter()
        .map(|input| periods_before_allowance(input, employer, rates, book))
        .collect();

    // The allowance is set against employer NIC in the order the PAs are paid.
    let available = if employer.claims_employment_allowance {
        rates.employment_allowance.per_year
    } else {
        Money::ZERO
    };
    let mut pay_order: Vec<(chrono::NaiveDate, usize, usize)> = periods
        .iter()
        .enumerate()
        .flat_map(|(pa, ps)| {
            ps.iter()
                .enumerate()
                .map(move |(i, p)| (p.period.ends_on, pa, i))
        })
        .collect();
    pay_order.sort_unstable();
    let mut remaining = available;
    let mut used_up_on = None;
    for (payday, pa, i) in pay_order {
        let (before, rest) = periods[pa].split_at_mut(i);
        let cost = &mut rest[0];
        let used = remaining.min(cost.employer_nic);
        remaining = remaining - used;
        if employer.claims_employment_allowance && remaining.is_zero() && used_up_on.is_none() {
            used_up_on = Some(payday);
        }
        match before.last() {
            Some(previous) if cost.same_as_previous && previous.allowance == used => {
                cost.allowance = used;
                cost.employer_nic_net = previous.employer_nic_net;
                cost.contingency = previous.contingency;
                cost.total = previous.total;
            }
            _ => {
                cost.same_as_previous = false;
                finish_period(cost, used, inputs[pa].contingency_rate)
            }
        }
    }

    let allowance_total: Money = periods
        .iter()
        .flatten()
        .map(|p| p.allowance)
        .fold(Money::ZERO, |a, b| a + b);
    let mut warnings: Vec<CostWarning> = pension_duties(inputs, &periods).into_iter().collect();
    if let Some(day) = used_up_on {
        warnings.push(allowance_used_up(available, day));
    }
    let pas: Vec<PaCost> = inputs
        .iter()
        .zip(periods)
        .map(|(input, ps)| {
            let hours_worked = hours_worked_per_year(input, &rates.holiday);
            PaCost {
                input: input.clone(),
                pay_frequency: input.pay_frequency,
                first_period: ps[0].period,
                per_period: period_figures(input, &ps[0], rates),
                per_year: year_figures(&ps, hours_worked),
                holiday: entitlement(input, &rates.holiday, hours_worked),
                hours_worked_per_year: hours_worked,
                warnings: pa_warnings(input, &ps, rates, book),
                periods: ps,
            }
        })
        .collect();

    let allowance_used = if employer.claims_employment_allowance {
        Figure::new(
            allowance_total,
            format!(
                "{} of the {} allowance for {} set against employer National Insurance, in the order the PAs are paid",
                allowance_total,
                available,
                employer.tax_year
            ),
        )
        .rule("The Employment Allowance is per employer, not per PA: it reduces the year's employer National Insurance of all the PAs together until it is used up.")
        .source(SOURCE_ALLOWANCE)
    } else {
        Figure::new(Money::ZERO, "Not claimed").rule(
            "A person employing a care or support worker with a direct payment can claim the Employment Allowance; tick it to see its effect.",
        )
        .source(SOURCE_ALLOWANCE)
    };
    let insurance = Figure::new(
        employer.insurance_per_year,
        format!("{} a year, as entered", employer.insurance_per_year),
    )
    .rule("Employers' liability insurance is a legal requirement for an employer; one policy covers all the PAs.")
    .source("Employers' Liability (Compulsory Insurance) Act 1969");

    let pa_totals: Money = pas
        .iter()
        .map(|p| p.per_year.total.amount)
        .fold(Money::ZERO, |a, b| a + b);
    let total = pa_totals + employer.insurance_per_year;
    let total_per_year = Figure::new(
        total,
        format!(
            "{} for the PAs' pay and on-costs + {} insurance = {}",
            pa_totals, employer.insurance_per_year, total
        ),
    )
    .rule("The total cost to the direct payment for the tax year.");
    let hours: Decimal = pas.iter().map(|p| p.hours_worked_per_year).sum();
    let cost_per_hour = per_hour_figure(total, hours);
    Ok(EmployerCost {
        tax_year: employer.tax_year,
        pas,
        allowance_used,
        insurance,
        total_per_year,
        hours_worked_per_year: hours.round_dp(2),
        cost_per_hour,
        warnings,
    })
}
