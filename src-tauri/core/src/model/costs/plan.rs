//! The support plan against the direct payment: the PAs' cost and the other lines, set against the net
//! payment in every period, with the surplus or shortfall.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::employer_cost::EmployerCost;
use super::explain::{quantity, Figure};
use crate::model::fields::{money_field, number_field, required_text};
use crate::model::money::Money;
use crate::model::period::{from_yearly, in_every_period, AmountInEveryPeriod, PaymentPeriod};
use crate::model::validation::Problems;

pub use crate::model::ids::PlanLineId;

crate::coded_enum! {
    pub enum PlanLineKind {
        AgencyHours => ("agency_hours", "Agency care hours", Some("Hours from a home care agency, at the agency's hourly rate")),
        RespiteNights => ("respite_nights", "Respite nights", Some("Nights of short breaks, at the rate per night")),
        DayServices => ("day_services", "Day services sessions", Some("Sessions at a day centre or activity, at the rate per session")),
        OneOff => ("one_off", "One-off item", Some("Bought once in the year, such as equipment")),
        Other => ("other", "Other recurring cost", None),
    }
}

crate::coded_enum! {
    /// How often a plan line's quantity is used.
    pub enum LineFrequency {
        Week => ("week", "Each week", None),
        FourWeeks => ("four_weeks", "Every 4 weeks", None),
        Month => ("month", "Each month", None),
        Year => ("year", "Each year", None),
        Once => ("once", "Once this year", None),
    }
}

impl LineFrequency {
    fn times_a_year(self) -> Decimal {
        Decimal::from(match self {
            LineFrequency::Week => 52,
            LineFrequency::FourWeeks => 13,
            LineFrequency::Month => 12,
            LineFrequency::Year | LineFrequency::Once => 1,
        })
    }

    fn phrase(self) -> &'static str {
        match self {
            LineFrequency::Week => "a week",
            LineFrequency::FourWeeks => "every 4 weeks",
            LineFrequency::Month => "a month",
            LineFrequency::Year => "a year",
            LineFrequency::Once => "once",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanLine {
    pub kind: PlanLineKind,
    pub description: String,
    #[ts(type = "string")]
    pub quantity: Decimal,
    pub unit_cost: Money,
    pub frequency: LineFrequency,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SavedPlanLine {
    pub id: PlanLineId,
    pub line: PlanLine,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanLineDraft {
    pub kind: Option<PlanLineKind>,
    pub description: String,
    pub quantity: String,
    pub unit_cost: String,
    pub frequency: Option<LineFrequency>,
}

pub fn validate_plan_line(draft: &PlanLineDraft) -> Result<PlanLine, Problems> {
    let mut p = Problems::default();
    if draft.kind.is_none() {
        p.add("kind", "Choose what kind of cost this is");
    }
    let description = required_text(
        &mut p,
        "description",
        &draft.description,
        "Describe this cost, like “Home care agency, Tuesday mornings”",
    );
    let quantity = number_field(
        &mut p,
        "quantity",
        &draft.quantity,
        "quantity",
        Decimal::from(100_000),
        "Enter a quantity of 100,000 or less",
    );
    let unit_cost = money_field(&mut p, "unit_cost", &draft.unit_cost, "cost of each one");
    let frequency = match (draft.kind, draft.frequency) {
        (Some(PlanLineKind::OneOff), _) => Some(LineFrequency::Once),
        (_, Some(f)) => Some(f),
        (_, None) => {
            p.add("frequency", "Choose how often");
            None
        }
    };
    p.finish(|| {
        Some(PlanLine {
            kind: draft.kind?,
            description: description?,
            quantity: quantity?,
            unit_cost: unit_cost?,
            frequency: frequency?,
        })
    })
}

/// One line of the plan, costed for the year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PlanLineCost {
    pub id: PlanLineId,
    pub line: PlanLine,
    pub yearly: Figure,
}

/// A slice of the bar chart of where the money goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Spend {
    pub label: String,
    pub yearly: Money,
    /// Whole per cent of all spending.
    pub percent: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PlanSummary {
    pub employer: EmployerCost,
    pub lines: Vec<PlanLineCost>,
    pub spending: AmountInEveryPeriod,
    /// The net direct payment: gross less the person's contribution.
    pub budget: AmountInEveryPeriod,
    /// Budget less spending: negative is a shortfall.
    pub difference: AmountInEveryPeriod,
    pub affordable: bool,
    pub council_pa_rate: Option<Money>,
    /// The real cost of an hour of PA work, all PAs together.
    pub pa_cost_per_hour: Money,
    pub where_the_money_goes: Vec<Spend>,
    pub working: Vec<String>,
}

pub fn line_cost(id: PlanLineId, line: &PlanLine) -> PlanLineCost {
    let yearly =
        (line.unit_cost * line.quantity * line.frequency.times_a_year()).round_to_penny_half_up();
    let working = if line.frequency == LineFrequency::Once {
        format!(
            "{} × {} = {}",
            quantity(line.quantity),
            line.unit_cost,
            yearly
        )
    } else {
        format!(
            "{} × {} {} × {} times a year = {}",
            quantity(line.quantity),
            line.unit_cost,
            line.frequency.phrase(),
            line.frequency.times_a_year(),
            yearly
        )
    };
    PlanLineCost {
        id,
        line: line.clone(),
        yearly: Figure::new(yearly, working).rule("The quantity times the cost of each, times how often in a year (52 weeks, 13 four-week periods or 12 months)."),
    }
}

pub fn plan_summary(
    employer: EmployerCost,
    lines: &[SavedPlanLine],
    net_budget_per_period: Money,
    budget_period: PaymentPeriod,
    council_pa_rate: Option<Money>,
) -> PlanSummary {
    let lines: Vec<PlanLineCost> = lines.iter().map(|l| line_cost(l.id, &l.line)).collect();
    let pa_total = employer.total_per_year.amount;
    let lines_total = lines
        .iter()
        .map(|l| l.yearly.amount)
        .fold(Money::ZERO, |a, b| a + b);
    let spending_year = pa_total + lines_total;
    let spending = from_yearly(spending_year);
    let budget = in_every_period(net_budget_per_period, budget_period);
    let budget_year = crate::model::period::yearly(net_budget_per_period, budget_period);
    let difference_year = budget_year - spending_year;
    let difference = from_yearly(difference_year);
    let mut spends: Vec<(String, Money)> = Vec::new();
    if !employer.pas.is_empty() || !pa_total.is_zero() {
        spends.push(("PAs (pay and on-costs)".into(), pa_total));
    }
    for kind in PlanLineKind::ALL {
        let sum = lines
            .iter()
            .filter(|l| l.line.kind == *kind)
            .map(|l| l.yearly.amount)
            .fold(Money::ZERO, |a, b| a + b);
        if !sum.is_zero() {
            spends.push((kind.label().to_string(), sum));
        }
    }
    let where_the_money_goes = spends
        .into_iter()
        .map(|(label, yearly)| Spend {
            percent: if spending_year.is_zero() {
                0
            } else {
                (yearly.as_decimal() * Decimal::ONE_HUNDRED / spending_year.as_decimal())
                    .round()
                    .try_into()
                    .unwrap_or(100)
            },
            label,
            yearly,
        })
        .collect();
    let affordable = difference_year >= Money::ZERO;
    let working = vec![
        format!(
            "Spending: {} for the PAs + {} for the other lines = {} a year.",
            pa_total, lines_total, spending_year
        ),
        format!(
            "Direct payment after the person's contribution: {} {} = {} a year.",
            net_budget_per_period,
            budget_period.phrase(),
            budget_year
        ),
        if affordable {
            format!(
                "{} − {} = a surplus of {} a year.",
                budget_year, spending_year, difference_year
            )
        } else {
            format!(
                "{} − {} = a shortfall of {} a year.",
                budget_year,
                spending_year,
                (Money::ZERO - difference_year)
            )
        },
    ];
    PlanSummary {
        pa_cost_per_hour: employer.cost_per_hour.amount,
        employer,
        lines,
        spending,
        budget,
        difference,
        affordable,
        council_pa_rate,
        where_the_money_goes,
        working,
    }
}
