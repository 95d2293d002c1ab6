//! Checklists of the employer's duties, and what needs doing across everyone.

use std::path::PathBuf;

use dphub_core::app::checklists::owner_checklist_document;
use dphub_core::app::checklists::{self, ChecklistOwner, ChecklistView, DueItem};
use dphub_core::app::documents::due_document;
use dphub_core::app::employment::EmploymentId;
use dphub_core::app::people::PersonId;
use dphub_core::today;
use serde::Deserialize;
use ts_rs::TS;

use super::Ctx;
use crate::error::{AppError, AppResult};
use crate::pdf_file::{open_pdf, pdf_of, save_pdf};

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct PersonChecklists {
    pub person_id: PersonId,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct EmploymentChecklists {
    pub employment_id: EmploymentId,
}

/// One item of a person's or an employment's checklists.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ChecklistItemRef {
    pub owner: ChecklistOwner,
    pub item_id: String,
}

/// Marks an item done: `done_on` as typed ("2026-2-2"), empty for today.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct TickChecklistItem {
    pub owner: ChecklistOwner,
    pub item_id: String,
    pub done_on: String,
    pub done_by: String,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ChecklistItemNotApplicable {
    pub owner: ChecklistOwner,
    pub item_id: String,
    pub reason: String,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SetChecklistNote {
    pub owner: ChecklistOwner,
    pub item_id: String,
    pub note: String,
}

/// Overdue items and those due in the next `days` days, for everyone or one person.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct WhatNeedsDoing {
    pub days: u32,
    pub person_id: Option<PersonId>,
}

/// The same as [`WhatNeedsDoing`], written as an iCalendar file to `path`.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ExportDueCalendar {
    pub days: u32,
    pub person_id: Option<PersonId>,
    #[ts(type = "string")]
    pub path: PathBuf,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SaveChecklistsPdf {
    pub owner: ChecklistOwner,
    pub large_print: bool,
    #[ts(type = "string")]
    pub path: PathBuf,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct OpenChecklistsPdf {
    pub owner: ChecklistOwner,
    pub large_print: bool,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SaveDuePdf {
    pub days: u32,
    pub person_id: Option<PersonId>,
    pub large_print: bool,
    #[ts(type = "string")]
    pub path: PathBuf,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct OpenDuePdf {
    pub days: u32,
    pub person_id: Option<PersonId>,
    pub large_print: bool,
}

/// How many years the person's records are kept, as typed.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SetKeepRecordsYears {
    pub person_id: PersonId,
    pub years: String,
}

pub fn keep_records_years(cx: &Ctx, a: PersonChecklists) -> AppResult<u32> {
    cx.with_store(|s| Ok(checklists::keep_records_years(s, a.person_id)?))
}

pub fn set_keep_records_years(cx: &Ctx, a: SetKeepRecordsYears) -> AppResult<u32> {
    let years = a.years.trim().parse::<u32>().map_err(|_| {
        AppError::on_field(
            "keep_records_years",
            "Enter the number of years as a whole number, like 6",
        )
    })?;
    cx.with_store(|s| Ok(checklists::set_keep_records_years(s, a.person_id, years)?))
}

pub fn person_checklists(cx: &Ctx, a: PersonChecklists) -> AppResult<Vec<ChecklistView>> {
    cx.with_store(|s| Ok(checklists::checklists_for_person(s, a.person_id, today())?))
}

pub fn employment_checklists(cx: &Ctx, a: EmploymentChecklists) -> AppResult<Vec<ChecklistView>> {
    cx.with_store(|s| {
        Ok(checklists::checklists_for_employment(
            s,
            a.employment_id,
            today(),
        )?)
    })
}

pub fn tick_checklist_item(cx: &Ctx, a: TickChecklistItem) -> AppResult<ChecklistView> {
    cx.with_store(|s| {
        Ok(checklists::tick_as_typed(
            s,
            a.owner,
            &a.item_id,
            &a.done_on,
            &a.done_by,
            today(),
        )?)
    })
}

pub fn untick_checklist_item(cx: &Ctx, a: ChecklistItemRef) -> AppResult<ChecklistView> {
    cx.with_store(|s| Ok(checklists::untick(s, a.owner, &a.item_id, today())?))
}

pub fn checklist_item_not_applicable(
    cx: &Ctx,
    a: ChecklistItemNotApplicable,
) -> AppResult<ChecklistView> {
    cx.with_store(|s| {
        Ok(checklists::not_applicable(
            s,
            a.owner,
            &a.item_id,
            &a.reason,
            today(),
        )?)
    })
}

pub fn set_checklist_note(cx: &Ctx, a: SetChecklistNote) -> AppResult<ChecklistView> {
    cx.with_store(|s| {
        Ok(checklists::set_note(
            s,
            a.owner,
            &a.item_id,
            &a.note,
            today(),
        )?)
    })
}

pub fn what_needs_doing(cx: &Ctx, a: WhatNeedsDoing) -> AppResult<Vec<DueItem>> {
    due(cx, a.days, a.person_id)
}

/// Answers how many events the calendar file holds.
pub fn export_due_calendar(cx: &Ctx, a: ExportDueCalendar) -> AppResult<u32> {
    let items = due(cx, a.days, a.person_id)?;
    std::fs::write(&a.path, checklists::due_calendar(&items)).map_err(|e| {
        AppError::storage(format!(
            "The calendar could not be saved to {}: {e}",
            a.path.display()
        ))
    })?;
    Ok(items.len() as u32)
}

/// Saves the person's (or PA's) checklists as a printable PDF; answers the path written.
pub fn save_checklists_pdf(cx: &Ctx, a: SaveChecklistsPdf) -> AppResult<String> {
    save_pdf(&checklists_pdf(cx, a.owner, a.large_print)?, a.path)
}

/// Opens the person's (or PA's) checklists as a PDF in the system's viewer, to print.
pub fn open_checklists_pdf(cx: &Ctx, a: OpenChecklistsPdf) -> AppResult<String> {
    let stem = match a.owner {
        ChecklistOwner::Person(id) => format!("checklists-person-{id}"),
        ChecklistOwner::Employment(id) => format!("checklists-pa-{id}"),
    };
    open_pdf(cx, &stem, &checklists_pdf(cx, a.owner, a.large_print)?)
}

/// Saves "what needs doing" (as the home screen shows it) as a printable PDF; answers the path.
pub fn save_due_pdf(cx: &Ctx, a: SaveDuePdf) -> AppResult<String> {
    save_pdf(&due_pdf(cx, a.days, a.person_id, a.large_print)?, a.path)
}

/// Opens "what needs doing" as a PDF in the system's viewer, to print.
pub fn open_due_pdf(cx: &Ctx, a: OpenDuePdf) -> AppResult<String> {
    let stem = match a.person_id {
        Some(id) => format!("what-needs-doing-person-{id}"),
        None => "what-needs-doing".to_string(),
    };
    open_pdf(cx, &stem, &due_pdf(cx, a.days, a.person_id, a.large_print)?)
}

fn due(cx: &Ctx, days: u32, person_id: Option<PersonId>) -> AppResult<Vec<DueItem>> {
    cx.with_store(|s| Ok(checklists::what_needs_doing(s, today(), days, person_id)?))
}

fn checklists_pdf(cx: &Ctx, owner: ChecklistOwner, large_print: bool) -> AppResult<Vec<u8>> {
    let document = cx.with_store(|s| Ok(owner_checklist_document(s, owner, today())?))?;
    pdf_of(&document, large_print)
}

fn due_pdf(
    cx: &Ctx,
    days: u32,
    person_id: Option<PersonId>,
    large_print: bool,
) -> AppResult<Vec<u8>> {
    let items = due(cx, days, person_id)?;
    pdf_of(&due_document(&items, today(), days), large_print)
}
