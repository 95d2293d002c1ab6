//! The built-in direct payment agreement (a nominated person manages it; 7 to 8 pages), built
//! from a realistic in-memory store and written as PDF (goal ≤ 10 ms and ≤ 60 KB), and, when
//! `pandoc` and `libreoffice` are on PATH, the same content through Markdown → DOCX → PDF for a
//! side-by-side time.
//! `cargo bench -p dphub-core --bench documents`

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dphub_core::app::documents::{
    build_document, write_pdf, Block, Document, DocumentKind, DocumentRequest, PdfOptions, Span,
};
use dphub_core::app::people::{
    add_person, AccountType, ManagedBy, ManagerDraft, PersonDraft, RecipientType,
};
use dphub_core::Database;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A realistic store: a person whose direct payment a nominated person manages, and their PA.
fn store() -> (Database, DocumentRequest) {
    let today = d(2027, 2, 1);
    let mut store = Database::open_in_memory().unwrap();
    let mut p = PersonDraft {
        full_name: "Zoë Łukasiewicz-Şahin".into(),
        date_of_birth: "1949-05-03".into(),
        address: "12 Station Road\nAnytown".into(),
        postcode: "AN1 4AB".into(),
        council: "Anytown Borough Council".into(),
        council_reference: "DP-10234".into(),
        recipient_type: Some(RecipientType::AdultServiceUser),
        manager: ManagerDraft {
            managed_by: Some(ManagedBy::NominatedPerson),
            name: "Priya Shah".into(),
            relationship: "daughter".into(),
            address: "8 Park Avenue\nAnytown AN6 2QR".into(),
            ..ManagerDraft::default()
        },
        ..PersonDraft::default()
    };
    p.dp.gross_amount = "1250.00".into();
    p.dp.contribution = "180.40".into();
    p.dp.first_payment_date = "2027-03-01".into();
    p.dp.start_date = "2027-03-01".into();
    p.dp.account_type = Some(AccountType::SeparateBankAccount);
    let person = add_person(&mut store, &p, today).unwrap().person.id;
    let request = DocumentRequest {
        kind: DocumentKind::AgreementNominated,
        person_id: person,
        employment_id: None,
        prepared_on: today,
        timesheet_period_of: None,
    };
    (store, request)
}

/// The document as Markdown, for the pandoc → LibreOffice comparison only.
fn markdown(document: &Document) -> String {
    fn spans(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|s| {
                if s.bold {
                    format!("**{}**", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }
    let mut out = format!("# {}\n\n", document.title);
    if let Some(subtitle) = &document.subtitle {
        out += &format!("{subtitle}\n\n");
    }
    for block in &document.blocks {
        match block {
            Block::Heading { level, text } => {
                out += &format!("{} {text}\n\n", "#".repeat(usize::from(*level) + 1))
            }
            Block::Paragraph { spans: s } => out += &format!("{}\n\n", spans(s)),
            Block::Clause {
                number,
                depth,
                spans: s,
            } => {
                out += &format!(
                    "{}{number} {}\n\n",
                    "    ".repeat(usize::from(*depth)).replace("    ", "> "),
                    spans(s)
                )
            }
            Block::Bullets { items } => {
                for item in items {
                    out += &format!("- {}\n", spans(item));
                }
                out += "\n";
            }
            Block::KeyValues { rows } => {
                out += "| | |\n|---|---|\n";
                for row in rows {
                    out += &format!("| **{}** | {} |\n", row.key, row.value);
                }
                out += "\n";
            }
            Block::Table { header, rows, .. } => {
                out += &format!(
                    "| {} |\n|{}\n",
                    header.join(" | "),
                    "---|".repeat(header.len())
                );
                for row in rows {
                    out += &format!("| {} |\n", row.join(" | "));
                }
                out += "\n";
            }
            Block::Checkbox { checked, spans: s } => {
                out += &format!("{} {}\n\n", if *checked { "☑" } else { "☐" }, spans(s))
            }
            Block::Signatures { parties } => {
                for party in parties {
                    out += &format!(
                        "**{}**\n\nSignature: ____________  Date: ________\n\n{}\n\n",
                        party.role, party.name
                    );
                }
            }
            Block::PageBreak => out += "\\newpage\n\n",
        }
    }
    out
}

fn on_path(tool: &str) -> bool {
    Command::new("which")
        .arg(tool)
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Times `libreoffice --headless --convert-to pdf` on the same content, against `ours`.
fn compare_with_libreoffice(document: &Document, ours: Duration) {
    if !(on_path("pandoc") && on_path("libreoffice")) {
        println!("LibreOffice comparison skipped: `pandoc` and `libreoffice` are not both on PATH");
        return;
    }
    let Ok(dir) = tempfile::tempdir() else {
        println!("LibreOffice comparison skipped: no temporary directory");
        return;
    };
    let md = dir.path().join("agreement.md");
    let docx = dir.path().join("agreement.docx");
    if std::fs::write(&md, markdown(document)).is_err()
        || !Command::new("pandoc")
            .arg(&md)
            .arg("-o")
            .arg(&docx)
            .status()
            .is_ok_and(|s| s.success())
    {
        println!("LibreOffice comparison skipped: pandoc could not write the DOCX");
        return;
    }
    let profile = format!(
        "-env:UserInstallation=file://{}/lo-profile",
        dir.path().display()
    );
    let runs = 3;
    let mut total = Duration::ZERO;
    for _ in 0..runs {
        let start = Instant::now();
        let ok = Command::new("libreoffice")
            .args([
                profile.as_str(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(dir.path())
            .arg(&docx)
            .output()
            .is_ok_and(|out| out.status.success());
        total += start.elapsed();
        if !ok {
            println!("LibreOffice comparison skipped: the conversion failed");
            return;
        }
    }
    let theirs = total / runs;
    let size = std::fs::metadata(dir.path().join("agreement.pdf")).map_or(0, |m| m.len());
    println!(
        "LibreOffice (pandoc DOCX → PDF): {:.0} ms, {} KB; ours is {:.0}× faster",
        theirs.as_secs_f64() * 1000.0,
        size / 1024,
        theirs.as_secs_f64() / ours.as_secs_f64().max(1e-9)
    );
}

fn main() {
    let (store, request) = store();
    let document = build_document(&store, &request).unwrap();
    let options = PdfOptions {
        large_print: false,
        prepared_on: Some(request.prepared_on),
    };
    let bytes = write_pdf(&document, &options).unwrap();
    // `DPHUB_BENCH=write:N` only writes the PDF N times, to count instructions and page faults with
    // `perf stat` or to profile (and keeps one to look at), which a busy machine does not skew as it does time.
    if let Some(n) = std::env::var("DPHUB_BENCH")
        .ok()
        .and_then(|mode| mode.strip_prefix("write:")?.parse::<usize>().ok())
    {
        for _ in 0..n {
            black_box(write_pdf(black_box(&document), &options).unwrap());
        }
        let kept = std::env::temp_dir().join("dphub-bench-agreement.pdf");
        std::fs::write(&kept, &bytes).unwrap();
        println!("{n} PDFs written; one kept at {}", kept.display());
        return;
    }
    let pages = lopdf::Document::load_mem(&bytes)
        .map(|pdf| pdf.get_pages().len())
        .unwrap_or(0);
    let runs = 20;
    let start = Instant::now();
    for _ in 0..runs {
        black_box(write_pdf(black_box(&document), &options).unwrap());
    }
    let ours = start.elapsed() / runs;
    let start = Instant::now();
    for _ in 0..runs {
        let document = build_document(black_box(&store), &request).unwrap();
        black_box(write_pdf(&document, &options).unwrap());
    }
    let from_store = start.elapsed() / runs;
    println!(
        "agreement: {:.1} KB ({} bytes), {pages} pages, {:.1} ms to write the PDF, {:.1} ms from the database to PDF",
        bytes.len() as f64 / 1024.0,
        bytes.len(),
        ours.as_secs_f64() * 1000.0,
        from_store.as_secs_f64() * 1000.0
    );
    compare_with_libreoffice(&document, ours);
}
