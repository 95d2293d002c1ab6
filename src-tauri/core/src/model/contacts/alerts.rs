//! Expiry alerts: a DBS check past the council's age limit, training expired or expiring soon.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::contact::{ContactDetails, ContactId};
use crate::model::input::long_date;

/// How soon before its expiry a course is flagged.
pub const TRAINING_WARNING_DAYS: u64 = 30;
/// The council's usual limit on the age of a DBS certificate not on the update service.
pub const DEFAULT_DBS_MAX_AGE_YEARS: u32 = 3;

crate::coded_enum! {
    pub enum AlertKind {
        DbsTooOld => ("dbs_too_old", "DBS check too old", None),
        NoDbs => ("no_dbs", "No DBS check", None),
        TrainingExpired => ("training_expired", "Training expired", None),
        TrainingExpiring => ("training_expiring", "Training expiring", None),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ContactAlert {
    pub kind: AlertKind,
    /// When it expired or will expire.
    pub date: NaiveDate,
    /// "Moving and handling training expired on 3 March 2026".
    pub message: String,
}

/// One alert with the contact it belongs to, for the list across all contacts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ExpiryAlert {
    pub contact_id: ContactId,
    pub contact_name: String,
    pub alert: ContactAlert,
}

/// The DBS age limit, read from the settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct ContactRules {
    pub dbs_max_age_years: u32,
}

impl Default for ContactRules {
    fn default() -> Self {
        ContactRules {
            dbs_max_age_years: DEFAULT_DBS_MAX_AGE_YEARS,
        }
    }
}

impl ContactRules {
    /// A DBS certificate issued before this date is too old (unless on the update service).
    pub fn oldest_dbs_issue_date(&self, today: NaiveDate) -> NaiveDate {
        today
            .checked_sub_months(Months::new(12 * self.dbs_max_age_years))
            .unwrap_or(NaiveDate::MIN)
    }
}

/// The alerts for one contact, soonest first. A missing DBS is not an alert (many contacts are new);
/// the search filter "DBS in date" leaves them out.
pub fn contact_alerts(
    details: &ContactDetails,
    rules: ContactRules,
    today: NaiveDate,
) -> Vec<ContactAlert> {
    let mut alerts = Vec::new();
    if let Some(dbs) = details.dbs.as_ref().filter(|d| !d.update_service) {
        let limit = rules.dbs_max_age_years;
        if dbs.issue_date < rules.oldest_dbs_issue_date(today) {
            let expired = dbs
                .issue_date
                .checked_add_months(Months::new(12 * limit))
                .unwrap_or(dbs.issue_date);
            alerts.push(ContactAlert {
                kind: AlertKind::DbsTooOld,
                date: expired,
                message: format!(
                    "DBS check issued on {} is more than {limit} years old and not on the update service",
                    long_date(dbs.issue_date)
                ),
            });
        }
    }
    let soon = today + Days::new(TRAINING_WARNING_DAYS);
    for t in &details.training {
        let Some(expires) = t.expires_on else {
            continue;
        };
        if expires < today {
            alerts.push(ContactAlert {
                kind: AlertKind::TrainingExpired,
                date: expires,
                message: format!("{} training expired on {}", t.course, long_date(expires)),
            });
        } else if expires <= soon {
            alerts.push(ContactAlert {
                kind: AlertKind::TrainingExpiring,
                date: expires,
                message: format!("{} training expires on {}", t.course, long_date(expires)),
            });
        }
    }
    alerts.sort_by_key(|a| a.date);
    alerts
}
