//! Statement layouts DP Hub knows from their header row, and a guess at any other from its headers.
//! The known layouts are shaped like the CSV exports UK banks and card providers give their
//! customers (their column names and date formats); any other file is mapped by its headers' names.

use super::{DateFormat, StatementField};

/// A known export: its name, its header row (normalised), where each column goes, its dates.
pub struct Layout {
    pub name: &'static str,
    pub headers: &'static [&'static str],
    pub fields: &'static [Option<StatementField>],
    pub date_format: DateFormat,
}

use StatementField::{Amount, Balance, Date, Description, PaidIn, PaidOut, Reference};

pub const LAYOUTS: &[Layout] = &[
    Layout {
        name: "Lloyds, Halifax or Bank of Scotland",
        headers: &[
            "transaction date",
            "transaction type",
            "sort code",
            "account number",
            "transaction description",
            "debit amount",
            "credit amount",
            "balance",
        ],
        fields: &[
            Some(Date),
            None,
            None,
            None,
            Some(Description),
            Some(PaidOut),
            Some(PaidIn),
            Some(Balance),
        ],
        date_format: DateFormat::DayMonthYear,
    },
    Layout {
        name: "Barclays",
        headers: &["number", "date", "account", "amount", "subcategory", "memo"],
        fields: &[
            Some(Reference),
            Some(Date),
            None,
            Some(Amount),
            None,
            Some(Description),
        ],
        date_format: DateFormat::DayMonthYear,
    },
    Layout {
        name: "Nationwide",
        headers: &[
            "date",
            "transaction type",
            "description",
            "paid out",
            "paid in",
            "balance",
        ],
        fields: &[
            Some(Date),
            None,
            Some(Description),
            Some(PaidOut),
            Some(PaidIn),
            Some(Balance),
        ],
        date_format: DateFormat::DayMonthNameYear,
    },
    Layout {
        name: "NatWest or RBS",
        headers: &[
            "date",
            "type",
            "description",
            "value",
            "balance",
            "account name",
            "account number",
        ],
        fields: &[
            Some(Date),
            None,
            Some(Description),
            Some(Amount),
            Some(Balance),
            None,
            None,
        ],
        date_format: DateFormat::DayMonthNameYear,
    },
    Layout {
        name: "Starling",
        headers: &[
            "date",
            "counter party",
            "reference",
            "type",
            "amount (gbp)",
            "balance (gbp)",
            "spending category",
            "notes",
        ],
        fields: &[
            Some(Date),
            Some(Description),
            Some(Reference),
            None,
            Some(Amount),
            Some(Balance),
            None,
            None,
        ],
        date_format: DateFormat::DayMonthYear,
    },
    Layout {
        name: "Prepaid card",
        headers: &[
            "transaction date",
            "merchant",
            "details",
            "money out",
            "money in",
            "card balance",
        ],
        fields: &[
            Some(Date),
            Some(Description),
            Some(Reference),
            Some(PaidOut),
            Some(PaidIn),
            Some(Balance),
        ],
        date_format: DateFormat::DayMonthYear,
    },
];

/// A header as compared: lower case, spaces trimmed and single, quotes and a byte-order mark gone.
pub(super) fn normalise_header(header: &str) -> String {
    header
        .trim_start_matches('\u{feff}')
        .replace('"', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The known layout whose header row this is.
pub fn known_layout(headers: &[String]) -> Option<&'static Layout> {
    let normalised: Vec<String> = headers.iter().map(|h| normalise_header(h)).collect();
    LAYOUTS.iter().find(|l| {
        l.headers.len() == normalised.len()
            && l.headers.iter().zip(&normalised).all(|(a, b)| a == b)
    })
}

/// Where each column probably goes, from its header's name; each field is used once, first come.
pub fn guess_mapping(headers: &[String]) -> Vec<Option<StatementField>> {
    if let Some(layout) = known_layout(headers) {
        return layout.fields.to_vec();
    }
    let mut used = Vec::new();
    headers
        .iter()
        .map(|h| {
            let field = guess_field(&normalise_header(h)).filter(|f| !used.contains(f))?;
            used.push(field);
            Some(field)
        })
        .collect()
}

fn guess_field(header: &str) -> Option<StatementField> {
    let has = |words: &[&str]| words.contains(&header);
    let starts = |words: &[&str]| words.iter().any(|w| header.starts_with(w));
    Some(
        if has(&[
            "date",
            "transaction date",
            "posting date",
            "posted date",
            "value date",
            "completed date",
        ]) {
            StatementField::Date
        } else if has(&[
            "description",
            "transaction description",
            "details",
            "narrative",
            "payee",
            "name",
            "memo",
            "merchant",
            "counter party",
            "counterparty",
        ]) {
            StatementField::Description
        } else if has(&[
            "paid in",
            "money in",
            "credit",
            "credits",
            "credit amount",
            "in",
            "deposits",
        ]) || starts(&["paid in", "money in", "credit amount"])
        {
            StatementField::PaidIn
        } else if has(&[
            "paid out",
            "money out",
            "debit",
            "debits",
            "debit amount",
            "out",
            "withdrawals",
        ]) || starts(&["paid out", "money out", "debit amount"])
        {
            StatementField::PaidOut
        } else if has(&["amount", "value", "transaction amount"]) || starts(&["amount"]) {
            StatementField::Amount
        } else if has(&["balance", "running balance", "card balance"]) || starts(&["balance"]) {
            StatementField::Balance
        } else if has(&["reference", "ref", "transaction reference"]) {
            StatementField::Reference
        } else {
            return None;
        },
    )
}

/// The mapping has what a statement needs: a date and an amount (one column or paid in and out).
pub fn is_usable(mapping: &[Option<StatementField>]) -> bool {
    let has = |f| mapping.contains(&Some(f));
    has(StatementField::Date)
        && (has(StatementField::Amount)
            || has(StatementField::PaidIn)
            || has(StatementField::PaidOut))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(h: &[&str]) -> Vec<String> {
        h.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_layout_maps_each_column_and_has_a_date_and_an_amount() {
        for l in LAYOUTS {
            assert_eq!(l.headers.len(), l.fields.len(), "{}", l.name);
            assert!(is_usable(l.fields), "{}", l.name);
            let headers = strings(l.headers);
            assert_eq!(known_layout(&headers).map(|k| k.name), Some(l.name));
        }
    }

    #[test]
    fn a_known_header_row_is_recognised_whatever_its_case_and_spaces() {
        let headers = strings(&[
            "Number",
            " Date",
            "Account",
            "Amount",
            "Subcategory",
            "Memo ",
        ]);
        assert_eq!(known_layout(&headers).unwrap().name, "Barclays");
    }

    #[test]
    fn other_headers_are_guessed_and_each_field_used_once() {
        let headers = strings(&[
            "Posted Date",
            "Payee",
            "Money In",
            "Money Out",
            "Running Balance",
            "Description",
        ]);
        assert_eq!(
            guess_mapping(&headers),
            vec![
                Some(StatementField::Date),
                Some(StatementField::Description),
                Some(StatementField::PaidIn),
                Some(StatementField::PaidOut),
                Some(StatementField::Balance),
                None
            ]
        );
        assert!(!is_usable(&guess_mapping(&strings(&[
            "When", "What", "How much"
        ]))));
    }
}
