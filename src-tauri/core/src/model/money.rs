//! Money as an exact decimal amount of pounds. Never a float.
//!
//! Rounding is never implicit: each rule that rounds has its own named function, so the code says which
//! rule it follows (a bare `round_dp` rounds half to even, which no UK rule uses).

use std::fmt;
use std::ops::{Add, Div, Mul, Sub};
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

/// An exact amount in pounds. Crosses IPC and JSON as a string such as "254.20".
#[derive(Clone, Copy, Debug, Default, TS)]
#[ts(type = "string")]
pub struct Money(Decimal);

// Amounts are compared a great deal (every pay period against thresholds and minimums). Almost all
// are in pence (scale 2), and two amounts at one scale compare as their integer digits: much quicker
// than Decimal's general comparison, which the other cases still use. Equality stays numeric
// (£1.5 == £1.50), as Decimal's is, and Hash hashes the normalised value to agree with it.
impl Ord for Money {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        if self.0.scale() == other.0.scale() {
            self.0.mantissa().cmp(&other.0.mantissa())
        } else {
            self.0.cmp(&other.0)
        }
    }
}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Money {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}

impl Eq for Money {}

impl std::hash::Hash for Money {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.normalize().hash(state);
    }
}

/// Why a typed amount was not accepted. The message is written for the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyInputError {
    #[error("Enter an amount in pounds and pence, like 12.71")]
    NotAnAmount,
    #[error("Enter an amount with no more than 2 decimal places (pence), like 12.71")]
    TooManyDecimalPlaces,
    #[error("The amount must not be negative")]
    Negative,
    #[error("The amount is too large")]
    TooLarge,
}

/// The largest amount accepted from a form: far above any direct payment, small enough to stay exact.
const MAX_INPUT_POUNDS: i64 = 100_000_000;

impl Money {
    /// £0.00, with pence, so sums of pennies keep one scale (adding at one scale is the fast path).
    pub const ZERO: Money = Money(Decimal::from_parts(0, 0, 0, false, 2));

    pub fn from_decimal(value: Decimal) -> Self {
        Money(value)
    }

    pub fn as_decimal(self) -> Decimal {
        self.0
    }

    /// Reads what a person typed: "12.71", "£12.71", "12.7", "1,250.00", " £ 1,250 ".
    /// Thousands separators must be in the right places; more than 2 decimal places is an error
    /// rather than a silent rounding.
    pub fn parse_input(text: &str) -> Result<Money, MoneyInputError> {
        let trimmed = text.trim();
        let (negative, unsigned) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, trimmed),
        };
        let digits = unsigned.strip_prefix('£').unwrap_or(unsigned).trim_start();
        let (whole, fraction) = match digits.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (digits, None),
        };
        let whole = strip_thousands_separators(whole).ok_or(MoneyInputError::NotAnAmount)?;
        if whole.is_empty() && fraction.is_none_or(str::is_empty) {
            return Err(MoneyInputError::NotAnAmount);
        }
        if !whole.chars().all(|c| c.is_ascii_digit()) {
            return Err(MoneyInputError::NotAnAmount);
        }
        let fraction = fraction.unwrap_or("");
        if !fraction.chars().all(|c| c.is_ascii_digit()) {
            return Err(MoneyInputError::NotAnAmount);
        }
        if fraction.len() > 2 {
            return Err(MoneyInputError::TooManyDecimalPlaces);
        }
        if whole.trim_start_matches('0').len() > 9 {
            return Err(MoneyInputError::TooLarge);
        }
        let canonical = format!(
            "{}.{}",
            if whole.is_empty() { "0" } else { &whole },
            fraction
        );
        let value = Decimal::from_str(canonical.trim_end_matches('.'))
            .map_err(|_| MoneyInputError::NotAnAmount)?;
        if value > Decimal::from(MAX_INPUT_POUNDS) {
            return Err(MoneyInputError::TooLarge);
        }
        if negative && !value.is_zero() {
            return Err(MoneyInputError::Negative);
        }
        Ok(Money(value))
    }

    /// Pay and amounts shown to people: to the nearest penny, a half penny rounded up
    /// (away from zero), as payroll and council calculators do.
    pub fn round_to_penny_half_up(self) -> Money {
        Money(
            self.0
                .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
        )
        .with_pence()
    }

    /// HMRC's rule for National Insurance in payroll software: look only at the third decimal place;
    /// 5 or below rounds down, 6 or above rounds up, whatever follows it (£50.155 → £50.15,
    /// £50.156 → £50.16, £0.0056 → £0.00). Amounts are never negative here.
    pub fn round_nic(self) -> Money {
        let thousandths = (self.0 * Decimal::ONE_THOUSAND).trunc();
        let pennies = (thousandths / Decimal::TEN).trunc();
        let third_decimal = thousandths - pennies * Decimal::TEN;
        let up = if third_decimal >= Decimal::from(6) {
            Decimal::ONE
        } else {
            Decimal::ZERO
        };
        Money((pennies + up) / Decimal::ONE_HUNDRED).with_pence()
    }

    fn with_pence(mut self) -> Money {
        self.0.rescale(2);
        self
    }

    /// Whole pennies, for adding up many amounts that are already rounded to the penny.
    pub fn pennies(self) -> i128 {
        let mut value = self.0;
        if value.scale() != 2 {
            value.rescale(2);
        }
        value.mantissa()
    }

    pub fn from_pennies(pennies: i128) -> Money {
        Money(Decimal::from_i128_with_scale(pennies, 2))
    }

    pub fn max(self, other: Money) -> Money {
        if self >= other {
            self
        } else {
            other
        }
    }

    pub fn min(self, other: Money) -> Money {
        if self <= other {
            self
        } else {
            other
        }
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// At least two decimal places, no symbol: "1250.00". The form stored and sent over IPC;
    /// places beyond the penny are kept (they matter in intermediate figures).
    pub fn to_canonical_string(self) -> String {
        let mut value = self.0.normalize();
        if value.scale() < 2 {
            value.rescale(2);
        }
        value.to_string()
    }

    /// For people: "£1,250.00" (rounded to the penny, half up, if it had more places).
    pub fn display(self) -> String {
        self.to_string()
    }

    /// Whole pennies after rounding to the penny, half up.
    fn rounded_pennies(self) -> i128 {
        if self.0.scale() == 2 {
            return self.0.mantissa();
        }
        let rounded = self
            .0
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        rounded.mantissa() * 10i128.pow(2 - rounded.scale().min(2))
    }
}

/// "1,250" → "1250"; rejects misplaced commas such as "1,25" or "12,50,0".
fn strip_thousands_separators(whole: &str) -> Option<String> {
    if !whole.contains(',') {
        return Some(whole.to_string());
    }
    let groups: Vec<&str> = whole.split(',').collect();
    let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    (first_ok && rest_ok).then(|| groups.concat())
}

/// "£1,250.00", written straight into the output: explanations format hundreds of amounts, so this
/// avoids building each one as a separate string first.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buffer = [0u8; 64];
        f.write_str(self.write_pounds(&mut buffer))
    }
}

impl Money {
    /// Appends "£1,250.00" to `out` (the same text as `Display`, without the formatting machinery).
    pub fn push_to(self, out: &mut String) {
        let mut buffer = [0u8; 64];
        out.push_str(self.write_pounds(&mut buffer));
    }

    /// Writes "£1,250.00" into `buffer` and returns it as text.
    fn write_pounds(self, buffer: &mut [u8; 64]) -> &str {
        let pennies = self.rounded_pennies();
        let negative = pennies < 0;
        // Every amount DP Hub shows fits in 64 bits, whose division is far quicker than 128-bit.
        let pennies = u64::try_from(pennies.unsigned_abs()).unwrap_or(u64::MAX);
        // Filled from the end: pence, point, then the pounds in groups of three.
        let mut at = buffer.len();
        let mut put = |byte: u8, at: &mut usize| {
            *at -= 1;
            buffer[*at] = byte;
        };
        let pence = (pennies % 100) as u8;
        put(b'0' + pence % 10, &mut at);
        put(b'0' + pence / 10, &mut at);
        put(b'.', &mut at);
        let mut whole = pennies / 100;
        let mut digits = 0;
        loop {
            if digits > 0 && digits % 3 == 0 {
                put(b',', &mut at);
            }
            put(b'0' + (whole % 10) as u8, &mut at);
            digits += 1;
            whole /= 10;
            if whole == 0 {
                break;
            }
        }
        for byte in "£".bytes().rev() {
            put(byte, &mut at);
        }
        if negative {
            put(b'-', &mut at);
        }
        std::str::from_utf8(&buffer[at..]).expect("ASCII digits and a pound sign")
    }
}

impl FromStr for Money {
    type Err = rust_decimal::Error;
    /// Reads the canonical stored form ("1250.00"); use [`Money::parse_input`] for what people type.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decimal::from_str(s).map(Money)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_canonical_string())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        // Whole pounds ("96") are kept in pence ("96.00"): the same amount, compared quickly with
        // the other amounts, which are in pence.
        Money::from_str(&text)
            .map(|m| if m.0.scale() < 2 { m.with_pence() } else { m })
            .map_err(serde::de::Error::custom)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Mul<Decimal> for Money {
    type Output = Money;
    fn mul(self, rhs: Decimal) -> Money {
        Money(self.0 * rhs)
    }
}

impl Div<Decimal> for Money {
    type Output = Money;
    fn div(self, rhs: Decimal) -> Money {
        Money(self.0 / rhs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<String, MoneyInputError> {
        Money::parse_input(s).map(Money::to_canonical_string)
    }

    #[test]
    fn accepts_the_ways_people_write_amounts() {
        assert_eq!(parse("12.71").unwrap(), "12.71");
        assert_eq!(parse("£12.71").unwrap(), "12.71");
        assert_eq!(parse("12.7").unwrap(), "12.70");
        assert_eq!(parse("1,250.00").unwrap(), "1250.00");
        assert_eq!(parse(" £ 1,250 ").unwrap(), "1250.00");
        assert_eq!(parse("0").unwrap(), "0.00");
        assert_eq!(parse(".5").unwrap(), "0.50");
        assert_eq!(parse("1,234,567.89").unwrap(), "1234567.89");
    }

    #[test]
    fn rejects_what_is_not_pounds_and_pence() {
        assert_eq!(parse("12.345"), Err(MoneyInputError::TooManyDecimalPlaces));
        assert_eq!(parse("-5"), Err(MoneyInputError::Negative));
        assert_eq!(parse("£-5.00"), Err(MoneyInputError::NotAnAmount));
        assert_eq!(parse(""), Err(MoneyInputError::NotAnAmount));
        assert_eq!(parse("£"), Err(MoneyInputError::NotAnAmount));
        assert_eq!(parse("12,50"), Err(MoneyInputError::NotAnAmount));
        assert_eq!(parse("1,2345"), Err(MoneyInputError::NotAnAmount));
        assert_eq!(parse("12.7a"), Err(MoneyInputError::NotAnAmount));
        assert_eq!(parse("1e3"), Err(MoneyInputError::NotAnAmount));
        assert_eq!(parse("12 .70"), Err(MoneyInputError::NotAnAmount));
        assert_eq!(parse("9999999999"), Err(MoneyInputError::TooLarge));
    }

    #[test]
    fn displays_with_pound_sign_and_thousands() {
        let m = |s: &str| Money::from_str(s).unwrap().display();
        assert_eq!(m("1250"), "£1,250.00");
        assert_eq!(m("999.5"), "£999.50");
        assert_eq!(m("1234567.891"), "£1,234,567.89");
        assert_eq!(m("0.005"), "£0.01");
        assert_eq!(m("-12.5"), "-£12.50");
    }

    #[test]
    fn penny_rounding_is_half_up_not_half_even() {
        let r = |s: &str| {
            Money::from_str(s)
                .unwrap()
                .round_to_penny_half_up()
                .to_canonical_string()
        };
        assert_eq!(r("0.125"), "0.13");
        assert_eq!(r("0.135"), "0.14");
        assert_eq!(r("0.1249"), "0.12");
    }

    #[test]
    fn nic_rounding_looks_only_at_the_third_decimal_place() {
        let r = |s: &str| {
            Money::from_str(s)
                .unwrap()
                .round_nic()
                .to_canonical_string()
        };
        assert_eq!(r("50.155"), "50.15");
        assert_eq!(r("50.156"), "50.16");
        assert_eq!(r("0.0056"), "0.00");
        assert_eq!(r("57.756"), "57.76");
        assert_eq!(r("0.0064"), "0.01");
        assert_eq!(r("0.976"), "0.98");
        assert_eq!(r("21.9465"), "21.95");
        assert_eq!(r("4.3515"), "4.35");
        assert_eq!(r("0.0159999"), "0.01");
        assert_eq!(r("7"), "7.00");
        // Not half-to-even: a bare round_dp(2) would give 50.16 for 50.165 and 50.15 for 50.155+.
        assert_eq!(r("50.165"), "50.16");
        assert_eq!(r("50.1651"), "50.16");
    }

    #[test]
    fn comparison_is_numeric_whatever_the_scale() {
        let m = |s: &str| Money::from_str(s).unwrap();
        assert_eq!(m("1.5"), m("1.50"));
        assert!(m("1.5") < m("1.51"));
        assert!(m("-2.00") < m("1"));
        assert!(m("10.00") > m("9.99"));
        assert_eq!(m("12").max(m("11.99")), m("12"));
    }

    #[test]
    fn serialises_as_a_string_and_back() {
        let m = Money::parse_input("254.2").unwrap();
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, "\"254.20\"");
        let back: Money = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
    }
}
