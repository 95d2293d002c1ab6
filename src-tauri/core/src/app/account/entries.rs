//! Payments in and out: adding, changing and deleting them (each change audited), their receipts,
//! and the list with a running balance.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::{account_terms, entry_not_found};
use crate::app::employment::employment_of_person;
use crate::app::people::get_person;
use crate::app::Database;
use crate::model::account::{
    check_receipt, describe_entry, entry_changes, validate_entry, AuditRecord, Entry, EntryDetails,
    EntryDraft, EntryId, Receipt, ReceiptId,
};
use crate::model::error::{CoreError, CoreResult};
use crate::model::money::Money;
use crate::model::people::PersonId;
use crate::model::validation::Problems;

/// A receipt file as chosen: its name and content.
pub struct ReceiptFile<'a> {
    pub file_name: &'a str,
    pub content: &'a [u8],
}

/// One line of the account's list: the entry and the balance after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LedgerLine {
    pub entry: Entry,
    pub balance: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LedgerView {
    pub person_id: PersonId,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// The balance before the first line shown.
    pub opening_balance: Money,
    pub lines: Vec<LedgerLine>,
    pub money_in: Money,
    pub money_out: Money,
    pub closing_balance: Money,
}

/// Checks a payment and what it links to; answers the details or every problem.
fn check(db: &Database, person: PersonId, draft: &EntryDraft) -> CoreResult<EntryDetails> {
    let start = account_terms(db, person)?.start;
    check_from(db, person, start, draft)
}

/// [`check`] for a direct payment that started on `start`.
fn check_from(
    db: &Database,
    person: PersonId,
    start: NaiveDate,
    draft: &EntryDraft,
) -> CoreResult<EntryDetails> {
    let mut problems = Problems::default();
    let details = validate_entry(draft, start)
        .map_err(|p| problems.absorb(&p, ""))
        .ok();
    if let Some(employment) = draft.employment_id {
        match employment_of_person(db, person, employment, "employment_id") {
            Ok(_) => {}
            Err(CoreError::Invalid(p)) => problems.absorb(&p, ""),
            Err(CoreError::NotFound { .. }) => problems.add(
                "employment_id",
                format!("There is no employment with the number {employment}"),
            ),
            Err(other) => return Err(other),
        }
    }
    if let Some(line) = draft.plan_line_id {
        if !db.store.plan_lines(person)?.iter().any(|l| l.id == line) {
            problems.add(
                "plan_line_id",
                format!("Plan line {line} is not one of person {person}'s"),
            );
        }
    }
    Ok(problems.finish(|| details)?)
}

/// Records a payment in or out, with its receipt if one is given. Nothing is saved unless both
/// are accepted.
pub fn add_entry(
    db: &mut Database,
    person: PersonId,
    draft: &EntryDraft,
    receipt: Option<ReceiptFile>,
) -> CoreResult<Entry> {
    let mut problems = Problems::default();
    let details = match check(db, person, draft) {
        Ok(details) => Some(details),
        Err(CoreError::Invalid(p)) => {
            problems.absorb(&p, "");
            None
        }
        Err(other) => return Err(other),
    };
    let receipt = receipt.map(|file| {
        let checked = check_receipt(file.file_name, file.content)
            .map_err(|p| problems.absorb(&p, ""))
            .ok();
        (checked, file.content)
    });
    let details = problems.finish(|| details)?;
    let receipt = receipt.and_then(|(checked, content)| Some((checked?, content)));
    let id = db
        .store
        .insert_entry(person, &details, receipt.as_ref().map(|(r, c)| (r, *c)))?;
    get_entry(db, id)
}

/// Records many payments at once (a statement import), all or none: a problem is reported against
/// its row, as "3.amount".
pub fn add_entries(
    db: &mut Database,
    person: PersonId,
    drafts: &[EntryDraft],
) -> CoreResult<Vec<EntryId>> {
    let start = account_terms(db, person)?.start;
    let mut problems = Problems::default();
    let mut checked = Vec::with_capacity(drafts.len());
    for (row, draft) in drafts.iter().enumerate() {
        match check_from(db, person, start, draft) {
            Ok(details) => checked.push(details),
            Err(CoreError::Invalid(p)) => problems.absorb(&p, &format!("{row}.")),
            Err(other) => return Err(other),
        }
    }
    if !problems.is_empty() {
        return Err(problems.into());
    }
    Ok(db.store.insert_entries(person, &checked)?)
}

/// Changes a payment: the draft replaces it, and each changed field is recorded in the audit trail.
pub fn edit_entry(db: &mut Database, id: EntryId, draft: &EntryDraft) -> CoreResult<Entry> {
    let old = get_entry(db, id)?;
    let details = check(db, old.person_id, draft)?;
    let changes = entry_changes(&old.details, &details);
    if !changes.is_empty() {
        db.store
            .update_entry(id, old.person_id, &details, &changes)?;
    }
    get_entry(db, id)
}

/// The form for changing a payment, filled in.
pub fn entry_draft(db: &Database, id: EntryId) -> CoreResult<EntryDraft> {
    Ok(get_entry(db, id)?.details.to_draft())
}

/// Deletes a payment: it leaves every list and sum but is kept, with the reason, in the audit
/// trail; money owed it settled is unsettled again.
pub fn delete_entry(db: &mut Database, id: EntryId, reason: &str) -> CoreResult<()> {
    let entry = get_entry(db, id)?;
    let reason = reason.trim();
    if reason.is_empty() {
        let mut p = Problems::default();
        p.add(
            "reason",
            "Say why the entry is being deleted, like \"entered twice\"",
        );
        return Err(p.into());
    }
    db.store
        .delete_entry(id, entry.person_id, &describe_entry(&entry.details), reason)?;
    Ok(())
}

/// Keeps a receipt (PDF, JPEG or PNG, at most 10 MB) with a payment.
pub fn attach_receipt(db: &mut Database, id: EntryId, file: ReceiptFile) -> CoreResult<Entry> {
    let entry = get_entry(db, id)?;
    let checked = check_receipt(file.file_name, file.content)?;
    db.store
        .insert_receipt(entry.person_id, id, &checked, file.content)?;
    get_entry(db, id)
}

/// A receipt with its content, to save as a file.
pub fn receipt(db: &Database, id: ReceiptId) -> CoreResult<Receipt> {
    db.store
        .receipt(id)?
        .map(|(_, receipt)| receipt)
        .ok_or(CoreError::NotFound {
            what: "receipt",
            id: id.0,
        })
}

/// A person's payments from `from` to `to` (either open), by date, each with the balance after it.
pub fn list_entries(
    db: &Database,
    person: PersonId,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> CoreResult<LedgerView> {
    get_person(db, person)?;
    let mut running = 0i128;
    let mut opening = 0i128;
    let (mut money_in, mut money_out) = (0i128, 0i128);
    let mut lines = Vec::new();
    for entry in db.store.entries(person)? {
        let d = &entry.details;
        if to.is_some_and(|to| d.date > to) {
            break;
        }
        running += d.signed_pennies();
        if from.is_some_and(|from| d.date < from) {
            opening = running;
            continue;
        }
        match d.signed_pennies() {
            p if p >= 0 => money_in += p,
            p => money_out -= p,
        }
        lines.push(LedgerLine {
            balance: Money::from_pennies(running),
            entry,
        });
    }
    Ok(LedgerView {
        person_id: person,
        from,
        to,
        opening_balance: Money::from_pennies(opening),
        lines,
        money_in: Money::from_pennies(money_in),
        money_out: Money::from_pennies(money_out),
        closing_balance: Money::from_pennies(running),
    })
}

/// Every change to a person's account records, oldest first.
pub fn audit_trail(db: &Database, person: PersonId) -> CoreResult<Vec<AuditRecord>> {
    get_person(db, person)?;
    Ok(db.store.audit_trail(person)?)
}

/// Whether a bank-statement line with this fingerprint (see `import_fingerprint`) is already in
/// the person's account, so an import can skip it.
pub fn has_import_fingerprint(
    db: &Database,
    person: PersonId,
    fingerprint: &str,
) -> CoreResult<bool> {
    Ok(db.store.has_import_fingerprint(person, fingerprint)?)
}

pub(super) fn get_entry(db: &Database, id: EntryId) -> CoreResult<Entry> {
    db.store.entry(id)?.ok_or_else(|| entry_not_found(id))
}
