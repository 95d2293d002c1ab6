//! Checklists of an employer's duties: templates as data files, live checklists worked out from the
//! facts (with the rule that gave each due date), what the user recorded, what needs doing across
//! everyone, and an iCalendar export.

mod due;
mod facts;
mod home;
mod ics;
mod service;
mod status;
mod template;
mod view;
mod working_days;

pub use due::{next_due, Due, DueError, DueRule, Fact, Facts};
pub use facts::{employment_facts, first_payday, person_facts};
pub use home::{what_needs_doing, DueItem, DueKind, DueLink};
pub use ics::{due_calendar, uid, UID_DOMAIN};
pub use service::{
    checklists_for_employment, checklists_for_person, checklists_of, not_applicable, set_note,
    tick, untick,
};
pub use status::{ItemStatus, StatusTag};
pub use template::{
    embedded_files, parse_all, template, templates, AppliesTo, Template, TemplateError,
    TemplateItem,
};
pub use view::{ChecklistOwner, ChecklistView, ItemView, Progress, SectionView};
pub use working_days::{BankHolidays, BeyondKnownYears};
