use dphub_core::app::contacts::ContactId;
use dphub_core::app::employment::{
    self, EmploymentDraft, EmploymentEndDraft, EmploymentFormOptions, EmploymentId,
    EmploymentSummary, EmploymentView,
};
use dphub_core::app::people::PersonId;
use dphub_core::today;
use tauri::State;

use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command(rename_all = "snake_case")]
pub fn employment_form_options() -> EmploymentFormOptions {
    employment::employment_form_options()
}

#[tauri::command(rename_all = "snake_case")]
pub fn list_employments(
    state: State<'_, AppState>,
    person_id: Option<PersonId>,
    contact_id: Option<ContactId>,
) -> AppResult<Vec<EmploymentSummary>> {
    state.with_store(|s| {
        Ok(employment::employments_of(
            s,
            person_id,
            contact_id,
            today(),
        )?)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn get_employment(state: State<'_, AppState>, id: EmploymentId) -> AppResult<EmploymentView> {
    state.with_store(|s| Ok(employment::view_employment(s, id, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn employment_draft(
    state: State<'_, AppState>,
    id: EmploymentId,
) -> AppResult<EmploymentDraft> {
    state.with_store(|s| Ok(employment::employment_draft(s, id)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_employment(
    state: State<'_, AppState>,
    draft: EmploymentDraft,
) -> AppResult<EmploymentView> {
    state.with_store(|s| Ok(employment::add_employment(s, &draft, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn update_employment(
    state: State<'_, AppState>,
    id: EmploymentId,
    draft: EmploymentDraft,
) -> AppResult<EmploymentView> {
    state.with_store(|s| Ok(employment::update_employment(s, id, &draft, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn end_employment(
    state: State<'_, AppState>,
    id: EmploymentId,
    end: EmploymentEndDraft,
) -> AppResult<EmploymentView> {
    state.with_store(|s| Ok(employment::end_employment(s, id, &end, today())?))
}
