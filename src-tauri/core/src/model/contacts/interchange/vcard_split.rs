//! Cutting a vCard file into one piece of text per contact, remembering the line each began on.
//! The parser has no line numbers, so the file is split here and each card parsed on its own; that
//! also lets one broken card fail alone.

use super::RecordError;

/// One card's lines, from its BEGIN:VCARD to its END:VCARD.
#[derive(Debug)]
pub(crate) struct RawCard {
    /// The 1-based line of BEGIN:VCARD.
    pub line: usize,
    pub text: String,
}

/// Pictures and other binary values: often most of a file's bytes and never needed here, so they are
/// dropped before parsing.
const SKIPPED_PROPERTIES: [&str; 4] = ["PHOTO", "LOGO", "SOUND", "KEY"];

/// Every card in `text` (with `\n` line endings), in order, or why one could not be cut out.
/// `None` when there is no BEGIN:VCARD line at all.
pub(crate) fn split_cards(text: &str) -> Option<Vec<Result<RawCard, RecordError>>> {
    let mut cards = Vec::new();
    let mut current: Option<RawCard> = None;
    let mut skipping = false;
    let mut saw_begin = false;
    for (index, line) in text.split('\n').enumerate() {
        let number = index + 1;
        let bare = line.trim_end();
        if bare.eq_ignore_ascii_case("BEGIN:VCARD") {
            saw_begin = true;
            if let Some(open) = current.take() {
                cards.push(Err(unterminated(open.line)));
            }
            current = Some(RawCard {
                line: number,
                text: String::from("BEGIN:VCARD\n"),
            });
            skipping = false;
            continue;
        }
        let Some(card) = current.as_mut() else {
            continue;
        };
        if bare.eq_ignore_ascii_case("END:VCARD") {
            card.text.push_str("END:VCARD\n");
            cards.extend(current.take().map(Ok));
            continue;
        }
        let continues = line.starts_with([' ', '\t']);
        if !continues {
            skipping = is_skipped_property(line);
        }
        if !skipping {
            card.text.push_str(line);
            card.text.push('\n');
        }
    }
    if let Some(open) = current {
        cards.push(Err(unterminated(open.line)));
    }
    saw_begin.then_some(cards)
}

fn unterminated(line: usize) -> RecordError {
    RecordError {
        line,
        reason: format!(
            "The contact starting on line {line} has no END:VCARD line; the file may be cut short"
        ),
    }
}

/// `PHOTO;…:` or `item1.PHOTO:`, in any case.
fn is_skipped_property(line: &str) -> bool {
    let end = line.find([':', ';']).unwrap_or(line.len());
    let name = &line[..end];
    let name = name.rsplit('.').next().unwrap_or(name);
    SKIPPED_PROPERTIES
        .iter()
        .any(|skipped| name.eq_ignore_ascii_case(skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_carry_their_begin_line_and_drop_photos() {
        let text = "junk\nBEGIN:VCARD\nFN:A\nPHOTO;ENCODING=b:AAAA\n AAAA\n\tAAAA\nitem1.TEL:1\nEND:VCARD\n\nbegin:vcard\nFN:B\nend:vcard";
        let cards = split_cards(text).unwrap();
        assert_eq!(cards.len(), 2);
        let first = cards[0].as_ref().unwrap();
        assert_eq!(first.line, 2);
        assert_eq!(first.text, "BEGIN:VCARD\nFN:A\nitem1.TEL:1\nEND:VCARD\n");
        assert_eq!(cards[1].as_ref().unwrap().line, 10);
    }

    #[test]
    fn an_unfinished_card_is_an_error_and_the_next_still_comes() {
        let text = "BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\nBEGIN:VCARD\nFN:C\n";
        let cards = split_cards(text).unwrap();
        assert_eq!(cards[0].as_ref().unwrap_err().line, 1);
        assert_eq!(cards[1].as_ref().unwrap().line, 3);
        let last = cards[2].as_ref().unwrap_err();
        assert_eq!(
            last.reason,
            "The contact starting on line 6 has no END:VCARD line; the file may be cut short"
        );
    }

    #[test]
    fn no_begin_line_is_none() {
        assert!(split_cards("FN:A\nEND:VCARD\n").is_none());
    }
}
