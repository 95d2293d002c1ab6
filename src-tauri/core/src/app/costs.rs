//! What the app and the CLI do with costs: the what-if calculator, a person's PAs and plan, and the
//! what-if of next year's rates and a pay rise.

pub use crate::model::costs::*;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::Database;
use crate::model::choice::Choice;
use crate::model::employment::{EmploymentId, HolidayArrangement, HoursKind, PayFrequency};
use crate::model::error::{CoreError, CoreResult};
use crate::model::fields::percent_field;
use crate::model::money::Money;
use crate::model::people::{Person, PersonId};
use crate::model::validation::Problems;

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct CostFormOptions {
    pub tax_years: Vec<TaxYear>,
    pub default_tax_year: TaxYear,
    pub pay_frequencies: Vec<Choice<PayFrequency>>,
    pub hours_kinds: Vec<Choice<HoursKind>>,
    pub holiday_arrangements: Vec<Choice<HolidayArrangement>>,
    pub nic_categories: Vec<Choice<NiCategory>>,
    pub plan_line_kinds: Vec<Choice<PlanLineKind>>,
    pub line_frequencies: Vec<Choice<LineFrequency>>,
    pub blank_calculator: PaCostDraft,
}

pub fn cost_form_options(today: NaiveDate) -> CostFormOptions {
    let book = RateBook::embedded();
    let default_tax_year = book.default_year(today);
    CostFormOptions {
        tax_years: book.tax_years(),
        default_tax_year,
        pay_frequencies: PayFrequency::choices(),
        hours_kinds: HoursKind::choices(),
        holiday_arrangements: HolidayArrangement::choices(),
        nic_categories: NiCategory::choices(),
        plan_line_kinds: PlanLineKind::choices(),
        line_frequencies: LineFrequency::choices(),
        blank_calculator: PaCostDraft {
            tax_year: default_tax_year.to_string(),
            hours_kind: Some(HoursKind::Regular),
            pay_frequency: Some(PayFrequency::Weekly),
            holiday: Some(HolidayArrangement::FivePointSixWeeks),
            settings: CostSettingsDraft::default(),
            ..PaCostDraft::default()
        },
    }
}

fn rates_problem(e: impl std::fmt::Display) -> CoreError {
    let mut p = Problems::default();
    p.add("tax_year", e.to_string());
    p.into()
}

/// The what-if calculator: one PA typed in.
pub fn calculate_pa_cost(draft: &PaCostDraft, today: NaiveDate) -> CoreResult<EmployerCost> {
    let book = RateBook::embedded();
    let (input, employer) = validate_pa_cost(draft, book, today)?;
    employer_cost(&[input], &employer, book).map_err(rates_problem)
}

/// One PA of the person, as the costs screen lists it.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct EmploymentCosting {
    pub employment_id: EmploymentId,
    pub pa_name: String,
    pub hours_kind: HoursKind,
    pub pay_frequency: PayFrequency,
    pub terms: EmploymentCostTermsDraft,
    /// Why this PA is not in the figures, if they aren't.
    pub left_out: Option<String>,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct PersonCostsView {
    pub person_id: PersonId,
    pub person_name: String,
    pub tax_year: TaxYear,
    pub settings: CostSettingsDraft,
    pub pas: Vec<EmploymentCosting>,
    pub plan: PlanSummary,
}

fn settings_draft(s: &CostSettings) -> CostSettingsDraft {
    let money = |m: Money| {
        if m.is_zero() {
            String::new()
        } else {
            m.to_canonical_string()
        }
    };
    CostSettingsDraft {
        tax_year: s.tax_year.map(|y| y.to_string()).unwrap_or_default(),
        claims_employment_allowance: s.claims_employment_allowance,
        insurance_per_year: money(s.insurance_per_year),
        payroll_fee_per_payslip: money(s.payroll_fee_per_payslip),
        contingency_percent: if s.contingency_rate.is_zero() {
            String::new()
        } else {
            percent_number(s.contingency_rate)
        },
        pension_employer_percent: percent_number(s.pension_employer_rate),
        pension_total_percent: percent_number(s.pension_total_rate),
        council_pa_rate: s
            .council_pa_rate
            .map(Money::to_canonical_string)
            .unwrap_or_default(),
    }
}

fn terms_draft(t: &EmploymentCostTerms) -> EmploymentCostTermsDraft {
    let num = |d: Option<Decimal>| d.map(|d| d.normalize().to_string()).unwrap_or_default();
    EmploymentCostTermsDraft {
        hours_per_period: num(t.hours_per_period),
        days_per_week: num(t.days_per_week),
        nic_category: t.nic_category,
        apprentice_since: t
            .apprentice_since
            .map(|d| d.to_string())
            .unwrap_or_default(),
        pension_opted_in: t.pension_opted_in,
        holiday_cover_hourly: t
            .holiday_cover_hourly
            .map(Money::to_canonical_string)
            .unwrap_or_default(),
    }
}

fn person(db: &Database, id: PersonId) -> CoreResult<Person> {
    db.store.person(id)?.ok_or(CoreError::NotFound {
        what: "person",
        id: id.0,
    })
}

/// A change to apply to every PA for the what-if: a pay rise as a fraction.
#[derive(Clone, Copy, Default)]
struct Adjustment {
    pay_rise: Decimal,
}

/// The PAs' inputs from the person's employments still running in the tax year.
fn pa_inputs(
    db: &Database,
    person_id: PersonId,
    settings: &CostSettings,
    year: TaxYear,
    adjust: Adjustment,
) -> CoreResult<(Vec<PaCostInput>, Vec<EmploymentCosting>)> {
    let mut inputs = Vec::new();
    let mut listed = Vec::new();
    for row in db.store.employments(Some(person_id), None)? {
        let e = &row.employment;
        if e.ended
            .as_ref()
            .is_some_and(|end| end.end_date < year.first_day())
        {
            continue;
        }
        let t = &e.terms;
        let extra = db.store.employment_cost_terms(e.id)?;
        let dob = db
            .store
            .contact(e.contact_id)?
            .and_then(|c| c.details.date_of_birth);
        let hours = match t.hours_kind {
            HoursKind::Regular => t.hours_per_week,
            HoursKind::Irregular => extra.hours_per_period,
        };
        let left_out = hours.is_none().then(|| {
            format!(
                "Enter the hours {} expects to work each pay period to include them.",
                row.contact_name
            )
        });
        listed.push(EmploymentCosting {
            employment_id: e.id,
            pa_name: row.contact_name.clone(),
            hours_kind: t.hours_kind,
            pay_frequency: t.pay_frequency,
            terms: terms_draft(&extra),
            left_out,
        });
        let Some(hours) = hours else { continue };
        inputs.push(PaCostInput {
            label: row.contact_name.clone(),
            age: dob.map_or(AgeBasis::Unknown, AgeBasis::DateOfBirth),
            hourly_rate: (t.hourly_rate * (Decimal::ONE + adjust.pay_rise))
                .round_to_penny_half_up(),
            hours_kind: t.hours_kind,
            hours,
            pay_frequency: t.pay_frequency,
            holiday: t.holiday,
            days_per_week: extra.days_per_week,
            nic_category: extra.nic_category,
            apprentice_since: extra.apprentice_since,
            pension: PensionTerms {
                employer_rate: settings.pension_employer_rate,
                total_rate: settings.pension_total_rate,
                opted_in: extra.pension_opted_in,
            },
            contingency_rate: settings.contingency_rate,
            holiday_cover_hourly: extra.holiday_cover_hourly,
            start_date: Some(t.start_date),
        });
    }
    Ok((inputs, listed))
}

fn plan_for(
    db: &Database,
    p: &Person,
    settings: &CostSettings,
    year: TaxYear,
    adjust: Adjustment,
) -> CoreResult<(PlanSummary, Vec<EmploymentCosting>)> {
    let (inputs, listed) = pa_inputs(db, p.id, settings, year, adjust)?;
    let employer = EmployerTerms {
        tax_year: year,
        claims_employment_allowance: settings.claims_employment_allowance,
        insurance_per_year: settings.insurance_per_year,
        payroll_fee_per_payslip: settings.payroll_fee_per_payslip,
    };
    let cost = employer_cost(&inputs, &employer, RateBook::embedded()).map_err(rates_problem)?;
    let dp = &p.details.dp;
    let plan = plan_summary(
        cost,
        &db.store.plan_lines(p.id)?,
        dp.gross_amount - dp.contribution,
        dp.period,
        settings.council_pa_rate,
    );
    Ok((plan, listed))
}

pub fn person_costs(
    db: &Database,
    person_id: PersonId,
    today: NaiveDate,
) -> CoreResult<PersonCostsView> {
    let p = person(db, person_id)?;
    let settings = db.store.cost_settings(person_id)?;
    let year = settings
        .tax_year
        .unwrap_or_else(|| RateBook::embedded().default_year(today));
    let (plan, pas) = plan_for(db, &p, &settings, year, Adjustment::default())?;
    Ok(PersonCostsView {
        person_id,
        person_name: p.details.full_name.clone(),
        tax_year: year,
        settings: settings_draft(&settings),
        pas,
        plan,
    })
}

pub fn save_cost_settings(
    db: &mut Database,
    person_id: PersonId,
    draft: &CostSettingsDraft,
    today: NaiveDate,
) -> CoreResult<PersonCostsView> {
    person(db, person_id)?;
    let settings = validate_settings(draft, "", RateBook::embedded())?;
    db.store.save_cost_settings(person_id, &settings)?;
    person_costs(db, person_id, today)
}

pub fn save_employment_cost_terms(
    db: &mut Database,
    employment_id: EmploymentId,
    draft: &EmploymentCostTermsDraft,
    today: NaiveDate,
) -> CoreResult<PersonCostsView> {
    let row = db
        .store
        .employment(employment_id)?
        .ok_or(CoreError::NotFound {
            what: "employment",
            id: employment_id.0,
        })?;
    let t = &row.employment.terms;
    let terms = validate_employment_cost_terms(draft, t.hours_kind, t.pay_frequency)?;
    db.store.save_employment_cost_terms(employment_id, &terms)?;
    person_costs(db, row.employment.person_id, today)
}

pub fn add_plan_line(
    db: &mut Database,
    person_id: PersonId,
    draft: &PlanLineDraft,
    today: NaiveDate,
) -> CoreResult<PersonCostsView> {
    person(db, person_id)?;
    let line = validate_plan_line(draft)?;
    db.store.insert_plan_line(person_id, &line)?;
    person_costs(db, person_id, today)
}

pub fn remove_plan_line(
    db: &mut Database,
    id: PlanLineId,
    today: NaiveDate,
) -> CoreResult<PersonCostsView> {
    let person_id = db.store.delete_plan_line(id)?.ok_or(CoreError::NotFound {
        what: "plan line",
        id: id.0,
    })?;
    person_costs(db, person_id, today)
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WhatIfDraft {
    /// Blank: the next tax year after the plan's.
    pub tax_year: String,
    pub pay_rise_percent: String,
}

/// The plan now and with the what-if applied, side by side, and what changes.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct WhatIf {
    pub now_tax_year: TaxYear,
    pub then_tax_year: TaxYear,
    #[ts(type = "string")]
    pub pay_rise_percent: Decimal,
    pub now: PlanSummary,
    pub then: PlanSummary,
    pub changes: Vec<String>,
}

pub fn plan_what_if(
    db: &Database,
    person_id: PersonId,
    draft: &WhatIfDraft,
    today: NaiveDate,
) -> CoreResult<WhatIf> {
    let p = person(db, person_id)?;
    let settings = db.store.cost_settings(person_id)?;
    let book = RateBook::embedded();
    let now_year = settings
        .tax_year
        .unwrap_or_else(|| book.default_year(today));
    let mut problems = Problems::default();
    let next_known = book.for_year(now_year.next()).is_ok();
    let then_year = match crate::model::fields::optional(&draft.tax_year) {
        None if next_known => Some(now_year.next()),
        None => Some(now_year),
        Some(t) => problems.check("tax_year", t.parse::<TaxYear>()),
    };
    if let Some(y) = then_year {
        problems.check("tax_year", book.for_year(y));
    }
    let rise = match crate::model::fields::optional(&draft.pay_rise_percent) {
        None => Some(Decimal::ZERO),
        Some(t) => percent_field(&mut problems, "pay_rise_percent", t, "pay rise"),
    };
    let (then_year, rise) = problems.finish(|| Some((then_year?, rise?)))?;
    let (now, _) = plan_for(db, &p, &settings, now_year, Adjustment::default())?;
    let (then, _) = plan_for(db, &p, &settings, then_year, Adjustment { pay_rise: rise })?;
    let mut changes = describe_changes(&now, &then, now_year, then_year, rise);
    if then_year == now_year && !next_known {
        changes.insert(
            0,
            format!("DP Hub does not have the rates for {} yet, so this uses the {now_year} rates with the pay rise.", now_year.next()),
        );
    }
    Ok(WhatIf {
        now_tax_year: now_year,
        then_tax_year: then_year,
        pay_rise_percent: (rise * Decimal::ONE_HUNDRED).normalize(),
        now,
        then,
        changes,
    })
}

fn change(label: &str, before: Money, after: Money) -> String {
    let diff = after - before;
    let how = if diff.is_zero() {
        "no change".to_string()
    } else if diff > Money::ZERO {
        format!("up {}", diff)
    } else {
        format!("down {}", (Money::ZERO - diff))
    };
    format!("{label}: {} → {} a year ({how})", before, after)
}

fn describe_changes(
    now: &PlanSummary,
    then: &PlanSummary,
    now_year: TaxYear,
    then_year: TaxYear,
    rise: Decimal,
) -> Vec<String> {
    let mut out = vec![format!(
        "{now_year} rates → {then_year} rates{}",
        if rise.is_zero() {
            String::new()
        } else {
            format!(
                ", with a {}% pay rise",
                (rise * Decimal::ONE_HUNDRED).normalize()
            )
        }
    )];
    let sum = |s: &PlanSummary, f: fn(&crate::model::costs::CostFigures) -> Money| {
        s.employer
            .pas
            .iter()
            .map(|p| f(&p.per_year))
            .fold(Money::ZERO, |a, b| a + b)
    };
    out.push(change(
        "PA pay",
        sum(now, |c| c.gross.amount),
        sum(then, |c| c.gross.amount),
    ));
    out.push(change(
        "Employer National Insurance after the allowance",
        sum(now, |c| c.employer_nic_net.amount),
        sum(then, |c| c.employer_nic_net.amount),
    ));
    out.push(change(
        "Employer pension",
        sum(now, |c| c.pension_employer.amount),
        sum(then, |c| c.pension_employer.amount),
    ));
    out.push(change(
        "Total spending",
        now.spending.yearly,
        then.spending.yearly,
    ));
    out.push(match (now.affordable, then.affordable) {
        (_, true) => format!(
            "Still affordable: a surplus of {} a year.",
            then.difference.yearly
        ),
        (true, false) => format!(
            "No longer affordable: a shortfall of {} a year.",
            (Money::ZERO - then.difference.yearly)
        ),
        (false, false) => format!(
            "Still not affordable: a shortfall of {} a year.",
            (Money::ZERO - then.difference.yearly)
        ),
    });
    for pa in &then.employer.pas {
        for w in pa
            .warnings
            .iter()
            .filter(|w| w.kind == crate::model::costs::WarningKind::BelowMinimumWage)
        {
            out.push(w.message.clone());
        }
    }
    out
}

/// One period's NIC on a gross amount, both sides explained (`dphub nic`).
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct NicView {
    pub tax_year: TaxYear,
    pub gross: Money,
    pub pay_frequency: PayFrequency,
    pub category: NiCategory,
    pub employee: crate::model::costs::Figure,
    pub employer: crate::model::costs::Figure,
}

/// The tax year as typed ("2026-27"), or the current one (as the rates know it) when none is.
pub fn tax_year_or_current(
    typed: Option<&str>,
    today: NaiveDate,
) -> Result<TaxYear, TaxYearInputError> {
    match typed.and_then(crate::model::fields::optional) {
        None => Ok(RateBook::embedded().default_year(today)),
        Some(text) => text.parse(),
    }
}

pub fn nic_explained(
    gross: Money,
    frequency: PayFrequency,
    category: NiCategory,
    year: TaxYear,
) -> CoreResult<NicView> {
    let rates = RateBook::embedded().for_year(year).map_err(rates_problem)?;
    let amounts = crate::model::costs::nic_for_period(gross, frequency, category, rates);
    Ok(NicView {
        tax_year: year,
        gross,
        pay_frequency: frequency,
        category,
        employee: crate::model::costs::explain_employee_nic(
            gross,
            frequency,
            category,
            rates,
            amounts.employee,
        ),
        employer: crate::model::costs::explain_employer_nic(
            gross,
            frequency,
            category,
            rates,
            amounts.employer,
        ),
    })
}
