//! What the app and the CLI do with checklists: read them live, and record ticks, "not applicable"
//! and notes. A change to an unknown person, employment or item is refused and changes nothing.

pub use crate::model::checklists::*;
pub use what_needs_doing::what_needs_doing;

mod what_needs_doing;

use chrono::NaiveDate;

use crate::app::employment::employment_of_person;
use crate::app::Database;
use crate::model::contacts::ContactId;
use crate::model::documents::{checklist_document, checklists_title, Document};
use crate::model::employment::{Employment, EmploymentId};
use crate::model::error::{CoreError, CoreResult};
use crate::model::input::{parse_date, DateInputError};
use crate::model::people::{Person, PersonId};
use crate::model::validation::Problems;
use crate::store::{EmploymentRow, StoredItem};

/// Everything a person's checklists are worked out from, read once.
pub(super) struct PersonContext {
    pub person: Person,
    /// The day DP Hub began keeping the person's duties.
    pub duties_from: Option<NaiveDate>,
    pub employments: Vec<EmploymentRow>,
    pub stored: Vec<StoredItem>,
    /// Each employed PA's end of a time-limited permission to work, by contact.
    pub right_to_work_ends: Vec<(ContactId, NaiveDate)>,
    /// How many years the person's records are kept, if set.
    pub keep_records_years: Option<u32>,
}

impl PersonContext {
    pub fn load(db: &Database, person_id: PersonId) -> CoreResult<PersonContext> {
        let person = db.store.person(person_id)?.ok_or(CoreError::NotFound {
            what: "person",
            id: person_id.0,
        })?;
        let employments = db.store.employments(Some(person_id), None)?;
        let mut right_to_work_ends = Vec::new();
        for row in &employments {
            let id = row.employment.contact_id;
            if let Some(until) = db
                .store
                .contact(id)?
                .and_then(|c| c.details.right_to_work_until)
            {
                right_to_work_ends.push((id, until));
            }
        }
        Ok(PersonContext {
            duties_from: db.store.duties_from(person_id)?,
            employments,
            stored: db.store.checklist_items_of(person_id)?,
            keep_records_years: db.store.keep_records_years(person_id)?,
            person,
            right_to_work_ends,
        })
    }

    fn employment_list(&self) -> Vec<Employment> {
        self.employments
            .iter()
            .map(|r| r.employment.clone())
            .collect()
    }

    fn row(&self, id: EmploymentId) -> Option<&EmploymentRow> {
        self.employments.iter().find(|r| r.employment.id == id)
    }

    fn stored(&self, key: &Key) -> Option<&StoredItem> {
        self.stored.iter().find(|s| {
            s.employment_id == key.employment_id
                && s.checklist == key.checklist
                && s.item == key.item
        })
    }

    /// The checklists that apply to the owner, with the facts their dates come from.
    pub fn applicable(&self, owner: ChecklistOwner) -> Vec<(&'static Template, Facts)> {
        let employments = self.employment_list();
        match owner {
            ChecklistOwner::Person(_) => {
                let facts = Facts {
                    keep_records_years: self.keep_records_years,
                    ..person_facts(&self.person, &employments, self.duties_from)
                };
                templates()
                    .iter()
                    .filter(|t| t.applies_to == AppliesTo::Person)
                    .map(|t| (t, facts.clone()))
                    .collect()
            }
            ChecklistOwner::Employment(id) => {
                let Some(row) = self.row(id) else {
                    return Vec::new();
                };
                let e = &row.employment;
                let until = self
                    .right_to_work_ends
                    .iter()
                    .find(|(contact, _)| *contact == e.contact_id)
                    .map(|(_, until)| *until);
                let facts = employment_facts(&self.person, &employments, e, until, row.duties_from);
                templates()
                    .iter()
                    .filter(|t| t.applies_to == AppliesTo::Employment)
                    .filter(|t| !t.when_ended || e.ended.is_some())
                    .map(|t| (t, facts.clone()))
                    .collect()
            }
        }
    }

    pub fn view(
        &self,
        owner: ChecklistOwner,
        template: &Template,
        facts: &Facts,
        today: NaiveDate,
    ) -> ChecklistView {
        let items: Vec<ItemView> = template
            .items
            .iter()
            .map(|item| {
                let stored = self.stored(&Key::new(owner, template, item));
                live_item(
                    item,
                    facts,
                    stored.map(|s| s.status.clone()).unwrap_or_default(),
                    stored.map(|s| s.note.clone()).unwrap_or_default(),
                    today,
                )
            })
            .collect();
        let (sections, progress) = sections_and_progress(template, items);
        let pa_name = match owner {
            ChecklistOwner::Employment(id) => self.row(id).map(|r| r.contact_name.clone()),
            ChecklistOwner::Person(_) => None,
        };
        ChecklistView {
            checklist_id: template.id.clone(),
            title: template.title.clone(),
            summary: template.summary.clone(),
            owner,
            person_id: self.person.id,
            person_name: self.person.details.full_name.clone(),
            pa_name,
            sections,
            progress,
        }
    }

    pub fn views(&self, owner: ChecklistOwner, today: NaiveDate) -> Vec<ChecklistView> {
        self.applicable(owner)
            .iter()
            .map(|(t, facts)| self.view(owner, t, facts, today))
            .collect()
    }
}

/// Where an item's status is stored: the employer's items have no employment.
pub(super) struct Key {
    pub employment_id: Option<EmploymentId>,
    pub checklist: String,
    pub item: String,
}

impl Key {
    pub fn new(owner: ChecklistOwner, template: &Template, item: &TemplateItem) -> Key {
        Key {
            employment_id: match owner {
                ChecklistOwner::Employment(id) if item.applies_to == AppliesTo::Employment => {
                    Some(id)
                }
                _ => None,
            },
            checklist: template.id.clone(),
            item: item.id.clone(),
        }
    }
}

/// The person's own checklists (as employer).
/// How many years the person's records are kept (the checklists remind when the oldest year's
/// may be destroyed), 6 unless set.
pub fn keep_records_years(db: &Database, person: PersonId) -> CoreResult<u32> {
    crate::app::people::get_person(db, person)?;
    Ok(db
        .store
        .keep_records_years(person)?
        .unwrap_or(DEFAULT_KEEP_RECORDS_YEARS))
}

/// Sets how many years the person's records are kept: from 3 (HMRC's rule for payroll records)
/// to 20.
pub fn set_keep_records_years(db: &mut Database, person: PersonId, years: u32) -> CoreResult<u32> {
    crate::app::people::get_person(db, person)?;
    if !KEEP_RECORDS_YEARS.contains(&years) {
        let mut problems = Problems::default();
        problems.add(
            "keep_records_years",
            format!(
                "Enter a number of years from {} to {}: HMRC asks for payroll records to be kept 3 years after the tax year",
                KEEP_RECORDS_YEARS.start(),
                KEEP_RECORDS_YEARS.end()
            ),
        );
        return Err(problems.into());
    }
    db.store.set_keep_records_years(person, years)?;
    Ok(years)
}

pub fn checklists_for_person(
    db: &Database,
    person_id: PersonId,
    today: NaiveDate,
) -> CoreResult<Vec<ChecklistView>> {
    Ok(PersonContext::load(db, person_id)?.views(ChecklistOwner::Person(person_id), today))
}

/// One employment's checklists ("when a PA leaves" only once it has an end date).
pub fn checklists_for_employment(
    db: &Database,
    employment_id: EmploymentId,
    today: NaiveDate,
) -> CoreResult<Vec<ChecklistView>> {
    let person = person_of(db, ChecklistOwner::Employment(employment_id))?;
    Ok(PersonContext::load(db, person)?.views(ChecklistOwner::Employment(employment_id), today))
}

/// The checklists of a person or an employment.
pub fn checklists_of(
    db: &Database,
    owner: ChecklistOwner,
    today: NaiveDate,
) -> CoreResult<Vec<ChecklistView>> {
    match owner {
        ChecklistOwner::Person(id) => checklists_for_person(db, id, today),
        ChecklistOwner::Employment(id) => checklists_for_employment(db, id, today),
    }
}

/// Marks an item done, on a date and by someone. For a duty that comes round again, it is done for
/// the occurrence the checklist shows now, and the checklist moves on to the next.
pub fn tick(
    db: &mut Database,
    owner: ChecklistOwner,
    item_id: &str,
    done_on: NaiveDate,
    done_by: &str,
    today: NaiveDate,
) -> CoreResult<ChecklistView> {
    tick_checked(db, owner, item_id, Ok(done_on), done_by, today)
}

/// [`tick`] with the date as typed ("2026-2-2", "2/2/2026"; empty means today): an unreal date is
/// refused on the `done_on` field together with any other problem, and nothing is saved.
pub fn tick_as_typed(
    db: &mut Database,
    owner: ChecklistOwner,
    item_id: &str,
    done_on: &str,
    done_by: &str,
    today: NaiveDate,
) -> CoreResult<ChecklistView> {
    let done_on = match done_on.trim() {
        "" => Ok(today),
        text => parse_date(text),
    };
    tick_checked(db, owner, item_id, done_on, done_by, today)
}

fn tick_checked(
    db: &mut Database,
    owner: ChecklistOwner,
    item_id: &str,
    done_on: Result<NaiveDate, DateInputError>,
    done_by: &str,
    today: NaiveDate,
) -> CoreResult<ChecklistView> {
    let mut p = Problems::default();
    let done_on = p.check("done_on", done_on);
    let done_by = done_by.trim();
    if done_by.is_empty() {
        p.add("done_by", "Enter who did it");
    }
    let Some(done_on) = done_on else {
        return Err(p.into());
    };
    if done_on > today {
        p.add("done_on", "The date it was done cannot be in the future");
    }
    change(db, owner, item_id, today, p, |item| {
        ItemStatusChange::Status(ItemStatus::Done {
            done_on,
            done_by: done_by.to_string(),
            occurrence: if item.recurring {
                item.due.as_ref().map(|d| d.date)
            } else {
                None
            },
        })
    })
}

/// Puts an item back to "to do".
pub fn untick(
    db: &mut Database,
    owner: ChecklistOwner,
    item_id: &str,
    today: NaiveDate,
) -> CoreResult<ChecklistView> {
    change(db, owner, item_id, today, Problems::default(), |_| {
        ItemStatusChange::Status(ItemStatus::ToDo)
    })
}

/// Marks an item as not applicable, with the reason.
pub fn not_applicable(
    db: &mut Database,
    owner: ChecklistOwner,
    item_id: &str,
    reason: &str,
    today: NaiveDate,
) -> CoreResult<ChecklistView> {
    let mut p = Problems::default();
    let reason = reason.trim();
    if reason.is_empty() {
        p.add("reason", "Say why this does not apply");
    }
    change(db, owner, item_id, today, p, |_| {
        ItemStatusChange::Status(ItemStatus::NotApplicable {
            reason: reason.to_string(),
        })
    })
}

/// Replaces an item's note (an empty note clears it).
pub fn set_note(
    db: &mut Database,
    owner: ChecklistOwner,
    item_id: &str,
    note: &str,
    today: NaiveDate,
) -> CoreResult<ChecklistView> {
    change(db, owner, item_id, today, Problems::default(), |_| {
        ItemStatusChange::Note(note.trim().to_string())
    })
}

enum ItemStatusChange {
    Status(ItemStatus),
    Note(String),
}

fn person_of(db: &Database, owner: ChecklistOwner) -> CoreResult<PersonId> {
    match owner {
        ChecklistOwner::Person(id) => Ok(id),
        ChecklistOwner::Employment(id) => Ok(db
            .store
            .employment(id)?
            .ok_or(CoreError::NotFound {
                what: "employment",
                id: id.0,
            })?
            .employment
            .person_id),
    }
}

/// Finds the item on the owner's checklists, checks the change, saves it, and answers with the
/// checklist it is on, worked out again.
fn change(
    db: &mut Database,
    owner: ChecklistOwner,
    item_id: &str,
    today: NaiveDate,
    mut problems: Problems,
    make: impl FnOnce(&ItemView) -> ItemStatusChange,
) -> CoreResult<ChecklistView> {
    let person_id = person_of(db, owner)?;
    let context = PersonContext::load(db, person_id)?;
    let item_id = item_id.trim();
    let found = context
        .applicable(owner)
        .into_iter()
        .find_map(|(t, facts)| t.item(item_id).map(|item| (t, item, facts)));
    let Some((template, item, facts)) = found else {
        problems.add("item", not_on_checklist(owner, item_id));
        return Err(problems.into());
    };
    if !problems.is_empty() {
        return Err(problems.into());
    }
    let key = Key::new(owner, template, item);
    let mut stored = context.stored(&key).cloned().unwrap_or(StoredItem {
        person_id,
        employment_id: key.employment_id,
        checklist: key.checklist.clone(),
        item: key.item.clone(),
        status: ItemStatus::ToDo,
        note: String::new(),
    });
    let current = live_item(
        item,
        &facts,
        stored.status.clone(),
        stored.note.clone(),
        today,
    );
    match make(&current) {
        ItemStatusChange::Status(status) => stored.status = status,
        ItemStatusChange::Note(note) => stored.note = note,
    }
    db.store.save_checklist_item(&stored)?;
    let context = PersonContext::load(db, person_id)?;
    Ok(context.view(owner, template, &facts, today))
}

/// Why an item can't be found: a mistyped id, or an item on someone else's checklist.
fn not_on_checklist(owner: ChecklistOwner, item_id: &str) -> String {
    if !templates().iter().any(|t| t.item(item_id).is_some()) {
        return format!("There is no checklist item {item_id:?}");
    }
    let whose = match owner {
        ChecklistOwner::Person(_) => "a PA's employment (give --employment)",
        ChecklistOwner::Employment(_) => {
            "the employer (leave out --employment), or a PA who has left"
        }
    };
    format!("The item {item_id:?} is not on this checklist: it is on a checklist of {whose}")
}

/// One person's own checklists, or one PA's, as their checklist screen shows them, ready to print.
pub fn owner_checklist_document(
    db: &Database,
    owner: ChecklistOwner,
    as_at: NaiveDate,
) -> CoreResult<Document> {
    let views = match owner {
        ChecklistOwner::Person(id) => checklists_for_person(db, id, as_at)?,
        ChecklistOwner::Employment(id) => checklists_for_employment(db, id, as_at)?,
    };
    Ok(printable(&views, owner, as_at))
}

/// A person's checklists followed by each of their PAs' (or one PA's), ready to print.
pub fn checklists_with_pas_document(
    db: &Database,
    owner: ChecklistOwner,
    as_at: NaiveDate,
) -> CoreResult<Document> {
    let views = checklists_with_pas(db, owner, as_at)?;
    Ok(printable(&views, owner, as_at))
}

fn printable(views: &[ChecklistView], owner: ChecklistOwner, as_at: NaiveDate) -> Document {
    let for_one_pa = matches!(owner, ChecklistOwner::Employment(_));
    checklist_document(views, &checklists_title(views, for_one_pa), as_at)
}

/// Whose checklists: a person's own, or one of their PAs' (an employment, checked to be this
/// person's when both are given).
pub fn checklist_owner(
    db: &Database,
    person: Option<PersonId>,
    employment: Option<EmploymentId>,
) -> CoreResult<ChecklistOwner> {
    match (person, employment) {
        (None, None) => {
            let mut p = Problems::default();
            p.add(
                "person",
                "Choose a person (and one of their PAs' employments for a PA's checklists)",
            );
            Err(p.into())
        }
        (Some(person), None) => Ok(ChecklistOwner::Person(person)),
        (None, Some(employment)) => {
            crate::app::employment::employer_of(db, employment)?;
            Ok(ChecklistOwner::Employment(employment))
        }
        (Some(person), Some(employment)) => {
            employment_of_person(db, person, employment, "employment")?;
            Ok(ChecklistOwner::Employment(employment))
        }
    }
}

/// A person's own checklists followed by each of their PAs'; or one PA's.
pub fn checklists_with_pas(
    db: &Database,
    owner: ChecklistOwner,
    today: NaiveDate,
) -> CoreResult<Vec<ChecklistView>> {
    let ChecklistOwner::Person(person) = owner else {
        return checklists_of(db, owner, today);
    };
    let mut views = checklists_for_person(db, person, today)?;
    for row in db.store.employments(Some(person), None)? {
        views.extend(checklists_for_employment(db, row.employment.id, today)?);
    }
    Ok(views)
}
