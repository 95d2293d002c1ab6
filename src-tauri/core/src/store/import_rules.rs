//! Saving and reading the remembered rules that file statement lines as they are imported.

use rusqlite::params;

use super::people::{code, timestamp};
use super::{Store, StoreResult};
use crate::model::ids::{ImportRuleId, PersonId};
use crate::model::statement::{ImportRule, ImportRuleDetails};

impl Store {
    pub fn insert_import_rule(
        &mut self,
        person: PersonId,
        rule: &ImportRuleDetails,
    ) -> StoreResult<ImportRuleId> {
        self.conn.execute(
            "INSERT INTO account_import_rule (person_id, contains, category, counterparty, employment_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                person,
                rule.contains,
                rule.category.code(),
                rule.counterparty,
                rule.employment_id,
                timestamp()
            ],
        )?;
        Ok(ImportRuleId(self.conn.last_insert_rowid()))
    }

    /// A person's rules, oldest first (the order they are tried in).
    pub fn import_rules(&self, person: PersonId) -> StoreResult<Vec<ImportRule>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, contains, category, counterparty, employment_id
             FROM account_import_rule WHERE person_id = ?1 ORDER BY id",
        )?;
        let rows = st.query_map([person], |r| {
            Ok((
                r.get::<_, ImportRuleId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        })?;
        rows.map(|row| {
            let (id, contains, category, counterparty, employment_id) = row?;
            Ok(ImportRule {
                id,
                details: ImportRuleDetails {
                    contains,
                    category: code(&category)?,
                    counterparty,
                    employment_id,
                },
            })
        })
        .collect()
    }

    /// Returns false if the person has no such rule.
    pub fn delete_import_rule(&mut self, person: PersonId, id: ImportRuleId) -> StoreResult<bool> {
        let gone = self.conn.execute(
            "DELETE FROM account_import_rule WHERE id = ?1 AND person_id = ?2",
            params![id, person],
        )?;
        Ok(gone == 1)
    }
}
