//! Finding contacts: full-text prefix search (FTS5, ranked by `dphub_rank`) with the filters answered by
//! the same index where they can be, and the plain `LIKE` scan the benchmark compares it with.

use chrono::{Days, NaiveDate};
use rusqlite::types::Value;

use super::contacts::{read_details, skill_bit};
use super::in_date::InDateCheck;
use super::{Store, StoreResult};
use crate::model::contacts::{
    area_query, prefix_query, search_words, skill_facet, slot_facet, Contact, ContactId,
    ContactQuery, ContactRules, ContactSort, ARCHIVED_FACET, DEFAULT_LIMIT, TRAINING_WARNING_DAYS,
};

/// The contacts a query found: one page of them, and how many matched in all.
#[derive(Debug)]
pub struct ContactHits {
    pub contacts: Vec<Contact>,
    pub total: u32,
}

/// Matches beyond this many are neither counted nor ranked: a total of one more means "more than
/// this many".
pub const COUNTED_AT_MOST: u32 = 1000;

/// A query turned into SQL: the `FROM … WHERE …` part with its arguments, and an order; and the
/// in-date filters to apply as a ranked search's matches are read, when they are not in the SQL.
struct Plan {
    from_where: String,
    args: Vec<Value>,
    order: &'static str,
    in_date: Option<InDateCheck>,
}

impl Store {
    /// A page of the contacts `q` finds, best first, and how many it found (counted up to one more
    /// than [`COUNTED_AT_MOST`]).
    pub fn search_contacts(
        &self,
        q: &ContactQuery,
        rules: ContactRules,
        today: NaiveDate,
    ) -> StoreResult<ContactHits> {
        self.page(search_plan(q, rules, today), limit(q))
    }

    /// Every contact `q` finds, by name, however many: what an export writes.
    pub fn all_contacts_matching(
        &self,
        q: &ContactQuery,
        rules: ContactRules,
        today: NaiveDate,
    ) -> StoreResult<Vec<Contact>> {
        let by_name = ContactQuery {
            sort: ContactSort::Name,
            ..q.clone()
        };
        let ids = self.ordered_ids(&search_plan(&by_name, rules, today), None)?;
        self.load(ids)
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
            in_date: None,
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
        self.page(plan, limit(q))
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
            in_date: None,
        };
        let ids = self.ordered_ids(&plan, None)?;
        self.load(ids)
    }

    /// One page of what `plan` finds, and how many it found, counted up to one more than
    /// [`COUNTED_AT_MOST`], in one pass over the matches.
    fn page(&self, plan: Plan, limit: i64) -> StoreResult<ContactHits> {
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let counted = i64::from(COUNTED_AT_MOST) + 1;
        let (ids, total) = if plan.order == "f.rank" {
            // One pass: every match (up to the count limit) with its rank, counted and sorted here,
            // rather than ranking in one query and counting in a second that matches it all again.
            let mut ranked = self.ranked_ids(&plan, counted as usize)?;
            let total = ranked.len() as u32;
            let take = limit.min(ranked.len());
            if take > 0 && take < ranked.len() {
                ranked.select_nth_unstable_by(take - 1, |a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
            }
            ranked.truncate(take);
            ranked.sort_unstable_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
            (ranked.into_iter().map(|(id, _)| id).collect(), total)
        } else {
            let mut ids = self.ordered_ids(&plan, Some(counted))?;
            let total = ids.len() as u32;
            ids.truncate(limit);
            (ids, total)
        };
        Ok(ContactHits {
            contacts: self.load(ids)?,
            total,
        })
    }

    /// The first `cap` matches of a ranked plan, with their rank (lower is better). Ranking is done on
    /// the first `cap` matches the index finds: past that a search is too broad for its order to
    /// help, and the person is asked to type more.
    fn ranked_ids(&self, plan: &Plan, cap: usize) -> StoreResult<Vec<(ContactId, i64)>> {
        let id_column = if plan.from_where.starts_with("contact c") {
            "c.id"
        } else {
            "f.rowid"
        };
        let sql = format!(
            "SELECT {id_column}, dphub_rank(contact_fts) FROM {}",
            plan.from_where
        );
        let mut cache = self.in_date.borrow_mut();
        let passes = match plan.in_date {
            Some(check) => Some(cache.passes(&self.conn, check)?),
            None => None,
        };
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(&plan.args))?;
        let mut ranked = Vec::new();
        while ranked.len() < cap {
            let Some(row) = rows.next()? else { break };
            let id = row.get(0)?;
            if passes.as_ref().is_none_or(|passes| passes(id)) {
                ranked.push((id, row.get(1)?));
            }
        }
        Ok(ranked)
    }

    /// The ids `plan` finds in its order, at most `cap` of them.
    fn ordered_ids(&self, plan: &Plan, cap: Option<i64>) -> StoreResult<Vec<ContactId>> {
        let id_column = if plan.from_where.starts_with("contact c") {
            "c.id"
        } else {
            "f.rowid"
        };
        let limit = cap.map(|c| format!(" LIMIT {c}")).unwrap_or_default();
        let sql = format!(
            "SELECT {id_column} FROM {} ORDER BY {}, {id_column}{limit}",
            plan.from_where, plan.order
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let ids = st
            .query_map(rusqlite::params_from_iter(&plan.args), |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(ids)
    }

    /// The contacts with these ids, in this order, read in one statement.
    fn load(&self, ids: Vec<ContactId>) -> StoreResult<Vec<Contact>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = serde_json::to_string(&ids).expect("ids serialise");
        let mut read = self.conn.prepare_cached(
            "SELECT c.id, d.details, c.archived_at IS NOT NULL
               FROM json_each(?1) j
               JOIN contact c ON c.id = j.value
               JOIN contact_details d ON d.contact_id = c.id
              ORDER BY j.key",
        )?;
        let rows = read.query_map([list], |r| {
            Ok((
                r.get::<_, ContactId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })?;
        let mut contacts = Vec::with_capacity(ids.len());
        for row in rows {
            let (id, json, archived) = row?;
            contacts.push(Contact {
                id,
                archived,
                details: read_details(&json)?,
            });
        }
        Ok(contacts)
    }
}

/// The SQL for a query: through the index when words are typed or index-answerable filters are
/// chosen, otherwise straight from the contact table in name order.
fn search_plan(q: &ContactQuery, rules: ContactRules, today: NaiveDate) -> Plan {
    let plan = match index_query(q) {
        Some(expression) => {
            let mut plan = Plan {
                from_where:
                    "contact_fts f JOIN contact c ON c.id = f.rowid WHERE contact_fts MATCH ?"
                        .into(),
                args: vec![Value::Text(expression)],
                order: "c.sort_name",
                in_date: None,
            };
            // Every contact has a status, so its word would be in every row of the index: the
            // column is quicker.
            push_status_filter(&mut plan, q);
            if q.sort == ContactSort::Relevance && prefix_query(&q.text).is_some() {
                plan.order = "f.rank";
                plan.in_date = (q.dbs_in_date || q.training_in_date).then_some(InDateCheck {
                    dbs: q.dbs_in_date,
                    training: q.training_in_date,
                    rules,
                    today,
                });
                if plan.args.len() == 1 {
                    // Nothing but the index is asked: let FTS5 rank and count on its own.
                    plan.from_where = "contact_fts f WHERE contact_fts MATCH ?".into();
                }
            } else {
                push_date_filters(&mut plan, q, rules, today);
            }
            plan
        }
        None => {
            let mut plan = Plan {
                from_where: "contact c WHERE 1".into(),
                args: vec![],
                order: "c.sort_name",
                in_date: None,
            };
            push_column_filters(&mut plan, q);
            push_date_filters(&mut plan, q, rules, today);
            plan
        }
    };
    Plan {
        order: if q.sort == ContactSort::LastContacted {
            "c.last_contacted_on IS NULL, c.last_contacted_on DESC, c.sort_name"
        } else {
            plan.order
        },
        ..plan
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
