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
mod handler;
mod language;
mod literal;
mod occurrence;
mod prefilter;
mod query;
mod scan;

pub use evidence::{mentions_http, mentions_other_protocol};
pub use handler::{Method, registration_fingerprint};
pub use language::Language;
pub use occurrence::{Api, Form, Occurrence, Role};
pub use prefilter::may_contain_status;
pub use scan::{PATTERN_HEIGHT, inside, is_function, scan, scan_within};

/// How long one parse may take: far more than any real file needs (a
/// megabyte parses in about 0.1 s), little enough that a text on which a
/// grammar's error recovery runs away (the fuzzer found a 1.5 KB Kotlin file
/// that took minutes) does not hold up the server or a `check` run.
fn parse_budget(bytes: usize) -> std::time::Duration {
    std::time::Duration::from_millis(2_000 + (bytes / 1024) as u64)
}

/// Parses `text`; with `old`, reuses the unchanged parts of an edited tree.
/// A parse that runs past its budget is abandoned and the text read as
/// blank (same length and lines, so positions and later edits still fit):
/// no occurrences, and a warning in the log.
pub fn parse(language: Language, text: &str, old: Option<&tree_sitter::Tree>) -> tree_sitter::Tree {
    let mut parser = tree_sitter::Parser::new();
    // Every grammar is built against a tree-sitter ABI this crate supports
    // (a unit test loads each one), so this cannot fail at run time.
    let _ = parser.set_language(&language.grammar());
    let started = std::time::Instant::now();
    let budget = parse_budget(text.len());
    let bytes = text.as_bytes();
    let mut read = |offset: usize, _: tree_sitter::Point| bytes.get(offset..).unwrap_or_default();
    let mut progress = |_: &tree_sitter::ParseState| {
        if started.elapsed() > budget {
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    };
    let options = tree_sitter::ParseOptions::new().progress_callback(&mut progress);
    match parser.parse_with_options(&mut read, old, Some(options)) {
        Some(tree) => tree,
        None => {
            tracing::warn!(
                "{} parser gave up after {budget:?} on {} bytes; the text is read as having no status codes",
                language.name(),
                text.len()
            );
            blank_tree(&mut parser, text)
        }
    }
}

/// The tree of `text` with every byte but line breaks made a space.
fn blank_tree(parser: &mut tree_sitter::Parser, text: &str) -> tree_sitter::Tree {
    parser.reset();
    let blank: Vec<u8> = text
        .bytes()
        .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
        .collect();
    parser
        .parse(&blank, None)
        .unwrap_or_else(|| unreachable_tree(parser))
}

/// Parses only `range` of `text`, as if the rest were not there: the tree of
/// one top-level statement, with positions in the whole text. `None` if the
/// range cannot be set (it lies outside the text).
pub fn parse_range(
    language: Language,
    text: &str,
    range: tree_sitter::Range,
) -> Option<tree_sitter::Tree> {
    let mut parser = tree_sitter::Parser::new();
    let _ = parser.set_language(&language.grammar());
    parser.set_included_ranges(&[range]).ok()?;
    parser.parse(text, None)
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

/// Compiles, on a background thread, the patterns of the languages whose
/// files appear under `roots`, most common first, so the first file of a
/// language does not wait for them (Ruby's take about a second). Languages
/// the project does not use are compiled only when a file needs them: the
/// compiled patterns of all eleven take about 36 MB.
pub fn warm_up(roots: Vec<std::path::PathBuf>) {
    let _ = std::thread::Builder::new()
        .name("compile-queries".into())
        .spawn(move || {
            for language in languages_under(&roots) {
                let _ = query::compiled(language);
            }
        });
}

/// The languages of the first few thousand source files under `roots`
/// (honouring ignore files), by how many files each has.
fn languages_under(roots: &[std::path::PathBuf]) -> Vec<Language> {
    const FILES_LOOKED_AT: usize = 5_000;
    let mut counts = [0usize; Language::ALL.len()];
    let Some((first, rest)) = roots.split_first() else {
        return Vec::new();
    };
    let mut walk = ignore::WalkBuilder::new(first);
    for root in rest {
        walk.add(root);
    }
    walk.max_depth(Some(8));
    for entry in walk.build().flatten().take(FILES_LOOKED_AT) {
        if let Some(language) = Language::from_path(entry.path()) {
            if let Some(i) = Language::ALL.iter().position(|l| *l == language) {
                counts[i] += 1;
            }
        }
    }
    let mut found: Vec<(usize, Language)> = Language::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| counts[*i] > 0)
        .map(|(i, l)| (counts[i], *l))
        .collect();
    found.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    found.into_iter().map(|(_, l)| l).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_under_a_project_by_file_count() {
        let dir = std::env::temp_dir().join(format!("hsl-langs-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("src")).unwrap();
        for (name, text) in [
            ("src/a.py", ""),
            ("src/b.py", ""),
            ("c.rb", ""),
            ("notes.txt", ""),
        ] {
            std::fs::write(dir.join(name), text).unwrap();
        }
        let found = languages_under(std::slice::from_ref(&dir));
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(found, [Language::Python, Language::Ruby]);
        assert!(languages_under(&[]).is_empty());
    }
}
