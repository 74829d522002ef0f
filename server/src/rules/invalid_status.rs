use http_status_registry::Locale;

use super::{Context, Finding, Severity};
use crate::syntax::Occurrence;

rule! {
    /// ## What it does
    /// Flags a number outside 100-599 where a status code is expected, such as `res.status(700)` or `w.WriteHeader(99)`.
    ///
    /// Codes the project declares under `[custom-codes]` in `http-status.toml`
    /// are its own and are left alone.
    ///
    /// ## Why is this bad?
    /// HTTP status codes are three digits from 100 to 599. Frameworks reject anything else at run time (Express throws a `RangeError`, Go's `WriteHeader` panics) or send a response clients cannot interpret.
    ///
    /// ## Example
    /// ```js
    /// res.status(700).send("odd");   // invalid-status
    /// res.status(400).send("bad");   // fine
    /// ```
    name: "invalid-status",
    severity: Error,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let locale = cx.locale;
    // The project declared it in http-status.toml: it knows what it means.
    if cx.project.custom(o.code).is_some() {
        return None;
    }
    if (100..=599).contains(&o.code) {
        return None;
    }
    let message = match locale {
        Locale::En => format!(
            "{} is not an HTTP status code: status codes run from 100 to 599",
            o.code
        ),
        Locale::ZhCn => format!("{} 不是 HTTP 状态码：状态码的范围是 100 到 599", o.code),
    };
    Some(Finding::new(Severity::Error, message))
}
