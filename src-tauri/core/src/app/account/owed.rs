//! Money owed: recorded with what, how much and when due; settled by linking the payment that paid it.

use super::entries::get_entry;
use crate::app::people::get_person;
use crate::app::Database;
use crate::model::account::{validate_owed, EntryId, Owed, OwedDraft, OwedId};
use crate::model::error::{CoreError, CoreResult};
use crate::model::people::PersonId;
use crate::model::validation::Problems;

pub fn add_owed(db: &mut Database, person: PersonId, draft: &OwedDraft) -> CoreResult<Owed> {
    get_person(db, person)?;
    let details = validate_owed(draft)?;
    let id = db.store.insert_owed(person, &details)?;
    get_owed(db, id)
}

/// Everything a person's account owes or owed, by due date.
pub fn list_owed(db: &Database, person: PersonId) -> CoreResult<Vec<Owed>> {
    get_person(db, person)?;
    Ok(db.store.owed(person)?)
}

/// Settles money owed with the payment that paid it (a payment out of the same account).
pub fn settle_owed(db: &mut Database, id: OwedId, entry: EntryId) -> CoreResult<Owed> {
    let owed = get_owed(db, id)?;
    let payment = match get_entry(db, entry) {
        Ok(payment) => payment,
        Err(CoreError::NotFound { .. }) => {
            return Err(problem(
                "entry_id",
                format!("There is no account entry with the number {entry}"),
            ))
        }
        Err(other) => return Err(other),
    };
    if let Some(by) = owed.settled_by {
        return Err(problem(
            "entry_id",
            format!("This was already settled by entry {by}"),
        ));
    }
    if payment.person_id != owed.person_id {
        return Err(problem(
            "entry_id",
            format!(
                "Entry {entry} is not in person {}'s account",
                owed.person_id
            ),
        ));
    }
    if payment.details.direction != crate::model::account::Direction::Out {
        return Err(problem(
            "entry_id",
            format!("Entry {entry} is money in: settle it with the payment out that paid it"),
        ));
    }
    db.store.settle_owed(id, owed.person_id, entry)?;
    get_owed(db, id)
}

fn get_owed(db: &Database, id: OwedId) -> CoreResult<Owed> {
    db.store.owed_item(id)?.ok_or(CoreError::NotFound {
        what: "owed item",
        id: id.0,
    })
}

fn problem(field: &str, message: String) -> CoreError {
    let mut p = Problems::default();
    p.add(field, message);
    p.into()
}
