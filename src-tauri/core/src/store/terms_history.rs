//! The history of each direct payment's terms. `dp_terms` keeps the latest entry's amounts (what the
//! person's form shows and edits); this table keeps every entry with the date it takes effect.

use rusqlite::{params, Transaction};

use super::people::{code, money, parse_date, timestamp};
use super::{Store, StoreResult};
use crate::model::people::{DpTerms, PersonId, TermsEntry};

impl Store {
    /// Every entry of a person's terms, oldest first.
    pub fn terms_history(&self, person: PersonId) -> StoreResult<Vec<TermsEntry>> {
        let mut statement = self.conn.prepare_cached(
            "SELECT effective_from, gross_amount, period, contribution, reason
             FROM dp_terms_change WHERE person_id = ?1 ORDER BY effective_from",
        )?;
        let rows = statement.query_map([person], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        rows.map(|row| {
            let (from, gross, period, contribution, reason) = row?;
            Ok(TermsEntry {
                effective_from: parse_date(&from)?,
                gross_amount: money(&gross)?,
                period: code(&period)?,
                contribution: money(&contribution)?,
                reason,
            })
        })
        .collect()
    }

    /// Adds a change of terms; the person's current terms become the latest entry's.
    pub fn insert_terms_change(&mut self, person: PersonId, entry: &TermsEntry) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO dp_terms_change (person_id, effective_from, gross_amount, period, contribution, reason, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                person,
                entry.effective_from.to_string(),
                entry.gross_amount.to_canonical_string(),
                entry.period.code(),
                entry.contribution.to_canonical_string(),
                entry.reason,
                timestamp()
            ],
        )?;
        tx.execute(
            "UPDATE dp_terms SET (gross_amount, period, contribution) =
                (SELECT gross_amount, period, contribution FROM dp_terms_change
                 WHERE person_id = ?1 ORDER BY effective_from DESC LIMIT 1)
             WHERE person_id = ?1",
            [person],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// Keeps the history in step with the person's form: a new person's terms become the first entry;
/// afterwards the first entry starts on the start date and the latest takes the form's amounts.
pub(super) fn follow_the_form(tx: &Transaction, person: PersonId, t: &DpTerms) -> StoreResult<()> {
    let (gross, contribution) = (
        t.gross_amount.to_canonical_string(),
        t.contribution.to_canonical_string(),
    );
    let entries: i64 = tx.query_row(
        "SELECT count(*) FROM dp_terms_change WHERE person_id = ?1",
        [person],
        |r| r.get(0),
    )?;
    if entries == 0 {
        tx.execute(
            "INSERT INTO dp_terms_change (person_id, effective_from, gross_amount, period, contribution, reason, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'The terms when the direct payment started', ?6)",
            params![person, t.start_date.to_string(), gross, t.period.code(), contribution, timestamp()],
        )?;
        return Ok(());
    }
    tx.execute(
        "UPDATE dp_terms_change SET effective_from = ?2
         WHERE id = (SELECT id FROM dp_terms_change WHERE person_id = ?1 ORDER BY effective_from LIMIT 1)",
        params![person, t.start_date.to_string()],
    )?;
    tx.execute(
        "UPDATE dp_terms_change SET gross_amount = ?2, period = ?3, contribution = ?4
         WHERE id = (SELECT id FROM dp_terms_change WHERE person_id = ?1 ORDER BY effective_from DESC LIMIT 1)",
        params![person, gross, t.period.code(), contribution],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::money::Money;
    use crate::model::period::PaymentPeriod;
    use chrono::NaiveDate;
    use std::str::FromStr;

    #[test]
    fn saved_terms_become_the_first_entry_from_the_start_date() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        let migrations = super::super::migrations::all();
        migrations.to_version(&mut conn, 5).unwrap();
        conn.execute_batch(
            "INSERT INTO person (id, full_name, date_of_birth, council, recipient_type, created_at, updated_at)
             VALUES (1, 'Ann', '1950-01-01', 'Kent', 'adult_service_user', 'x', 'x');
             INSERT INTO dp_terms (person_id, gross_amount, period, contribution, excess_threshold_weeks, start_date)
             VALUES (1, '1250.00', 'four_weekly', '180.40', 4, '2026-01-05');",
        )
        .unwrap();
        migrations.to_latest(&mut conn).unwrap();
        let store = Store {
            conn,
            in_date: Default::default(),
            key: None,
        };
        let history = store.terms_history(PersonId(1)).unwrap();
        assert_eq!(
            history,
            [TermsEntry {
                effective_from: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
                gross_amount: Money::from_str("1250.00").unwrap(),
                period: PaymentPeriod::FourWeekly,
                contribution: Money::from_str("180.40").unwrap(),
                reason: "The terms when the direct payment started".into(),
            }]
        );
    }
}
