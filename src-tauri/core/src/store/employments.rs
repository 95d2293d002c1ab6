//! Saving and reading employments.

use super::stored_terms::{read_terms_json, terms_json};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::people::{parse_date, timestamp};
use super::{Store, StoreResult};
use crate::model::contacts::ContactId;
use crate::model::employment::{Employment, EmploymentEnd, EmploymentId, JobTerms};
use crate::model::people::PersonId;

/// An employment with the names of the two sides, as lists show it.
#[derive(Debug)]
pub struct EmploymentRow {
    pub employment: Employment,
    pub person_name: String,
    pub contact_name: String,
    /// The day DP Hub began keeping the employment's duties.
    pub duties_from: Option<NaiveDate>,
}

const COLUMNS: &str = "SELECT e.id, e.person_id, e.contact_id, e.terms, e.end_date, e.end_reason,
        p.full_name, c.full_name, e.duties_from
     FROM employment e JOIN person p ON p.id = e.person_id JOIN contact c ON c.id = e.contact_id";

impl Store {
    pub fn insert_employment(
        &mut self,
        person: PersonId,
        contact: ContactId,
        terms: &JobTerms,
        today: NaiveDate,
    ) -> StoreResult<EmploymentId> {
        let now = timestamp();
        self.conn.execute(
            "INSERT INTO employment (person_id, contact_id, terms, start_date, created_at, updated_at, duties_from)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
            params![person, contact, terms_json(terms)?, terms.start_date.to_string(), now, today.to_string()],
        )?;
        Ok(EmploymentId(self.conn.last_insert_rowid()))
    }

    /// Returns false if there is no such employment.
    pub fn update_employment(
        &mut self,
        id: EmploymentId,
        person: PersonId,
        contact: ContactId,
        terms: &JobTerms,
    ) -> StoreResult<bool> {
        let changed = self.conn.execute(
            "UPDATE employment SET person_id = ?2, contact_id = ?3, terms = ?4, start_date = ?5, updated_at = ?6 WHERE id = ?1",
            params![id, person, contact, terms_json(terms)?, terms.start_date.to_string(), timestamp()],
        )?;
        Ok(changed == 1)
    }

    pub fn set_employment_end(
        &mut self,
        id: EmploymentId,
        end: Option<&EmploymentEnd>,
    ) -> StoreResult<bool> {
        let changed = self.conn.execute(
            "UPDATE employment SET end_date = ?2, end_reason = ?3, updated_at = ?4 WHERE id = ?1",
            params![
                id,
                end.map(|e| e.end_date.to_string()),
                end.map(|e| e.reason.as_str()),
                timestamp()
            ],
        )?;
        Ok(changed == 1)
    }

    pub fn employment(&self, id: EmploymentId) -> StoreResult<Option<EmploymentRow>> {
        self.conn
            .query_row(&format!("{COLUMNS} WHERE e.id = ?1"), [id], |r| {
                Ok(read_row(r))
            })
            .optional()?
            .transpose()
    }

    /// Employments of a person, of a contact, or both; current ones first, then by start date.
    pub fn employments(
        &self,
        person: Option<PersonId>,
        contact: Option<ContactId>,
    ) -> StoreResult<Vec<EmploymentRow>> {
        let mut st = self.conn.prepare_cached(&format!(
            "{COLUMNS} WHERE (?1 IS NULL OR e.person_id = ?1) AND (?2 IS NULL OR e.contact_id = ?2)
             ORDER BY e.end_date IS NOT NULL, e.start_date DESC, e.id"
        ))?;
        let rows = st.query_map(params![person, contact], |r| Ok(read_row(r)))?;
        rows.map(|r| r?).collect()
    }
}

fn read_row(r: &Row) -> StoreResult<EmploymentRow> {
    let terms: String = r.get(3)?;
    let end_date: Option<String> = r.get(4)?;
    let end_date: Option<NaiveDate> = end_date.map(|d| parse_date(&d)).transpose()?;
    let reason: Option<String> = r.get(5)?;
    Ok(EmploymentRow {
        employment: Employment {
            id: r.get(0)?,
            person_id: r.get(1)?,
            contact_id: r.get(2)?,
            terms: read_terms_json(&terms)?,
            ended: end_date.map(|end_date| EmploymentEnd {
                end_date,
                reason: reason.unwrap_or_default(),
            }),
        },
        person_name: r.get(6)?,
        contact_name: r.get(7)?,
        duties_from: r
            .get::<_, Option<String>>(8)?
            .map(|d| parse_date(&d))
            .transpose()?,
    })
}
