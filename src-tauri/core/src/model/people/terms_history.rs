//! The history of a direct payment's terms: each change (an uplift, a new contribution, a new
//! payment period) with the date it takes effect. The first entry is the terms the payment started
//! on, in effect from its start date.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::fields::{date_field, money_field, optional, optional_text};
use crate::model::input::long_date;
use crate::model::money::Money;
use crate::model::period::PaymentPeriod;
use crate::model::validation::Problems;

/// The amounts of a direct payment from one date until the next change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TermsEntry {
    pub effective_from: NaiveDate,
    /// Paid by the council each period, before the contribution is taken off.
    pub gross_amount: Money,
    pub period: PaymentPeriod,
    /// What the person pays into the account each period.
    pub contribution: Money,
    /// Why the terms changed ("Uplift for 2027-28"); empty when not given.
    pub reason: String,
}

impl TermsEntry {
    /// What the council pays in each period: the gross amount less the person's contribution.
    pub fn net(&self) -> Money {
        self.gross_amount - self.contribution
    }
}

/// A change of terms as typed. Amounts left blank stay as they were on that date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct TermsChangeDraft {
    pub effective_from: String,
    pub gross_amount: String,
    pub period: Option<PaymentPeriod>,
    pub contribution: String,
    pub reason: String,
}

/// The entry in force on `date`: the latest one that started on or before it (none before the first).
pub fn terms_in_force(history: &[TermsEntry], date: NaiveDate) -> Option<&TermsEntry> {
    history.iter().rev().find(|t| t.effective_from <= date)
}

/// Checks a change against the history (sorted by date) and the payment's start and end dates;
/// answers the new entry, with what was not typed taken from the terms in force on its date.
pub fn validate_terms_change(
    draft: &TermsChangeDraft,
    history: &[TermsEntry],
    start: NaiveDate,
    end: Option<NaiveDate>,
) -> Result<TermsEntry, Problems> {
    let mut p = Problems::default();
    let from = date_field(
        &mut p,
        "effective_from",
        &draft.effective_from,
        "date the change takes effect",
    );
    if let Some(from) = from {
        if from <= start {
            p.add(
                "effective_from",
                format!(
                    "A change must take effect after the direct payment started ({}); to change the first terms, edit the person",
                    long_date(start)
                ),
            );
        } else if end.is_some_and(|end| from > end) {
            p.add(
                "effective_from",
                "A change must take effect on or before the direct payment's end date",
            );
        } else if history.iter().any(|t| t.effective_from == from) {
            p.add(
                "effective_from",
                format!(
                    "There is already a change from {}: choose another date",
                    long_date(from)
                ),
            );
        }
    }
    let gross = optional(&draft.gross_amount)
        .and_then(|text| money_field(&mut p, "gross_amount", text, "gross amount"));
    let contribution = optional(&draft.contribution)
        .and_then(|text| money_field(&mut p, "contribution", text, "contribution"));
    let reason = optional_text(&mut p, "reason", &draft.reason, "Reason").unwrap_or_default();
    if optional(&draft.gross_amount).is_none()
        && optional(&draft.contribution).is_none()
        && draft.period.is_none()
    {
        p.add(
            "gross_amount",
            "Enter what changes: the gross amount, the period or the contribution",
        );
    }
    let before = from.and_then(|from| terms_in_force(history, from));
    if let (Some(from), None) = (from, before) {
        if p.is_empty() {
            p.add(
                "effective_from",
                format!("There are no terms in force on {}", long_date(from)),
            );
        }
    }
    let entry = before.map(|before| TermsEntry {
        effective_from: from.unwrap_or(before.effective_from),
        gross_amount: gross.unwrap_or(before.gross_amount),
        period: draft.period.unwrap_or(before.period),
        contribution: contribution.unwrap_or(before.contribution),
        reason,
    });
    if let Some(entry) = &entry {
        if entry.contribution > entry.gross_amount {
            p.add(
                "contribution",
                format!(
                    "The contribution must not be more than the gross amount ({})",
                    entry.gross_amount.display()
                ),
            );
        }
    }
    p.finish(|| {
        from?;
        entry
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn m(s: &str) -> Money {
        Money::from_str(s).unwrap()
    }

    fn history() -> Vec<TermsEntry> {
        vec![
            TermsEntry {
                effective_from: d(2026, 1, 5),
                gross_amount: m("1250.00"),
                period: PaymentPeriod::FourWeekly,
                contribution: m("180.40"),
                reason: String::new(),
            },
            TermsEntry {
                effective_from: d(2026, 4, 6),
                gross_amount: m("1300.00"),
                period: PaymentPeriod::FourWeekly,
                contribution: m("180.40"),
                reason: "Uplift".into(),
            },
        ]
    }

    #[test]
    fn the_terms_in_force_are_the_latest_started() {
        let h = history();
        assert_eq!(terms_in_force(&h, d(2026, 1, 4)), None);
        assert_eq!(
            terms_in_force(&h, d(2026, 4, 5)).unwrap().gross_amount,
            m("1250.00")
        );
        assert_eq!(
            terms_in_force(&h, d(2026, 4, 6)).unwrap().gross_amount,
            m("1300.00")
        );
    }

    #[test]
    fn a_change_keeps_what_was_not_typed_from_the_terms_then() {
        let draft = TermsChangeDraft {
            effective_from: "2026-03-01".into(),
            contribution: "200".into(),
            ..Default::default()
        };
        let entry = validate_terms_change(&draft, &history(), d(2026, 1, 5), None).unwrap();
        assert_eq!(entry.gross_amount, m("1250.00"));
        assert_eq!(entry.contribution, m("200"));
        assert_eq!(entry.net(), m("1050.00"));
    }

    #[test]
    fn a_change_is_refused_with_the_field_to_correct() {
        let check = |draft: TermsChangeDraft| {
            validate_terms_change(&draft, &history(), d(2026, 1, 5), Some(d(2027, 1, 1)))
                .unwrap_err()
        };
        let same_day = check(TermsChangeDraft {
            effective_from: "2026-04-06".into(),
            gross_amount: "1400".into(),
            ..Default::default()
        });
        assert!(same_day.list()[0].message.contains("already a change"));
        let before_start = check(TermsChangeDraft {
            effective_from: "2025-12-01".into(),
            gross_amount: "1400".into(),
            ..Default::default()
        });
        assert!(before_start.has("effective_from"));
        let nothing = check(TermsChangeDraft {
            effective_from: "2026-06-01".into(),
            ..Default::default()
        });
        assert!(nothing.has("gross_amount"));
        let too_much = check(TermsChangeDraft {
            effective_from: "2026-06-01".into(),
            contribution: "2000".into(),
            ..Default::default()
        });
        assert!(too_much.has("contribution"));
        let three_places = check(TermsChangeDraft {
            effective_from: "2026-06-01".into(),
            gross_amount: "1.005".into(),
            ..Default::default()
        });
        assert!(three_places.has("gross_amount"));
        let after_end = check(TermsChangeDraft {
            effective_from: "2027-02-01".into(),
            gross_amount: "1400".into(),
            ..Default::default()
        });
        assert!(after_end.has("effective_from"));
    }
}
