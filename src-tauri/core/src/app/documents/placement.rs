//! Where saved signatures go: each into the block of the party whose role it was made for, when a
//! document is built.

use super::DocumentRequest;
use crate::app::Database;
use crate::model::documents::{Block, Document, DocumentKind};
use crate::model::employment::EmploymentId;
use crate::model::error::CoreResult;
use crate::store::SignedDocument;

/// Signatures of a PA's documents belong to the employment; the others to the person alone.
pub(super) fn employment_for(
    kind: DocumentKind,
    employment_id: Option<EmploymentId>,
) -> Option<EmploymentId> {
    if kind.needs_employment() {
        employment_id
    } else {
        None
    }
}

/// Puts each saved signature into the block of the party whose role it was made for.
pub(super) fn place_signatures(
    db: &Database,
    request: &DocumentRequest,
    document: &mut Document,
) -> CoreResult<()> {
    let saved = db.store.signatures(SignedDocument {
        kind_code: request.kind.code(),
        person_id: request.person_id,
        employment_id: employment_for(request.kind, request.employment_id),
    })?;
    if saved.is_empty() {
        return Ok(());
    }
    for block in &mut document.blocks {
        if let Block::Signatures { parties } = block {
            for party in parties {
                party.signature = saved
                    .iter()
                    .find(|(role, _)| *role == party.role)
                    .map(|(_, s)| s.clone());
            }
        }
    }
    Ok(())
}
