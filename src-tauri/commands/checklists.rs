//! Checklists of the employer's duties and what needs doing across everyone: each command takes the
//! arguments, calls the core and maps the result.

use std::path::PathBuf;

use dphub_core::app::checklists::owner_checklist_document;
use dphub_core::app::checklists::{self, ChecklistOwner, ChecklistView, DueItem};
use dphub_core::app::documents::due_document;
use dphub_core::app::employment::EmploymentId;
use dphub_core::app::people::PersonId;
use dphub_core::model::input::parse_date;
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError};
use tauri::{AppHandle, Runtime, State};

use crate::error::{AppError, AppResult};
use crate::pdf_file::{open_pdf, pdf_of, save_pdf};
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

fn checklists_pdf(
    state: &AppState,
    owner: ChecklistOwner,
    large_print: bool,
) -> AppResult<Vec<u8>> {
    let document = state.with_store(|s| Ok(owner_checklist_document(s, owner, today())?))?;
    pdf_of(&document, large_print)
}

fn due_pdf(
    state: &AppState,
    days: u32,
    person_id: Option<PersonId>,
    large_print: bool,
) -> AppResult<Vec<u8>> {
    let on = today();
    let items = state.with_store(|s| Ok(checklists::what_needs_doing(s, on, days, person_id)?))?;
    pdf_of(&due_document(&items, on, days), large_print)
}

/// Saves the person's (or PA's) checklists as a printable PDF to `path`; answers the path.
#[tauri::command(rename_all = "snake_case")]
pub fn save_checklists_pdf(
    state: State<'_, AppState>,
    owner: ChecklistOwner,
    large_print: bool,
    path: PathBuf,
) -> AppResult<String> {
    save_pdf(&checklists_pdf(&state, owner, large_print)?, path)
}

/// Opens the person's (or PA's) checklists as a PDF in the system's viewer, to print.
#[tauri::command(rename_all = "snake_case")]
pub fn open_checklists_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    owner: ChecklistOwner,
    large_print: bool,
) -> AppResult<String> {
    let stem = match owner {
        ChecklistOwner::Person(id) => format!("checklists-person-{id}"),
        ChecklistOwner::Employment(id) => format!("checklists-pa-{id}"),
    };
    open_pdf(&app, &stem, &checklists_pdf(&state, owner, large_print)?)
}

/// Saves "what needs doing" (as the home screen shows it) as a printable PDF; answers the path.
#[tauri::command(rename_all = "snake_case")]
pub fn save_due_pdf(
    state: State<'_, AppState>,
    days: u32,
    person_id: Option<PersonId>,
    large_print: bool,
    path: PathBuf,
) -> AppResult<String> {
    save_pdf(&due_pdf(&state, days, person_id, large_print)?, path)
}

/// Opens "what needs doing" as a PDF in the system's viewer, to print.
#[tauri::command(rename_all = "snake_case")]
pub fn open_due_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    days: u32,
    person_id: Option<PersonId>,
    large_print: bool,
) -> AppResult<String> {
    let stem = match person_id {
        Some(id) => format!("what-needs-doing-person-{id}"),
        None => "what-needs-doing".to_string(),
    };
    open_pdf(&app, &stem, &due_pdf(&state, days, person_id, large_print)?)
}
