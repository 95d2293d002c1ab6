//! Sizes and spacing of the printed page, in points, scaled as a whole for large print.

/// A4 in points.
pub(crate) const PAGE_WIDTH: f32 = 595.28;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
const MM: f32 = 72.0 / 25.4;
const MARGIN: f32 = 20.0 * MM;

const BODY: f32 = 11.0;
const LARGE_PRINT_BODY: f32 = 16.0;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Style {
    pub body: f32,
    pub leading: f32,
    pub title: f32,
    pub subtitle: f32,
    /// Heading sizes by level 1 to 3.
    pub headings: [f32; 3],
    pub small: f32,
    pub margin_left: f32,
    pub content_width: f32,
    pub content_top: f32,
    pub content_bottom: f32,
    pub footer_baseline: f32,
    /// Space between paragraphs.
    pub gap: f32,
    /// One indent step for sub-clauses and lists.
    pub indent: f32,
    pub rule: f32,
}

impl Style {
    pub fn new(large_print: bool) -> Self {
        let body = if large_print { LARGE_PRINT_BODY } else { BODY };
        let scale = body / BODY;
        let small = 8.5 * scale;
        Self {
            body,
            leading: body * 1.4,
            title: 20.0 * scale,
            subtitle: 12.5 * scale,
            headings: [15.0 * scale, 13.0 * scale, 11.5 * scale],
            small,
            margin_left: MARGIN,
            content_width: PAGE_WIDTH - 2.0 * MARGIN,
            content_top: MARGIN,
            content_bottom: PAGE_HEIGHT - MARGIN - small * 1.5,
            footer_baseline: PAGE_HEIGHT - 13.0 * MM,
            gap: body * 0.75,
            indent: 8.0 * MM * scale,
            rule: 0.6 * scale.sqrt(),
        }
    }

    pub fn content_height(&self) -> f32 {
        self.content_bottom - self.content_top
    }

    /// Where a line's baseline sits below the top of its line box, centring the capitals.
    pub fn baseline(&self, size: f32, leading: f32) -> f32 {
        (leading + size * 0.72) / 2.0
    }
}
