//! Saving and reading the direct payment account: entries, receipts, money owed, reconciliations
//! and the audit trail. Every change writes its audit rows in the same transaction.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Row, ToSql};

use super::people::{code, money, parse_date, timestamp};
use super::{Store, StoreResult};
use crate::model::account::{
    describe_entry, AuditRecord, Entry, EntryDetails, EntryId, NewReceipt, Owed, OwedDetails,
    OwedId, Receipt, ReceiptId, ReceiptInfo, StatementCheck,
};
use crate::model::people::PersonId;

const ENTRY_COLUMNS: &str =
    "SELECT id, person_id, entry_date, direction, amount, category, counterparty,
        employment_id, plan_line_id, reference, note, import_fingerprint, reconciled_on
     FROM account_entry";

const OWED_COLUMNS: &str =
    "SELECT o.id, o.person_id, o.what, o.amount, o.due_date, o.category, o.payee,
        o.settled_by, e.entry_date
     FROM account_owed o LEFT JOIN account_entry e ON e.id = o.settled_by AND e.deleted_at IS NULL";

const RECEIPT_COLUMNS: &str =
    "SELECT r.id, r.entry_id, r.file_name, r.media_type, r.size, r.sha256 FROM account_receipt r";

/// One row of the audit trail.
struct Audit<'a> {
    person: PersonId,
    record: &'a str,
    record_id: i64,
    action: &'a str,
}

impl Audit<'_> {
    fn write(
        &self,
        conn: &Connection,
        field: Option<&str>,
        old: Option<&str>,
        new: Option<&str>,
    ) -> StoreResult<()> {
        conn.prepare_cached(
            "INSERT INTO account_audit (person_id, record, record_id, action, field, old_value, new_value, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            self.person,
            self.record,
            self.record_id,
            self.action,
            field,
            old,
            new,
            timestamp()
        ])?;
        Ok(())
    }
}

/// A new entry and the audit row saying it was added.
fn add_entry(tx: &Connection, person: PersonId, entry: &EntryDetails) -> StoreResult<EntryId> {
    let id = write_entry(tx, None, person, entry)?;
    Audit {
        person,
        record: "entry",
        record_id: id.0,
        action: "added",
    }
    .write(tx, None, None, Some(&describe_entry(entry)))?;
    Ok(id)
}

fn write_entry(
    conn: &Connection,
    id: Option<EntryId>,
    person: PersonId,
    e: &EntryDetails,
) -> StoreResult<EntryId> {
    let (date, amount) = (e.date.to_string(), e.amount.to_canonical_string());
    let values: [&dyn ToSql; 12] = [
        &person,
        &date,
        &e.direction.code(),
        &amount,
        &e.category.code(),
        &e.counterparty,
        &e.employment_id,
        &e.plan_line_id,
        &e.reference,
        &e.note,
        &e.import_fingerprint,
        &timestamp(),
    ];
    let Some(id) = id else {
        conn.prepare_cached(
            "INSERT INTO account_entry (person_id, entry_date, direction, amount, category, counterparty,
                    employment_id, plan_line_id, reference, note, import_fingerprint, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        )?
        .execute(&values[..])?;
        return Ok(EntryId(conn.last_insert_rowid()));
    };
    let mut with_id: Vec<&dyn ToSql> = values.to_vec();
    with_id.push(&id);
    conn.execute(
        "UPDATE account_entry SET person_id = ?1, entry_date = ?2, direction = ?3, amount = ?4, category = ?5,
                counterparty = ?6, employment_id = ?7, plan_line_id = ?8, reference = ?9, note = ?10,
                import_fingerprint = ?11, updated_at = ?12
         WHERE id = ?13",
        &with_id[..],
    )?;
    Ok(id)
}

fn write_receipt(
    conn: &Connection,
    person: PersonId,
    entry: EntryId,
    receipt: &NewReceipt,
    content: &[u8],
) -> StoreResult<ReceiptId> {
    conn.execute(
        "INSERT INTO account_receipt (entry_id, file_name, media_type, size, sha256, content, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            entry,
            receipt.file_name,
            receipt.media_type,
            content.len() as i64,
            receipt.sha256,
            content,
            timestamp()
        ],
    )?;
    let id = ReceiptId(conn.last_insert_rowid());
    Audit {
        person,
        record: "receipt",
        record_id: id.0,
        action: "added",
    }
    .write(
        conn,
        None,
        None,
        Some(&format!(
            "{} ({}) for entry {entry}",
            receipt.file_name, receipt.sha256
        )),
    )?;
    Ok(id)
}

impl Store {
    /// Saves a new entry (with its receipt, if any) and its audit row, all or nothing.
    pub fn insert_entry(
        &mut self,
        person: PersonId,
        entry: &EntryDetails,
        receipt: Option<(&NewReceipt, &[u8])>,
    ) -> StoreResult<EntryId> {
        let tx = self.conn.transaction()?;
        let id = add_entry(&tx, person, entry)?;
        if let Some((receipt, content)) = receipt {
            write_receipt(&tx, person, id, receipt, content)?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// Many entries at once (a statement import, or a test), all or nothing.
    pub fn insert_entries(
        &mut self,
        person: PersonId,
        entries: &[EntryDetails],
    ) -> StoreResult<Vec<EntryId>> {
        let tx = self.conn.transaction()?;
        let mut ids = Vec::with_capacity(entries.len());
        for entry in entries {
            ids.push(add_entry(&tx, person, entry)?);
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Replaces an entry's details, recording each changed field.
    pub fn update_entry(
        &mut self,
        id: EntryId,
        person: PersonId,
        entry: &EntryDetails,
        changes: &[(&str, String, String)],
    ) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        write_entry(&tx, Some(id), person, entry)?;
        let audit = Audit {
            person,
            record: "entry",
            record_id: id.0,
            action: "changed",
        };
        for (field, old, new) in changes {
            audit.write(&tx, Some(field), Some(old), Some(new))?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Marks an entry deleted (it is kept, out of every list and sum) and unlinks what it settled.
    pub fn delete_entry(
        &mut self,
        id: EntryId,
        person: PersonId,
        description: &str,
        reason: &str,
    ) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE account_entry SET deleted_at = ?2, deleted_reason = ?3 WHERE id = ?1",
            params![id, timestamp(), reason],
        )?;
        Audit {
            person,
            record: "entry",
            record_id: id.0,
            action: "deleted",
        }
        .write(&tx, Some("reason"), Some(description), Some(reason))?;
        let settled: Vec<OwedId> = tx
            .prepare("SELECT id FROM account_owed WHERE settled_by = ?1")?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for owed in settled {
            tx.execute(
                "UPDATE account_owed SET settled_by = NULL WHERE id = ?1",
                [owed],
            )?;
            Audit {
                person,
                record: "owed",
                record_id: owed.0,
                action: "unsettled",
            }
            .write(&tx, Some("settled_by"), Some(&id.to_string()), None)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// An entry that has not been deleted.
    pub fn entry(&self, id: EntryId) -> StoreResult<Option<Entry>> {
        let found = self
            .conn
            .query_row(
                &format!("{ENTRY_COLUMNS} WHERE id = ?1 AND deleted_at IS NULL"),
                [id],
                |r| Ok(read_entry(r)),
            )
            .optional()?;
        let Some(mut entry) = found.transpose()? else {
            return Ok(None);
        };
        entry.receipts = self
            .conn
            .prepare(&format!(
                "{RECEIPT_COLUMNS} WHERE r.entry_id = ?1 ORDER BY r.id"
            ))?
            .query_map([id], |r| Ok(read_receipt_info(r)))?
            .map(|r| r?)
            .collect::<StoreResult<_>>()?;
        Ok(Some(entry))
    }

    /// A person's entries that have not been deleted, by date (then as entered), with their receipts.
    pub fn entries(&self, person: PersonId) -> StoreResult<Vec<Entry>> {
        let mut receipts: HashMap<EntryId, Vec<ReceiptInfo>> = HashMap::new();
        let mut statement = self.conn.prepare_cached(&format!(
            "{RECEIPT_COLUMNS} JOIN account_entry e ON e.id = r.entry_id
             WHERE e.person_id = ?1 AND e.deleted_at IS NULL ORDER BY r.id"
        ))?;
        for info in statement.query_map([person], |r| Ok(read_receipt_info(r)))? {
            let info = info??;
            receipts.entry(info.entry_id).or_default().push(info);
        }
        let mut statement = self.conn.prepare_cached(&format!(
            "{ENTRY_COLUMNS} WHERE person_id = ?1 AND deleted_at IS NULL ORDER BY entry_date, id"
        ))?;
        let rows = statement.query_map([person], |r| Ok(read_entry(r)))?;
        rows.map(|row| {
            let mut entry = row??;
            entry.receipts = receipts.remove(&entry.id).unwrap_or_default();
            Ok(entry)
        })
        .collect()
    }

    /// Whether a statement line with this fingerprint has been imported for the person already.
    pub fn has_import_fingerprint(&self, person: PersonId, fingerprint: &str) -> StoreResult<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM account_entry WHERE person_id = ?1 AND import_fingerprint = ?2 AND deleted_at IS NULL",
                params![person, fingerprint],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    pub fn insert_receipt(
        &mut self,
        person: PersonId,
        entry: EntryId,
        receipt: &NewReceipt,
        content: &[u8],
    ) -> StoreResult<ReceiptId> {
        let tx = self.conn.transaction()?;
        let id = write_receipt(&tx, person, entry, receipt, content)?;
        tx.commit()?;
        Ok(id)
    }

    /// A receipt with its content, and the person whose account it belongs to.
    pub fn receipt(&self, id: ReceiptId) -> StoreResult<Option<(PersonId, Receipt)>> {
        let found = self
            .conn
            .query_row(
                "SELECT r.id, r.entry_id, r.file_name, r.media_type, r.size, r.sha256, r.content, e.person_id
                 FROM account_receipt r JOIN account_entry e ON e.id = r.entry_id WHERE r.id = ?1",
                [id],
                |r| {
                    Ok((
                        read_receipt_info(r),
                        r.get::<_, Vec<u8>>(6)?,
                        r.get::<_, PersonId>(7)?,
                    ))
                },
            )
            .optional()?;
        let Some((info, content, person)) = found else {
            return Ok(None);
        };
        Ok(Some((
            person,
            Receipt {
                info: info?,
                content,
            },
        )))
    }

    pub fn insert_owed(&mut self, person: PersonId, owed: &OwedDetails) -> StoreResult<OwedId> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO account_owed (person_id, what, amount, due_date, category, payee, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                person,
                owed.what,
                owed.amount.to_canonical_string(),
                owed.due_date.to_string(),
                owed.category.map(|c| c.code()),
                owed.payee,
                timestamp()
            ],
        )?;
        let id = OwedId(tx.last_insert_rowid());
        Audit {
            person,
            record: "owed",
            record_id: id.0,
            action: "added",
        }
        .write(
            &tx,
            None,
            None,
            Some(&format!(
                "{} {} due {}",
                owed.what,
                owed.amount.to_canonical_string(),
                owed.due_date
            )),
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Everything a person's account owes or owed, by due date.
    pub fn owed(&self, person: PersonId) -> StoreResult<Vec<Owed>> {
        let mut statement = self.conn.prepare_cached(&format!(
            "{OWED_COLUMNS} WHERE o.person_id = ?1 ORDER BY o.due_date, o.id"
        ))?;
        let rows = statement.query_map([person], |r| Ok(read_owed(r)))?;
        rows.map(|r| r?).collect()
    }

    pub fn owed_item(&self, id: OwedId) -> StoreResult<Option<Owed>> {
        let found = self
            .conn
            .query_row(&format!("{OWED_COLUMNS} WHERE o.id = ?1"), [id], |r| {
                Ok(read_owed(r))
            })
            .optional()?;
        found.transpose()
    }

    pub fn settle_owed(&mut self, id: OwedId, person: PersonId, by: EntryId) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE account_owed SET settled_by = ?2 WHERE id = ?1",
            params![id, by],
        )?;
        Audit {
            person,
            record: "owed",
            record_id: id.0,
            action: "settled",
        }
        .write(&tx, Some("settled_by"), None, Some(&by.to_string()))?;
        tx.commit()?;
        Ok(())
    }

    /// Marks every entry up to the statement's date reconciled and records the statement; answers
    /// how many entries were marked.
    pub fn record_reconciliation(
        &mut self,
        person: PersonId,
        check: &StatementCheck,
    ) -> StoreResult<u32> {
        let tx = self.conn.transaction()?;
        let marked = tx.execute(
            "UPDATE account_entry SET reconciled_on = ?2
             WHERE person_id = ?1 AND entry_date <= ?2 AND reconciled_on IS NULL AND deleted_at IS NULL",
            params![person, check.on.to_string()],
        )?;
        tx.execute(
            "INSERT INTO account_reconciliation (person_id, statement_date, statement_balance, entries_marked, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                person,
                check.on.to_string(),
                check.statement_balance.to_canonical_string(),
                marked as i64,
                timestamp()
            ],
        )?;
        Audit {
            person,
            record: "statement",
            record_id: tx.last_insert_rowid(),
            action: "reconciled",
        }
        .write(
            &tx,
            None,
            None,
            Some(&format!(
                "{} balance {}: {marked} entries marked",
                check.on,
                check.statement_balance.to_canonical_string()
            )),
        )?;
        tx.commit()?;
        Ok(marked as u32)
    }

    /// The audit trail of a person's account, oldest first.
    pub fn audit_trail(&self, person: PersonId) -> StoreResult<Vec<AuditRecord>> {
        let mut statement = self.conn.prepare(
            "SELECT at, record, record_id, action, field, old_value, new_value
             FROM account_audit WHERE person_id = ?1 ORDER BY id",
        )?;
        let rows = statement.query_map([person], |r| {
            Ok(AuditRecord {
                at: r.get(0)?,
                record: r.get(1)?,
                record_id: r.get(2)?,
                action: r.get(3)?,
                field: r.get(4)?,
                old_value: r.get(5)?,
                new_value: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn read_entry(r: &Row) -> StoreResult<Entry> {
    let opt_date = |i| -> StoreResult<_> {
        r.get::<_, Option<String>>(i)?
            .map(|s| parse_date(&s))
            .transpose()
    };
    Ok(Entry {
        id: r.get(0)?,
        person_id: r.get(1)?,
        details: EntryDetails {
            date: parse_date(&r.get::<_, String>(2)?)?,
            direction: code(&r.get::<_, String>(3)?)?,
            amount: money(&r.get::<_, String>(4)?)?,
            category: code(&r.get::<_, String>(5)?)?,
            counterparty: r.get(6)?,
            employment_id: r.get(7)?,
            plan_line_id: r.get(8)?,
            reference: r.get(9)?,
            note: r.get(10)?,
            import_fingerprint: r.get(11)?,
        },
        reconciled_on: opt_date(12)?,
        receipts: Vec::new(),
    })
}

fn read_receipt_info(r: &Row) -> StoreResult<ReceiptInfo> {
    Ok(ReceiptInfo {
        id: r.get(0)?,
        entry_id: r.get(1)?,
        file_name: r.get(2)?,
        media_type: r.get(3)?,
        size: r.get::<_, i64>(4)?.max(0) as u64,
        sha256: r.get(5)?,
    })
}

fn read_owed(r: &Row) -> StoreResult<Owed> {
    let settled_by: Option<EntryId> = r.get(7)?;
    let settled_on = r
        .get::<_, Option<String>>(8)?
        .map(|s| parse_date(&s))
        .transpose()?;
    Ok(Owed {
        id: r.get(0)?,
        person_id: r.get(1)?,
        details: OwedDetails {
            what: r.get(2)?,
            amount: money(&r.get::<_, String>(3)?)?,
            due_date: parse_date(&r.get::<_, String>(4)?)?,
            category: r
                .get::<_, Option<String>>(5)?
                .map(|c| code(&c))
                .transpose()?,
            payee: r.get(6)?,
        },
        settled_by: settled_by.filter(|_| settled_on.is_some()),
        settled_on,
    })
}

impl Store {
    /// The last statement a person's account was reconciled with, on or before `on`.
    pub fn last_reconciliation(
        &self,
        person: PersonId,
        on: chrono::NaiveDate,
    ) -> StoreResult<Option<StatementCheck>> {
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT statement_date, statement_balance FROM account_reconciliation
                 WHERE person_id = ?1 AND statement_date <= ?2
                 ORDER BY statement_date DESC, id DESC LIMIT 1",
                params![person, on.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        row.map(|(on, balance)| {
            Ok(StatementCheck {
                on: parse_date(&on)?,
                statement_balance: money(&balance)?,
            })
        })
        .transpose()
    }
}
