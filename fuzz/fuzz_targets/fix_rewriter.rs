//! What `check --fix` writes, on arbitrary text: applying the safe fixes
//! never panics, keeps the line-ending style, and a second run changes
//! nothing.
#![no_main]

use http_status_lsp::project::Project;
use http_status_lsp::rules::{self, apply_safe_fixes};
use http_status_lsp::syntax::{Language, scan_text};
use libfuzzer_sys::fuzz_target;

const LANGUAGES: [Language; 6] = [
    Language::Go,
    Language::Python,
    Language::JavaScript,
    Language::CSharp,
    Language::Php,
    Language::Java,
];

fn fix(language: Language, text: &str) -> Option<String> {
    let found = scan_text(language, text);
    let problems = rules::check(
        language,
        text,
        &found,
        http_status_registry::Locale::En,
        &Project::default(),
        |r| Some(r.default_severity),
    );
    apply_safe_fixes(text, &problems)
}

fn lone_newlines(text: &str) -> usize {
    text.match_indices('\n')
        .filter(|(at, _)| *at == 0 || text.as_bytes()[at - 1] != b'\r')
        .count()
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let language = LANGUAGES[usize::from(selector) % LANGUAGES.len()];
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let Some(fixed) = fix(language, text) else {
        return;
    };
    if text.contains("\r\n") && lone_newlines(text) == 0 {
        assert_eq!(lone_newlines(&fixed), 0, "a CRLF file got a bare LF");
    }
    if let Some(again) = fix(language, &fixed) {
        assert_eq!(again, fixed, "a second --fix changed the text again");
    }
});
