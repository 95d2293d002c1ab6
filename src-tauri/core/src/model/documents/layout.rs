//! The model laid out on A4 pages: each block becomes chunks (a paragraph line, a table row, a
//! whole signature block) that never split, then chunks are placed top to bottom, a heading kept
//! with what follows it and a table's header repeated on each page it continues on.
//! Coordinates are points from the page's top-left corner; `pdf` flips them.

use chrono::NaiveDate;

use super::fonts::Fonts;
use super::style::Style;
use super::wrap::{wrap, Line};
use super::{Block, Document, KeyValue, PdfOptions, SignatureBlock, Span};
use crate::model::input::long_date;

/// The structure element (tagged PDF) a piece of text belongs to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Element {
    /// Standard structure type: "H1", "P", "L", "LI", "Table", "TR", "TH", "TD", "Sect".
    pub kind: &'static str,
    pub parent: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Item {
    /// `y` is the baseline. `element` is None for page furniture (footer), an artifact.
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        grey: bool,
        text: String,
        element: Option<usize>,
    },
    /// An open polyline (rules, grid lines, signature strokes).
    Stroke {
        points: Vec<(f32, f32)>,
        width: f32,
        grey: bool,
    },
    /// A filled rectangle behind text (table header shading).
    Shade {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

impl Item {
    fn shifted(&self, dx: f32, dy: f32) -> Item {
        match self {
            Item::Text {
                x,
                y,
                size,
                bold,
                grey,
                text,
                element,
            } => Item::Text {
                x: x + dx,
                y: y + dy,
                size: *size,
                bold: *bold,
                grey: *grey,
                text: text.clone(),
                element: *element,
            },
            Item::Stroke {
                points,
                width,
                grey,
            } => Item::Stroke {
                points: points.iter().map(|&(x, y)| (x + dx, y + dy)).collect(),
                width: *width,
                grey: *grey,
            },
            Item::Shade {
                x,
                y,
                width,
                height,
            } => Item::Shade {
                x: x + dx,
                y: y + dy,
                width: *width,
                height: *height,
            },
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Page {
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Laid {
    pub pages: Vec<Page>,
    pub elements: Vec<Element>,
}

/// A piece that is never split across pages; its items are relative to its top-left corner.
#[derive(Clone, Debug, Default)]
struct Chunk {
    height: f32,
    gap_before: f32,
    items: Vec<Item>,
    keep_with_next: bool,
    force_break: bool,
    /// The table header to repeat above this row when it starts a page.
    header: Option<usize>,
}

struct Layout<'a> {
    fonts: &'a Fonts,
    style: Style,
    chunks: Vec<Chunk>,
    headers: Vec<Chunk>,
    elements: Vec<Element>,
}

/// Tables of at most this many rows are kept on one page when they fit on one.
const KEEP_TOGETHER_ROWS: usize = 10;

pub(crate) fn lay_out(
    document: &Document,
    options: &PdfOptions,
    fingerprint: &str,
    fonts: &Fonts,
) -> Laid {
    let mut layout = Layout {
        fonts,
        style: Style::new(options.large_print),
        chunks: Vec::new(),
        headers: Vec::new(),
        elements: Vec::new(),
    };
    layout.title(document, options.prepared_on);
    for block in &document.blocks {
        layout.block(block);
    }
    let mut pages = layout.paginate();
    layout.footers(&mut pages, fingerprint);
    Laid {
        pages,
        elements: layout.elements,
    }
}

fn pieces(spans: &[Span]) -> Vec<(&str, bool)> {
    spans
        .iter()
        .map(|span| (span.text.as_str(), span.bold))
        .collect()
}

/// "2027-03-01" as "1 March 2027"; anything else as given.
fn signed_date(text: &str) -> String {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(long_date)
        .unwrap_or_else(|_| text.to_string())
}

impl Layout<'_> {
    fn element(&mut self, kind: &'static str, parent: Option<usize>) -> usize {
        self.elements.push(Element { kind, parent });
        self.elements.len() - 1
    }

    fn wrap(&self, pieces: &[(&str, bool)], size: f32, width: f32) -> Vec<Line> {
        wrap(self.fonts, pieces, size, width)
    }

    /// Pushes the text of `lines` with the first line box's top at `top`.
    #[allow(clippy::too_many_arguments)]
    fn put_lines(
        &self,
        items: &mut Vec<Item>,
        lines: &[Line],
        x: f32,
        top: f32,
        size: f32,
        leading: f32,
        grey: bool,
        element: Option<usize>,
    ) {
        let baseline = self.style.baseline(size, leading);
        for (index, line) in lines.iter().enumerate() {
            let more_lines = index + 1 < lines.len();
            for (r, run) in line.runs.iter().enumerate() {
                let mut text = run.text.clone();
                // The space the line break took, kept (invisibly) at the line's end so that a
                // screen reader or a copy reads "payment is" rather than "paymentis".
                if more_lines && r + 1 == line.runs.len() && !text.ends_with(' ') {
                    text.push(' ');
                }
                items.push(Item::Text {
                    x: x + run.x,
                    y: top + index as f32 * leading + baseline,
                    size,
                    bold: run.bold,
                    grey,
                    text,
                    element,
                });
            }
        }
    }

    fn title(&mut self, document: &Document, prepared_on: Option<NaiveDate>) {
        let s = self.style;
        let mut chunk = Chunk {
            keep_with_next: true,
            ..Chunk::default()
        };
        let title = self.element("H1", None);
        let lines = self.wrap(&[(&document.title, true)], s.title, s.content_width);
        let leading = s.title * 1.25;
        self.put_lines(
            &mut chunk.items,
            &lines,
            0.0,
            0.0,
            s.title,
            leading,
            false,
            Some(title),
        );
        let mut top = lines.len() as f32 * leading;
        let mut extra = Vec::new();
        if let Some(subtitle) = &document.subtitle {
            extra.push((subtitle.clone(), s.subtitle, false));
        }
        if let Some(date) = prepared_on {
            extra.push((
                format!("Prepared on {}", long_date(date)),
                s.small * 1.1,
                true,
            ));
        }
        top += s.body * 0.2;
        for (text, size, grey) in extra {
            let element = self.element("P", None);
            let lines = self.wrap(&[(&text, false)], size, s.content_width);
            let leading = size * 1.35;
            self.put_lines(
                &mut chunk.items,
                &lines,
                0.0,
                top,
                size,
                leading,
                grey,
                Some(element),
            );
            top += lines.len() as f32 * leading;
        }
        top += s.body * 0.5;
        chunk.items.push(Item::Stroke {
            points: vec![(0.0, top), (s.content_width, top)],
            width: s.rule * 1.5,
            grey: false,
        });
        chunk.height = top + s.body * 0.5;
        self.chunks.push(chunk);
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => self.heading(*level, text),
            Block::Paragraph { spans } => {
                let element = self.element("P", None);
                let gap = self.style.gap;
                self.text_lines(&pieces(spans), 0.0, gap, element, None);
            }
            Block::Clause {
                number,
                depth,
                spans,
            } => self.clause(number, *depth, spans),
            Block::Bullets { items } => self.bullets(items),
            Block::KeyValues { rows } => self.key_values(rows),
            Block::Table {
                header,
                widths,
                rows,
            } => self.table(header, widths, rows),
            Block::Checkbox { checked, spans } => self.checkbox(*checked, spans),
            Block::Signatures { parties } => self.signatures(parties),
            Block::PageBreak => self.chunks.push(Chunk {
                force_break: true,
                ..Chunk::default()
            }),
        }
    }

    fn heading(&mut self, level: u8, text: &str) {
        let s = self.style;
        let index = usize::from(level.clamp(1, 3)) - 1;
        let size = s.headings[index];
        let leading = size * 1.3;
        let element = self.element(["H2", "H3", "H4"][index], None);
        let lines = self.wrap(&[(text, true)], size, s.content_width);
        let mut chunk = Chunk {
            gap_before: [1.6, 1.3, 1.0][index] * s.body,
            keep_with_next: true,
            height: lines.len() as f32 * leading + s.body * 0.25,
            ..Chunk::default()
        };
        self.put_lines(
            &mut chunk.items,
            &lines,
            0.0,
            0.0,
            size,
            leading,
            false,
            Some(element),
        );
        self.chunks.push(chunk);
    }

    /// Body text at `indent`, one chunk per line (the first line kept with the second, so a
    /// paragraph never leaves a single line behind). `label` hangs left of the first line.
    fn text_lines(
        &mut self,
        pieces: &[(&str, bool)],
        indent: f32,
        gap: f32,
        element: usize,
        label: Option<(&str, f32, bool, usize)>,
    ) {
        let s = self.style;
        let lines = self.wrap(pieces, s.body, s.content_width - indent);
        let count = lines.len().max(1);
        for index in 0..count {
            let mut chunk = Chunk {
                gap_before: if index == 0 { gap } else { 0.0 },
                height: s.leading,
                keep_with_next: index == 0 && count > 1,
                ..Chunk::default()
            };
            if index == 0 {
                if let Some((text, x, bold, label_element)) = label {
                    let label_lines = self.wrap(&[(text, bold)], s.body, f32::MAX);
                    self.put_lines(
                        &mut chunk.items,
                        &label_lines,
                        x,
                        0.0,
                        s.body,
                        s.leading,
                        false,
                        Some(label_element),
                    );
                }
            }
            if let Some(line) = lines.get(index) {
                self.put_lines(
                    &mut chunk.items,
                    std::slice::from_ref(line),
                    indent,
                    0.0,
                    s.body,
                    s.leading,
                    false,
                    Some(element),
                );
            }
            self.chunks.push(chunk);
        }
    }

    fn clause(&mut self, number: &str, depth: u8, spans: &[Span]) {
        let s = self.style;
        let start = f32::from(depth.min(4)) * s.indent;
        let bold = depth == 0;
        let number_width = self.fonts.face(bold).width(number, s.body);
        let indent = start + (s.indent * 1.25).max(number_width + s.body * 0.6);
        let gap = if depth == 0 { s.gap } else { s.gap * 0.6 };
        let element = self.element("P", None);
        let label = self.element("Lbl", Some(element));
        self.text_lines(
            &pieces(spans),
            indent,
            gap,
            element,
            Some((number, start, bold, label)),
        );
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        let s = self.style;
        let list = self.element("L", None);
        for (index, spans) in items.iter().enumerate() {
            let item = self.element("LI", Some(list));
            let label = self.element("Lbl", Some(item));
            let body = self.element("LBody", Some(item));
            let gap = if index == 0 { s.gap } else { s.gap * 0.4 };
            self.text_lines(
                &pieces(spans),
                s.indent,
                gap,
                body,
                Some(("•", s.indent * 0.35, false, label)),
            );
        }
    }

    fn checkbox(&mut self, checked: bool, spans: &[Span]) {
        let s = self.style;
        let element = self.element("P", None);
        let label = self.element("Lbl", Some(element));
        // ☑ rather than a bare ✓ so ticked and unticked items line up as boxes.
        let mark = if checked { "☑" } else { "☐" };
        self.text_lines(
            &pieces(spans),
            s.body * 1.8,
            s.gap * 0.6,
            element,
            Some((mark, 0.0, false, label)),
        );
    }

    fn key_values(&mut self, rows: &[KeyValue]) {
        let s = self.style;
        let key_width = s.content_width * 0.4;
        let gutter = s.body;
        let value_width = s.content_width - key_width - gutter;
        let pad = s.body * 0.4;
        let table = self.element("Table", None);
        for (index, row) in rows.iter().enumerate() {
            let tr = self.element("TR", Some(table));
            let th = self.element("TH", Some(tr));
            let td = self.element("TD", Some(tr));
            let keys = self.wrap(&[(&row.key, true)], s.body, key_width);
            let values = self.wrap(&[(&row.value, false)], s.body, value_width);
            let height = keys.len().max(values.len()).max(1) as f32 * s.leading + 2.0 * pad;
            let mut chunk = Chunk {
                gap_before: if index == 0 { s.gap } else { 0.0 },
                height,
                ..Chunk::default()
            };
            self.put_lines(
                &mut chunk.items,
                &keys,
                0.0,
                pad,
                s.body,
                s.leading,
                false,
                Some(th),
            );
            self.put_lines(
                &mut chunk.items,
                &values,
                key_width + gutter,
                pad,
                s.body,
                s.leading,
                false,
                Some(td),
            );
            if index == 0 {
                chunk.items.push(rule(0.0, s.content_width, s.rule));
            }
            chunk.items.push(rule(height, s.content_width, s.rule));
            self.chunks.push(chunk);
        }
    }

    fn table(&mut self, header: &[String], widths: &[u8], rows: &[Vec<String>]) {
        let s = self.style;
        let columns = header
            .len()
            .max(rows.iter().map(Vec::len).max().unwrap_or(0));
        if columns == 0 {
            return;
        }
        let shares: Vec<f32> = if widths.len() == columns && widths.iter().all(|&w| w > 0) {
            widths.iter().map(|&w| f32::from(w)).collect()
        } else {
            vec![1.0; columns]
        };
        let total: f32 = shares.iter().sum();
        let widths: Vec<f32> = shares
            .iter()
            .map(|share| s.content_width * share / total)
            .collect();
        let table = self.element("Table", None);
        let header_index = if header.is_empty() {
            None
        } else {
            let mut chunk = self.table_row(header, &widths, true, table);
            chunk.keep_with_next = true;
            chunk.gap_before = s.gap;
            self.headers.push(chunk.clone());
            self.chunks.push(chunk);
            Some(self.headers.len() - 1)
        };
        // A short table (a week of a timesheet) moves to the next page whole rather than split.
        let keep_together = rows.len() <= KEEP_TOGETHER_ROWS;
        for (index, row) in rows.iter().enumerate() {
            let mut chunk = self.table_row(row, &widths, false, table);
            chunk.header = header_index;
            chunk.keep_with_next = keep_together && index + 1 < rows.len();
            if index == 0 && header_index.is_none() {
                chunk.gap_before = s.gap;
            }
            self.chunks.push(chunk);
        }
    }

    fn table_row(&mut self, cells: &[String], widths: &[f32], header: bool, table: usize) -> Chunk {
        let s = self.style;
        let pad = s.body * 0.35;
        let tr = self.element("TR", Some(table));
        let mut wrapped = Vec::with_capacity(widths.len());
        for (column, width) in widths.iter().enumerate() {
            let text = cells.get(column).map_or("", String::as_str);
            let cell = self.element(if header { "TH" } else { "TD" }, Some(tr));
            wrapped.push((
                self.wrap(&[(text, header)], s.body, width - 2.0 * pad),
                cell,
            ));
        }
        let lines = wrapped
            .iter()
            .map(|(lines, _)| lines.len())
            .max()
            .unwrap_or(0)
            .max(1);
        let height = lines as f32 * s.leading + 2.0 * pad;
        let mut chunk = Chunk {
            height,
            ..Chunk::default()
        };
        if header {
            chunk.items.push(Item::Shade {
                x: 0.0,
                y: 0.0,
                width: s.content_width,
                height,
            });
        }
        let mut x = 0.0;
        for ((lines, cell), width) in wrapped.iter().zip(widths) {
            self.put_lines(
                &mut chunk.items,
                lines,
                x + pad,
                pad,
                s.body,
                s.leading,
                false,
                Some(*cell),
            );
            x += width;
        }
        chunk.items.push(rule(0.0, s.content_width, s.rule));
        chunk.items.push(rule(height, s.content_width, s.rule));
        let mut x = 0.0;
        for width in std::iter::once(&0.0).chain(widths.iter()) {
            x += width;
            let x = x.min(s.content_width);
            chunk.items.push(Item::Stroke {
                points: vec![(x, 0.0), (x, height)],
                width: s.rule,
                grey: false,
            });
        }
        chunk
    }

    fn signatures(&mut self, parties: &[SignatureBlock]) {
        let s = self.style;
        let parts: Vec<Chunk> = parties
            .iter()
            .map(|party| self.signature_block(party))
            .collect();
        let gap = s.body * 1.6;
        let total: f32 = parts.iter().map(|part| part.height).sum::<f32>()
            + gap * parts.len().saturating_sub(1) as f32;
        if total <= s.content_height() {
            let mut whole = Chunk {
                gap_before: s.gap * 2.0,
                height: total,
                ..Chunk::default()
            };
            let mut top = 0.0;
            for part in parts {
                whole
                    .items
                    .extend(part.items.iter().map(|item| item.shifted(0.0, top)));
                top += part.height + gap;
            }
            self.chunks.push(whole);
        } else {
            for part in parts {
                self.chunks.push(Chunk {
                    gap_before: s.gap * 2.0,
                    ..part
                });
            }
        }
    }

    fn signature_block(&mut self, party: &SignatureBlock) -> Chunk {
        let s = self.style;
        let section = self.element("Sect", None);
        let role = self.element("P", Some(section));
        let mut chunk = Chunk::default();
        let lines = self.wrap(&[(&party.role, true)], s.body, s.content_width);
        self.put_lines(
            &mut chunk.items,
            &lines,
            0.0,
            0.0,
            s.body,
            s.leading,
            false,
            Some(role),
        );
        let mut top = lines.len() as f32 * s.leading + s.body * 0.4;
        let label_leading = s.small * 1.4;
        match &party.signature {
            Some(signature) => {
                let box_width = (s.content_width * 0.55).min(s.body * 24.0);
                let box_height = box_width * 0.3;
                chunk.items.push(Item::Stroke {
                    points: vec![
                        (0.0, top),
                        (box_width, top),
                        (box_width, top + box_height),
                        (0.0, top + box_height),
                        (0.0, top),
                    ],
                    width: s.rule,
                    grey: true,
                });
                let inset = s.body * 0.3;
                let scale = (box_width - 2.0 * inset) / 1000.0;
                for stroke in &signature.strokes {
                    let mut points: Vec<(f32, f32)> = stroke
                        .iter()
                        .map(|&(x, y)| {
                            (
                                inset + f32::from(x.min(1000)) * scale,
                                top + inset + f32::from(y.min(300)) * scale,
                            )
                        })
                        .collect();
                    if points.len() == 1 {
                        // A dot: a tiny segment so it shows.
                        let (x, y) = points[0];
                        points.push((x + s.rule * 1.5, y));
                    }
                    if !points.is_empty() {
                        chunk.items.push(Item::Stroke {
                            points,
                            width: s.rule * 2.0,
                            grey: false,
                        });
                    }
                }
                top += box_height + s.body * 0.3;
                let element = self.element("P", Some(section));
                let text = format!(
                    "Signed by {} on {}",
                    signature.signed_by,
                    signed_date(&signature.signed_on)
                );
                let lines = self.wrap(&[(&text, false)], s.body, s.content_width);
                self.put_lines(
                    &mut chunk.items,
                    &lines,
                    0.0,
                    top,
                    s.body,
                    s.leading,
                    false,
                    Some(element),
                );
                top += lines.len() as f32 * s.leading;
            }
            None => {
                let date_x = s.content_width * 0.64;
                top += s.body * 3.4;
                for (from, to) in [(0.0, date_x - s.body * 1.5), (date_x, s.content_width)] {
                    chunk.items.push(Item::Stroke {
                        points: vec![(from, top), (to, top)],
                        width: s.rule,
                        grey: false,
                    });
                }
                let labels = self.element("P", Some(section));
                let signature_label = self.wrap(&[("Signature", false)], s.small, date_x);
                let date_label = self.wrap(&[("Date", false)], s.small, date_x);
                self.put_lines(
                    &mut chunk.items,
                    &signature_label,
                    0.0,
                    top + s.small * 0.2,
                    s.small,
                    label_leading,
                    true,
                    Some(labels),
                );
                self.put_lines(
                    &mut chunk.items,
                    &date_label,
                    date_x,
                    top + s.small * 0.2,
                    s.small,
                    label_leading,
                    true,
                    Some(labels),
                );
                top += label_leading + s.body * 0.9;
                let name = self.element("P", Some(section));
                let name_lines = self.wrap(&[(&party.name, false)], s.body, date_x - s.body * 1.5);
                self.put_lines(
                    &mut chunk.items,
                    &name_lines,
                    0.0,
                    top,
                    s.body,
                    s.leading,
                    false,
                    Some(name),
                );
                top += name_lines.len().max(1) as f32 * s.leading;
                chunk.items.push(rule(top, date_x - s.body * 1.5, s.rule));
                let name_label = self.wrap(&[("Printed name", false)], s.small, date_x);
                self.put_lines(
                    &mut chunk.items,
                    &name_label,
                    0.0,
                    top + s.small * 0.2,
                    s.small,
                    label_leading,
                    true,
                    Some(name),
                );
                top += label_leading + s.small * 0.2;
            }
        }
        chunk.height = top;
        chunk
    }

    fn paginate(&self) -> Vec<Page> {
        let s = self.style;
        let mut pages = vec![Page::default()];
        let mut cursor = 0.0_f32;
        let mut empty = true;
        for (index, chunk) in self.chunks.iter().enumerate() {
            if chunk.force_break {
                if !empty {
                    pages.push(Page::default());
                    cursor = 0.0;
                    empty = true;
                }
                continue;
            }
            let mut needed = chunk.gap_before + chunk.height;
            let mut next = index;
            while self.chunks[next].keep_with_next {
                match self.chunks.get(next + 1) {
                    Some(following) if !following.force_break => {
                        needed += following.gap_before + following.height;
                        next += 1;
                    }
                    _ => break,
                }
            }
            // A chain taller than a page cannot be kept together; then only this chunk must fit.
            if needed > s.content_height() {
                needed = chunk.gap_before + chunk.height;
            }
            if !empty && cursor + needed > s.content_height() {
                pages.push(Page::default());
                cursor = 0.0;
                empty = true;
                if let Some(header) = chunk.header.and_then(|h| self.headers.get(h)) {
                    place(pages.last_mut(), header, s, cursor);
                    cursor += header.height;
                    empty = false;
                }
            }
            if !empty {
                cursor += chunk.gap_before;
            }
            place(pages.last_mut(), chunk, s, cursor);
            cursor += chunk.height;
            empty = false;
        }
        pages
    }

    fn footers(&self, pages: &mut [Page], fingerprint: &str) {
        let s = self.style;
        let count = pages.len();
        let short: String = fingerprint.chars().take(16).collect();
        let left = format!("Document fingerprint (SHA-256): {short}…");
        let face = self.fonts.face(false);
        let left_width = face.width(&left, s.small);
        for (index, page) in pages.iter_mut().enumerate() {
            let right = format!("Page {} of {}", index + 1, count);
            let right_width = face.width(&right, s.small);
            let right_x = s.margin_left + s.content_width - right_width;
            let fits = left_width + s.body < s.content_width - right_width;
            let left_y = if fits {
                s.footer_baseline
            } else {
                s.footer_baseline + s.small * 1.3
            };
            page.items
                .push(footer_text(right, right_x, s.footer_baseline, s.small));
            page.items
                .push(footer_text(left.clone(), s.margin_left, left_y, s.small));
        }
    }
}

fn footer_text(text: String, x: f32, y: f32, size: f32) -> Item {
    Item::Text {
        x,
        y,
        size,
        bold: false,
        grey: true,
        text,
        element: None,
    }
}

fn rule(y: f32, width: f32, thickness: f32) -> Item {
    Item::Stroke {
        points: vec![(0.0, y), (width, y)],
        width: thickness,
        grey: true,
    }
}

fn place(page: Option<&mut Page>, chunk: &Chunk, style: Style, top: f32) {
    if let Some(page) = page {
        let dy = style.content_top + top;
        page.items.extend(
            chunk
                .items
                .iter()
                .map(|item| item.shifted(style.margin_left, dy)),
        );
    }
}
