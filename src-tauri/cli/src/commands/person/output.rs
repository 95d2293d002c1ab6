//! What `dphub person` prints.

use dphub_core::app::people::{PersonId, PersonSummary, PersonView, TermsEntry};
use dphub_core::model::input::long_date;
use dphub_core::model::period::AmountInEveryPeriod;

use crate::printer::{line, table, Printer};

impl Printer {
    pub fn terms_history(&self, history: &[TermsEntry]) {
        if self.json() {
            return self.json_value(history);
        }
        let rows: Vec<Vec<String>> = history
            .iter()
            .map(|t| {
                vec![
                    long_date(t.effective_from),
                    t.gross_amount.display(),
                    t.period.label().to_string(),
                    t.contribution.display(),
                    t.net().display(),
                    t.reason.clone(),
                ]
            })
            .collect();
        table(
            &["From", "Gross", "Paid", "Contribution", "Net", "Why"],
            &rows,
            40,
        );
    }

    pub fn person_saved(&self, verb: &str, view: &PersonView) {
        if self.json() {
            return self.json_value(view);
        }
        say!(
            "{verb} {} (person {}).",
            view.person.details.full_name,
            view.person.id
        );
        self.person(view);
    }

    pub fn person(&self, view: &PersonView) {
        if self.json() {
            return self.json_value(view);
        }
        let d = &view.person.details;
        let archived = if view.person.archived {
            " [archived]"
        } else {
            ""
        };
        say!("{} (person {}){archived}", d.full_name, view.person.id);
        line("Known as", d.preferred_name.as_deref().unwrap_or(""));
        line(
            "Date of birth",
            &format!("{} (age {})", long_date(d.date_of_birth), view.age),
        );
        line("Direct payment for", d.recipient_type.label());
        line("Address", &d.address.replace('\n', ", "));
        line("Postcode", d.postcode.as_deref().unwrap_or(""));
        line("Phone", d.phone.as_deref().unwrap_or(""));
        line("Email", d.email.as_deref().unwrap_or(""));
        line("Council", &d.council);
        line(
            "Council reference",
            d.council_reference.as_deref().unwrap_or(""),
        );
        line("Managed by", d.manager.managed_by.label());
        line(
            "Basis of authority",
            d.manager.authority_basis.map(|b| b.label()).unwrap_or(""),
        );
        if let Some(rep) = &d.manager.representative {
            let relation = rep
                .relationship
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default();
            line("Representative", &format!("{}{relation}", rep.name));
            line("Representative phone", rep.phone.as_deref().unwrap_or(""));
            line("Representative email", rep.email.as_deref().unwrap_or(""));
        }
        let t = &d.dp;
        let f = &view.figures;
        say!("Direct payment");
        line(
            "Gross",
            &format!("{} {}", t.gross_amount.display(), t.period.phrase()),
        );
        line(
            "Contribution",
            &format!("{} {}", t.contribution.display(), t.period.phrase()),
        );
        line(
            "Net",
            &format!("{} {}", f.net_per_period.display(), t.period.phrase()),
        );
        line(
            "Account",
            t.account_type.map(|a| a.label()).unwrap_or("not recorded"),
        );
        line("Starts", &long_date(t.start_date));
        line(
            "Ends",
            &t.end_date
                .map(long_date)
                .unwrap_or_else(|| "no end date".into()),
        );
        line(
            "First payment",
            &t.first_payment_date.map(long_date).unwrap_or_default(),
        );
        line(
            "Reviews",
            &t.review_dates
                .iter()
                .map(|d| long_date(*d))
                .collect::<Vec<_>>()
                .join(", "),
        );
        line(
            "Excess balance above",
            &format!(
                "{} ({} weeks)",
                f.excess_threshold.display(),
                t.excess_threshold_weeks
            ),
        );
        say!(
            "  {:<14}{:>14}{:>14}{:>14}{:>14}",
            "",
            "Weekly",
            "4-weekly",
            "Monthly",
            "Yearly"
        );
        for (label, amounts) in [
            ("Gross", &f.gross),
            ("Contribution", &f.contribution),
            ("Net", &f.net),
        ] {
            print_amounts(label, amounts);
        }
        for working in &f.working {
            say!("  · {working}");
        }
        if !d.notes.is_empty() {
            say!("Notes\n  {}", d.notes.replace('\n', "\n  "));
        }
    }

    pub fn people(&self, people: &[PersonSummary], current: Option<PersonId>) {
        if self.json() {
            return self.json_value(&people);
        }
        if people.is_empty() {
            say!("No people found.");
            return;
        }
        for p in people {
            let marker = if Some(p.id) == current { "*" } else { " " };
            let archived = if p.archived { " [archived]" } else { "" };
            let reference = p.council_reference.as_deref().unwrap_or("-");
            say!(
                "{marker}{:>4}  {}  ({}, {reference}){archived}",
                p.id,
                p.full_name,
                p.council
            );
        }
    }

    pub fn current(&self, current: Option<&PersonSummary>) {
        if self.json() {
            return self.json_value(&current);
        }
        match current {
            Some(p) => say!("Current person: {} (person {}).", p.full_name, p.id),
            None => say!("No current person is chosen."),
        }
    }
}

fn print_amounts(label: &str, a: &AmountInEveryPeriod) {
    say!(
        "  {label:<14}{:>14}{:>14}{:>14}{:>14}",
        a.weekly.display(),
        a.four_weekly.display(),
        a.monthly.display(),
        a.yearly.display()
    );
}
