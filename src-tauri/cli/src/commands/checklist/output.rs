//! What `dphub checklist` prints.

use dphub_core::app::checklists::{ChecklistView, ItemStatus, ItemView, StatusTag};
use dphub_core::model::input::long_date;

use crate::printer::{more, table, Printer};

fn heading(view: &ChecklistView) -> String {
    match &view.pa_name {
        Some(pa) => format!("{} — {} (PA of {})", view.title, pa, view.person_name),
        None => format!("{} — {}", view.title, view.person_name),
    }
}

fn tag(item: &ItemView) -> &'static str {
    match item.tag {
        StatusTag::ToDo => "[to do]",
        StatusTag::Overdue => "[OVERDUE]",
        StatusTag::Done => "[done]",
        StatusTag::NotApplicable => "[n/a]",
    }
}

impl Printer {
    pub fn checklist_list(&self, views: &[ChecklistView]) {
        if self.json() {
            return self.json_value(views);
        }
        let rows: Vec<Vec<String>> = views
            .iter()
            .map(|v| {
                vec![
                    v.checklist_id.clone(),
                    v.pa_name.clone().unwrap_or_else(|| "(employer)".into()),
                    v.title.clone(),
                    v.progress.text.clone(),
                ]
            })
            .collect();
        table(&["Checklist", "For", "Title", "Progress"], &rows, 40);
    }

    pub fn checklists(&self, views: &[ChecklistView]) {
        if self.json() {
            return self.json_value(views);
        }
        for (i, view) in views.iter().enumerate() {
            if i > 0 {
                say!();
            }
            self.checklist_text(view);
        }
    }

    fn checklist_text(&self, view: &ChecklistView) {
        say!("{} ({})", heading(view), view.progress.text);
        for section in &view.sections {
            say!("\n  {}", section.title);
            for item in &section.items {
                say!("  {:<10} {}  [{}]", tag(item), item.text, item.id);
                if let Some(due) = &item.due {
                    more(&due.because);
                }
                if let Some(problem) = &item.due_problem {
                    more(&format!("No due date: {problem}"));
                }
                match &item.status {
                    ItemStatus::Done {
                        done_on, done_by, ..
                    } => more(&format!("Done on {} by {done_by}", long_date(*done_on))),
                    ItemStatus::NotApplicable { reason } => {
                        more(&format!("Not applicable: {reason}"))
                    }
                    ItemStatus::ToDo => {}
                }
                if !item.note.is_empty() {
                    more(&format!("Note: {}", item.note));
                }
            }
        }
    }

    pub fn checklist_changed(&self, message: &str, view: &ChecklistView) {
        if self.json() {
            return self.json_value(view);
        }
        say!("{message}");
        self.checklist_text(view);
    }
}
