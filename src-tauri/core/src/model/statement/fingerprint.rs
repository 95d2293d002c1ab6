//! What makes a statement line the same line when a statement is imported again: its date, amount,
//! direction and description ([`import_fingerprint`]), and which of identical lines it is (two £3.00
//! coffees on one day are two lines, and both are skipped when the same file comes in twice).

use std::collections::HashMap;

use super::{Direction, StatementLine};
use crate::model::account::import_fingerprint;
use crate::model::money::Money;

/// One fingerprint per line, in order.
pub fn fingerprints(lines: &[StatementLine]) -> Vec<String> {
    let mut seen: HashMap<String, u32> = HashMap::new();
    lines
        .iter()
        .map(|l| {
            let signed = match l.direction {
                Direction::In => l.amount,
                Direction::Out => Money::ZERO - l.amount,
            };
            let key = import_fingerprint(l.date, signed, &l.description);
            let n = seen.entry(key.clone()).or_default();
            *n += 1;
            format!("{key}#{n}")
        })
        .collect()
}
