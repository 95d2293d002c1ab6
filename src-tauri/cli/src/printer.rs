//! What every command prints: plain text for people, or the core's result as pretty JSON with
//! --json. The text layouts live beside their commands (`commands/<command>/output.rs`) as
//! `impl Printer` blocks.

use std::io::Write;

use serde::Serialize;
use serde_json::json;

/// `println!` for everything the command line prints. When standard output is closed early
/// (`dphub … --json | head -1`) the program ends quietly, as command-line tools do, instead of
/// panicking with "failed printing to stdout: Broken pipe".
macro_rules! say {
    () => {
        $crate::printer::write_out(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::printer::write_out(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// Writes to standard output, ending the program when it cannot be written: quietly (exit 0) when
/// the reader has gone, with a message (exit 1) for any other failure such as a full disk.
pub fn write_out(text: std::fmt::Arguments) {
    if let Err(error) = std::io::stdout().lock().write_fmt(text) {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("Could not write the output: {error}");
        std::process::exit(1);
    }
}

pub struct Printer {
    json: bool,
}

/// Labels line up in one column, as in `dphub person show`.
pub const LABEL_WIDTH: usize = 22;

impl Printer {
    pub fn new(json: bool) -> Self {
        Printer { json }
    }

    pub fn json(&self) -> bool {
        self.json
    }

    pub fn json_value<T: Serialize + ?Sized>(&self, value: &T) {
        say!(
            "{}",
            serde_json::to_string_pretty(value).expect("values serialise")
        );
    }

    /// A one-line outcome, or `{"ok": true, "message": …}`.
    pub fn done(&self, message: &str) {
        if self.json {
            return self.json_value(&json!({ "ok": true, "message": message }));
        }
        say!("{message}");
    }

    /// "Archived PA 3. `dphub pa restore 3` brings them back."
    pub fn archived(&self, what: &str, command: &str, id: impl std::fmt::Display) {
        self.done(&format!(
            "Archived {what} {id}. `dphub {command} restore {id}` brings them back."
        ));
    }

    pub fn restored(&self, what: &str, id: impl std::fmt::Display) {
        self.done(&format!("Restored {what} {id}."));
    }
}

/// "  Label                  value", left out when the value is empty.
pub fn line(label: &str, value: &str) {
    if !value.is_empty() {
        say!("  {label:<LABEL_WIDTH$} {value}");
    }
}

/// Further lines of a labelled value, under the value.
pub fn more(value: &str) {
    say!("  {:<LABEL_WIDTH$} {value}", "");
}

/// Pads or shortens `text` to `width` characters (counting characters, not bytes), with "…" when
/// shortened.
pub fn cell(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        format!("{text}{}", " ".repeat(width - count))
    } else {
        let kept: String = text.chars().take(width.saturating_sub(1)).collect();
        format!("{kept}…")
    }
}

/// Lines a table's columns up to their widest cell (at most `max` characters each).
pub fn table(header: &[&str], rows: &[Vec<String>], max: usize) {
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
                .min(max)
        })
        .collect();
    let print = |cells: Vec<String>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| cell(c, *w))
            .collect();
        say!("{}", padded.join("  ").trim_end());
    };
    print(header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        print(row.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_pad_and_shorten_by_characters() {
        assert_eq!(cell("Zoë", 5), "Zoë  ");
        assert_eq!(cell("Łukasiewicz", 5), "Łuka…");
    }
}
