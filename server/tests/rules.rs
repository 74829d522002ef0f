//! Rule fixtures: `tests/rules/<rule-name>/*` with inline markers.
//!
//! Each file is checked with the rules' default severities, and the problems
//! of the directory's rule must be exactly the marked ones:
//!
//! ```text
//! res.redirect(302, "/done");
//! //           ^^^ redirect-method-change warning => 303 | 307
//! ```
//!
//! `^^^ RULE [SEVERITY] [=> FIX | FIX ...]`: the rule fires on exactly these
//! columns, with that severity, and its fixes replace the marked text with
//! those texts, in that order (`=>` alone: no fix). `!!! RULE`: it must stay
//! silent here (any unmarked problem fails the test anyway; the bang records
//! why a case is there). Other rules' problems are ignored.

mod markers;

use std::path::{Path, PathBuf};

use http_status_lsp::project::Project;
use http_status_lsp::rules::{self, Diagnostic};
use http_status_lsp::syntax::{Language, scan_text};
use http_status_registry::Locale;
use markers::Spot;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/rules")
}

struct Expected {
    spot: Spot,
    severity: Option<String>,
    fixes: Option<Vec<String>>,
    line: usize,
}

fn expectations(rule: &str, name: &str, language: Language, text: &str) -> Vec<Expected> {
    let mut out = Vec::new();
    for m in markers::markers(language, text) {
        let (head, fixes) = match m.rest.split_once("=>") {
            Some((head, fixes)) => (
                head,
                Some(
                    fixes
                        .split('|')
                        .map(|f| f.trim().to_owned())
                        .filter(|f| !f.is_empty())
                        .collect(),
                ),
            ),
            None => (m.rest.as_str(), None),
        };
        let mut words = head.split_whitespace();
        let named = words.next().unwrap_or_default();
        assert_eq!(
            named, rule,
            "{name}:{}: a marker here must name {rule}",
            m.marker_line
        );
        if m.negative {
            continue;
        }
        out.push(Expected {
            spot: m.spot,
            severity: words.next().map(str::to_owned),
            fixes,
            line: m.marker_line,
        });
    }
    out
}

/// What each fix turns the problem's text into (edits elsewhere, such as an
/// added import, are left out).
fn fix_texts(text: &str, d: &Diagnostic) -> Vec<String> {
    d.fixes
        .iter()
        .map(|f| {
            let mut inside: Vec<_> = f
                .edits
                .iter()
                .filter(|e| d.range.start <= e.range.start && e.range.end <= d.range.end)
                .collect();
            if inside.is_empty() {
                return format!("<no edit inside {:?}>", &text[d.range.clone()]);
            }
            inside.sort_by_key(|e| std::cmp::Reverse(e.range.start));
            let mut out = text[d.range.clone()].to_owned();
            for e in inside {
                out.replace_range(
                    e.range.start - d.range.start..e.range.end - d.range.start,
                    &e.text,
                );
            }
            out
        })
        .collect()
}

#[test]
fn rule_fixtures() {
    let mut failures = Vec::new();
    let mut files = 0;
    let mut marked = 0;
    let mut rules_seen = Vec::new();
    for dir in std::fs::read_dir(root()).expect("tests/rules") {
        let dir = dir.expect("entry").path();
        let Some(rule) = dir.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if !dir.is_dir() {
            continue;
        }
        assert!(
            rules::rule(&rule).is_some(),
            "tests/rules/{rule}: no rule has that name"
        );
        rules_seen.push(rule.clone());
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("rule dir")
            .map(|e| e.expect("entry").path())
            .collect();
        entries.sort();
        for path in entries {
            let Some(language) = Language::from_path(&path) else {
                continue;
            };
            files += 1;
            let name = path
                .strip_prefix(root())
                .unwrap_or(&path)
                .display()
                .to_string();
            let text = std::fs::read_to_string(&path).expect("fixture text");
            let expected = expectations(&rule, &name, language, &text);
            marked += expected.len();
            let found = scan_text(language, &text);
            let problems: Vec<Diagnostic> = rules::check(
                language,
                &text,
                &found,
                Locale::En,
                &Project::default(),
                |r| Some(r.default_severity),
            )
            .into_iter()
            .filter(|d| d.rule == rule)
            .collect();
            for e in &expected {
                let Some(d) = problems
                    .iter()
                    .find(|d| Spot::of(&text, d.range.clone()) == e.spot)
                else {
                    failures.push(format!(
                        "{name}:{}: {rule} did not fire (marker line {})",
                        e.spot, e.line
                    ));
                    continue;
                };
                if let Some(severity) = &e.severity {
                    if d.severity.name() != severity {
                        failures.push(format!(
                            "{name}:{}: severity {}, marked {severity}",
                            e.spot,
                            d.severity.name()
                        ));
                    }
                }
                if let Some(fixes) = &e.fixes {
                    let have = fix_texts(&text, d);
                    if &have != fixes {
                        failures.push(format!(
                            "{name}:{}: fixes {have:?}, marked {fixes:?}",
                            e.spot
                        ));
                    }
                }
            }
            for d in &problems {
                let spot = Spot::of(&text, d.range.clone());
                if !expected.iter().any(|e| e.spot == spot) {
                    failures.push(format!("{name}:{spot}: unexpected {rule}: {}", d.message));
                }
            }
        }
    }
    eprintln!(
        "{files} rule fixture files, {marked} marked problems, rules: {}",
        rules_seen.join(", ")
    );
    assert!(files > 0, "no rule fixtures");
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
}

/// Every rule has fixtures.
#[test]
fn every_rule_has_fixtures() {
    for rule in rules::RULES {
        let dir = root().join(rule.name);
        let count = std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .filter(|e| Language::from_path(&e.path()).is_some())
                    .count()
            })
            .unwrap_or(0);
        assert!(count > 0, "tests/rules/{} has no fixtures", rule.name);
    }
}
