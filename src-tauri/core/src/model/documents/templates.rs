//! The built-in templates (embedded at compile time), the template engine set up for them, and the
//! check every custom template must pass before it is saved or used.

use std::collections::BTreeSet;

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::context::sample_context;
use super::kinds::DocumentKind;
use super::markdown::{escape_markdown, markdown_to_document};
use super::model::Document;

/// Why a template cannot be used, and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("line {line}: {message}")]
#[ts(export)]
pub struct TemplateProblem {
    /// 1-based line of the template (0 when the problem has no one place).
    pub line: usize,
    pub message: String,
}

/// The shared pieces the built-in agreements include, by the name they are included as.
const PARTIALS: &[(&str, &str)] = &[
    (
        "partials/agreement-start.md",
        include_str!("../../../data/templates/partials/agreement-start.md"),
    ),
    (
        "partials/agreement-terms.md",
        include_str!("../../../data/templates/partials/agreement-terms.md"),
    ),
    (
        "partials/agreement-end.md",
        include_str!("../../../data/templates/partials/agreement-end.md"),
    ),
];

/// The built-in template of each kind.
pub fn builtin_template(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::AgreementSelf => include_str!("../../../data/templates/agreement-self.md"),
        DocumentKind::AgreementNominated => {
            include_str!("../../../data/templates/agreement-nominated.md")
        }
        DocumentKind::AgreementAuthorised => {
            include_str!("../../../data/templates/agreement-authorised.md")
        }
        DocumentKind::AgreementCarer => include_str!("../../../data/templates/agreement-carer.md"),
        DocumentKind::AgreementThirdParty => {
            include_str!("../../../data/templates/agreement-third-party.md")
        }
        DocumentKind::Particulars => include_str!("../../../data/templates/particulars.md"),
        DocumentKind::CostBreakdown => include_str!("../../../data/templates/cost-breakdown.md"),
        DocumentKind::Timesheet => include_str!("../../../data/templates/timesheet.md"),
    }
}

/// The shared partials, by name, for checking and for the docs.
pub fn builtin_partials() -> &'static [(&'static str, &'static str)] {
    PARTIALS
}

/// Names every template may use besides its context: minijinja's own globals and loop helpers.
const ENGINE_NAMES: &[&str] = &[
    "loop",
    "range",
    "dict",
    "namespace",
    "debug",
    "super",
    "self",
    "caller",
    "varargs",
    "kwargs",
];

/// The name a document's main template is registered under.
const MAIN: &str = "document.md";

/// Every value inserted with `{{ … }}` is escaped for Markdown, so data can never change the
/// document's structure; printing a value that is not there (none) is a mistake in the template.
fn markdown_formatter(out: &mut Output, _state: &State, value: &Value) -> Result<(), Error> {
    if value.is_none() || value.is_undefined() {
        return Err(Error::new(
            ErrorKind::UndefinedError,
            "this value is empty here: put it inside {% if … %}",
        ));
    }
    let text = if value.is_safe() {
        value.to_string()
    } else {
        escape_markdown(&value.to_string())
    };
    out.write_str(&text).map_err(Error::from)
}

fn environment(main: String) -> Result<Environment<'static>, Error> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_formatter(markdown_formatter);
    env.set_keep_trailing_newline(true);
    // A line holding only {% … %} leaves no blank line behind, so conditions can sit inside lists.
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    for (name, source) in PARTIALS {
        env.add_template(name, source)?;
    }
    env.add_template_owned(MAIN, main)?;
    Ok(env)
}

fn problem(e: &Error) -> TemplateProblem {
    let message = match e.detail() {
        Some(detail) => format!("{}: {detail}", e.kind()),
        None => e.kind().to_string(),
    };
    let message = match e.name() {
        Some(name) if name != MAIN => format!("{message} (in {name})"),
        _ => message,
    };
    TemplateProblem {
        line: e.line().unwrap_or(0),
        message,
    }
}

/// Fills in `source` with `context` and reads the result as a document.
pub(crate) fn render(source: &str, context: &impl Serialize) -> Result<Document, TemplateProblem> {
    let env = environment(source.to_string()).map_err(|e| problem(&e))?;
    let template = env.get_template(MAIN).map_err(|e| problem(&e))?;
    let markdown = template
        .render(Value::from_serialize(context))
        .map_err(|e| problem(&e))?;
    markdown_to_document(&markdown).map_err(|p| TemplateProblem {
        line: p.line,
        message: format!("{} (line {} of the filled-in text)", p.message, p.line),
    })
}

/// Every name a template of `kind` may look up: each field of its context, and each field inside
/// those ("person.full_name").
pub fn known_placeholders(kind: DocumentKind) -> BTreeSet<String> {
    let value = serde_json::to_value(sample_context(kind)).unwrap_or_default();
    let mut names = BTreeSet::new();
    collect_paths(&value, "", &mut names);
    names
}

fn collect_paths(value: &serde_json::Value, prefix: &str, out: &mut BTreeSet<String>) {
    if let serde_json::Value::Object(map) = value {
        for (key, inner) in map {
            let path = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            collect_paths(inner, &path, out);
            out.insert(path);
        }
    }
}

/// Checks a template for `kind`: its syntax, that every placeholder is one the kind provides, and
/// that it fills in and reads as a document with example data. The first problem is returned.
pub fn check_template(kind: DocumentKind, source: &str) -> Result<(), TemplateProblem> {
    let env = environment(source.to_string()).map_err(|e| problem(&e))?;
    let template = env.get_template(MAIN).map_err(|e| problem(&e))?;
    let mut known = known_placeholders(kind);
    known.extend(ENGINE_NAMES.iter().map(|s| s.to_string()));
    let mut unknown: Vec<(usize, String)> = template
        .undeclared_variables(true)
        .into_iter()
        .filter(|name| !known.contains(name))
        .map(|name| (line_of_name(source, &name), name))
        .collect();
    unknown.sort();
    if let Some((line, name)) = unknown.into_iter().next() {
        return Err(TemplateProblem {
            line,
            message: format!(
                "unknown placeholder \"{name}\": a template for {} can use {}",
                kind.code(),
                top_level_names(&known)
            ),
        });
    }
    render(source, &sample_context(kind)).map(|_| ())
}

fn top_level_names(known: &BTreeSet<String>) -> String {
    known
        .iter()
        .filter(|n| !n.contains('.') && !ENGINE_NAMES.contains(&n.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first line where `name` appears inside `{{ … }}` or `{% … %}` (1 if it can't be found).
fn line_of_name(source: &str, name: &str) -> usize {
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    for (i, line) in source.lines().enumerate() {
        let mut from = 0;
        while let Some(at) = line[from..].find(name) {
            let start = from + at;
            let end = start + name.len();
            let before = line[..start].chars().next_back();
            let after = line[end..].chars().next();
            let inside = line[..start]
                .rfind("{{")
                .or(line[..start].rfind("{%"))
                .is_some();
            if inside && !before.is_some_and(is_word) && !after.is_some_and(is_word) {
                return i + 1;
            }
            from = end;
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_template_passes_its_own_check() {
        for kind in DocumentKind::ALL {
            check_template(*kind, builtin_template(*kind))
                .unwrap_or_else(|p| panic!("{}: {p}", kind.code()));
        }
    }

    #[test]
    fn partials_use_only_agreement_placeholders() {
        let mut known = known_placeholders(DocumentKind::AgreementNominated);
        known.extend(ENGINE_NAMES.iter().map(|s| s.to_string()));
        for (name, source) in PARTIALS {
            let env = environment(source.to_string()).unwrap();
            let t = env.get_template(MAIN).unwrap();
            for var in t.undeclared_variables(true) {
                assert!(known.contains(&var), "{name} uses {var}");
            }
        }
    }

    #[test]
    fn unknown_placeholders_and_syntax_errors_name_their_line() {
        let kind = DocumentKind::Particulars;
        let p = check_template(
            kind,
            "# T\n\nHello {{ pa.full_name }}\n\n{{ pa.shoe_size }}\n",
        )
        .unwrap_err();
        assert_eq!(p.line, 5);
        assert!(p.message.contains("pa.shoe_size"), "{}", p.message);
        let p = check_template(kind, "# T\n\n{% if job.regular %}\nx\n").unwrap_err();
        assert!(p.line >= 3, "{p}");
        assert!(p.message.contains("syntax"), "{}", p.message);
        let p = check_template(kind, "# T\n\n{{ wage }}\n").unwrap_err();
        assert_eq!(p.line, 3);
        let p = check_template(kind, "# T\n\n{{ pa.full_name | nosuchfilter }}\n").unwrap_err();
        assert_eq!(p.line, 3, "{p}");
        // The self-managed agreement has no representative to name.
        let p = check_template(
            DocumentKind::AgreementSelf,
            "# T\n\n{{ representative.name }}\n",
        )
        .unwrap_err();
        assert_eq!(p.line, 3, "{p}");
        check_template(
            DocumentKind::AgreementNominated,
            "# T\n\n{{ representative.name }}\n",
        )
        .unwrap();
    }

    #[test]
    fn values_are_escaped_and_none_is_refused() {
        let env = environment("{{ a }} {{ b | safe }}".into()).unwrap();
        let out = env
            .get_template(MAIN)
            .unwrap()
            .render(minijinja::context! { a => "*x*", b => "**y**" })
            .unwrap();
        assert_eq!(out, "\\*x\\* **y**");
        let env = environment("{{ a }}".into()).unwrap();
        let none: Option<String> = None;
        assert!(env
            .get_template(MAIN)
            .unwrap()
            .render(minijinja::context! { a => none })
            .is_err());
    }
}
