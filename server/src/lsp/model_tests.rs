//! Model-based property tests of document synchronisation: random
//! sequences of `didChange` edits (ranges past the end, positions inside
//! surrogate pairs and UTF-8 sequences, CRLF split across edits, reversed
//! and empty edits, full replacements) against a plain `String` model with
//! its own position arithmetic. After every step the document's text and
//! rope equal the model, and its occurrences and diagnostics equal those of
//! a fresh document holding the same text (incremental equals batch).

use proptest::prelude::*;
use tower_lsp_server::ls_types::{Position, Range as LspRange};

use super::document::Document;
use super::position::Encoding;
use super::reference::model_offset;
use crate::project::Project;
use crate::rules;
use crate::syntax::Language;

#[derive(Debug, Clone)]
enum Edit {
    Range {
        start: (u32, u32),
        end: (u32, u32),
        text: String,
    },
    Full(String),
}

const PIECES: &[&str] = &[
    "",
    "\r",
    "\n",
    "\r\n",
    "😀",
    "中文",
    "é",
    "404",
    "res.status(",
    "res.status(305);\n",
    "abort(404)\n",
    "w.WriteHeader(500)\n",
    ")",
    "'",
    "\"",
    "//",
    "{",
    "}",
    " ",
    "\u{2028}",
];

fn piece() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..4).prop_map(|p| p.concat())
}

fn edit() -> impl Strategy<Value = Edit> {
    let position = (0u32..14, 0u32..40);
    prop_oneof![
        12 => (position.clone(), position, piece())
            .prop_map(|(start, end, text)| Edit::Range { start, end, text }),
        1 => prop::collection::vec(prop::sample::select(PIECES), 0..12)
            .prop_map(|p| Edit::Full(p.concat())),
    ]
}

const SEED: &str = "// 中文 😀\r\nconst app = require('express')();\r\napp.post('/x', (req, res) => {\n  res.status(404).json({});\n  res.redirect(302, '/y');\r  return res.status(204).send('no');\n});\n";

fn diagnostics(
    language: Language,
    text: &str,
    occurrences: &[crate::syntax::Occurrence],
) -> Vec<rules::Diagnostic> {
    rules::check(
        language,
        text,
        occurrences,
        http_status_registry::Locale::En,
        &Project::default(),
        |r| Some(r.default_severity),
    )
}

fn run(language: Language, encoding: Encoding, edits: &[Edit]) -> Result<(), TestCaseError> {
    let mut model = SEED.to_owned();
    let mut doc = Document::new(Some(language), 1, model.clone());
    let _ = doc.snapshot();
    for (step, e) in edits.iter().enumerate() {
        match e {
            Edit::Range { start, end, text } => {
                let a = model_offset(&model, start.0, start.1, encoding);
                let b = model_offset(&model, end.0, end.1, encoding);
                model.replace_range(a.min(b)..a.max(b), text);
                let range =
                    LspRange::new(Position::new(start.0, start.1), Position::new(end.0, end.1));
                doc.apply(Some(range), text, encoding);
            }
            Edit::Full(text) => {
                model.clone_from(text);
                doc.apply(None, text, encoding);
            }
        }
        doc.reparse(true);
        prop_assert_eq!(doc.text(), model.as_str(), "text after step {}", step);
        // As the server does after a pause: settle what the quick path owes.
        for _ in 0..2 {
            let Some(job) = doc.settle_job() else { break };
            let version = doc.version;
            doc.settle(version, job.run());
        }
        let snapshot = doc.snapshot();
        prop_assert_eq!(
            snapshot.rope.to_string(),
            model.clone(),
            "rope after step {}",
            step
        );
        let fresh = Document::new(Some(language), 0, model.clone()).snapshot();
        prop_assert_eq!(
            &snapshot.occurrences,
            &fresh.occurrences,
            "occurrences after step {}",
            step
        );
        prop_assert_eq!(
            diagnostics(language, &model, &snapshot.occurrences),
            diagnostics(language, &model, &fresh.occurrences),
            "diagnostics after step {}",
            step
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn incremental_edits_equal_the_model_and_a_fresh_scan(
        language in prop::sample::select(&[Language::JavaScript, Language::Python, Language::Go][..]),
        utf8 in any::<bool>(),
        edits in prop::collection::vec(edit(), 1..30),
    ) {
        let encoding = if utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
        run(language, encoding, &edits)?;
    }
}

#[test]
fn the_model_reads_positions_as_documented() {
    let text = "a😀b\r\ncd\re";
    let u16 = Encoding::Utf16;
    assert_eq!(model_offset(text, 0, 1, u16), 1);
    assert_eq!(model_offset(text, 0, 2, u16), 1, "inside the pair");
    assert_eq!(model_offset(text, 0, 3, u16), 5);
    assert_eq!(model_offset(text, 0, 99, u16), 6, "past the line's end");
    assert_eq!(model_offset(text, 1, 1, u16), 9);
    assert_eq!(model_offset(text, 2, 0, u16), 11);
    assert_eq!(model_offset(text, 7, 0, u16), text.len());
    assert_eq!(
        model_offset(text, 0, 3, Encoding::Utf8),
        1,
        "inside the UTF-8 sequence"
    );
}

#[test]
fn crlf_split_across_edits() {
    let edits = [
        Edit::Range {
            start: (0, 2),
            end: (0, 2),
            text: "\r".into(),
        },
        Edit::Range {
            start: (1, 0),
            end: (1, 0),
            text: "\n".into(),
        },
        Edit::Range {
            start: (1, 0),
            end: (1, 0),
            text: "res.status(404);".into(),
        },
    ];
    run(Language::JavaScript, Encoding::Utf16, &edits).expect("model and document agree");
}
