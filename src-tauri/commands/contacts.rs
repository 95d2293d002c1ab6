//! The PA contact book.

use dphub_core::app::contacts::{
    self, ContactBrief, ContactDraft, ContactFormOptions, ContactId, ContactQuery, ContactRules,
    ContactSearchResults, ContactView, ExpiryAlert,
};
use dphub_core::today;
use serde::Deserialize;
use ts_rs::TS;

use super::{Ctx, NoArgs};
use crate::error::AppResult;

/// One PA's contact, by number.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ContactRef {
    pub id: ContactId,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SearchContacts {
    pub query: ContactQuery,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AddContact {
    pub draft: ContactDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct UpdateContact {
    pub id: ContactId,
    pub draft: ContactDraft,
}

/// Saved contacts sharing the draft's email or a phone number, other than `exclude_id`.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct FindContactDuplicates {
    pub draft: ContactDraft,
    pub exclude_id: Option<ContactId>,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SetContactRules {
    pub rules: ContactRules,
}

pub fn contact_form_options(cx: &Ctx, _: NoArgs) -> AppResult<ContactFormOptions> {
    cx.with_store(|s| Ok(contacts::contact_options(s)?))
}

pub fn search_contacts(cx: &Ctx, a: SearchContacts) -> AppResult<ContactSearchResults> {
    cx.with_store(|s| Ok(contacts::search_contacts(s, &a.query, today())?))
}

pub fn get_contact(cx: &Ctx, a: ContactRef) -> AppResult<ContactView> {
    cx.with_store(|s| Ok(contacts::view_contact(s, a.id, today())?))
}

pub fn contact_draft(cx: &Ctx, a: ContactRef) -> AppResult<ContactDraft> {
    cx.with_store(|s| Ok(contacts::contact_draft(s, a.id)?))
}

pub fn add_contact(cx: &Ctx, a: AddContact) -> AppResult<ContactView> {
    cx.with_store(|s| Ok(contacts::add_contact(s, &a.draft, today())?))
}

pub fn update_contact(cx: &Ctx, a: UpdateContact) -> AppResult<ContactView> {
    cx.with_store(|s| Ok(contacts::update_contact(s, a.id, &a.draft, today())?))
}

pub fn archive_contact(cx: &Ctx, a: ContactRef) -> AppResult<()> {
    cx.with_store(|s| Ok(contacts::archive_contact(s, a.id)?))
}

pub fn restore_contact(cx: &Ctx, a: ContactRef) -> AppResult<()> {
    cx.with_store(|s| Ok(contacts::restore_contact(s, a.id)?))
}

pub fn find_contact_duplicates(cx: &Ctx, a: FindContactDuplicates) -> AppResult<Vec<ContactBrief>> {
    cx.with_store(|s| {
        Ok(contacts::find_contact_duplicates(
            s,
            &a.draft,
            a.exclude_id,
        )?)
    })
}

pub fn expiring_contacts(cx: &Ctx, _: NoArgs) -> AppResult<Vec<ExpiryAlert>> {
    cx.with_store(|s| Ok(contacts::expiring_contacts(s, today())?))
}

pub fn set_contact_rules(cx: &Ctx, a: SetContactRules) -> AppResult<ContactRules> {
    cx.with_store(|s| Ok(contacts::set_contact_rules(s, a.rules)?))
}
