//! How `dphub account` prints payments, money owed and the account's figures.

use std::path::Path;

use dphub_core::app::account::{
    AuditRecord, BalanceView, ChartPoint, Direction, Entry, ExcessView, ExpectedView, LedgerView,
    MoneySummary, Owed, Receipt, ReconcileView,
};
use dphub_core::app::costs::Figure;
use dphub_core::model::input::long_date;
use dphub_core::CoreError;
use serde_json::json;

use crate::input::problem;
use crate::printer::{line, more, table, Printer};

impl Printer {
    pub fn entry_saved(&self, verb: &str, entry: &Entry) {
        if self.json() {
            return self.json_value(entry);
        }
        let d = &entry.details;
        say!(
            "{verb} entry {}: {}, {} {}, {}{}.",
            entry.id,
            long_date(d.date),
            d.direction.label().to_lowercase(),
            d.amount.display(),
            d.category.label(),
            d.counterparty
                .as_deref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default()
        );
        for r in &entry.receipts {
            line(
                "Receipt",
                &format!(
                    "{} {} ({} bytes, receipt {})",
                    r.file_name, r.media_type, r.size, r.id
                ),
            );
        }
    }

    pub fn receipt_saved(&self, receipt: &Receipt, output: &Path) -> Result<(), CoreError> {
        if output.as_os_str() == "-" {
            use std::io::Write;
            return std::io::stdout()
                .write_all(&receipt.content)
                .map_err(|e| CoreError::Storage(format!("Could not write the receipt: {e}")));
        }
        std::fs::write(output, &receipt.content).map_err(|e| {
            problem(
                "output",
                &format!("Could not write {}: {e}", output.display()),
            )
        })?;
        if self.json() {
            self.json_value(&json!({
                "ok": true,
                "file": output,
                "receipt": receipt.info,
            }));
            return Ok(());
        }
        say!(
            "Saved {} ({} bytes) as {}.",
            receipt.info.file_name,
            receipt.info.size,
            output.display()
        );
        Ok(())
    }

    pub fn owed_saved(&self, verb: &str, owed: &Owed) {
        if self.json() {
            return self.json_value(owed);
        }
        let d = &owed.details;
        say!(
            "{verb} owed item {}: {} {}, due {}{}.",
            owed.id,
            d.what,
            d.amount.display(),
            long_date(d.due_date),
            owed.settled_by
                .map(|e| format!(", settled by entry {e}"))
                .unwrap_or_default()
        );
    }

    pub fn owed_list(&self, list: &[Owed]) {
        if self.json() {
            return self.json_value(list);
        }
        if list.is_empty() {
            say!("Nothing owed is recorded.");
            return;
        }
        let rows: Vec<Vec<String>> = list
            .iter()
            .map(|o| {
                vec![
                    o.id.to_string(),
                    long_date(o.details.due_date),
                    o.details.what.clone(),
                    o.details.amount.display(),
                    o.details.payee.clone().unwrap_or_default(),
                    match (o.settled_by, o.settled_on) {
                        (Some(e), Some(on)) => format!("paid {} (entry {e})", long_date(on)),
                        _ => "unpaid".to_string(),
                    },
                ]
            })
            .collect();
        table(&["No.", "Due", "What", "Amount", "To", "Paid"], &rows, 40);
    }

    pub fn ledger(&self, v: &LedgerView) {
        if self.json() {
            return self.json_value(v);
        }
        if v.lines.is_empty() {
            say!("No payments in or out in this time.");
        } else {
            let rows: Vec<Vec<String>> = v
                .lines
                .iter()
                .map(|l| {
                    let d = &l.entry.details;
                    let amount = d.amount.display();
                    let (money_in, money_out) = match d.direction {
                        Direction::In => (amount, String::new()),
                        Direction::Out => (String::new(), amount),
                    };
                    vec![
                        l.entry.id.to_string(),
                        d.date.to_string(),
                        money_in,
                        money_out,
                        d.category.code().to_string(),
                        d.counterparty.clone().unwrap_or_default(),
                        d.reference.clone().unwrap_or_default(),
                        l.balance.display(),
                        if l.entry.reconciled_on.is_some() {
                            "✓"
                        } else {
                            ""
                        }
                        .to_string(),
                        match l.entry.receipts.len() {
                            0 => String::new(),
                            n => n.to_string(),
                        },
                    ]
                })
                .collect();
            table(
                &[
                    "No.", "Date", "In", "Out", "Category", "Who", "Ref", "Balance", "Rec.",
                    "Receipts",
                ],
                &rows,
                30,
            );
        }
        say!();
        line("Opening balance", &v.opening_balance.display());
        line("Money in", &v.money_in.display());
        line("Money out", &v.money_out.display());
        line("Closing balance", &v.closing_balance.display());
    }

    pub fn balance(&self, v: &BalanceView) {
        if self.json() {
            return self.json_value(v);
        }
        say!(
            "Balance at the end of {}: {}",
            long_date(v.on),
            v.balance.amount.display()
        );
        say!("  {}", v.balance.how.working);
    }

    pub fn excess(&self, v: &ExcessView) {
        if self.json() {
            return self.json_value(v);
        }
        say!("On {}", long_date(v.on));
        figure("Balance", &v.balance);
        figure("Money owed", &v.owed);
        figure("Held", &v.held);
        figure("Weekly gross", &v.weekly_gross);
        figure("Allowed", &v.allowed);
        match &v.excess {
            Some(excess) => figure("Excess", excess),
            None => line("Excess", "None"),
        }
        say!();
        for advice in &v.advice {
            say!("{advice}");
        }
    }

    pub fn chart(&self, points: &[ChartPoint]) {
        if self.json() {
            return self.json_value(points);
        }
        let rows: Vec<Vec<String>> = points
            .iter()
            .map(|p| vec![p.date.to_string(), p.balance.display(), p.allowed.display()])
            .collect();
        table(&["Week of", "Balance", "Allowed"], &rows, 20);
    }

    pub fn expected(&self, v: &ExpectedView) {
        if self.json() {
            return self.json_value(v);
        }
        let rows: Vec<Vec<String>> = v
            .lines
            .iter()
            .map(|l| {
                vec![
                    l.expected.date.to_string(),
                    l.expected.council_pays.display(),
                    l.status.label().to_string(),
                    l.received
                        .as_ref()
                        .map(|r| {
                            format!(
                                "{} on {} (entry {})",
                                r.amount.display(),
                                r.date,
                                r.entry_id
                            )
                        })
                        .unwrap_or_default(),
                ]
            })
            .collect();
        if rows.is_empty() {
            say!("No council payments were due by {}.", long_date(v.to));
        } else {
            table(&["Due", "Council pays", "Status", "Received"], &rows, 40);
        }
        for extra in &v.extra {
            say!(
                "Not expected: {} received {} (entry {})",
                extra.amount.display(),
                extra.date,
                extra.entry_id
            );
        }
        say!();
        line("Contributions", &v.contributions.how);
        say!();
        say!("{}", v.rule);
    }

    pub fn reconciled(&self, v: &ReconcileView) {
        if self.json() {
            return self.json_value(v);
        }
        say!("{}", v.message);
        if !v.reconciled {
            line("Statement", &v.statement_balance.display());
            line("DP Hub", &v.ledger_balance.display());
            line("Difference", &v.difference.display());
        }
    }

    pub fn money_summary(&self, s: &MoneySummary) {
        if self.json() {
            return self.json_value(s);
        }
        say!("From {} to {}", long_date(s.from), long_date(s.to));
        line("Opening balance", &s.opening_balance.display());
        for (heading, lines, total) in [
            ("Money in", &s.money_in, s.total_in),
            ("Money out", &s.money_out, s.total_out),
        ] {
            say!("{heading}");
            for l in lines {
                line(
                    &format!("  {}", l.label),
                    &format!("{} ({})", l.total.display(), l.count),
                );
            }
            line(
                &format!("Total {}", heading.to_lowercase()),
                &total.display(),
            );
        }
        line("Closing balance", &s.closing_balance.display());
    }

    pub fn audit(&self, trail: &[AuditRecord]) {
        if self.json() {
            return self.json_value(trail);
        }
        if trail.is_empty() {
            say!("No changes recorded.");
            return;
        }
        let rows: Vec<Vec<String>> = trail
            .iter()
            .map(|a| {
                vec![
                    a.at.clone(),
                    format!("{} {}", a.record, a.record_id),
                    a.action.clone(),
                    a.field.clone().unwrap_or_default(),
                    a.old_value.clone().unwrap_or_default(),
                    a.new_value.clone().unwrap_or_default(),
                ]
            })
            .collect();
        table(
            &["When", "Record", "Action", "Field", "Was", "Now"],
            &rows,
            50,
        );
    }
}

fn figure(label: &str, f: &Figure) {
    line(label, &f.amount.display());
    more(&f.how.working);
}
