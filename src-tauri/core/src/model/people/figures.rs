//! The direct payment's amounts in every period, gross, contribution and net, with the working.

use serde::Serialize;
use ts_rs::TS;

use super::person::DpTerms;
use crate::model::money::Money;
use crate::model::period::{in_every_period, AmountInEveryPeriod, PaymentPeriod};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DpFigures {
    /// Net amount for the payment's own period: gross less the person's contribution.
    pub net_per_period: Money,
    pub gross: AmountInEveryPeriod,
    pub contribution: AmountInEveryPeriod,
    pub net: AmountInEveryPeriod,
    /// The excess-balance threshold in pounds: this many weeks of the gross payment.
    pub excess_threshold: Money,
    /// How each figure was worked out, in plain English.
    pub working: Vec<String>,
}

pub fn dp_figures(terms: &DpTerms) -> DpFigures {
    let period = terms.period;
    let net = terms.gross_amount - terms.contribution;
    let gross_all = in_every_period(terms.gross_amount, period);
    let weekly_gross_exact =
        crate::model::period::convert(terms.gross_amount, period, PaymentPeriod::Weekly);
    let excess_threshold = (weekly_gross_exact
        * rust_decimal::Decimal::from(terms.excess_threshold_weeks))
    .round_to_penny_half_up();
    let working = vec![
        format!(
            "Net direct payment: {} gross less {} contribution = {} {}.",
            terms.gross_amount.display(),
            terms.contribution.display(),
            net.display(),
            period.phrase()
        ),
        format!(
            "Other periods: a year is taken as 52 weeks, 13 four-weekly periods or 12 months, so {} {} is {} a year; \
             each figure is worked out exactly and rounded to the nearest penny only when shown.",
            terms.gross_amount.display(),
            period.phrase(),
            gross_all.yearly.display()
        ),
        format!(
            "Excess-balance threshold: {} weeks of the gross payment ({} a week) = {}.",
            terms.excess_threshold_weeks,
            gross_all.weekly.display(),
            excess_threshold.display()
        ),
    ];
    DpFigures {
        net_per_period: net,
        gross: gross_all,
        contribution: in_every_period(terms.contribution, period),
        net: in_every_period(net, period),
        excess_threshold,
        working,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use std::str::FromStr;

    fn m(s: &str) -> Money {
        Money::from_str(s).unwrap()
    }

    fn terms(gross: &str, contribution: &str, period: PaymentPeriod) -> DpTerms {
        DpTerms {
            gross_amount: m(gross),
            period,
            contribution: m(contribution),
            first_payment_date: None,
            account_type: None,
            excess_threshold_weeks: 4,
            start_date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            end_date: None,
            review_dates: vec![],
        }
    }

    #[test]
    fn net_is_gross_less_contribution_in_every_period() {
        let f = dp_figures(&terms("1250.00", "180.40", PaymentPeriod::FourWeekly));
        assert_eq!(f.net_per_period, m("1069.60"));
        assert_eq!(f.net.four_weekly, m("1069.60"));
        assert_eq!(f.net.yearly, m("13904.80"));
        assert_eq!(f.net.weekly, m("267.40"));
        // 13904.80 / 12 = 1158.7333… → 1158.73
        assert_eq!(f.net.monthly, m("1158.73"));
        assert_eq!(f.contribution.weekly, m("45.10"));
        assert!(f.working[0]
            .contains("£1,250.00 gross less £180.40 contribution = £1,069.60 every 4 weeks"));
    }

    #[test]
    fn excess_threshold_is_weeks_of_gross() {
        let f = dp_figures(&terms("1250.00", "0", PaymentPeriod::FourWeekly));
        assert_eq!(f.excess_threshold, m("1250.00"));
        let mut eight = terms("1000.00", "0", PaymentPeriod::Monthly);
        eight.excess_threshold_weeks = 8;
        // 12000 / 52 × 8 = 1846.1538… → 1846.15
        assert_eq!(dp_figures(&eight).excess_threshold, m("1846.15"));
    }
}
