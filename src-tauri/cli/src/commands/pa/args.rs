//! `dphub pa …`: the PA contact book's commands and flags.

use std::path::PathBuf;

use clap::builder::BoolishValueParser;
use clap::{Args, Subcommand};
use dphub_core::app::contacts::ContactId;

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
