//! `dphub pa search` and `pa export`'s filters, read into a contact search.

use dphub_core::app::contacts::{ContactQuery, DayPart, Slot, Weekday};
use dphub_core::model::validation::Problems;

use super::args::PaFilters;
use crate::input::set_code;

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
}
