use http_status_registry::{self as registry, Locale, Standing};

use super::{Context, Finding, Severity};
use crate::syntax::Occurrence;

rule! {
    /// ## What it does
    /// Flags codes whose standing says not to send them: 305 Use Proxy (deprecated), 306 and 418 (unused, reserved), 102 Processing (dropped from WebDAV) and 510 Not Extended (obsoleted).
    ///
    /// ## Why is this bad?
    /// Clients ignore or mishandle these codes: browsers refuse 305 for security reasons, 306 and 418 have no defined meaning, and 102 and 510 belong to specifications that were withdrawn.
    ///
    /// ## Example
    /// ```go
    /// w.WriteHeader(305) // deprecated-status: configure the proxy on the client instead
    /// ```
    name: "deprecated-status",
    severity: Warning,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let locale = cx.locale;
    // Reading or asserting such a code (a client handling a 305, a test
    // expecting a 418 easter egg) is not sending it.
    if !super::sends(o) {
        return None;
    }
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
    Some(Finding::new(Severity::Warning, message))
}
