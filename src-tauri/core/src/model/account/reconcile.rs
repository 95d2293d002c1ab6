//! Reconciling the account with a bank or card statement: the balance DP Hub works out on the
//! statement's date against the statement's own. Until they agree the difference is shown; once they
//! do, every entry up to that date is marked reconciled.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::fields::{date_field, money_field, optional};
use crate::model::input::long_date;
use crate::model::money::Money;
use crate::model::validation::Problems;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ReconcileDraft {
    /// The statement's date (its closing balance is at the end of that day).
    pub on: String,
    /// The statement's closing balance; "-12.50" when overdrawn.
    pub statement_balance: String,
}

/// A checked statement date and balance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatementCheck {
    pub on: NaiveDate,
    pub statement_balance: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReconcileView {
    pub on: NaiveDate,
    pub statement_balance: Money,
    /// The balance DP Hub works out from the entries up to that date.
    pub ledger_balance: Money,
    /// Statement less DP Hub's balance: zero when they agree.
    pub difference: Money,
    pub reconciled: bool,
    /// How many entries were marked reconciled by this statement.
    pub entries_marked: u32,
    pub message: String,
}

pub fn validate_reconcile(
    draft: &ReconcileDraft,
    dp_start: NaiveDate,
    today: NaiveDate,
) -> Result<StatementCheck, Problems> {
    let mut p = Problems::default();
    let on = date_field(&mut p, "on", &draft.on, "statement date");
    if let Some(on) = on {
        if on < dp_start {
            p.add(
                "on",
                format!(
                    "The statement date must be on or after the day the direct payment started ({})",
                    long_date(dp_start)
                ),
            );
        } else if on > today {
            p.add("on", "The statement date must not be in the future");
        }
    }
    let typed = draft.statement_balance.trim();
    let (overdrawn, unsigned) = match typed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, typed),
    };
    let balance = if optional(typed).is_none() {
        p.add("statement_balance", "Enter the statement's closing balance");
        None
    } else {
        money_field(&mut p, "statement_balance", unsigned, "statement balance").map(|b| {
            if overdrawn {
                Money::ZERO - b
            } else {
                b
            }
        })
    };
    p.finish(|| {
        Some(StatementCheck {
            on: on?,
            statement_balance: balance?,
        })
    })
}

impl ReconcileView {
    pub fn new(check: StatementCheck, ledger_balance: Money, entries_marked: u32) -> Self {
        let difference = check.statement_balance - ledger_balance;
        let reconciled = difference.is_zero();
        let message = if reconciled {
            format!(
                "The statement agrees with DP Hub on {}: {}. {entries_marked} entr{} marked reconciled.",
                long_date(check.on),
                ledger_balance.display(),
                if entries_marked == 1 { "y" } else { "ies" }
            )
        } else {
            let (more, missing) = if difference > Money::ZERO {
                (
                    "more",
                    "money in not yet entered, or money out entered twice or too high",
                )
            } else {
                (
                    "less",
                    "money out not yet entered, or money in entered twice or too high",
                )
            };
            format!(
                "The statement shows {} and DP Hub {} on {}: the statement has {} {more}. Look for {missing}. Nothing was marked reconciled.",
                check.statement_balance.display(),
                ledger_balance.display(),
                long_date(check.on),
                difference.max(Money::ZERO - difference).display(),
            )
        };
        ReconcileView {
            on: check.on,
            statement_balance: check.statement_balance,
            ledger_balance,
            difference,
            reconciled,
            entries_marked,
            message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn draft(on: &str, balance: &str) -> ReconcileDraft {
        ReconcileDraft {
            on: on.into(),
            statement_balance: balance.into(),
        }
    }

    #[test]
    fn a_statement_needs_a_real_past_date_and_a_balance() {
        let check = validate_reconcile(&draft("2026-03-01", "-12.50"), d(1, 5), d(3, 1)).unwrap();
        assert_eq!(check.statement_balance, Money::from_str("-12.50").unwrap());
        let fields = |dr: ReconcileDraft| {
            validate_reconcile(&dr, d(1, 5), d(3, 1))
                .unwrap_err()
                .list()
                .iter()
                .map(|p| p.field.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(draft("2026-02-30", "10")), ["on"]);
        assert_eq!(fields(draft("2026-01-01", "10")), ["on"]);
        assert_eq!(fields(draft("2026-03-02", "10")), ["on"]);
        assert_eq!(fields(draft("2026-02-01", "10.001")), ["statement_balance"]);
        assert_eq!(fields(draft("2026-02-01", "")), ["statement_balance"]);
    }

    #[test]
    fn the_difference_says_which_way_to_look() {
        let check = StatementCheck {
            on: d(2, 1),
            statement_balance: Money::from_str("100").unwrap(),
        };
        let v = ReconcileView::new(check, Money::from_str("120").unwrap(), 0);
        assert!(!v.reconciled);
        assert_eq!(v.difference, Money::from_str("-20").unwrap());
        assert!(v.message.contains("£20.00 less"));
        assert!(ReconcileView::new(check, Money::from_str("100").unwrap(), 3).reconciled);
    }
}
