//! The direct payment account: payments in and out with their receipts, money owed, the balance,
//! the excess explained, the chart's figures, expected against received, and reconciling.

use std::path::PathBuf;

use chrono::NaiveDate;
use dphub_core::app::account::{
    self, AccountFormOptions, AuditRecord, BalanceView, ChartPoint, Entry, EntryDraft, EntryId,
    ExcessView, ExpectedView, LedgerView, MonitoringReturn, Owed, OwedDraft, OwedId, ReceiptFile,
    ReceiptId, ReconcileDraft, ReconcileView, ReturnFrequency, ReturnSettings,
};
use dphub_core::app::people::PersonId;
use dphub_core::model::input::parse_date;
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError};
use serde::Deserialize;
use ts_rs::TS;

use super::{Ctx, NoArgs};
use crate::error::{AppError, AppResult};
use crate::pdf_file::{open_pdf, pdf_of, save_pdf};

/// A person's account.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AccountRef {
    pub person_id: PersonId,
}

/// One payment, by number.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct EntryRef {
    pub id: EntryId,
}

/// A person's payments between two dates as typed ("" leaves that end open).
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ListEntries {
    pub person_id: PersonId,
    pub from: String,
    pub to: String,
}

/// A receipt file as chosen in the window: its name and content.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ReceiptUpload {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

impl ReceiptUpload {
    fn file(&self) -> ReceiptFile<'_> {
        ReceiptFile {
            file_name: &self.file_name,
            content: &self.bytes,
        }
    }
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AddEntry {
    pub person_id: PersonId,
    pub draft: EntryDraft,
    pub receipt: Option<ReceiptUpload>,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct EditEntry {
    pub id: EntryId,
    pub draft: EntryDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct DeleteEntry {
    pub id: EntryId,
    pub reason: String,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AttachReceipt {
    pub id: EntryId,
    pub receipt: ReceiptUpload,
}

/// Saves a kept receipt to `path` (chosen in the Save dialog).
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SaveReceipt {
    pub id: ReceiptId,
    #[ts(type = "string")]
    pub path: PathBuf,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AddOwed {
    pub person_id: PersonId,
    pub draft: OwedDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SettleOwed {
    pub id: OwedId,
    /// The payment out that paid it; `null` when none was chosen.
    pub entry_id: Option<EntryId>,
}

/// A person's account on a date; `null` means today.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AccountOn {
    pub person_id: PersonId,
    pub on: Option<NaiveDate>,
}

/// A person's account up to a date; `null` means today.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AccountTo {
    pub person_id: PersonId,
    pub to: Option<NaiveDate>,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct Reconcile {
    pub person_id: PersonId,
    pub draft: ReconcileDraft,
}

/// A monitoring return's period, with its dates as typed in From and To.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ReturnFor {
    pub person_id: PersonId,
    pub from: String,
    pub to: String,
}

impl ReturnFor {
    fn build(&self, cx: &Ctx) -> AppResult<MonitoringReturn> {
        let (from, to) = account::typed_return_period(&self.from, &self.to)?;
        cx.with_store(|s| Ok(account::monitoring_return(s, self.person_id, from, to)?))
    }
}

/// Saves the return as a PDF at `path` (chosen in the Save dialog; `.pdf` added if missing).
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SaveReturnPdf {
    pub period: ReturnFor,
    pub large_print: bool,
    #[ts(type = "string")]
    pub path: PathBuf,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct OpenReturnPdf {
    pub period: ReturnFor,
    pub large_print: bool,
}

/// Saves the return's payments as CSV at `path` (`.csv` added if missing).
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SaveReturnCsv {
    pub period: ReturnFor,
    #[ts(type = "string")]
    pub path: PathBuf,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct SetReturnFrequency {
    pub person_id: PersonId,
    pub every: ReturnFrequency,
}

/// A date as typed in a filter: none when left empty, else the date or the field's problem.
fn typed_date(problems: &mut Problems, field: &str, text: &str) -> Option<Option<NaiveDate>> {
    if text.trim().is_empty() {
        return Some(None);
    }
    match parse_date(text) {
        Ok(date) => Some(Some(date)),
        Err(e) => {
            problems.add(field, e.to_string());
            None
        }
    }
}

pub fn account_form_options(_: &Ctx, _: NoArgs) -> AppResult<AccountFormOptions> {
    Ok(account::account_form_options())
}

pub fn list_entries(cx: &Ctx, a: ListEntries) -> AppResult<LedgerView> {
    let mut problems = Problems::default();
    let from = typed_date(&mut problems, "from", &a.from);
    let to = typed_date(&mut problems, "to", &a.to);
    let (Some(from), Some(to)) = (from, to) else {
        return Err(CoreError::from(problems).into());
    };
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(AppError::on_field(
                "to",
                "The end date must be on or after the start date",
            ));
        }
    }
    cx.with_store(|s| Ok(account::list_entries(s, a.person_id, from, to)?))
}

pub fn add_entry(cx: &Ctx, a: AddEntry) -> AppResult<Entry> {
    cx.with_store(|s| {
        Ok(account::add_entry(
            s,
            a.person_id,
            &a.draft,
            a.receipt.as_ref().map(ReceiptUpload::file),
        )?)
    })
}

pub fn entry_draft(cx: &Ctx, a: EntryRef) -> AppResult<EntryDraft> {
    cx.with_store(|s| Ok(account::entry_draft(s, a.id)?))
}

pub fn edit_entry(cx: &Ctx, a: EditEntry) -> AppResult<Entry> {
    cx.with_store(|s| Ok(account::edit_entry(s, a.id, &a.draft)?))
}

pub fn delete_entry(cx: &Ctx, a: DeleteEntry) -> AppResult<()> {
    cx.with_store(|s| Ok(account::delete_entry(s, a.id, &a.reason)?))
}

pub fn attach_receipt(cx: &Ctx, a: AttachReceipt) -> AppResult<Entry> {
    cx.with_store(|s| Ok(account::attach_receipt(s, a.id, a.receipt.file())?))
}

/// Answers the path written.
pub fn save_receipt(cx: &Ctx, a: SaveReceipt) -> AppResult<String> {
    let receipt = cx.with_store(|s| Ok(account::receipt(s, a.id)?))?;
    dphub_core::app::files::write_whole(&a.path, &receipt.content).map_err(|e| {
        AppError::storage(format!(
            "The receipt could not be saved to {}: {e}",
            a.path.display()
        ))
    })?;
    Ok(a.path.display().to_string())
}

pub fn audit_trail(cx: &Ctx, a: AccountRef) -> AppResult<Vec<AuditRecord>> {
    cx.with_store(|s| Ok(account::audit_trail(s, a.person_id)?))
}

pub fn add_owed(cx: &Ctx, a: AddOwed) -> AppResult<Owed> {
    cx.with_store(|s| Ok(account::add_owed(s, a.person_id, &a.draft)?))
}

pub fn list_owed(cx: &Ctx, a: AccountRef) -> AppResult<Vec<Owed>> {
    cx.with_store(|s| Ok(account::list_owed(s, a.person_id)?))
}

pub fn settle_owed(cx: &Ctx, a: SettleOwed) -> AppResult<Owed> {
    let Some(entry) = a.entry_id else {
        return Err(AppError::on_field(
            "entry_id",
            "Choose the payment that paid it",
        ));
    };
    cx.with_store(|s| Ok(account::settle_owed(s, a.id, entry)?))
}

pub fn balance_on(cx: &Ctx, a: AccountOn) -> AppResult<BalanceView> {
    let on = a.on.unwrap_or_else(today);
    cx.with_store(|s| Ok(account::balance_on(s, a.person_id, on)?))
}

pub fn excess_on(cx: &Ctx, a: AccountOn) -> AppResult<ExcessView> {
    let on = a.on.unwrap_or_else(today);
    cx.with_store(|s| Ok(account::excess_on(s, a.person_id, on)?))
}

pub fn excess_chart(cx: &Ctx, a: AccountTo) -> AppResult<Vec<ChartPoint>> {
    let to = a.to.unwrap_or_else(today);
    cx.with_store(|s| Ok(account::excess_chart(s, a.person_id, to)?))
}

pub fn expected_payments(cx: &Ctx, a: AccountTo) -> AppResult<ExpectedView> {
    let to = a.to.unwrap_or_else(today);
    cx.with_store(|s| Ok(account::expected_payments(s, a.person_id, to)?))
}

pub fn reconcile(cx: &Ctx, a: Reconcile) -> AppResult<ReconcileView> {
    cx.with_store(|s| Ok(account::reconcile(s, a.person_id, &a.draft, today())?))
}

/// How often the council asks for a monitoring return, and the latest period ended today.
pub fn return_settings(cx: &Ctx, a: AccountRef) -> AppResult<ReturnSettings> {
    cx.with_store(|s| Ok(account::return_settings(s, a.person_id, today())?))
}

pub fn set_return_frequency(cx: &Ctx, a: SetReturnFrequency) -> AppResult<ReturnSettings> {
    cx.with_store(|s| {
        account::set_return_frequency(s, a.person_id, a.every)?;
        Ok(account::return_settings(s, a.person_id, today())?)
    })
}

/// The return's figures for the period, as the screen shows them.
pub fn monitoring_return(cx: &Ctx, a: ReturnFor) -> AppResult<MonitoringReturn> {
    a.build(cx)
}

fn return_pdf(cx: &Ctx, period: &ReturnFor, large_print: bool) -> AppResult<Vec<u8>> {
    pdf_of(&account::return_document(&period.build(cx)?), large_print)
}

/// Answers the path written.
pub fn save_return_pdf(cx: &Ctx, a: SaveReturnPdf) -> AppResult<String> {
    save_pdf(&return_pdf(cx, &a.period, a.large_print)?, a.path)
}

/// Opens the return in the system's PDF viewer, to print.
pub fn open_return_pdf(cx: &Ctx, a: OpenReturnPdf) -> AppResult<String> {
    let stem = format!("monitoring-return-person-{}", a.period.person_id);
    open_pdf(cx, &stem, &return_pdf(cx, &a.period, a.large_print)?)
}

/// Answers the path written.
pub fn save_return_csv(cx: &Ctx, a: SaveReturnCsv) -> AppResult<String> {
    let csv = account::return_csv(&a.period.build(cx)?);
    let path = if a
        .path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        a.path
    } else {
        let mut name = a.path.into_os_string();
        name.push(".csv");
        PathBuf::from(name)
    };
    dphub_core::app::files::write_whole(&path, csv.as_bytes()).map_err(|e| {
        AppError::storage(format!(
            "The CSV file could not be saved to {}: {e}",
            path.display()
        ))
    })?;
    Ok(path.display().to_string())
}
