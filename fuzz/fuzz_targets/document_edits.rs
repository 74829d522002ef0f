//! Random edit sequences on an open document, in UTF-16 and UTF-8 positions,
//! against a plain `String` model: the text must always equal the model, and
//! positions must convert both ways without panicking.
#![no_main]

use arbitrary::Arbitrary;
use http_status_lsp::lsp::document::Document;
use http_status_lsp::lsp::position::{Encoding, to_byte, to_position};
use http_status_lsp::lsp::reference::model_offset;
use http_status_lsp::syntax::Language;
use libfuzzer_sys::fuzz_target;
use tower_lsp_server::ls_types::{Position, Range};

#[derive(Debug, Arbitrary)]
enum Edit {
    Range { start: (u8, u8), end: (u8, u8), text: String },
    Full(String),
}

#[derive(Debug, Arbitrary)]
struct Input {
    utf8: bool,
    python: bool,
    seed: String,
    edits: Vec<Edit>,
}

fuzz_target!(|input: Input| {
    let encoding = if input.utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
    let language = if input.python { Language::Python } else { Language::JavaScript };
    let mut model = input.seed.clone();
    let mut doc = Document::new(Some(language), 1, input.seed);
    for edit in input.edits.iter().take(64) {
        match edit {
            Edit::Range { start, end, text } => {
                let (s, e) = (
                    (u32::from(start.0), u32::from(start.1)),
                    (u32::from(end.0), u32::from(end.1)),
                );
                let a = model_offset(&model, s.0, s.1, encoding);
                let b = model_offset(&model, e.0, e.1, encoding);
                model.replace_range(a.min(b)..a.max(b), text);
                doc.apply(
                    Some(Range::new(Position::new(s.0, s.1), Position::new(e.0, e.1))),
                    text,
                    encoding,
                );
            }
            Edit::Full(text) => {
                model.clone_from(text);
                doc.apply(None, text, encoding);
            }
        }
        doc.reparse(true);
        assert_eq!(doc.text(), model);
    }
    let snapshot = doc.snapshot();
    assert_eq!(snapshot.rope.to_string(), model);
    // Every character boundary survives a round trip through a position.
    for (byte, _) in model.char_indices().chain(std::iter::once((model.len(), ' '))) {
        let pos = to_position(&snapshot.rope, byte, encoding);
        let back = to_byte(&snapshot.rope, pos, encoding);
        // A position inside "\r\n" cannot be expressed; it reads as the line's end.
        assert!(back == byte || model[back..byte].chars().all(|c| c == '\r' || c == '\n'));
    }
});
