//! The rules: one file per rule, each with its name, default severity, docs
//! and check. A rule reads scanner occurrences and never fires on range
//! bounds or status tables.

mod deprecated_status;
mod invalid_status;
mod unknown_status;
mod unofficial_status;

use std::ops::Range;

use http_status_registry::Locale;

use crate::syntax::{Occurrence, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Hint,
    Information,
    Warning,
    Error,
}

impl Severity {
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

/// A problem found by a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub range: Range<usize>,
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
}

/// A rule's identity and its check.
#[derive(Debug)]
pub struct Rule {
    pub name: &'static str,
    pub default_severity: Severity,
    /// The rule's documentation (What it does / Why is this bad? / Example).
    pub doc: &'static str,
    pub check: fn(&Occurrence, Locale) -> Option<(Severity, String)>,
}

pub const RULES: [&Rule; 4] = [
    &invalid_status::RULE,
    &unknown_status::RULE,
    &deprecated_status::RULE,
    &unofficial_status::RULE,
];

/// The link to a rule's documentation.
pub fn rule_url(name: &str) -> String {
    format!("https://github.com/http-status-lsp/http-status-lsp/blob/main/docs/rules.md#{name}")
}

/// Whether the occurrence is a place a status is used (not a bound or a table).
pub fn is_use(o: &Occurrence) -> bool {
    !matches!(o.role, Role::Bound | Role::Table)
}

/// Every problem in `occurrences`; `severity` overrides a rule's default
/// severity (`None` turns the rule off).
pub fn check(
    occurrences: &[Occurrence],
    locale: Locale,
    severity: impl Fn(&Rule) -> Option<Severity>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for o in occurrences.iter().filter(|o| is_use(o)) {
        for rule in RULES {
            let Some(configured) = severity(rule) else {
                continue;
            };
            if let Some((natural, message)) = (rule.check)(o, locale) {
                // A configured severity replaces the rule's own unless the rule
                // raised it (an unofficial code that vendors disagree on).
                let severity = if configured == rule.default_severity {
                    natural
                } else {
                    configured
                };
                out.push(Diagnostic {
                    range: o.range.clone(),
                    rule: rule.name,
                    severity,
                    message,
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

    fn problems(language: Language, text: &str) -> Vec<(String, &'static str, Severity)> {
        let found = scan_text(language, text);
        check(&found, Locale::En, |r| Some(r.default_severity))
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

    #[test]
    fn every_rule_is_documented() {
        for rule in RULES {
            for heading in ["## What it does", "## Why is this bad?", "## Example"] {
                assert!(rule.doc.contains(heading), "{} lacks {heading}", rule.name);
            }
        }
    }
}
