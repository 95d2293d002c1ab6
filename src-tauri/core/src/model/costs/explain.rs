//! A figure with the working behind it, so a family member can check it and an adviser explain it.

use rust_decimal::Decimal;
use std::borrow::Cow;

use serde::Serialize;
use ts_rs::TS;

use crate::model::money::Money;

/// One amount and how it was worked out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Figure {
    pub amount: Money,
    pub how: Explanation,
}

/// "How this was worked out": the sum with its numbers, the rule it follows, any rounding, the source.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Explanation {
    /// The working, with the numbers: "15% of £158.20 (pay £254.20 above the £96.00 weekly secondary threshold) = £23.73".
    pub working: String,
    /// The rule in words. (Fixed wording is borrowed, not copied: explanations are built for every
    /// figure of every plan.)
    pub rule: Cow<'static, str>,
    pub rounding: Option<Cow<'static, str>>,
    /// Where the rule or figure comes from, by name (never a link: the app is offline).
    pub source: Cow<'static, str>,
}

impl Figure {
    pub fn new(amount: Money, working: impl Into<String>) -> Self {
        Figure {
            amount,
            how: Explanation {
                working: working.into(),
                ..Explanation::default()
            },
        }
    }

    pub fn rule(mut self, rule: impl Into<Cow<'static, str>>) -> Self {
        self.how.rule = rule.into();
        self
    }

    pub fn rounding(mut self, rounding: impl Into<Cow<'static, str>>) -> Self {
        self.how.rounding = Some(rounding.into());
        self
    }

    pub fn source(mut self, source: impl Into<Cow<'static, str>>) -> Self {
        self.how.source = source.into();
        self
    }
}

/// "15%" from 0.15, "1.85%" from 0.0185, "12.07%" from 0.1207.
pub fn percent(rate: rust_decimal::Decimal) -> String {
    let mut text = percent_number(rate);
    text.push('%');
    text
}

/// "3" from 0.03: a rate as the number a person types into a percentage field.
pub fn percent_number(rate: rust_decimal::Decimal) -> String {
    plain_number(rate * rust_decimal::Decimal::ONE_HUNDRED, 4)
}

/// "17.5" or "20" for hours and other quantities (to 2 decimal places at most).
pub fn quantity(value: rust_decimal::Decimal) -> String {
    plain_number(value, 2)
}

/// A number with at most `places` decimal places and no trailing zeros, written from its integer
/// digits (Decimal's own formatter is slow, and explanations write many numbers).
fn plain_number(value: rust_decimal::Decimal, places: u32) -> String {
    let mut v = value.round_dp(places);
    v.rescale(places);
    let mantissa = v.mantissa();
    let scale = 10i128.pow(places);
    let (whole, mut fraction) = (mantissa.abs() / scale, mantissa.abs() % scale);
    let mut text = String::with_capacity(12);
    if mantissa < 0 {
        text.push('-');
    }
    text.push_str(&whole.to_string());
    if fraction != 0 {
        let mut digits = places as usize;
        while fraction % 10 == 0 {
            fraction /= 10;
            digits -= 1;
        }
        text.push('.');
        text.push_str(&format!("{fraction:0digits$}"));
    }
    text
}

pub const ROUNDING_NIC: &str =
    "HMRC's rule for payroll software: look only at the third decimal place; 5 or below rounds down, 6 or above rounds up.";
pub const ROUNDING_PENNY: &str = "Rounded to the nearest penny; a half penny rounds up.";
pub const SOURCE_NIC: &str =
    "HMRC, Rates and thresholds for employers; National Insurance exact percentage method";
pub const SOURCE_PENSION: &str =
    "Pensions Act 2008; The Pensions Regulator, automatic enrolment earnings thresholds";
pub const SOURCE_HOLIDAY: &str = "Working Time Regulations 1998, regulations 13, 13A and 15B";
pub const SOURCE_ALLOWANCE: &str = "HMRC, Employment Allowance; National Insurance Manual NIM06520";

/// What each hour worked really costs, with its working.
pub(super) fn per_hour_figure(total: Money, hours: Decimal) -> Figure {
    if hours.is_zero() {
        return Figure::new(Money::ZERO, "No hours worked");
    }
    let per_hour = (total / hours).round_to_penny_half_up();
    Figure::new(
        per_hour,
        format!(
            "{} ÷ {} hours worked = {} an hour",
            total,
            quantity(hours),
            per_hour
        ),
    )
    .rule("Everything the direct payment pays, divided by the hours the PA actually works (paid holiday is not worked).")
    .rounding(ROUNDING_PENNY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn percentages_are_written_plainly() {
        let d = |s| rust_decimal::Decimal::from_str(s).unwrap();
        assert_eq!(percent(d("0.15")), "15%");
        assert_eq!(percent(d("0.0185")), "1.85%");
        assert_eq!(percent(d("0.1207")), "12.07%");
        assert_eq!(quantity(d("17.50")), "17.5");
        assert_eq!(quantity(d("928")), "928");
        assert_eq!(quantity(d("86.666666")), "86.67");
        assert_eq!(quantity(d("0.05")), "0.05");
        assert_eq!(quantity(d("-3.10")), "-3.1");
        assert_eq!(percent(d("0.03")), "3%");
    }
}
