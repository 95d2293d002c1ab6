//! Checklists of an employer's duties: templates as data files, live checklists worked out from the
//! facts (with the rule that gave each due date), what the user recorded, what needs doing across
//! everyone, and an iCalendar export.

mod due;
mod due_item;
mod facts;
mod ics;
mod status;
mod template;
mod view;

pub use crate::model::working_days::{BankHolidays, BeyondKnownYears};
pub use due::{
    next_due, Due, DueError, DueRule, Fact, Facts, DEFAULT_KEEP_RECORDS_YEARS, KEEP_RECORDS_YEARS,
};
pub use due_item::{DueItem, DueKind, DueLink};
pub use facts::{employment_facts, first_payday, person_facts};
pub use ics::{due_calendar, uid, UID_DOMAIN};
pub use status::{ItemStatus, StatusTag};
pub use template::{
    embedded_files, parse_all, template, templates, AppliesTo, Template, TemplateError,
    TemplateItem,
};
pub(crate) use view::{live_item, sections_and_progress};
pub use view::{ChecklistOwner, ChecklistView, ItemView, Progress, SectionView};
