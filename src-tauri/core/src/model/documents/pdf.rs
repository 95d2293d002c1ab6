//! Laid-out pages to PDF bytes through printpdf, then finished on the lopdf object model: the
//! metadata, `/Lang en-GB`, the structure tree (tagged PDF) and a trailer `/ID` derived from the
//! content, so identical input always gives identical bytes.

use chrono::{Datelike, NaiveDate};
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Color, DictItem, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};
use sha2::{Digest, Sha256};

use super::fonts::Fonts;
use super::layout::{Element, Item, Laid};
use super::style::PAGE_HEIGHT;
use super::DocumentError;

/// Fixed ids: printpdf would otherwise pick random ones, and they show up in the output
/// (resource names and the six-letter subset tag).
const REGULAR_ID: &str = "DPHUBR";
const BOLD_ID: &str = "DPHUBB";
const GREY_TEXT: f32 = 0.35;
const GREY_RULE: f32 = 0.6;
const HEADER_SHADE: f32 = 0.92;
/// Objects packed into one compressed object stream.
const OBJECTS_PER_STREAM: usize = 1000;

pub(crate) struct Metadata<'a> {
    pub title: &'a str,
    pub prepared_on: Option<NaiveDate>,
    /// Hex SHA-256 of the content; `variant` tells apart renderings of it (large print).
    pub fingerprint: &'a str,
    pub variant: &'a str,
}

/// Which structure element and page each marked-content id (MCID) belongs to.
struct Marks {
    /// Per page, the element of each MCID in order.
    per_page: Vec<Vec<usize>>,
}

pub(crate) fn render(
    laid: &Laid,
    fonts: &Fonts,
    metadata: &Metadata,
) -> Result<Vec<u8>, DocumentError> {
    let mut document = PdfDocument::new(metadata.title);
    let regular = FontId(REGULAR_ID.to_string());
    let bold = FontId(BOLD_ID.to_string());
    document
        .resources
        .fonts
        .map
        .insert(regular.clone(), PdfFont::new(fonts.regular.parsed.clone()));
    document
        .resources
        .fonts
        .map
        .insert(bold.clone(), PdfFont::new(fonts.bold.parsed.clone()));

    let mut marks = Marks {
        per_page: Vec::new(),
    };
    let pages = laid
        .pages
        .iter()
        .map(|page| {
            let mut page_marks = Vec::new();
            let ops = page_ops(&page.items, &regular, &bold, &mut page_marks);
            marks.per_page.push(page_marks);
            PdfPage::new(Mm(210.0), Mm(297.0), ops)
        })
        .collect();
    document.with_pages(pages);

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut pdf = document.to_lopdf_document(&options, &mut warnings);
    finish(&mut pdf, laid, &marks, metadata)?;
    pdf.prune_objects();
    compress(&mut pdf);
    let mut bytes = Vec::new();
    // Object streams and a cross-reference stream: the structure tree's many small dictionaries
    // are compressed together instead of written out one by one. lopdf's default of 100 objects a
    // stream made a dozen streams (each with its own compressor) for one agreement.
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .max_objects_per_stream(OBJECTS_PER_STREAM)
        .compression_level(6)
        .build();
    pdf.save_with_options(&mut bytes, options)
        .map_err(|error| DocumentError::Write(error.to_string()))?;
    Ok(bytes)
}

/// Compresses every stream not yet compressed, at zlib's default level: lopdf's own `compress`
/// uses the best (slowest) level, which took most of the time for a few hundred bytes less. One
/// compressor serves every stream: a new one per stream zeroed about 300 KB of tables each time.
fn compress(pdf: &mut lopdf::Document) {
    use flate2::{Compress, Compression};
    let mut deflate = Compress::new(Compression::default(), true);
    for object in pdf.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let Some(compressed) = zlib(&mut deflate, &stream.content) else {
            continue;
        };
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// `data` as one zlib stream, through `deflate` (reset first, so its tables are reused).
fn zlib(deflate: &mut flate2::Compress, data: &[u8]) -> Option<Vec<u8>> {
    use flate2::{FlushCompress, Status};
    deflate.reset();
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    loop {
        let read = usize::try_from(deflate.total_in()).ok()?;
        match deflate.compress_vec(&data[read..], &mut out, FlushCompress::Finish) {
            Ok(Status::StreamEnd) => return Some(out),
            Ok(_) => out.reserve(out.capacity().max(64)),
            Err(_) => return None,
        }
    }
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level,
        icc_profile: None,
    })
}

fn point(x: f32, y: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_HEIGHT - y),
    }
}

/// The page's drawing operations. Consecutive pieces of text of the same structure element (a
/// paragraph's lines, a clause's bold and regular runs) share one marked-content sequence (one
/// MCID) and one text object, positioned with absolute text matrices; the font and colour are set
/// only when they change. This keeps the file small without losing the tagging.
fn page_ops(items: &[Item], regular: &FontId, bold: &FontId, marks: &mut Vec<usize>) -> Vec<Op> {
    let mut ops = Vec::with_capacity(items.len() * 4);
    // The element of the open text run (None: an artifact), while one is open.
    let mut open: Option<Option<usize>> = None;
    let mut font: Option<(bool, u32)> = None;
    let mut fill: Option<bool> = None;
    let close = |ops: &mut Vec<Op>, open: &mut Option<Option<usize>>| {
        if open.take().is_some() {
            ops.push(Op::EndTextSection);
            ops.push(Op::EndMarkedContent);
        }
    };
    for item in items {
        match item {
            Item::Text {
                x,
                y,
                size,
                bold: is_bold,
                grey: is_grey,
                text,
                element,
            } => {
                if open != Some(*element) {
                    close(&mut ops, &mut open);
                    match element {
                        Some(element) => {
                            ops.push(Op::BeginMarkedContentWithProperties {
                                tag: "Span".to_string(),
                                properties: DictItem::Dict {
                                    map: [("MCID".to_string(), DictItem::Int(marks.len() as i64))]
                                        .into(),
                                },
                            });
                            marks.push(*element);
                        }
                        None => ops.push(Op::BeginMarkedContent {
                            tag: "Artifact".to_string(),
                        }),
                    }
                    ops.push(Op::StartTextSection);
                    // A new text object starts with the default text state.
                    font = None;
                    open = Some(*element);
                }
                if fill != Some(*is_grey) {
                    ops.push(Op::SetFillColor {
                        col: grey(if *is_grey { GREY_TEXT } else { 0.0 }),
                    });
                    fill = Some(*is_grey);
                }
                // Sizes are compared in hundredths of a point, exact enough and hashable.
                let wanted = (*is_bold, (size * 100.0).round() as u32);
                if font != Some(wanted) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(if *is_bold {
                            bold.clone()
                        } else {
                            regular.clone()
                        }),
                        size: Pt(*size),
                    });
                    font = Some(wanted);
                }
                let at = point(*x, *y);
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(at.x, at.y),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
            }
            Item::Stroke {
                points,
                width,
                grey: is_grey,
            } => {
                close(&mut ops, &mut open);
                ops.push(Op::BeginMarkedContent {
                    tag: "Artifact".to_string(),
                });
                ops.push(Op::SetOutlineColor {
                    col: grey(if *is_grey { GREY_RULE } else { 0.0 }),
                });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: points
                            .iter()
                            .map(|&(x, y)| LinePoint {
                                p: point(x, y),
                                bezier: false,
                            })
                            .collect(),
                        is_closed: false,
                    },
                });
                ops.push(Op::EndMarkedContent);
            }
            Item::Shade {
                x,
                y,
                width,
                height,
            } => {
                close(&mut ops, &mut open);
                ops.push(Op::BeginMarkedContent {
                    tag: "Artifact".to_string(),
                });
                ops.push(Op::SetFillColor {
                    col: grey(HEADER_SHADE),
                });
                fill = None;
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(PAGE_HEIGHT - y - height),
                        width: Pt(*width),
                        height: Pt(*height),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
                ops.push(Op::EndMarkedContent);
            }
        }
    }
    close(&mut ops, &mut open);
    ops
}

fn text_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn digest(parts: &[&str]) -> Vec<u8> {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize()[..16].to_vec()
}

fn finish(
    pdf: &mut lopdf::Document,
    laid: &Laid,
    marks: &Marks,
    metadata: &Metadata,
) -> Result<(), DocumentError> {
    let broken = |error: lopdf::Error| DocumentError::Write(error.to_string());

    let mut info = Dictionary::new();
    info.set("Title", text_string(metadata.title));
    info.set("Producer", text_string("DP Hub"));
    if let Some(date) = metadata.prepared_on {
        let stamp = format!(
            "D:{:04}{:02}{:02}000000Z",
            date.year(),
            date.month(),
            date.day()
        );
        info.set("CreationDate", Object::string_literal(stamp));
    }
    let info_id = pdf.add_object(info);
    pdf.trailer.set("Info", Object::Reference(info_id));
    pdf.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(digest(&[metadata.fingerprint]), StringFormat::Hexadecimal),
            Object::String(
                digest(&[metadata.fingerprint, metadata.variant]),
                StringFormat::Hexadecimal,
            ),
        ]),
    );

    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let struct_root = structure_tree(pdf, &page_ids, &laid.elements, marks)?;

    let catalog = pdf.catalog_mut().map_err(broken)?;
    catalog.remove(b"Metadata");
    catalog.set("Lang", Object::string_literal("en-GB"));
    catalog.set(
        "ViewerPreferences",
        Object::Dictionary(Dictionary::from_iter([(
            "DisplayDocTitle",
            Object::Boolean(true),
        )])),
    );
    catalog.set(
        "MarkInfo",
        Object::Dictionary(Dictionary::from_iter([("Marked", Object::Boolean(true))])),
    );
    catalog.set("StructTreeRoot", Object::Reference(struct_root));
    Ok(())
}

/// The structure tree: a Document element holding the layout's elements, each pointing at its
/// marked content on the pages, and the parent tree that maps each page's MCIDs back.
fn structure_tree(
    pdf: &mut lopdf::Document,
    page_ids: &[ObjectId],
    elements: &[Element],
    marks: &Marks,
) -> Result<ObjectId, DocumentError> {
    let root_id = pdf.new_object_id();
    let document_id = pdf.new_object_id();
    let element_ids: Vec<ObjectId> = elements.iter().map(|_| pdf.new_object_id()).collect();

    let mut kids: Vec<Vec<Object>> = vec![Vec::new(); elements.len()];
    let mut top_level = Vec::new();
    for (index, element) in elements.iter().enumerate() {
        match element.parent {
            Some(parent) if parent < elements.len() => {
                kids[parent].push(Object::Reference(element_ids[index]))
            }
            _ => top_level.push(Object::Reference(element_ids[index])),
        }
    }
    let mut nums = Vec::new();
    for (page_index, page_marks) in marks.per_page.iter().enumerate() {
        let Some(&page_id) = page_ids.get(page_index) else {
            continue;
        };
        for (mcid, &element) in page_marks.iter().enumerate() {
            kids[element].push(Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"MCR".to_vec())),
                ("Pg", Object::Reference(page_id)),
                ("MCID", Object::Integer(mcid as i64)),
            ])));
        }
        nums.push(Object::Integer(page_index as i64));
        nums.push(Object::Array(
            page_marks
                .iter()
                .map(|&element| Object::Reference(element_ids[element]))
                .collect(),
        ));
        if let Ok(Object::Dictionary(page)) = pdf.get_object_mut(page_id) {
            page.set("StructParents", Object::Integer(page_index as i64));
        }
    }

    for ((element, id), kids) in elements.iter().zip(&element_ids).zip(kids) {
        let parent = element
            .parent
            .and_then(|parent| element_ids.get(parent).copied())
            .unwrap_or(document_id);
        pdf.objects.insert(
            *id,
            Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"StructElem".to_vec())),
                ("S", Object::Name(element.kind.as_bytes().to_vec())),
                ("P", Object::Reference(parent)),
                ("K", Object::Array(kids)),
            ])),
        );
    }
    pdf.objects.insert(
        document_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"StructElem".to_vec())),
            ("S", Object::Name(b"Document".to_vec())),
            ("P", Object::Reference(root_id)),
            ("K", Object::Array(top_level)),
        ])),
    );
    let parent_tree = pdf.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    pdf.objects.insert(
        root_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("K", Object::Reference(document_id)),
            ("ParentTree", Object::Reference(parent_tree)),
            (
                "ParentTreeNextKey",
                Object::Integer(marks.per_page.len() as i64),
            ),
        ])),
    );
    Ok(root_id)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::zlib;

    fn unzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(data)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn one_compressor_serves_streams_of_any_size_one_after_another() {
        let mut deflate = flate2::Compress::new(flate2::Compression::default(), true);
        let text = b"BT /F1 11 Tf (Hello) Tj ET\n".repeat(400);
        // Noise compresses to more than half its size, so the output buffer has to grow.
        let mut seed = 12345u32;
        let noise: Vec<u8> = (0..200_000)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (seed >> 16) as u8
            })
            .collect();
        for data in [&text[..], &noise[..], b"", &text[..]] {
            let packed = zlib(&mut deflate, data).unwrap();
            assert_eq!(unzip(&packed), data);
        }
        assert!(zlib(&mut deflate, &text).unwrap().len() < text.len() / 10);
    }
}
