//! Money in and out by category between two dates, with the opening and closing balance: what a
//! council's monitoring return asks for.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::balance::Movements;
use super::category::{Category, Direction};
use super::entry::EntryDetails;
use crate::model::money::Money;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CategoryTotal {
    pub category: Category,
    pub label: String,
    pub total: Money,
    pub count: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct MoneySummary {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The balance at the end of the day before `from`.
    pub opening_balance: Money,
    /// Each category with money in, in the categories' order.
    pub money_in: Vec<CategoryTotal>,
    pub money_out: Vec<CategoryTotal>,
    pub total_in: Money,
    pub total_out: Money,
    /// The balance at the end of `to`: opening + in − out.
    pub closing_balance: Money,
}

/// The summary of `entries` (every entry kept, in any order) from `from` to `to`, both included.
pub fn money_summary(entries: &[EntryDetails], from: NaiveDate, to: NaiveDate) -> MoneySummary {
    let movements = Movements::new(entries);
    let opening_balance = from
        .pred_opt()
        .map_or(Money::ZERO, |day_before| movements.balance_on(day_before));
    let mut totals = vec![(0i128, 0u32); Category::ALL.len()];
    for e in entries.iter().filter(|e| e.date >= from && e.date <= to) {
        let i = Category::ALL
            .iter()
            .position(|c| *c == e.category)
            .unwrap_or_default();
        totals[i].0 += e.amount.pennies();
        totals[i].1 += 1;
    }
    let side = |direction: Direction| -> Vec<CategoryTotal> {
        Category::ALL
            .iter()
            .zip(&totals)
            .filter(|(c, (_, count))| c.direction() == direction && *count > 0)
            .map(|(c, (pennies, count))| CategoryTotal {
                category: *c,
                label: c.label().to_string(),
                total: Money::from_pennies(*pennies),
                count: *count,
            })
            .collect()
    };
    let (money_in, money_out) = (side(Direction::In), side(Direction::Out));
    let sum = |lines: &[CategoryTotal]| {
        lines
            .iter()
            .map(|l| l.total)
            .fold(Money::ZERO, |a, b| a + b)
    };
    let (total_in, total_out) = (sum(&money_in), sum(&money_out));
    MoneySummary {
        from,
        to,
        opening_balance,
        closing_balance: opening_balance + total_in - total_out,
        money_in,
        money_out,
        total_in,
        total_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::{validate_entry, EntryDraft};
    use std::str::FromStr;

    fn entry(date: &str, amount: &str, category: &str) -> EntryDetails {
        let draft = EntryDraft {
            date: date.into(),
            amount: amount.into(),
            category: category.into(),
            ..Default::default()
        };
        validate_entry(&draft, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()).unwrap()
    }

    #[test]
    fn in_and_out_by_category_with_opening_and_closing_balances() {
        let entries = [
            entry("2026-01-05", "1000", "council-payment"),
            entry("2026-02-02", "1000", "council-payment"),
            entry("2026-02-03", "180", "contribution"),
            entry("2026-02-10", "52", "pa-wages"),
            entry("2026-02-17", "52", "pa-wages"),
            entry("2026-02-20", "30", "hmrc"),
            entry("2026-03-02", "1000", "council-payment"),
        ];
        let d = |s| NaiveDate::from_str(s).unwrap();
        let s = money_summary(&entries, d("2026-02-01"), d("2026-02-28"));
        let m = |s| Money::from_str(s).unwrap();
        assert_eq!(s.opening_balance, m("1000"));
        assert_eq!(s.total_in, m("1180"));
        assert_eq!(s.total_out, m("134"));
        assert_eq!(s.closing_balance, m("2046"));
        assert_eq!(s.money_out[0].category, Category::PaWages);
        assert_eq!((s.money_out[0].total, s.money_out[0].count), (m("104"), 2));
        assert_eq!(s.money_in.len(), 2);
    }
}
