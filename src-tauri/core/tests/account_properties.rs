//! Properties of the account's arithmetic over random ledgers: the monitoring summary, the running
//! balance and the chart agree with one another, and expected payments follow their period.

use chrono::{Days, NaiveDate};
use dphub_core::app::people::TermsEntry;
use dphub_core::model::account::{
    expected_payments, money_summary, validate_entry, weekly_series, Category, EntryDetails,
    EntryDraft, Movements,
};
use dphub_core::model::money::Money;
use dphub_core::model::period::PaymentPeriod;
use proptest::prelude::*;

const START: NaiveDate = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();

fn entries(rows: &[(u64, u32, usize)]) -> Vec<EntryDetails> {
    rows.iter()
        .map(|(day, pennies, category)| {
            let draft = EntryDraft {
                date: (START + Days::new(*day)).to_string(),
                amount: Money::from_pennies(i128::from(*pennies)).to_canonical_string(),
                category: Category::ALL[*category].code().to_string(),
                ..EntryDraft::default()
            };
            validate_entry(&draft, START).unwrap()
        })
        .collect()
}

proptest! {
    #[test]
    fn summary_balance_and_chart_agree(
        rows in prop::collection::vec((0u64..400, 1u32..500_000, 0usize..17), 0..80),
        from in 0u64..400,
        length in 0u64..200,
    ) {
        let entries = entries(&rows);
        let movements = Movements::new(&entries);
        let (from, to) = (START + Days::new(from), START + Days::new(from + length));
        let s = money_summary(&entries, from, to);
        prop_assert_eq!(s.opening_balance + s.total_in - s.total_out, s.closing_balance);
        prop_assert_eq!(s.closing_balance, movements.balance_on(to));
        prop_assert_eq!(s.opening_balance, movements.balance_on(from - Days::new(1)));
        let counted: u32 = s.money_in.iter().chain(&s.money_out).map(|l| l.count).sum();
        let inside = entries.iter().filter(|e| e.date >= from && e.date <= to).count();
        prop_assert_eq!(counted as usize, inside);
        let history = [TermsEntry {
            effective_from: START,
            gross_amount: Money::from_pennies(125_000),
            period: PaymentPeriod::FourWeekly,
            contribution: Money::ZERO,
            reason: String::new(),
        }];
        for point in weekly_series(&movements, &history, 4, START, to) {
            prop_assert_eq!(point.balance, movements.balance_on(point.date));
            prop_assert_eq!(point.allowed, Money::from_pennies(125_000));
        }
    }

    #[test]
    fn expected_payments_come_every_period_until_the_date(
        period in prop::sample::select(PaymentPeriod::ALL.to_vec()),
        days in 0u64..1_000,
    ) {
        let history = [TermsEntry {
            effective_from: START,
            gross_amount: Money::from_pennies(100_000),
            period,
            contribution: Money::from_pennies(10_000),
            reason: String::new(),
        }];
        let to = START + Days::new(days);
        let due = expected_payments(&history, START, None, to);
        prop_assert_eq!(due[0].date, START);
        prop_assert!(due.iter().all(|p| p.date <= to && p.council_pays == Money::from_pennies(90_000)));
        let gaps: Vec<i64> = due.windows(2).map(|w| (w[1].date - w[0].date).num_days()).collect();
        match period {
            PaymentPeriod::Weekly => prop_assert!(gaps.iter().all(|g| *g == 7)),
            PaymentPeriod::TwoWeekly => prop_assert!(gaps.iter().all(|g| *g == 14)),
            PaymentPeriod::FourWeekly => prop_assert!(gaps.iter().all(|g| *g == 28)),
            PaymentPeriod::Monthly => prop_assert!(gaps.iter().all(|g| (28..=31).contains(g))),
        }
        let step = match period {
            PaymentPeriod::Weekly => 7,
            PaymentPeriod::TwoWeekly => 14,
            PaymentPeriod::FourWeekly => 28,
            PaymentPeriod::Monthly => 31,
        };
        let last = due.last().unwrap().date;
        prop_assert!((to - last).num_days() < step, "no payment is left out before the date");
    }
}
