//! Checklists of the employer's duties and what needs doing across everyone: each command takes the
//! arguments, calls the core and maps the result.

use std::path::PathBuf;

use dphub_core::checklists::{self, ChecklistOwner, ChecklistView, DueItem};
use dphub_core::employment::EmploymentId;
use dphub_core::input::parse_date;
use dphub_core::people::PersonId;
use dphub_core::validation::Problems;
use dphub_core::{today, CoreError};
use tauri::State;

use crate::error::{AppError, AppResult};
use crate::state::AppState;

#[tauri::command(rename_all = "snake_case")]
pub fn person_checklists(
    state: State<'_, AppState>,
    person_id: PersonId,
) -> AppResult<Vec<ChecklistView>> {
    state.with_store(|s| Ok(checklists::checklists_for_person(s, person_id, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn employment_checklists(
    state: State<'_, AppState>,
    employment_id: EmploymentId,
) -> AppResult<Vec<ChecklistView>> {
    state.with_store(|s| {
        Ok(checklists::checklists_for_employment(
            s,
            employment_id,
            today(),
        )?)
    })
}

/// Marks an item done. `done_on` is the date as typed ("2026-2-2"); empty means today.
#[tauri::command(rename_all = "snake_case")]
pub fn tick_checklist_item(
    state: State<'_, AppState>,
    owner: ChecklistOwner,
    item_id: String,
    done_on: String,
    done_by: String,
) -> AppResult<ChecklistView> {
    let done_on = match done_on.trim() {
        "" => today(),
        text => parse_date(text).map_err(|e| {
            let mut p = Problems::default();
            p.add("done_on", e.to_string());
            if done_by.trim().is_empty() {
                p.add("done_by", "Enter who did it");
            }
            AppError::from(CoreError::from(p))
        })?,
    };
    state.with_store(|s| {
        Ok(checklists::tick(
            s,
            owner,
            &item_id,
            done_on,
            &done_by,
            today(),
        )?)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn untick_checklist_item(
    state: State<'_, AppState>,
    owner: ChecklistOwner,
    item_id: String,
) -> AppResult<ChecklistView> {
    state.with_store(|s| Ok(checklists::untick(s, owner, &item_id, today())?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn checklist_item_not_applicable(
    state: State<'_, AppState>,
    owner: ChecklistOwner,
    item_id: String,
    reason: String,
) -> AppResult<ChecklistView> {
    state.with_store(|s| {
        Ok(checklists::not_applicable(
            s,
            owner,
            &item_id,
            &reason,
            today(),
        )?)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_checklist_note(
    state: State<'_, AppState>,
    owner: ChecklistOwner,
    item_id: String,
    note: String,
) -> AppResult<ChecklistView> {
    state.with_store(|s| Ok(checklists::set_note(s, owner, &item_id, &note, today())?))
}

/// Overdue items and those due in the next `days` days, for everyone or one person.
#[tauri::command(rename_all = "snake_case")]
pub fn what_needs_doing(
    state: State<'_, AppState>,
    days: u32,
    person_id: Option<PersonId>,
) -> AppResult<Vec<DueItem>> {
    state.with_store(|s| Ok(checklists::what_needs_doing(s, today(), days, person_id)?))
}

/// Writes the same due dates as an iCalendar file to `path` (chosen in the Save dialog); answers
/// how many events it holds.
#[tauri::command(rename_all = "snake_case")]
pub fn export_due_calendar(
    state: State<'_, AppState>,
    days: u32,
    person_id: Option<PersonId>,
    path: PathBuf,
) -> AppResult<u32> {
    let items =
        state.with_store(|s| Ok(checklists::what_needs_doing(s, today(), days, person_id)?))?;
    std::fs::write(&path, checklists::due_calendar(&items)).map_err(|e| {
        AppError::storage(format!(
            "The calendar could not be saved to {}: {e}",
            path.display()
        ))
    })?;
    Ok(items.len() as u32)
}
