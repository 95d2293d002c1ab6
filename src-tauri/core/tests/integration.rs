//! Every integration test of dphub-core, in one test binary: each file below was once a binary of
//! its own, and linking two dozen of them (each with the whole dependency tree) filled CI disks.

mod document_scene;

mod account;
mod account_alerts;
mod account_properties;
mod backup;
mod checklists_due;
mod checklists_live;
mod checklists_templates;
mod contact_book;
mod costs_nic_oracle;
mod costs_rates_and_properties;
mod costs_worked_examples;
mod csv_injection;
mod documents_pdf;
mod documents_signatures;
mod documents_templates;
mod encryption;
mod fuzz;
mod handover;
mod interchange;
mod interchange_big;
mod interchange_fuzz;
mod interchange_round_trip;
mod interchange_speed;
mod statements;
mod ui_fixtures;
mod ui_fixtures_checklists;
mod ui_fixtures_documents;
