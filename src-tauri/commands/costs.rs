use dphub_core::app::costs::{
    self, CostFormOptions, CostSettingsDraft, EmployerCost, EmploymentCostTermsDraft, PaCostDraft,
    PersonCostsView, PlanLineDraft, PlanLineId, WhatIf, WhatIfDraft,
};
use dphub_core::app::employment::EmploymentId;
use dphub_core::app::people::PersonId;
use dphub_core::today;
use tauri::State;

use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command(rename_all = "snake_case")]
pub fn cost_form_options() -> CostFormOptions {
    costs::cost_form_options(today())
}

#[tauri::command(rename_all = "snake_case")]
pub fn calculate_pa_cost(draft: PaCostDraft) -> AppResult<EmployerCost> {
    Ok(costs::calculate_pa_cost(&draft, today())?)
}

#[tauri::command(rename_all = "snake_case")]
pub fn person_costs(state: State<'_, AppState>, person_id: PersonId) -> AppResult<PersonCostsView> {
    state.with_store(|s| Ok(costs::person_costs(s, person_id, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn save_cost_settings(
    state: State<'_, AppState>,
    person_id: PersonId,
    draft: CostSettingsDraft,
) -> AppResult<PersonCostsView> {
    state.with_store(|s| Ok(costs::save_cost_settings(s, person_id, &draft, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn save_employment_cost_terms(
    state: State<'_, AppState>,
    employment_id: EmploymentId,
    draft: EmploymentCostTermsDraft,
) -> AppResult<PersonCostsView> {
    state.with_store(|s| {
        Ok(costs::save_employment_cost_terms(
            s,
            employment_id,
            &draft,
            today(),
        )?)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_plan_line(
    state: State<'_, AppState>,
    person_id: PersonId,
    draft: PlanLineDraft,
) -> AppResult<PersonCostsView> {
    state.with_store(|s| Ok(costs::add_plan_line(s, person_id, &draft, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn remove_plan_line(state: State<'_, AppState>, id: PlanLineId) -> AppResult<PersonCostsView> {
    state.with_store(|s| Ok(costs::remove_plan_line(s, id, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn plan_what_if(
    state: State<'_, AppState>,
    person_id: PersonId,
    draft: WhatIfDraft,
) -> AppResult<WhatIf> {
    state.with_store(|s| Ok(costs::plan_what_if(s, person_id, &draft, today())?))
}
