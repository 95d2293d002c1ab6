//! What the app and the CLI do with PA contacts. `today` is passed in so every date rule can be tested.

pub use crate::model::contacts::*;
pub use export::{export_contacts, export_contacts_to_file};
pub use import::*;

mod export;
mod import;

use chrono::NaiveDate;

use crate::app::Database;
use crate::model::error::{CoreError, CoreResult};
use crate::model::input::{parse_email, parse_phone};
use crate::model::validation::Problems;
use crate::store::{ContactHits, COUNTED_AT_MOST};

/// The longest DBS age limit a council setting may have, in years.
const MAX_DBS_LIMIT_YEARS: u32 = 10;

pub fn contact_options(db: &Database) -> CoreResult<ContactFormOptions> {
    Ok(contact_form_options(db.store.contact_rules()?))
}

pub fn add_contact(
    db: &mut Database,
    draft: &ContactDraft,
    today: NaiveDate,
) -> CoreResult<ContactView> {
    let details = validate_contact(draft, today)?;
    let id = db.store.insert_contact(&details)?;
    view_contact(db, id, today)
}

pub fn update_contact(
    db: &mut Database,
    id: ContactId,
    draft: &ContactDraft,
    today: NaiveDate,
) -> CoreResult<ContactView> {
    let details = validate_contact(draft, today)?;
    if !db.store.update_contact(id, &details)? {
        return Err(not_found(id));
    }
    view_contact(db, id, today)
}

pub fn get_contact(db: &Database, id: ContactId) -> CoreResult<Contact> {
    db.store.contact(id)?.ok_or_else(|| not_found(id))
}

pub fn view_contact(db: &Database, id: ContactId, today: NaiveDate) -> CoreResult<ContactView> {
    let contact = get_contact(db, id)?;
    let d = &contact.details;
    Ok(ContactView {
        alerts: contact_alerts(d, db.store.contact_rules()?, today),
        possible_duplicates: db
            .store
            .contacts_sharing(d.email.as_deref(), &d.phones, Some(id))?,
        employments: crate::app::employment::employments_of(db, None, Some(id), today)?,
        contact,
    })
}

pub fn contact_draft(db: &Database, id: ContactId) -> CoreResult<ContactDraft> {
    Ok(get_contact(db, id)?.details.to_draft())
}

pub fn archive_contact(db: &mut Database, id: ContactId) -> CoreResult<()> {
    set_archived(db, id, true)
}

pub fn restore_contact(db: &mut Database, id: ContactId) -> CoreResult<()> {
    set_archived(db, id, false)
}

fn set_archived(db: &mut Database, id: ContactId, archived: bool) -> CoreResult<()> {
    if db.store.set_contact_archived(id, archived)? {
        Ok(())
    } else {
        Err(not_found(id))
    }
}

/// Saved contacts sharing the draft's email address or one of its phone numbers (as far as they
/// are valid), other than `except`: the warning shown while a contact is typed.
pub fn find_contact_duplicates(
    db: &Database,
    draft: &ContactDraft,
    except: Option<ContactId>,
) -> CoreResult<Vec<ContactBrief>> {
    let email = parse_email(&draft.email).ok();
    let phones: Vec<String> = draft
        .phones
        .iter()
        .filter_map(|p| parse_phone(p).ok())
        .collect();
    Ok(db
        .store
        .contacts_sharing(email.as_deref(), &phones, except)?)
}

pub fn search_contacts(
    db: &Database,
    query: &ContactQuery,
    today: NaiveDate,
) -> CoreResult<ContactSearchResults> {
    let rules = db.store.contact_rules()?;
    let hits = db.store.search_contacts(query, rules, today)?;
    Ok(results(hits, rules, today))
}

fn results(hits: ContactHits, rules: ContactRules, today: NaiveDate) -> ContactSearchResults {
    ContactSearchResults {
        contacts: hits
            .contacts
            .into_iter()
            .map(|c| summarise(c, rules, today))
            .collect(),
        total: hits.total.min(COUNTED_AT_MOST),
        more_than_counted: hits.total > COUNTED_AT_MOST,
    }
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
pub fn expiring_contacts(db: &Database, today: NaiveDate) -> CoreResult<Vec<ExpiryAlert>> {
    let rules = db.store.contact_rules()?;
    let mut alerts: Vec<ExpiryAlert> = db
        .store
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

pub fn set_contact_rules(db: &mut Database, rules: ContactRules) -> CoreResult<ContactRules> {
    if !(1..=MAX_DBS_LIMIT_YEARS).contains(&rules.dbs_max_age_years) {
        let mut p = Problems::default();
        p.add(
            "dbs_max_age_years",
            format!("Enter the DBS age limit as a whole number of years, from 1 to {MAX_DBS_LIMIT_YEARS}"),
        );
        return Err(p.into());
    }
    db.store.set_contact_rules(rules)?;
    Ok(rules)
}

fn not_found(id: ContactId) -> CoreError {
    CoreError::NotFound {
        what: "PA contact",
        id: id.0,
    }
}

/// The same search as [`search_contacts`] by reading every row with `LIKE '%…%'` instead of the
/// search index: the slower alternative the contact-book benchmark measures beside it.
pub fn search_contacts_by_scan(
    db: &Database,
    query: &ContactQuery,
    today: NaiveDate,
) -> CoreResult<ContactSearchResults> {
    let rules = db.store.contact_rules()?;
    let hits = db.store.search_contacts_by_scan(query, rules, today)?;
    Ok(results(hits, rules, today))
}

/// Saves contacts that have already been checked, all in one transaction, then tidies the search
/// index: for loading a whole contact book at once (benchmarks and tests of large books).
pub fn save_checked_contacts(db: &mut Database, contacts: &[ContactDetails]) -> CoreResult<()> {
    db.store
        .in_transaction(|w| contacts.iter().try_for_each(|c| w.insert(c).map(|_| ())))?;
    db.store.optimize_search_index()?;
    Ok(())
}
