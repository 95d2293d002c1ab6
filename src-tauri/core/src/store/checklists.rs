//! Saving and reading what the user recorded on checklist items.

use rusqlite::{params, Row};

use super::people::{parse_date, timestamp};
use super::{Store, StoreError, StoreResult};
use crate::model::checklists::ItemStatus;
use crate::model::employment::EmploymentId;
use crate::model::people::PersonId;

/// One item's recorded state. `employment_id` is None for the employer's own items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredItem {
    pub person_id: PersonId,
    pub employment_id: Option<EmploymentId>,
    pub checklist: String,
    pub item: String,
    pub status: ItemStatus,
    pub note: String,
}

const COLUMNS: &str = "SELECT person_id, employment_id, checklist, item, status, done_on, done_by,
        occurrence, reason, note FROM checklist_item";

impl Store {
    /// Every recorded item of a person, their own and their employments'.
    pub fn checklist_items_of(&self, person: PersonId) -> StoreResult<Vec<StoredItem>> {
        let mut st = self
            .conn
            .prepare_cached(&format!("{COLUMNS} WHERE person_id = ?1 ORDER BY id"))?;
        let rows = st.query_map([person], |r| Ok(read_row(r)))?;
        rows.map(|r| r?).collect()
    }

    /// Saves an item's state, replacing what was recorded before, in one transaction.
    pub fn save_checklist_item(&mut self, item: &StoredItem) -> StoreResult<()> {
        let (status, done_on, done_by, occurrence, reason) = match &item.status {
            ItemStatus::ToDo => ("to_do", None, None, None, None),
            ItemStatus::Done {
                done_on,
                done_by,
                occurrence,
            } => (
                "done",
                Some(done_on.to_string()),
                Some(done_by.as_str()),
                occurrence.map(|d| d.to_string()),
                None,
            ),
            ItemStatus::NotApplicable { reason } => {
                ("not_applicable", None, None, None, Some(reason.as_str()))
            }
        };
        let tx = self.conn.transaction()?;
        tx.execute(
            "DELETE FROM checklist_item WHERE person_id = ?1 AND ifnull(employment_id, 0) = ifnull(?2, 0)
               AND checklist = ?3 AND item = ?4",
            params![item.person_id, item.employment_id, item.checklist, item.item],
        )?;
        tx.execute(
            "INSERT INTO checklist_item (person_id, employment_id, checklist, item, status, done_on,
                 done_by, occurrence, reason, note, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                item.person_id,
                item.employment_id,
                item.checklist,
                item.item,
                status,
                done_on,
                done_by,
                occurrence,
                reason,
                item.note,
                timestamp()
            ],
        )?;
        tx.commit()?;
        Ok(())
    }
}

fn read_row(r: &Row) -> StoreResult<StoredItem> {
    let date = |i: usize| -> StoreResult<Option<chrono::NaiveDate>> {
        r.get::<_, Option<String>>(i)?
            .map(|d| parse_date(&d))
            .transpose()
    };
    let status: String = r.get(4)?;
    let status = match status.as_str() {
        "to_do" => ItemStatus::ToDo,
        "done" => ItemStatus::Done {
            done_on: date(5)?
                .ok_or_else(|| StoreError::Corrupt("a done item with no date".into()))?,
            done_by: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
            occurrence: date(7)?,
        },
        "not_applicable" => ItemStatus::NotApplicable {
            reason: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
        },
        other => return Err(StoreError::Corrupt(format!("checklist status {other:?}"))),
    };
    Ok(StoredItem {
        person_id: r.get(0)?,
        employment_id: r.get(1)?,
        checklist: r.get(2)?,
        item: r.get(3)?,
        status,
        note: r.get(9)?,
    })
}
