//! Every choice the contact screens offer, with labels and hints, so the UI never spells them itself.

use serde::Serialize;
use ts_rs::TS;

use super::alerts::ContactRules;
use super::availability::{DayPart, Weekday};
use super::draft::ContactDraft;
use super::import_plan::DuplicatePolicy;
use super::interchange::{ContactField, ImportFormat};
use super::kinds::{ContactStatus, DbsLevel, Skill, WorkPreference};
use super::query::ContactSort;
use crate::model::choice::Choice;

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ContactFormOptions {
    pub skills: Vec<Choice<Skill>>,
    pub work_preferences: Vec<Choice<WorkPreference>>,
    pub statuses: Vec<Choice<ContactStatus>>,
    pub dbs_levels: Vec<Choice<DbsLevel>>,
    pub weekdays: Vec<Choice<Weekday>>,
    pub day_parts: Vec<Choice<DayPart>>,
    pub sorts: Vec<Choice<ContactSort>>,
    pub import_formats: Vec<Choice<ImportFormat>>,
    pub import_fields: Vec<Choice<ContactField>>,
    pub duplicate_policies: Vec<Choice<DuplicatePolicy>>,
    pub rules: ContactRules,
    /// A blank form with the defaults filled in.
    pub blank: ContactDraft,
}

pub fn contact_form_options(rules: ContactRules) -> ContactFormOptions {
    ContactFormOptions {
        skills: Skill::choices(),
        work_preferences: WorkPreference::choices(),
        statuses: ContactStatus::choices(),
        dbs_levels: DbsLevel::choices(),
        weekdays: Weekday::choices(),
        day_parts: DayPart::choices(),
        sorts: ContactSort::choices(),
        import_formats: ImportFormat::choices(),
        import_fields: ContactField::choices(),
        duplicate_policies: DuplicatePolicy::choices(),
        rules,
        blank: ContactDraft {
            status: Some(ContactStatus::LookingForWork),
            ..ContactDraft::default()
        },
    }
}
