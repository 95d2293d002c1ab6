//! The monitoring return a council asks for: the account's money over a period (opening balance,
//! money in and out by category, closing balance), the statement it was last reconciled with, money
//! owed, the excess, and every transaction with its receipts; as a printable document and as CSV.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::{Direction, Entry, ExcessView, MoneySummary, Owed, ReturnFrequency};
use crate::model::choice::Choice;
use crate::model::documents::{Block, Document, KeyValue, Span};
use crate::model::input::long_date;
use crate::model::money::Money;

/// Everything the return shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct MonitoringReturn {
    pub person_name: String,
    pub council: String,
    pub council_reference: Option<String>,
    pub summary: MoneySummary,
    /// The last statement the account was reconciled with, on or before the period's end.
    pub reconciled: Option<ReconciledStatement>,
    /// Money owed at the period's end, as the excess counts it: unpaid, and due within 4 weeks or
    /// overdue.
    pub owed: Vec<Owed>,
    /// The excess over the council's threshold at the period's end.
    pub excess: Option<ExcessView>,
    /// The period's payments, oldest first.
    pub entries: Vec<Entry>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReconciledStatement {
    pub on: NaiveDate,
    pub balance: Money,
}

/// A period a monitoring return covers, both days included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReturnPeriod {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// "5 October 2025 to 4 January 2026".
    pub text: String,
}

impl ReturnPeriod {
    pub fn new(from: NaiveDate, to: NaiveDate) -> ReturnPeriod {
        ReturnPeriod {
            from,
            to,
            text: format!("{} to {}", long_date(from), long_date(to)),
        }
    }
}

/// The latest return period that has ended by `today`: periods run from the direct payment's
/// start, every 3, 6 or 12 months (as the account's alerts count them). Before the first one has
/// ended, the first one.
pub fn last_return_period(
    start: NaiveDate,
    every: ReturnFrequency,
    today: NaiveDate,
) -> ReturnPeriod {
    let months = every.months();
    let period = |k: u32| {
        let from = start.checked_add_months(Months::new(k * months))?;
        let to = start.checked_add_months(Months::new((k + 1) * months))? - Days::new(1);
        Some((from, to))
    };
    let mut last = period(0).unwrap_or((start, start));
    for k in 1u32.. {
        match period(k) {
            Some((from, to)) if to <= today => last = (from, to),
            _ => break,
        }
    }
    ReturnPeriod::new(last.0, last.1)
}

/// How often the person's council asks for a return, the choices, and the period the return screen
/// offers first.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ReturnSettings {
    pub every: ReturnFrequency,
    pub choices: Vec<Choice<ReturnFrequency>>,
    pub last_period: ReturnPeriod,
    /// Whether that period has ended (before the first one has, it is the period so far).
    pub last_period_ended: bool,
}

impl MonitoringReturn {
    fn period(&self) -> String {
        format!(
            "{} to {}",
            long_date(self.summary.from),
            long_date(self.summary.to)
        )
    }

    fn owed_total(&self) -> Money {
        self.owed
            .iter()
            .fold(Money::ZERO, |sum, o| sum + o.details.amount)
    }
}

fn kv(key: &str, value: impl Into<String>) -> KeyValue {
    KeyValue {
        key: key.to_string(),
        value: value.into(),
    }
}

fn paragraph(text: impl Into<String>) -> Block {
    Block::Paragraph {
        spans: vec![Span {
            text: text.into(),
            bold: false,
        }],
    }
}

/// The return as a document, ready to print (large print is the PDF's option).
pub fn return_document(r: &MonitoringReturn) -> Document {
    let s = &r.summary;
    let mut blocks = vec![Block::KeyValues {
        rows: vec![
            kv("Direct payment holder", r.person_name.clone()),
            kv("Council", r.council.clone()),
            kv(
                "Council reference",
                r.council_reference
                    .clone()
                    .unwrap_or_else(|| "Not recorded".to_string()),
            ),
            kv("Period", r.period()),
        ],
    }];
    blocks.push(Block::Heading {
        level: 1,
        text: "Money in and out".to_string(),
    });
    let mut rows = vec![vec![
        format!("Opening balance on {}", long_date(s.from)),
        String::new(),
        s.opening_balance.display(),
    ]];
    for (label, lines, total) in [
        ("Money in", &s.money_in, s.total_in),
        ("Money out", &s.money_out, s.total_out),
    ] {
        for line in lines {
            rows.push(vec![
                format!("{label}: {}", line.label),
                line.count.to_string(),
                line.total.display(),
            ]);
        }
        rows.push(vec![
            format!("Total {}", label.to_lowercase()),
            String::new(),
            total.display(),
        ]);
    }
    rows.push(vec![
        format!("Closing balance on {}", long_date(s.to)),
        String::new(),
        s.closing_balance.display(),
    ]);
    blocks.push(Block::Table {
        header: vec!["".to_string(), "How many".to_string(), "Amount".to_string()],
        widths: vec![52, 20, 28],
        rows,
    });
    blocks.push(Block::Heading {
        level: 1,
        text: "Checks".to_string(),
    });
    let mut checks = vec![match &r.reconciled {
        Some(st) => kv(
            "Bank statement",
            format!(
                "Reconciled with the statement balance of {} on {}",
                st.balance.display(),
                long_date(st.on)
            ),
        ),
        None => kv(
            "Bank statement",
            "Not reconciled with a statement in DP Hub",
        ),
    }];
    checks.push(kv(
        "Money owed at the end",
        if r.owed.is_empty() {
            "None".to_string()
        } else {
            match r.owed.len() {
                1 => format!("{} (1 item)", r.owed_total().display()),
                n => format!("{} ({n} items)", r.owed_total().display()),
            }
        },
    ));
    if let Some(e) = &r.excess {
        checks.push(kv(
            "Excess over the threshold",
            match &e.excess {
                Some(x) => format!("{}: {}", x.amount.display(), x.how.working),
                None => format!("None: {}", e.allowed.how.working),
            },
        ));
    }
    blocks.push(Block::KeyValues { rows: checks });
    if !r.owed.is_empty() {
        blocks.push(Block::Table {
            header: vec!["Owed".to_string(), "Due".to_string(), "Amount".to_string()],
            widths: vec![55, 25, 20],
            rows: r
                .owed
                .iter()
                .map(|o| {
                    vec![
                        o.details.what.clone(),
                        long_date(o.details.due_date),
                        o.details.amount.display(),
                    ]
                })
                .collect(),
        });
    }
    blocks.push(Block::Heading {
        level: 1,
        text: "Transactions".to_string(),
    });
    if r.entries.is_empty() {
        blocks.push(paragraph("No payments in this period."));
    } else {
        blocks.push(Block::Table {
            header: ["Date", "Who and what", "In or out"]
                .map(String::from)
                .to_vec(),
            widths: vec![20, 52, 28],
            rows: r.entries.iter().map(transaction_row).collect(),
        });
    }
    blocks.push(paragraph(
        "Keep the bank statements and receipts for this period: councils may ask to see them, and \
         records of a direct payment should be kept for at least 6 years.",
    ));
    Document {
        title: "Direct payment monitoring return".to_string(),
        subtitle: Some(format!("{}: {}", r.person_name, r.period())),
        blocks,
    }
}

fn transaction_row(e: &Entry) -> Vec<String> {
    let d = &e.details;
    let who = [
        d.counterparty.clone(),
        Some(d.category.label().to_string()),
        d.reference.clone(),
    ]
    .into_iter()
    .flatten()
    .filter(|t| !t.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let amount = match d.direction {
        Direction::In => format!("In {}", d.amount.display()),
        Direction::Out => format!("Out {}", d.amount.display()),
    };
    let receipts = if e.receipts.is_empty() {
        "no receipt".to_string()
    } else {
        let names: Vec<&str> = e.receipts.iter().map(|r| r.file_name.as_str()).collect();
        format!("receipt: {}", names.join(", "))
    };
    vec![
        d.date.format("%-d %b %Y").to_string(),
        format!("{who} ({receipts})"),
        amount,
    ]
}

fn write_row(w: &mut csv::Writer<Vec<u8>>, cells: &[String]) {
    w.write_record(
        cells
            .iter()
            .map(|c| crate::model::csv_cell::neutralise(c).into_owned()),
    )
    .expect("writing to memory")
}

/// The return's transactions as CSV, one row a payment, with the summary rows first.
pub fn return_csv(r: &MonitoringReturn) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let s = &r.summary;
    let mut row = |cells: &[String]| write_row(&mut w, cells);
    row(&[
        "Date",
        "Direction",
        "Category",
        "Who",
        "Reference",
        "Amount",
        "Receipts (SHA-256)",
        "Note",
    ]
    .map(String::from));
    row(&[
        s.from.to_string(),
        String::new(),
        "Opening balance".into(),
        String::new(),
        String::new(),
        s.opening_balance.to_canonical_string(),
        String::new(),
        String::new(),
    ]);
    for e in &r.entries {
        let d = &e.details;
        let receipts = e
            .receipts
            .iter()
            .map(|x| format!("{} ({})", x.file_name, x.sha256))
            .collect::<Vec<_>>()
            .join("; ");
        row(&[
            d.date.to_string(),
            d.direction.code().to_string(),
            d.category.code().to_string(),
            d.counterparty.clone().unwrap_or_default(),
            d.reference.clone().unwrap_or_default(),
            d.amount.to_canonical_string(),
            receipts,
            d.note.clone(),
        ]);
    }
    row(&[
        s.to.to_string(),
        String::new(),
        "Closing balance".into(),
        String::new(),
        String::new(),
        s.closing_balance.to_canonical_string(),
        String::new(),
        String::new(),
    ]);
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("UTF-8 in, UTF-8 out")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::{Category, EntryDetails, ReceiptInfo};
    use crate::model::documents::Block;
    use crate::model::ids::{EntryId, PersonId, ReceiptId};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn entry(id: i64, direction: Direction, amount: &str, category: Category, who: &str) -> Entry {
        Entry {
            id: EntryId(id),
            person_id: PersonId(1),
            details: EntryDetails {
                date: d(2026, 1, 12),
                direction,
                amount: amount.parse().unwrap(),
                category,
                counterparty: Some(who.to_string()),
                employment_id: None,
                plan_line_id: None,
                reference: None,
                note: String::new(),
                import_fingerprint: None,
            },
            reconciled_on: None,
            receipts: Vec::new(),
        }
    }

    fn a_return() -> MonitoringReturn {
        let mut wages = entry(
            2,
            Direction::Out,
            "216.00",
            Category::PaWages,
            "=HYPERLINK(\"x\")",
        );
        wages.receipts.push(ReceiptInfo {
            id: ReceiptId(1),
            entry_id: EntryId(2),
            file_name: "payslip.pdf".into(),
            media_type: "application/pdf".into(),
            size: 20,
            sha256: "ab".repeat(32),
        });
        let entries = vec![
            entry(
                1,
                Direction::In,
                "1069.60",
                Category::CouncilPayment,
                "Hampshire CC",
            ),
            wages,
        ];
        let details: Vec<EntryDetails> = entries.iter().map(|e| e.details.clone()).collect();
        MonitoringReturn {
            person_name: "Zoë Łukasiewicz".into(),
            council: "Hampshire County Council".into(),
            council_reference: None,
            summary: crate::model::account::money_summary(&details, d(2026, 1, 1), d(2026, 3, 31)),
            reconciled: Some(ReconciledStatement {
                on: d(2026, 1, 19),
                balance: "853.60".parse().unwrap(),
            }),
            owed: Vec::new(),
            excess: None,
            entries,
        }
    }

    #[test]
    fn the_last_period_is_the_latest_ended_from_the_start_of_the_direct_payment() {
        let start = d(2026, 1, 5);
        let q = |today| last_return_period(start, ReturnFrequency::Quarterly, today);
        // Before the first quarter has ended: the first quarter.
        assert_eq!(
            (q(d(2026, 3, 1)).from, q(d(2026, 3, 1)).to),
            (start, d(2026, 4, 4))
        );
        assert_eq!(q(d(2026, 4, 4)).to, d(2026, 4, 4));
        let later = q(d(2026, 11, 20));
        assert_eq!((later.from, later.to), (d(2026, 7, 5), d(2026, 10, 4)));
        assert_eq!(later.text, "5 July 2026 to 4 October 2026");
        let year = last_return_period(start, ReturnFrequency::Yearly, d(2028, 2, 1));
        assert_eq!((year.from, year.to), (d(2027, 1, 5), d(2028, 1, 4)));
        let half = last_return_period(start, ReturnFrequency::HalfYearly, d(2026, 7, 5));
        assert_eq!((half.from, half.to), (start, d(2026, 7, 4)));
    }

    #[test]
    fn the_document_has_the_summary_checks_and_every_payment_with_its_receipts() {
        let doc = return_document(&a_return());
        assert_eq!(doc.title, "Direct payment monitoring return");
        assert_eq!(
            doc.subtitle.as_deref(),
            Some("Zoë Łukasiewicz: 1 January 2026 to 31 March 2026")
        );
        let text = format!("{:?}", doc.blocks);
        for expected in [
            "Money in: Council payment",
            "£1,069.60",
            "Money out: PA wages",
            "Closing balance on 31 March 2026",
            "£853.60",
            "Reconciled with the statement balance of £853.60 on 19 January 2026",
            "receipt: payslip.pdf",
            "Out £216.00",
        ] {
            assert!(text.contains(expected), "{expected:?} not in {text}");
        }
        let tables = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Table { .. }))
            .count();
        assert_eq!(tables, 2, "money in and out, and the transactions");
    }

    #[test]
    fn the_csv_has_every_payment_with_receipt_fingerprints_and_neutralises_formulas() {
        let csv = return_csv(&a_return());
        let rows: Vec<&str> = csv.lines().collect();
        assert_eq!(rows.len(), 5, "header, opening, 2 payments, closing: {csv}");
        assert_eq!(rows[1], "2026-01-01,,Opening balance,,,0.00,,");
        assert!(rows[3].contains(&format!("payslip.pdf ({})", "ab".repeat(32))));
        assert!(rows[3].contains("'=HYPERLINK"), "{}", rows[3]);
        assert_eq!(rows[4], "2026-03-31,,Closing balance,,,853.60,,");
    }
}
