//! A PA's contact details as kept in `contact_details.details`: a private, versioned shape of the
//! store's own, so the domain and IPC type ([`ContactDetails`]) can change without changing what is
//! on disk. Enumerations are kept as their stored codes. Version 1 is what every release so far has
//! written (the first ones without a version number).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::stored_version::{check_readable, first_version};
use super::{StoreError, StoreResult};
use crate::model::contacts::{
    ContactDetails, ContactStatus, DayPart, Dbs, DbsLevel, Skill, Slot, Training, Weekday,
    WorkPreference,
};
use crate::model::money::Money;

const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredContact {
    #[serde(default = "first_version")]
    v: u32,
    full_name: String,
    phones: Vec<String>,
    email: Option<String>,
    address: String,
    postcode: Option<String>,
    areas: Vec<String>,
    skills: Vec<Skill>,
    tags: Vec<String>,
    languages: Vec<String>,
    availability: Vec<StoredSlot>,
    hourly_rate: Option<Money>,
    work_preference: Option<WorkPreference>,
    dbs: Option<StoredDbs>,
    training: Vec<StoredTraining>,
    right_to_work_checked_on: Option<NaiveDate>,
    /// Added in version 1's lifetime: contacts saved before it have none.
    #[serde(default)]
    right_to_work_until: Option<NaiveDate>,
    references_taken: bool,
    date_of_birth: Option<NaiveDate>,
    status: ContactStatus,
    last_contacted_on: Option<NaiveDate>,
    notes: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredSlot {
    day: Weekday,
    part: DayPart,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredDbs {
    level: DbsLevel,
    certificate_number: Option<String>,
    issue_date: NaiveDate,
    update_service: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredTraining {
    course: String,
    completed_on: Option<NaiveDate>,
    expires_on: Option<NaiveDate>,
}

/// The JSON kept for `d`.
pub(super) fn contact_json(d: &ContactDetails) -> StoreResult<String> {
    let stored = StoredContact {
        v: VERSION,
        full_name: d.full_name.clone(),
        phones: d.phones.clone(),
        email: d.email.clone(),
        address: d.address.clone(),
        postcode: d.postcode.clone(),
        areas: d.areas.clone(),
        skills: d.skills.clone(),
        tags: d.tags.clone(),
        languages: d.languages.clone(),
        availability: d
            .availability
            .iter()
            .map(|s| StoredSlot {
                day: s.day,
                part: s.part,
            })
            .collect(),
        hourly_rate: d.hourly_rate,
        work_preference: d.work_preference,
        dbs: d.dbs.as_ref().map(|dbs| StoredDbs {
            level: dbs.level,
            certificate_number: dbs.certificate_number.clone(),
            issue_date: dbs.issue_date,
            update_service: dbs.update_service,
        }),
        training: d
            .training
            .iter()
            .map(|t| StoredTraining {
                course: t.course.clone(),
                completed_on: t.completed_on,
                expires_on: t.expires_on,
            })
            .collect(),
        right_to_work_checked_on: d.right_to_work_checked_on,
        right_to_work_until: d.right_to_work_until,
        references_taken: d.references_taken,
        date_of_birth: d.date_of_birth,
        status: d.status,
        last_contacted_on: d.last_contacted_on,
        notes: d.notes.clone(),
    };
    serde_json::to_string(&stored).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The contact details in `json`, as any release has written them.
pub(super) fn read_contact_json(json: &str) -> StoreResult<ContactDetails> {
    let s: StoredContact = serde_json::from_str(json)
        .map_err(|e| StoreError::Corrupt(format!("contact details: {e}")))?;
    check_readable(s.v, VERSION, "contact details")?;
    Ok(ContactDetails {
        full_name: s.full_name,
        phones: s.phones,
        email: s.email,
        address: s.address,
        postcode: s.postcode,
        areas: s.areas,
        skills: s.skills,
        tags: s.tags,
        languages: s.languages,
        availability: s
            .availability
            .into_iter()
            .map(|s| Slot {
                day: s.day,
                part: s.part,
            })
            .collect(),
        hourly_rate: s.hourly_rate,
        work_preference: s.work_preference,
        dbs: s.dbs.map(|dbs| Dbs {
            level: dbs.level,
            certificate_number: dbs.certificate_number,
            issue_date: dbs.issue_date,
            update_service: dbs.update_service,
        }),
        training: s
            .training
            .into_iter()
            .map(|t| Training {
                course: t.course,
                completed_on: t.completed_on,
                expires_on: t.expires_on,
            })
            .collect(),
        right_to_work_checked_on: s.right_to_work_checked_on,
        right_to_work_until: s.right_to_work_until,
        references_taken: s.references_taken,
        date_of_birth: s.date_of_birth,
        status: s.status,
        last_contacted_on: s.last_contacted_on,
        notes: s.notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exactly what the release before the stored form wrote (no version number).
    const SAVED_BY_EARLIER_RELEASE: &str = r#"{"full_name":"Ann Lee","phones":["07700 900982"],"email":"ann@example.org","address":"","postcode":null,"areas":["Winchester","SO23"],"skills":["personal_care","dementia"],"tags":[],"languages":[],"availability":[{"day":"mon","part":"evening"},{"day":"sun","part":"sleep_in"}],"hourly_rate":"13.50","work_preference":"employed","dbs":{"level":"enhanced_barred_list","certificate_number":null,"issue_date":"2025-06-01","update_service":true},"training":[{"course":"Moving and handling","completed_on":"2025-01-10","expires_on":"2026-01-10"}],"right_to_work_checked_on":null,"right_to_work_until":"2027-06-30","references_taken":true,"date_of_birth":null,"status":"looking_for_work","last_contacted_on":null,"notes":""}"#;

    /// And one from before the right-to-work end date was asked.
    const SAVED_BEFORE_RIGHT_TO_WORK_UNTIL: &str = r#"{"full_name":"Bea Roy","phones":[],"email":null,"address":"1 High St","postcode":"SO23 8UJ","areas":[],"skills":[],"tags":["nights"],"languages":["Welsh"],"availability":[],"hourly_rate":null,"work_preference":null,"dbs":null,"training":[],"right_to_work_checked_on":"2024-02-01","references_taken":false,"date_of_birth":"1990-05-04","status":"working_for_us","last_contacted_on":"2026-01-02","notes":"Drives"}"#;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reads_what_earlier_releases_saved() {
        let ann = read_contact_json(SAVED_BY_EARLIER_RELEASE).unwrap();
        assert_eq!(ann.full_name, "Ann Lee");
        assert_eq!(ann.skills, [Skill::PersonalCare, Skill::Dementia]);
        assert_eq!(ann.availability[1].part, DayPart::SleepIn);
        assert_eq!(ann.hourly_rate, Some("13.50".parse().unwrap()));
        assert_eq!(ann.dbs.unwrap().level, DbsLevel::EnhancedWithBarredList);
        assert_eq!(ann.training[0].expires_on, Some(date(2026, 1, 10)));
        assert_eq!(ann.right_to_work_until, Some(date(2027, 6, 30)));
        assert_eq!(ann.status, ContactStatus::LookingForWork);

        let bea = read_contact_json(SAVED_BEFORE_RIGHT_TO_WORK_UNTIL).unwrap();
        assert_eq!(bea.right_to_work_until, None);
        assert_eq!(bea.date_of_birth, Some(date(1990, 5, 4)));
        assert_eq!(bea.notes, "Drives");
    }

    #[test]
    fn what_is_written_reads_back_the_same_and_carries_its_version() {
        for json in [SAVED_BY_EARLIER_RELEASE, SAVED_BEFORE_RIGHT_TO_WORK_UNTIL] {
            let details = read_contact_json(json).unwrap();
            let written = contact_json(&details).unwrap();
            assert!(written.starts_with(r#"{"v":1,"#), "{written}");
            assert_eq!(read_contact_json(&written).unwrap(), details);
        }
    }

    #[test]
    fn a_newer_version_or_a_changed_shape_is_refused_not_misread() {
        let newer = SAVED_BY_EARLIER_RELEASE.replacen('{', r#"{"v":2,"#, 1);
        let err = read_contact_json(&newer).unwrap_err().to_string();
        assert!(err.contains("newer DP Hub"), "{err}");
        let unknown = SAVED_BY_EARLIER_RELEASE.replacen('{', r#"{"shoe_size":9,"#, 1);
        assert!(read_contact_json(&unknown).is_err());
    }
}
