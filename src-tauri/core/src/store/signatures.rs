//! Signatures made on screen, one a party of a document (see migration 0005).

use rusqlite::params;

use super::{Store, StoreError, StoreResult};
use crate::model::documents::Signature;
use crate::model::employment::EmploymentId;
use crate::model::people::PersonId;

/// Which document a signature belongs to: the kind's code, the person and, for a PA's documents,
/// the employment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignedDocument<'a> {
    pub kind_code: &'a str,
    pub person_id: PersonId,
    pub employment_id: Option<EmploymentId>,
}

impl Store {
    /// Saves a party's signature, replacing the one it had.
    pub fn save_signature(
        &mut self,
        doc: SignedDocument<'_>,
        role: &str,
        signature: &Signature,
    ) -> StoreResult<()> {
        let strokes = serde_json::to_string(&signature.strokes)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "DELETE FROM signature WHERE person_id = ?1 AND ifnull(employment_id, 0) = ifnull(?2, 0)
               AND document_kind = ?3 AND role = ?4",
            params![doc.person_id, doc.employment_id, doc.kind_code, role],
        )?;
        tx.execute(
            "INSERT INTO signature (person_id, employment_id, document_kind, role, signed_by, signed_on, strokes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                doc.person_id,
                doc.employment_id,
                doc.kind_code,
                role,
                signature.signed_by,
                signature.signed_on,
                strokes
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every saved signature of a document, as (role, signature), in the order they were made.
    pub fn signatures(&self, doc: SignedDocument<'_>) -> StoreResult<Vec<(String, Signature)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT role, signed_by, signed_on, strokes FROM signature
              WHERE person_id = ?1 AND ifnull(employment_id, 0) = ifnull(?2, 0) AND document_kind = ?3
              ORDER BY id",
        )?;
        let rows = st.query_map(
            params![doc.person_id, doc.employment_id, doc.kind_code],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            },
        )?;
        rows.map(|row| {
            let (role, signed_by, signed_on, strokes) = row?;
            let strokes = serde_json::from_str(&strokes)
                .map_err(|e| StoreError::Corrupt(format!("a signature's strokes: {e}")))?;
            Ok((
                role,
                Signature {
                    signed_by,
                    signed_on,
                    strokes,
                },
            ))
        })
        .collect()
    }

    /// Removes a party's signature; answers whether there was one.
    pub fn remove_signature(&mut self, doc: SignedDocument<'_>, role: &str) -> StoreResult<bool> {
        let n = self.conn.execute(
            "DELETE FROM signature WHERE person_id = ?1 AND ifnull(employment_id, 0) = ifnull(?2, 0)
               AND document_kind = ?3 AND role = ?4",
            params![doc.person_id, doc.employment_id, doc.kind_code, role],
        )?;
        Ok(n > 0)
    }
}
