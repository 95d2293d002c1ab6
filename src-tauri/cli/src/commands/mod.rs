//! One folder per top-level command: `mod.rs` runs it, `args.rs` declares its flags, `form.rs`
//! turns them into the core's drafts and `output.rs` prints its results.

pub mod account;
pub mod backup;
pub mod checklist;
pub mod cost;
pub mod db;
pub mod doc;
pub mod due;
pub mod employ;
pub mod handover;
pub mod pa;
pub mod passphrase;
pub mod person;
pub mod template;
