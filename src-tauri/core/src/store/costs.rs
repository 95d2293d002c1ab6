//! Saving and reading costing settings, employments' costing facts and plan lines (JSON columns).

use rusqlite::{params, OptionalExtension};
use serde::{de::DeserializeOwned, Serialize};

use super::{Store, StoreError, StoreResult};
use crate::model::costs::{CostSettings, EmploymentCostTerms, PlanLine, PlanLineId, SavedPlanLine};
use crate::model::employment::EmploymentId;
use crate::model::people::PersonId;

fn to_json<T: Serialize>(value: &T) -> StoreResult<String> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn from_json<T: DeserializeOwned>(text: &str, what: &str) -> StoreResult<T> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

impl Store {
    /// The person's costing settings, or the defaults when none are saved.
    pub fn cost_settings(&self, person: PersonId) -> StoreResult<CostSettings> {
        let text: Option<String> = self
            .conn
            .query_row(
                "SELECT settings FROM cost_settings WHERE person_id = ?1",
                [person],
                |r| r.get(0),
            )
            .optional()?;
        text.map_or(Ok(CostSettings::default()), |t| {
            from_json(&t, "cost settings")
        })
    }

    pub fn save_cost_settings(
        &mut self,
        person: PersonId,
        settings: &CostSettings,
    ) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO cost_settings (person_id, settings) VALUES (?1, ?2)
             ON CONFLICT(person_id) DO UPDATE SET settings = excluded.settings",
            params![person, to_json(settings)?],
        )?;
        Ok(())
    }

    pub fn employment_cost_terms(
        &self,
        employment: EmploymentId,
    ) -> StoreResult<EmploymentCostTerms> {
        let text: Option<String> = self
            .conn
            .query_row(
                "SELECT terms FROM employment_cost_terms WHERE employment_id = ?1",
                [employment],
                |r| r.get(0),
            )
            .optional()?;
        text.map_or(Ok(EmploymentCostTerms::default()), |t| {
            from_json(&t, "employment cost terms")
        })
    }

    pub fn save_employment_cost_terms(
        &mut self,
        employment: EmploymentId,
        terms: &EmploymentCostTerms,
    ) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO employment_cost_terms (employment_id, terms) VALUES (?1, ?2)
             ON CONFLICT(employment_id) DO UPDATE SET terms = excluded.terms",
            params![employment, to_json(terms)?],
        )?;
        Ok(())
    }

    pub fn plan_lines(&self, person: PersonId) -> StoreResult<Vec<SavedPlanLine>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT id, line FROM plan_line WHERE person_id = ?1 ORDER BY id")?;
        let rows = st.query_map([person], |r| {
            Ok((r.get::<_, PlanLineId>(0)?, r.get::<_, String>(1)?))
        })?;
        rows.map(|row| {
            let (id, text) = row?;
            Ok(SavedPlanLine {
                id,
                line: from_json(&text, "plan line")?,
            })
        })
        .collect()
    }

    pub fn insert_plan_line(
        &mut self,
        person: PersonId,
        line: &PlanLine,
    ) -> StoreResult<PlanLineId> {
        self.conn.execute(
            "INSERT INTO plan_line (person_id, line) VALUES (?1, ?2)",
            params![person, to_json(line)?],
        )?;
        Ok(PlanLineId(self.conn.last_insert_rowid()))
    }

    /// The person the line belongs to, if it existed and was removed.
    pub fn delete_plan_line(&mut self, id: PlanLineId) -> StoreResult<Option<PersonId>> {
        let person: Option<PersonId> = self
            .conn
            .query_row("SELECT person_id FROM plan_line WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        self.conn
            .execute("DELETE FROM plan_line WHERE id = ?1", [id])?;
        Ok(person)
    }
}
