//! Saving and reading PA contacts, and keeping their search index and duplicate keys in step.

use super::stored_contact::{contact_json, read_contact_json};
use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Transaction};

use super::people::timestamp;
use super::{Store, StoreResult};
use crate::model::contacts::{
    email_key, phone_digits, slots_to_bits, Contact, ContactBrief, ContactDetails, ContactId, Skill,
};

impl Store {
    pub fn insert_contact(&mut self, details: &ContactDetails) -> StoreResult<ContactId> {
        let tx = self.conn.transaction()?;
        let id = insert_contact_in(&tx, details)?;
        tx.commit()?;
        Ok(id)
    }

    /// Replaces a contact's details. Returns false if there is no such contact.
    pub fn update_contact(&mut self, id: ContactId, details: &ContactDetails) -> StoreResult<bool> {
        let tx = self.conn.transaction()?;
        let found = update_contact_in(&tx, id, details)?;
        tx.commit()?;
        Ok(found)
    }

    pub fn contact(&self, id: ContactId) -> StoreResult<Option<Contact>> {
        let row = self
            .conn
            .query_row(
                "SELECT d.details, c.archived_at IS NOT NULL FROM contact c
                 JOIN contact_details d ON d.contact_id = c.id WHERE c.id = ?1",
                [id],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?)),
            )
            .optional()?;
        row.map(|(json, archived)| {
            Ok(Contact {
                id,
                archived,
                details: read_details(&json)?,
            })
        })
        .transpose()
    }

    /// Archives or restores. Returns false if there is no such contact.
    pub fn set_contact_archived(&mut self, id: ContactId, archived: bool) -> StoreResult<bool> {
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE contact SET archived_at = CASE WHEN ?2 THEN coalesce(archived_at, ?3) END, updated_at = ?3 WHERE id = ?1",
            params![id, archived, timestamp()],
        )?;
        if changed == 1 {
            let json: String = tx.query_row(
                "SELECT details FROM contact_details WHERE contact_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            index_contact(&tx, id, &read_details(&json)?, archived, true)?;
        }
        tx.commit()?;
        Ok(changed == 1)
    }

    /// Saved contacts (archived ones too) sharing `email` or one of `phones`, other than `except`.
    pub fn contacts_sharing(
        &self,
        email: Option<&str>,
        phones: &[String],
        except: Option<ContactId>,
    ) -> StoreResult<Vec<ContactBrief>> {
        let mut ids: Vec<ContactId> = Vec::new();
        if let Some(email) = email {
            let mut st = self
                .conn
                .prepare_cached("SELECT id FROM contact WHERE email_key = ?1")?;
            for id in st.query_map([email_key(email)], |r| r.get(0))? {
                ids.push(id?);
            }
        }
        let mut st = self
            .conn
            .prepare_cached("SELECT contact_id FROM contact_phone WHERE digits = ?1")?;
        for phone in phones {
            for id in st.query_map([phone_digits(phone)], |r| r.get(0))? {
                ids.push(id?);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        ids.retain(|id| Some(*id) != except);
        let mut briefs = Vec::new();
        for id in ids {
            let full_name =
                self.conn
                    .query_row("SELECT full_name FROM contact WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })?;
            briefs.push(ContactBrief { id, full_name });
        }
        Ok(briefs)
    }

    /// Every contact's email key and phone digits, for finding duplicates in an import.
    pub fn contact_keys(&self) -> StoreResult<ContactKeys> {
        let mut keys = ContactKeys::default();
        let mut st = self
            .conn
            .prepare("SELECT id, full_name, email_key FROM contact")?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, ContactId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?;
        for row in rows {
            let (id, name, email) = row?;
            keys.names.insert(id, name);
            if let Some(email) = email {
                keys.emails.entry(email).or_insert(id);
            }
        }
        let mut st = self
            .conn
            .prepare("SELECT contact_id, digits FROM contact_phone")?;
        let rows = st.query_map([], |r| {
            Ok((r.get::<_, ContactId>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (id, digits) = row?;
            keys.phones.entry(digits).or_insert(id);
        }
        Ok(keys)
    }

    /// Merges the search index's segments into one, as after a large import: many small
    /// segments (one per transaction's worth of rows) slow every search down.
    pub fn optimize_search_index(&mut self) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO contact_fts (contact_fts) VALUES ('optimize')",
            [],
        )?;
        Ok(())
    }

    /// Stops the search index merging its segments as rows are written (for a big import, which
    /// optimizes it once at the end instead); `resume_search_index_merging` restores the default.
    pub fn pause_search_index_merging(&mut self) -> StoreResult<()> {
        self.set_search_index_automerge(0)
    }

    pub fn resume_search_index_merging(&mut self) -> StoreResult<()> {
        self.set_search_index_automerge(4)
    }

    fn set_search_index_automerge(&mut self, level: i64) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', ?1)",
            [level],
        )?;
        Ok(())
    }

    /// Runs `write` in one transaction: everything it does is kept, or (on any error) nothing.
    pub fn in_transaction<T>(
        &mut self,
        write: impl FnOnce(&mut ContactWriter) -> StoreResult<T>,
    ) -> StoreResult<T> {
        let tx = self.conn.transaction()?;
        let mut writer = ContactWriter { tx: &tx };
        let value = write(&mut writer)?;
        tx.commit()?;
        Ok(value)
    }
}

/// Email and phone keys of the saved contacts, with their names.
#[derive(Debug, Default)]
pub struct ContactKeys {
    pub emails: std::collections::HashMap<String, ContactId>,
    pub phones: std::collections::HashMap<String, ContactId>,
    pub names: std::collections::HashMap<ContactId, String>,
}

/// Writes contacts inside one transaction (see [`Store::in_transaction`]).
pub struct ContactWriter<'a> {
    tx: &'a Transaction<'a>,
}

impl ContactWriter<'_> {
    pub fn insert(&mut self, details: &ContactDetails) -> StoreResult<ContactId> {
        insert_contact_in(self.tx, details)
    }

    /// Inserts many new contacts, working out their rows on every core first.
    pub fn insert_all(&mut self, contacts: &[ContactDetails]) -> StoreResult<Vec<ContactId>> {
        let rows = crate::model::parallel::map_in_order(contacts.iter().collect(), ContactRow::new);
        rows.into_iter()
            .map(|row| insert_row(self.tx, &row?))
            .collect()
    }

    pub fn update(&mut self, id: ContactId, details: &ContactDetails) -> StoreResult<bool> {
        update_contact_in(self.tx, id, details)
    }

    pub fn contact(&self, id: ContactId) -> StoreResult<Option<ContactDetails>> {
        let json: Option<String> = self
            .tx
            .query_row(
                "SELECT details FROM contact_details WHERE contact_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        json.map(|j| read_details(&j)).transpose()
    }
}

/// The columns of `contact` that [`contact_values`] fills, in its order.
const CONTACT_COLUMNS: &str =
    "full_name, sort_name, email_key, first_phone, skills, availability, status, \
     dbs_issue_date, dbs_update_service, earliest_training_expiry, last_contacted_on, updated_at";

fn insert_contact_in(tx: &Transaction, d: &ContactDetails) -> StoreResult<ContactId> {
    insert_row(tx, &ContactRow::new(d)?)
}

/// Everything written for a new contact, worked out before the transaction (for a big import, on
/// every core at once), so the transaction only runs the statements.
struct ContactRow {
    values: Vec<Value>,
    json: String,
    phones: Vec<String>,
    fts: [String; 6],
}

impl ContactRow {
    fn new(d: &ContactDetails) -> StoreResult<ContactRow> {
        Ok(ContactRow {
            values: contact_values(d),
            json: contact_json(d)?,
            phones: d.phones.iter().map(|p| phone_digits(p)).collect(),
            fts: crate::model::contacts::fts_columns(d, false),
        })
    }
}

const INSERT_CONTACT: &str = concat!(
    "INSERT INTO contact (",
    "full_name, sort_name, email_key, first_phone, skills, availability, status, ",
    "dbs_issue_date, dbs_update_service, earliest_training_expiry, last_contacted_on, updated_at",
    ", created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)"
);

fn insert_row(tx: &Transaction, row: &ContactRow) -> StoreResult<ContactId> {
    tx.prepare_cached(INSERT_CONTACT)?
        .execute(rusqlite::params_from_iter(&row.values))?;
    let id = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO contact_details (contact_id, details) VALUES (?1, ?2)")?
        .execute(params![id, row.json])?;
    let mut phone = tx.prepare_cached(
        "INSERT OR IGNORE INTO contact_phone (contact_id, digits) VALUES (?1, ?2)",
    )?;
    for digits in &row.phones {
        phone.execute(params![id, digits])?;
    }
    let [name, notes, skills, tags, areas, facets] = &row.fts;
    tx.prepare_cached(
        "INSERT INTO contact_fts (rowid, name, notes, skills, tags, areas, facets) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![id, name, notes, skills, tags, areas, facets])?;
    Ok(ContactId(id))
}

fn update_contact_in(tx: &Transaction, id: ContactId, d: &ContactDetails) -> StoreResult<bool> {
    let archived: Option<bool> = tx
        .query_row(
            "SELECT archived_at IS NOT NULL FROM contact WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(archived) = archived else {
        return Ok(false);
    };
    let mut values = contact_values(d);
    values.push(Value::Integer(id.0));
    tx.prepare_cached(&format!(
        "UPDATE contact SET ({CONTACT_COLUMNS}) = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) WHERE id = ?13"
    ))?
    .execute(rusqlite::params_from_iter(values))?;
    write_details(tx, id, d)?;
    index_phones(tx, id, d, true)?;
    index_contact(tx, id, d, archived, true)?;
    Ok(true)
}

fn write_details(tx: &Transaction, id: ContactId, d: &ContactDetails) -> StoreResult<()> {
    let json = contact_json(d)?;
    tx.prepare_cached(
        "INSERT OR REPLACE INTO contact_details (contact_id, details) VALUES (?1, ?2)",
    )?
    .execute(params![id, json])?;
    Ok(())
}

fn contact_values(d: &ContactDetails) -> Vec<Value> {
    let text = |t: Option<String>| t.map_or(Value::Null, Value::Text);
    let date = |d: Option<chrono::NaiveDate>| text(d.map(|d| d.to_string()));
    vec![
        Value::Text(d.full_name.clone()),
        Value::Text(crate::model::contacts::sort_name(&d.full_name)),
        text(d.email.as_deref().map(email_key)),
        text(d.phones.first().cloned()),
        Value::Integer(skill_bits(&d.skills)),
        Value::Integer(slots_to_bits(&d.availability)),
        Value::Text(d.status.code().to_string()),
        date(d.dbs.as_ref().map(|x| x.issue_date)),
        Value::Integer(i64::from(d.dbs.as_ref().is_some_and(|x| x.update_service))),
        date(d.training.iter().filter_map(|t| t.expires_on).min()),
        date(d.last_contacted_on),
        Value::Text(timestamp()),
    ]
}

fn index_phones(
    tx: &Transaction,
    id: ContactId,
    d: &ContactDetails,
    replace: bool,
) -> StoreResult<()> {
    if replace {
        tx.prepare_cached("DELETE FROM contact_phone WHERE contact_id = ?1")?
            .execute([id])?;
    }
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO contact_phone (contact_id, digits) VALUES (?1, ?2)",
    )?;
    for phone in &d.phones {
        insert.execute(params![id, phone_digits(phone)])?;
    }
    Ok(())
}

/// Writes the contact's row of the search index (replacing the old one when `replace`).
fn index_contact(
    tx: &Transaction,
    id: ContactId,
    d: &ContactDetails,
    archived: bool,
    replace: bool,
) -> StoreResult<()> {
    if replace {
        tx.prepare_cached("DELETE FROM contact_fts WHERE rowid = ?1")?
            .execute([id])?;
    }
    let [name, notes, skills, tags, areas, facets] =
        crate::model::contacts::fts_columns(d, archived);
    tx.prepare_cached(
        "INSERT INTO contact_fts (rowid, name, notes, skills, tags, areas, facets) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![id, name, notes, skills, tags, areas, facets])?;
    Ok(())
}

/// A bit per skill, in the order skills are listed.
pub fn skill_bits(skills: &[Skill]) -> i64 {
    skills.iter().fold(0, |bits, s| bits | skill_bit(*s))
}

pub fn skill_bit(skill: Skill) -> i64 {
    1 << Skill::ALL.iter().position(|s| *s == skill).expect("listed")
}

pub(super) fn read_details(json: &str) -> StoreResult<ContactDetails> {
    read_contact_json(json)
}

/// Adds a PA handed over with a person's records (archived if they were), inside the caller's
/// transaction, keeping the search index and duplicate keys in step.
pub(super) fn insert_handed_over(
    tx: &Transaction,
    d: &ContactDetails,
    archived: bool,
) -> StoreResult<ContactId> {
    let id = insert_contact_in(tx, d)?;
    if archived {
        tx.execute(
            "UPDATE contact SET archived_at = ?2 WHERE id = ?1",
            params![id, timestamp()],
        )?;
        index_contact(tx, id, d, true, true)?;
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contacts::{
        validate_contact, ContactDraft, ContactQuery, ContactRules, ContactStatus,
    };
    use crate::store::StoreError;

    fn count(store: &Store) -> u32 {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        store
            .search_contacts(&ContactQuery::default(), ContactRules::default(), today)
            .unwrap()
            .total
    }

    #[test]
    fn a_failure_inside_a_transaction_writes_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let draft = ContactDraft {
            full_name: "Ann Lee".into(),
            status: Some(ContactStatus::LookingForWork),
            ..ContactDraft::default()
        };
        let details = validate_contact(&draft, today).unwrap();
        let result: StoreResult<()> = store.in_transaction(|w| {
            w.insert(&details)?;
            w.insert(&details)?;
            Err(StoreError::Corrupt("the disk filled up".into()))
        });
        assert!(result.is_err());
        assert_eq!(count(&store), 0);
        assert!(store.contact_keys().unwrap().names.is_empty());
        store.in_transaction(|w| w.insert(&details)).unwrap();
        assert_eq!(count(&store), 1);
    }
}
