//! Custom document templates a council or adviser has loaded, one per kind of document, kept in the
//! settings table (no table of their own is needed). The caller checks a template before saving it.

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreResult};

fn key(kind_code: &str) -> String {
    format!("template.{kind_code}")
}

impl Store {
    /// The custom template saved for the kind of document with this code, if any.
    pub fn custom_template(&self, kind_code: &str) -> StoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM setting WHERE key = ?1",
                [key(kind_code)],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Saves a custom template for a kind of document, or with `None` goes back to the built-in one.
    pub fn set_custom_template(
        &mut self,
        kind_code: &str,
        source: Option<&str>,
    ) -> StoreResult<()> {
        match source {
            Some(source) => self.conn.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key(kind_code), source],
            )?,
            None => self
                .conn
                .execute("DELETE FROM setting WHERE key = ?1", [key(kind_code)])?,
        };
        Ok(())
    }
}
