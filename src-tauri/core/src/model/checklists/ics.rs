//! The "what needs doing" list as an iCalendar file (RFC 5545): one all-day event per item, with a
//! UID that stays the same while the item does, so importing again updates events rather than
//! adding copies. Nothing depends on the clock: the same list gives the same file.

use chrono::{NaiveDate, NaiveTime};
use icalendar::{Calendar, Component, EventLike};

use super::due_item::DueItem;

/// The domain part of every UID.
pub const UID_DOMAIN: &str = "dphub.local";

pub fn uid(item: &DueItem) -> String {
    format!("{}@{UID_DOMAIN}", item.key)
}

/// The calendar for these items.
pub fn due_calendar(items: &[DueItem]) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//DP Hub//Checklists//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name("DP Hub: what needs doing");
    for item in items {
        let mut summary = item.what.clone();
        if let Some(pa) = item
            .pa_name
            .as_ref()
            .filter(|pa| !item.what.contains(pa.as_str()))
        {
            summary = format!("{summary} ({pa})");
        }
        let event = icalendar::Event::new()
            .uid(&uid(item))
            .summary(&format!("{}: {summary}", item.person_name))
            .description(&item.because)
            // All day: DTEND is the day after (RFC 5545, 3.6.1).
            .starts(item.date)
            .ends(item.date.succ_opt().unwrap_or(item.date))
            // DTSTAMP from the data, not the clock: the day the item is due, at midnight UTC.
            .timestamp(stamp(item.date))
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}

fn stamp(date: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    date.and_time(NaiveTime::MIN).and_utc()
}
