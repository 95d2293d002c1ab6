//! What PAs cost and the support plan against the budget.

use dphub_core::app::costs::{
    self, CostFormOptions, CostSettingsDraft, EmployerCost, EmploymentCostTermsDraft, PaCostDraft,
    PersonCostsView, PlanLineDraft, PlanLineId, WhatIf, WhatIfDraft,
};
use dphub_core::app::employment::EmploymentId;
use dphub_core::app::people::PersonId;
use dphub_core::today;
use serde::Deserialize;
use ts_rs::TS;

use super::{Ctx, NoArgs};
use crate::error::AppResult;

/// The cost calculator's what-if for any PA.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct CalculatePaCost {
    pub draft: PaCostDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct PersonCosts {
    pub person_id: PersonId,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SaveCostSettings {
    pub person_id: PersonId,
    pub draft: CostSettingsDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SaveEmploymentCostTerms {
    pub employment_id: EmploymentId,
    pub draft: EmploymentCostTermsDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AddPlanLine {
    pub person_id: PersonId,
    pub draft: PlanLineDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct RemovePlanLine {
    pub id: PlanLineId,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct PlanWhatIf {
    pub person_id: PersonId,
    pub draft: WhatIfDraft,
}

pub fn cost_form_options(_: &Ctx, _: NoArgs) -> AppResult<CostFormOptions> {
    Ok(costs::cost_form_options(today()))
}

pub fn calculate_pa_cost(_: &Ctx, a: CalculatePaCost) -> AppResult<EmployerCost> {
    Ok(costs::calculate_pa_cost(&a.draft, today())?)
}

pub fn person_costs(cx: &Ctx, a: PersonCosts) -> AppResult<PersonCostsView> {
    cx.with_store(|s| Ok(costs::person_costs(s, a.person_id, today())?))
}

pub fn save_cost_settings(cx: &Ctx, a: SaveCostSettings) -> AppResult<PersonCostsView> {
    cx.with_store(|s| {
        Ok(costs::save_cost_settings(
            s,
            a.person_id,
            &a.draft,
            today(),
        )?)
    })
}

pub fn save_employment_cost_terms(
    cx: &Ctx,
    a: SaveEmploymentCostTerms,
) -> AppResult<PersonCostsView> {
    cx.with_store(|s| {
        Ok(costs::save_employment_cost_terms(
            s,
            a.employment_id,
            &a.draft,
            today(),
        )?)
    })
}

pub fn add_plan_line(cx: &Ctx, a: AddPlanLine) -> AppResult<PersonCostsView> {
    cx.with_store(|s| Ok(costs::add_plan_line(s, a.person_id, &a.draft, today())?))
}

pub fn remove_plan_line(cx: &Ctx, a: RemovePlanLine) -> AppResult<PersonCostsView> {
    cx.with_store(|s| Ok(costs::remove_plan_line(s, a.id, today())?))
}

pub fn plan_what_if(cx: &Ctx, a: PlanWhatIf) -> AppResult<WhatIf> {
    cx.with_store(|s| Ok(costs::plan_what_if(s, a.person_id, &a.draft, today())?))
}
