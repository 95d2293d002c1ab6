//! The job-term flags, written into an employment form.

use dphub_core::app::employment::{EmploymentDraft, EmploymentEndDraft, HoursKind};
use dphub_core::model::validation::Problems;

use super::args::EmployFields;
use crate::input::{set_code, set_text};

impl EmployFields {
    /// The form with every flag given written in; and the flags that could not be read.
    pub fn draft(&self) -> (EmploymentDraft, Problems) {
        let mut draft = EmploymentDraft {
            person_id: self.person,
            contact_id: self.pa,
            ..EmploymentDraft::default()
        };
        set_text(&mut draft.start_date, &self.start);
        set_text(&mut draft.hourly_rate, &self.rate);
        set_text(&mut draft.hours_per_week, &self.hours);
        set_text(&mut draft.working_pattern, &self.pattern);
        set_text(&mut draft.job_title, &self.title);
        set_text(&mut draft.duties, &self.duties);
        set_text(
            &mut draft.continuous_employment_start,
            &self.continuous_from,
        );
        set_text(&mut draft.place_of_work, &self.place);
        set_text(&mut draft.probation_weeks, &self.probation_weeks);
        set_text(
            &mut draft.notice_by_employer_weeks,
            &self.notice_employer_weeks,
        );
        set_text(&mut draft.notice_by_pa_weeks, &self.notice_pa_weeks);
        set_text(&mut draft.sick_pay_details, &self.sick_pay_details);
        set_text(&mut draft.pension_scheme, &self.pension_scheme);
        set_text(&mut draft.first_payday, &self.first_payday);
        set_text(&mut draft.payday_day_of_month, &self.payday_day);
        if self.payday_not_moved {
            draft.payday_before_closed_days = false;
        }
        if self.irregular {
            draft.hours_kind = Some(HoursKind::Irregular);
        }
        let mut p = Problems::default();
        set_code(
            &mut p,
            "pay_frequency",
            &self.pay_frequency,
            &mut draft.pay_frequency,
        );
        set_code(
            &mut p,
            "monthly_payday",
            &self.monthly_payday,
            &mut draft.monthly_payday,
        );
        set_code(&mut p, "holiday", &self.holiday, &mut draft.holiday);
        set_code(&mut p, "sick_pay", &self.sick_pay, &mut draft.sick_pay);
        (draft, p)
    }
}

/// The end of an employment as typed; flags not given are blank (and the core asks for them).
pub fn end_draft(date: &Option<String>, reason: &Option<String>) -> EmploymentEndDraft {
    EmploymentEndDraft {
        end_date: date.clone().unwrap_or_default(),
        reason: reason.clone().unwrap_or_default(),
    }
}
