//! `dphub due`: what needs doing across everyone, printed or written as an iCalendar file.

mod args;
mod output;

pub use args::DueArgs;

use dphub_core::app::checklists;
use dphub_core::{today, CoreError, Database};

use crate::input::problem;
use crate::printer::Printer;

pub fn run(args: &DueArgs, store: &Database, out: &Printer) -> Result<(), CoreError> {
    let items = checklists::what_needs_doing(store, today(), args.days, args.person)?;
    match &args.ics {
        Some(path) => {
            std::fs::write(path, checklists::due_calendar(&items))
                .map_err(|e| problem("ics", &format!("Could not write {}: {e}", path.display())))?;
            out.done(&format!(
                "Wrote {} due date{} to {}.",
                items.len(),
                if items.len() == 1 { "" } else { "s" },
                path.display()
            ));
        }
        None => out.due_items(&items, args.days),
    }
    Ok(())
}
