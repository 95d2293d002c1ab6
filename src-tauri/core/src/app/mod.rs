//! The app layer: what a user can do (add a person, import vCards, cost a plan, build an
//! agreement, see what needs doing), each use case checking its input, saving through the store
//! and answering with what the screens show. The desktop shell and the `dphub` command line use
//! DP Hub only through here; each capability's module also re-exports its model types.

pub mod account;
pub mod backup;
pub mod checklists;
pub mod contacts;
pub mod costs;
mod database;
pub mod documents;
pub mod employment;
pub mod files;
pub mod handover;
pub mod people;
pub mod sealed;
pub mod unlock;

pub use crate::store::{default_db_path, resolve_db_path, DB_ENV_VAR, DB_FILE_NAME};
pub use database::Database;
pub use unlock::{Passphrase, Protection, Unlock};
