//! Checklist templates: the duties, as data files in `data/checklists/` embedded at build time, read
//! strictly (an unknown field or rule, or an id used twice, is refused naming the file and line).

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use toml::Spanned;
use ts_rs::TS;

use super::due::DueRule;

include!(concat!(env!("OUT_DIR"), "/checklist_files.rs"));

crate::coded_enum! {
    /// Whose checklist it is: the person's (as employer), or one employment's.
    pub enum AppliesTo {
        Person => ("person", "The employer", None),
        Employment => ("employment", "Each PA's employment", None),
    }
}

/// One checklist, as its file says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub applies_to: AppliesTo,
    /// Only for employments that have ended ("when a PA leaves").
    pub when_ended: bool,
    pub items: Vec<TemplateItem>,
}

/// One duty on a checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateItem {
    pub id: String,
    pub section: String,
    pub text: String,
    pub why: String,
    /// Where the duty comes from, without a link ("HMRC: PAYE for employers").
    pub source: String,
    /// Person: done once by the employer, even on a PA's checklist (shared by all their PAs).
    pub applies_to: AppliesTo,
    pub due: Option<DueRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    id: String,
    title: String,
    summary: String,
    applies_to: AppliesTo,
    #[serde(default)]
    when_ended: bool,
    items: Vec<ItemFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemFile {
    id: Spanned<String>,
    section: String,
    text: String,
    why: String,
    source: String,
    applies_to: Option<Spanned<AppliesTo>>,
    due: Option<DueRule>,
}

/// Why a checklist file was refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[ts(export)]
#[error("{file}, line {line}: {message}")]
pub struct TemplateError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

impl Template {
    /// Reads one checklist file; `file` names it in any error.
    pub fn parse(file: &str, text: &str) -> Result<Template, TemplateError> {
        let error = |offset: usize, message: String| TemplateError {
            file: file.to_string(),
            line: line_of(text, offset),
            message,
        };
        let parsed: TemplateFile = toml::from_str(text).map_err(|e| {
            error(
                e.span().map_or(0, |s| s.start),
                e.message().trim().to_string(),
            )
        })?;
        let mut seen = HashMap::new();
        let mut items = Vec::with_capacity(parsed.items.len());
        for item in parsed.items {
            let at = item.id.span().start;
            let id = item.id.into_inner();
            if id.trim().is_empty() || id.contains(char::is_whitespace) {
                return Err(error(
                    at,
                    format!("item id {id:?} must be one word, such as \"p60\""),
                ));
            }
            if let Some(first) = seen.insert(id.clone(), line_of(text, at)) {
                return Err(error(
                    at,
                    format!("the item id {id:?} is used twice (first on line {first})"),
                ));
            }
            let follows = items.last().map(|i: &TemplateItem| i.section.as_str());
            if follows != Some(item.section.as_str())
                && items.iter().any(|i| i.section == item.section)
            {
                return Err(error(
                    at,
                    format!(
                        "the section {:?} was used earlier: keep a section's items together",
                        item.section
                    ),
                ));
            }
            let applies_to = match item.applies_to {
                None => parsed.applies_to,
                Some(a)
                    if parsed.applies_to == AppliesTo::Person
                        && *a.get_ref() == AppliesTo::Employment =>
                {
                    return Err(error(
                        a.span().start,
                        "an employer's checklist cannot hold an item for each employment".into(),
                    ))
                }
                Some(a) => a.into_inner(),
            };
            items.push(TemplateItem {
                id,
                section: item.section,
                text: item.text,
                why: item.why,
                source: item.source,
                applies_to,
                due: item.due,
            });
        }
        if items.is_empty() {
            return Err(error(0, "a checklist needs at least one item".into()));
        }
        Ok(Template {
            id: parsed.id,
            title: parsed.title,
            summary: parsed.summary,
            applies_to: parsed.applies_to,
            when_ended: parsed.when_ended,
            items,
        })
    }

    pub fn item(&self, id: &str) -> Option<&TemplateItem> {
        self.items.iter().find(|i| i.id == id)
    }
}

/// Reads a set of checklist files, refusing a checklist id or an item id used in two files (item
/// ids are unique across all checklists, so an item can be named on its own).
pub fn parse_all(files: &[(&str, &str)]) -> Result<Vec<Template>, TemplateError> {
    let mut templates: Vec<Template> = Vec::new();
    let mut items: HashMap<String, String> = HashMap::new();
    for (file, text) in files {
        let template = Template::parse(file, text)?;
        if templates.iter().any(|t| t.id == template.id) {
            return Err(TemplateError {
                file: file.to_string(),
                line: 1,
                message: format!("the checklist id {:?} is used by another file", template.id),
            });
        }
        for item in &template.items {
            if let Some(other) = items.insert(item.id.clone(), file.to_string()) {
                let at = text.find(&format!("\"{}\"", item.id)).unwrap_or(0);
                return Err(TemplateError {
                    file: file.to_string(),
                    line: line_of(text, at),
                    message: format!("the item id {:?} is also used in {other}", item.id),
                });
            }
        }
        templates.push(template);
    }
    Ok(templates)
}

/// The embedded checklist files, as (file name, contents).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    CHECKLIST_FILES
}

/// Every checklist shipped with DP Hub, in file order. The files are checked by a test, so a bad
/// one never ships.
pub fn templates() -> &'static [Template] {
    static TEMPLATES: OnceLock<Vec<Template>> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        parse_all(CHECKLIST_FILES).unwrap_or_else(|e| panic!("embedded checklist: {e}"))
    })
}

pub fn template(id: &str) -> Option<&'static Template> {
    templates().iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"id = "t"
title = "T"
summary = "S"
applies_to = "employment"

[[items]]
id = "a"
section = "One"
text = "Do a"
why = "Because"
source = "HMRC"
due = { rule = "after", fact = "employment_start", weeks = 6 }
"#;

    #[test]
    fn a_good_file_reads() {
        let t = Template::parse("t.toml", GOOD).unwrap();
        assert_eq!(t.items[0].applies_to, AppliesTo::Employment);
        assert!(t.items[0].due.is_some());
    }

    #[test]
    fn an_unknown_field_names_the_file_and_line() {
        let bad = GOOD.replace("why = \"Because\"", "why = \"Because\"\ncolour = \"red\"");
        let e = Template::parse("bad.toml", &bad).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("bad.toml", 11), "{e}");
        assert!(e.message.contains("colour"), "{e}");
    }

    #[test]
    fn an_unknown_rule_names_the_file_and_line() {
        let bad = GOOD.replace("rule = \"after\"", "rule = \"whenever\"");
        let e = Template::parse("bad.toml", &bad).unwrap_err();
        assert_eq!(e.line, 12, "{e}");
        assert!(e.to_string().starts_with("bad.toml, line 12: "), "{e}");
        assert!(e.message.contains("whenever"), "{e}");
    }

    #[test]
    fn a_repeated_id_is_refused() {
        let twice = format!("{GOOD}\n{}", &GOOD[GOOD.find("[[items]]").unwrap()..]);
        let e = Template::parse("twice.toml", &twice).unwrap_err();
        assert_eq!(e.line, 15, "{e}");
        assert!(e.message.contains("used twice (first on line 7)"), "{e}");
    }

    #[test]
    fn a_syntax_error_names_the_line() {
        let e = Template::parse("x.toml", "id = \"t\"\ntitle = \n").unwrap_err();
        assert_eq!(e.line, 2, "{e}");
    }
}
