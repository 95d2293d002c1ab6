//! What the app and the CLI do with PA contacts. `today` is passed in so every date rule can be tested.

use chrono::NaiveDate;

use super::alerts::{contact_alerts, ContactRules, ExpiryAlert};
use super::contact::{Contact, ContactId};
use super::draft::ContactDraft;
use super::options::{contact_form_options, ContactFormOptions};
use super::query::ContactQuery;
use super::validate::validate_contact;
use super::view::{ContactBrief, ContactSearchResults, ContactSummary, ContactView};
use crate::error::{CoreError, CoreResult};
use crate::input::{parse_email, parse_phone};
use crate::store::{Store, COUNTED_AT_MOST};
use crate::validation::Problems;

/// The longest DBS age limit a council setting may have, in years.
const MAX_DBS_LIMIT_YEARS: u32 = 10;

pub fn contact_options(store: &Store) -> CoreResult<ContactFormOptions> {
    Ok(contact_form_options(store.contact_rules()?))
}

pub fn add_contact(
    store: &mut Store,
    draft: &ContactDraft,
    today: NaiveDate,
) -> CoreResult<ContactView> {
    let details = validate_contact(draft, today)?;
    let id = store.insert_contact(&details)?;
    view_contact(store, id, today)
}

pub fn update_contact(
    store: &mut Store,
    id: ContactId,
    draft: &ContactDraft,
    today: NaiveDate,
) -> CoreResult<ContactView> {
    let details = validate_contact(draft, today)?;
    if !store.update_contact(id, &details)? {
        return Err(not_found(id));
    }
    view_contact(store, id, today)
}

pub fn get_contact(store: &Store, id: ContactId) -> CoreResult<Contact> {
    store.contact(id)?.ok_or_else(|| not_found(id))
}

pub fn view_contact(store: &Store, id: ContactId, today: NaiveDate) -> CoreResult<ContactView> {
    let contact = get_contact(store, id)?;
    let d = &contact.details;
    Ok(ContactView {
        alerts: contact_alerts(d, store.contact_rules()?, today),
        possible_duplicates: store.contacts_sharing(d.email.as_deref(), &d.phones, Some(id))?,
        employments: crate::employment::employments_of(store, None, Some(id), today)?,
        contact,
    })
}

pub fn contact_draft(store: &Store, id: ContactId) -> CoreResult<ContactDraft> {
    Ok(get_contact(store, id)?.details.to_draft())
}

pub fn archive_contact(store: &mut Store, id: ContactId) -> CoreResult<()> {
    set_archived(store, id, true)
}

pub fn restore_contact(store: &mut Store, id: ContactId) -> CoreResult<()> {
    set_archived(store, id, false)
}

fn set_archived(store: &mut Store, id: ContactId, archived: bool) -> CoreResult<()> {
    if store.set_contact_archived(id, archived)? {
        Ok(())
    } else {
        Err(not_found(id))
    }
}

/// Saved contacts sharing the draft's email address or one of its phone numbers (as far as they
/// are valid), other than `except`: the warning shown while a contact is typed.
pub fn find_contact_duplicates(
    store: &Store,
    draft: &ContactDraft,
    except: Option<ContactId>,
) -> CoreResult<Vec<ContactBrief>> {
    let email = parse_email(&draft.email).ok();
    let phones: Vec<String> = draft
        .phones
        .iter()
        .filter_map(|p| parse_phone(p).ok())
        .collect();
    Ok(store.contacts_sharing(email.as_deref(), &phones, except)?)
}

pub fn search_contacts(
    store: &Store,
    query: &ContactQuery,
    today: NaiveDate,
) -> CoreResult<ContactSearchResults> {
    let rules = store.contact_rules()?;
    let hits = store.search_contacts(query, rules, today)?;
    Ok(ContactSearchResults {
        contacts: hits
            .contacts
            .into_iter()
            .map(|c| summarise(c, rules, today))
            .collect(),
        total: hits.total.min(COUNTED_AT_MOST),
        more_than_counted: hits.total > COUNTED_AT_MOST,
    })
}

pub fn summarise(contact: Contact, rules: ContactRules, today: NaiveDate) -> ContactSummary {
    let alerts = contact_alerts(&contact.details, rules, today);
    let d = contact.details;
    ContactSummary {
        id: contact.id,
        phone: d.phones.into_iter().next(),
        full_name: d.full_name,
        email: d.email,
        areas: d.areas,
        skills: d.skills,
        hourly_rate: d.hourly_rate,
        status: d.status,
        last_contacted_on: d.last_contacted_on,
        archived: contact.archived,
        alerts,
    }
}

/// Every alert across the contact book (archived contacts left out), soonest first.
pub fn expiring_contacts(store: &Store, today: NaiveDate) -> CoreResult<Vec<ExpiryAlert>> {
    let rules = store.contact_rules()?;
    let mut alerts: Vec<ExpiryAlert> = store
        .contacts_with_possible_alerts(rules, today)?
        .into_iter()
        .flat_map(|c| {
            contact_alerts(&c.details, rules, today)
                .into_iter()
                .map(move |alert| ExpiryAlert {
                    contact_id: c.id,
                    contact_name: c.details.full_name.clone(),
                    alert,
                })
        })
        .collect();
    alerts.sort_by(|a, b| {
        a.alert
            .date
            .cmp(&b.alert.date)
            .then_with(|| a.contact_name.cmp(&b.contact_name))
    });
    Ok(alerts)
}

pub fn set_contact_rules(store: &mut Store, rules: ContactRules) -> CoreResult<ContactRules> {
    if !(1..=MAX_DBS_LIMIT_YEARS).contains(&rules.dbs_max_age_years) {
        let mut p = Problems::default();
        p.add(
            "dbs_max_age_years",
            format!("Enter the DBS age limit as a whole number of years, from 1 to {MAX_DBS_LIMIT_YEARS}"),
        );
        return Err(p.into());
    }
    store.set_contact_rules(rules)?;
    Ok(rules)
}

fn not_found(id: ContactId) -> CoreError {
    CoreError::NotFound {
        what: "PA contact",
        id,
    }
}
