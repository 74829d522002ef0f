use http_status_registry::{self as registry, Locale, Standing};

use super::{Rule, Severity};
use crate::syntax::Occurrence;

pub const RULE: Rule = Rule {
    name: "deprecated-status",
    default_severity: Severity::Warning,
    doc: DOC,
    check,
};

/// The rule's documentation: the source of its hover text and `docs/rules.md` entry.
const DOC: &str = "## What it does\nFlags codes whose standing says not to send them: 305 Use Proxy (deprecated), 306 and 418 (unused, reserved), 102 Processing (dropped from WebDAV) and 510 Not Extended (obsoleted).\n\n## Why is this bad?\nClients ignore or mishandle these codes: browsers refuse 305 for security reasons, 306 and 418 have no defined meaning, and 102 and 510 belong to specifications that were withdrawn.\n\n## Example\n```go\nw.WriteHeader(305) // deprecated-status: configure the proxy on the client instead\n```\n";

fn check(o: &Occurrence, locale: Locale) -> Option<(Severity, String)> {
    let s = registry::status(o.code)?;
    if !matches!(
        s.standing,
        Standing::Deprecated | Standing::Obsoleted | Standing::Unused
    ) {
        return None;
    }
    let why = s.text(locale).standing_why.unwrap_or("");
    let message = match locale {
        Locale::En => format!(
            "{} {} is {}. {why}",
            s.code,
            s.phrase,
            s.standing.name(locale)
        ),
        Locale::ZhCn => format!("{} {} {}。{why}", s.code, s.phrase, s.standing.name(locale)),
    };
    Some((Severity::Warning, message))
}
