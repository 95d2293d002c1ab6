//! `dphub pa export`: the PAs a search finds, to a CSV or vCard file or standard output.

use dphub_core::app::contacts;
use dphub_core::{today, CoreError, Database};

use super::args::ExportArgs;
use super::file_format::file_format;
use crate::printer::Printer;

pub fn run(args: &ExportArgs, store: &Database, out: &Printer) -> Result<(), CoreError> {
    let query = args
        .filters
        .query(args.search.as_deref().unwrap_or(""), 0)?;
    let format = file_format(args.format.as_deref(), &args.file)?;
    if args.file.as_os_str() == "-" {
        let (text, _) = contacts::export_contacts(store, &query, format, today())?;
        crate::printer::write_out(format_args!("{text}"));
        return Ok(());
    }
    let count = contacts::export_contacts_to_file(store, &query, format, &args.file, today())?;
    let noun = if count == 1 { "contact" } else { "contacts" };
    out.done(&format!("Saved {count} {noun} to {}", args.file.display()));
    Ok(())
}
