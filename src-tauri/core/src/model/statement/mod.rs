//! Bank and prepaid-card statements read from CSV: the columns mapped (known layouts without asking),
//! dates in the format chosen, amounts as one signed column or paid in and paid out, each line
//! checked, and a fingerprint so that importing the same statement again adds nothing.

mod fingerprint;
mod layouts;
mod read;
mod rules;
mod values;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

pub use crate::model::account::Direction;
use crate::model::money::Money;

pub use fingerprint::fingerprints;
pub use layouts::{guess_mapping, Layout, LAYOUTS};
pub use read::{read_statement, statement_preview};
pub use rules::{file_line, validate_rule, Filing, ImportRule, ImportRuleDetails, ImportRuleDraft};
pub use values::{parse_statement_amount, parse_statement_date};

crate::coded_enum! {
    /// Where a statement column goes.
    pub enum StatementField {
        Date => ("date", "Date", None),
        Description => ("description", "Description or payee", None),
        Amount => ("amount", "Amount (money in positive, money out negative)", None),
        PaidIn => ("paid_in", "Paid in", None),
        PaidOut => ("paid_out", "Paid out", None),
        Balance => ("balance", "Balance", Some("Checked against the amounts")),
        Reference => ("reference", "Reference", None),
    }
}

crate::coded_enum! {
    /// How a statement writes its dates.
    pub enum DateFormat {
        DayMonthYear => ("dd/mm/yyyy", "Day, month, year (05/01/2026)", Some("How UK banks write dates")),
        DayMonthNameYear => ("dd mon yyyy", "Day, month name, year (05 Jan 2026)", None),
        YearMonthDay => ("yyyy-mm-dd", "Year, month, day (2026-01-05)", None),
        MonthDayYear => ("mm/dd/yyyy", "Month, day, year (01/05/2026)", Some("American order")),
    }
}

/// One transaction read from a statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StatementLine {
    /// The line of the file it is on (1-based).
    pub line: usize,
    pub date: NaiveDate,
    pub description: String,
    pub reference: String,
    pub direction: Direction,
    /// Always more than zero: `direction` says which way.
    pub amount: Money,
    /// The balance after it, as the statement gives it (below zero when overdrawn).
    pub balance: Option<Money>,
}

/// A line that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RejectedLine {
    pub line: usize,
    pub reason: String,
}

/// A line whose balance is not the one before it plus or minus its amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BalanceMismatch {
    pub line: usize,
    pub expected: Money,
    pub stated: Money,
}

/// The statement's transactions in date order, the lines that could not be read, and where its
/// balance column disagrees with its amounts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StatementRead {
    pub lines: Vec<StatementLine>,
    pub rejected: Vec<RejectedLine>,
    pub balance_mismatches: Vec<BalanceMismatch>,
}

/// The start of a statement file and how DP Hub would read it, for the mapping step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StatementPreview {
    /// The line the header row is on (after any account details above it).
    pub header_line: usize,
    pub headers: Vec<String>,
    pub sample_rows: Vec<Vec<String>>,
    pub mapping: Vec<Option<StatementField>>,
    /// The bank or card whose layout the header row matches ("Lloyds Bank"), when one does.
    pub layout: Option<String>,
    /// The date format the layout uses or that reads every date in the file.
    pub date_format: DateFormat,
    /// Whether the mapping can be used as it is (a known layout, or a date, an amount and a
    /// description found by their headers).
    pub recognised: bool,
    pub row_count: u32,
}

/// Rows shown in the preview.
pub const SAMPLE_ROWS: usize = 5;
