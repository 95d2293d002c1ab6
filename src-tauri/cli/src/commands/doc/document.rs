//! Which document `dphub doc` makes, and from what.

use chrono::NaiveDate;
use dphub_core::app::documents::{
    agreement_kind, build_document, due_document, AgreementVariant, Document, DocumentKind,
    DocumentRequest,
};
use dphub_core::app::{account, checklists, employment};
use dphub_core::model::input::parse_date;
use dphub_core::{CoreResult, Database};

use super::args::DocCommand;
use crate::input::{parse_code, problem};

/// The document the command asks for, built from saved data as at `on`.
pub fn document(command: &DocCommand, store: &Database, on: NaiveDate) -> CoreResult<Document> {
    let request = |kind, person_id, employment_id| DocumentRequest {
        kind,
        person_id,
        employment_id,
        prepared_on: on,
        timesheet_period_of: None,
    };
    Ok(match command {
        DocCommand::Agreement {
            person, variant, ..
        } => {
            let variant = variant
                .as_deref()
                .map(parse_code::<AgreementVariant>)
                .transpose()
                .map_err(|e| problem("variant", &e))?;
            let kind = agreement_kind(store, *person, variant)?;
            build_document(store, &request(kind, *person, None))?
        }
        DocCommand::Costs { person, .. } => {
            build_document(store, &request(DocumentKind::CostBreakdown, *person, None))?
        }
        DocCommand::Particulars { employment, .. } => {
            let person = employment::employer_of(store, *employment)?;
            build_document(
                store,
                &request(DocumentKind::Particulars, person, Some(*employment)),
            )?
        }
        DocCommand::Timesheet {
            employment,
            week_of,
            ..
        } => {
            let person = employment::employer_of(store, *employment)?;
            let period_of = week_of
                .as_deref()
                .map(parse_date)
                .transpose()
                .map_err(|e| problem("week_of", &e.to_string()))?;
            build_document(
                store,
                &DocumentRequest {
                    timesheet_period_of: period_of,
                    ..request(DocumentKind::Timesheet, person, Some(*employment))
                },
            )?
        }
        DocCommand::Checklist {
            person, employment, ..
        } => {
            let owner = checklists::checklist_owner(store, *person, *employment)?;
            checklists::checklists_with_pas_document(store, owner, on)?
        }
        DocCommand::Return {
            person, from, to, ..
        } => {
            let date = |field: &str, text: &str| {
                parse_date(text).map_err(|e| problem(field, &e.to_string()))
            };
            let r =
                account::monitoring_return(store, *person, date("from", from)?, date("to", to)?)?;
            account::return_document(&r)
        }
        DocCommand::Due { days, person, .. } => {
            let items = checklists::what_needs_doing(store, on, *days, *person)?;
            due_document(&items, on, *days)
        }
    })
}
