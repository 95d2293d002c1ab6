//! Signing a document on screen: each party's signature (drawn strokes, or a typed name for people
//! who cannot draw one), the signer's name and the date are saved for that party, and
//! [`build_document`](super::build_document) places them in the party's block (see `placement`).
//! Unsigned blocks print lines for a wet-ink signature.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::placement::employment_for;
use super::{build_document, DocumentRequest};
use crate::app::Database;
use crate::model::documents::DocumentKind;
use crate::model::documents::{Block, Document, Signature};
use crate::model::employment::EmploymentId;
use crate::model::error::CoreError;
use crate::model::error::CoreResult;
use crate::model::input::parse_date;
use crate::model::people::PersonId;
use crate::model::validation::Problems;
use crate::store::SignedDocument;

/// The grid signatures are drawn on: x from 0 to 1000, y from 0 to 300.
pub const GRID_WIDTH: u16 = 1000;
pub const GRID_HEIGHT: u16 = 300;
/// More points than anyone draws in one signature; a limit on what is stored.
const MAX_POINTS: usize = 20_000;

/// Which party of which document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SignatureKey {
    pub kind: DocumentKind,
    pub person_id: PersonId,
    /// The PA's employment, for the written statement and the timesheet; ignored for the others.
    pub employment_id: Option<EmploymentId>,
    /// The party's role exactly as its block shows it ("The nominated person").
    pub role: String,
}

/// A signature to save for one party.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SignRequest {
    pub key: SignatureKey,
    /// The signer's name as they typed it.
    pub signed_by: String,
    /// The date as typed (`2027-03-01`, `1/3/2027`); not in the future.
    pub signed_on: String,
    /// Pen strokes on the 1000 × 300 grid. Empty only when `typed` is set: the signer typed
    /// their name as their signature instead of drawing it.
    pub strokes: Vec<Vec<(u16, u16)>>,
    pub typed: bool,
}

impl SignatureKey {
    fn document(&self) -> SignedDocument<'_> {
        SignedDocument {
            kind_code: self.kind.code(),
            person_id: self.person_id,
            employment_id: employment_for(self.kind, self.employment_id),
        }
    }

    fn request(&self, prepared_on: NaiveDate) -> DocumentRequest {
        DocumentRequest {
            kind: self.kind,
            person_id: self.person_id,
            employment_id: self.employment_id,
            prepared_on,
            timesheet_period_of: None,
        }
    }
}

/// Checks what was typed and drawn; answers the signature to save.
fn checked(request: &SignRequest, today: NaiveDate) -> Result<Signature, Problems> {
    let mut p = Problems::default();
    let name = request.signed_by.trim();
    if name.is_empty() {
        p.add("signed_by", "Enter the name of the person signing");
    } else if name.chars().count() > 200 {
        p.add("signed_by", "The name must be 200 characters or fewer");
    }
    let date = p.check("signed_on", parse_date(&request.signed_on));
    if let Some(date) = date.filter(|d| *d > today) {
        p.add(
            "signed_on",
            format!("The date signed cannot be in the future ({date})"),
        );
    }
    let strokes: Vec<Vec<(u16, u16)>> = request
        .strokes
        .iter()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect();
    let points: usize = strokes.iter().map(Vec::len).sum();
    if strokes.is_empty() && !request.typed {
        p.add(
            "strokes",
            "Sign in the box, or type your name as your signature instead",
        );
    } else if points > MAX_POINTS {
        p.add(
            "strokes",
            "The signature has too many points: clear it and sign again",
        );
    } else if strokes
        .iter()
        .flatten()
        .any(|&(x, y)| x > GRID_WIDTH || y > GRID_HEIGHT)
    {
        p.add(
            "strokes",
            "The signature goes outside the box: clear it and sign again",
        );
    }
    p.into_result(|| Signature {
        signed_by: name.to_string(),
        signed_on: date.map(|d| d.to_string()).unwrap_or_default(),
        strokes,
    })
}

fn roles(document: &Document) -> impl Iterator<Item = &str> {
    document.blocks.iter().flat_map(|b| match b {
        Block::Signatures { parties } => parties.iter().map(|p| p.role.as_str()).collect(),
        _ => Vec::new(),
    })
}

/// Saves a party's signature and answers the document with it in place. Nothing is saved when
/// the name, date or strokes are not accepted, the document cannot be made, or it has no such party.
pub fn sign_document(
    db: &mut Database,
    request: &SignRequest,
    today: NaiveDate,
) -> CoreResult<Document> {
    let signature = checked(request, today).map_err(CoreError::from)?;
    let key = &request.key;
    let before = build_document(db, &key.request(today))?;
    if !roles(&before).any(|r| r == key.role) {
        let mut p = Problems::default();
        p.add(
            "role",
            format!("\"{}\" does not sign this document", key.role),
        );
        return Err(CoreError::from(p));
    }
    db.store
        .save_signature(key.document(), &key.role, &signature)?;
    build_document(db, &key.request(today))
}

/// Removes a party's signature (if any), so its block prints lines again; answers the document.
pub fn remove_signature(
    db: &mut Database,
    key: &SignatureKey,
    today: NaiveDate,
) -> CoreResult<Document> {
    db.store.remove_signature(key.document(), &key.role)?;
    build_document(db, &key.request(today))
}
