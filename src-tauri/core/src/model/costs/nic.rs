//! Class 1 National Insurance for one pay period: the exact percentage method, each period on its own,
//! with that pay frequency's thresholds, employee and employer figures each rounded by HMRC's rule.

use rust_decimal::Decimal;

use super::explain::{percent, Figure, ROUNDING_NIC, SOURCE_NIC};
use super::rates::{NicThresholds, TaxYearRates};
use crate::model::employment::PayFrequency;
use crate::model::money::Money;

crate::coded_enum! {
    /// The National Insurance category letter on the payroll record.
    pub enum NiCategory {
        A => ("A", "A: most employees", None),
        B => ("B", "B: married women and widows with the right to pay reduced NI", None),
        C => ("C", "C: over State Pension age", Some("No employee NI; the employer still pays")),
        H => ("H", "H: apprentice under 25", Some("No employer NI up to the upper secondary threshold")),
        J => ("J", "J: deferred NI (another job pays the main rate)", None),
        M => ("M", "M: under 21", Some("No employer NI up to the upper secondary threshold")),
        V => ("V", "V: veteran in the first civilian job", None),
        Z => ("Z", "Z: under 21 with deferred NI", None),
        F => ("F", "F: Freeport", None),
        I => ("I", "I: Freeport, married women's reduced rate", None),
        L => ("L", "L: Freeport, deferred NI", None),
        S => ("S", "S: Freeport, over State Pension age", None),
        N => ("N", "N: Investment Zone", None),
        E => ("E", "E: Investment Zone, married women's reduced rate", None),
        D => ("D", "D: Investment Zone, deferred NI", None),
        K => ("K", "K: Investment Zone, over State Pension age", None),
    }
}

/// Which employee rate applies between the primary threshold and the upper earnings limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EmployeeRate {
    Main,
    Reduced,
    Deferred,
    None,
}

/// Up to which threshold the employer pays nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EmployerRelief {
    SecondaryThreshold,
    UpperSecondary,
    FreeportUpperSecondary,
}

impl NiCategory {
    fn employee_rate(self) -> EmployeeRate {
        use NiCategory::*;
        match self {
            A | H | M | V | F | N => EmployeeRate::Main,
            B | I | E => EmployeeRate::Reduced,
            J | Z | L | D => EmployeeRate::Deferred,
            C | S | K => EmployeeRate::None,
        }
    }

    fn employer_relief(self) -> EmployerRelief {
        use NiCategory::*;
        match self {
            A | B | C | J => EmployerRelief::SecondaryThreshold,
            H | M | V | Z => EmployerRelief::UpperSecondary,
            F | I | L | S | N | E | D | K => EmployerRelief::FreeportUpperSecondary,
        }
    }
}

/// One period's contributions, already rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NicAmounts {
    pub employee: Money,
    pub employer: Money,
}

fn above(gross: Money, threshold: Money) -> Money {
    (gross - threshold).max(Money::ZERO)
}

fn employer_threshold(t: &NicThresholds, category: NiCategory) -> Money {
    match category.employer_relief() {
        EmployerRelief::SecondaryThreshold => t.secondary_threshold,
        EmployerRelief::UpperSecondary => t.upper_secondary_threshold,
        EmployerRelief::FreeportUpperSecondary => t.freeport_upper_secondary_threshold,
    }
}

fn employee_main_rate(rates: &TaxYearRates, category: NiCategory) -> Decimal {
    let r = &rates.nic.rates;
    match category.employee_rate() {
        EmployeeRate::Main => r.employee_main,
        EmployeeRate::Reduced => r.employee_reduced,
        EmployeeRate::Deferred => r.employee_deferred,
        EmployeeRate::None => Decimal::ZERO,
    }
}

fn employee_upper_rate(rates: &TaxYearRates, category: NiCategory) -> Decimal {
    match category.employee_rate() {
        EmployeeRate::None => Decimal::ZERO,
        _ => rates.nic.rates.employee_above_upper,
    }
}

/// Employee and employer NIC on `gross` pay for one period.
pub fn nic_for_period(
    gross: Money,
    frequency: PayFrequency,
    category: NiCategory,
    rates: &TaxYearRates,
) -> NicAmounts {
    let t = rates.nic.for_frequency(frequency);
    let main_band = above(gross.min(t.upper_earnings_limit), t.primary_threshold);
    let upper_band = above(gross, t.upper_earnings_limit);
    let employee = (main_band * employee_main_rate(rates, category)).round_nic()
        + (upper_band * employee_upper_rate(rates, category)).round_nic();
    let employer =
        (above(gross, employer_threshold(t, category)) * rates.nic.rates.employer).round_nic();
    NicAmounts { employee, employer }
}

fn frequency_word(frequency: PayFrequency) -> &'static str {
    match frequency {
        PayFrequency::Weekly => "weekly",
        PayFrequency::TwoWeekly => "2-weekly",
        PayFrequency::FourWeekly => "4-weekly",
        PayFrequency::Monthly => "monthly",
    }
}

/// Employer NIC with its working, e.g. "15% of £158.20 (pay £254.20 above the £96.00 weekly secondary
/// threshold) = £23.73".
pub fn explain_employer_nic(
    gross: Money,
    frequency: PayFrequency,
    category: NiCategory,
    rates: &TaxYearRates,
    amount: Money,
) -> Figure {
    let t = rates.nic.for_frequency(frequency);
    let threshold = employer_threshold(t, category);
    let (name, rule) = match category.employer_relief() {
        EmployerRelief::SecondaryThreshold => (
            "secondary threshold",
            format!("The employer pays {} of pay above the secondary threshold.", percent(rates.nic.rates.employer)),
        ),
        EmployerRelief::UpperSecondary => (
            "upper secondary threshold",
            format!(
                "Category {}: the employer pays nothing up to the upper secondary threshold (for under-21s, apprentices under 25 and veterans), then {}.",
                category.code(),
                percent(rates.nic.rates.employer)
            ),
        ),
        EmployerRelief::FreeportUpperSecondary => (
            "Freeport and Investment Zone upper secondary threshold",
            format!("Category {}: no employer NI up to the Freeport and Investment Zone upper secondary threshold, then {}.", category.code(), percent(rates.nic.rates.employer)),
        ),
    };
    let freq = frequency_word(frequency);
    let working = if gross <= threshold {
        format!(
            "Nothing: pay {} is not above the {} {freq} {name}",
            gross, threshold
        )
    } else {
        format!(
            "{} of {} (pay {} above the {} {freq} {name}) = {}",
            percent(rates.nic.rates.employer),
            (gross - threshold),
            gross,
            threshold,
            amount
        )
    };
    Figure::new(amount, working)
        .rule(format!(
            "{rule} Each pay period is worked out on its own, with the {freq} thresholds."
        ))
        .rounding(ROUNDING_NIC)
        .source(format!("{SOURCE_NIC}, {}", rates.tax_year))
}

/// Employee NIC with its working: what the PA pays from their pay (not a cost to the direct payment).
pub fn explain_employee_nic(
    gross: Money,
    frequency: PayFrequency,
    category: NiCategory,
    rates: &TaxYearRates,
    amount: Money,
) -> Figure {
    let t = rates.nic.for_frequency(frequency);
    let freq = frequency_word(frequency);
    let main_rate = employee_main_rate(rates, category);
    let working = if category.employee_rate() == EmployeeRate::None {
        format!("Nothing: category {} pays no employee NI", category.code())
    } else if gross <= t.primary_threshold {
        format!(
            "Nothing: pay {} is not above the {} {freq} primary threshold",
            gross, t.primary_threshold
        )
    } else {
        let main_band = gross.min(t.upper_earnings_limit) - t.primary_threshold;
        let mut text = format!(
            "{} of {} (pay {} above the {} {freq} primary threshold",
            percent(main_rate),
            main_band,
            gross.min(t.upper_earnings_limit),
            t.primary_threshold
        );
        if gross > t.upper_earnings_limit {
            text.push_str(&format!(
                ", up to the upper earnings limit) plus {} of {} above the {} upper earnings limit",
                percent(rates.nic.rates.employee_above_upper),
                (gross - t.upper_earnings_limit),
                t.upper_earnings_limit
            ));
        } else {
            text.push(')');
        }
        format!("{text} = {}", amount)
    };
    Figure::new(amount, working)
        .rule(format!(
            "Taken from the PA's pay, not an extra cost. Category {}: {} between the primary threshold and the upper earnings limit, {} above it.",
            category.code(),
            percent(main_rate),
            percent(employee_upper_rate(rates, category))
        ))
        .rounding(ROUNDING_NIC)
        .source(format!("{SOURCE_NIC}, {}", rates.tax_year))
}
