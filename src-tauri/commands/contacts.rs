use dphub_core::app::contacts::{
    self, ContactBrief, ContactDraft, ContactFormOptions, ContactId, ContactQuery, ContactRules,
    ContactSearchResults, ContactView, ExpiryAlert,
};
use dphub_core::today;
use tauri::State;

use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command(rename_all = "snake_case")]
pub fn contact_form_options(state: State<'_, AppState>) -> AppResult<ContactFormOptions> {
    state.with_store(|s| Ok(contacts::contact_options(s)?))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn search_contacts(
    state: State<'_, AppState>,
    query: ContactQuery,
) -> AppResult<ContactSearchResults> {
    state.with_store(|s| Ok(contacts::search_contacts(s, &query, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn get_contact(state: State<'_, AppState>, id: ContactId) -> AppResult<ContactView> {
    state.with_store(|s| Ok(contacts::view_contact(s, id, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn contact_draft(state: State<'_, AppState>, id: ContactId) -> AppResult<ContactDraft> {
    state.with_store(|s| Ok(contacts::contact_draft(s, id)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_contact(state: State<'_, AppState>, draft: ContactDraft) -> AppResult<ContactView> {
    state.with_store(|s| Ok(contacts::add_contact(s, &draft, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn update_contact(
    state: State<'_, AppState>,
    id: ContactId,
    draft: ContactDraft,
) -> AppResult<ContactView> {
    state.with_store(|s| Ok(contacts::update_contact(s, id, &draft, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn archive_contact(state: State<'_, AppState>, id: ContactId) -> AppResult<()> {
    state.with_store(|s| Ok(contacts::archive_contact(s, id)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn restore_contact(state: State<'_, AppState>, id: ContactId) -> AppResult<()> {
    state.with_store(|s| Ok(contacts::restore_contact(s, id)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn find_contact_duplicates(
    state: State<'_, AppState>,
    draft: ContactDraft,
    exclude_id: Option<ContactId>,
) -> AppResult<Vec<ContactBrief>> {
    state.with_store(|s| Ok(contacts::find_contact_duplicates(s, &draft, exclude_id)?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn expiring_contacts(state: State<'_, AppState>) -> AppResult<Vec<ExpiryAlert>> {
    state.with_store(|s| Ok(contacts::expiring_contacts(s, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_contact_rules(
    state: State<'_, AppState>,
    rules: ContactRules,
) -> AppResult<ContactRules> {
    state.with_store(|s| Ok(contacts::set_contact_rules(s, rules)?))
}
