//! The properties the fuzz targets in `fuzz/` check, as plain functions, so
//! that every input the fuzzer ever found is replayed by an ordinary test
//! (`tests/fuzz_regressions.rs` over `tests/fuzz-regressions/<target>/`).
//! Each panics when its property does not hold.

use http_status_registry::Locale;

use crate::lsp::transport::{FrameReader, Incoming};
use crate::project::Project;
use crate::rules::{self, apply_safe_fixes, fix_until_stable};
use crate::syntax::{Language, scan_text};

/// The first input byte picks the language, in this order.
pub const SCANNER_LANGUAGES: [Language; 11] = Language::ALL;

/// The languages where `check --fix` has safe fixes.
pub const FIX_LANGUAGES: [Language; 6] = [
    Language::Go,
    Language::Python,
    Language::JavaScript,
    Language::CSharp,
    Language::Php,
    Language::Java,
];

fn problems(language: Language, text: &str) -> Vec<rules::Diagnostic> {
    let found = scan_text(language, text);
    rules::check(
        language,
        text,
        &found,
        Locale::En,
        &Project::default(),
        |r| Some(r.default_severity),
    )
}

/// The scanner and every rule: no panic, and every occurrence, problem and
/// fix edit lies on character boundaries inside the text.
pub fn scanner(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let language = SCANNER_LANGUAGES[usize::from(selector) % SCANNER_LANGUAGES.len()];
    let text = String::from_utf8_lossy(rest);
    let inside = |r: &std::ops::Range<usize>| {
        r.start <= r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    for o in scan_text(language, &text) {
        assert!(inside(&o.range), "occurrence {o:?}");
    }
    for p in problems(language, &text) {
        assert!(inside(&p.range), "problem {p:?}");
        for e in p.fixes.iter().flat_map(|f| &f.edits) {
            assert!(inside(&e.range), "fix edit {e:?}");
        }
    }
}

fn lone_newlines(text: &str) -> usize {
    text.match_indices('\n')
        .filter(|(at, _)| *at == 0 || text.as_bytes()[at - 1] != b'\r')
        .count()
}

/// What `check --fix` writes: a CRLF file stays CRLF, and a second run
/// changes nothing.
pub fn fix_rewriter(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let language = FIX_LANGUAGES[usize::from(selector) % FIX_LANGUAGES.len()];
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let Some(fixed) = fix_until_stable(text, |t| problems(language, t)) else {
        return;
    };
    if text.contains("\r\n") && lone_newlines(text) == 0 {
        assert_eq!(lone_newlines(&fixed), 0, "a CRLF file got a bare LF");
    }
    if let Some(again) = apply_safe_fixes(&fixed, &problems(language, &fixed)) {
        assert_eq!(again, fixed, "a second --fix changed the text again");
    }
}

/// `http-status.toml` and the editor settings: a value, or an error naming a
/// place in the file.
pub fn config(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Project::parse(std::path::Path::new("http-status.toml"), text) {
        Ok(project) => {
            for code in project.custom_codes.keys() {
                assert!(project.custom(*code).is_some());
            }
        }
        Err(e) => {
            let shown = e.to_string();
            assert!(shown.starts_with("http-status.toml:"), "{shown}");
        }
    }
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        let _ = crate::lsp::Settings::from_json(&value);
    }
}

/// The frame reader: everything it passes on is a JSON-RPC 2.0 message.
pub fn frames(data: &[u8]) {
    let mut reader = FrameReader::new(data);
    while let Some(incoming) = reader.next_frame() {
        if let Incoming::Message(body) = incoming {
            let value: serde_json::Value =
                serde_json::from_slice(&body).unwrap_or_else(|e| panic!("passed on non-JSON: {e}"));
            assert_eq!(value["jsonrpc"], "2.0");
        }
    }
}
