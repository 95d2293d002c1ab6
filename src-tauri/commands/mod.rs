//! The commands the UI calls. Each is declared once, in `list.rs` (name, one argument struct, what
//! it answers); from that one list come Tauri's handlers, the permission list (`build.rs` reads the
//! same file) and the TypeScript command map (`ui/src/lib/bindings/commands.ts`). Each capability's
//! module holds the argument structs and a plain function per command: take the arguments, call
//! the core, map the result.

use std::path::Path;

use serde::de::DeserializeOwned;
use tauri::ipc::{CommandArg, CommandItem, InvokeBody, InvokeError};
use tauri::Runtime;

use crate::error::AppResult;
use crate::state::AppState;

pub mod account;
pub mod app;
pub mod backups;
pub mod checklists;
pub mod contacts;
pub mod costs;
pub mod documents;
pub mod employment;
pub mod handover;
pub mod import;
pub mod people;
pub mod statement;
pub mod unlock;

/// What a command's plain function may use besides its arguments.
pub struct Ctx<'a> {
    pub state: &'a AppState,
    /// The app's cache folder (where PDFs opened to print are written), when the system has one.
    pub cache_dir: Option<&'a Path>,
}

impl Ctx<'_> {
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut dphub_core::Database) -> AppResult<T>,
    ) -> AppResult<T> {
        self.state.with_store(f)
    }
}

/// A command's one argument struct, read from the whole of the call's arguments: the UI calls
/// `call('list_people', { query, include_archived })` and the command receives `ListPeople`.
pub struct Args<T>(pub T);

impl<'de, T: DeserializeOwned, R: Runtime> CommandArg<'de, R> for Args<T> {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        match command.message.payload() {
            InvokeBody::Json(value) => T::deserialize(value)
                .map(Args)
                .map_err(|e| InvokeError::from(format!("{}: {e}", command.name))),
            InvokeBody::Raw(_) => Err(InvokeError::from(format!(
                "{}: the arguments must be JSON, not raw bytes",
                command.name
            ))),
        }
    }
}

/// The arguments of a command that takes none.
#[derive(Clone, Copy, Debug, Default, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct NoArgs {}

/// Expands the list in `list.rs`: a Tauri command per entry calling `<module>::<name>(&ctx, args)`,
/// the handler for the builder, the names, and the TypeScript map.
macro_rules! command_list {
    ($( $module:ident :: $name:ident ( $args:ty ) -> $result:ty ; )*) => {
        $(
            #[tauri::command(rename_all = "snake_case")]
            async fn $name<R: tauri::Runtime>(
                app: tauri::AppHandle<R>,
                state: tauri::State<'_, $crate::state::AppState>,
                args: $crate::commands::Args<$args>,
            ) -> $crate::error::AppResult<$result> {
                use tauri::Manager;
                let ctx = $crate::commands::Ctx {
                    state: &state,
                    cache_dir: state.cache_dir(|| app.path().app_cache_dir().ok()),
                };
                $crate::commands::$module::$name(&ctx, args.0)
            }
        )*

        /// Tauri's handler for every command in the list.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$( $name ),*]
        }

        /// Every command's name, in the list's order.
        pub const NAMES: &[&str] = &[$( stringify!($name) ),*];

        /// The command map for the UI: each name with its argument and result types.
        #[cfg(test)]
        pub fn typescript() -> String {
            let mut map = $crate::commands::ts_map::TsMap::default();
            $( map.add::<$args, $result>(stringify!($name)); )*
            map.render()
        }
    };
}

/// The list, expanded with every type it names in scope.
pub mod list {
    use chrono::NaiveDate;
    use dphub_core::app::account::{
        AccountFormOptions, AuditRecord, BalanceView, ChartPoint, Entry, EntryDraft, ExcessView,
        ExpectedView, LedgerView, MonitoringReturn, Owed, ReconcileView, ReturnSettings,
        StatementFormOptions, StatementImportPlan, StatementImported,
    };
    use dphub_core::app::backup::{BackupSummary, RestoreOutcome};
    use dphub_core::app::checklists::{ChecklistView, DueItem};
    use dphub_core::app::contacts::interchange::CsvPreview;
    use dphub_core::app::contacts::{
        ContactBrief, ContactDraft, ContactFormOptions, ContactRules, ContactSearchResults,
        ContactView, ExpiryAlert, ImportOutcome, ImportPreview,
    };
    use dphub_core::app::costs::{CostFormOptions, EmployerCost, PersonCostsView, WhatIf};
    use dphub_core::app::documents::{Document, DocumentOptions, MissingItem};
    use dphub_core::app::employment::{
        EmploymentDraft, EmploymentFormOptions, EmploymentSummary, EmploymentView,
    };
    use dphub_core::app::handover::{HandoverOutcome, HandoverPreview, HandoverSaved};
    use dphub_core::app::people::{
        PersonDraft, PersonFormOptions, PersonSummary, PersonView, TermsEntry,
    };
    use dphub_core::app::Protection;
    use dphub_core::model::statement::{ImportRule, StatementPreview};

    use super::account::*;
    use super::app::*;
    use super::backups::*;
    use super::checklists::*;
    use super::contacts::*;
    use super::costs::*;
    use super::documents::*;
    use super::employment::*;
    use super::handover::*;
    use super::import::*;
    use super::people::*;
    use super::statement::*;
    use super::unlock::*;
    use super::NoArgs;

    include!("list.rs");
}

#[cfg(test)]
mod ts_map;

#[cfg(test)]
mod tests {
    /// The UI's command map is written from the list whenever the tests run; CI fails if the
    /// committed file differs (like the ts-rs types beside it).
    #[test]
    fn export_the_typescript_command_map() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/ui/src/lib/bindings/commands.ts"
        );
        std::fs::write(path, super::list::typescript()).unwrap();
    }

    #[test]
    fn every_command_is_named_once() {
        let mut names = super::list::NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), super::list::NAMES.len());
    }
}
