//! The figures shown for a PA — for the first pay period and for the year — each with its working.

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::explain::{
    percent, quantity, Figure, ROUNDING_PENNY, SOURCE_ALLOWANCE, SOURCE_HOLIDAY, SOURCE_PENSION,
};
use super::inputs::PaCostInput;
use super::nic::{explain_employee_nic, explain_employer_nic};
use super::pay_periods::frequency_phrase;
use super::pension::PensionCategory;
use super::period_cost::PeriodCost;
use super::rates::TaxYearRates;
use crate::model::employment::{HolidayArrangement, HoursKind, PayFrequency};
use crate::model::input::long_date;
use crate::model::money::Money;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CostFigures {
    pub gross: Figure,
    pub holiday_pay: Figure,
    pub employer_nic: Figure,
    pub allowance: Figure,
    pub employer_nic_net: Figure,
    pub employee_nic: Figure,
    pub qualifying_earnings: Figure,
    pub pension_employer: Figure,
    pub pension_worker: Figure,
    pub holiday_cover: Figure,
    pub payroll_fee: Figure,
    pub contingency: Figure,
    pub total: Figure,
    pub cost_per_hour: Figure,
}

fn hours_text(input: &PaCostInput, p: &PeriodCost) -> String {
    match (input.hours_kind, input.pay_frequency) {
        (HoursKind::Regular, PayFrequency::Monthly) => format!(
            "{} hours a week × 52 ÷ 12 = {} hours",
            quantity(input.hours),
            quantity(p.hours_paid)
        ),
        (HoursKind::Regular, PayFrequency::Weekly) => format!("{} hours", quantity(p.hours_paid)),
        (HoursKind::Regular, _) => format!(
            "{} hours a week × {} weeks = {} hours",
            quantity(input.hours),
            quantity(p.hours_paid / input.hours.max(Decimal::ONE)),
            quantity(p.hours_paid)
        ),
        (HoursKind::Irregular, _) => format!("{} hours worked", quantity(p.hours_paid)),
    }
}

fn gross_figure(input: &PaCostInput, p: &PeriodCost) -> Figure {
    let working = match input.hours_kind {
        HoursKind::Regular => format!(
            "{} × {} an hour = {}",
            hours_text(input, p),
            input.hourly_rate,
            p.gross
        ),
        HoursKind::Irregular => format!(
            "{} × {} an hour = {}, plus {} holiday pay = {}",
            hours_text(input, p),
            input.hourly_rate,
            (p.gross - p.holiday_pay),
            p.holiday_pay,
            p.gross
        ),
    };
    Figure::new(p.gross, working)
        .rule("Gross pay: the hours paid times the hourly rate, before the PA's National Insurance and pension are taken off.")
        .rounding(ROUNDING_PENNY)
}

fn holiday_pay_figure(input: &PaCostInput, p: &PeriodCost, rates: &TaxYearRates) -> Figure {
    let rate = rates.holiday.irregular_accrual_rate;
    let (working, rule) = match input.holiday {
        HolidayArrangement::FivePointSixWeeks => (
            format!(
                "{} of every 52 weeks' pay is paid holiday: {} × {} ÷ 52 = {} (already part of the pay above)",
                quantity(rates.holiday.weeks_per_year),
                p.gross,
                quantity(rates.holiday.weeks_per_year),
                p.holiday_pay
            ),
            format!("Regular hours: {} weeks' paid holiday a year, up to {} days, paid as normal pay when taken.", quantity(rates.holiday.weeks_per_year), rates.holiday.max_days),
        ),
        HolidayArrangement::AccruedHours => (
            format!(
                "{} of {} = {} (the average cost of the holiday the PA builds up, paid when they take it)",
                percent(rate),
                (p.gross - p.holiday_pay),
                p.holiday_pay
            ),
            format!("Irregular hours: holiday builds up at {} of hours worked (5.6 ÷ 46.4 weeks).", percent(rate)),
        ),
        HolidayArrangement::RolledUp => (
            format!(
                "{} of {} = {} rolled-up holiday pay, shown separately on each payslip",
                percent(rate),
                (p.gross - p.holiday_pay),
                p.holiday_pay
            ),
            format!("Irregular hours: rolled-up holiday pay of {} of pay for hours worked, paid with each payslip.", percent(rate)),
        ),
    };
    Figure::new(p.holiday_pay, working)
        .rule(rule)
        .rounding(ROUNDING_PENNY)
        .source(SOURCE_HOLIDAY)
}

fn pension_figures(input: &PaCostInput, p: &PeriodCost, rates: &TaxYearRates) -> [Figure; 3] {
    let band = rates.pension.for_frequency(input.pay_frequency);
    let freq = frequency_phrase(input.pay_frequency);
    let category = p.pension_category;
    let qualifying = Figure::new(
        p.qualifying_earnings,
        format!(
            "{} pay − {} lower level {} = {} (pay above {} {freq} does not count)",
            p.gross.min(band.qualifying_upper),
            band.qualifying_lower,
            freq,
            p.qualifying_earnings,
            band.qualifying_upper
        ),
    )
    .rule(format!(
        "{}: {}. Qualifying earnings are pay between {} and {} {freq}; the trigger for automatic enrolment is {} {freq}.",
        category.label(),
        category.hint().unwrap_or(""),
        band.qualifying_lower,
        band.qualifying_upper,
        band.trigger
    ))
    .source(format!("{SOURCE_PENSION}, {}", rates.tax_year));
    let paid = p.pension_employer > Money::ZERO || p.pension_worker > Money::ZERO;
    let reason = match category {
        PensionCategory::EligibleJobholder => "",
        PensionCategory::NonEligibleJobholder if input.pension.opted_in => "",
        PensionCategory::NonEligibleJobholder => {
            "None: a non-eligible jobholder who has not chosen to join"
        }
        PensionCategory::EntitledWorker => {
            "None: an entitled worker (the employer need not pay in even if they join)"
        }
    };
    let employer = if paid {
        Figure::new(
            p.pension_employer,
            format!(
                "{} of {} qualifying earnings = {}",
                percent(input.pension.employer_rate),
                p.qualifying_earnings,
                p.pension_employer
            ),
        )
    } else {
        Figure::new(Money::ZERO, reason)
    }
    .rule("The employer's contribution: at least 3% of qualifying earnings, within a total of at least 8%.")
    .rounding(ROUNDING_PENNY)
    .source(SOURCE_PENSION);
    let worker = if paid {
        Figure::new(
            p.pension_worker,
            format!(
                "{} of {} = {}, less the employer's {} = {} (taken from the PA's pay)",
                percent(input.pension.total_rate),
                p.qualifying_earnings,
                (p.pension_employer + p.pension_worker),
                p.pension_employer,
                p.pension_worker
            ),
        )
    } else {
        Figure::new(Money::ZERO, reason)
    }
    .rule("The PA pays the rest of the total contribution from their pay; it is not an extra cost.")
    .rounding(ROUNDING_PENNY)
    .source(SOURCE_PENSION);
    [qualifying, employer, worker]
}

pub fn period_figures(input: &PaCostInput, p: &PeriodCost, rates: &TaxYearRates) -> CostFigures {
    let [qualifying_earnings, pension_employer, pension_worker] = pension_figures(input, p, rates);
    let allowance = Figure::new(
        p.allowance,
        if p.allowance.is_zero() {
            "None used in this period".to_string()
        } else {
            format!("{} of this period's employer National Insurance is covered by the Employment Allowance", p.allowance)
        },
    )
    .rule("The Employment Allowance (per employer, per tax year) is set against employer National Insurance in pay order until it is used up.")
    .source(SOURCE_ALLOWANCE);
    let cover_rate = input.holiday_cover_hourly.unwrap_or(Money::ZERO);
    let holiday_cover = if input.holiday_cover_hourly.is_some() {
        Figure::new(
            p.holiday_cover,
            format!(
                "{} hours of holiday in this period on average × {} an hour for cover = {}",
                quantity(if cover_rate.is_zero() {
                    Decimal::ZERO
                } else {
                    p.holiday_cover.as_decimal() / cover_rate.as_decimal()
                }),
                cover_rate,
                p.holiday_cover
            ),
        )
    } else {
        Figure::new(Money::ZERO, "No cover cost entered")
    }
    .rule("Someone else's hours while the PA is on holiday, at the cover rate entered.")
    .rounding(ROUNDING_PENNY);
    let base = p.gross + p.employer_nic_net + p.pension_employer;
    let contingency = Figure::new(
        p.contingency,
        format!(
            "{} of {} (pay, employer National Insurance and pension) = {}",
            percent(input.contingency_rate),
            base,
            p.contingency
        ),
    )
    .rule("Set aside for cover and sickness, at the percentage entered.")
    .rounding(ROUNDING_PENNY);
    let total = Figure::new(
        p.total,
        format!(
            "{} pay + {} employer NI + {} pension + {} holiday cover + {} payroll fee + {} contingency = {}",
            p.gross,
            p.employer_nic_net,
            p.pension_employer,
            p.holiday_cover,
            p.payroll_fee,
            p.contingency,
            p.total
        ),
    )
    .rule("The cost to the direct payment. The PA's own National Insurance and pension come out of their pay, so they are not added.");
    CostFigures {
        gross: gross_figure(input, p),
        holiday_pay: holiday_pay_figure(input, p, rates),
        employer_nic: explain_employer_nic(
            p.gross,
            input.pay_frequency,
            p.nic_category,
            rates,
            p.employer_nic,
        ),
        allowance,
        employer_nic_net: Figure::new(
            p.employer_nic_net,
            format!(
                "{} − {} allowance = {}",
                p.employer_nic, p.allowance, p.employer_nic_net
            ),
        )
        .rule("Employer National Insurance after the Employment Allowance."),
        employee_nic: explain_employee_nic(
            p.gross,
            input.pay_frequency,
            p.nic_category,
            rates,
            p.employee_nic,
        ),
        qualifying_earnings,
        pension_employer,
        pension_worker,
        holiday_cover,
        payroll_fee: Figure::new(
            p.payroll_fee,
            format!("{} a payslip, as entered", p.payroll_fee),
        )
        .rule("A payroll service's charge for each payslip."),
        contingency,
        total,
        cost_per_hour: super::explain::per_hour_figure(p.total, p.hours_worked),
    }
}

/// The year's figures: each the sum of the periods, with how the periods differ when they do.
/// The rule of every yearly figure.
const YEAR_RULE: &str = "The sum of the tax year's pay periods, each worked out on its own.";

/// The amounts of a period in the order `year_figures` adds them up.
fn amounts(p: &PeriodCost) -> [Money; 12] {
    [
        p.gross,
        p.holiday_pay,
        p.employer_nic,
        p.allowance,
        p.employer_nic_net,
        p.employee_nic,
        p.qualifying_earnings,
        p.pension_employer,
        p.pension_worker,
        p.holiday_cover,
        p.payroll_fee,
        p.contingency,
    ]
}

/// The year's figures: each the sum of the periods, with how the periods differ when they do.
pub fn year_figures(periods: &[PeriodCost], hours_worked: Decimal) -> CostFigures {
    let n = periods.len();
    let first = &periods[0];
    let last = &periods[n - 1];
    let span = || {
        format!(
            "the {n} pay periods from {} to {}",
            long_date(first.period.starts_on),
            long_date(last.period.ends_on)
        )
    };
    let n_text = n.to_string();
    // One pass over the periods, in whole pennies, noting where each amount changes.
    let mut totals = [0i128; 13];
    let mut changes: Vec<(usize, usize)> = Vec::new();
    let mut previous = [0i128; 13];
    for (i, p) in periods.iter().enumerate() {
        if i > 0 && p.same_as_previous {
            for (total, amount) in totals.iter_mut().zip(previous) {
                *total += amount;
            }
            continue;
        }
        let mut pennies = [0i128; 13];
        for (slot, amount) in pennies
            .iter_mut()
            .zip(amounts(p).into_iter().chain([p.total]))
        {
            *slot = amount.pennies();
        }
        for field in 0..13 {
            totals[field] += pennies[field];
            if i > 0 && pennies[field] != previous[field] {
                changes.push((field, i));
            }
        }
        previous = pennies;
    }
    let figure = |field: usize| -> Figure {
        let value = |p: &PeriodCost| {
            amounts(p)
                .into_iter()
                .chain([p.total])
                .nth(field)
                .expect("13 amounts")
        };
        let total = Money::from_pennies(totals[field]);
        let steps: Vec<String> = changes
            .iter()
            .filter(|(f, _)| *f == field)
            .map(|&(_, i)| {
                format!(
                    "{} from {}",
                    value(&periods[i]),
                    long_date(periods[i].period.starts_on)
                )
            })
            .collect();
        let working = if steps.is_empty() {
            // "52 × £281.96 = £14,661.92", the usual case, built without format!'s machinery.
            let mut text = String::with_capacity(40);
            text.push_str(&n_text);
            text.push_str(" × ");
            value(first).push_to(&mut text);
            text.push_str(" = ");
            total.push_to(&mut text);
            text
        } else {
            format!(
                "Added up over {}: {} at first, then {} = {}",
                span(),
                value(first),
                steps.join(", then "),
                total
            )
        };
        Figure::new(total, working).rule(YEAR_RULE)
    };
    let total = figure(12);
    CostFigures {
        gross: figure(0),
        holiday_pay: figure(1),
        employer_nic: figure(2),
        allowance: figure(3),
        employer_nic_net: figure(4),
        employee_nic: figure(5),
        qualifying_earnings: figure(6),
        pension_employer: figure(7),
        pension_worker: figure(8),
        holiday_cover: figure(9),
        payroll_fee: figure(10),
        contingency: figure(11),
        cost_per_hour: super::explain::per_hour_figure(total.amount, hours_worked),
        total,
    }
}
