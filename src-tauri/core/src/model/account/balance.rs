//! The running balance: every payment's signed amount added up in date order, so the balance on
//! any date is one binary search.

use chrono::NaiveDate;

use super::entry::EntryDetails;
use crate::model::money::Money;

/// The account's movements in date order, with the balance after each. The account starts at £0.00
/// (a balance brought forward is entered as money in).
#[derive(Clone, Debug, Default)]
pub struct Movements {
    dates: Vec<NaiveDate>,
    /// Running totals after each movement, in pennies: (money in, money out).
    totals: Vec<(i128, i128)>,
}

impl Movements {
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a EntryDetails>) -> Self {
        let mut moves: Vec<(NaiveDate, i128)> = entries
            .into_iter()
            .map(|e| (e.date, e.signed_pennies()))
            .collect();
        moves.sort_by_key(|(date, _)| *date);
        let (mut money_in, mut money_out) = (0i128, 0i128);
        let (dates, totals) = moves
            .into_iter()
            .map(|(date, pennies)| {
                if pennies >= 0 {
                    money_in += pennies;
                } else {
                    money_out -= pennies;
                }
                (date, (money_in, money_out))
            })
            .unzip();
        Movements { dates, totals }
    }

    /// Everything in and everything out up to the end of `on`.
    pub fn totals_on(&self, on: NaiveDate) -> (Money, Money) {
        let (money_in, money_out) = match self.dates.partition_point(|d| *d <= on) {
            0 => (0, 0),
            n => self.totals[n - 1],
        };
        (
            Money::from_pennies(money_in),
            Money::from_pennies(money_out),
        )
    }

    /// The balance at the end of `on`.
    pub fn balance_on(&self, on: NaiveDate) -> Money {
        let (money_in, money_out) = self.totals_on(on);
        money_in - money_out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::{validate_entry, EntryDraft};
    use std::str::FromStr;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 2, day).unwrap()
    }

    fn entry(day: u32, amount: &str, category: &str) -> EntryDetails {
        let draft = EntryDraft {
            date: d(day).to_string(),
            amount: amount.into(),
            category: category.into(),
            ..Default::default()
        };
        validate_entry(&draft, d(1)).unwrap()
    }

    #[test]
    fn the_balance_is_everything_up_to_the_end_of_the_day() {
        let entries = [
            entry(10, "52.00", "pa-wages"),
            entry(2, "1069.60", "council-payment"),
            entry(10, "180.40", "contribution"),
        ];
        let m = Movements::new(&entries);
        let money = |s| Money::from_str(s).unwrap();
        assert_eq!(m.balance_on(d(1)), money("0"));
        assert_eq!(m.balance_on(d(2)), money("1069.60"));
        assert_eq!(m.balance_on(d(9)), money("1069.60"));
        assert_eq!(m.balance_on(d(10)), money("1198.00"));
        assert_eq!(m.balance_on(d(28)), money("1198.00"));
    }
}
