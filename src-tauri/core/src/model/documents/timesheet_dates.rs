//! Dating a blank timesheet: the pay period and each day's date filled in, so a PA can fill in
//! one that is already set out for the days it covers.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::context::WEEKDAYS;
use super::model::{Block, Document};
use crate::model::employment::PayFrequency;
use crate::model::error::CoreError;
use crate::model::input::{day_and_month, long_date, parse_date};
use crate::model::validation::Problems;

/// The Monday of the week `date` falls in.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// The first and last day of the pay period a timesheet starting at `day` covers: whole weeks
/// from that week's Monday for weekly, 2-weekly and 4-weekly pay; the calendar month `day` is in
/// for monthly pay (1 March to 31 March), which five weeks of rows always hold.
pub fn pay_period(day: NaiveDate, frequency: PayFrequency) -> (NaiveDate, NaiveDate) {
    let weeks = match frequency {
        PayFrequency::Weekly => 1,
        PayFrequency::TwoWeekly => 2,
        PayFrequency::FourWeekly => 4,
        PayFrequency::Monthly => {
            let first = day.with_day(1).unwrap_or(day);
            let next = first.checked_add_months(Months::new(1)).unwrap_or(first);
            return (first, next.pred_opt().unwrap_or(first));
        }
    };
    let first = monday_of(day);
    (first, first + Days::new(7 * weeks - 1))
}

/// The day of the pay period to date a timesheet for, as typed: blank means an undated timesheet;
/// anything else must be a date, or it is refused on the field `timesheet_period_of`.
pub fn timesheet_period_of(text: &str) -> Result<Option<NaiveDate>, CoreError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_date(text).map(Some).map_err(|e| {
        let mut problems = Problems::default();
        problems.add("timesheet_period_of", e.to_string());
        CoreError::Invalid(problems)
    })
}

/// Writes the days into the timesheet's week tables (those headed "Day", "Date", …), a week a
/// table from the period's first day (each row's weekday name and "1 March"; a row past the last
/// day gets a dash), and the period's first and last day into the rows labelled "Pay period from"
/// and "Pay period to". A custom template without those stays as it is.
pub fn date_timesheet(document: &mut Document, (first, last): (NaiveDate, NaiveDate)) {
    let mut weeks = 0u64;
    for block in &mut document.blocks {
        let Block::Table { header, rows, .. } = block else {
            continue;
        };
        if header.len() < 2 || header[0] != "Day" || header[1] != "Date" {
            continue;
        }
        let week_start = first + Days::new(7 * weeks);
        for (i, row) in rows.iter_mut().enumerate() {
            let day = week_start + Days::new(i as u64);
            if let [name, date, ..] = row.as_mut_slice() {
                *name = weekday_name(day).to_string();
                *date = if day <= last {
                    day_and_month(day)
                } else {
                    "\u{2013}".to_string()
                };
            }
        }
        weeks += 1;
    }
    let dated_any = weeks > 0;
    if !dated_any {
        return;
    }
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

fn weekday_name(day: NaiveDate) -> &'static str {
    WEEKDAYS[day.weekday().num_days_from_monday() as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::documents::KeyValue;

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
        date_timesheet(&mut doc, pay_period(d(2027, 3, 4), PayFrequency::TwoWeekly));
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

    #[test]
    fn a_typed_day_is_read_blank_is_undated_and_anything_else_refused_on_its_field() {
        assert_eq!(
            timesheet_period_of("1 3 2027").unwrap(),
            Some(d(2027, 3, 1))
        );
        assert_eq!(timesheet_period_of("  ").unwrap(), None);
        let Err(CoreError::Invalid(problems)) = timesheet_period_of("31 2 2027") else {
            panic!("31 February is not a date")
        };
        assert!(problems.has("timesheet_period_of"));
    }

    #[test]
    fn a_monthly_period_is_the_calendar_month_of_the_day_given() {
        assert_eq!(
            pay_period(d(2027, 3, 1), PayFrequency::Monthly),
            (d(2027, 3, 1), d(2027, 3, 31))
        );
        assert_eq!(
            pay_period(d(2028, 2, 15), PayFrequency::Monthly),
            (d(2028, 2, 1), d(2028, 2, 29))
        );
        assert_eq!(
            pay_period(d(2027, 3, 4), PayFrequency::FourWeekly),
            (d(2027, 3, 1), d(2027, 3, 28))
        );
    }

    #[test]
    fn a_month_starting_on_a_sunday_is_dated_from_that_sunday_and_ends_with_dashes() {
        // 1 August 2027 is a Sunday; five weeks of rows hold its 31 days and 4 more.
        let mut doc = Document {
            title: "Timesheet".into(),
            subtitle: None,
            blocks: (0..5).map(|_| seven_day_week()).collect(),
        };
        date_timesheet(&mut doc, pay_period(d(2027, 8, 1), PayFrequency::Monthly));
        let rows: Vec<Vec<String>> = doc
            .blocks
            .iter()
            .flat_map(|b| match b {
                Block::Table { rows, .. } => rows.clone(),
                _ => vec![],
            })
            .collect();
        assert_eq!(rows[0][..2], ["Sunday".to_string(), "1 August".to_string()]);
        assert_eq!(
            rows[30][..2],
            ["Tuesday".to_string(), "31 August".to_string()]
        );
        assert_eq!(
            rows[31][..2],
            ["Wednesday".to_string(), "\u{2013}".to_string()]
        );
        assert_eq!(rows[34][1], "\u{2013}");
    }

    fn seven_day_week() -> Block {
        Block::Table {
            header: vec!["Day".into(), "Date".into(), "Hours".into()],
            widths: vec![30, 30, 40],
            rows: (0..7)
                .map(|_| vec![String::new(), String::new(), String::new()])
                .collect(),
        }
    }
}
