//! `dphub account …`: the commands and their flags.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use dphub_core::app::account::{EntryId, OwedId, ReceiptId};
use dphub_core::app::costs::PlanLineId;
use dphub_core::app::employment::EmploymentId;
use dphub_core::app::people::PersonId;
use dphub_core::model::ids::ImportRuleId;

#[derive(Subcommand)]
pub enum AccountCommand {
    /// Record a payment in (--in) or out (--out) of the direct payment account.
    Add {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[command(flatten)]
        fields: EntryFields,
        /// A receipt to keep with it: PDF, JPEG or PNG, 10 MB at most.
        #[arg(long, value_name = "FILE")]
        receipt: Option<PathBuf>,
    },
    /// Change a payment: only the flags given change; each change is kept in the audit trail.
    Edit {
        id: EntryId,
        #[command(flatten)]
        fields: EntryFields,
    },
    /// Delete a payment: it leaves the account but stays in the audit trail with the reason.
    Delete {
        id: EntryId,
        /// Why, like "entered twice".
        #[arg(long)]
        reason: String,
    },
    /// Keep a receipt (PDF, JPEG or PNG, 10 MB at most) with a payment.
    Attach {
        id: EntryId,
        #[arg(long, value_name = "FILE")]
        receipt: PathBuf,
    },
    /// Save a kept receipt as a file ("-" writes it to standard output).
    Receipt {
        id: ReceiptId,
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
    },
    /// Record money the account owes: wages, tax or a bill not yet paid.
    Owe {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[arg(long, allow_hyphen_values = true)]
        amount: Option<String>,
        /// What it is for, like "March wages for Ann".
        #[arg(long, value_name = "TEXT")]
        what: Option<String>,
        /// When it must be paid.
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        /// A money-out category, like pa-wages or hmrc.
        #[arg(long)]
        category: Option<String>,
        /// Who is owed.
        #[arg(long)]
        payee: Option<String>,
    },
    /// Import a bank or prepaid-card statement saved as CSV: shows what it would add, skip and
    /// refuse; with --yes it adds every new line at once (a line imported before is skipped).
    Import {
        /// The statement file (CSV).
        file: PathBuf,
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// Where a column goes, when DP Hub's guess is wrong: "Header=field", the field one of date,
        /// description, amount, paid-in, paid-out, balance, reference or ignore. Repeat for each.
        #[arg(long = "map", value_name = "HEADER=FIELD")]
        map: Vec<String>,
        /// How the dates are written: dd/mm/yyyy, dd mon yyyy, yyyy-mm-dd or mm/dd/yyyy (found from
        /// the dates when not given).
        #[arg(long, value_name = "FORMAT")]
        date_format: Option<String>,
        /// Add the lines; without it nothing is saved.
        #[arg(long)]
        yes: bool,
    },
    /// The monitoring return's payments as CSV (opening and closing balances first and last); the
    /// printable return is `dphub doc return`.
    Return {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[arg(long, value_name = "DATE")]
        from: String,
        #[arg(long, value_name = "DATE")]
        to: String,
        /// The CSV file to write (replaced if it exists; never left half-written).
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
    },
    /// How often the person's council asks for a monitoring return (shown; changed with
    /// --return-every quarterly, half-yearly or yearly), and how many years their records are kept
    /// (--keep-records-years, 6 unless set). What needs doing lists the next return, and the
    /// yearly checklist says when the oldest records may be shredded.
    Settings {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[arg(long, value_name = "HOW_OFTEN")]
        return_every: Option<String>,
        #[arg(long, value_name = "YEARS")]
        keep_records_years: Option<u32>,
    },
    /// Rules that file statement lines as they are imported ("payee contains SMITH: PA wages").
    #[command(subcommand)]
    Rule(RuleCommand),
    /// Settle money owed with the payment out that paid it.
    Settle {
        /// The owed item (see `dphub account owed`).
        id: OwedId,
        /// The payment that paid it (see `dphub account list`).
        #[arg(long, value_name = "ID")]
        entry: EntryId,
    },
    /// Money the account owes or owed.
    Owed {
        #[arg(long, value_name = "ID")]
        person: PersonId,
    },
    /// Payments in and out, by date, with the running balance.
    List {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
    },
    /// The balance at the end of a day (default today).
    Balance {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// Money held above the council's excess-balance threshold on a day (default today), explained.
    Excess {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// The balance and the allowed amount every week from the start to a day (default today).
    Chart {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
    },
    /// Council payments and contributions expected up to a day (default today), against those received.
    Expected {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
    },
    /// Compare a statement's closing balance with DP Hub's; when they agree, mark entries reconciled.
    Reconcile {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// The statement's date.
        #[arg(long, value_name = "DATE")]
        on: String,
        /// The statement's closing balance ("-12.50" when overdrawn).
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        statement_balance: String,
    },
    /// Money in and out by category between two days, with opening and closing balances.
    Summary {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[arg(long, value_name = "DATE")]
        from: String,
        #[arg(long, value_name = "DATE")]
        to: String,
    },
    /// Every change to the account's records, oldest first.
    Audit {
        #[arg(long, value_name = "ID")]
        person: PersonId,
    },
}

/// A payment's fields, as people type them.
#[derive(Args)]
pub struct EntryFields {
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Money in: the amount, like 1,069.60.
    #[arg(
        long = "in",
        value_name = "AMOUNT",
        conflicts_with = "money_out",
        allow_hyphen_values = true
    )]
    pub money_in: Option<String>,
    /// Money out: the amount, like 52.00.
    #[arg(long = "out", value_name = "AMOUNT", allow_hyphen_values = true)]
    pub money_out: Option<String>,
    /// In: council-payment, contribution, refund, interest, other-in. Out: pa-wages, hmrc, pension,
    /// agency, respite, day-services, insurance, payroll-service, equipment, travel, activities,
    /// other-out.
    #[arg(long)]
    pub category: Option<String>,
    /// Who was paid, or who paid in.
    #[arg(long, alias = "payer")]
    pub payee: Option<String>,
    /// The employment the payment is for (see `dphub employ list`).
    #[arg(long, value_name = "ID")]
    pub employment: Option<EmploymentId>,
    /// The support-plan line the payment is for (see `dphub plan show`).
    #[arg(long, value_name = "ID")]
    pub plan_line: Option<PlanLineId>,
    /// A reference, like an invoice or payslip number.
    #[arg(long = "ref", value_name = "REF")]
    pub reference: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Subcommand)]
pub enum RuleCommand {
    /// Remember a rule: a statement line whose description or reference contains the text is filed
    /// under the category (with the payee and employment given).
    Add {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// The text to look for, in any case, like SMITH.
        #[arg(long, value_name = "TEXT")]
        contains: String,
        /// A category code, like pa-wages or council-payment.
        #[arg(long)]
        category: String,
        /// Who the payment is to or from.
        #[arg(long)]
        payee: Option<String>,
        /// The employment the payments are for (wages of one PA).
        #[arg(long, value_name = "ID")]
        employment: Option<EmploymentId>,
    },
    /// The person's rules, in the order they are tried.
    List {
        #[arg(long, value_name = "ID")]
        person: PersonId,
    },
    /// Forget a rule.
    Delete {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        id: ImportRuleId,
    },
}
