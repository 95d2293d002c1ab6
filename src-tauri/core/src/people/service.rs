//! What the app and the CLI do with people. Each function checks, saves and answers with what the
//! screens show; `today` is passed in so that every rule about dates can be tested.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::kinds::{AccountType, AuthorityBasis, ManagedBy, RecipientType};
use super::person::PersonId;
use super::reviews::default_review_dates;
use super::search::matches;
use super::validate::validate_person;
use super::view::{PersonSummary, PersonView};
use super::{Person, PersonDraft};
use crate::choice::Choice;
use crate::error::{CoreError, CoreResult};
use crate::input::parse_date;
use crate::period::PaymentPeriod;
use crate::store::Store;
use crate::validation::Problems;

pub fn add_person(
    store: &mut Store,
    draft: &PersonDraft,
    today: NaiveDate,
) -> CoreResult<PersonView> {
    let details = validate_person(draft, today)?;
    let id = store.insert_person(&details)?;
    view_person(store, id, today)
}

pub fn update_person(
    store: &mut Store,
    id: PersonId,
    draft: &PersonDraft,
    today: NaiveDate,
) -> CoreResult<PersonView> {
    let details = validate_person(draft, today)?;
    if !store.update_person(id, &details)? {
        return Err(not_found(id));
    }
    view_person(store, id, today)
}

pub fn get_person(store: &Store, id: PersonId) -> CoreResult<Person> {
    store.person(id)?.ok_or_else(|| not_found(id))
}

pub fn view_person(store: &Store, id: PersonId, today: NaiveDate) -> CoreResult<PersonView> {
    Ok(PersonView::new(get_person(store, id)?, today))
}

/// The form for editing a saved person, filled in.
pub fn person_draft(store: &Store, id: PersonId) -> CoreResult<PersonDraft> {
    Ok(get_person(store, id)?.details.to_draft())
}

/// People whose name or council reference matches every word of `query`, by name.
pub fn list_people(
    store: &Store,
    query: &str,
    include_archived: bool,
) -> CoreResult<Vec<PersonSummary>> {
    let mut people = store.people(include_archived)?;
    people.retain(|p| matches(p, query));
    Ok(people)
}

/// Archives a person: they leave the list but nothing is deleted. An archived person stops being the
/// current person.
pub fn archive_person(store: &mut Store, id: PersonId) -> CoreResult<()> {
    if !store.set_archived(id, true)? {
        return Err(not_found(id));
    }
    if store.current_person_id()? == Some(id) {
        store.set_current_person_id(None)?;
    }
    Ok(())
}

pub fn restore_person(store: &mut Store, id: PersonId) -> CoreResult<()> {
    if !store.set_archived(id, false)? {
        return Err(not_found(id));
    }
    Ok(())
}

pub fn current_person(store: &Store) -> CoreResult<Option<PersonSummary>> {
    let Some(id) = store.current_person_id()? else {
        return Ok(None);
    };
    Ok(store.person_summary(id)?.filter(|p| !p.archived))
}

pub fn set_current_person(store: &mut Store, id: Option<PersonId>) -> CoreResult<()> {
    if let Some(id) = id {
        let person = get_person(store, id)?;
        if person.archived {
            let mut p = Problems::default();
            p.add("person", "Restore this person before working on them");
            return Err(p.into());
        }
    }
    Ok(store.set_current_person_id(id)?)
}

/// The review dates the form suggests for a start (and optional end) date as typed.
pub fn suggest_review_dates(start_date: &str, end_date: &str) -> CoreResult<Vec<NaiveDate>> {
    let mut p = Problems::default();
    let start = p.check("dp.start_date", parse_date(start_date));
    let end = if end_date.trim().is_empty() {
        None
    } else {
        p.check("dp.end_date", parse_date(end_date))
    };
    p.into_result(|| ())?;
    Ok(default_review_dates(start.expect("checked"), end))
}

/// Every choice the person form offers, with labels and hints, so the UI never spells them itself.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct PersonFormOptions {
    pub recipient_types: Vec<Choice<RecipientType>>,
    pub managed_by: Vec<Choice<ManagedBy>>,
    pub authority_bases: Vec<Choice<AuthorityBasis>>,
    pub periods: Vec<Choice<PaymentPeriod>>,
    pub account_types: Vec<Choice<AccountType>>,
    /// A blank form with the defaults filled in.
    pub blank: PersonDraft,
}

pub fn person_form_options() -> PersonFormOptions {
    PersonFormOptions {
        recipient_types: RecipientType::choices(),
        managed_by: ManagedBy::choices(),
        authority_bases: AuthorityBasis::choices(),
        periods: PaymentPeriod::choices(),
        account_types: AccountType::choices(),
        blank: PersonDraft::default(),
    }
}

fn not_found(id: PersonId) -> CoreError {
    CoreError::NotFound { what: "person", id }
}
