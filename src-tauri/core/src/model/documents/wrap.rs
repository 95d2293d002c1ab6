//! Line breaking of mixed bold and regular text by measured width: greedy, at spaces, with a word
//! longer than the line broken between characters. A newline in the text forces a break.

use super::fonts::Fonts;

/// A run of same-style text on a line, `x` points from the line's start.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Run {
    pub text: String,
    pub bold: bool,
    pub x: f32,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

impl Line {
    #[cfg(test)]
    pub fn text(&self) -> String {
        self.runs.iter().map(|run| run.text.as_str()).collect()
    }
}

/// Glyphs are measured one at a time, so a width that ties the limit is a fit (no float fuss).
const FIT_TOLERANCE: f32 = 0.01;

type Styled = (char, bool);

struct Breaker<'f> {
    fonts: &'f Fonts,
    size: f32,
    max_width: f32,
    lines: Vec<Line>,
    line: Vec<Styled>,
    line_width: f32,
    spaces: Vec<Styled>,
    word: Vec<Styled>,
}

/// Wraps `pieces` (text, bold) into lines no wider than `max_width` points at `size`.
pub(crate) fn wrap(fonts: &Fonts, pieces: &[(&str, bool)], size: f32, max_width: f32) -> Vec<Line> {
    let mut breaker = Breaker {
        fonts,
        size,
        max_width,
        lines: Vec::new(),
        line: Vec::new(),
        line_width: 0.0,
        spaces: Vec::new(),
        word: Vec::new(),
    };
    for &(text, bold) in pieces {
        for c in text.chars() {
            match c {
                '\n' => {
                    breaker.end_word();
                    breaker.end_line();
                }
                c if c.is_whitespace() || c.is_control() => {
                    breaker.end_word();
                    breaker.spaces.push((' ', bold));
                }
                c => breaker.word.push((fonts.face(bold).printable(c), bold)),
            }
        }
    }
    breaker.end_word();
    if !breaker.line.is_empty() {
        breaker.end_line();
    }
    breaker.lines
}

impl Breaker<'_> {
    fn width_of(&self, chars: &[Styled]) -> f32 {
        chars
            .iter()
            .map(|&(c, bold)| self.fonts.face(bold).advance(c, self.size))
            .sum()
    }

    fn end_word(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let word = std::mem::take(&mut self.word);
        let word_width = self.width_of(&word);
        if !self.line.is_empty() {
            let spaces_width = self.width_of(&self.spaces);
            if self.line_width + spaces_width + word_width <= self.max_width + FIT_TOLERANCE {
                let spaces = std::mem::take(&mut self.spaces);
                self.line.extend(spaces);
                self.line.extend(word);
                self.line_width += spaces_width + word_width;
                return;
            }
            self.end_line();
        }
        self.spaces.clear();
        if word_width <= self.max_width + FIT_TOLERANCE {
            self.line = word;
            self.line_width = word_width;
            return;
        }
        for styled in word {
            let advance = self.width_of(&[styled]);
            if !self.line.is_empty() && self.line_width + advance > self.max_width + FIT_TOLERANCE {
                self.end_line();
            }
            self.line.push(styled);
            self.line_width += advance;
        }
    }

    fn end_line(&mut self) {
        let chars = std::mem::take(&mut self.line);
        self.spaces.clear();
        self.line_width = 0.0;
        let mut line = Line::default();
        for (c, bold) in chars {
            let advance = self.fonts.face(bold).advance(c, self.size);
            match line.runs.last_mut() {
                Some(run) if run.bold == bold => run.text.push(c),
                _ => line.runs.push(Run {
                    text: c.to_string(),
                    bold,
                    x: line.width,
                }),
            }
            line.width += advance;
        }
        self.lines.push(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        Fonts::get().unwrap()
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn short_text_stays_on_one_line() {
        let lines = wrap(fonts(), &[("Hello world", false)], 11.0, 400.0);
        assert_eq!(texts(&lines), ["Hello world"]);
    }

    #[test]
    fn breaks_at_spaces_and_every_line_fits() {
        let text =
            "The person receiving the direct payment agrees to keep records of every payment made.";
        let lines = wrap(fonts(), &[(text, false)], 11.0, 150.0);
        assert!(lines.len() > 2, "{:?}", texts(&lines));
        for line in &lines {
            assert!(
                line.width <= 150.0 + FIT_TOLERANCE,
                "{} is {}",
                line.text(),
                line.width
            );
            assert!(!line.text().starts_with(' ') && !line.text().ends_with(' '));
        }
        assert_eq!(texts(&lines).join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_between_characters() {
        let word = "Łukasiewicz-Şahin-Łukasiewicz-Şahin-Łukasiewicz";
        let lines = wrap(fonts(), &[(word, false)], 11.0, 60.0);
        assert!(lines.len() > 2);
        assert_eq!(texts(&lines).concat(), word);
        assert!(lines.iter().all(|line| line.width <= 60.0 + FIT_TOLERANCE));
    }

    #[test]
    fn bold_and_regular_runs_keep_their_style_and_positions() {
        let lines = wrap(
            fonts(),
            &[("Name: ", true), ("Zoë Σοφία", false)],
            11.0,
            400.0,
        );
        assert_eq!(lines.len(), 1);
        let runs = &lines[0].runs;
        assert_eq!(runs.len(), 2);
        assert_eq!((runs[0].text.as_str(), runs[0].bold), ("Name: ", true));
        assert_eq!((runs[1].text.as_str(), runs[1].bold), ("Zoë Σοφία", false));
        let bold_width = fonts().bold.width("Name: ", 11.0);
        assert!((runs[1].x - bold_width).abs() < 0.001);
    }

    #[test]
    fn bold_is_wider_than_regular() {
        let regular = wrap(fonts(), &[("Direct payment", false)], 11.0, 400.0);
        let bold = wrap(fonts(), &[("Direct payment", true)], 11.0, 400.0);
        assert!(bold[0].width > regular[0].width);
    }

    #[test]
    fn a_newline_forces_a_break_and_empty_text_gives_no_lines() {
        let lines = wrap(fonts(), &[("one\ntwo", false)], 11.0, 400.0);
        assert_eq!(texts(&lines), ["one", "two"]);
        assert!(wrap(fonts(), &[("", false)], 11.0, 400.0).is_empty());
    }

    #[test]
    fn characters_the_font_lacks_become_a_visible_fallback() {
        let lines = wrap(fonts(), &[("a\u{10FFFD}b", false)], 11.0, 400.0);
        let text = lines[0].text();
        assert_eq!(text.chars().count(), 3);
        assert!(text.starts_with('a') && text.ends_with('b'));
        assert_ne!(text.chars().nth(1), Some('\u{10FFFD}'));
    }
}
