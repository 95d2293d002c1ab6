//! When a PA is free: a week grid of days by parts of the day. Stored as a bit set so that "free on
//! Tuesday evenings" is one comparison even across 100,000 contacts.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::coded_enum! {
    pub enum Weekday {
        Monday => ("mon", "Monday", None),
        Tuesday => ("tue", "Tuesday", None),
        Wednesday => ("wed", "Wednesday", None),
        Thursday => ("thu", "Thursday", None),
        Friday => ("fri", "Friday", None),
        Saturday => ("sat", "Saturday", None),
        Sunday => ("sun", "Sunday", None),
    }
}

crate::coded_enum! {
    /// A part of the day or night a PA can work.
    pub enum DayPart {
        EarlyMorning => ("early_morning", "Early morning", Some("Before 8am")),
        Morning => ("morning", "Morning", Some("8am to 12 noon")),
        Afternoon => ("afternoon", "Afternoon", Some("12 noon to 5pm")),
        Evening => ("evening", "Evening", Some("5pm to 10pm")),
        Night => ("night", "Night", Some("10pm to midnight")),
        SleepIn => ("sleep_in", "Sleep-in", Some("Sleeps at the person's home, on call")),
        WakingNight => ("waking_night", "Waking night", Some("Awake and working through the night")),
    }
}

/// One cell of the week grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Slot {
    pub day: Weekday,
    pub part: DayPart,
}

impl Slot {
    /// The bit for this cell in [`slots_to_bits`].
    pub fn bit(self) -> i64 {
        let day = Weekday::ALL
            .iter()
            .position(|d| *d == self.day)
            .expect("listed");
        let part = DayPart::ALL
            .iter()
            .position(|p| *p == self.part)
            .expect("listed");
        1 << (day * DayPart::ALL.len() + part)
    }

    /// "Tuesday evening".
    pub fn label(self) -> String {
        format!("{} {}", self.day.label(), self.part.label().to_lowercase())
    }

    /// Every cell, day by day.
    pub fn all() -> impl Iterator<Item = Slot> {
        Weekday::ALL
            .iter()
            .flat_map(|&day| DayPart::ALL.iter().map(move |&part| Slot { day, part }))
    }
}

pub fn slots_to_bits(slots: &[Slot]) -> i64 {
    slots.iter().fold(0, |bits, s| bits | s.bit())
}

/// The cells of `bits`, day by day, in grid order.
pub fn bits_to_slots(bits: i64) -> Vec<Slot> {
    Slot::all().filter(|s| bits & s.bit() != 0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_has_its_own_bit_and_round_trips() {
        let all: Vec<Slot> = Slot::all().collect();
        assert_eq!(all.len(), 49);
        let bits = slots_to_bits(&all);
        assert_eq!(bits.count_ones(), 49);
        assert_eq!(bits_to_slots(bits), all);
        let some = vec![
            Slot {
                day: Weekday::Tuesday,
                part: DayPart::Evening,
            },
            Slot {
                day: Weekday::Sunday,
                part: DayPart::WakingNight,
            },
        ];
        assert_eq!(bits_to_slots(slots_to_bits(&some)), some);
        assert_eq!(some[0].label(), "Tuesday evening");
    }
}
