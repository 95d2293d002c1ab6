use chrono::NaiveDate;
use dphub_core::app::people::{
    self, PersonDraft, PersonFormOptions, PersonId, PersonSummary, PersonView,
};
use dphub_core::today;
use tauri::State;

use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command(rename_all = "snake_case")]
pub fn person_form_options() -> PersonFormOptions {
    people::person_form_options()
}

#[tauri::command(rename_all = "snake_case")]
pub fn list_people(
    state: State<'_, AppState>,
    query: String,
    include_archived: bool,
) -> AppResult<Vec<PersonSummary>> {
    state.with_store(|s| Ok(people::list_people(s, &query, include_archived)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn get_person(state: State<'_, AppState>, id: PersonId) -> AppResult<PersonView> {
    state.with_store(|s| Ok(people::view_person(s, id, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn person_draft(state: State<'_, AppState>, id: PersonId) -> AppResult<PersonDraft> {
    state.with_store(|s| Ok(people::person_draft(s, id)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_person(state: State<'_, AppState>, draft: PersonDraft) -> AppResult<PersonView> {
    state.with_store(|s| Ok(people::add_person(s, &draft, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn update_person(
    state: State<'_, AppState>,
    id: PersonId,
    draft: PersonDraft,
) -> AppResult<PersonView> {
    state.with_store(|s| Ok(people::update_person(s, id, &draft, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn archive_person(state: State<'_, AppState>, id: PersonId) -> AppResult<()> {
    state.with_store(|s| Ok(people::archive_person(s, id)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn restore_person(state: State<'_, AppState>, id: PersonId) -> AppResult<()> {
    state.with_store(|s| Ok(people::restore_person(s, id)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn current_person(state: State<'_, AppState>) -> AppResult<Option<PersonSummary>> {
    state.with_store(|s| Ok(people::current_person(s)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_current_person(state: State<'_, AppState>, id: Option<PersonId>) -> AppResult<()> {
    state.with_store(|s| Ok(people::set_current_person(s, id)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn suggest_review_dates(start_date: String, end_date: String) -> AppResult<Vec<NaiveDate>> {
    Ok(people::suggest_review_dates(&start_date, &end_date)?)
}
