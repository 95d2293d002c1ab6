//! The two embedded faces (DejaVu Sans and DejaVu Sans Bold), parsed once, and text measuring with
//! their glyph advances. printpdf neither measures nor wraps text, so layout relies on this.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use super::DocumentError;

pub(crate) const REGULAR_BYTES: &[u8] = include_bytes!("../../../data/fonts/DejaVuSans.ttf");
pub(crate) const BOLD_BYTES: &[u8] = include_bytes!("../../../data/fonts/DejaVuSans-Bold.ttf");

/// Printed in place of a character the font has no glyph for, so the gap is visible.
const FALLBACKS: [char; 2] = ['\u{FFFD}', '?'];

pub(crate) struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
}

impl Face {
    fn parse(bytes: &[u8], name: &'static str) -> Result<Self, DocumentError> {
        let mut warnings = Vec::new();
        let parsed =
            ParsedFont::from_bytes(bytes, 0, &mut warnings).ok_or(DocumentError::Font(name))?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        Ok(Self {
            parsed,
            units_per_em,
        })
    }

    pub fn has_glyph(&self, c: char) -> bool {
        self.parsed
            .lookup_glyph_index(c as u32)
            .is_some_and(|gid| gid != 0)
    }

    /// The character as it will be printed: itself, or a visible fallback when the face lacks it.
    pub fn printable(&self, c: char) -> char {
        if self.has_glyph(c) {
            return c;
        }
        FALLBACKS
            .into_iter()
            .find(|&f| self.has_glyph(f))
            .unwrap_or('?')
    }

    /// Advance of one (printable) character, in points at `size`.
    pub fn advance(&self, c: char, size: f32) -> f32 {
        let gid = self.parsed.lookup_glyph_index(c as u32).unwrap_or(0);
        f32::from(self.parsed.get_horizontal_advance(gid)) * size / self.units_per_em
    }

    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c, size)).sum()
    }
}

pub(crate) struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    /// The faces, parsed on first use (about 1.5 MB of font data; parsing every time would dominate).
    pub fn get() -> Result<&'static Fonts, DocumentError> {
        static FONTS: OnceLock<Result<Fonts, &'static str>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                Ok(Fonts {
                    regular: Face::parse(REGULAR_BYTES, "DejaVuSans").map_err(|_| "DejaVuSans")?,
                    bold: Face::parse(BOLD_BYTES, "DejaVuSans-Bold")
                        .map_err(|_| "DejaVuSans-Bold")?,
                })
            })
            .as_ref()
            .map_err(|name| DocumentError::Font(name))
    }

    pub fn face(&self, bold: bool) -> &Face {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}
