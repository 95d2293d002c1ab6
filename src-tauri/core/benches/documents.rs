//! A realistic 6-page direct payment agreement written as PDF (goal ≤ 10 ms and ≤ 60 KB), and, when
//! `pandoc` and `libreoffice` are on PATH, the same content through Markdown → DOCX → PDF for a
//! side-by-side time.
//! `cargo bench -p dphub-core --bench documents`

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use dphub_core::documents::{
    write_pdf, Block, Document, KeyValue, PdfOptions, Signature, SignatureBlock, Span,
};

fn plain(text: &str) -> Vec<Span> {
    vec![Span {
        text: text.into(),
        bold: false,
    }]
}

fn agreement() -> Document {
    let mut blocks = vec![
        Block::Heading {
            level: 1,
            text: "1. The people in this agreement".into(),
        },
        Block::KeyValues {
            rows: [
                (
                    "Person receiving the direct payment",
                    "Zoë Łukasiewicz-Şahin",
                ),
                ("Nominated person", "Priya Shah"),
                ("Council", "Anytown Borough Council"),
                ("Start date", "1 March 2027"),
                ("Amount", "£1,250.00 every 4 weeks"),
                ("Paid into", "Direct payment account ending 4821"),
            ]
            .iter()
            .map(|(key, value)| KeyValue {
                key: (*key).into(),
                value: (*value).into(),
            })
            .collect(),
        },
    ];
    let sections = [
        "What the direct payment is for",
        "Employing personal assistants",
        "Records and monitoring",
        "Money left over",
        "Ending the agreement",
    ];
    for (s, section) in sections.iter().enumerate() {
        blocks.push(Block::Heading {
            level: 1,
            text: format!("{}. {section}", s + 2),
        });
        for c in 1..=5 {
            blocks.push(Block::Clause {
                number: format!("{}.{c}", s + 2),
                depth: 0,
                spans: vec![
                    Span { text: "You agree ".into(), bold: true },
                    Span {
                        text: "to use the direct payment only for the support set out in your care and support plan, to keep every receipt and bank statement for six years, and to tell the council within 14 days if your needs or circumstances change.".into(),
                        bold: false,
                    },
                ],
            });
            blocks.push(Block::Clause {
                number: "(a)".into(),
                depth: 1,
                spans: plain("This includes payments to agencies, personal assistants and any equipment agreed in the plan."),
            });
        }
    }
    blocks.push(Block::Heading {
        level: 2,
        text: "Planned costs".into(),
    });
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (label, week) in [
        ("PA wages (16 hours at £13.50)", 21600),
        ("Employer's National Insurance", 1800),
        ("Workplace pension", 540),
        ("Employer's liability insurance", 250),
        ("Payroll service", 300),
        ("Contingency (5%)", 1080),
    ] {
        rows.push(vec![
            label.into(),
            format!("£{}.{:02}", week / 100, week % 100),
            format!("£{}.{:02}", week * 52 / 100, week * 52 % 100),
        ]);
    }
    blocks.push(Block::Table {
        header: vec!["Cost".into(), "Per week".into(), "Per year".into()],
        widths: vec![50, 25, 25],
        rows,
    });
    blocks.push(Block::Checkbox {
        checked: true,
        spans: plain("I have had the chance to ask questions about this agreement"),
    });
    blocks.push(Block::Signatures {
        parties: vec![
            SignatureBlock {
                role: "The person receiving the direct payment".into(),
                name: "Zoë Łukasiewicz-Şahin".into(),
                signature: Some(Signature {
                    signed_by: "Zoë Łukasiewicz-Şahin".into(),
                    signed_on: "2027-03-01".into(),
                    strokes: vec![(0..40).map(|i| (20 + i * 20, 150 + (i % 7) * 15)).collect()],
                }),
            },
            SignatureBlock {
                role: "For the council".into(),
                name: "Priya Shah".into(),
                signature: None,
            },
        ],
    });
    Document {
        title: "Direct payment agreement".into(),
        subtitle: Some("Managed by a nominated person: Priya Shah".into()),
        blocks,
    }
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

fn bench(c: &mut Criterion) {
    let document = agreement();
    let options = PdfOptions {
        large_print: false,
        prepared_on: NaiveDate::from_ymd_opt(2027, 3, 1),
    };
    let bytes = write_pdf(&document, &options).unwrap();
    // Every page dictionary carries /StructParents (tagged PDF) and is not compressed.
    let pages = String::from_utf8_lossy(&bytes)
        .matches("/StructParents")
        .count();
    let runs = 20;
    let start = Instant::now();
    for _ in 0..runs {
        black_box(write_pdf(black_box(&document), &options).unwrap());
    }
    let ours = start.elapsed() / runs;
    println!(
        "agreement: {} KB, {pages} pages, {:.1} ms per write",
        bytes.len() / 1024,
        ours.as_secs_f64() * 1000.0
    );
    compare_with_libreoffice(&document, ours);
    c.bench_function("6-page agreement to PDF", |b| {
        b.iter(|| write_pdf(black_box(&document), &options).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
