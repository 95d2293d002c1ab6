//! Finding contacts: full-text prefix search (FTS5, ranked by bm25) with the filters answered by
//! the same index where they can be, and the plain `LIKE` scan the benchmark compares it with.

use chrono::{Days, NaiveDate};
use rusqlite::types::Value;

use super::contacts::{read_details, skill_bit};
use super::{Store, StoreResult};
use crate::contacts::{
    area_query, prefix_query, search_words, skill_facet, slot_facet, Contact, ContactId,
    ContactQuery, ContactRules, ContactSort, ARCHIVED_FACET, DEFAULT_LIMIT, TRAINING_WARNING_DAYS,
};

/// The contacts a query found: one page of them, and how many matched in all.
#[derive(Debug)]
pub struct ContactHits {
    pub contacts: Vec<Contact>,
    pub total: u32,
}

/// A query turned into SQL: the `FROM … WHERE …` part with its arguments, and an order.
struct Plan {
    from_where: String,
    args: Vec<Value>,
    order: &'static str,
}

impl Store {
    pub fn search_contacts(
        &self,
        q: &ContactQuery,
        rules: ContactRules,
        today: NaiveDate,
    ) -> StoreResult<ContactHits> {
        let plan = match index_query(q) {
            Some(expression) => {
                let mut plan = Plan {
                    from_where:
                        "contact_fts f JOIN contact c ON c.id = f.rowid WHERE contact_fts MATCH ?"
                            .into(),
                    args: vec![Value::Text(expression)],
                    order: "c.sort_name",
                };
                // Every contact has a status, so its word would be in every row of the index: the
                // column is quicker.
                push_status_filter(&mut plan, q);
                push_date_filters(&mut plan, q, rules, today);
                if q.sort == ContactSort::Relevance && prefix_query(&q.text).is_some() {
                    plan.order = "f.rank";
                    if plan.args.len() == 1 {
                        // Nothing but the index is asked: let FTS5 rank and count on its own.
                        plan.from_where = "contact_fts f WHERE contact_fts MATCH ?".into();
                    }
                }
                plan
            }
            None => {
                let mut plan = Plan {
                    from_where: "contact c WHERE 1".into(),
                    args: vec![],
                    order: "c.sort_name",
                };
                push_column_filters(&mut plan, q);
                push_date_filters(&mut plan, q, rules, today);
                plan
            }
        };
        let plan = Plan {
            order: if q.sort == ContactSort::LastContacted {
                "c.last_contacted_on IS NULL, c.last_contacted_on DESC, c.sort_name"
            } else {
                plan.order
            },
            ..plan
        };
        self.run(plan, limit(q))
    }

    /// The same query answered by scanning every contact with `LIKE '%word%'` instead of the
    /// index: what a simple implementation would do. Only the benchmark uses it, to show what the
    /// index is worth; it orders by name.
    pub fn search_contacts_by_scan(
        &self,
        q: &ContactQuery,
        rules: ContactRules,
        today: NaiveDate,
    ) -> StoreResult<ContactHits> {
        let mut plan = Plan {
            from_where: "contact c JOIN contact_details d ON d.contact_id = c.id WHERE 1".into(),
            args: vec![],
            order: "c.sort_name",
        };
        for word in search_words(&q.text) {
            plan.from_where
                .push_str(" AND (c.sort_name || ' ' || d.details) LIKE ?");
            plan.args.push(Value::Text(format!("%{word}%")));
        }
        if !q.area.trim().is_empty() {
            plan.from_where.push_str(" AND d.details LIKE ?");
            plan.args.push(Value::Text(format!("%{}%", q.area.trim())));
        }
        push_column_filters(&mut plan, q);
        push_date_filters(&mut plan, q, rules, today);
        self.run(plan, limit(q))
    }

    /// Contacts (not archived) whose DBS check may be too old or whose training expires within the
    /// warning period; the caller works out the alerts themselves.
    pub fn contacts_with_possible_alerts(
        &self,
        rules: ContactRules,
        today: NaiveDate,
    ) -> StoreResult<Vec<Contact>> {
        let soon = today + Days::new(TRAINING_WARNING_DAYS);
        let plan = Plan {
            from_where: "contact c WHERE c.archived_at IS NULL AND (
                       (c.dbs_issue_date < ? AND NOT c.dbs_update_service) OR c.earliest_training_expiry <= ?)"
                .into(),
            args: vec![
                Value::Text(rules.oldest_dbs_issue_date(today).to_string()),
                Value::Text(soon.to_string()),
            ],
            order: "c.sort_name",
        };
        Ok(self.run(plan, i64::MAX)?.contacts)
    }

    /// One page of ids in order, then their details; the total is counted only when the page is full.
    fn run(&self, plan: Plan, limit: i64) -> StoreResult<ContactHits> {
        let id_column = if plan.from_where.starts_with("contact c") {
            "c.id"
        } else {
            "f.rowid"
        };
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {id_column} FROM {} ORDER BY {}, {id_column} LIMIT ?",
            plan.from_where, plan.order
        ))?;
        let mut args = plan.args.clone();
        args.push(Value::Integer(limit));
        let ids: Vec<ContactId> = st
            .query_map(rusqlite::params_from_iter(args), |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let total = if (ids.len() as i64) < limit {
            ids.len() as u32
        } else {
            self.conn
                .prepare_cached(&format!("SELECT count(*) FROM {}", plan.from_where))?
                .query_row(rusqlite::params_from_iter(plan.args), |r| r.get(0))?
        };
        let mut read = self.conn.prepare_cached(
            "SELECT d.details, c.archived_at IS NOT NULL FROM contact c
                 JOIN contact_details d ON d.contact_id = c.id WHERE c.id = ?1",
        )?;
        let mut contacts = Vec::with_capacity(ids.len());
        for id in ids {
            let (json, archived): (String, bool) =
                read.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            contacts.push(Contact {
                id,
                archived,
                details: read_details(&json)?,
            });
        }
        Ok(ContactHits { contacts, total })
    }
}

/// The FTS5 expression for what was typed and the filters the index can answer, or None when
/// nothing was typed and no such filter chosen (then the contact table is read in name order).
fn index_query(q: &ContactQuery) -> Option<String> {
    let mut terms: Vec<String> = [prefix_query(&q.text), area_query(&q.area)]
        .into_iter()
        .flatten()
        .collect();
    terms.extend(q.skill.map(skill_facet));
    terms.extend(q.free_in.map(slot_facet));
    if terms.is_empty() {
        return None;
    }
    let expression = terms.join(" AND ");
    Some(if q.include_archived {
        expression
    } else {
        format!("({expression}) NOT {ARCHIVED_FACET}")
    })
}

fn limit(q: &ContactQuery) -> i64 {
    i64::from(if q.limit == 0 { DEFAULT_LIMIT } else { q.limit })
}

/// The filters read from the contact table's own columns, when the index is not used.
fn push_column_filters(plan: &mut Plan, q: &ContactQuery) {
    let (sql, args) = (&mut plan.from_where, &mut plan.args);
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
    push_status_filter(plan, q);
}

fn push_status_filter(plan: &mut Plan, q: &ContactQuery) {
    if let Some(status) = q.status {
        plan.from_where.push_str(" AND c.status = ?");
        plan.args.push(Value::Text(status.code().to_string()));
    }
}

/// The filters that depend on today's date, always read from the contact table.
fn push_date_filters(plan: &mut Plan, q: &ContactQuery, rules: ContactRules, today: NaiveDate) {
    let (sql, args) = (&mut plan.from_where, &mut plan.args);
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
