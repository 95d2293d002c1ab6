//! Dating a blank timesheet: the pay period and each day's date filled in from the week it starts,
//! so a PA can fill in one that is already set out for the weeks it covers.

use chrono::{Datelike, Days, NaiveDate};

use super::model::{Block, Document};
use crate::input::{day_and_month, long_date};

/// The Monday of the week `date` falls in.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// Writes dates ("1 March") into the timesheet's week tables (those headed "Day", "Date", …),
/// week by week from the Monday of `week_of`, and the pay period's first and last day into the rows labelled
/// "Pay period from" and "Pay period to". A custom template without those stays as it is.
pub fn date_timesheet(document: &mut Document, week_of: NaiveDate) {
    let first = monday_of(week_of);
    let mut weeks = 0u64;
    for block in &mut document.blocks {
        let Block::Table { header, rows, .. } = block else {
            continue;
        };
        if header.len() < 2 || header[0] != "Day" || header[1] != "Date" {
            continue;
        }
        let monday = first + Days::new(7 * weeks);
        for (day, row) in rows.iter_mut().enumerate() {
            if let Some(cell) = row.get_mut(1) {
                *cell = day_and_month(monday + Days::new(day as u64));
            }
        }
        weeks += 1;
    }
    if weeks == 0 {
        return;
    }
    let last = first + Days::new(7 * weeks - 1);
    for block in &mut document.blocks {
        let Block::KeyValues { rows } = block else {
            continue;
        };
        for row in rows {
            match row.key.as_str() {
                "Pay period from" => row.value = long_date(first),
                "Pay period to" => row.value = long_date(last),
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::KeyValue;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn week() -> Block {
        Block::Table {
            header: vec!["Day".into(), "Date".into(), "Hours".into()],
            widths: vec![30, 30, 40],
            rows: ["Monday", "Tuesday"]
                .iter()
                .map(|d| vec![d.to_string(), String::new(), String::new()])
                .collect(),
        }
    }

    #[test]
    fn weeks_are_dated_from_the_monday_and_the_period_filled_in() {
        let mut doc = Document {
            title: "Timesheet".into(),
            subtitle: None,
            blocks: vec![
                Block::KeyValues {
                    rows: vec![
                        KeyValue {
                            key: "Pay period from".into(),
                            value: String::new(),
                        },
                        KeyValue {
                            key: "Pay period to".into(),
                            value: String::new(),
                        },
                    ],
                },
                week(),
                week(),
            ],
        };
        // Thursday 4 March 2027: its week starts on Monday 1 March.
        date_timesheet(&mut doc, d(2027, 3, 4));
        let Block::Table { rows, .. } = &doc.blocks[2] else {
            panic!()
        };
        assert_eq!(rows[0][1], "8 March");
        assert_eq!(rows[1][1], "9 March");
        let Block::KeyValues { rows } = &doc.blocks[0] else {
            panic!()
        };
        assert_eq!(rows[0].value, "1 March 2027");
        assert_eq!(rows[1].value, "14 March 2027");
    }
}
