//! `http-status: ignore` and `http-status: ignore[rule-a, rule-b]` in a
//! comment on the line of a problem, or in a comment that is the whole line
//! above it.

use crate::syntax::Language;

const MARKER: &str = "http-status: ignore";

/// Whether the problem of `rule` at byte `at` of `text` is suppressed.
pub fn suppressed(language: Language, text: &str, at: usize, rule: &str) -> bool {
    let at = at.min(text.len());
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    if comment_ignores(language, line, rule) {
        return true;
    }
    if line_start == 0 {
        return false;
    }
    let above_end = line_start - 1;
    let above_start = text[..above_end].rfind('\n').map_or(0, |i| i + 1);
    let above = &text[above_start..above_end];
    let trimmed = above.trim_start();
    openers(language).iter().any(|o| trimmed.starts_with(o))
        && comment_ignores(language, above, rule)
}

fn openers(language: Language) -> &'static [&'static str] {
    match language {
        Language::Python | Language::Ruby => &["#"],
        Language::Php => &["//", "#", "/*", "*"],
        _ => &["//", "/*", "*"],
    }
}

/// Whether `line` has a comment holding the marker for `rule` (or for every
/// rule). The comment must start before the marker, so the marker inside a
/// string on a line without a comment does not count.
fn comment_ignores(language: Language, line: &str, rule: &str) -> bool {
    let Some(marker) = line.find(MARKER) else {
        return false;
    };
    let comment_before = openers(language)
        .iter()
        .filter_map(|o| line.find(o))
        .any(|start| start < marker && !inside_quotes(&line[..start]));
    if !comment_before {
        return false;
    }
    let rest = &line[marker + MARKER.len()..];
    match rest.strip_prefix('[') {
        Some(list) => list
            .split(']')
            .next()
            .is_some_and(|names| names.split(',').any(|n| n.trim() == rule)),
        None => true,
    }
}

/// Whether an odd number of unescaped quotes precede: the comment opener
/// found there is inside a string.
fn inside_quotes(before: &str) -> bool {
    let count = |q: char| {
        let mut n = 0;
        let mut escaped = false;
        for c in before.chars() {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                n += 1;
            }
        }
        n
    };
    count('"') % 2 == 1 || count('\'') % 2 == 1
}
