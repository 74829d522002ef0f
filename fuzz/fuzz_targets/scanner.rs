//! The scanner and every rule on arbitrary text in every language: no
//! panic, and every occurrence and problem lies on character boundaries
//! inside the text.
#![no_main]

use http_status_lsp::project::Project;
use http_status_lsp::rules;
use http_status_lsp::syntax::{Language, scan_text};
use libfuzzer_sys::fuzz_target;

const LANGUAGES: [Language; 11] = [
    Language::JavaScript,
    Language::TypeScript,
    Language::Tsx,
    Language::Python,
    Language::Go,
    Language::Rust,
    Language::Java,
    Language::Kotlin,
    Language::CSharp,
    Language::Php,
    Language::Ruby,
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let language = LANGUAGES[usize::from(selector) % LANGUAGES.len()];
    let text = String::from_utf8_lossy(rest);
    let found = scan_text(language, &text);
    for o in &found {
        assert!(o.range.start <= o.range.end && o.range.end <= text.len());
        assert!(text.is_char_boundary(o.range.start) && text.is_char_boundary(o.range.end));
    }
    let problems = rules::check(
        language,
        &text,
        &found,
        http_status_registry::Locale::En,
        &Project::default(),
        |r| Some(r.default_severity),
    );
    for p in &problems {
        assert!(p.range.end <= text.len() && text.is_char_boundary(p.range.start));
        for fix in &p.fixes {
            for e in &fix.edits {
                assert!(e.range.start <= e.range.end && e.range.end <= text.len());
                assert!(text.is_char_boundary(e.range.start) && text.is_char_boundary(e.range.end));
            }
        }
    }
});
