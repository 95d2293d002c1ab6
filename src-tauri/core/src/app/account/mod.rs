//! What the app and the CLI do with a person's direct payment account: payments in and out with
//! their receipts, money owed, the balance, the excess over the council's threshold, the payments
//! expected against those received, reconciling with a statement and the monitoring summary.
//! Every change is recorded in the audit trail; nothing is removed without a trace.

mod entries;
mod figures;
mod import;
mod owed;

pub use crate::model::account::*;
pub use entries::{
    add_entries, add_entry, attach_receipt, audit_trail, delete_entry, edit_entry, entry_draft,
    has_import_fingerprint, list_entries, receipt, LedgerLine, LedgerView, ReceiptFile,
};
pub use figures::{
    account_book, alerts, balance_on, excess_chart, excess_on, expected_payments, money_summary,
    monitoring_return, reconcile, return_frequency, return_settings, set_return_frequency,
    typed_return_period,
};
pub use import::{
    add_import_rule, delete_import_rule, import_rules, import_statement, plan_statement_import,
    preview_statement, statement_form_options, ClosingCheck, PlannedLine, SkippedLine,
    StatementFormOptions, StatementImportPlan, StatementImported, StatementMapping,
};
pub use owed::{add_owed, list_owed, settle_owed};

use serde::Serialize;
use ts_rs::TS;

use crate::app::people::get_person;
use crate::app::Database;
use crate::model::choice::Choice;
use crate::model::error::{CoreError, CoreResult};
use crate::model::people::PersonId;

/// The choices the account's forms offer, with labels, so the UI never spells them itself.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct AccountFormOptions {
    pub money_in: Vec<Choice<Category>>,
    pub money_out: Vec<Choice<Category>>,
    /// The largest receipt accepted, in bytes.
    pub max_receipt_bytes: u64,
}

pub fn account_form_options() -> AccountFormOptions {
    let side = |direction| {
        Category::choices()
            .into_iter()
            .filter(|c| c.value.direction() == direction)
            .collect()
    };
    AccountFormOptions {
        money_in: side(Direction::In),
        money_out: side(Direction::Out),
        max_receipt_bytes: MAX_RECEIPT_BYTES as u64,
    }
}

/// The direct payment's facts the account needs: its dates, threshold and terms history.
pub(crate) fn account_terms(db: &Database, person: PersonId) -> CoreResult<AccountTerms> {
    let dp = get_person(db, person)?.details.dp;
    Ok(AccountTerms {
        start: dp.start_date,
        end: dp.end_date,
        first_payment: dp.first_payment_date.unwrap_or(dp.start_date),
        threshold_weeks: dp.excess_threshold_weeks,
        history: db.store.terms_history(person)?,
    })
}

fn entry_not_found(id: EntryId) -> CoreError {
    CoreError::NotFound {
        what: "account entry",
        id: id.0,
    }
}
