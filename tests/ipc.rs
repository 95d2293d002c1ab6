//! The commands through Tauri's mock runtime, in one test binary (each file below was once its own,
//! and every one linked the whole of Tauri and WebKitGTK).

mod common;

mod ipc_account;
mod ipc_backups;
mod ipc_checklists;
mod ipc_contacts;
mod ipc_costs;
mod ipc_documents;
mod ipc_handover;
mod ipc_people;
mod ipc_recordings;
mod ipc_statement;
mod ipc_unlock;
