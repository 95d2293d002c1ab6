//! The plan flags, written into a plan line and a what-if.

use dphub_core::app::costs::{PlanLineDraft, WhatIfDraft};
use dphub_core::model::validation::Problems;

use crate::input::set_code;

pub fn line_draft(
    kind: &str,
    description: &str,
    quantity: &str,
    cost: &str,
    per: &Option<String>,
) -> (PlanLineDraft, Problems) {
    let mut p = Problems::default();
    let mut draft = PlanLineDraft {
        description: description.to_string(),
        quantity: quantity.to_string(),
        unit_cost: cost.to_string(),
        ..PlanLineDraft::default()
    };
    set_code(&mut p, "kind", &Some(kind.to_string()), &mut draft.kind);
    set_code(&mut p, "frequency", per, &mut draft.frequency);
    (draft, p)
}

pub fn what_if_draft(tax_year: &Option<String>, pay_rise: &Option<String>) -> WhatIfDraft {
    WhatIfDraft {
        tax_year: tax_year.clone().unwrap_or_default(),
        pay_rise_percent: pay_rise.clone().unwrap_or_default(),
    }
}
