//! DP Hub's own vCard properties, for what the standard has no place for, so a contact exported
//! from DP Hub comes back whole. Other programs keep them and ignore them.
//!
//! Values with several parts use `;` between parts, and the parts are read from the ends inwards,
//! so a certificate number or a course name may itself contain `;`.

use crate::model::contacts::{DayPart, Weekday};
use crate::model::contacts::{Dbs, DbsDraft, Slot, Training, TrainingDraft};

use super::values::{dbs_level_from_text, parse_yes_no, split_list, yes_no};

/// What every one of these properties' names starts with.
pub(crate) const PREFIX: &str = "X-DPHUB-";
pub(crate) const AREAS: &str = "X-DPHUB-AREAS";
pub(crate) const SKILLS: &str = "X-DPHUB-SKILLS";
pub(crate) const AVAILABILITY: &str = "X-DPHUB-AVAILABILITY";
pub(crate) const HOURLY_RATE: &str = "X-DPHUB-HOURLY-RATE";
pub(crate) const WORK_PREFERENCE: &str = "X-DPHUB-WORK-PREFERENCE";
pub(crate) const STATUS: &str = "X-DPHUB-STATUS";
/// `level;certificate number;issue date;yes|no` (on the update service).
pub(crate) const DBS: &str = "X-DPHUB-DBS";
/// One per course: `course;completed on;expires on`.
pub(crate) const TRAINING: &str = "X-DPHUB-TRAINING";
pub(crate) const RIGHT_TO_WORK: &str = "X-DPHUB-RIGHT-TO-WORK";
/// When a time-limited permission to work ends.
pub(crate) const RIGHT_TO_WORK_UNTIL: &str = "X-DPHUB-RIGHT-TO-WORK-UNTIL";
/// `yes` or `no`.
pub(crate) const REFERENCES: &str = "X-DPHUB-REFERENCES";
pub(crate) const LAST_CONTACTED: &str = "X-DPHUB-LAST-CONTACTED";

/// `mon:morning,tue:evening`.
pub(crate) fn availability_to_text(slots: &[Slot]) -> String {
    slots
        .iter()
        .map(|s| format!("{}:{}", s.day.code(), s.part.code()))
        .collect::<Vec<_>>()
        .join(",")
}

/// The slots named in `text`; anything not understood is skipped.
pub(crate) fn availability_from_text(text: &str) -> Vec<Slot> {
    let mut slots = Vec::new();
    for item in split_list(text) {
        let Some((day, part)) = item.split_once(':') else {
            continue;
        };
        let day = Weekday::from_code(&day.trim().to_lowercase());
        let part = DayPart::from_code(&part.trim().to_lowercase());
        if let (Some(day), Some(part)) = (day, part) {
            let slot = Slot { day, part };
            if !slots.contains(&slot) {
                slots.push(slot);
            }
        }
    }
    slots
}

pub(crate) fn dbs_to_text(dbs: &Dbs) -> String {
    format!(
        "{};{};{};{}",
        dbs.level.code(),
        dbs.certificate_number.as_deref().unwrap_or(""),
        dbs.issue_date,
        yes_no(dbs.update_service)
    )
}

pub(crate) fn dbs_from_text(text: &str) -> DbsDraft {
    let (level, rest) = text.split_once(';').unwrap_or((text, ""));
    let mut tail = rest.rsplitn(3, ';');
    let update_service = tail.next().unwrap_or("");
    let issue_date = tail.next().unwrap_or("");
    let certificate_number = tail.next().unwrap_or("");
    DbsDraft {
        level: dbs_level_from_text(level),
        certificate_number: certificate_number.trim().to_string(),
        issue_date: issue_date.trim().to_string(),
        update_service: parse_yes_no(update_service),
    }
}

pub(crate) fn training_to_text(training: &Training) -> String {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    format!(
        "{};{};{}",
        training.course,
        date(training.completed_on),
        date(training.expires_on)
    )
}

pub(crate) fn training_from_text(text: &str) -> TrainingDraft {
    let mut parts = text.rsplitn(3, ';');
    let expires_on = parts.next().unwrap_or("");
    let completed_on = parts.next().unwrap_or("");
    match parts.next() {
        Some(course) => TrainingDraft {
            course: course.trim().to_string(),
            completed_on: completed_on.trim().to_string(),
            expires_on: expires_on.trim().to_string(),
        },
        // Fewer than three parts: the course, and perhaps when it was done.
        None if completed_on.is_empty() && !text.contains(';') => TrainingDraft {
            course: text.trim().to_string(),
            ..TrainingDraft::default()
        },
        None => TrainingDraft {
            course: completed_on.trim().to_string(),
            completed_on: expires_on.trim().to_string(),
            expires_on: String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contacts::DbsLevel;

    #[test]
    fn availability_round_trips_and_skips_nonsense() {
        let slots = vec![
            Slot {
                day: Weekday::Monday,
                part: DayPart::Morning,
            },
            Slot {
                day: Weekday::Tuesday,
                part: DayPart::SleepIn,
            },
        ];
        let text = availability_to_text(&slots);
        assert_eq!(text, "mon:morning,tue:sleep_in");
        assert_eq!(availability_from_text(&text), slots);
        assert_eq!(
            availability_from_text("MON:Morning; fri:teatime, nonsense"),
            slots[..1]
        );
    }

    #[test]
    fn dbs_parts_may_contain_semicolons() {
        let draft = dbs_from_text("enhanced;0012;34;2024-01-31;yes");
        assert_eq!(
            draft,
            DbsDraft {
                level: Some(DbsLevel::Enhanced),
                certificate_number: "0012;34".to_string(),
                issue_date: "2024-01-31".to_string(),
                update_service: true,
            }
        );
        assert_eq!(dbs_from_text("basic").level, Some(DbsLevel::Basic));
    }

    #[test]
    fn training_parts_read_from_the_end() {
        assert_eq!(
            training_from_text("First aid; level 2;2024-01-01;"),
            TrainingDraft {
                course: "First aid; level 2".to_string(),
                completed_on: "2024-01-01".to_string(),
                expires_on: String::new(),
            }
        );
        assert_eq!(training_from_text("Moving people").course, "Moving people");
        assert_eq!(
            training_from_text("Hoists;2023-05-06").completed_on,
            "2023-05-06"
        );
    }
}
