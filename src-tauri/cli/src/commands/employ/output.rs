//! How `dphub employ` prints an employment and a list of them.

use dphub_core::app::employment::{EmploymentSummary, EmploymentView, HoursKind, SickPay};
use dphub_core::model::input::long_date;

use crate::printer::{line, table, Printer};

impl Printer {
    pub fn employment_saved(&self, verb: &str, view: &EmploymentView) {
        if self.json() {
            return self.json_value(view);
        }
        say!("{verb} employment {}.", view.employment.id);
        self.employment(view);
    }

    pub fn employment(&self, view: &EmploymentView) {
        if self.json() {
            return self.json_value(view);
        }
        let s = &view.summary;
        let t = &view.employment.terms;
        say!(
            "{} (PA {}) employed by {} (person {}): employment {}",
            s.contact_name,
            s.contact_id,
            s.person_name,
            s.person_id,
            s.id
        );
        line("Job title", &t.job_title);
        line("Started", &long_date(t.start_date));
        if t.continuous_employment_start != t.start_date {
            line(
                "Continuous employment",
                &format!("from {}", long_date(t.continuous_employment_start)),
            );
        }
        if let Some(end) = &view.employment.ended {
            line(
                "Ended",
                &format!("{}: {}", long_date(end.end_date), end.reason),
            );
        }
        line("Hours", &s.hours);
        if t.hours_kind == HoursKind::Regular || !t.working_pattern.is_empty() {
            line("Days and times", &t.working_pattern);
        }
        line("Hourly rate", &t.hourly_rate.display());
        line("Paid", t.pay_frequency.label());
        line("Payday", &view.payday);
        line("Holiday", t.holiday.label());
        line("Place of work", &t.place_of_work);
        line(
            "Probation",
            &match t.probation_weeks {
                None => "None".to_string(),
                Some(1) => "1 week".to_string(),
                Some(w) => format!("{w} weeks"),
            },
        );
        line("Notice by employer", &view.notice_by_employer);
        line("Notice by PA", &view.notice_by_pa);
        line(
            "Sick pay",
            &match t.sick_pay {
                SickPay::Enhanced => format!("{}: {}", t.sick_pay.label(), t.sick_pay_details),
                SickPay::Statutory => t.sick_pay.label().to_string(),
            },
        );
        line("Pension scheme", t.pension_scheme.as_deref().unwrap_or(""));
        if !t.duties.is_empty() {
            say!("Duties\n  {}", t.duties.replace('\n', "\n  "));
        }
    }

    pub fn employments(&self, list: &[EmploymentSummary]) {
        if self.json() {
            return self.json_value(list);
        }
        if list.is_empty() {
            say!("No employments found.");
            return;
        }
        let rows: Vec<Vec<String>> = list
            .iter()
            .map(|e| {
                vec![
                    e.id.to_string(),
                    format!("{} (PA {})", e.contact_name, e.contact_id),
                    format!("{} (person {})", e.person_name, e.person_id),
                    e.job_title.clone(),
                    long_date(e.start_date),
                    match (e.end_date, e.current) {
                        (None, _) => "current".to_string(),
                        (Some(end), true) => format!("ends {}", long_date(end)),
                        (Some(end), false) => format!("ended {}", long_date(end)),
                    },
                    format!("{} an hour", e.hourly_rate.display()),
                    e.hours.clone(),
                ]
            })
            .collect();
        table(
            &[
                "No.",
                "PA",
                "Employed by",
                "Job",
                "Started",
                "Ended",
                "Rate",
                "Hours",
            ],
            &rows,
            40,
        );
    }
}
