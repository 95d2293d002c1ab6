//! The what-if flags, written into a PA cost form.

use dphub_core::app::costs::{CostSettingsDraft, PaCostDraft};
use dphub_core::app::employment::HoursKind;
use dphub_core::model::validation::Problems;

use super::args::CostPaArgs;
use crate::input::set_code;

impl CostPaArgs {
    pub fn draft(&self) -> (PaCostDraft, Problems) {
        let mut p = Problems::default();
        let text = |o: &Option<String>| o.clone().unwrap_or_default();
        let mut draft = PaCostDraft {
            tax_year: text(&self.tax_year),
            age: text(&self.age),
            date_of_birth: text(&self.dob),
            hourly_rate: self.hourly.clone(),
            hours: self.hours.clone(),
            days_per_week: text(&self.days),
            apprentice_since: text(&self.apprentice_since),
            pension_opted_in: self.opted_in,
            holiday_cover_hourly: text(&self.cover),
            start_date: text(&self.start),
            settings: CostSettingsDraft {
                tax_year: String::new(),
                claims_employment_allowance: !self.no_allowance,
                insurance_per_year: text(&self.insurance),
                payroll_fee_per_payslip: text(&self.payroll_fee),
                contingency_percent: text(&self.contingency),
                pension_employer_percent: self
                    .pension_employer
                    .clone()
                    .unwrap_or_else(|| "3".into()),
                pension_total_percent: self.pension_total.clone().unwrap_or_else(|| "8".into()),
                council_pa_rate: String::new(),
            },
            ..PaCostDraft::default()
        };
        draft.hours_kind = Some(if self.irregular {
            HoursKind::Irregular
        } else {
            HoursKind::Regular
        });
        set_code(
            &mut p,
            "pay_frequency",
            &Some(self.frequency.clone()),
            &mut draft.pay_frequency,
        );
        set_code(&mut p, "holiday", &self.holiday, &mut draft.holiday);
        set_code(
            &mut p,
            "nic_category",
            &self.category.as_ref().map(|c| c.to_uppercase()),
            &mut draft.nic_category,
        );
        (draft, p)
    }
}
