//! The direct payment account: the ledger of money in and out, receipts, money owed, what the
//! council and the person should have paid in, the balance, the excess over the council's threshold
//! and the figures a monitoring return asks for. Pure rules: the store keeps the records.

mod alerts;
mod audit;
mod balance;
mod book;
mod category;
mod chart;
mod entry;
mod excess;
mod expected;
mod matching;
mod monitoring_return;
mod owed;
mod receipt;
mod reconcile;
mod summary;

pub use alerts::{
    account_alerts, AccountAlert, ReturnFrequency, RECONCILE_EVERY_WEEKS, RETURN_DUE_DAYS,
};
pub use audit::{describe_entry, entry_changes, AuditRecord};
pub use balance::Movements;
pub use book::{AccountBook, AccountTerms, BalanceView};
pub use category::{parse_category, Category, Direction};
pub use chart::{weekly_series, ChartPoint};
pub use entry::{import_fingerprint, validate_entry, Entry, EntryDetails, EntryDraft};
pub use excess::{excess_on, weekly_gross, ExcessView, OWED_LOOKAHEAD_DAYS};
pub use expected::{expected_payments, ExpectedPayment};
pub use matching::{
    match_payments, ContributionCheck, ExpectedLine, ExpectedView, PaymentStatus, Received,
    MATCH_WINDOW_DAYS, ON_TIME_DAYS,
};
pub use monitoring_return::{
    last_return_period, return_csv, return_document, MonitoringReturn, ReconciledStatement,
    ReturnPeriod, ReturnSettings,
};
pub use owed::{counts_on, validate_owed, Owed, OwedDetails, OwedDraft};
pub use receipt::{check_receipt, NewReceipt, Receipt, ReceiptInfo, MAX_RECEIPT_BYTES};
pub use reconcile::{validate_reconcile, ReconcileDraft, ReconcileView, StatementCheck};
pub use summary::{money_summary, CategoryTotal, MoneySummary};

pub use crate::model::ids::{EntryId, OwedId, ReceiptId};
