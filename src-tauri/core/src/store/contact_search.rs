//! Finding contacts: full-text prefix search (FTS5, ranked by bm25) combined with filters, and the
//! plain `LIKE` scan the benchmark compares it with.

use chrono::{Days, NaiveDate};
use rusqlite::types::Value;

use super::contacts::{read_details, skill_bit};
use super::{Store, StoreResult};
use crate::contacts::{
    area_query, prefix_query, search_words, Contact, ContactQuery, ContactRules, ContactSort,
    DEFAULT_LIMIT, TRAINING_WARNING_DAYS,
};

/// The contacts a query found: one page of them, and how many matched in all.
#[derive(Debug)]
pub struct ContactHits {
    pub contacts: Vec<Contact>,
    pub total: u32,
}

/// bm25 weights for name, notes, skills, tags and areas: a match in the name counts most.
const RANK: &str = "bm25(contact_fts, 10.0, 1.0, 3.0, 3.0, 3.0)";

impl Store {
    pub fn search_contacts(
        &self,
        q: &ContactQuery,
        rules: ContactRules,
        today: NaiveDate,
    ) -> StoreResult<ContactHits> {
        let text = prefix_query(&q.text);
        let area = area_query(&q.area);
        let fts: Vec<String> = [text.clone(), area].into_iter().flatten().collect();
        let mut sql = String::from(
            "SELECT c.id, c.details, c.archived_at IS NOT NULL, count(*) OVER () FROM ",
        );
        let mut args: Vec<Value> = Vec::new();
        if fts.is_empty() {
            sql.push_str("contact c WHERE 1");
        } else {
            sql.push_str(&format!(
                "(SELECT rowid, {RANK} AS rank FROM contact_fts WHERE contact_fts MATCH ?) f \
                 JOIN contact c ON c.id = f.rowid WHERE 1"
            ));
            args.push(Value::Text(fts.join(" AND ")));
        }
        push_filters(&mut sql, &mut args, q, rules, today);
        sql.push_str(" ORDER BY ");
        sql.push_str(match (q.sort, text.is_some()) {
            (ContactSort::Relevance, true) => "f.rank",
            (ContactSort::LastContacted, _) => {
                "c.last_contacted_on IS NULL, c.last_contacted_on DESC"
            }
            _ => "c.sort_name",
        });
        sql.push_str(", c.sort_name, c.id LIMIT ?");
        args.push(Value::Integer(limit(q)));
        self.run_search(&sql, args)
    }

    /// The same query answered by scanning every contact with `LIKE '%word%'` instead of the
    /// index: what a simple implementation would do. Only the benchmark uses it, to show the index's
    /// worth; it ranks by name.
    pub fn search_contacts_by_scan(
        &self,
        q: &ContactQuery,
        rules: ContactRules,
        today: NaiveDate,
    ) -> StoreResult<ContactHits> {
        let mut sql = String::from(
            "SELECT c.id, c.details, c.archived_at IS NOT NULL, count(*) OVER () FROM contact c WHERE 1",
        );
        let mut args: Vec<Value> = Vec::new();
        for word in search_words(&q.text) {
            sql.push_str(" AND (c.sort_name || ' ' || c.details) LIKE ?");
            args.push(Value::Text(format!("%{word}%")));
        }
        if !q.area.trim().is_empty() {
            sql.push_str(" AND c.details LIKE ?");
            args.push(Value::Text(format!("%{}%", q.area.trim())));
        }
        push_filters(&mut sql, &mut args, q, rules, today);
        sql.push_str(" ORDER BY c.sort_name, c.id LIMIT ?");
        args.push(Value::Integer(limit(q)));
        self.run_search(&sql, args)
    }

    /// Contacts (not archived) whose DBS check may be too old or whose training expires within the
    /// warning period; the caller works out the alerts themselves.
    pub fn contacts_with_possible_alerts(
        &self,
        rules: ContactRules,
        today: NaiveDate,
    ) -> StoreResult<Vec<Contact>> {
        let soon = today + Days::new(TRAINING_WARNING_DAYS);
        let sql = "SELECT c.id, c.details, 0, 0 FROM contact c WHERE c.archived_at IS NULL AND (
                       (c.dbs_issue_date < ? AND NOT c.dbs_update_service) OR c.earliest_training_expiry <= ?)
                   ORDER BY c.sort_name";
        let args = vec![
            Value::Text(rules.oldest_dbs_issue_date(today).to_string()),
            Value::Text(soon.to_string()),
        ];
        Ok(self.run_search(sql, args)?.contacts)
    }

    fn run_search(&self, sql: &str, args: Vec<Value>) -> StoreResult<ContactHits> {
        let mut st = self.conn.prepare_cached(sql)?;
        let mut total = 0;
        let rows = st.query_map(rusqlite::params_from_iter(args), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, u32>(3)?,
            ))
        })?;
        let mut contacts = Vec::new();
        for row in rows {
            let (id, json, archived, count) = row?;
            total = count;
            contacts.push(Contact {
                id,
                archived,
                details: read_details(&json)?,
            });
        }
        Ok(ContactHits { contacts, total })
    }
}

fn limit(q: &ContactQuery) -> i64 {
    i64::from(if q.limit == 0 { DEFAULT_LIMIT } else { q.limit })
}

fn push_filters(
    sql: &mut String,
    args: &mut Vec<Value>,
    q: &ContactQuery,
    rules: ContactRules,
    today: NaiveDate,
) {
    if !q.include_archived {
        sql.push_str(" AND c.archived_at IS NULL");
    }
    if let Some(skill) = q.skill {
        sql.push_str(" AND (c.skills & ?) != 0");
        args.push(Value::Integer(skill_bit(skill)));
    }
    if let Some(slot) = q.free_in {
        sql.push_str(" AND (c.availability & ?) != 0");
        args.push(Value::Integer(slot.bit()));
    }
    if let Some(status) = q.status {
        sql.push_str(" AND c.status = ?");
        args.push(Value::Text(status.code().to_string()));
    }
    if q.dbs_in_date {
        sql.push_str(" AND (c.dbs_update_service OR c.dbs_issue_date >= ?)");
        args.push(Value::Text(rules.oldest_dbs_issue_date(today).to_string()));
    }
    if q.training_in_date {
        sql.push_str(
            " AND (c.earliest_training_expiry IS NULL OR c.earliest_training_expiry >= ?)",
        );
        args.push(Value::Text(today.to_string()));
    }
}
