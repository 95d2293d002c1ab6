//! A handover bundle's contents: one person's rows of every table that holds something of theirs,
//! read out as they are stored and written back into another database under new ids.
//!
//! The bundle is this versioned shape (the store's own, so a change to a domain type cannot change
//! it silently): the format version, the schema version it was read from, the PAs the person
//! employs (their checked details in the contact book's stored JSON) and, for each table, its
//! column names and rows. Writing it back checks every table and column against this database's
//! schema, gives every row a new id and points each reference at the new id of what it refers
//! to; a reference to something not in the bundle refuses the whole bundle.

use std::collections::{HashMap, HashSet};

use base64::Engine;
use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::Digest;

use super::stored_contact::read_contact_json;
use super::{Store, StoreError, StoreResult};
use crate::model::contacts::{ContactDetails, ContactId};
use crate::model::people::PersonId;

/// The version of the bundle's shape this DP Hub writes; a newer one is refused.
pub const BUNDLE_FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub format: u32,
    /// The database schema version (`PRAGMA user_version`) the rows were read from.
    pub schema_version: i64,
    /// "DP Hub 0.1.0".
    pub made_by: String,
    /// When it was made (UTC, RFC 3339).
    pub made_at: String,
    /// The person's id where the bundle was made.
    pub person_id: i64,
    pub contacts: Vec<BundleContact>,
    pub tables: Vec<BundleTable>,
    /// Per-person settings, by name without the person's id ("return_every").
    pub settings: Vec<BundleSetting>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BundleContact {
    pub id: i64,
    /// The contact's checked details in the contact book's stored JSON shape.
    pub details: String,
    pub archived: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BundleTable {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BundleSetting {
    pub name: String,
    pub value: String,
}

/// One stored value. Bytes (a receipt's file) travel as base64.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Cell {
    Null,
    Integer(i64),
    Text(String),
    Bytes { base64: String },
}

/// Which table's new ids a column refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Target {
    Person,
    Contact,
    Table(&'static str),
}

/// A table holding something of one person's: which rows are theirs (`?1` is the person's id),
/// whether its rows have their own `id`, and which columns refer to other records.
struct TableSpec {
    name: &'static str,
    rows_of: &'static str,
    own_id: bool,
    refs: &'static [(&'static str, Target)],
}

const OF_EMPLOYMENTS: &str = "employment_id IN (SELECT id FROM employment WHERE person_id = ?1)";
const OF_ENTRIES: &str = "entry_id IN (SELECT id FROM account_entry WHERE person_id = ?1)";

/// Every table with a person's records, in an order where each refers only to those before it.
const TABLES: &[TableSpec] = &[
    spec("person", "id = ?1", true, &[]),
    spec("dp_manager", "person_id = ?1", false, PERSON),
    spec("dp_terms", "person_id = ?1", false, PERSON),
    spec("dp_review", "person_id = ?1", false, PERSON),
    spec("dp_terms_change", "person_id = ?1", true, PERSON),
    spec("cost_settings", "person_id = ?1", false, PERSON),
    spec("plan_line", "person_id = ?1", true, PERSON),
    spec(
        "employment",
        "person_id = ?1",
        true,
        &[
            ("person_id", Target::Person),
            ("contact_id", Target::Contact),
        ],
    ),
    spec(
        "employment_cost_terms",
        OF_EMPLOYMENTS,
        false,
        &[("employment_id", Target::Table("employment"))],
    ),
    spec("checklist_item", "person_id = ?1", true, PERSON_EMPLOYMENT),
    spec("signature", "person_id = ?1", true, PERSON_EMPLOYMENT),
    spec(
        "account_entry",
        "person_id = ?1",
        true,
        &[
            ("person_id", Target::Person),
            ("employment_id", Target::Table("employment")),
            ("plan_line_id", Target::Table("plan_line")),
        ],
    ),
    spec(
        "account_receipt",
        OF_ENTRIES,
        true,
        &[("entry_id", Target::Table("account_entry"))],
    ),
    spec(
        "account_owed",
        "person_id = ?1",
        true,
        &[
            ("person_id", Target::Person),
            ("settled_by", Target::Table("account_entry")),
        ],
    ),
    spec("account_reconciliation", "person_id = ?1", true, PERSON),
    // record_id refers to the record named in `record`: see `audit_target`.
    spec("account_audit", "person_id = ?1", true, PERSON),
    spec(
        "account_import_rule",
        "person_id = ?1",
        true,
        PERSON_EMPLOYMENT,
    ),
];

const PERSON: &[(&str, Target)] = &[("person_id", Target::Person)];
const PERSON_EMPLOYMENT: &[(&str, Target)] = &[
    ("person_id", Target::Person),
    ("employment_id", Target::Table("employment")),
];

const fn spec(
    name: &'static str,
    rows_of: &'static str,
    own_id: bool,
    refs: &'static [(&'static str, Target)],
) -> TableSpec {
    TableSpec {
        name,
        rows_of,
        own_id,
        refs,
    }
}

/// The table an audit row's `record_id` refers to, by its `record`.
fn audit_target(record: &str) -> Option<&'static str> {
    match record {
        "entry" => Some("account_entry"),
        "receipt" => Some("account_receipt"),
        "owed" => Some("account_owed"),
        "statement" => Some("account_reconciliation"),
        _ => None,
    }
}

/// Per-person settings are kept as `<name>:<person id>`.
const PERSON_SETTINGS: &[&str] = &["return_every"];

/// Why a bundle cannot be written back: its contents do not fit together.
fn damaged(why: impl Into<String>) -> StoreError {
    StoreError::Corrupt(why.into())
}

impl Store {
    /// The schema version of this database.
    pub fn schema_version(&self) -> StoreResult<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Everything of `person`'s, read out as stored; `None` if there is no such person.
    pub fn handover_bundle(&self, person: PersonId, made_by: &str) -> StoreResult<Option<Bundle>> {
        let exists: Option<i64> = self
            .conn
            .query_row("SELECT id FROM person WHERE id = ?1", [person], |r| {
                r.get(0)
            })
            .optional()?;
        if exists.is_none() {
            return Ok(None);
        }
        let tx = self.conn.unchecked_transaction()?;
        let mut tables = Vec::new();
        for spec in TABLES {
            let mut st = tx.prepare(&format!(
                "SELECT * FROM {} WHERE {} ORDER BY rowid",
                spec.name, spec.rows_of
            ))?;
            let columns: Vec<String> = st.column_names().iter().map(|c| c.to_string()).collect();
            let width = columns.len();
            let rows = st
                .query_map([person], |r| {
                    (0..width)
                        .map(|i| r.get::<_, Value>(i).map(cell))
                        .collect::<Result<Vec<_>, _>>()
                })?
                .collect::<Result<Vec<_>, _>>()?;
            tables.push(BundleTable {
                name: spec.name.to_string(),
                columns,
                rows,
            });
        }
        let mut contacts = Vec::new();
        let mut st = tx.prepare(
            "SELECT c.id, d.details, c.archived_at IS NOT NULL FROM contact c
             JOIN contact_details d ON d.contact_id = c.id
             WHERE c.id IN (SELECT contact_id FROM employment WHERE person_id = ?1) ORDER BY c.id",
        )?;
        for row in st.query_map([person], |r| {
            Ok(BundleContact {
                id: r.get(0)?,
                details: r.get(1)?,
                archived: r.get(2)?,
            })
        })? {
            contacts.push(row?);
        }
        let mut settings = Vec::new();
        for name in PERSON_SETTINGS {
            let value: Option<String> = tx
                .query_row(
                    "SELECT value FROM setting WHERE key = ?1",
                    [format!("{name}:{person}")],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(value) = value {
                settings.push(BundleSetting {
                    name: name.to_string(),
                    value,
                });
            }
        }
        Ok(Some(Bundle {
            format: BUNDLE_FORMAT,
            schema_version: self.schema_version()?,
            made_by: made_by.to_string(),
            made_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            person_id: person.0,
            contacts,
            tables,
            settings,
        }))
    }

    /// Writes a bundle's records back in one transaction, under new ids. A PA in `reuse` is not
    /// added: their employments point at the saved contact named. Nothing is written unless all
    /// of it is, and the new person's records read back as DP Hub reads them.
    pub fn write_handover(
        &mut self,
        bundle: &Bundle,
        reuse: &HashMap<i64, ContactId>,
    ) -> StoreResult<HandedOver> {
        let contacts: Vec<(i64, ContactDetails)> = bundle
            .contacts
            .iter()
            .map(|c| Ok((c.id, read_contact_json(&c.details)?)))
            .collect::<StoreResult<_>>()?;
        let tx = self.conn.unchecked_transaction()?;
        let mut ids: HashMap<Target, HashMap<i64, i64>> = HashMap::new();
        let mut added = 0;
        for (old, details) in &contacts {
            let new = match reuse.get(old) {
                Some(saved) => saved.0,
                None => {
                    let archived = bundle.contacts.iter().any(|c| c.id == *old && c.archived);
                    added += 1;
                    super::contacts::insert_handed_over(&tx, details, archived)?.0
                }
            };
            if ids
                .entry(Target::Contact)
                .or_default()
                .insert(*old, new)
                .is_some()
            {
                return Err(damaged(format!("the PA {old} is in the bundle twice")));
            }
        }
        let by_name: HashMap<&str, &BundleTable> =
            bundle.tables.iter().map(|t| (t.name.as_str(), t)).collect();
        if by_name.len() != bundle.tables.len() {
            return Err(damaged("a table is in the bundle twice"));
        }
        if let Some(unknown) = bundle
            .tables
            .iter()
            .find(|t| !TABLES.iter().any(|s| s.name == t.name))
        {
            return Err(damaged(format!("unknown table {:?}", unknown.name)));
        }
        let mut person = None;
        for spec in TABLES {
            let Some(table) = by_name.get(spec.name) else {
                continue;
            };
            let known = table_columns(&tx, spec.name)?;
            let mut seen = HashSet::new();
            for column in &table.columns {
                if !known.contains(column) || !seen.insert(column) {
                    return Err(damaged(format!(
                        "{}: unknown or repeated column {column:?}",
                        spec.name
                    )));
                }
            }
            let id_at = table.columns.iter().position(|c| c == "id");
            if spec.own_id && id_at.is_none() {
                return Err(damaged(format!("{}: rows without ids", spec.name)));
            }
            // The id is given anew, so it is left out of the insert.
            let written: Vec<usize> = (0..table.columns.len())
                .filter(|i| !spec.own_id || Some(*i) != id_at)
                .collect();
            if written.is_empty() {
                return Err(damaged(format!("{}: no columns", spec.name)));
            }
            let sql = format!(
                "INSERT INTO {} ({}) VALUES ({})",
                spec.name,
                written
                    .iter()
                    .map(|i| format!("\"{}\"", table.columns[*i]))
                    .collect::<Vec<_>>()
                    .join(", "),
                (1..=written.len())
                    .map(|n| format!("?{n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let mut insert = tx.prepare(&sql)?;
            let column = |name: &str| table.columns.iter().position(|c| c == name);
            let record_at = column("record");
            for row in &table.rows {
                if row.len() != table.columns.len() {
                    return Err(damaged(format!("{}: a row of the wrong width", spec.name)));
                }
                let mut values: Vec<Value> = row.iter().map(value).collect::<StoreResult<_>>()?;
                for (name, target) in spec.refs {
                    if let Some(i) = column(name) {
                        values[i] = new_id(&ids, *target, &values[i], spec.name)?;
                    }
                }
                if spec.name == "account_audit" {
                    if let (Some(r), Some(i)) = (record_at, column("record_id")) {
                        if let Value::Text(record) = &values[r] {
                            if let Some(target) = audit_target(record) {
                                // The history may mention a record no longer kept: it keeps its
                                // words and points at no record (0), never at someone else's.
                                values[i] =
                                    new_id(&ids, Target::Table(target), &values[i], spec.name)
                                        .unwrap_or(Value::Integer(0));
                            }
                        }
                    }
                }
                if spec.name == "account_receipt" {
                    check_receipt(&table.columns, &values)?;
                }
                insert.execute(rusqlite::params_from_iter(
                    written.iter().map(|i| values[*i].clone()),
                ))?;
                if spec.own_id {
                    let Value::Integer(old) = values[id_at.expect("checked")] else {
                        return Err(damaged(format!(
                            "{}: an id that is not a number",
                            spec.name
                        )));
                    };
                    let target = if spec.name == "person" {
                        Target::Person
                    } else {
                        Target::Table(spec.name)
                    };
                    let new = tx.last_insert_rowid();
                    if ids.entry(target).or_default().insert(old, new).is_some() {
                        return Err(damaged(format!("{}: the id {old} twice", spec.name)));
                    }
                    if spec.name == "person" {
                        if old != bundle.person_id || person.is_some() {
                            return Err(damaged("the bundle holds more than its person"));
                        }
                        person = Some(PersonId(new));
                    }
                }
            }
        }
        let Some(person) = person else {
            return Err(damaged("the bundle has no person in it"));
        };
        for setting in &bundle.settings {
            if !PERSON_SETTINGS.contains(&setting.name.as_str()) {
                return Err(damaged(format!("unknown setting {:?}", setting.name)));
            }
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![format!("{}:{person}", setting.name), setting.value],
            )?;
        }
        // Every record of the person must read back as DP Hub reads it.
        if self.person(person)?.is_none() {
            return Err(damaged("the person's details are incomplete"));
        }
        self.terms_history(person)?;
        self.employments(Some(person), None)?;
        for e in self.employments(Some(person), None)? {
            self.employment_cost_terms(e.employment.id)?;
        }
        self.cost_settings(person)?;
        self.plan_lines(person)?;
        self.checklist_items_of(person)?;
        self.entries(person)?;
        self.owed(person)?;
        self.audit_trail(person)?;
        self.import_rules(person)?;
        let problems: Vec<String> = tx
            .prepare("PRAGMA foreign_key_check")?
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<_, _>>()?;
        if !problems.is_empty() {
            return Err(damaged(format!(
                "references that lead nowhere in {problems:?}"
            )));
        }
        tx.commit()?;
        Ok(HandedOver {
            person,
            pas_added: added,
        })
    }

    /// People already here with this name (folded: case and accents aside) and date of birth.
    pub fn people_named(&self, full_name: &str, date_of_birth: &str) -> StoreResult<Vec<PersonId>> {
        let wanted = crate::model::people::fold(full_name.trim());
        let mut st = self
            .conn
            .prepare("SELECT id, full_name FROM person WHERE date_of_birth = ?1 ORDER BY id")?;
        let rows = st.query_map([date_of_birth], |r| {
            Ok((PersonId(r.get(0)?), r.get::<_, String>(1)?))
        })?;
        let mut found = Vec::new();
        for row in rows {
            let (id, name) = row?;
            if crate::model::people::fold(name.trim()) == wanted {
                found.push(id);
            }
        }
        Ok(found)
    }
}

/// What writing a bundle back made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandedOver {
    pub person: PersonId,
    pub pas_added: u32,
}

fn table_columns(conn: &rusqlite::Connection, table: &str) -> StoreResult<HashSet<String>> {
    let mut st = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let names = st
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<Result<_, _>>()?;
    Ok(names)
}

fn new_id(
    ids: &HashMap<Target, HashMap<i64, i64>>,
    target: Target,
    old: &Value,
    table: &str,
) -> StoreResult<Value> {
    match old {
        Value::Null => Ok(Value::Null),
        Value::Integer(old) => ids
            .get(&target)
            .and_then(|m| m.get(old))
            .map(|new| Value::Integer(*new))
            .ok_or_else(|| {
                damaged(format!(
                    "{table}: refers to a record that is not in the bundle ({old})"
                ))
            }),
        _ => Err(damaged(format!(
            "{table}: a reference that is not a number"
        ))),
    }
}

/// A receipt's bytes must be the size and SHA-256 fingerprint recorded with them.
fn check_receipt(columns: &[String], values: &[Value]) -> StoreResult<()> {
    let at = |name: &str| columns.iter().position(|c| c == name).map(|i| &values[i]);
    let (Some(Value::Blob(content)), Some(Value::Text(sha))) = (at("content"), at("sha256")) else {
        return Err(damaged("a receipt without its file"));
    };
    let actual: String = sha2::Sha256::digest(content)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let size_ok = match at("size") {
        Some(Value::Integer(size)) => usize::try_from(*size).is_ok_and(|s| s == content.len()),
        _ => false,
    };
    if !actual.eq_ignore_ascii_case(sha) || !size_ok {
        return Err(damaged("a receipt's file is not the one recorded"));
    }
    Ok(())
}

fn cell(v: Value) -> Cell {
    match v {
        Value::Null => Cell::Null,
        Value::Integer(i) => Cell::Integer(i),
        // No table of a person's has a REAL column; kept exactly as text if one ever does.
        Value::Real(f) => Cell::Text(f.to_string()),
        Value::Text(t) => Cell::Text(t),
        Value::Blob(b) => Cell::Bytes {
            base64: base64::engine::general_purpose::STANDARD.encode(b),
        },
    }
}

fn value(c: &Cell) -> StoreResult<Value> {
    Ok(match c {
        Cell::Null => Value::Null,
        Cell::Integer(i) => Value::Integer(*i),
        Cell::Text(t) => Value::Text(t.clone()),
        Cell::Bytes { base64 } => Value::Blob(
            base64::engine::general_purpose::STANDARD
                .decode(base64)
                .map_err(|_| damaged("a file in it is not valid base64"))?,
        ),
    })
}

/// A handed-over PA's details, read from the contact book's stored JSON.
pub fn read_handed_over_contact(json: &str) -> StoreResult<ContactDetails> {
    read_contact_json(json)
}
