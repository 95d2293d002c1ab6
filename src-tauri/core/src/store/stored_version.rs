//! The version number every stored JSON shape carries (`"v"`), shared by the stored contact and
//! job terms: records written before versions were kept read as version 1, and a record from a
//! newer DP Hub is refused rather than misread.

use super::{StoreError, StoreResult};

/// What a record without a `"v"` is: every release before versions were kept wrote version 1.
pub(super) fn first_version() -> u32 {
    1
}

/// Refuses a record written by a newer DP Hub than this one (which writes `newest`).
pub(super) fn check_readable(found: u32, newest: u32, what: &str) -> StoreResult<()> {
    if found > newest {
        return Err(StoreError::Corrupt(format!(
            "{what} saved by a newer DP Hub (version {found}): update DP Hub to read them"
        )));
    }
    Ok(())
}
