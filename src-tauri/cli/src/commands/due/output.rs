//! What `dphub due` prints.

use dphub_core::app::checklists::DueItem;
use dphub_core::model::input::long_date;

use crate::printer::{table, Printer};

impl Printer {
    pub fn due_items(&self, items: &[DueItem], days: u32) {
        if self.json() {
            return self.json_value(items);
        }
        if items.is_empty() {
            say!("Nothing overdue or due in the next {days} days.");
            return;
        }
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|d| {
                vec![
                    if d.overdue {
                        "OVERDUE".into()
                    } else {
                        String::new()
                    },
                    long_date(d.date),
                    d.person_name.clone(),
                    d.pa_name.clone().unwrap_or_default(),
                    d.what.clone(),
                ]
            })
            .collect();
        table(&["", "Date", "Person", "PA", "What"], &rows, 60);
    }
}
