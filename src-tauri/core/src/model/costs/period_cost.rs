//! The figures of one PA's pay periods, as numbers (the working is written once, for the summaries).

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::holiday::regular_holiday_share;
use super::inputs::{EmployerTerms, PaCostInput};
use super::minimum_wage::{minimum_wage_on, Apprenticeship};
use super::nic::{nic_for_period, NiCategory};
use super::pay_periods::{pay_periods, weeks_in_period, PayPeriod};
use super::pension::{contributions, pension_category, PensionCategory};
use super::rates::{RateBook, TaxYearRates};
use super::worker::AgeOnDate;
use crate::model::employment::HoursKind;
use crate::model::money::Money;

/// One pay period of one PA. Every amount is rounded to the penny.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PeriodCost {
    pub period: PayPeriod,
    /// The PA's age on payday, when known.
    pub age: Option<u8>,
    pub nic_category: NiCategory,
    pub pension_category: PensionCategory,
    #[ts(type = "string")]
    pub hours_paid: Decimal,
    #[ts(type = "string")]
    pub hours_worked: Decimal,
    /// For regular hours, the part of pay that is holiday pay (already in the gross); for irregular
    /// hours, the 12.07% holiday pay added to the pay for hours worked.
    pub holiday_pay: Money,
    pub gross: Money,
    pub employee_nic: Money,
    /// Employer NIC before the Employment Allowance.
    pub employer_nic: Money,
    pub allowance: Money,
    pub employer_nic_net: Money,
    pub qualifying_earnings: Money,
    pub pension_employer: Money,
    pub pension_worker: Money,
    pub holiday_cover: Money,
    pub payroll_fee: Money,
    pub contingency: Money,
    /// The cost to the direct payment: gross + net employer NIC + employer pension + cover + payroll fee
    /// + contingency.
    pub total: Money,
    /// The legal minimum an hour for work in this period, if known.
    pub minimum_hourly: Option<Money>,
    /// Whether every amount is as in the period before: set when the figures before the allowance are,
    /// and cleared once the allowance makes them differ. Lets the rest be copied and the year added
    /// up in runs.
    #[serde(skip)]
    #[ts(skip)]
    pub same_as_previous: bool,
}

fn penny(m: Money) -> Money {
    m.round_to_penny_half_up()
}

/// The category from the PA's age on payday, unless one is set.
pub fn nic_category_on(input: &PaCostInput, age: AgeOnDate) -> NiCategory {
    if let Some(set) = input.nic_category {
        return set;
    }
    match age.years {
        Some(a) if input.apprentice_since.is_some() && a < 25 => NiCategory::H,
        Some(a) if a < 21 => NiCategory::M,
        _ if age.over_state_pension_age => NiCategory::C,
        _ => NiCategory::A,
    }
}

/// Pay, holiday and cover for a period: the same in every period of a year.
struct PayParts {
    hours_paid: Decimal,
    hours_worked: Decimal,
    holiday_pay: Money,
    gross: Money,
    holiday_cover: Money,
}

fn pay_parts(input: &PaCostInput, rates: &TaxYearRates) -> PayParts {
    let cover_rate = input.holiday_cover_hourly.unwrap_or(Money::ZERO);
    match input.hours_kind {
        HoursKind::Regular => {
            let hours_paid = input.hours * weeks_in_period(input.pay_frequency);
            let gross = penny(input.hourly_rate * hours_paid);
            let share = regular_holiday_share(input, &rates.holiday);
            PayParts {
                hours_paid,
                // Rounded for showing; the year's hours are worked out exactly elsewhere.
                hours_worked: (hours_paid * (Decimal::ONE - share)).round_dp(2),
                holiday_pay: penny(gross * share),
                gross,
                holiday_cover: penny(cover_rate * (hours_paid * share)),
            }
        }
        HoursKind::Irregular => {
            let accrual = rates.holiday.irregular_accrual_rate;
            let worked_pay = penny(input.hourly_rate * input.hours);
            let holiday_pay = penny(worked_pay * accrual);
            PayParts {
                hours_paid: input.hours,
                hours_worked: input.hours,
                holiday_pay,
                gross: worked_pay + holiday_pay,
                holiday_cover: penny(cover_rate * (input.hours * accrual)),
            }
        }
    }
}

/// Every period of the year before the Employment Allowance, contingency and total are known.
pub fn periods_before_allowance(
    input: &PaCostInput,
    employer: &EmployerTerms,
    rates: &TaxYearRates,
    book: &RateBook,
) -> Vec<PeriodCost> {
    let pay = pay_parts(input, rates);
    let band = rates.pension.for_frequency(input.pay_frequency);
    let apprenticeship = input
        .apprentice_since
        .map_or(Apprenticeship::None, Apprenticeship::Since);
    // Periods differ only when the category, pension category or minimum wage changes, so each
    // combination is worked out once.
    let ages = input.age.on_dates();
    let mut last: Option<((NiCategory, PensionCategory), PeriodCost)> = None;
    pay_periods(rates.tax_year, input.pay_frequency)
        .into_iter()
        .map(|period| {
            let payday = period.ends_on;
            let age = ages.on(payday);
            let category = nic_category_on(input, age);
            let pension_cat = pension_category(pay.gross, band, age);
            let minimum_hourly =
                minimum_wage_on(book, payday, input.age, apprenticeship).map(|w| w.hourly);
            if let Some((key, cost)) = &last {
                if *key == (category, pension_cat) && cost.minimum_hourly == minimum_hourly {
                    let mut same = cost.clone();
                    same.period = period;
                    same.age = age.years;
                    same.same_as_previous = true;
                    return same;
                }
            }
            let nic = nic_for_period(pay.gross, input.pay_frequency, category, rates);
            let pension = contributions(pension_cat, pay.gross, band, &input.pension);
            let cost = PeriodCost {
                period,
                age: age.years,
                same_as_previous: false,
                nic_category: category,
                pension_category: pension_cat,
                hours_paid: pay.hours_paid,
                hours_worked: pay.hours_worked,
                holiday_pay: pay.holiday_pay,
                gross: pay.gross,
                employee_nic: nic.employee,
                employer_nic: nic.employer,
                allowance: Money::ZERO,
                employer_nic_net: nic.employer,
                qualifying_earnings: pension.qualifying,
                pension_employer: pension.employer,
                pension_worker: pension.worker,
                holiday_cover: pay.holiday_cover,
                payroll_fee: employer.payroll_fee_per_payslip,
                contingency: Money::ZERO,
                total: Money::ZERO,
                minimum_hourly,
            };
            last = Some(((category, pension_cat), cost.clone()));
            cost
        })
        .collect()
}

/// Sets the allowance used in this period, then the contingency and total.
pub fn finish_period(cost: &mut PeriodCost, allowance: Money, contingency_rate: Decimal) {
    cost.allowance = allowance;
    cost.employer_nic_net = cost.employer_nic - allowance;
    cost.contingency =
        penny((cost.gross + cost.employer_nic_net + cost.pension_employer) * contingency_rate);
    cost.total = cost.gross
        + cost.employer_nic_net
        + cost.pension_employer
        + cost.holiday_cover
        + cost.payroll_fee
        + cost.contingency;
}
