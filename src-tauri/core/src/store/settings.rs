//! Small app-wide settings kept in the database.

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreResult};
use crate::people::PersonId;

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
