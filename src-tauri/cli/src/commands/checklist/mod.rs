//! `dphub checklist …`: the employer's duties, over the core's checklist functions.

mod args;
mod output;

pub use args::ChecklistCommand;

use dphub_core::app::checklists::{self, ChecklistOwner};
use dphub_core::{today, CoreError, Database};

use crate::input::problem;
use crate::printer::Printer;
use args::Target;

pub fn run(
    command: &ChecklistCommand,
    store: &mut Database,
    out: &Printer,
) -> Result<(), CoreError> {
    let today = today();
    match command {
        ChecklistCommand::List(target) => {
            let views = checklists::checklists_with_pas(store, owner(store, target)?, today)?;
            out.checklist_list(&views);
        }
        ChecklistCommand::Show { target, checklist } => {
            let mut views = checklists::checklists_of(store, owner(store, target)?, today)?;
            if let Some(id) = checklist {
                views.retain(|v| &v.checklist_id == id);
                if views.is_empty() {
                    return Err(problem(
                        "checklist",
                        &format!("There is no checklist {id:?} here (see `dphub checklist list`)"),
                    )
                    .into());
                }
            }
            out.checklists(&views);
        }
        ChecklistCommand::Tick {
            target,
            item,
            by,
            on,
        } => {
            let owner = owner(store, target)?;
            let on = on.as_deref().unwrap_or("");
            let view = checklists::tick_as_typed(store, owner, item, on, by, today)?;
            out.checklist_changed(&format!("Ticked {item}."), &view);
        }
        ChecklistCommand::Untick { target, item } => {
            let owner = owner(store, target)?;
            let view = checklists::untick(store, owner, item, today)?;
            out.checklist_changed(&format!("{item} is to do again."), &view);
        }
        ChecklistCommand::Na {
            target,
            item,
            reason,
        } => {
            let owner = owner(store, target)?;
            let view = checklists::not_applicable(store, owner, item, reason, today)?;
            out.checklist_changed(&format!("{item} does not apply."), &view);
        }
        ChecklistCommand::Note { target, item, text } => {
            let owner = owner(store, target)?;
            let view = checklists::set_note(store, owner, item, text, today)?;
            out.checklist_changed(&format!("Noted on {item}."), &view);
        }
    }
    Ok(())
}

/// The person's checklists, or an employment's (checked to be that person's when both are given).
fn owner(store: &Database, target: &Target) -> Result<ChecklistOwner, CoreError> {
    checklists::checklist_owner(store, target.person, target.employment)
}
