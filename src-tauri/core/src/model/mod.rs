//! The model: DP Hub's rules and types — money, pay periods, what people type, people and their
//! direct payments, the PA contact book, employments, costs, checklist rules and documents (their
//! model, layout and PDF). Nothing here reads or writes the database.

pub mod account;
pub mod checklists;
pub mod choice;
pub mod contacts;
pub mod costs;
pub mod csv_cell;
pub mod documents;
pub mod employment;
pub mod error;
pub(crate) mod fields;
pub mod handover;
pub mod ids;
pub mod input;
pub mod money;
pub(crate) mod parallel;
pub mod people;
pub mod period;
pub mod statement;
pub mod text_file;
pub mod validation;
pub mod working_days;
