//! What the app and the CLI do with people. Each function checks, saves and answers with what the
//! screens show; `today` is passed in so that every rule about dates can be tested.

pub use crate::model::people::*;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::app::Database;
use crate::model::choice::Choice;
use crate::model::error::{CoreError, CoreResult};
use crate::model::input::parse_date;
use crate::model::period::PaymentPeriod;
use crate::model::validation::Problems;

pub fn add_person(
    db: &mut Database,
    draft: &PersonDraft,
    today: NaiveDate,
) -> CoreResult<PersonView> {
    let details = validate_person(draft, today)?;
    let id = db.store.insert_person(&details, today)?;
    view_person(db, id, today)
}

pub fn update_person(
    db: &mut Database,
    id: PersonId,
    draft: &PersonDraft,
    today: NaiveDate,
) -> CoreResult<PersonView> {
    let details = validate_person(draft, today)?;
    let history = terms_history(db, id)?;
    if let Some(first_change) = history.get(1) {
        if details.dp.start_date >= first_change.effective_from {
            let mut p = Problems::default();
            p.add(
                "dp.start_date",
                format!(
                    "The start date must be before the first change of terms ({})",
                    crate::model::input::long_date(first_change.effective_from)
                ),
            );
            return Err(p.into());
        }
    }
    if !db.store.update_person(id, &details)? {
        return Err(not_found(id));
    }
    view_person(db, id, today)
}

pub fn get_person(db: &Database, id: PersonId) -> CoreResult<Person> {
    db.store.person(id)?.ok_or_else(|| not_found(id))
}

pub fn view_person(db: &Database, id: PersonId, today: NaiveDate) -> CoreResult<PersonView> {
    Ok(PersonView::new(get_person(db, id)?, today))
}

/// Every entry of a person's direct payment terms, oldest first: the terms it started on, then each
/// change with the date it takes effect.
pub fn terms_history(db: &Database, id: PersonId) -> CoreResult<Vec<TermsEntry>> {
    get_person(db, id)?;
    Ok(db.store.terms_history(id)?)
}

/// Records a change of terms (an uplift, a new contribution or period) from a date. Amounts left
/// blank stay as they were on that date. The person's current terms are the latest entry's.
pub fn add_terms_change(
    db: &mut Database,
    id: PersonId,
    draft: &TermsChangeDraft,
) -> CoreResult<Vec<TermsEntry>> {
    let person = get_person(db, id)?;
    let history = db.store.terms_history(id)?;
    let dp = &person.details.dp;
    let entry = validate_terms_change(draft, &history, dp.start_date, dp.end_date)?;
    db.store.insert_terms_change(id, &entry)?;
    Ok(db.store.terms_history(id)?)
}

/// The form for editing a saved person, filled in.
pub fn person_draft(db: &Database, id: PersonId) -> CoreResult<PersonDraft> {
    Ok(get_person(db, id)?.details.to_draft())
}

/// People whose name or council reference matches every word of `query`, by name.
pub fn list_people(
    db: &Database,
    query: &str,
    include_archived: bool,
) -> CoreResult<Vec<PersonSummary>> {
    let mut people = db.store.people(include_archived)?;
    people.retain(|p| matches(p, query));
    Ok(people)
}

/// Archives a person: they leave the list but nothing is deleted. An archived person stops being the
/// current person.
pub fn archive_person(db: &mut Database, id: PersonId) -> CoreResult<()> {
    if !db.store.set_archived(id, true)? {
        return Err(not_found(id));
    }
    if db.store.current_person_id()? == Some(id) {
        db.store.set_current_person_id(None)?;
    }
    Ok(())
}

pub fn restore_person(db: &mut Database, id: PersonId) -> CoreResult<()> {
    if !db.store.set_archived(id, false)? {
        return Err(not_found(id));
    }
    Ok(())
}

pub fn current_person(db: &Database) -> CoreResult<Option<PersonSummary>> {
    let Some(id) = db.store.current_person_id()? else {
        return Ok(None);
    };
    Ok(db.store.person_summary(id)?.filter(|p| !p.archived))
}

pub fn set_current_person(db: &mut Database, id: Option<PersonId>) -> CoreResult<()> {
    if let Some(id) = id {
        let person = get_person(db, id)?;
        if person.archived {
            let mut p = Problems::default();
            p.add("person", "Restore this person before working on them");
            return Err(p.into());
        }
    }
    Ok(db.store.set_current_person_id(id)?)
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
    let start = p.finish(|| start)?;
    Ok(default_review_dates(start, end))
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
    CoreError::NotFound {
        what: "person",
        id: id.0,
    }
}
