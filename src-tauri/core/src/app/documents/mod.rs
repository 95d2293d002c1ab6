//! Making a document from saved data: check nothing is missing, fill in the template (the custom
//! one for the kind if one is saved, else the built-in one), and read it as a [`Document`].

pub use crate::model::documents::*;
pub use signatures::{remove_signature, sign_document, SignRequest, SignatureKey};

mod cost_context;
mod placement;
mod signatures;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::employment::employment_of_person;
use crate::app::people::get_person;
use crate::app::Database;
use crate::model::choice::Choice;
use crate::model::contacts::Contact;
use crate::model::employment::{Employment, EmploymentId};
use crate::model::error::CoreError;
use crate::model::error::CoreResult;
use crate::model::people::{Person, PersonId};
use crate::model::validation::Problems;
use cost_context::cost_context;

/// Which document, for whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DocumentRequest {
    pub kind: DocumentKind,
    pub person_id: PersonId,
    /// The PA's employment, for the written statement and the timesheet.
    pub employment_id: Option<EmploymentId>,
    /// The date printed as the date the document was prepared (and the costs' tax year); passed
    /// in so the same request always gives the same document.
    pub prepared_on: NaiveDate,
    /// For a timesheet: a day of the pay period to print its dates for (the week, 2 or 4 weeks
    /// from its Monday, or its calendar month for monthly pay); none prints it undated. Other
    /// documents ignore it.
    pub timesheet_period_of: Option<NaiveDate>,
}

/// The agreement kind that fits how the person's direct payment is managed.
pub fn default_agreement_kind(person: &Person) -> DocumentKind {
    let d = &person.details;
    AgreementVariant::for_person(d.manager.managed_by, d.recipient_type).kind()
}

/// The agreement variant asked for, else the one that fits how the person's payment is managed.
pub fn agreement_kind(
    db: &Database,
    person: PersonId,
    variant: Option<AgreementVariant>,
) -> CoreResult<DocumentKind> {
    Ok(match variant {
        Some(variant) => variant.kind(),
        None => default_agreement_kind(&get_person(db, person)?),
    })
}

fn person(db: &Database, id: PersonId) -> CoreResult<Person> {
    db.store.person(id)?.ok_or(CoreError::NotFound {
        what: "person",
        id: id.0,
    })
}

fn employment(db: &Database, request: &DocumentRequest) -> CoreResult<(Employment, Contact)> {
    let Some(id) = request.employment_id else {
        let mut p = Problems::default();
        p.add("employment_id", "Choose which PA this document is for");
        return Err(CoreError::from(p));
    };
    let employment = employment_of_person(db, request.person_id, id, "employment_id")?;
    let contact_id = employment.contact_id;
    let contact = db.store.contact(contact_id)?.ok_or(CoreError::NotFound {
        what: "contact",
        id: contact_id.0,
    })?;
    Ok((employment, contact))
}

fn refuse_if_missing(missing: Vec<MissingItem>) -> CoreResult<()> {
    if missing.is_empty() {
        Ok(())
    } else {
        Err(CoreError::Missing(missing))
    }
}

/// What the requested document still needs (empty when it can be made).
pub fn missing_details(db: &Database, request: &DocumentRequest) -> CoreResult<Vec<MissingItem>> {
    match context(db, request) {
        Ok(_) => Ok(Vec::new()),
        Err(CoreError::Missing(items)) => Ok(items),
        Err(e) => Err(e),
    }
}

fn context(db: &Database, request: &DocumentRequest) -> CoreResult<DocumentContext> {
    let p = person(db, request.person_id)?;
    let on = request.prepared_on;
    if let Some(variant) = request.kind.agreement_variant() {
        refuse_if_missing(missing_for_agreement(&p, variant))?;
        return Ok(DocumentContext::Agreement(agreement_context(
            &p, variant, on,
        )));
    }
    match request.kind {
        DocumentKind::Particulars => {
            let (e, c) = employment(db, request)?;
            refuse_if_missing(missing_for_particulars(&p, &e, &c))?;
            Ok(DocumentContext::Particulars(particulars_context(
                &p, &e, &c, on,
            )))
        }
        DocumentKind::Timesheet => {
            let (e, c) = employment(db, request)?;
            refuse_if_missing(missing_for_timesheet(&e, &c))?;
            Ok(DocumentContext::Timesheet(timesheet_context(
                &p,
                &e,
                &c,
                on,
                request.timesheet_period_of,
            )))
        }
        _ => Ok(DocumentContext::Costs(cost_context(
            &p,
            &crate::app::costs::person_costs(db, p.id, on)?,
            on,
        ))),
    }
}

/// The template used for `kind`: the saved custom one, or the built-in one.
pub fn template_source(db: &Database, kind: DocumentKind) -> CoreResult<String> {
    Ok(db
        .store
        .custom_template(kind.code())?
        .unwrap_or_else(|| builtin_template(kind).to_string()))
}

/// Makes the document: refuses with the list of what is missing rather than leave a blank.
pub fn build_document(db: &Database, request: &DocumentRequest) -> CoreResult<Document> {
    let context = context(db, request)?;
    let source = template_source(db, request.kind)?;
    let mut document = render(&source, &context)?;
    if let DocumentContext::Timesheet(TimesheetContext {
        pay_period: Some(period),
        ..
    }) = &context
    {
        date_timesheet(&mut document, *period);
    }
    placement::place_signatures(db, request, &mut document)?;
    Ok(document)
}

/// Checks and saves a custom template for `kind`; `None` goes back to the built-in template.
pub fn set_custom_template(
    db: &mut Database,
    kind: DocumentKind,
    source: Option<&str>,
) -> CoreResult<()> {
    if let Some(source) = source {
        check_template(kind, source)?;
    }
    db.store.set_custom_template(kind.code(), source)?;
    Ok(())
}

/// What the Documents screen offers for one person.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct DocumentOptions {
    /// The five agreement variants.
    pub agreements: Vec<Choice<DocumentKind>>,
    /// The variant that fits how this person's direct payment is managed.
    pub default_agreement: DocumentKind,
    /// Every kind, with its label and hint (for templates).
    pub kinds: Vec<Choice<DocumentKind>>,
    /// The kinds for which a council's own template is in use.
    pub custom_templates: Vec<DocumentKind>,
}

/// The documents a person can have made, the agreement that fits them, and which kinds use a
/// council's own template.
pub fn document_options(db: &Database, person_id: PersonId) -> CoreResult<DocumentOptions> {
    let person = get_person(db, person_id)?;
    let mut custom_templates = Vec::new();
    for kind in DocumentKind::ALL {
        if db.store.custom_template(kind.code())?.is_some() {
            custom_templates.push(*kind);
        }
    }
    Ok(DocumentOptions {
        agreements: AgreementVariant::ALL
            .iter()
            .map(|v| choice(v.kind()))
            .collect(),
        default_agreement: default_agreement_kind(&person),
        kinds: DocumentKind::choices(),
        custom_templates,
    })
}

fn choice(kind: DocumentKind) -> Choice<DocumentKind> {
    Choice {
        value: kind,
        label: kind.label().to_string(),
        hint: kind.hint().map(str::to_string),
    }
}
