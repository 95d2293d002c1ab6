//! Saving and reading people, their managers, DP terms and review dates.

use std::str::FromStr;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::{Store, StoreError, StoreResult};
use crate::model::choice::Coded;
use crate::model::money::Money;
use crate::model::people::{
    AccountType, AuthorityBasis, DpTerms, Manager, Person, PersonDetails, PersonId, PersonSummary,
    Representative,
};

impl Store {
    /// Saves a new person with their manager, terms and reviews, all or nothing.
    /// Adds a person whose duties DP Hub keeps from `today`.
    pub fn insert_person(
        &mut self,
        details: &PersonDetails,
        today: NaiveDate,
    ) -> StoreResult<PersonId> {
        let tx = self.conn.transaction()?;
        let now = timestamp();
        tx.execute(
            "INSERT INTO person (full_name, date_of_birth, council, recipient_type, created_at, updated_at, duties_from)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
            params![details.full_name, details.date_of_birth.to_string(), details.council, details.recipient_type.code(), now, today.to_string()],
        )?;
        let id = PersonId(tx.last_insert_rowid());
        write_details(&tx, id, details)?;
        tx.commit()?;
        Ok(id)
    }

    /// Replaces a person's details, all or nothing. Returns false if there is no such person.
    pub fn update_person(&mut self, id: PersonId, details: &PersonDetails) -> StoreResult<bool> {
        let tx = self.conn.transaction()?;
        let exists = tx
            .query_row("SELECT 1 FROM person WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some();
        if !exists {
            return Ok(false);
        }
        write_details(&tx, id, details)?;
        tx.commit()?;
        Ok(true)
    }

    /// The day DP Hub began keeping the person's duties.
    pub fn duties_from(&self, id: PersonId) -> StoreResult<Option<NaiveDate>> {
        let day: Option<Option<String>> = self
            .conn
            .query_row("SELECT duties_from FROM person WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        day.flatten().map(|d| parse_date(&d)).transpose()
    }

    pub fn person(&self, id: PersonId) -> StoreResult<Option<Person>> {
        let found = self
            .conn
            .query_row(
                "SELECT p.full_name, p.preferred_name, p.date_of_birth, p.address, p.postcode, p.phone, p.email,
                        p.council, p.council_reference, p.notes, p.recipient_type, p.archived_at IS NOT NULL,
                        m.managed_by, m.authority_basis, m.name, m.relationship, m.phone, m.email, m.address,
                        t.gross_amount, t.period, t.contribution, t.first_payment_date, t.account_type,
                        t.excess_threshold_weeks, t.start_date, t.end_date
                 FROM person p JOIN dp_manager m ON m.person_id = p.id JOIN dp_terms t ON t.person_id = p.id
                 WHERE p.id = ?1",
                [id],
                |row| Ok(read_person_row(row)),
            )
            .optional()?;
        let Some(found) = found else { return Ok(None) };
        let (archived, mut details) = found?;
        details.dp.review_dates = self.review_dates(id)?;
        Ok(Some(Person {
            id,
            archived,
            details,
        }))
    }

    /// One row of the people list.
    pub fn person_summary(&self, id: PersonId) -> StoreResult<Option<PersonSummary>> {
        let found = self
            .conn
            .query_row(&format!("{SUMMARY_COLUMNS} WHERE id = ?1"), [id], |row| {
                Ok(read_summary_row(row))
            })
            .optional()?;
        found.transpose()
    }

    /// Everyone, by name; archived people only when asked for.
    pub fn people(&self, include_archived: bool) -> StoreResult<Vec<PersonSummary>> {
        let mut statement = self.conn.prepare(&format!(
            "{SUMMARY_COLUMNS} WHERE ?1 OR archived_at IS NULL ORDER BY full_name COLLATE NOCASE, id"
        ))?;
        let rows = statement.query_map([include_archived], |row| Ok(read_summary_row(row)))?;
        rows.map(|row| row?).collect()
    }

    /// Archives or restores. Returns false if there is no such person.
    pub fn set_archived(&mut self, id: PersonId, archived: bool) -> StoreResult<bool> {
        let changed = self.conn.execute(
            "UPDATE person SET archived_at = CASE WHEN ?2 THEN coalesce(archived_at, ?3) END, updated_at = ?3 WHERE id = ?1",
            params![id, archived, timestamp()],
        )?;
        Ok(changed == 1)
    }

    fn review_dates(&self, id: PersonId) -> StoreResult<Vec<NaiveDate>> {
        let mut statement = self
            .conn
            .prepare("SELECT due_date FROM dp_review WHERE person_id = ?1 ORDER BY due_date")?;
        let texts = statement.query_map([id], |r| r.get::<_, String>(0))?;
        texts.map(|t| parse_date(&t?)).collect()
    }
}

fn write_details(tx: &Transaction, id: PersonId, d: &PersonDetails) -> StoreResult<()> {
    tx.execute(
        "UPDATE person SET full_name = ?2, preferred_name = ?3, date_of_birth = ?4, address = ?5, postcode = ?6,
                phone = ?7, email = ?8, council = ?9, council_reference = ?10, notes = ?11, recipient_type = ?12,
                updated_at = ?13
         WHERE id = ?1",
        params![
            id, d.full_name, d.preferred_name, d.date_of_birth.to_string(), d.address, d.postcode, d.phone, d.email,
            d.council, d.council_reference, d.notes, d.recipient_type.code(), timestamp()
        ],
    )?;
    let m = &d.manager;
    let rep = m.representative.as_ref();
    tx.execute(
        "INSERT OR REPLACE INTO dp_manager (person_id, managed_by, authority_basis, name, relationship, phone, email, address)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            id,
            m.managed_by.code(),
            m.authority_basis.map(AuthorityBasis::code),
            rep.map(|r| &r.name),
            rep.and_then(|r| r.relationship.as_ref()),
            rep.and_then(|r| r.phone.as_ref()),
            rep.and_then(|r| r.email.as_ref()),
            rep.map(|r| r.address.as_str()).unwrap_or(""),
        ],
    )?;
    let t = &d.dp;
    tx.execute(
        "INSERT OR REPLACE INTO dp_terms (person_id, gross_amount, period, contribution, first_payment_date,
                account_type, excess_threshold_weeks, start_date, end_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id,
            t.gross_amount.to_canonical_string(),
            t.period.code(),
            t.contribution.to_canonical_string(),
            t.first_payment_date.map(|d| d.to_string()),
            t.account_type.map(AccountType::code),
            t.excess_threshold_weeks,
            t.start_date.to_string(),
            t.end_date.map(|d| d.to_string()),
        ],
    )?;
    super::terms_history::follow_the_form(tx, id, t)?;
    tx.execute("DELETE FROM dp_review WHERE person_id = ?1", [id])?;
    for date in &t.review_dates {
        tx.execute(
            "INSERT INTO dp_review (person_id, due_date) VALUES (?1, ?2)",
            params![id, date.to_string()],
        )?;
    }
    Ok(())
}

/// The columns [`read_summary_row`] reads, in its order.
const SUMMARY_COLUMNS: &str =
    "SELECT id, full_name, preferred_name, date_of_birth, council, council_reference, \
     archived_at IS NOT NULL FROM person";

fn read_summary_row(row: &Row) -> StoreResult<PersonSummary> {
    Ok(PersonSummary {
        id: row.get(0)?,
        full_name: row.get(1)?,
        preferred_name: row.get(2)?,
        date_of_birth: parse_date(&row.get::<_, String>(3)?)?,
        council: row.get(4)?,
        council_reference: row.get(5)?,
        archived: row.get(6)?,
    })
}

type PersonRow = StoreResult<(bool, PersonDetails)>;

/// Reads the joined row of [`Store::person`]; stored codes that no longer parse are reported, not panicked on.
fn read_person_row(row: &Row) -> PersonRow {
    let text = |i: usize| row.get::<_, String>(i).map_err(StoreError::from);
    let opt = |i: usize| row.get::<_, Option<String>>(i).map_err(StoreError::from);
    let opt_date = |i: usize| opt(i)?.map(|s| parse_date(&s)).transpose();
    let representative = opt(14)?.map(|name| -> StoreResult<Representative> {
        Ok(Representative {
            name,
            relationship: opt(15)?,
            phone: opt(16)?,
            email: opt(17)?,
            address: text(18)?,
        })
    });
    let details = PersonDetails {
        full_name: text(0)?,
        preferred_name: opt(1)?,
        date_of_birth: parse_date(&text(2)?)?,
        address: text(3)?,
        postcode: opt(4)?,
        phone: opt(5)?,
        email: opt(6)?,
        council: text(7)?,
        council_reference: opt(8)?,
        notes: text(9)?,
        recipient_type: code(&text(10)?)?,
        manager: Manager {
            managed_by: code(&text(12)?)?,
            authority_basis: opt(13)?.map(|c| code(&c)).transpose()?,
            representative: representative.transpose()?,
        },
        dp: DpTerms {
            gross_amount: money(&text(19)?)?,
            period: code(&text(20)?)?,
            contribution: money(&text(21)?)?,
            first_payment_date: opt_date(22)?,
            account_type: opt(23)?.map(|c| code(&c)).transpose()?,
            excess_threshold_weeks: row.get(24)?,
            start_date: parse_date(&text(25)?)?,
            end_date: opt_date(26)?,
            review_dates: Vec::new(),
        },
    };
    Ok((row.get(11)?, details))
}

pub(super) fn code<T: Coded>(stored: &str) -> StoreResult<T> {
    T::from_code(stored).ok_or_else(|| StoreError::Corrupt(format!("unknown code {stored:?}")))
}

pub(super) fn money(stored: &str) -> StoreResult<Money> {
    Money::from_str(stored).map_err(|_| StoreError::Corrupt(format!("amount {stored:?}")))
}

pub(super) fn parse_date(stored: &str) -> StoreResult<NaiveDate> {
    NaiveDate::from_str(stored).map_err(|_| StoreError::Corrupt(format!("date {stored:?}")))
}

/// When a row was written, in UTC. Kept for the record; nothing is worked out from it.
pub(super) fn timestamp() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::people::{
        validate_person, DpTermsDraft, ManagedBy, ManagerDraft, PersonDraft, RecipientType,
    };

    fn details(name: &str) -> PersonDetails {
        let draft = PersonDraft {
            full_name: name.into(),
            date_of_birth: "1950-05-01".into(),
            council: "Kent County Council".into(),
            recipient_type: Some(RecipientType::AdultServiceUser),
            manager: ManagerDraft {
                managed_by: Some(ManagedBy::Themself),
                ..Default::default()
            },
            dp: DpTermsDraft {
                gross_amount: "500".into(),
                start_date: "2026-04-06".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        validate_person(&draft, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()).unwrap()
    }

    /// Makes the DP terms row break the table's CHECK, so the write fails after the person row.
    fn breaking_the_terms(mut d: PersonDetails) -> PersonDetails {
        d.dp.excess_threshold_weeks = 0;
        d
    }

    #[test]
    fn a_failed_insert_leaves_no_part_of_the_person() {
        let mut store = Store::open_in_memory().unwrap();
        assert!(store
            .insert_person(
                &breaking_the_terms(details("Ann")),
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
            )
            .is_err());
        assert!(store.people(true).unwrap().is_empty());
        let orphans: i64 = store
            .conn
            .query_row("SELECT count(*) FROM dp_manager", [], |r| r.get(0))
            .unwrap();
        assert_eq!(orphans, 0);
    }

    #[test]
    fn a_failed_update_leaves_the_person_as_they_were() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store
            .insert_person(
                &details("Ann"),
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            )
            .unwrap();
        let before = store.person(id).unwrap().unwrap();
        assert!(store
            .update_person(id, &breaking_the_terms(details("Bea")))
            .is_err());
        assert_eq!(store.person(id).unwrap().unwrap(), before);
    }

    #[test]
    fn money_is_stored_as_exact_text() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store
            .insert_person(
                &details("Ann"),
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            )
            .unwrap();
        let (value, kind): (String, String) = store
            .conn
            .query_row(
                "SELECT gross_amount, typeof(gross_amount) FROM dp_terms WHERE person_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((value.as_str(), kind.as_str()), ("500.00", "text"));
    }

    #[test]
    fn archiving_an_unknown_person_changes_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        assert!(!store.set_archived(PersonId(7), true).unwrap());
        assert!(!store.update_person(PersonId(7), &details("Ann")).unwrap());
    }
}
