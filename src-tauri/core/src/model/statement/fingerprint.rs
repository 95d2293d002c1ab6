//! What makes a statement line the same line when a statement is imported again: its date, amount,
//! direction and description, and which of identical lines it is (two £3.00 coffees on one day are
//! two lines, and both are skipped when the same file comes in twice).

use std::collections::HashMap;

use super::{Flow, StatementLine};

/// One fingerprint per line, in order.
pub fn fingerprints(lines: &[StatementLine]) -> Vec<String> {
    let mut seen: HashMap<String, u32> = HashMap::new();
    lines
        .iter()
        .map(|l| {
            let key = format!(
                "{}|{}|{}|{}",
                l.date,
                match l.flow {
                    Flow::In => "in",
                    Flow::Out => "out",
                },
                l.amount.to_canonical_string(),
                l.description.to_lowercase()
            );
            let n = seen.entry(key.clone()).or_default();
            *n += 1;
            format!("{key}#{n}")
        })
        .collect()
}
