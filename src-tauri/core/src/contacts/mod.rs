//! The PA contact book: personal assistants someone knows or might employ, searchable offline.

mod alerts;
mod availability;
mod contact;
mod draft;
mod import;
pub mod interchange;
mod kinds;
mod options;
mod query;
mod view;

pub use alerts::*;
pub use availability::{bits_to_slots, slots_to_bits, DayPart, Slot, Weekday};
pub use contact::{Contact, ContactDetails, ContactId, Dbs, Training};
pub use draft::{ContactDraft, DbsDraft, TrainingDraft};
pub use import::*;
pub use kinds::{ContactStatus, DbsLevel, Skill, WorkPreference};
pub use options::{contact_form_options, ContactFormOptions};
pub use query::{ContactQuery, ContactSort, DEFAULT_LIMIT};
pub use view::{ContactBrief, ContactSearchResults, ContactSummary, ContactView};
