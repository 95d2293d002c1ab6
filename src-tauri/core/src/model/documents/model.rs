//! The document model every printable is built as: what to say, in order, with no layout. Templates
//! produce it (`templates`), the PDF writer lays it out on A4 pages, and the app previews it as HTML.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A whole document, ready to lay out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Document {
    /// The title on the first page and in the PDF's metadata ("Direct payment agreement").
    pub title: String,
    /// A line under the title ("Managed by a nominated person: Priya Shah").
    pub subtitle: Option<String>,
    pub blocks: Vec<Block>,
}

/// A run of text, bold or not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Span {
    pub text: String,
    pub bold: bool,
}

/// One building block of a document, laid out top to bottom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Block {
    /// A heading, level 1 (section) to 3; kept on the same page as what follows it.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        spans: Vec<Span>,
    },
    /// A numbered clause or sub-clause: `number` is printed as given ("3.2", "(a)"); `depth` 0 is a
    /// clause, 1 a sub-clause, and so on, each indented one step further.
    Clause {
        number: String,
        depth: u8,
        spans: Vec<Span>,
    },
    /// A bulleted list; each item is one paragraph.
    Bullets {
        items: Vec<Vec<Span>>,
    },
    /// Two columns: a label and its value ("PA's start date" → "1 March 2027").
    KeyValues {
        rows: Vec<KeyValue>,
    },
    /// A grid with a header row (a timesheet week, a cost breakdown). Column widths are shares of the
    /// page width, one per column, summing to about 100.
    Table {
        header: Vec<String>,
        widths: Vec<u8>,
        rows: Vec<Vec<String>>,
    },
    /// A tick box with its text: ☐ or ✓.
    Checkbox {
        checked: bool,
        spans: Vec<Span>,
    },
    /// Signature blocks, one per party, kept together on one page.
    Signatures {
        parties: Vec<SignatureBlock>,
    },
    PageBreak,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KeyValue {
    pub key: String,
    pub value: String,
}

/// Where one party signs. Unsigned, it prints lines for a wet-ink signature, name and date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SignatureBlock {
    /// The party's role in this document ("The person receiving the direct payment").
    pub role: String,
    /// Who is expected to sign, printed under the line.
    pub name: String,
    pub signature: Option<Signature>,
}

/// A signature made on screen, placed in its party's block.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Signature {
    /// The name the signer typed when signing.
    pub signed_by: String,
    /// The date it was signed, `YYYY-MM-DD`.
    pub signed_on: String,
    /// The pen strokes, each a list of points on a 1000 × 300 grid (x right, y down): integers, so
    /// the same signature always gives the same bytes.
    pub strokes: Vec<Vec<(u16, u16)>>,
}
