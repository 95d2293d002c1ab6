//! The PA flags, written into a contact form (over a --from-json file, if one is given).

use dphub_core::app::contacts::{self, ContactDraft, TrainingDraft};
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError};
use serde_json::Value;

use super::args::{ClearLists, PaFields};
use super::search::parse_slot;
use crate::input::{parse_code, problem, read_text, report_with_form_problems, set_code, set_text};

/// Writes the flags into the form; flags that could not be read are reported with the form's
/// other problems, and nothing is saved.
pub fn check_flags(fields: &PaFields, draft: &mut ContactDraft) -> Result<(), CoreError> {
    let flag_problems = fields.apply_to(draft);
    report_with_form_problems(flag_problems, || contacts::validate_contact(draft, today()))
}

/// `base` with the fields of the --from-json file written over it (fields the file leaves out
/// keep their value in `base`), or `base` itself when there is no file.
pub fn with_json(fields: &PaFields, base: ContactDraft) -> Result<ContactDraft, CoreError> {
    let Some(path) = &fields.from_json else {
        return Ok(base);
    };
    let not_a_form = |e: &dyn std::fmt::Display| {
        CoreError::from(problem(
            "from_json",
            &format!("{} is not a PA form: {e}", path.display()),
        ))
    };
    let given: Value =
        serde_json::from_str(&read_text("from_json", path)?).map_err(|e| not_a_form(&e))?;
    let Value::Object(given) = given else {
        return Err(not_a_form(&"it is not a JSON object"));
    };
    let mut merged = serde_json::to_value(base).map_err(|e| not_a_form(&e))?;
    if let Value::Object(fields) = &mut merged {
        fields.extend(given);
    }
    serde_json::from_value(merged).map_err(|e| not_a_form(&e))
}

impl PaFields {
    /// Writes every flag given into `draft`; flags not given leave it as it was. Returns the flags
    /// that could not be read, for reporting with the form's own problems.
    pub fn apply_to(&self, draft: &mut ContactDraft) -> Problems {
        set_text(&mut draft.full_name, &self.name);
        set_text(&mut draft.email, &self.email);
        set_text(&mut draft.address, &self.address);
        set_text(&mut draft.postcode, &self.postcode);
        set_text(&mut draft.areas, &self.areas);
        set_text(&mut draft.tags, &self.tags);
        set_text(&mut draft.languages, &self.languages);
        set_text(&mut draft.hourly_rate, &self.rate);
        set_text(&mut draft.dbs.certificate_number, &self.dbs_number);
        set_text(&mut draft.dbs.issue_date, &self.dbs_issued);
        set_text(
            &mut draft.right_to_work_checked_on,
            &self.right_to_work_checked,
        );
        set_text(&mut draft.right_to_work_until, &self.right_to_work_until);
        set_text(&mut draft.date_of_birth, &self.dob);
        set_text(&mut draft.last_contacted_on, &self.last_contacted);
        set_text(&mut draft.notes, &self.notes);
        if let Some(yes) = self.dbs_update_service {
            draft.dbs.update_service = yes;
        }
        if let Some(yes) = self.references_taken {
            draft.references_taken = yes;
        }
        for phone in &self.phones {
            add_once(&mut draft.phones, phone.clone());
        }
        draft
            .training
            .extend(self.training.iter().map(|t| training(t)));

        let mut p = Problems::default();
        for text in &self.skills {
            match parse_code(text) {
                Ok(skill) => add_once(&mut draft.skills, skill),
                Err(message) => p.add("skills", message),
            }
        }
        for text in &self.available {
            match parse_slot(text) {
                Ok(slot) => add_once(&mut draft.availability, slot),
                Err(message) => p.add("availability", message),
            }
        }
        set_code(
            &mut p,
            "work_preference",
            &self.works_as,
            &mut draft.work_preference,
        );
        set_code(&mut p, "dbs.level", &self.dbs_level, &mut draft.dbs.level);
        set_code(&mut p, "status", &self.status, &mut draft.status);
        p
    }
}

impl ClearLists {
    pub fn apply_to(&self, draft: &mut ContactDraft) {
        if self.clear_phones {
            draft.phones.clear();
        }
        if self.clear_skills {
            draft.skills.clear();
        }
        if self.clear_availability {
            draft.availability.clear();
        }
        if self.clear_training {
            draft.training.clear();
        }
    }
}

fn add_once<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// "First aid,2025-01-10,2028-01-10": the course may itself contain commas, so the dates are read
/// from the end; "First aid,2025-01-10" has no expiry and "First aid" no dates.
fn training(text: &str) -> TrainingDraft {
    let mut parts: Vec<&str> = text.rsplitn(3, ',').collect();
    parts.reverse();
    let part = |i: usize| {
        parts
            .get(i)
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    TrainingDraft {
        course: part(0),
        completed_on: part(1),
        expires_on: part(2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn training_dates_are_read_from_the_end() {
        let t = training("Moving, handling and hoists,2025-01-10,");
        assert_eq!(t.course, "Moving, handling and hoists");
        assert_eq!(t.completed_on, "2025-01-10");
        assert_eq!(t.expires_on, "");
        assert_eq!(training("First aid").course, "First aid");
    }
}
