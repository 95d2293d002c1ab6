//! Filled-in Markdown → [`Document`]. The conventions (docs/templates.md has them for councils):
//!
//! - `# Title` is the document's title (once); a `> quote` straight after it is the subtitle.
//! - `## Heading` is a section, `###` a sub-heading, `####` a minor heading. A `##` section that
//!   has numbered clauses is numbered itself ("3. Payments").
//! - A numbered list (`1. …`) is a run of clauses, numbered "3.1", "3.2" … by section, however the
//!   template numbers them (so a clause left out by a condition leaves no gap); a numbered list
//!   inside a clause gives "(a)", "(b)", and inside that "(i)", "(ii)".
//! - A bulleted list (`- …`) is a bullet list; inside a clause its items are indented bullets.
//! - `- [ ] text` and `- [x] text` are tick boxes.
//! - A table with an empty header row (`| | |`) and two columns is a list of labels and values;
//!   any other table is a grid, its column widths in proportion to the dashes under each heading.
//! - A fenced block ```` ```signatures ```` holds one party a line, `Role | Name`: signature blocks.
//! - `---` on its own line (with a blank line above) starts a new page.
//! - `**bold**` is bold; other emphasis, links and code are kept as plain text.
//!
//! Values the template engine inserts are escaped by [`escape_markdown`] first, so a name such as
//! `*Bob* #1` is printed exactly as typed and can never change the document's structure.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::model::{Block, Document, KeyValue, SignatureBlock, Span};

/// Something in the filled-in Markdown that has no place in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkdownProblem {
    /// 1-based line of the filled-in Markdown.
    pub line: usize,
    pub message: String,
}

/// Makes `value` read as plain text in Markdown: every ASCII punctuation mark gets a backslash, and
/// a value of several lines (an address) becomes one line, its lines joined with ", ".
pub fn escape_markdown(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let lines = value
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty());
    for (i, line) in lines.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        for c in line.chars() {
            if c.is_ascii_punctuation() {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Undoes [`escape_markdown`]'s backslashes, for text Markdown does not read itself (the lines of a
/// signatures block).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(n)) if n.is_ascii_punctuation() => {
                out.push(*n);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

pub fn markdown_to_document(source: &str) -> Result<Document, MarkdownProblem> {
    let mut b = Builder::new(source);
    let options = Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        b.at = range.start;
        b.event(event, range)?;
    }
    b.finish()
}

struct ListFrame {
    ordered: bool,
    /// Items so far in this list (the top level counts per section instead).
    count: u32,
}

struct ItemFrame {
    /// Set when the item's text has been written out (before a nested list, say).
    emitted: bool,
    checkbox: Option<bool>,
}

enum Cells {
    None,
    Table {
        widths: Vec<u8>,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        row: Vec<String>,
        cell: String,
    },
}

/// A top-level clause waiting for its section's number.
struct PendingClause {
    block: usize,
    section: usize,
    n: u32,
}

struct Builder<'a> {
    source: &'a str,
    at: usize,
    title: Option<String>,
    subtitle: Option<String>,
    blocks: Vec<Block>,
    spans: Vec<Span>,
    bold: u32,
    heading: Option<u8>,
    quote: bool,
    lists: Vec<ListFrame>,
    items: Vec<ItemFrame>,
    cells: Cells,
    code: Option<(String, String)>,
    /// Index in `blocks` of each `##` heading, in order.
    sections: Vec<usize>,
    clauses_in_section: u32,
    pending: Vec<PendingClause>,
}

impl<'a> Builder<'a> {
    fn new(source: &'a str) -> Self {
        Builder {
            source,
            at: 0,
            title: None,
            subtitle: None,
            blocks: Vec::new(),
            spans: Vec::new(),
            bold: 0,
            heading: None,
            quote: false,
            lists: Vec::new(),
            items: Vec::new(),
            cells: Cells::None,
            code: None,
            sections: Vec::new(),
            clauses_in_section: 0,
            pending: Vec::new(),
        }
    }

    fn problem(&self, message: impl Into<String>) -> MarkdownProblem {
        MarkdownProblem {
            line: line_of(self.source, self.at),
            message: message.into(),
        }
    }

    fn text(&mut self, text: &str) {
        if let Cells::Table { cell, .. } = &mut self.cells {
            cell.push_str(text);
            return;
        }
        if let Some((_, code)) = &mut self.code {
            code.push_str(text);
            return;
        }
        let bold = self.bold > 0;
        match self.spans.last_mut() {
            Some(last) if last.bold == bold => last.text.push_str(text),
            _ => self.spans.push(Span {
                text: text.to_string(),
                bold,
            }),
        }
    }

    fn take_spans(&mut self) -> Vec<Span> {
        let mut spans = std::mem::take(&mut self.spans);
        if let Some(first) = spans.first_mut() {
            first.text = first.text.trim_start().to_string();
        }
        if let Some(last) = spans.last_mut() {
            last.text = last.text.trim_end().to_string();
        }
        spans.retain(|s| !s.text.is_empty());
        spans
    }

    fn event(
        &mut self,
        event: Event,
        range: std::ops::Range<usize>,
    ) -> Result<(), MarkdownProblem> {
        match event {
            Event::Start(tag) => self.start(tag, range)?,
            Event::End(tag) => self.end(tag)?,
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                self.text(&t)
            }
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            Event::Rule => self.blocks.push(Block::PageBreak),
            Event::TaskListMarker(checked) => {
                if let Some(item) = self.items.last_mut() {
                    item.checkbox = Some(checked);
                }
            }
            Event::FootnoteReference(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.text(&t)
            }
        }
        Ok(())
    }

    fn start(&mut self, tag: Tag, range: std::ops::Range<usize>) -> Result<(), MarkdownProblem> {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush_paragraph();
                self.heading = Some(level as u8);
            }
            Tag::Strong => self.bold += 1,
            Tag::BlockQuote(_) => self.quote = true,
            Tag::List(_) => {
                self.emit_item_text();
                let ordered = matches!(tag, Tag::List(Some(_)));
                self.lists.push(ListFrame { ordered, count: 0 });
            }
            Tag::Item => {
                self.spans.clear();
                self.items.push(ItemFrame {
                    emitted: false,
                    checkbox: None,
                });
            }
            Tag::Table(_) => {
                self.cells = Cells::Table {
                    widths: column_widths(&self.source[range]),
                    header: Vec::new(),
                    rows: Vec::new(),
                    row: Vec::new(),
                    cell: String::new(),
                }
            }
            Tag::CodeBlock(kind) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info.trim().to_string(),
                    CodeBlockKind::Indented => {
                        return Err(self.problem(
                            "a line starts with 4 spaces, which Markdown reads as code: take the spaces out",
                        ))
                    }
                };
                if info != "signatures" {
                    return Err(self.problem(format!(
                        "a fenced block must be ```signatures (this one is ```{info})"
                    )));
                }
                self.code = Some((info, String::new()));
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, tag: TagEnd) -> Result<(), MarkdownProblem> {
        match tag {
            TagEnd::Heading(level) => {
                self.heading = None;
                let text = plain(&self.take_spans());
                match level as u8 {
                    1 if self.title.is_none() && self.blocks.is_empty() => self.title = Some(text),
                    1 => {
                        return Err(self
                            .problem("only the first line may be a # title: use ## for a section"))
                    }
                    n => {
                        if n == 2 {
                            self.sections.push(self.blocks.len());
                            self.clauses_in_section = 0;
                        }
                        self.blocks.push(Block::Heading {
                            level: (n - 1).min(3),
                            text,
                        });
                    }
                }
            }
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Paragraph => {
                if self.items.is_empty() {
                    self.flush_paragraph();
                } else {
                    self.text(" ");
                }
            }
            TagEnd::BlockQuote(_) => self.quote = false,
            TagEnd::Item => {
                self.emit_item_text();
                self.items.pop();
            }
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::TableCell => {
                if let Cells::Table { row, cell, .. } = &mut self.cells {
                    row.push(cell.trim().to_string());
                    cell.clear();
                }
            }
            TagEnd::TableHead => {
                if let Cells::Table { header, row, .. } = &mut self.cells {
                    *header = std::mem::take(row);
                }
            }
            TagEnd::TableRow => {
                if let Cells::Table { rows, row, .. } = &mut self.cells {
                    rows.push(std::mem::take(row));
                }
            }
            TagEnd::Table => {
                if let Cells::Table {
                    widths,
                    header,
                    rows,
                    ..
                } = std::mem::replace(&mut self.cells, Cells::None)
                {
                    self.blocks.push(table_block(widths, header, rows));
                }
            }
            TagEnd::CodeBlock => {
                if let Some((_, text)) = self.code.take() {
                    let parties = signature_lines(&text).map_err(|m| self.problem(m))?;
                    self.blocks.push(Block::Signatures { parties });
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn flush_paragraph(&mut self) {
        let spans = self.take_spans();
        if spans.is_empty() {
            return;
        }
        if self.quote && self.subtitle.is_none() && self.blocks.is_empty() && self.title.is_some() {
            self.subtitle = Some(plain(&spans));
        } else {
            self.blocks.push(Block::Paragraph { spans });
        }
    }

    /// Writes out the current list item's text as a clause, bullet or tick box.
    fn emit_item_text(&mut self) {
        let Some(item) = self.items.last() else {
            return;
        };
        if item.emitted {
            // Text after a nested list: a paragraph of its own.
            let spans = self.take_spans();
            if !spans.is_empty() {
                self.blocks.push(Block::Paragraph { spans });
            }
            return;
        }
        let checkbox = item.checkbox;
        let spans = self.take_spans();
        if let Some(item) = self.items.last_mut() {
            item.emitted = true;
        }
        if let Some(checked) = checkbox {
            self.blocks.push(Block::Checkbox { checked, spans });
            return;
        }
        let depth = self.lists.len().saturating_sub(1);
        let in_clause = self.lists.iter().any(|l| l.ordered);
        let Some(list) = self.lists.last_mut() else {
            return;
        };
        list.count += 1;
        let n = list.count;
        if !in_clause {
            // A plain bullet list: consecutive items share one block.
            if let Some(Block::Bullets { items }) = self.blocks.last_mut() {
                if depth > 0 || n > 1 {
                    items.push(spans);
                    return;
                }
            }
            self.blocks.push(Block::Bullets { items: vec![spans] });
            return;
        }
        let ordered_depth = self.lists.iter().filter(|l| l.ordered).count();
        let first_ordered = self.lists.iter().position(|l| l.ordered).unwrap_or(0);
        let clause_depth = (depth - first_ordered) as u8;
        let number = if !self.lists[depth].ordered {
            "•".to_string()
        } else if ordered_depth == 1 {
            self.clauses_in_section += 1;
            self.pending.push(PendingClause {
                block: self.blocks.len(),
                section: self.sections.len(),
                n: self.clauses_in_section,
            });
            String::new()
        } else if ordered_depth == 2 {
            format!("({})", letter(n))
        } else {
            format!("({})", roman(n))
        };
        self.blocks.push(Block::Clause {
            number,
            depth: clause_depth,
            spans,
        });
    }

    fn finish(mut self) -> Result<Document, MarkdownProblem> {
        self.flush_paragraph();
        let Some(title) = self.title.take() else {
            self.at = 0;
            return Err(self.problem("the template must start with a # title line"));
        };
        // Number the sections that have clauses, then their clauses.
        let mut numbered = vec![None; self.sections.len() + 1];
        let mut next = 0;
        for (i, heading) in self.sections.iter().enumerate() {
            let section = i + 1;
            if self.pending.iter().any(|p| p.section == section) {
                next += 1;
                numbered[section] = Some(next);
                if let Block::Heading { text, .. } = &mut self.blocks[*heading] {
                    *text = format!("{next}. {text}");
                }
            }
        }
        for p in &self.pending {
            if let Block::Clause { number, .. } = &mut self.blocks[p.block] {
                *number = match numbered[p.section] {
                    Some(s) => format!("{s}.{}", p.n),
                    None => p.n.to_string(),
                };
            }
        }
        Ok(Document {
            title,
            subtitle: self.subtitle,
            blocks: self.blocks,
        })
    }
}

fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

fn letter(n: u32) -> String {
    let mut n = n;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
    }
    out.iter().rev().collect()
}

fn roman(n: u32) -> String {
    const PARTS: [(u32, &str); 9] = [
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (value, text) in PARTS {
        while n >= value {
            out.push_str(text);
            n -= value;
        }
    }
    out
}

/// Shares of the page width from the delimiter row (`|---|-----|`): each column's dashes over all.
fn column_widths(table: &str) -> Vec<u8> {
    let Some(delimiter) = table.lines().nth(1) else {
        return Vec::new();
    };
    let cells: Vec<usize> = delimiter
        .trim()
        .trim_start_matches('|')
        .trim_end_matches('|')
        .split('|')
        .map(|c| c.trim().len().max(1))
        .collect();
    let total: usize = cells.iter().sum();
    let mut widths: Vec<u8> = cells.iter().map(|c| (c * 100 / total) as u8).collect();
    let used: u32 = widths.iter().map(|w| u32::from(*w)).sum();
    if let Some(last) = widths.last_mut() {
        *last += (100 - used.min(100)) as u8;
    }
    widths
}

fn table_block(widths: Vec<u8>, header: Vec<String>, rows: Vec<Vec<String>>) -> Block {
    if header.len() == 2 && header.iter().all(String::is_empty) {
        return Block::KeyValues {
            rows: rows
                .into_iter()
                .map(|mut r| {
                    r.resize(2, String::new());
                    let value = r.pop().unwrap_or_default();
                    let key = r.pop().unwrap_or_default();
                    KeyValue { key, value }
                })
                .collect(),
        };
    }
    Block::Table {
        widths,
        header,
        rows,
    }
}

fn signature_lines(text: &str) -> Result<Vec<SignatureBlock>, String> {
    let mut parties = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        // Split on the first `|` that is not escaped.
        let split = line
            .char_indices()
            .find(|&(i, c)| c == '|' && !line[..i].ends_with('\\'))
            .map(|(i, _)| i);
        let Some(at) = split else {
            return Err(format!(
                "each line of a signatures block is \"Role | Name\": \"{}\" has no |",
                line.trim()
            ));
        };
        parties.push(SignatureBlock {
            role: unescape(line[..at].trim()),
            name: unescape(line[at + 1..].trim()),
            signature: None,
        });
    }
    if parties.is_empty() {
        return Err("a signatures block needs at least one \"Role | Name\" line".to_string());
    }
    Ok(parties)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(md: &str) -> Document {
        markdown_to_document(md).unwrap()
    }

    fn span(text: &str, bold: bool) -> Span {
        Span {
            text: text.to_string(),
            bold,
        }
    }

    #[test]
    fn title_subtitle_headings_and_bold() {
        let d = doc(
            "# Agreement\n\n> For Ann\n\n## Parties\n\nThis is **important** now.\n\n### Small\n",
        );
        assert_eq!(d.title, "Agreement");
        assert_eq!(d.subtitle.as_deref(), Some("For Ann"));
        assert_eq!(
            d.blocks,
            vec![
                Block::Heading {
                    level: 1,
                    text: "Parties".into()
                },
                Block::Paragraph {
                    spans: vec![
                        span("This is ", false),
                        span("important", true),
                        span(" now.", false)
                    ]
                },
                Block::Heading {
                    level: 2,
                    text: "Small".into()
                },
            ]
        );
    }

    #[test]
    fn clauses_are_numbered_by_section_with_sub_clauses() {
        let d = doc("# T\n\n## Intro\n\nWords.\n\n## Money\n\n1. First\n1. Second\n   1. sub one\n   2. sub two\n      1. deep\n   - a bullet\n\nMiddle.\n\n5. Third\n\n## More\n\n1. Again\n");
        let numbers: Vec<(String, u8)> = d
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Clause { number, depth, .. } => Some((number.clone(), *depth)),
                _ => None,
            })
            .collect();
        let expected = [
            ("1.1", 0),
            ("1.2", 0),
            ("(a)", 1),
            ("(b)", 1),
            ("(i)", 2),
            ("•", 1),
            ("1.3", 0),
            ("2.1", 0),
        ];
        assert_eq!(
            numbers,
            expected
                .iter()
                .map(|(n, d)| (n.to_string(), *d))
                .collect::<Vec<_>>()
        );
        assert!(d.blocks.contains(&Block::Heading {
            level: 1,
            text: "Intro".into()
        }));
        assert!(d.blocks.contains(&Block::Heading {
            level: 1,
            text: "1. Money".into()
        }));
    }

    #[test]
    fn bullets_checkboxes_tables_signatures_and_page_breaks() {
        let md = "# T\n\n- one\n- two\n\n- [ ] todo\n- [x] done\n\n| | |\n|---|---|\n| Name | Ann |\n\n| Day | Notes |\n|---|---------|\n| Mon | |\n\n---\n\n```signatures\nThe employer | Ann \\| Co\nThe PA | Bob\n```\n";
        let d = doc(md);
        assert_eq!(
            d.blocks,
            vec![
                Block::Bullets {
                    items: vec![vec![span("one", false)], vec![span("two", false)]]
                },
                Block::Checkbox {
                    checked: false,
                    spans: vec![span("todo", false)]
                },
                Block::Checkbox {
                    checked: true,
                    spans: vec![span("done", false)]
                },
                Block::KeyValues {
                    rows: vec![KeyValue {
                        key: "Name".into(),
                        value: "Ann".into()
                    }]
                },
                Block::Table {
                    header: vec!["Day".into(), "Notes".into()],
                    widths: vec![25, 75],
                    rows: vec![vec!["Mon".into(), "".into()]]
                },
                Block::PageBreak,
                Block::Signatures {
                    parties: vec![
                        SignatureBlock {
                            role: "The employer".into(),
                            name: "Ann | Co".into(),
                            signature: None
                        },
                        SignatureBlock {
                            role: "The PA".into(),
                            name: "Bob".into(),
                            signature: None
                        },
                    ]
                },
            ]
        );
    }

    #[test]
    fn escaped_values_survive_exactly() {
        for name in [
            "*Bob* #1",
            "Zoë Łukasiewicz-Şahin Σοφία Дмитрий",
            "_x_ [link](y) <b>z</b> `c` 1. 2) | ~~s~~ \\ &amp;",
            "# heading",
            "- item",
        ] {
            let md = format!(
                "# T\n\n{}\n\n| | |\n|---|---|\n| Name | {} |\n\n1. {}\n\n```signatures\nRole | {}\n```\n",
                escape_markdown(name),
                escape_markdown(name),
                escape_markdown(name),
                escape_markdown(name)
            );
            let d = doc(&md);
            assert_eq!(
                d.blocks[0],
                Block::Paragraph {
                    spans: vec![span(name, false)]
                },
                "{name}"
            );
            assert!(matches!(&d.blocks[1], Block::KeyValues { rows } if rows[0].value == name));
            assert!(matches!(&d.blocks[2], Block::Clause { spans, .. } if spans[0].text == name));
            assert!(
                matches!(&d.blocks[3], Block::Signatures { parties } if parties[0].name == name)
            );
        }
        assert_eq!(
            escape_markdown("1 High St\n  Leeds\n\nLS1 1AA"),
            "1 High St, Leeds, LS1 1AA"
        );
    }

    proptest::proptest! {
        #[test]
        fn any_escaped_value_reads_back_as_itself(value in "\\PC{1,40}") {
            let expected = value.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assume!(!expected.is_empty());
            let d = doc(&format!("# T\n\n{}\n\n| | |\n|---|---|\n| k | {} |\n", escape_markdown(&value), escape_markdown(&value)));
            proptest::prop_assert_eq!(&d.blocks[0], &Block::Paragraph { spans: vec![span(&expected, false)] });
            let kv = matches!(&d.blocks[1], Block::KeyValues { rows } if rows[0].value == expected);
            proptest::prop_assert!(kv, "{:?}", d.blocks[1]);
        }
    }

    #[test]
    fn text_after_a_nested_list_is_kept_in_order() {
        let d = doc("# T\n\n1. Clause\n\n   1. sub\n\n   More words.\n\nAfter.\n");
        assert_eq!(d.blocks.len(), 4, "{:?}", d.blocks);
        assert_eq!(
            d.blocks[2],
            Block::Paragraph {
                spans: vec![span("More words.", false)]
            }
        );
        assert_eq!(
            d.blocks[3],
            Block::Paragraph {
                spans: vec![span("After.", false)]
            }
        );
    }

    #[test]
    fn problems_name_their_line() {
        let p = markdown_to_document("# T\n\ntext\n\n```python\nx\n```\n").unwrap_err();
        assert_eq!(p.line, 5);
        assert!(markdown_to_document("no title\n").is_err());
        let p = markdown_to_document("# T\n\n```signatures\nno bar\n```\n").unwrap_err();
        assert!(p.message.contains("Role | Name"), "{}", p.message);
    }
}
