//! Employments: a person employing a PA, on terms.

use dphub_core::app::contacts::ContactId;
use dphub_core::app::employment::{
    self, EmploymentDraft, EmploymentEndDraft, EmploymentFormOptions, EmploymentId,
    EmploymentSummary, EmploymentView,
};
use dphub_core::app::people::PersonId;
use dphub_core::today;
use serde::Deserialize;
use ts_rs::TS;

use super::{Ctx, NoArgs};
use crate::error::AppResult;

/// One employment, by number.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct EmploymentRef {
    pub id: EmploymentId,
}

/// A person's employments, a PA's, or (with both) the ones between them.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ListEmployments {
    pub person_id: Option<PersonId>,
    pub contact_id: Option<ContactId>,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AddEmployment {
    pub draft: EmploymentDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct UpdateEmployment {
    pub id: EmploymentId,
    pub draft: EmploymentDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct EndEmployment {
    pub id: EmploymentId,
    pub end: EmploymentEndDraft,
}

pub fn employment_form_options(_: &Ctx, _: NoArgs) -> AppResult<EmploymentFormOptions> {
    Ok(employment::employment_form_options())
}

pub fn list_employments(cx: &Ctx, a: ListEmployments) -> AppResult<Vec<EmploymentSummary>> {
    cx.with_store(|s| {
        Ok(employment::employments_of(
            s,
            a.person_id,
            a.contact_id,
            today(),
        )?)
    })
}

pub fn get_employment(cx: &Ctx, a: EmploymentRef) -> AppResult<EmploymentView> {
    cx.with_store(|s| Ok(employment::view_employment(s, a.id, today())?))
}

pub fn employment_draft(cx: &Ctx, a: EmploymentRef) -> AppResult<EmploymentDraft> {
    cx.with_store(|s| Ok(employment::employment_draft(s, a.id)?))
}

pub fn add_employment(cx: &Ctx, a: AddEmployment) -> AppResult<EmploymentView> {
    cx.with_store(|s| Ok(employment::add_employment(s, &a.draft, today())?))
}

pub fn update_employment(cx: &Ctx, a: UpdateEmployment) -> AppResult<EmploymentView> {
    cx.with_store(|s| Ok(employment::update_employment(s, a.id, &a.draft, today())?))
}

pub fn end_employment(cx: &Ctx, a: EndEmployment) -> AppResult<EmploymentView> {
    cx.with_store(|s| Ok(employment::end_employment(s, a.id, &a.end, today())?))
}
