//! The PA contact book and employments through the core's service functions, on a real (in-memory)
//! SQLite database: search, filters, alerts, duplicates and job terms.

use chrono::NaiveDate;
use dphub_core::app::contacts::{
    self, AlertKind, ContactDraft, ContactQuery, ContactRules, ContactSort, ContactStatus, DayPart,
    DbsDraft, DbsLevel, Skill, Slot, TrainingDraft, Weekday,
};
use dphub_core::app::employment::{
    self, EmploymentDraft, EmploymentEndDraft, HolidayArrangement, HoursKind,
};
use dphub_core::app::people::{
    self, DpTermsDraft, ManagedBy, ManagerDraft, PersonDraft, RecipientType,
};
use dphub_core::model::ids::{ContactId, PersonId};
use dphub_core::{CoreError, Database};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn pa(name: &str) -> ContactDraft {
    ContactDraft {
        full_name: name.into(),
        status: Some(ContactStatus::LookingForWork),
        ..ContactDraft::default()
    }
}

fn add(store: &mut Database, draft: ContactDraft) -> ContactId {
    contacts::add_contact(store, &draft, today())
        .unwrap()
        .contact
        .id
}

fn names(store: &Database, q: ContactQuery) -> Vec<String> {
    contacts::search_contacts(store, &q, today())
        .unwrap()
        .contacts
        .into_iter()
        .map(|c| c.full_name)
        .collect()
}

fn text(t: &str) -> ContactQuery {
    ContactQuery {
        text: t.into(),
        ..ContactQuery::default()
    }
}

fn invalid_fields(err: CoreError) -> Vec<String> {
    match err {
        CoreError::Invalid(p) => p.list().iter().map(|p| p.field.clone()).collect(),
        other => panic!("expected a validation error, got {other}"),
    }
}

/// A small contact book: four PAs with different skills, areas, availability and checks.
fn book() -> Database {
    let mut s = Database::open_in_memory().unwrap();
    let tue_evening = Slot {
        day: Weekday::Tuesday,
        part: DayPart::Evening,
    };
    add(
        &mut s,
        ContactDraft {
            postcode: "SO23 8UJ".into(),
            areas: "Winchester".into(),
            skills: vec![Skill::PersonalCare, Skill::Dementia],
            availability: vec![tue_evening],
            notes: "Worked with Zoë's neighbour".into(),
            dbs: DbsDraft {
                level: Some(DbsLevel::Enhanced),
                issue_date: "2025-06-01".into(),
                ..DbsDraft::default()
            },
            last_contacted_on: "2026-10-01".into(),
            ..pa("Zoë Łukasiewicz")
        },
    );
    add(
        &mut s,
        ContactDraft {
            areas: "Alresford, SO24".into(),
            skills: vec![Skill::Driving],
            tags: "zumba".into(),
            dbs: DbsDraft {
                level: Some(DbsLevel::Enhanced),
                issue_date: "2020-01-10".into(),
                update_service: true,
                ..DbsDraft::default()
            },
            last_contacted_on: "2026-11-01".into(),
            ..pa("Amir Khan")
        },
    );
    add(
        &mut s,
        ContactDraft {
            areas: "Winchester".into(),
            skills: vec![Skill::Dementia],
            availability: vec![
                tue_evening,
                Slot {
                    day: Weekday::Sunday,
                    part: DayPart::SleepIn,
                },
            ],
            dbs: DbsDraft {
                level: Some(DbsLevel::Basic),
                issue_date: "2021-03-01".into(),
                ..DbsDraft::default()
            },
            training: vec![TrainingDraft {
                course: "Moving and handling".into(),
                completed_on: "2023-12-01".into(),
                expires_on: "2026-12-01".into(),
            }],
            status: Some(ContactStatus::WorkingForUs),
            ..pa("Zola Mbeki")
        },
    );
    add(
        &mut s,
        ContactDraft {
            areas: "Basingstoke".into(),
            training: vec![TrainingDraft {
                course: "First aid".into(),
                completed_on: "2022-01-01".into(),
                expires_on: "2025-01-01".into(),
            }],
            notes: "Friend of Zola; covers her holidays".into(),
            ..pa("Bea Smith")
        },
    );
    s
}

#[test]
fn search_finds_word_prefixes_ignoring_accents_and_ranks_names_first() {
    let s = book();
    let mut zo = names(&s, text("zo"));
    zo.sort();
    assert_eq!(
        zo,
        ["Bea Smith", "Zola Mbeki", "Zoë Łukasiewicz"],
        "Bea's notes mention Zola"
    );
    // A match in the name ranks above a match in the notes.
    assert_eq!(names(&s, text("zola")), ["Zola Mbeki", "Bea Smith"]);
    assert_eq!(names(&s, text("ZOE")), ["Zoë Łukasiewicz"]);
    assert_eq!(names(&s, text("luk")), ["Zoë Łukasiewicz"]);
    // "zu" is only in Amir's tags; "dementia" is a skill of two.
    assert_eq!(names(&s, text("zu")), ["Amir Khan"]);
    assert_eq!(names(&s, text("dementia")).len(), 2);
    // Every word must match.
    assert_eq!(names(&s, text("zo mbe")), ["Zola Mbeki"]);
    // A name match ranks above a match in the notes ("Zoë" is in Zoë's name and nobody's notes but hers).
    let mut q = text("neighbour");
    assert_eq!(names(&s, q.clone()), ["Zoë Łukasiewicz"]);
    q.text = "\" OR * ( NEAR".into();
    assert!(
        contacts::search_contacts(&s, &q, today()).is_ok(),
        "query syntax typed is searched for, not run"
    );
}

#[test]
fn best_match_puts_names_starting_with_the_word_first_then_names_then_other_fields() {
    let mut s = Database::open_in_memory().unwrap();
    // Added worst match first, so the order found cannot be the order they were added in.
    add(
        &mut s,
        ContactDraft {
            notes: "Kelso was her last job".into(),
            ..pa("Ruth Ames")
        },
    );
    add(
        &mut s,
        ContactDraft {
            tags: "kelp farm".into(),
            ..pa("Dai Rees")
        },
    );
    add(&mut s, pa("Anna Kelsey"));
    add(&mut s, pa("Kelly Brown"));
    assert_eq!(
        names(&s, text("kel")),
        ["Kelly Brown", "Anna Kelsey", "Dai Rees", "Ruth Ames"]
    );
}

#[test]
fn filters_combine_with_the_text() {
    let s = book();
    let all = ContactQuery::default;
    assert_eq!(
        names(&s, all()).len(),
        4,
        "nothing typed lists everyone by name"
    );
    assert_eq!(
        names(
            &s,
            ContactQuery {
                skill: Some(Skill::Dementia),
                ..all()
            }
        ),
        ["Zoë Łukasiewicz", "Zola Mbeki"]
    );
    assert_eq!(
        names(
            &s,
            ContactQuery {
                area: "so23".into(),
                ..all()
            }
        ),
        ["Zoë Łukasiewicz"],
        "postcode district"
    );
    assert_eq!(
        names(
            &s,
            ContactQuery {
                area: "Winchester".into(),
                ..all()
            }
        ),
        ["Zoë Łukasiewicz", "Zola Mbeki"]
    );
    let sleep_in = Slot {
        day: Weekday::Sunday,
        part: DayPart::SleepIn,
    };
    assert_eq!(
        names(
            &s,
            ContactQuery {
                free_in: Some(sleep_in),
                ..all()
            }
        ),
        ["Zola Mbeki"]
    );
    assert_eq!(
        names(
            &s,
            ContactQuery {
                status: Some(ContactStatus::WorkingForUs),
                ..all()
            }
        ),
        ["Zola Mbeki"]
    );
    // DBS in date: Zoë's is 1½ years old; Amir's is old but on the update service; Zola's is 5 years
    // old; Bea has none.
    assert_eq!(
        names(
            &s,
            ContactQuery {
                dbs_in_date: true,
                ..all()
            }
        ),
        ["Amir Khan", "Zoë Łukasiewicz"]
    );
    assert_eq!(
        names(
            &s,
            ContactQuery {
                training_in_date: true,
                ..all()
            }
        )
        .len(),
        3,
        "Bea's first aid expired"
    );
    assert_eq!(
        names(
            &s,
            ContactQuery {
                text: "z".into(),
                skill: Some(Skill::Dementia),
                dbs_in_date: true,
                ..all()
            }
        ),
        ["Zoë Łukasiewicz"]
    );
}

/// A typed search with "DBS in date" answers the date filter from memory: it must follow a change
/// made here, one made by another program on the same file, and the date moving on.
#[test]
fn a_ranked_search_with_the_dbs_filter_follows_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.sqlite3");
    let mut here = Database::open(&path, &crate::encryption::unlock()).unwrap();
    let with_dbs = |issued: &str| ContactDraft {
        dbs: DbsDraft {
            level: Some(DbsLevel::Enhanced),
            issue_date: issued.into(),
            ..DbsDraft::default()
        },
        ..pa("Kelly Brown")
    };
    let id = add(&mut here, with_dbs("2025-01-10"));
    let kel = ContactQuery {
        dbs_in_date: true,
        ..text("kel")
    };
    assert_eq!(names(&here, kel.clone()), ["Kelly Brown"]);

    contacts::update_contact(&mut here, id, &with_dbs("2020-01-10"), today()).unwrap();
    assert!(
        names(&here, kel.clone()).is_empty(),
        "edited here: now too old"
    );

    let mut elsewhere = Database::open(&path, &crate::encryption::unlock()).unwrap();
    contacts::update_contact(&mut elsewhere, id, &with_dbs("2025-01-10"), today()).unwrap();
    assert_eq!(
        names(&here, kel.clone()),
        ["Kelly Brown"],
        "edited by another program"
    );

    let three_years_on = NaiveDate::from_ymd_opt(2028, 1, 11).unwrap();
    let found = contacts::search_contacts(&here, &kel, three_years_on).unwrap();
    assert_eq!(found.total, 0, "three years on, the same check is too old");
}

#[test]
fn sorting_paging_archiving_and_reindexing() {
    let mut s = book();
    let by_contact = names(
        &s,
        ContactQuery {
            sort: ContactSort::LastContacted,
            ..ContactQuery::default()
        },
    );
    assert_eq!(by_contact[..2], ["Amir Khan", "Zoë Łukasiewicz"]);
    let page = contacts::search_contacts(
        &s,
        &ContactQuery {
            limit: 2,
            ..ContactQuery::default()
        },
        today(),
    )
    .unwrap();
    assert_eq!((page.contacts.len(), page.total), (2, 4));

    let bea = contacts::search_contacts(&s, &text("bea"), today())
        .unwrap()
        .contacts[0]
        .id;
    contacts::archive_contact(&mut s, bea).unwrap();
    assert!(names(&s, text("bea")).is_empty());
    assert_eq!(
        names(
            &s,
            ContactQuery {
                include_archived: true,
                ..text("bea")
            }
        ),
        ["Bea Smith"]
    );
    contacts::restore_contact(&mut s, bea).unwrap();

    let mut draft = contacts::contact_draft(&s, bea).unwrap();
    draft.full_name = "Beatrix Quist".into();
    contacts::update_contact(&mut s, bea, &draft, today()).unwrap();
    assert!(
        names(&s, text("smith")).is_empty(),
        "old words leave the index"
    );
    assert_eq!(names(&s, text("quis")), ["Beatrix Quist"]);
    assert!(matches!(
        contacts::update_contact(&mut s, ContactId(999), &draft, today()),
        Err(CoreError::NotFound { .. })
    ));
}

#[test]
fn same_email_or_phone_is_flagged_as_a_possible_duplicate() {
    let mut s = Database::open_in_memory().unwrap();
    let first = add(
        &mut s,
        ContactDraft {
            email: "ann@example.org".into(),
            phones: vec!["07700 900982".into()],
            ..pa("Ann Lee")
        },
    );
    let by_phone = ContactDraft {
        phones: vec!["+44 7700 900982".into()],
        ..pa("Ann L")
    };
    let found = contacts::find_contact_duplicates(&s, &by_phone, None).unwrap();
    assert_eq!(found.iter().map(|c| c.id).collect::<Vec<_>>(), [first]);
    let by_email = ContactDraft {
        email: "ANN@example.org".into(),
        ..pa("A Lee")
    };
    assert_eq!(
        contacts::find_contact_duplicates(&s, &by_email, None)
            .unwrap()
            .len(),
        1
    );
    assert!(
        contacts::find_contact_duplicates(&s, &by_email, Some(first))
            .unwrap()
            .is_empty(),
        "not a duplicate of itself"
    );
    // Saving is still allowed; the contact page shows the warning.
    let second = contacts::add_contact(&mut s, &by_email, today()).unwrap();
    assert_eq!(second.possible_duplicates[0].full_name, "Ann Lee");
}

#[test]
fn expiry_alerts_across_the_book_follow_the_councils_dbs_limit() {
    let mut s = book();
    let alerts = contacts::expiring_contacts(&s, today()).unwrap();
    let seen: Vec<(String, AlertKind)> = alerts
        .iter()
        .map(|a| (a.contact_name.clone(), a.alert.kind))
        .collect();
    assert_eq!(
        seen,
        [
            ("Zola Mbeki".to_string(), AlertKind::DbsTooOld),
            ("Bea Smith".to_string(), AlertKind::TrainingExpired),
            ("Zola Mbeki".to_string(), AlertKind::TrainingExpiring),
        ]
    );
    assert_eq!(
        alerts[1].alert.message,
        "First aid training expired on 1 January 2025"
    );
    assert_eq!(
        alerts[0].alert.date,
        NaiveDate::from_ymd_opt(2024, 3, 1).unwrap()
    );
    let zola = contacts::view_contact(&s, alerts[0].contact_id, today()).unwrap();
    assert_eq!(zola.alerts.len(), 2, "the badge on the contact");

    contacts::set_contact_rules(
        &mut s,
        ContactRules {
            dbs_max_age_years: 6,
        },
    )
    .unwrap();
    assert_eq!(
        contacts::expiring_contacts(&s, today()).unwrap().len(),
        2,
        "a 5-year-old DBS is within a 6-year limit"
    );
    let err = contacts::set_contact_rules(
        &mut s,
        ContactRules {
            dbs_max_age_years: 0,
        },
    )
    .unwrap_err();
    assert_eq!(invalid_fields(err), ["dbs_max_age_years"]);
    assert_eq!(
        contacts::contact_options(&s)
            .unwrap()
            .rules
            .dbs_max_age_years,
        6,
        "a refused setting changes nothing"
    );
}

fn person(store: &mut Database) -> PersonId {
    let draft = PersonDraft {
        full_name: "Margaret Hale".into(),
        date_of_birth: "1948-12-01".into(),
        council: "Hampshire County Council".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        manager: ManagerDraft {
            managed_by: Some(ManagedBy::Themself),
            ..ManagerDraft::default()
        },
        dp: DpTermsDraft {
            gross_amount: "1250".into(),
            start_date: "2026-01-05".into(),
            ..DpTermsDraft::default()
        },
        ..PersonDraft::default()
    };
    people::add_person(store, &draft, today())
        .unwrap()
        .person
        .id
}

fn job(person: PersonId, contact: ContactId) -> EmploymentDraft {
    EmploymentDraft {
        person_id: Some(person),
        contact_id: Some(contact),
        start_date: "2026-02-02".into(),
        hours_per_week: "16".into(),
        working_pattern: "Monday to Thursday, 8am to noon".into(),
        hourly_rate: "£13.50".into(),
        ..EmploymentDraft::default()
    }
}

#[test]
fn an_employment_links_a_person_and_a_pa_with_checked_terms() {
    let mut s = book();
    let margaret = person(&mut s);
    let zoe = contacts::search_contacts(&s, &text("zoe"), today())
        .unwrap()
        .contacts[0]
        .id;

    let bad = EmploymentDraft {
        person_id: None,
        contact_id: Some(ContactId(999)),
        hours_per_week: "".into(),
        hourly_rate: "0".into(),
        holiday: Some(HolidayArrangement::RolledUp),
        notice_by_employer_weeks: "0".into(),
        continuous_employment_start: "2026-03-01".into(),
        ..job(margaret, zoe)
    };
    let fields = invalid_fields(employment::add_employment(&mut s, &bad, today()).unwrap_err());
    for f in [
        "person_id",
        "contact_id",
        "hours_per_week",
        "hourly_rate",
        "holiday",
        "notice_by_employer_weeks",
        "continuous_employment_start",
    ] {
        assert!(
            fields.contains(&f.to_string()),
            "{f} missing from {fields:?}"
        );
    }
    // Irregular hours may have rolled-up holiday pay and need no weekly hours.
    let irregular = EmploymentDraft {
        hours_kind: Some(HoursKind::Irregular),
        hours_per_week: "".into(),
        holiday: Some(HolidayArrangement::RolledUp),
        ..job(margaret, zoe)
    };
    assert!(
        employment::add_employment(
            &mut Database::open_in_memory().unwrap(),
            &irregular,
            today()
        )
        .is_err(),
        "no such person there"
    );

    let view = employment::add_employment(&mut s, &job(margaret, zoe), today()).unwrap();
    assert_eq!(view.summary.hours, "16 hours a week");
    assert_eq!(view.summary.contact_name, "Zoë Łukasiewicz");
    assert_eq!(
        view.employment.terms.continuous_employment_start,
        view.employment.terms.start_date
    );
    assert!(view.notice_by_employer.starts_with("The legal minimum"));
    assert!(view.summary.current);
    let saved = employment::employment_draft(&s, view.employment.id).unwrap();
    assert_eq!(
        saved,
        EmploymentDraft {
            hourly_rate: "13.50".into(),
            ..job(margaret, zoe)
        },
        "edits start from what was saved"
    );

    let works_for = contacts::view_contact(&s, zoe, today())
        .unwrap()
        .employments;
    assert_eq!(works_for.len(), 1);
    assert_eq!(works_for[0].person_name, "Margaret Hale");
    assert_eq!(
        employment::employments_of(&s, Some(margaret), None, today())
            .unwrap()
            .len(),
        1
    );

    let id = view.employment.id;
    let early = EmploymentEndDraft {
        end_date: "2026-01-01".into(),
        reason: "".into(),
    };
    assert_eq!(
        invalid_fields(employment::end_employment(&mut s, id, &early, today()).unwrap_err()),
        ["end_date", "reason"]
    );
    let ended = employment::end_employment(
        &mut s,
        id,
        &EmploymentEndDraft {
            end_date: "2026-10-31".into(),
            reason: "Moved away".into(),
        },
        today(),
    )
    .unwrap();
    assert!(!ended.summary.current);
    assert_eq!(ended.employment.ended.unwrap().reason, "Moved away");
}

#[test]
fn a_very_broad_search_counts_to_a_thousand_but_an_export_takes_everyone() {
    let mut s = Database::open_in_memory().unwrap();
    let many: Vec<_> = (0..1005)
        .map(|i| contacts::validate_contact(&pa(&format!("Pat Number{i}")), today()).unwrap())
        .collect();
    contacts::save_checked_contacts(&mut s, &many).unwrap();
    let found = contacts::search_contacts(&s, &text("pat"), today()).unwrap();
    assert_eq!(found.contacts.len(), contacts::DEFAULT_LIMIT as usize);
    assert_eq!((found.total, found.more_than_counted), (1000, true));
    let narrow = contacts::search_contacts(&s, &text("number100"), today()).unwrap();
    assert_eq!(
        (narrow.total, narrow.more_than_counted),
        (6, false),
        "100 and 1000–1004"
    );
    let (csv, written) = contacts::export_contacts(
        &s,
        &text("pat"),
        dphub_core::app::contacts::interchange::ImportFormat::Csv,
        today(),
    )
    .unwrap();
    assert_eq!(written, 1005);
    assert_eq!(csv.lines().count(), 1006, "a header and every contact");
}
