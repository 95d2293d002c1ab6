//! What the screens and the CLI show of a person: the stored details with figures worked out.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::age::age_on;
use super::figures::{dp_figures, DpFigures};
use super::person::{Person, PersonId};
use super::reviews::next_review;

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct PersonView {
    pub person: Person,
    pub age: i32,
    pub figures: DpFigures,
    pub next_review: Option<NaiveDate>,
}

impl PersonView {
    pub fn new(person: Person, today: NaiveDate) -> Self {
        PersonView {
            age: age_on(person.details.date_of_birth, today),
            figures: dp_figures(&person.details.dp),
            next_review: next_review(&person.details.dp.review_dates, today),
            person,
        }
    }
}

/// One row of the people list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PersonSummary {
    pub id: PersonId,
    pub full_name: String,
    pub preferred_name: Option<String>,
    pub date_of_birth: NaiveDate,
    pub council: String,
    pub council_reference: Option<String>,
    pub archived: bool,
}
