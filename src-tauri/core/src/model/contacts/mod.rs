//! The PA contact book: personal assistants someone knows or might employ, searchable offline.

mod alerts;
mod availability;
mod contact;
mod draft;
mod import_plan;
pub mod interchange;
mod keys;
mod kinds;
mod merge;
mod options;
mod query;
mod validate;
mod view;

pub use alerts::*;
pub use availability::{bits_to_slots, slots_to_bits, DayPart, Slot, Weekday};
pub use contact::{Contact, ContactDetails, ContactId, Dbs, Training};
pub use draft::{ContactDraft, DbsDraft, TrainingDraft};
pub use import_plan::*;
pub use keys::{
    area_query, email_key, fts_columns, phone_digits, prefix_query, search_words, skill_facet,
    slot_facet, sort_name, ARCHIVED_FACET,
};
pub use kinds::{ContactStatus, DbsLevel, Skill, WorkPreference};
pub use merge::merge_contact;
pub use options::{contact_form_options, ContactFormOptions};
pub use query::{ContactQuery, ContactSort, DEFAULT_LIMIT};
pub use validate::validate_contact;
pub use view::{ContactBrief, ContactSearchResults, ContactSummary, ContactView};
