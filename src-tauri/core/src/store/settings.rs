//! Small app-wide settings kept in the database.

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreResult};
use crate::model::contacts::ContactRules;
use crate::model::people::PersonId;

const CURRENT_PERSON: &str = "current_person_id";

impl Store {
    /// The person later screens work on, if one is chosen and still exists.
    pub fn current_person_id(&self) -> StoreResult<Option<PersonId>> {
        let id = self
            .conn
            .query_row(
                "SELECT p.id FROM setting s JOIN person p ON p.id = CAST(s.value AS INTEGER) WHERE s.key = ?1",
                [CURRENT_PERSON],
                |r| r.get(0),
            )
            .optional()?;
        Ok(id)
    }

    pub fn set_current_person_id(&mut self, id: Option<PersonId>) -> StoreResult<()> {
        match id {
            Some(id) => self.conn.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![CURRENT_PERSON, id.to_string()],
            )?,
            None => self.conn.execute("DELETE FROM setting WHERE key = ?1", [CURRENT_PERSON])?,
        };
        Ok(())
    }
}

const DBS_MAX_AGE_YEARS: &str = "dbs_max_age_years";

impl Store {
    /// The council's rules for contacts' checks, or the usual ones when none are set.
    pub fn contact_rules(&self) -> StoreResult<ContactRules> {
        let years: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM setting WHERE key = ?1",
                [DBS_MAX_AGE_YEARS],
                |r| r.get(0),
            )
            .optional()?;
        Ok(years
            .and_then(|y| y.parse().ok())
            .map(|dbs_max_age_years| ContactRules { dbs_max_age_years })
            .unwrap_or_default())
    }

    pub fn set_contact_rules(&mut self, rules: ContactRules) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![DBS_MAX_AGE_YEARS, rules.dbs_max_age_years.to_string()],
        )?;
        Ok(())
    }
}

impl Store {
    /// How often the person's council asks for a monitoring return, as its code, if set.
    pub fn return_frequency(&self, person: PersonId) -> StoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM setting WHERE key = ?1",
                [format!("return_every:{person}")],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn set_return_frequency(&mut self, person: PersonId, code: &str) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![format!("return_every:{person}"), code],
        )?;
        Ok(())
    }
}

impl Store {
    /// How many years the person's records are kept, if set.
    pub fn keep_records_years(&self, person: PersonId) -> StoreResult<Option<u32>> {
        let value: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM setting WHERE key = ?1",
                [format!("keep_records:{person}")],
                |r| r.get(0),
            )
            .optional()?;
        Ok(value.and_then(|v| v.parse().ok()))
    }

    pub fn set_keep_records_years(&mut self, person: PersonId, years: u32) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![format!("keep_records:{person}"), years.to_string()],
        )?;
        Ok(())
    }
}
