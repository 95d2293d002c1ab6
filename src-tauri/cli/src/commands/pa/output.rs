//! How `dphub pa` prints a PA, a search and the expiry alerts.

use dphub_core::app::contacts::{ContactSearchResults, ContactView, ExpiryAlert, Slot, Weekday};
use dphub_core::app::employment::EmploymentSummary;
use dphub_core::model::input::long_date;

use crate::printer::{line, more, table, Printer};

/// Names and areas are cut short in the table beyond this many characters.
const MAX_COLUMN: usize = 32;

impl Printer {
    pub fn contact_saved(&self, verb: &str, view: &ContactView) {
        if self.json() {
            return self.json_value(view);
        }
        let c = &view.contact;
        say!("{verb} {} (PA {}).", c.details.full_name, c.id);
        self.contact(view);
    }

    pub fn contact(&self, view: &ContactView) {
        if self.json() {
            return self.json_value(view);
        }
        let c = &view.contact;
        let d = &c.details;
        let archived = if c.archived { " [archived]" } else { "" };
        say!("{} (PA {}){archived}", d.full_name, c.id);
        if !view.possible_duplicates.is_empty() {
            let names: Vec<String> = view
                .possible_duplicates
                .iter()
                .map(|b| format!("{} (PA {})", b.full_name, b.id))
                .collect();
            say!("Warning: same email or phone as {}", names.join(", "));
        }
        line("Status", d.status.label());
        line("Phone", &d.phones.join(", "));
        line("Email", d.email.as_deref().unwrap_or(""));
        line("Address", &d.address.replace('\n', ", "));
        line("Postcode", d.postcode.as_deref().unwrap_or(""));
        line("Areas", &d.areas.join(", "));
        let skills: Vec<&str> = d.skills.iter().map(|s| s.label()).collect();
        line("Skills", &skills.join(", "));
        line("Languages", &d.languages.join(", "));
        line("Tags", &d.tags.join(", "));
        line(
            "Hourly rate asked",
            &d.hourly_rate.map(|m| m.display()).unwrap_or_default(),
        );
        line(
            "Works as",
            d.work_preference.map(|w| w.label()).unwrap_or(""),
        );
        line(
            "Date of birth",
            &d.date_of_birth.map(long_date).unwrap_or_default(),
        );
        line(
            "DBS check",
            &match &d.dbs {
                None => "None recorded".to_string(),
                Some(dbs) => {
                    let mut text = format!(
                        "{}, issued {}",
                        dbs.level.label(),
                        long_date(dbs.issue_date)
                    );
                    if dbs.update_service {
                        text.push_str(", on the update service");
                    }
                    if let Some(number) = &dbs.certificate_number {
                        text.push_str(&format!(", certificate {number}"));
                    }
                    text
                }
            },
        );
        line(
            "Right to work checked",
            &d.right_to_work_checked_on
                .map(long_date)
                .unwrap_or_else(|| "Not yet".into()),
        );
        if let Some(until) = d.right_to_work_until {
            line("Right to work until", &long_date(until));
        }
        line(
            "References",
            if d.references_taken {
                "Taken"
            } else {
                "Not taken yet"
            },
        );
        line(
            "Last contacted",
            &d.last_contacted_on.map(long_date).unwrap_or_default(),
        );
        if !d.availability.is_empty() {
            say!("Free");
            for (day, parts) in by_day(&d.availability) {
                line(day.label(), &parts);
            }
        }
        if !d.training.is_empty() {
            say!("Training");
            for t in &d.training {
                let done = t
                    .completed_on
                    .map(|d| format!("done {}", long_date(d)))
                    .unwrap_or_else(|| "date not recorded".into());
                let expires = t
                    .expires_on
                    .map(|d| format!("expires {}", long_date(d)))
                    .unwrap_or_else(|| "does not expire".into());
                let text = format!("{done}, {expires}");
                if t.course.chars().count() > crate::printer::LABEL_WIDTH {
                    say!("  {}", t.course);
                    more(&text);
                } else {
                    line(&t.course, &text);
                }
            }
        }
        if !view.alerts.is_empty() {
            say!("Alerts");
            for a in &view.alerts {
                say!("  ! {}", a.message);
            }
        }
        if !view.employments.is_empty() {
            say!("Works for");
            for e in &view.employments {
                say!("  {}", employment_line(e));
            }
        }
        if !d.notes.is_empty() {
            say!("Notes\n  {}", d.notes.replace('\n', "\n  "));
        }
    }

    pub fn contacts(&self, found: &ContactSearchResults) {
        if self.json() {
            return self.json_value(found);
        }
        if found.contacts.is_empty() {
            say!("No PAs found.");
            return;
        }
        let rows: Vec<Vec<String>> = found
            .contacts
            .iter()
            .map(|c| {
                let mut status = c.status.label().to_string();
                if c.archived {
                    status.push_str(" (archived)");
                }
                vec![
                    c.id.to_string(),
                    c.full_name.clone(),
                    c.phone.clone().unwrap_or_default(),
                    c.areas.join(", "),
                    status,
                    c.alerts.len().to_string(),
                ]
            })
            .collect();
        table(
            &["PA", "Name", "Phone", "Areas", "Status", "Alerts"],
            &rows,
            MAX_COLUMN,
        );
        let more = if found.more_than_counted {
            "more than "
        } else {
            ""
        };
        say!("{} of {more}{} shown", found.contacts.len(), found.total);
    }

    pub fn expiring(&self, alerts: &[ExpiryAlert]) {
        if self.json() {
            return self.json_value(alerts);
        }
        if alerts.is_empty() {
            say!("No DBS checks or training need attention.");
            return;
        }
        let rows: Vec<Vec<String>> = alerts
            .iter()
            .map(|a| {
                vec![
                    long_date(a.alert.date),
                    a.contact_id.to_string(),
                    a.contact_name.clone(),
                    a.alert.message.clone(),
                ]
            })
            .collect();
        table(&["Date", "PA", "Name", "What"], &rows, usize::MAX);
    }
}

/// "evening, sleep-in" for each day someone is free, in week order.
fn by_day(slots: &[Slot]) -> Vec<(Weekday, String)> {
    Weekday::ALL
        .iter()
        .filter_map(|&day| {
            let parts: Vec<String> = slots
                .iter()
                .filter(|s| s.day == day)
                .map(|s| s.part.label().to_lowercase())
                .collect();
            (!parts.is_empty()).then(|| (day, parts.join(", ")))
        })
        .collect()
}

/// "Margaret Hale (person 1): Personal assistant since 2 February 2026, £13.50 an hour, 16 hours a
/// week (employment 1)": a line of "Works for" on a PA.
pub fn employment_line(e: &EmploymentSummary) -> String {
    format!(
        "{} (person {}): {} {}, {} an hour, {} (employment {})",
        e.person_name,
        e.person_id,
        e.job_title,
        dates(e),
        e.hourly_rate.display(),
        e.hours.to_lowercase(),
        e.id
    )
}

/// "since 2 February 2026", "from … until …" (ending) or "from … to …, ended".
fn dates(e: &EmploymentSummary) -> String {
    let start = long_date(e.start_date);
    match (e.end_date, e.current) {
        (None, _) => format!("since {start}"),
        (Some(end), true) => format!("from {start} until {}", long_date(end)),
        (Some(end), false) => format!("from {start} to {}, ended", long_date(end)),
    }
}
