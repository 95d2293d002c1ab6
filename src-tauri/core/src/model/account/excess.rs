//! The excess balance: money held above what the council allows, which it may ask to have back.
//!
//! excess = balance on the date − money owed (unpaid on the date and due within
//! [`OWED_LOOKAHEAD_DAYS`] days of it, or overdue) − (threshold weeks × the weekly gross in force),
//! shown only when above zero. The weekly gross: weekly as is, 2-weekly ÷ 2, 4-weekly ÷ 4,
//! monthly × 12 ÷ 52, rounded to the penny.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::owed::{counts_on, Owed};
use crate::model::costs::{Figure, ROUNDING_PENNY};
use crate::model::input::long_date;
use crate::model::money::Money;
use crate::model::people::TermsEntry;
use crate::model::period::PaymentPeriod;

/// Money owed counts against the balance when it falls due within this many days (or is overdue):
/// what the next 4-weekly payment cycle must pay, as a council's excess check allows for.
pub const OWED_LOOKAHEAD_DAYS: i64 = 28;

const SOURCE_EXCESS: &str =
    "The council's direct payment agreement (excess balances); Care Act 2014 s33 and the Care and Support (Direct Payments) Regulations 2014";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ExcessView {
    pub on: NaiveDate,
    pub balance: Figure,
    pub owed: Figure,
    /// The balance less what is owed.
    pub held: Figure,
    pub weekly_gross: Figure,
    /// The threshold: this many weeks of the weekly gross.
    pub allowed: Figure,
    /// Held above the threshold; none when not above zero.
    pub excess: Option<Figure>,
    /// The owed items taken off.
    pub owed_items: Vec<Owed>,
    pub advice: Vec<String>,
}

/// The gross payment in force restated per week, with the rule.
pub fn weekly_gross(terms: &TermsEntry) -> Figure {
    let gross = terms.gross_amount;
    let (weekly, working) = match terms.period {
        PaymentPeriod::Weekly => (gross, format!("{gross} a week")),
        PaymentPeriod::TwoWeekly => {
            let w = (gross / Decimal::TWO).round_to_penny_half_up();
            (w, format!("{gross} every 2 weeks ÷ 2 = {w} a week"))
        }
        PaymentPeriod::FourWeekly => {
            let w = (gross / Decimal::from(4)).round_to_penny_half_up();
            (w, format!("{gross} every 4 weeks ÷ 4 = {w} a week"))
        }
        PaymentPeriod::Monthly => {
            let w = (gross * Decimal::from(12) / Decimal::from(52)).round_to_penny_half_up();
            (w, format!("{gross} a month × 12 ÷ 52 = {w} a week"))
        }
    };
    Figure::new(weekly, working)
        .rule("The gross direct payment a week: weekly as it is, every 2 weeks ÷ 2, every 4 weeks ÷ 4, monthly × 12 months ÷ 52 weeks.")
        .rounding(ROUNDING_PENNY)
        .source("The terms in force on the date")
}

/// The excess on `on`, from the balance that day, the money owed and the terms in force.
pub fn excess_on(
    on: NaiveDate,
    balance: Money,
    owed: &[Owed],
    terms: &TermsEntry,
    threshold_weeks: u8,
) -> ExcessView {
    let owed_items: Vec<Owed> = owed.iter().filter(|o| counts_on(o, on)).cloned().collect();
    let owed_total = owed_items
        .iter()
        .map(|o| o.details.amount)
        .fold(Money::ZERO, |a, b| a + b);
    let held = balance - owed_total;
    let weekly = weekly_gross(terms);
    let allowed = weekly.amount * Decimal::from(threshold_weeks);
    let above = held - allowed;
    let balance_figure = Figure::new(
        balance,
        format!(
            "Every payment in less every payment out up to the end of {}",
            long_date(on)
        ),
    )
    .rule("The account's running balance on the date.");
    let owed_figure = Figure::new(
        owed_total,
        match owed_items.len() {
            0 => "Nothing owed is unpaid and due within 4 weeks".to_string(),
            n => format!(
                "{n} unpaid item{} due by {}: {}",
                if n == 1 { "" } else { "s" },
                long_date(on + chrono::Days::new(OWED_LOOKAHEAD_DAYS as u64)),
                owed_items
                    .iter()
                    .map(|o| format!("{} {}", o.details.what, o.details.amount))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
    )
    .rule("Money owed that is not paid by the date and falls due within 4 weeks of it, or is overdue: wages, tax, pension and bills the balance must still pay.");
    let held_figure = Figure::new(
        held,
        format!("{balance} balance − {owed_total} owed = {held} held"),
    )
    .rule("What the account really holds: the balance less what it owes.");
    let allowed_figure = Figure::new(
        allowed,
        format!(
            "{threshold_weeks} weeks of {} = {allowed} allowed",
            weekly.amount
        ),
    )
    .rule("The council's threshold: this many weeks of the gross direct payment may be held.")
    .source(SOURCE_EXCESS);
    let excess = (above > Money::ZERO).then(|| {
        Figure::new(
            above,
            format!(
                "{balance} balance − {owed_total} owed = {held} held; {threshold_weeks} weeks of {} = {allowed} allowed; {above} above it",
                weekly.amount
            ),
        )
        .rule("Excess = balance − money owed − (threshold weeks × weekly gross), when above zero.")
        .source(SOURCE_EXCESS)
    });
    let advice = advice(
        excess.as_ref().map(|f| f.amount),
        allowed - held,
        threshold_weeks,
    );
    ExcessView {
        on,
        balance: balance_figure,
        owed: owed_figure,
        held: held_figure,
        weekly_gross: weekly,
        allowed: allowed_figure,
        excess,
        owed_items,
        advice,
    }
}

fn advice(excess: Option<Money>, headroom: Money, weeks: u8) -> Vec<String> {
    let mut lines = Vec::new();
    match excess {
        Some(excess) => {
            lines.push(format!(
                "The account holds {excess} more than the {weeks} weeks of payments the council allows. \
                 Talk to the council before it asks: say what the money is for, or agree to pay back the excess \
                 or have a payment reduced."
            ));
            lines.push(
                "Money you may keep: wages, HMRC and pension amounts owed but not yet paid (record them as \
                 money owed so they are taken off), holiday pay your PAs have built up, and a contingency the \
                 council has agreed in writing."
                    .to_string(),
            );
        }
        None => lines.push(format!(
            "The balance is within the {weeks} weeks of payments the council allows ({headroom} to spare)."
        )),
    }
    lines.push(
        "Record bills, wages and tax not yet paid as money owed: they are taken off before the excess is worked out."
            .to_string(),
    );
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::{Category, OwedDetails};
    use crate::model::ids::{OwedId, PersonId};
    use std::str::FromStr;

    fn m(s: &str) -> Money {
        Money::from_str(s).unwrap()
    }

    fn d(y: i32, mo: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, mo, day).unwrap()
    }

    fn terms(gross: &str, period: PaymentPeriod) -> TermsEntry {
        TermsEntry {
            effective_from: d(2026, 1, 5),
            gross_amount: m(gross),
            period,
            contribution: m("0"),
            reason: String::new(),
        }
    }

    fn owed(amount: &str, due: NaiveDate) -> Owed {
        Owed {
            id: OwedId(1),
            person_id: PersonId(1),
            details: OwedDetails {
                what: "March wages".into(),
                amount: m(amount),
                due_date: due,
                category: Some(Category::PaWages),
                payee: None,
            },
            settled_by: None,
            settled_on: None,
        }
    }

    #[test]
    fn the_worked_example() {
        let on = d(2026, 3, 1);
        let v = excess_on(
            on,
            m("2308.80"),
            &[owed("120.00", d(2026, 3, 10)), owed("500", d(2026, 6, 1))],
            &terms("1069.60", PaymentPeriod::FourWeekly),
            4,
        );
        let excess = v.excess.unwrap();
        assert_eq!(excess.amount, m("1119.20"));
        assert_eq!(
            excess.how.working,
            "£2,308.80 balance − £120.00 owed = £2,188.80 held; 4 weeks of £267.40 = £1,069.60 allowed; £1,119.20 above it"
        );
        assert_eq!(
            v.owed_items.len(),
            1,
            "the June bill is not due within 4 weeks"
        );
        assert!(v.advice[0].contains("Talk to the council before it asks"));
    }

    #[test]
    fn no_excess_when_not_above_the_threshold() {
        let v = excess_on(
            d(2026, 3, 1),
            m("1000"),
            &[],
            &terms("1250", PaymentPeriod::FourWeekly),
            4,
        );
        assert!(v.excess.is_none());
        assert!(v.advice[0].contains("£250.00 to spare"));
    }

    #[test]
    fn weekly_gross_from_each_period() {
        let w = |gross, period| weekly_gross(&terms(gross, period)).amount;
        assert_eq!(w("300", PaymentPeriod::Weekly), m("300"));
        assert_eq!(w("600", PaymentPeriod::TwoWeekly), m("300"));
        assert_eq!(w("1250", PaymentPeriod::FourWeekly), m("312.50"));
        // 1000 × 12 ÷ 52 = 230.769… → 230.77
        assert_eq!(w("1000", PaymentPeriod::Monthly), m("230.77"));
        assert!(weekly_gross(&terms("1000", PaymentPeriod::Monthly))
            .how
            .working
            .contains("× 12 ÷ 52"));
    }
}
