//! Small app-wide settings kept in the database.

use rusqlite::OptionalExtension;

use super::{Store, StoreResult};
use crate::model::contacts::ContactRules;
use crate::model::people::PersonId;

const CURRENT_PERSON: &str = "current_person_id";

impl Store {
    /// A small setting kept in the database, by its key.
    pub fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

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
            Some(id) => self.set_setting(CURRENT_PERSON, &id.to_string())?,
            None => {
                self.conn
                    .execute("DELETE FROM setting WHERE key = ?1", [CURRENT_PERSON])?;
            }
        };
        Ok(())
    }
}

const DBS_MAX_AGE_YEARS: &str = "dbs_max_age_years";

impl Store {
    /// The council's rules for contacts' checks, or the usual ones when none are set.
    pub fn contact_rules(&self) -> StoreResult<ContactRules> {
        Ok(self
            .setting(DBS_MAX_AGE_YEARS)?
            .and_then(|y| y.parse().ok())
            .map(|dbs_max_age_years| ContactRules { dbs_max_age_years })
            .unwrap_or_default())
    }

    pub fn set_contact_rules(&mut self, rules: ContactRules) -> StoreResult<()> {
        self.set_setting(DBS_MAX_AGE_YEARS, &rules.dbs_max_age_years.to_string())
    }
}

impl Store {
    /// How often the person's council asks for a monitoring return, as its code, if set.
    pub fn return_frequency(&self, person: PersonId) -> StoreResult<Option<String>> {
        self.setting(&format!("return_every:{person}"))
    }

    pub fn set_return_frequency(&mut self, person: PersonId, code: &str) -> StoreResult<()> {
        self.set_setting(&format!("return_every:{person}"), code)
    }
}

impl Store {
    /// How many years the person's records are kept, if set.
    pub fn keep_records_years(&self, person: PersonId) -> StoreResult<Option<u32>> {
        Ok(self
            .setting(&format!("keep_records:{person}"))?
            .and_then(|v| v.parse().ok()))
    }

    pub fn set_keep_records_years(&mut self, person: PersonId, years: u32) -> StoreResult<()> {
        self.set_setting(&format!("keep_records:{person}"), &years.to_string())
    }
}
