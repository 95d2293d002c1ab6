//! What `dphub doc` prints: the file it wrote, or the details it still needs.

use std::path::Path;

use dphub_core::app::documents::MissingItem;
use serde_json::json;

use super::fix::where_to_fix;
use crate::printer::Printer;

impl Printer {
    pub fn written(&self, title: &str, bytes: usize, file: &Path) {
        let message = format!(
            "Wrote {title} ({} KB) to {}.",
            bytes.div_ceil(1024),
            file.display()
        );
        if self.json() {
            say!(
                "{}",
                json!({ "ok": true, "message": message, "file": file, "bytes": bytes })
            );
        } else {
            say!("{message}");
        }
    }

    /// On standard error, as errors are: nothing was written.
    pub fn missing(&self, items: &[MissingItem]) {
        if self.json() {
            let body = json!({
                "kind": "missing",
                "message": "Some details are missing: nothing was written",
                "missing": items,
            });
            eprintln!("{body:#}");
            return;
        }
        eprintln!("This document can't be made yet, so nothing was written. Please fill in:");
        for item in items {
            eprintln!("  - {}: {}", item.what, where_to_fix(&item.fix));
        }
    }
}
