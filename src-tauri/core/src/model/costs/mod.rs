//! Costs: what a PA really costs the direct payment, and whether the payment covers the support plan.
//! Every figure carries the working behind it.

mod draft;
mod employer_cost;
mod explain;
mod holiday;
mod inputs;
mod minimum_wage;
mod nic;
mod pay_periods;
mod pension;
mod period_cost;
mod plan;
mod rates;
mod settings;
mod summary;
mod tax_year;
mod validate;
mod warnings;
mod worker;

pub use draft::{CostSettingsDraft, EmploymentCostTermsDraft, PaCostDraft};
pub use employer_cost::{employer_cost, EmployerCost, PaCost};
pub(crate) use explain::percent_number;
pub use explain::{Explanation, Figure, ROUNDING_PENNY};
pub use holiday::HolidayEntitlement;
pub use inputs::{EmployerTerms, PaCostInput};
pub use minimum_wage::{minimum_wage_on, Apprenticeship, MinimumWage};
pub use nic::{explain_employee_nic, explain_employer_nic, nic_for_period, NiCategory, NicAmounts};
pub use pay_periods::{pay_periods, periods_per_year, PayPeriod};
pub use pension::{PensionCategory, PensionTerms};
pub use period_cost::PeriodCost;
pub use plan::{
    line_cost, plan_summary, validate_plan_line, LineFrequency, PlanLine, PlanLineCost,
    PlanLineDraft, PlanLineId, PlanLineKind, PlanSummary, SavedPlanLine, Spend,
};
pub use rates::*;
pub use settings::{CostSettings, EmploymentCostTerms};
pub use summary::CostFigures;
pub use tax_year::{TaxYear, TaxYearInputError};
pub use validate::{
    validate_employment_cost_terms, validate_pa_cost, validate_settings, MINIMUM_PA_AGE,
};
pub use warnings::{CostWarning, WarningKind};
pub use worker::{state_pension_date, AgeBasis};
