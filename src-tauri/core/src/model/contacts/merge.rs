//! Merging an imported contact into a saved one: the saved details win, and whatever the saved
//! contact is missing is filled in from the import.

use super::contact::ContactDetails;

const MAX_PHONES: usize = 5;

pub fn merge_contact(saved: &ContactDetails, imported: &ContactDetails) -> ContactDetails {
    let mut m = saved.clone();
    for phone in &imported.phones {
        if m.phones.len() < MAX_PHONES && !m.phones.contains(phone) {
            m.phones.push(phone.clone());
        }
    }
    fill(&mut m.email, &imported.email);
    if m.address.is_empty() {
        m.address = imported.address.clone();
    }
    fill(&mut m.postcode, &imported.postcode);
    union_text(&mut m.areas, &imported.areas);
    union_text(&mut m.tags, &imported.tags);
    union_text(&mut m.languages, &imported.languages);
    for skill in &imported.skills {
        if !m.skills.contains(skill) {
            m.skills.push(*skill);
        }
    }
    m.skills
        .sort_by_key(|s| super::Skill::ALL.iter().position(|x| x == s));
    for slot in &imported.availability {
        if !m.availability.contains(slot) {
            m.availability.push(*slot);
        }
    }
    m.availability.sort_by_key(|s| s.bit());
    fill(&mut m.hourly_rate, &imported.hourly_rate);
    fill(&mut m.work_preference, &imported.work_preference);
    fill(&mut m.dbs, &imported.dbs);
    for course in &imported.training {
        if !m
            .training
            .iter()
            .any(|t| t.course.eq_ignore_ascii_case(&course.course))
        {
            m.training.push(course.clone());
        }
    }
    fill(
        &mut m.right_to_work_checked_on,
        &imported.right_to_work_checked_on,
    );
    fill(&mut m.right_to_work_until, &imported.right_to_work_until);
    m.references_taken |= imported.references_taken;
    fill(&mut m.date_of_birth, &imported.date_of_birth);
    m.last_contacted_on = m.last_contacted_on.max(imported.last_contacted_on);
    if !imported.notes.is_empty() && !m.notes.contains(&imported.notes) {
        m.notes = if m.notes.is_empty() {
            imported.notes.clone()
        } else {
            format!("{}\n\n{}", m.notes, imported.notes)
        };
    }
    m
}

fn fill<T: Clone>(saved: &mut Option<T>, imported: &Option<T>) {
    if saved.is_none() {
        saved.clone_from(imported);
    }
}

fn union_text(saved: &mut Vec<String>, imported: &[String]) {
    for item in imported {
        if !saved
            .iter()
            .any(|s| s.to_lowercase() == item.to_lowercase())
        {
            saved.push(item.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contacts::{validate_contact, ContactDraft, ContactStatus, Skill};

    fn details(draft: ContactDraft) -> ContactDetails {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        validate_contact(
            &ContactDraft {
                status: Some(ContactStatus::LookingForWork),
                ..draft
            },
            today,
        )
        .unwrap()
    }

    #[test]
    fn the_saved_contact_wins_and_gaps_are_filled() {
        let saved = details(ContactDraft {
            full_name: "Ann Lee".into(),
            email: "ann@example.org".into(),
            areas: "Winchester".into(),
            skills: vec![Skill::Cooking],
            notes: "Prefers mornings".into(),
            ..ContactDraft::default()
        });
        let imported = details(ContactDraft {
            full_name: "Ann M Lee".into(),
            email: "other@example.org".into(),
            phones: vec!["07700 900982".into()],
            postcode: "SO23 8UJ".into(),
            areas: "winchester, Alresford".into(),
            skills: vec![Skill::PersonalCare],
            notes: "From the old list".into(),
            ..ContactDraft::default()
        });
        let m = merge_contact(&saved, &imported);
        assert_eq!(m.full_name, "Ann Lee");
        assert_eq!(m.email.as_deref(), Some("ann@example.org"));
        assert_eq!(m.phones, ["07700 900982"]);
        assert_eq!(m.postcode.as_deref(), Some("SO23 8UJ"));
        assert_eq!(m.areas, ["Winchester", "Alresford"]);
        assert_eq!(m.skills, [Skill::PersonalCare, Skill::Cooking]);
        assert_eq!(m.notes, "Prefers mornings\n\nFrom the old list");
        assert_eq!(
            merge_contact(&m, &imported),
            m,
            "merging twice changes nothing more"
        );
    }
}
