//! The rules: one file per rule, each with its name, default severity, docs
//! and check. A rule reads scanner occurrences and never fires on range
//! bounds or status tables.
//!
//! A rule's doc comment (What it does / Why is this bad? / Example) is the
//! text of its hover, of `check --explain RULE` and of `docs/rules.md`.

/// Declares a file's `RULE`: its doc comment becomes [`Rule::documentation`].
macro_rules! rule {
    (
        $(#[doc = $doc:literal])*
        name: $name:literal,
        severity: $severity:ident,
        check: $check:path $(,)?
    ) => {
        $(#[doc = $doc])*
        pub const RULE: $crate::rules::Rule = $crate::rules::Rule {
            name: $name,
            default_severity: $crate::rules::Severity::$severity,
            doc: concat!($($doc, "\n"),*),
            check: $check,
        };
    };
}

mod content_with_bodiless_status;
mod deprecated_status;
mod error_helper_non_error;
mod imports;
mod invalid_status;
mod magic_status_number;
mod redirect_method_change;
mod redirect_non_3xx;
mod renamed_status_name;
mod respell;
mod suppression;
mod unknown_status;
mod unofficial_status;

pub use suppression::suppressed;

use std::ops::Range;

use http_status_registry::Locale;

use crate::project::Project;
use crate::syntax::{Api, Language, Occurrence, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Hint,
    Information,
    Warning,
    Error,
}

impl Severity {
    /// The name used in settings and reports: `error`, `warning`, ...
    pub const fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s {
            "hint" => Severity::Hint,
            "information" | "info" => Severity::Information,
            "warning" | "warn" => Severity::Warning,
            "error" => Severity::Error,
            _ => return None,
        })
    }
}

/// `text` with the first safe fix of every problem applied (overlapping
/// edits once), or `None` when no problem has a safe fix: what `check --fix`
/// writes.
pub fn apply_safe_fixes(text: &str, problems: &[Diagnostic]) -> Option<String> {
    let edits: Vec<Edit> = problems
        .iter()
        .filter_map(|d| d.fixes.iter().find(|f| f.safe))
        .flat_map(|f| f.edits.iter().cloned())
        .collect();
    if edits.is_empty() {
        return None;
    }
    let mut fixed = text.to_owned();
    for e in without_overlaps(edits).iter().rev() {
        fixed.replace_range(e.range.clone(), &e.text);
    }
    Some(fixed)
}

/// How many rounds [`fix_until_stable`] runs at most.
pub const MAX_FIX_ROUNDS: usize = 10;

/// [`apply_safe_fixes`] again and again, with `problems` recomputed on each
/// result, until no safe fix is left: a fix whose edit overlapped another's
/// waits for the next round (as ESLint's and rustfix's do). `None` when the
/// first round has nothing to fix.
pub fn fix_until_stable(
    text: &str,
    mut problems: impl FnMut(&str) -> Vec<Diagnostic>,
) -> Option<String> {
    let mut current = apply_safe_fixes(text, &problems(text))?;
    for _ in 1..MAX_FIX_ROUNDS {
        match apply_safe_fixes(&current, &problems(&current)) {
            Some(next) if next != current => current = next,
            _ => break,
        }
    }
    Some(current)
}

/// A problem found by a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub range: Range<usize>,
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub fixes: Vec<Fix>,
}

/// A change that resolves a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What the fix does, as a command: "Use :unprocessable_content".
    pub title: String,
    /// Replacements in the file's text (byte ranges of the current text).
    pub edits: Vec<Edit>,
    /// Whether `check --fix` and "fix all" may apply it unasked: the program
    /// behaves the same afterwards. A fix that needs a newer library, or
    /// that changes what is sent, is not safe.
    pub safe: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub text: String,
}

/// What a rule sees besides the occurrence.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub language: Language,
    pub text: &'a str,
    pub locale: Locale,
    /// The project's `http-status.toml` (defaults without one).
    pub project: &'a Project,
}

/// A rule's verdict on one occurrence.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The rule's severity for this case (a rule may raise its default).
    pub severity: Severity,
    pub message: String,
    pub fixes: Vec<Fix>,
}

impl Finding {
    pub fn new(severity: Severity, message: String) -> Finding {
        Finding {
            severity,
            message,
            fixes: Vec::new(),
        }
    }
}

/// A rule's identity and its check.
#[derive(Debug)]
pub struct Rule {
    pub name: &'static str,
    pub default_severity: Severity,
    /// The doc comment's lines as rustdoc keeps them (one leading space).
    doc: &'static str,
    pub check: fn(&Context<'_>, &Occurrence) -> Option<Finding>,
}

pub const RULES: [&Rule; 10] = [
    &invalid_status::RULE,
    &unknown_status::RULE,
    &deprecated_status::RULE,
    &unofficial_status::RULE,
    &redirect_non_3xx::RULE,
    &redirect_method_change::RULE,
    &content_with_bodiless_status::RULE,
    &error_helper_non_error::RULE,
    &renamed_status_name::RULE,
    &magic_status_number::RULE,
];

impl Rule {
    /// The rule's documentation in Markdown: What it does / Why is this bad?
    /// / Example.
    pub fn documentation(&self) -> String {
        self.doc
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The first sentence of "What it does".
    pub fn summary(&self) -> String {
        let doc = self.documentation();
        let body = doc
            .split("## What it does")
            .nth(1)
            .and_then(|rest| rest.split("\n## ").next())
            .unwrap_or("");
        let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
        match flat.find(": ").or_else(|| flat.find(". ")) {
            Some(end) => flat[..end].to_owned(),
            None => flat.trim_end_matches('.').to_owned(),
        }
    }
}

/// Whether the occurrence is a status the code sends: it sits in a known
/// slot (not a bare constant, which may be a test's expectation) and is not
/// one a client reads or a test expects.
pub fn sends(o: &Occurrence) -> bool {
    !matches!(o.api, Api::Client | Api::Test) && o.role != Role::Constant
}

/// `docs/rules.md`: every rule's documentation, generated from the rules'
/// doc comments (a test keeps the file current).
pub fn reference_markdown() -> String {
    use std::fmt::Write as _;
    let mut out = String::from(
        "# Rules\n\n<!-- Generated from the doc comments in server/src/rules/; run `BLESS=1 cargo test -p http-status-lsp rules_doc` after changing them. -->\n\nEach rule has a stable name, used in settings, in `http-status: ignore[name]` comments and in `check --explain name`.\n\n| rule | default severity | what it flags |\n|---|---|---|\n",
    );
    for r in RULES {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} |",
            r.name,
            r.name,
            r.default_severity.name(),
            r.summary()
        );
    }
    for r in RULES {
        let doc = r.documentation().replace("\n## ", "\n### ");
        let doc = doc
            .strip_prefix("## ")
            .map_or(doc.clone(), |d| format!("### {d}"));
        let _ = write!(
            out,
            "\n## {}\n\nDefault severity: {}.\n\n{}\n",
            r.name,
            r.default_severity.name(),
            doc.trim_end()
        );
    }
    out
}

/// `edits` sorted by position, dropping any that overlaps one before it
/// and duplicates.
pub fn without_overlaps(mut edits: Vec<Edit>) -> Vec<Edit> {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out: Vec<Edit> = Vec::with_capacity(edits.len());
    for e in edits {
        // Two fixes that add the same import make one edit.
        if out
            .iter()
            .rev()
            .take_while(|k| k.range.end >= e.range.start)
            .any(|k| *k == e)
        {
            continue;
        }
        if out
            .last()
            .is_none_or(|last| last.range.end <= e.range.start)
        {
            out.push(e);
        }
    }
    out
}

/// The rule named `name`.
pub fn rule(name: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.name == name)
}

/// The link to a rule's documentation.
pub fn rule_url(name: &str) -> String {
    format!("https://github.com/http-status-lsp/http-status-lsp/blob/main/docs/rules.md#{name}")
}

/// Whether the occurrence is a place a status is used (not a bound or a table).
pub fn is_use(o: &Occurrence) -> bool {
    !matches!(o.role, Role::Bound | Role::Table)
}

/// Every problem in `occurrences` of `text`; `severity` overrides a rule's
/// default severity (`None` turns the rule off), `project` is the
/// `http-status.toml` that applies. Problems suppressed by an
/// `http-status: ignore` comment are left out.
pub fn check(
    language: Language,
    text: &str,
    occurrences: &[Occurrence],
    locale: Locale,
    project: &Project,
    severity: impl Fn(&Rule) -> Option<Severity>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let cx = Context {
        language,
        text,
        locale,
        project,
    };
    for o in occurrences.iter().filter(|o| is_use(o)) {
        for rule in RULES {
            let Some(configured) = severity(rule) else {
                continue;
            };
            if let Some(Finding {
                severity: natural,
                message,
                fixes,
            }) = (rule.check)(&cx, o)
            {
                // A configured severity replaces the rule's own unless the rule
                // raised it (an unofficial code that vendors disagree on).
                let severity = if configured == rule.default_severity {
                    natural
                } else {
                    configured
                };
                if suppressed(language, text, o.range.start, rule.name) {
                    continue;
                }
                out.push(Diagnostic {
                    range: o.range.clone(),
                    rule: rule.name,
                    severity,
                    message,
                    fixes,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{Language, scan_text};

    /// Every problem, with the rules' default severities and no project file.
    fn with_defaults(language: Language, text: &str, found: &[Occurrence]) -> Vec<Diagnostic> {
        check(
            language,
            text,
            found,
            Locale::En,
            &Project::default(),
            |r| Some(r.default_severity),
        )
    }

    fn problems(language: Language, text: &str) -> Vec<(String, &'static str, Severity)> {
        let found = scan_text(language, text);
        with_defaults(language, text, &found)
            .into_iter()
            .map(|d| (text[d.range].to_owned(), d.rule, d.severity))
            .collect()
    }

    #[test]
    fn each_rule_fires_where_a_status_is_used() {
        let text = "res.status(305); res.status(306); res.status(299); res.status(700); res.status(444); res.status(200);";
        assert_eq!(
            problems(Language::JavaScript, text),
            [
                ("305".to_owned(), "deprecated-status", Severity::Warning),
                ("306".to_owned(), "deprecated-status", Severity::Warning),
                ("299".to_owned(), "unknown-status", Severity::Warning),
                ("700".to_owned(), "invalid-status", Severity::Error),
                ("444".to_owned(), "unofficial-status", Severity::Information),
            ]
        );
    }

    #[test]
    fn silent_on_bounds_and_tables() {
        let text = "if (res.status >= 299) {}\nconst T = { 305: 'Use Proxy', 306: 'Switch Proxy', 418: \"I'm a teapot\" };";
        assert_eq!(problems(Language::JavaScript, text), []);
    }

    #[test]
    fn conflicting_vendor_meanings_warn() {
        let found = problems(Language::JavaScript, "res.status(499);");
        assert_eq!(found[0].1, "unofficial-status");
        assert_eq!(found[0].2, Severity::Warning);
    }

    /// `docs/rules.md` is generated from the doc comments; `BLESS=1` rewrites it.
    #[test]
    fn rules_doc_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/rules.md");
        let want = reference_markdown();
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "docs/rules.md is out of date: run BLESS=1 cargo test -p http-status-lsp rules_doc"
        );
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in RULES {
            let doc = rule.documentation();
            for heading in ["## What it does", "## Why is this bad?", "## Example"] {
                assert!(
                    doc.lines().any(|l| l == heading),
                    "{} lacks {heading}",
                    rule.name
                );
            }
            assert!(
                !doc.lines()
                    .any(|l| l.starts_with(' ') && l.trim().starts_with("##"))
            );
            assert!(
                rule.summary().len() > 20,
                "{}: {}",
                rule.name,
                rule.summary()
            );
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
        }
    }

    #[test]
    fn redirect_and_error_helpers_need_the_right_class() {
        let js = "app.get('/', (req, res) => { res.redirect(200, '/home'); res.redirect(303, '/home'); });";
        assert_eq!(
            problems(Language::JavaScript, js),
            [("200".to_owned(), "redirect-non-3xx", Severity::Error)]
        );
        let go = "package main\nimport \"net/http\"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, \"/\", 200)\n\thttp.Error(w, \"ok\", 200)\n\thttp.Error(w, \"gone\", 410)\n}\n";
        assert_eq!(
            problems(Language::Go, go),
            [
                ("200".to_owned(), "redirect-non-3xx", Severity::Error),
                (
                    "200".to_owned(),
                    "error-helper-non-error",
                    Severity::Warning
                ),
                ("410".to_owned(), "magic-status-number", Severity::Hint),
            ]
        );
        let py = "from flask import abort, redirect\n\ndef view():\n    abort(200)\n    abort(404)\n    return redirect('/x', code=500)\n";
        assert_eq!(
            problems(Language::Python, py),
            [
                (
                    "200".to_owned(),
                    "error-helper-non-error",
                    Severity::Warning
                ),
                ("500".to_owned(), "redirect-non-3xx", Severity::Error),
            ]
        );
    }

    /// Applies every fix of every problem (they do not overlap here).
    fn fixed(language: Language, text: &str) -> (Vec<&'static str>, String) {
        let found = scan_text(language, text);
        let problems = with_defaults(language, text, &found);
        let mut edits: Vec<&Edit> = problems
            .iter()
            .flat_map(|d| &d.fixes)
            .flat_map(|f| &f.edits)
            .collect();
        edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
        let mut out = text.to_owned();
        for e in edits {
            out.replace_range(e.range.clone(), &e.text);
        }
        (problems.iter().map(|d| d.rule).collect(), out)
    }

    #[test]
    fn renamed_names_get_their_current_spelling() {
        let rb = "class UsersController < ApplicationController\n  def create\n    render json: {}, status: :unprocessable_entity\n    head :payload_too_large\n    head :not_found\n  end\nend\n";
        let (rules, out) = fixed(Language::Ruby, rb);
        assert_eq!(rules, ["renamed-status-name", "renamed-status-name"]);
        assert!(
            out.contains("status: :unprocessable_content")
                && out.contains("head :content_too_large"),
            "{out}"
        );
        let py = "from http import HTTPStatus\nfrom fastapi import status, HTTPException\n\ndef f():\n    raise HTTPException(status_code=status.HTTP_422_UNPROCESSABLE_ENTITY)\n\ndef g():\n    return HTTPStatus.REQUEST_ENTITY_TOO_LARGE\n";
        let (rules, out) = fixed(Language::Python, py);
        assert_eq!(
            rules,
            ["renamed-status-name", "renamed-status-name"],
            "{out}"
        );
        assert!(
            out.contains("status.HTTP_422_UNPROCESSABLE_CONTENT"),
            "{out}"
        );
        assert!(out.contains("HTTPStatus.CONTENT_TOO_LARGE"), "{out}");
        let found = scan_text(Language::Ruby, rb);
        let problems = with_defaults(Language::Ruby, rb, &found);
        assert_eq!(problems[0].severity, Severity::Hint);
        assert!(!problems[0].fixes[0].safe);
        assert_eq!(problems[0].fixes[0].title, "Use unprocessable_content");
    }

    #[test]
    fn magic_numbers_where_the_file_has_names() {
        let go = "package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n\thttp.Redirect(w, r, \"/\", 200)\n\tif r.Response.StatusCode == 500 {}\n}\n";
        let (rules, out) = fixed(Language::Go, go);
        assert_eq!(rules, ["magic-status-number", "redirect-non-3xx"]);
        assert!(out.contains("w.WriteHeader(http.StatusNotFound)"), "{out}");
        assert!(out.contains("== 500"), "comparisons are left alone: {out}");
        // No import, no hint.
        let bare = "def f():\n    abort(404)\n";
        assert_eq!(fixed(Language::Python, bare).0, Vec::<&str>::new());
        let fastapi = "from fastapi import HTTPException, status\nfrom fastapi import status\n\ndef f():\n    raise HTTPException(status_code=404)\n";
        let (_, out) = fixed(Language::Python, fastapi);
        assert!(
            out.contains("status_code=status.HTTP_404_NOT_FOUND"),
            "{out}"
        );
        let aliased = "package main\n\nimport nethttp \"net/http\"\n\nfunc h(w nethttp.ResponseWriter) {\n\tw.WriteHeader(404)\n}\n";
        assert_eq!(fixed(Language::Go, aliased).0, Vec::<&str>::new());
    }

    #[test]
    fn ignore_comments_suppress_on_the_line_and_the_line_above() {
        let js = "res.status(305); // http-status: ignore\n// http-status: ignore[deprecated-status]\nres.status(306);\n// http-status: ignore[unknown-status]\nres.status(305);\nres.status(305);\n";
        let found: Vec<usize> = {
            let occurrences = scan_text(Language::JavaScript, js);
            with_defaults(Language::JavaScript, js, &occurrences)
                .into_iter()
                .map(|d| js[..d.range.start].matches('\n').count())
                .collect()
        };
        assert_eq!(found, [4, 5]);
        let py = "abort(305)  # http-status: ignore\nabort(306)  # not http-status: ignore in a string? no, a comment\nx = 'http-status: ignore'; abort(305)\n";
        let occurrences = scan_text(Language::Python, py);
        let lines: Vec<(usize, &str)> = with_defaults(Language::Python, py, &occurrences)
            .into_iter()
            .map(|d| (py[..d.range.start].matches('\n').count(), d.rule))
            .collect();
        assert_eq!(
            lines,
            [(2, "deprecated-status"), (2, "error-helper-non-error")]
        );
    }
}
