//! The PDF writer checked from outside, with poppler-utils (pdftotext, pdffonts) and qpdf, as a
//! reader would see the files.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use dphub_core::app::documents::{
    content_fingerprint, write_pdf, Block, Document, KeyValue, PdfOptions, Signature,
    SignatureBlock, Span,
};

const NAME: &str = "Zoë Łukasiewicz-Şahin Σοφία Дмитрий";

fn text(s: &str) -> Vec<Span> {
    vec![Span {
        text: s.to_string(),
        bold: false,
    }]
}

fn clause(number: &str, depth: u8, s: &str) -> Block {
    Block::Clause {
        number: number.into(),
        depth,
        spans: text(s),
    }
}

fn party(role: &str, name: &str, signed: bool) -> SignatureBlock {
    SignatureBlock {
        role: role.into(),
        name: name.into(),
        signature: signed.then(|| Signature {
            signed_by: name.into(),
            signed_on: "2027-03-01".into(),
            strokes: vec![
                vec![(40, 200), (120, 60), (180, 240), (260, 80), (340, 220)],
                vec![(400, 150), (520, 120), (640, 180), (900, 100)],
            ],
        }),
    }
}

fn agreement(clauses: usize) -> Document {
    let mut blocks = vec![
        Block::Heading {
            level: 1,
            text: "About this agreement".into(),
        },
        Block::Paragraph {
            spans: vec![
                Span {
                    text: "This agreement is between ".into(),
                    bold: false,
                },
                Span {
                    text: NAME.into(),
                    bold: true,
                },
                Span {
                    text: " and the council. Amounts: £254.20, €10; hours ≤ 40 and ≥ 2.".into(),
                    bold: false,
                },
            ],
        },
        Block::KeyValues {
            rows: vec![
                KeyValue {
                    key: "Person receiving the direct payment".into(),
                    value: NAME.into(),
                },
                KeyValue {
                    key: "Start date".into(),
                    value: "1 March 2027".into(),
                },
            ],
        },
        Block::Heading {
            level: 2,
            text: "What you agree to".into(),
        },
    ];
    for n in 1..=clauses {
        blocks.push(clause(
            &n.to_string(),
            0,
            "You will use the direct payment only to meet the needs in your support plan, and keep records of what you spend so that the council can check them.",
        ));
        blocks.push(clause(&format!("{n}.1"), 1, "Keep receipts for six years."));
    }
    blocks.push(Block::Bullets {
        items: vec![
            text("Bank statements"),
            text("Timesheets signed by your PA"),
        ],
    });
    blocks.push(Block::Checkbox {
        checked: true,
        spans: text("I have read the guidance"),
    });
    blocks.push(Block::Checkbox {
        checked: false,
        spans: text("I want a copy in large print"),
    });
    blocks.push(Block::Signatures {
        parties: vec![
            party("The person receiving the direct payment", NAME, true),
            party("For the council", "Priya Shah", false),
        ],
    });
    Document {
        title: "Direct payment agreement".into(),
        subtitle: Some(format!("Managed by a nominated person: {NAME}")),
        blocks,
    }
}

fn tool(name: &str, package: &str) -> PathBuf {
    let found = Command::new("which")
        .arg(name)
        .output()
        .ok()
        .filter(|out| out.status.success());
    match found {
        Some(out) => PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()),
        None => panic!("`{name}` is missing: install the `{package}` apt package"),
    }
}

fn run(name: &str, package: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(tool(name, package))
        .args(args)
        .arg(file)
        .args(if name == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{name} failed on {}: {}{}",
        file.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

struct Written {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn write(document: &Document, options: &PdfOptions) -> Written {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, write_pdf(document, options).unwrap()).unwrap();
    Written { _dir: dir, path }
}

fn pdftotext(file: &Path) -> String {
    run(
        "pdftotext",
        "poppler-utils",
        &["-layout", "-enc", "UTF-8"],
        file,
    )
}

fn page_count(file: &Path) -> usize {
    let text = pdftotext(file);
    text.matches('\u{c}').count()
}

#[test]
fn text_comes_back_in_order_with_unicode_intact() {
    let written = write(&agreement(3), &PdfOptions::default());
    let text = pdftotext(&written.path);
    let order = [
        "Direct payment agreement",
        "Managed by a nominated person",
        "About this agreement",
        NAME,
        "£254.20, €10; hours ≤ 40 and ≥ 2.",
        "Start date",
        "What you agree to",
        "Keep receipts for six years.",
        "Bank statements",
        "☑",
        "I have read the guidance",
        "☐",
        "The person receiving the direct payment",
        "For the council",
    ];
    let mut from = 0;
    for expected in order {
        let at = text[from..]
            .find(expected)
            .unwrap_or_else(|| panic!("`{expected}` missing or out of order in:\n{text}"));
        from += at + expected.len();
    }
}

#[test]
fn qpdf_finds_the_file_sound() {
    let written = write(&agreement(12), &PdfOptions::default());
    let out = run("qpdf", "qpdf", &["--check"], &written.path);
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
}

#[test]
fn fonts_are_embedded_subset_truetype_and_never_type3() {
    let written = write(&agreement(3), &PdfOptions::default());
    let out = run("pdffonts", "poppler-utils", &[], &written.path);
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert!(rows.len() >= 2, "{out}");
    for row in rows {
        let fields: Vec<&str> = row.split_whitespace().collect();
        // name type [encoding] emb sub uni object-id
        let n = fields.len();
        assert!(fields[0].contains('+'), "not a subset: {row}");
        assert!(!row.contains("Type 3"), "Type 3 font: {row}");
        assert!(row.contains("TrueType") || row.contains("CID"), "{row}");
        assert_eq!(
            &fields[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb/sub/uni: {row}"
        );
    }
}

#[test]
fn identical_input_gives_identical_bytes() {
    let document = agreement(8);
    let options = PdfOptions {
        large_print: false,
        prepared_on: NaiveDate::from_ymd_opt(2027, 3, 1),
    };
    let first = write_pdf(&document, &options).unwrap();
    let second = write_pdf(&document, &options).unwrap();
    assert!(first == second, "two writes of the same document differ");
    let mut changed = document.clone();
    changed.title.push('!');
    assert_ne!(write_pdf(&changed, &options).unwrap(), first);
    assert_ne!(
        content_fingerprint(&changed),
        content_fingerprint(&document)
    );
}

#[test]
fn every_page_says_page_n_of_m_and_shows_the_fingerprint() {
    let document = agreement(40);
    let written = write(&document, &PdfOptions::default());
    let pages = page_count(&written.path);
    assert!(pages >= 3, "expected a long document, got {pages} pages");
    let text = pdftotext(&written.path);
    for n in 1..=pages {
        assert!(
            text.contains(&format!("Page {n} of {pages}")),
            "no `Page {n} of {pages}`"
        );
    }
    assert!(!text.contains(&format!("Page {} of", pages + 1)));
    let short = &content_fingerprint(&document)[..16];
    assert_eq!(
        text.matches(&format!("Document fingerprint (SHA-256): {short}"))
            .count(),
        pages
    );
}

#[test]
fn large_print_takes_more_pages() {
    let document = agreement(15);
    let normal = write(&document, &PdfOptions::default());
    let large = write(
        &document,
        &PdfOptions {
            large_print: true,
            prepared_on: None,
        },
    );
    assert!(page_count(&large.path) > page_count(&normal.path));
    assert!(pdftotext(&large.path).contains(NAME));
}

#[test]
fn a_signed_block_says_who_signed_and_when_and_an_unsigned_one_has_lines_to_sign() {
    let written = write(&agreement(1), &PdfOptions::default());
    let text = pdftotext(&written.path);
    assert!(
        text.contains(&format!("Signed by {NAME} on 1 March 2027")),
        "{text}"
    );
    assert!(text.contains("Signature"), "{text}");
    assert!(text.contains("Printed name"), "{text}");
    assert!(text.contains("Date"), "{text}");
    assert!(text.contains("Priya Shah"), "{text}");
}

#[test]
fn a_table_longer_than_a_page_repeats_its_header() {
    let rows = (1..=80)
        .map(|day| {
            vec![
                format!("Day {day}"),
                "09:00".into(),
                "17:00".into(),
                "8".into(),
            ]
        })
        .collect();
    let document = Document {
        title: "Timesheet".into(),
        subtitle: None,
        blocks: vec![Block::Table {
            header: vec![
                "Date".into(),
                "Started".into(),
                "Finished".into(),
                "Hours worked".into(),
            ],
            widths: vec![40, 20, 20, 20],
            rows,
        }],
    };
    let written = write(&document, &PdfOptions::default());
    let pages = page_count(&written.path);
    assert!(pages >= 2);
    let text = pdftotext(&written.path);
    assert_eq!(text.matches("Hours worked").count(), pages, "{text}");
    assert!(text.contains("Day 80"));
}

#[test]
fn a_week_of_a_timesheet_is_never_split_across_pages() {
    let week = |n: u8| {
        let days = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        vec![
            Block::Heading {
                level: 3,
                text: format!("Week {n}"),
            },
            Block::Table {
                header: vec!["Day".into(), "Date".into(), "Hours".into()],
                widths: vec![40, 30, 30],
                rows: days
                    .iter()
                    .map(|d| vec![format!("{d} (week {n})"), String::new(), String::new()])
                    .collect(),
            },
        ]
    };
    // However much comes before the weeks, where a page ends never cuts one in two.
    for lines_before in 0..8 {
        let intro = (0..lines_before).map(|_| Block::Paragraph {
            spans: text("Write the times you started and finished."),
        });
        let document = Document {
            title: "Timesheet".into(),
            subtitle: None,
            blocks: intro.chain((1..=5).flat_map(week)).collect(),
        };
        let written = write(&document, &PdfOptions::default());
        let text = pdftotext(&written.path);
        let pages: Vec<&str> = text.split('\u{c}').collect();
        assert!(pages.len() > 2, "five weeks take more than a page");
        for n in 1..=5 {
            let holding: Vec<usize> = (0..pages.len())
                .filter(|&p| pages[p].contains(&format!("(week {n})")))
                .collect();
            assert_eq!(
                holding.len(),
                1,
                "{lines_before} lines before: week {n} is on pages {holding:?}"
            );
            assert!(pages[holding[0]].contains(&format!("Sunday (week {n})")));
            assert!(
                pages[holding[0]].contains(&format!("Week {n}")),
                "its heading goes with it"
            );
        }
    }
}

#[test]
fn characters_the_font_lacks_print_a_fallback_without_failing() {
    let document = Document {
        title: "Fallback".into(),
        subtitle: None,
        blocks: vec![Block::Paragraph {
            spans: text("before \u{1F600}\u{10FFFD} after"),
        }],
    };
    let written = write(&document, &PdfOptions::default());
    let text = pdftotext(&written.path);
    assert!(text.contains("before") && text.contains("after"), "{text}");
}

#[test]
fn title_and_language_are_in_the_metadata() {
    let written = write(&agreement(1), &PdfOptions::default());
    let info = run("pdfinfo", "poppler-utils", &[], &written.path);
    assert!(info.contains("Direct payment agreement"), "{info}");
    let qdf = written.path.with_extension("qdf.pdf");
    let status = Command::new(tool("qpdf", "qpdf"))
        .args(["--qdf", "--object-streams=disable"])
        .arg(&written.path)
        .arg(&qdf)
        .status()
        .unwrap();
    assert!(status.success());
    let raw = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
    assert!(raw.contains("/Lang (en-GB)"), "no /Lang");
    assert!(raw.contains("/DisplayDocTitle true"));
    assert!(raw.contains("/StructTreeRoot"));
    assert!(
        !info.contains("CreationDate"),
        "a creation date without prepared_on: {info}"
    );
}

/// Writes sample PDFs to DPHUB_PDF_SAMPLES (a directory) for looking at; does nothing otherwise.
#[test]
fn write_samples_when_asked() {
    let Some(dir) = std::env::var_os("DPHUB_PDF_SAMPLES") else {
        return;
    };
    let dir = PathBuf::from(dir);
    let options = PdfOptions {
        large_print: false,
        prepared_on: NaiveDate::from_ymd_opt(2027, 3, 1),
    };
    let mut document = agreement(6);
    document.blocks.insert(
        4,
        Block::Table {
            header: vec!["Cost".into(), "Per week".into(), "Per year".into()],
            widths: vec![50, 25, 25],
            rows: vec![
                vec![
                    "PA wages (16 hours at £13.50)".into(),
                    "£216.00".into(),
                    "£11,232.00".into(),
                ],
                vec![
                    "Employer's National Insurance".into(),
                    "£18.00".into(),
                    "£936.00".into(),
                ],
                vec!["Pension".into(), "£5.40".into(), "£280.80".into()],
            ],
        },
    );
    std::fs::write(
        dir.join("agreement.pdf"),
        write_pdf(&document, &options).unwrap(),
    )
    .unwrap();
    let large = PdfOptions {
        large_print: true,
        ..options
    };
    std::fs::write(
        dir.join("agreement-large.pdf"),
        write_pdf(&document, &large).unwrap(),
    )
    .unwrap();
}
