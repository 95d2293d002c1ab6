//! `dphub template …`: the commands.

use std::path::PathBuf;

use clap::Subcommand;

#[derive(Subcommand)]
pub enum TemplateCommand {
    /// Check a template file: its syntax, its placeholders, and that it makes a document.
    /// Exit code 2 and "line N: message" if it can't be used.
    Check {
        file: PathBuf,
        /// The kind of document (default: from the file name, such as particulars.md).
        #[arg(long)]
        kind: Option<String>,
    },
    /// Print the built-in template of a kind of document, to start your own from.
    Show { kind: String },
    /// List the placeholders a kind of document's template can use.
    Placeholders { kind: String },
}
