//! `dphub nic`, `dphub cost …` and `dphub plan …`: the flags, turned into the core's drafts.

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use dphub_core::app::costs::{
    self, CostSettingsDraft, NiCategory, PaCostDraft, PlanLineDraft, PlanLineId, TaxYear,
    WhatIfDraft,
};
use dphub_core::app::employment::PayFrequency;
use dphub_core::app::people::PersonId;
use dphub_core::model::money::Money;
use dphub_core::model::validation::Problems;

use crate::args::{parse_code, set_code};

#[derive(Args)]
pub struct NicArgs {
    /// Gross pay for the period, like 385.04.
    #[arg(long)]
    pub gross: String,
    /// weekly, two-weekly, four-weekly or monthly.
    #[arg(long, default_value = "weekly")]
    pub frequency: String,
    /// The NI category letter (A, B, C, H, J, M, Z, …).
    #[arg(long, default_value = "A")]
    pub category: String,
    /// Like 2026-27 (default: the current tax year).
    #[arg(long)]
    pub tax_year: Option<String>,
}

/// What `dphub nic` is asked, every flag read.
pub struct NicQuestion {
    pub gross: Money,
    pub frequency: PayFrequency,
    pub category: NiCategory,
    pub tax_year: TaxYear,
}

impl NicArgs {
    /// The question, or every flag that could not be read.
    pub fn read(&self, today: NaiveDate) -> Result<NicQuestion, Problems> {
        let mut p = Problems::default();
        let gross = p.check("gross", Money::parse_input(&self.gross));
        let frequency = p.check("pay_frequency", parse_code(&self.frequency));
        let category = p.check("category", parse_code(&self.category.to_uppercase()));
        let tax_year = p.check(
            "tax_year",
            costs::tax_year_or_current(self.tax_year.as_deref(), today),
        );
        match (gross, frequency, category, tax_year) {
            (Some(gross), Some(frequency), Some(category), Some(tax_year)) => Ok(NicQuestion {
                gross,
                frequency,
                category,
                tax_year,
            }),
            _ => Err(p),
        }
    }
}

#[derive(Subcommand)]
pub enum CostCommand {
    /// What one PA would cost: a what-if, nothing saved.
    Pa(Box<CostPaArgs>),
    /// What all of a person's PAs cost, from their saved employments.
    Person {
        #[arg(long, value_name = "ID")]
        person: PersonId,
    },
}

#[derive(Args)]
pub struct CostPaArgs {
    /// The hourly rate, like 12.71.
    #[arg(long)]
    pub hourly: String,
    /// Hours a week (regular hours) or hours each pay period (with --irregular).
    #[arg(long)]
    pub hours: String,
    /// The PA's age in years.
    #[arg(long)]
    pub age: Option<String>,
    /// The PA's date of birth instead of an age (the age then changes through the year).
    #[arg(long, value_name = "DATE")]
    pub dob: Option<String>,
    /// weekly, two-weekly, four-weekly or monthly.
    #[arg(long, default_value = "weekly")]
    pub frequency: String,
    /// Like 2026-27 (default: the current tax year).
    #[arg(long)]
    pub tax_year: Option<String>,
    /// Hours vary: --hours is then the hours each pay period.
    #[arg(long)]
    pub irregular: bool,
    /// regular-5-6-weeks, irregular-accrued or rolled-up.
    #[arg(long)]
    pub holiday: Option<String>,
    /// Days worked a week, for holiday in days.
    #[arg(long)]
    pub days: Option<String>,
    /// Set the NI category letter instead of working it out from age.
    #[arg(long)]
    pub category: Option<String>,
    /// The apprenticeship's start, if the PA is an apprentice.
    #[arg(long, value_name = "DATE")]
    pub apprentice_since: Option<String>,
    /// The PA has chosen to join the pension though they need not be enrolled.
    #[arg(long)]
    pub opted_in: bool,
    /// Hourly cost of cover while the PA is on holiday.
    #[arg(long)]
    pub cover: Option<String>,
    /// The PA's first day (for the pension duties date).
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// Do not claim the Employment Allowance.
    #[arg(long)]
    pub no_allowance: bool,
    /// Employers' liability insurance a year.
    #[arg(long)]
    pub insurance: Option<String>,
    /// A payroll service's fee for each payslip.
    #[arg(long)]
    pub payroll_fee: Option<String>,
    /// Contingency for cover and sickness, in per cent.
    #[arg(long)]
    pub contingency: Option<String>,
    /// The employer's pension contribution in per cent (default 3).
    #[arg(long)]
    pub pension_employer: Option<String>,
    /// The total pension contribution in per cent (default 8).
    #[arg(long)]
    pub pension_total: Option<String>,
    /// Show every pay period, not just the first and the year.
    #[arg(long)]
    pub periods: bool,
}

impl CostPaArgs {
    pub fn draft(&self) -> (PaCostDraft, Problems) {
        let mut p = Problems::default();
        let text = |o: &Option<String>| o.clone().unwrap_or_default();
        let mut draft = PaCostDraft {
            tax_year: text(&self.tax_year),
            age: text(&self.age),
            date_of_birth: text(&self.dob),
            hourly_rate: self.hourly.clone(),
            hours: self.hours.clone(),
            days_per_week: text(&self.days),
            apprentice_since: text(&self.apprentice_since),
            pension_opted_in: self.opted_in,
            holiday_cover_hourly: text(&self.cover),
            start_date: text(&self.start),
            settings: CostSettingsDraft {
                tax_year: String::new(),
                claims_employment_allowance: !self.no_allowance,
                insurance_per_year: text(&self.insurance),
                payroll_fee_per_payslip: text(&self.payroll_fee),
                contingency_percent: text(&self.contingency),
                pension_employer_percent: self
                    .pension_employer
                    .clone()
                    .unwrap_or_else(|| "3".into()),
                pension_total_percent: self.pension_total.clone().unwrap_or_else(|| "8".into()),
                council_pa_rate: String::new(),
            },
            ..PaCostDraft::default()
        };
        draft.hours_kind = Some(if self.irregular {
            dphub_core::app::employment::HoursKind::Irregular
        } else {
            dphub_core::app::employment::HoursKind::Regular
        });
        set_code(
            &mut p,
            "pay_frequency",
            &Some(self.frequency.clone()),
            &mut draft.pay_frequency,
        );
        set_code(&mut p, "holiday", &self.holiday, &mut draft.holiday);
        set_code(
            &mut p,
            "nic_category",
            &self.category.as_ref().map(|c| c.to_uppercase()),
            &mut draft.nic_category,
        );
        (draft, p)
    }
}

#[derive(Subcommand)]
pub enum PlanCommand {
    /// The support plan against the direct payment: surplus or shortfall.
    Show {
        #[arg(long, value_name = "ID")]
        person: PersonId,
    },
    /// Add a cost to the plan.
    AddLine {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// agency-hours, respite-nights, day-services, one-off or other.
        #[arg(long)]
        kind: String,
        #[arg(long)]
        description: String,
        /// How many (hours, nights, sessions, items).
        #[arg(long)]
        quantity: String,
        /// The cost of each one, like 25.50.
        #[arg(long)]
        cost: String,
        /// week, four-weeks, month, year or once.
        #[arg(long)]
        per: Option<String>,
    },
    /// Remove a cost from the plan.
    RemoveLine { id: PlanLineId },
    /// The plan with next year's rates and a pay rise, beside the plan now.
    WhatIf {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// Default: the next tax year, when DP Hub has its rates.
        #[arg(long)]
        tax_year: Option<String>,
        /// A pay rise for every PA, in per cent.
        #[arg(long)]
        pay_rise: Option<String>,
    },
}

pub fn line_draft(
    kind: &str,
    description: &str,
    quantity: &str,
    cost: &str,
    per: &Option<String>,
) -> (PlanLineDraft, Problems) {
    let mut p = Problems::default();
    let mut draft = PlanLineDraft {
        description: description.to_string(),
        quantity: quantity.to_string(),
        unit_cost: cost.to_string(),
        ..PlanLineDraft::default()
    };
    set_code(&mut p, "kind", &Some(kind.to_string()), &mut draft.kind);
    set_code(&mut p, "frequency", per, &mut draft.frequency);
    (draft, p)
}

pub fn what_if_draft(tax_year: &Option<String>, pay_rise: &Option<String>) -> WhatIfDraft {
    WhatIfDraft {
        tax_year: tax_year.clone().unwrap_or_default(),
        pay_rise_percent: pay_rise.clone().unwrap_or_default(),
    }
}
