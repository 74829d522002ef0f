//! Tree-sitter parsing and the status-code scanner.
//!
//! `scan` finds the integer literals and named constants in a syntax tree that
//! are HTTP status codes. Where a status can appear is described by the query
//! files in `queries/`, one per language: each pattern marks a *slot* (the
//! value of `res.status(…)`, the right side of `ctx.status = …`, the other side
//! of `resp.status_code == …`) and says what role it plays and what API it
//! meets. The Rust here only reads those patterns, looks through wrappers such
//! as parentheses and `a ? 200 : 404`, and applies the evidence checks that
//! keep SMTP, FTP and other three-digit numbers out.

mod constants;
mod evidence;
mod language;
mod literal;
mod occurrence;
mod prefilter;
mod query;
mod scan;

pub use evidence::{mentions_http, mentions_other_protocol};
pub use language::Language;
pub use occurrence::{Api, Form, Occurrence, Role};
pub use prefilter::may_contain_status;
pub use scan::{PATTERN_HEIGHT, inside, is_function, scan, scan_within};

/// Parses `text`; with `old`, reuses the unchanged parts of an edited tree.
pub fn parse(language: Language, text: &str, old: Option<&tree_sitter::Tree>) -> tree_sitter::Tree {
    let mut parser = tree_sitter::Parser::new();
    // Every grammar is built against a tree-sitter ABI this crate supports
    // (a unit test loads each one), so this cannot fail at run time.
    let _ = parser.set_language(&language.grammar());
    match parser.parse(text, old) {
        Some(tree) => tree,
        // Only a cancelled or timed-out parse returns None; we set neither.
        None => unreachable_tree(&mut parser),
    }
}

fn unreachable_tree(parser: &mut tree_sitter::Parser) -> tree_sitter::Tree {
    parser.reset();
    parser
        .parse("", None)
        .unwrap_or_else(|| panic!("tree-sitter could not parse an empty text"))
}

/// Parses and scans in one step.
pub fn scan_text(language: Language, text: &str) -> Vec<Occurrence> {
    let tree = parse(language, text, None);
    scan(language, text, &tree)
}

/// Compiles every language's patterns on a background thread, so the first
/// file of a language does not wait for it (Ruby's take about a second).
pub fn warm_up() {
    let _ = std::thread::Builder::new()
        .name("compile-queries".into())
        .spawn(|| {
            for language in Language::ALL {
                let _ = query::compiled(language);
            }
        });
}
