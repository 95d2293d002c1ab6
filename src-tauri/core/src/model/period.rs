//! Payment periods and exact conversion of amounts between them.
//!
//! A year is taken as 52 weeks, 13 four-weekly periods or 12 months, the convention councils use when
//! they state a direct payment in more than one period. Conversion goes through the yearly amount in
//! exact decimal arithmetic; only the figure shown is rounded (to the penny, half up).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::money::Money;

crate::coded_enum! {
    /// How often the council pays the direct payment.
    pub enum PaymentPeriod {
        Weekly => ("weekly", "Every week", None),
        TwoWeekly => ("two_weekly", "Every 2 weeks", None),
        FourWeekly => ("four_weekly", "Every 4 weeks", Some("Most councils pay every 4 weeks, in advance")),
        Monthly => ("monthly", "Every month", None),
    }
}

impl PaymentPeriod {
    /// How many of these periods make a year.
    pub fn per_year(self) -> Decimal {
        Decimal::from(match self {
            Self::Weekly => 52,
            Self::TwoWeekly => 26,
            Self::FourWeekly => 13,
            Self::Monthly => 12,
        })
    }

    /// "every 4 weeks", for sentences.
    pub fn phrase(self) -> &'static str {
        match self {
            Self::Weekly => "every week",
            Self::TwoWeekly => "every 2 weeks",
            Self::FourWeekly => "every 4 weeks",
            Self::Monthly => "every month",
        }
    }
}

/// One amount stated per week, per 4 weeks, per month and per year, each rounded to the penny for
/// display from the exact figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AmountInEveryPeriod {
    pub weekly: Money,
    pub four_weekly: Money,
    pub monthly: Money,
    pub yearly: Money,
}

/// The exact yearly amount of `amount` paid `period`.
pub fn yearly(amount: Money, period: PaymentPeriod) -> Money {
    amount * period.per_year()
}

/// `amount` paid every `from`, restated as paid every `to`, exact (not rounded).
pub fn convert(amount: Money, from: PaymentPeriod, to: PaymentPeriod) -> Money {
    if from == to {
        return amount;
    }
    yearly(amount, from) / to.per_year()
}

pub fn in_every_period(amount: Money, period: PaymentPeriod) -> AmountInEveryPeriod {
    let shown = |to| convert(amount, period, to).round_to_penny_half_up();
    AmountInEveryPeriod {
        weekly: shown(PaymentPeriod::Weekly),
        four_weekly: shown(PaymentPeriod::FourWeekly),
        monthly: shown(PaymentPeriod::Monthly),
        yearly: yearly(amount, period).round_to_penny_half_up(),
    }
}

/// A yearly amount restated per week, per 4 weeks and per month (each rounded for display).
pub fn from_yearly(yearly: Money) -> AmountInEveryPeriod {
    let per = |p: PaymentPeriod| (yearly / p.per_year()).round_to_penny_half_up();
    AmountInEveryPeriod {
        weekly: per(PaymentPeriod::Weekly),
        four_weekly: per(PaymentPeriod::FourWeekly),
        monthly: per(PaymentPeriod::Monthly),
        yearly: yearly.round_to_penny_half_up(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn m(s: &str) -> Money {
        Money::from_str(s).unwrap()
    }

    #[test]
    fn four_weekly_amount_in_every_period() {
        let all = in_every_period(m("1250.00"), PaymentPeriod::FourWeekly);
        assert_eq!(all.yearly, m("16250.00"));
        assert_eq!(all.weekly, m("312.50"));
        // 16250 / 12 = 1354.1666… → 1354.17
        assert_eq!(all.monthly, m("1354.17"));
        assert_eq!(all.four_weekly, m("1250.00"));
    }

    #[test]
    fn conversion_is_exact_until_shown() {
        // 100 a month → 1200 a year → 23.0769230769… a week; back again is exactly 100.
        let weekly = convert(m("100"), PaymentPeriod::Monthly, PaymentPeriod::Weekly);
        let back = convert(weekly, PaymentPeriod::Weekly, PaymentPeriod::Monthly);
        assert_eq!(back.round_to_penny_half_up(), m("100.00"));
        assert_eq!(weekly.round_to_penny_half_up(), m("23.08"));
        let all = in_every_period(m("100"), PaymentPeriod::Monthly);
        assert_eq!(all.four_weekly, m("92.31"));
        assert_eq!(all.yearly, m("1200.00"));
    }

    #[test]
    fn codes_round_trip() {
        for p in PaymentPeriod::ALL {
            assert_eq!(PaymentPeriod::from_code(p.code()), Some(*p));
        }
        assert_eq!(PaymentPeriod::from_code("fortnightly"), None);
    }
}
