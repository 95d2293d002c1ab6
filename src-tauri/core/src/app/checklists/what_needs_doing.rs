//! What needs doing across everyone: overdue items and those due in the next few days, from every
//! person's checklists, their PAs' DBS checks and training, and their direct payment reviews.

use chrono::{Days, Months, NaiveDate};

use super::PersonContext;
use crate::app::Database;
use crate::model::checklists::{ChecklistOwner, DueItem, DueKind, DueLink, StatusTag};
use crate::model::contacts::ContactRules;
use crate::model::error::CoreResult;
use crate::model::input::long_date;
use crate::model::people::PersonId;

/// Overdue items and those due within `days` of `today`, soonest first, for everyone (not archived)
/// or one person.
pub fn what_needs_doing(
    db: &Database,
    today: NaiveDate,
    days: u32,
    person_filter: Option<PersonId>,
) -> CoreResult<Vec<DueItem>> {
    let until = today + Days::new(u64::from(days));
    let people: Vec<PersonId> = match person_filter {
        Some(id) => vec![id],
        None => db.store.people(false)?.into_iter().map(|p| p.id).collect(),
    };
    let rules = db.store.contact_rules()?;
    let mut out = Vec::new();
    for id in people {
        let context = PersonContext::load(db, id)?;
        checklist_items(&context, today, until, &mut out);
        pa_expiries(db, &context, rules, today, until, &mut out)?;
        reviews(&context, today, until, &mut out);
        account(db, &context, today, until, &mut out)?;
    }
    out.sort_by(|a, b| {
        (a.date, &a.person_name, &a.what, &a.key).cmp(&(b.date, &b.person_name, &b.what, &b.key))
    });
    Ok(out)
}

fn checklist_items(
    context: &PersonContext,
    today: NaiveDate,
    until: NaiveDate,
    out: &mut Vec<DueItem>,
) {
    let person = &context.person;
    let mut owners = vec![ChecklistOwner::Person(person.id)];
    owners.extend(
        context
            .employments
            .iter()
            .map(|r| ChecklistOwner::Employment(r.employment.id)),
    );
    for owner in owners {
        for view in context.views(owner, today) {
            for item in view.sections.iter().flat_map(|s| &s.items) {
                let Some(due) = &item.due else { continue };
                let pending = match item.tag {
                    StatusTag::Overdue => true,
                    StatusTag::ToDo => due.date <= until,
                    StatusTag::Done => item.recurring && due.date <= until,
                    StatusTag::NotApplicable => false,
                };
                let (link, employment) = match owner {
                    ChecklistOwner::Employment(id) if !item.shared => (
                        DueLink::EmploymentChecklist {
                            employment_id: id,
                            checklist_id: view.checklist_id.clone(),
                            item_id: item.id.clone(),
                        },
                        Some(id),
                    ),
                    _ => (
                        DueLink::PersonChecklist {
                            person_id: person.id,
                            checklist_id: view.checklist_id.clone(),
                            item_id: item.id.clone(),
                        },
                        None,
                    ),
                };
                let mut key = format!(
                    "p{}-{}{}-{}",
                    person.id,
                    employment.map(|e| format!("e{e}-")).unwrap_or_default(),
                    view.checklist_id,
                    item.id
                );
                if item.recurring {
                    key.push_str(&format!("-{}", due.date));
                }
                // An employer's item shows on every PA's checklist: list it once.
                if !pending || out.iter().any(|d| d.key == key) {
                    continue;
                }
                out.push(DueItem {
                    person_id: person.id,
                    person_name: person.details.full_name.clone(),
                    pa_name: if item.shared {
                        None
                    } else {
                        view.pa_name.clone()
                    },
                    kind: DueKind::ChecklistItem,
                    what: item.text.clone(),
                    date: due.date,
                    because: due.because.clone(),
                    overdue: due.date < today,
                    link,
                    key,
                });
            }
        }
    }
}

/// DBS checks reaching the council's age limit and training running out, for PAs employed now.
fn pa_expiries(
    db: &Database,
    context: &PersonContext,
    rules: ContactRules,
    today: NaiveDate,
    until: NaiveDate,
    out: &mut Vec<DueItem>,
) -> CoreResult<()> {
    let person = &context.person;
    for row in &context.employments {
        let e = &row.employment;
        if e.ended.as_ref().is_some_and(|end| end.end_date < today) {
            continue;
        }
        let Some(contact) = db.store.contact(e.contact_id)? else {
            continue;
        };
        let d = &contact.details;
        let mut push =
            |kind: DueKind, what: String, date: NaiveDate, because: String, tag: &str| {
                out.push(DueItem {
                    person_id: person.id,
                    person_name: person.details.full_name.clone(),
                    pa_name: Some(d.full_name.clone()),
                    kind,
                    what,
                    date,
                    because,
                    overdue: date < today,
                    link: DueLink::Contact {
                        contact_id: contact.id,
                    },
                    key: format!("p{}-c{}-{tag}-{date}", person.id, contact.id),
                });
            };
        if let Some(dbs) = d.dbs.as_ref().filter(|d| !d.update_service) {
            let years = rules.dbs_max_age_years;
            if let Some(limit) = dbs.issue_date.checked_add_months(Months::new(12 * years)) {
                if limit <= until {
                    push(
                        DueKind::DbsCheck,
                        format!("New DBS check for {}", d.full_name),
                        limit,
                        format!(
                            "{}: the DBS check issued on {} reaches the {years}-year limit and is not on the update service",
                            long_date(limit),
                            long_date(dbs.issue_date)
                        ),
                        "dbs",
                    );
                }
            }
        }
        for t in &d.training {
            let Some(expires) = t.expires_on.filter(|x| *x <= until) else {
                continue;
            };
            push(
                DueKind::Training,
                format!("{} training for {}", t.course, d.full_name),
                expires,
                format!("{}: {} training runs out", long_date(expires), t.course),
                &format!("training-{}", t.course),
            );
        }
    }
    Ok(())
}

/// The person's review dates from today (past ones may have happened: the record doesn't say).
fn reviews(context: &PersonContext, today: NaiveDate, until: NaiveDate, out: &mut Vec<DueItem>) {
    let person = &context.person;
    for &date in &person.details.dp.review_dates {
        if date < today || date > until {
            continue;
        }
        // The yearly checklist's review item may already give this date.
        let listed = out.iter().any(|d| {
            d.person_id == person.id
                && d.date == date
                && matches!(&d.link, DueLink::PersonChecklist { item_id, .. } if item_id == "dp-review")
        });
        if listed {
            continue;
        }
        out.push(DueItem {
            person_id: person.id,
            person_name: person.details.full_name.clone(),
            pa_name: None,
            kind: DueKind::DpReview,
            what: "The council's review of the direct payment".into(),
            date,
            because: format!("{}: a review date on the person's record", long_date(date)),
            overdue: false,
            link: DueLink::Person {
                person_id: person.id,
            },
            key: format!("p{}-review-{date}", person.id),
        });
    }
}

/// What the person's direct payment account needs: payments to chase, contributions behind, money
/// above the threshold, a statement check, the next monitoring return.
fn account(
    db: &Database,
    context: &PersonContext,
    today: NaiveDate,
    until: NaiveDate,
    out: &mut Vec<DueItem>,
) -> CoreResult<()> {
    let person = &context.person;
    for alert in crate::app::account::alerts(db, person.id, today, until)? {
        out.push(DueItem {
            person_id: person.id,
            person_name: person.details.full_name.clone(),
            pa_name: None,
            kind: DueKind::Account,
            what: alert.what,
            date: alert.date,
            because: alert.because,
            overdue: alert.overdue,
            link: if alert.tag.starts_with("return-") {
                DueLink::MonitoringReturn {
                    person_id: person.id,
                }
            } else {
                DueLink::Account {
                    person_id: person.id,
                }
            },
            key: format!("p{}-account-{}", person.id, alert.tag),
        });
    }
    Ok(())
}
