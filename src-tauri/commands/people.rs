//! People and their direct payments.

use chrono::NaiveDate;
use dphub_core::app::people::{
    self, PersonDraft, PersonFormOptions, PersonId, PersonSummary, PersonView, TermsChangeDraft,
    TermsEntry,
};
use dphub_core::today;
use serde::Deserialize;
use ts_rs::TS;

use super::{Ctx, NoArgs};
use crate::error::AppResult;

/// One person, by number.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct PersonRef {
    pub id: PersonId,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ListPeople {
    /// As typed in the search box: a name or council reference, or part of one.
    pub query: String,
    pub include_archived: bool,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AddPerson {
    pub draft: PersonDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct UpdatePerson {
    pub id: PersonId,
    pub draft: PersonDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SetCurrentPerson {
    /// `null` means no one is chosen.
    pub id: Option<PersonId>,
}

/// The direct payment's dates as typed, for the review dates they suggest.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SuggestReviewDates {
    pub start_date: String,
    pub end_date: String,
}

/// A change of a direct payment's terms from a date: blank amounts stay as they were.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AddTermsChange {
    pub id: PersonId,
    pub draft: TermsChangeDraft,
}

pub fn person_form_options(_: &Ctx, _: NoArgs) -> AppResult<PersonFormOptions> {
    Ok(people::person_form_options())
}

pub fn list_people(cx: &Ctx, a: ListPeople) -> AppResult<Vec<PersonSummary>> {
    cx.with_store(|s| Ok(people::list_people(s, &a.query, a.include_archived)?))
}

pub fn get_person(cx: &Ctx, a: PersonRef) -> AppResult<PersonView> {
    cx.with_store(|s| Ok(people::view_person(s, a.id, today())?))
}

pub fn person_draft(cx: &Ctx, a: PersonRef) -> AppResult<PersonDraft> {
    cx.with_store(|s| Ok(people::person_draft(s, a.id)?))
}

pub fn add_person(cx: &Ctx, a: AddPerson) -> AppResult<PersonView> {
    cx.with_store(|s| Ok(people::add_person(s, &a.draft, today())?))
}

pub fn update_person(cx: &Ctx, a: UpdatePerson) -> AppResult<PersonView> {
    cx.with_store(|s| Ok(people::update_person(s, a.id, &a.draft, today())?))
}

pub fn archive_person(cx: &Ctx, a: PersonRef) -> AppResult<()> {
    cx.with_store(|s| Ok(people::archive_person(s, a.id)?))
}

pub fn restore_person(cx: &Ctx, a: PersonRef) -> AppResult<()> {
    cx.with_store(|s| Ok(people::restore_person(s, a.id)?))
}

pub fn current_person(cx: &Ctx, _: NoArgs) -> AppResult<Option<PersonSummary>> {
    cx.with_store(|s| Ok(people::current_person(s)?))
}

pub fn set_current_person(cx: &Ctx, a: SetCurrentPerson) -> AppResult<()> {
    cx.with_store(|s| Ok(people::set_current_person(s, a.id)?))
}

pub fn suggest_review_dates(_: &Ctx, a: SuggestReviewDates) -> AppResult<Vec<NaiveDate>> {
    Ok(people::suggest_review_dates(&a.start_date, &a.end_date)?)
}

/// The direct payment's terms, oldest first: the terms it started on, then each change.
pub fn terms_history(cx: &Ctx, a: PersonRef) -> AppResult<Vec<TermsEntry>> {
    cx.with_store(|s| Ok(people::terms_history(s, a.id)?))
}

pub fn add_terms_change(cx: &Ctx, a: AddTermsChange) -> AppResult<Vec<TermsEntry>> {
    cx.with_store(|s| Ok(people::add_terms_change(s, a.id, &a.draft)?))
}
