//! `dphub pa …`: the PA contact book's commands and flags, and turning the flags into a contact
//! form or a search.

use std::path::PathBuf;

use clap::builder::BoolishValueParser;
use clap::{Args, Subcommand};
use dphub_core::app::contacts::{
    ContactDraft, ContactId, ContactQuery, DayPart, Slot, TrainingDraft, Weekday,
};
use dphub_core::model::validation::Problems;

use crate::args::{parse_code, set_code};

#[derive(Subcommand)]
pub enum PaCommand {
    /// Add a PA to the contact book.
    Add(PaFields),
    /// Change a PA: only the flags given change; --phone, --skill, --available and --training add
    /// to what is saved (use the --clear-… flags to start those lists again).
    Edit {
        id: ContactId,
        #[command(flatten)]
        fields: PaFields,
        #[command(flatten)]
        clear: ClearLists,
    },
    /// Show everything about a PA: checks, alerts, when they are free, who they work for.
    Show { id: ContactId },
    /// Archive a PA (nothing is deleted).
    Archive { id: ContactId },
    /// Bring back an archived PA.
    Restore { id: ContactId },
    /// Find PAs by the start of words in their names, notes, skills, tags, languages and areas,
    /// and by filters.
    Search {
        /// Words to find, like "ann win".
        text: Option<String>,
        #[command(flatten)]
        filters: PaFilters,
        /// At most this many (default 200).
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
    },
    /// Every DBS check too old and every course expired or expiring soon, soonest first.
    Expiring,
    /// Import PAs from a vCard (.vcf) or CSV file: shows what would happen; --yes imports.
    Import(ImportArgs),
    /// Save the PAs a search finds to a CSV or vCard file.
    Export(ExportArgs),
    /// Print a blank PA form as JSON, with the defaults, for --from-json.
    Blank,
}

/// Every field of the PA form, as people type it.
#[derive(Args)]
pub struct PaFields {
    /// Start from a PA form saved as JSON (see `dphub pa blank`); flags then change it.
    #[arg(long, value_name = "FILE")]
    pub from_json: Option<PathBuf>,
    #[arg(long)]
    pub name: Option<String>,
    /// A phone number; give it once per number.
    #[arg(long = "phone", value_name = "NUMBER")]
    pub phones: Vec<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub postcode: Option<String>,
    /// Towns or postcode districts covered, separated by commas: "Winchester, SO23".
    #[arg(long)]
    pub areas: Option<String>,
    /// A skill, once per skill: personal-care, moving-and-handling, medication, dementia,
    /// learning-disability, autism, mental-health, children, night-care, driving, cooking, languages.
    #[arg(long = "skill", value_name = "SKILL")]
    pub skills: Vec<String>,
    /// Free tags, separated by commas.
    #[arg(long)]
    pub tags: Option<String>,
    /// Languages other than English, separated by commas.
    #[arg(long)]
    pub languages: Option<String>,
    /// When they are free, once per slot: DAY:PART, like mon:evening or sun:sleep-in. Days mon to
    /// sun; parts early-morning, morning, afternoon, evening, night, sleep-in, waking-night.
    #[arg(long = "available", value_name = "DAY:PART")]
    pub available: Vec<String>,
    /// Hourly rate asked, like 13.50.
    #[arg(long)]
    pub rate: Option<String>,
    /// employed, self-employed or either.
    #[arg(long)]
    pub works_as: Option<String>,
    /// basic, standard, enhanced or enhanced-barred-list.
    #[arg(long)]
    pub dbs_level: Option<String>,
    /// The DBS certificate number (12 digits).
    #[arg(long)]
    pub dbs_number: Option<String>,
    /// The DBS certificate's issue date.
    #[arg(long)]
    pub dbs_issued: Option<String>,
    /// On the DBS update service (--dbs-update-service=no to say not).
    #[arg(long, value_name = "YES/NO", num_args = 0..=1, require_equals = true,
          default_missing_value = "yes", value_parser = BoolishValueParser::new())]
    pub dbs_update_service: Option<bool>,
    /// A course, once per course: "COURSE,DONE,EXPIRES", like "First aid,2025-01-10,2028-01-10";
    /// leave EXPIRES empty when it does not expire.
    #[arg(long = "training", value_name = "COURSE,DONE,EXPIRES")]
    pub training: Vec<String>,
    /// The date their right to work in the UK was checked.
    #[arg(long, value_name = "DATE")]
    pub right_to_work_checked: Option<String>,
    /// When their permission to work in the UK ends, if it is time limited ("" for not): the
    /// follow-up check on their checklist is due by then.
    #[arg(long, value_name = "DATE")]
    pub right_to_work_until: Option<String>,
    /// References have been taken (--references-taken=no to say not).
    #[arg(long, value_name = "YES/NO", num_args = 0..=1, require_equals = true,
          default_missing_value = "yes", value_parser = BoolishValueParser::new())]
    pub references_taken: Option<bool>,
    /// Date of birth (optional): 1990-05-17 or 17/5/1990.
    #[arg(long)]
    pub dob: Option<String>,
    /// looking-for-work (the default), working-for-us or not-available.
    #[arg(long)]
    pub status: Option<String>,
    /// The date you last contacted them.
    #[arg(long, value_name = "DATE")]
    pub last_contacted: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

/// Emptying a list before the flags add to it (for `pa edit`).
#[derive(Args)]
pub struct ClearLists {
    /// Remove every phone number first.
    #[arg(long)]
    pub clear_phones: bool,
    /// Remove every skill first.
    #[arg(long)]
    pub clear_skills: bool,
    /// Remove every time they are free first.
    #[arg(long)]
    pub clear_availability: bool,
    /// Remove every course first.
    #[arg(long)]
    pub clear_training: bool,
}

/// The filters of `pa search` and `pa export`.
#[derive(Args)]
pub struct PaFilters {
    /// Only PAs with this skill, like personal-care.
    #[arg(long)]
    pub skill: Option<String>,
    /// Only PAs covering this town or postcode district, like SO23.
    #[arg(long)]
    pub area: Option<String>,
    /// Only PAs free then: DAY:PART, like tue:evening.
    #[arg(long, value_name = "DAY:PART")]
    pub free: Option<String>,
    /// Only PAs who are looking-for-work, working-for-us or not-available.
    #[arg(long)]
    pub status: Option<String>,
    /// Only PAs whose DBS check is on the update service or within the council's age limit.
    #[arg(long)]
    pub dbs_in_date: bool,
    /// Only PAs with no expired training.
    #[arg(long)]
    pub training_in_date: bool,
    /// Include archived PAs.
    #[arg(long)]
    pub archived: bool,
    /// relevance (the default), name or last-contacted.
    #[arg(long)]
    pub sort: Option<String>,
}

#[derive(Args)]
pub struct ImportArgs {
    pub file: PathBuf,
    /// vcard or csv; by default from the file name (.vcf, .vcard or .csv).
    #[arg(long)]
    pub format: Option<String>,
    /// CSV only: where a column goes, once per column: "Column header=field", like
    /// "Mobile=phone"; "Column header=" leaves the column out. Other columns go where their
    /// header suggests.
    #[arg(long = "map", value_name = "HEADER=FIELD")]
    pub map: Vec<String>,
    /// Fill in what saved PAs are missing from rows that match them (by default they are skipped).
    #[arg(long)]
    pub merge: bool,
    /// Import; without it, only show what would happen.
    #[arg(long)]
    pub yes: bool,
}

#[derive(Args)]
pub struct ExportArgs {
    /// The file to write, or - for standard output.
    pub file: PathBuf,
    /// csv or vcard; by default from the file name (.csv, .vcf or .vcard).
    #[arg(long)]
    pub format: Option<String>,
    /// Only PAs matching these words, as in `pa search`.
    #[arg(long, short)]
    pub search: Option<String>,
    #[command(flatten)]
    pub filters: PaFilters,
}

impl PaFields {
    /// Writes every flag given into `draft`; flags not given leave it as it was. Returns the flags
    /// that could not be read, for reporting with the form's own problems.
    pub fn apply_to(&self, draft: &mut ContactDraft) -> Problems {
        let set = |target: &mut String, value: &Option<String>| {
            if let Some(v) = value {
                target.clone_from(v);
            }
        };
        set(&mut draft.full_name, &self.name);
        set(&mut draft.email, &self.email);
        set(&mut draft.address, &self.address);
        set(&mut draft.postcode, &self.postcode);
        set(&mut draft.areas, &self.areas);
        set(&mut draft.tags, &self.tags);
        set(&mut draft.languages, &self.languages);
        set(&mut draft.hourly_rate, &self.rate);
        set(&mut draft.dbs.certificate_number, &self.dbs_number);
        set(&mut draft.dbs.issue_date, &self.dbs_issued);
        set(
            &mut draft.right_to_work_checked_on,
            &self.right_to_work_checked,
        );
        set(&mut draft.right_to_work_until, &self.right_to_work_until);
        set(&mut draft.date_of_birth, &self.dob);
        set(&mut draft.last_contacted_on, &self.last_contacted);
        set(&mut draft.notes, &self.notes);
        if let Some(yes) = self.dbs_update_service {
            draft.dbs.update_service = yes;
        }
        if let Some(yes) = self.references_taken {
            draft.references_taken = yes;
        }
        for phone in &self.phones {
            add_once(&mut draft.phones, phone.clone());
        }
        draft
            .training
            .extend(self.training.iter().map(|t| training(t)));

        let mut p = Problems::default();
        for text in &self.skills {
            match parse_code(text) {
                Ok(skill) => add_once(&mut draft.skills, skill),
                Err(message) => p.add("skills", message),
            }
        }
        for text in &self.available {
            match parse_slot(text) {
                Ok(slot) => add_once(&mut draft.availability, slot),
                Err(message) => p.add("availability", message),
            }
        }
        set_code(
            &mut p,
            "work_preference",
            &self.works_as,
            &mut draft.work_preference,
        );
        set_code(&mut p, "dbs.level", &self.dbs_level, &mut draft.dbs.level);
        set_code(&mut p, "status", &self.status, &mut draft.status);
        p
    }
}

impl ClearLists {
    pub fn apply_to(&self, draft: &mut ContactDraft) {
        if self.clear_phones {
            draft.phones.clear();
        }
        if self.clear_skills {
            draft.skills.clear();
        }
        if self.clear_availability {
            draft.availability.clear();
        }
        if self.clear_training {
            draft.training.clear();
        }
    }
}

impl PaFilters {
    /// The search these filters and `text` ask for, or the filters that could not be read.
    pub fn query(&self, text: &str, limit: u32) -> Result<ContactQuery, Problems> {
        let mut p = Problems::default();
        let mut query = ContactQuery {
            text: text.to_string(),
            area: self.area.clone().unwrap_or_default(),
            dbs_in_date: self.dbs_in_date,
            training_in_date: self.training_in_date,
            include_archived: self.archived,
            limit,
            ..ContactQuery::default()
        };
        set_code(&mut p, "skill", &self.skill, &mut query.skill);
        set_code(&mut p, "status", &self.status, &mut query.status);
        let mut sort = None;
        set_code(&mut p, "sort", &self.sort, &mut sort);
        query.sort = sort.unwrap_or_default();
        if let Some(text) = self.free.as_deref().filter(|t| !t.trim().is_empty()) {
            query.free_in = p.check("free", parse_slot(text));
        }
        p.into_result(|| query)
    }
}

fn add_once<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// "First aid,2025-01-10,2028-01-10": the course may itself contain commas, so the dates are read
/// from the end; "First aid,2025-01-10" has no expiry and "First aid" no dates.
fn training(text: &str) -> TrainingDraft {
    let mut parts: Vec<&str> = text.rsplitn(3, ',').collect();
    parts.reverse();
    let part = |i: usize| {
        parts
            .get(i)
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    TrainingDraft {
        course: part(0),
        completed_on: part(1),
        expires_on: part(2),
    }
}

/// "mon:evening", "Tuesday:sleep-in" or "sun waking night": a cell of the week grid.
pub fn parse_slot(text: &str) -> Result<Slot, String> {
    let explain = || {
        let days: Vec<&str> = Weekday::ALL.iter().map(|d| d.code()).collect();
        let parts: Vec<String> = DayPart::ALL
            .iter()
            .map(|p| p.code().replace('_', "-"))
            .collect();
        format!(
            "{text:?} is not a day and part of the day like mon:evening (days: {}; parts: {})",
            days.join(", "),
            parts.join(", ")
        )
    };
    let lower = text.trim().to_lowercase();
    let (day, part) = lower
        .split_once(':')
        .or_else(|| lower.split_once(char::is_whitespace))
        .ok_or_else(explain)?;
    let day = day.trim();
    let day = Weekday::ALL
        .iter()
        .copied()
        .find(|d| d.code() == day || d.label().to_lowercase() == day)
        .ok_or_else(explain)?;
    let part: String = part
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("_")
        .replace('-', "_");
    let part = DayPart::from_code(&part).ok_or_else(explain)?;
    Ok(Slot { day, part })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_read_from_codes_or_words() {
        let slot = |day, part| Slot { day, part };
        assert_eq!(
            parse_slot("mon:evening"),
            Ok(slot(Weekday::Monday, DayPart::Evening))
        );
        assert_eq!(
            parse_slot(" Sunday:Sleep-In "),
            Ok(slot(Weekday::Sunday, DayPart::SleepIn))
        );
        assert_eq!(
            parse_slot("tue waking night"),
            Ok(slot(Weekday::Tuesday, DayPart::WakingNight))
        );
        assert!(parse_slot("monday").is_err());
        assert!(parse_slot("mon:brunch")
            .unwrap_err()
            .contains("early-morning"));
        assert!(parse_slot("funday:evening").is_err());
    }

    #[test]
    fn training_dates_are_read_from_the_end() {
        let t = training("Moving, handling and hoists,2025-01-10,");
        assert_eq!(t.course, "Moving, handling and hoists");
        assert_eq!(t.completed_on, "2025-01-10");
        assert_eq!(t.expires_on, "");
        assert_eq!(training("First aid").course, "First aid");
    }
}
