use http_status_registry::{self as registry, Locale};

use super::{Context, Finding, Severity};
use crate::syntax::{Api, Occurrence};

rule! {
    /// ## What it does
    /// Flags an error or abort helper given a code that is not an error:
    /// `abort(200)`, `HTTPException(status_code=201)`,
    /// `http.Error(w, msg, 200)`, `ctx.throw(302)`.
    ///
    /// ## Why is this bad?
    /// These helpers stop the handler and send an error page. With a 1xx, 2xx
    /// or 3xx code the client sees success (or a redirect without a
    /// `Location`) while the body is an error message, and monitoring counts
    /// a failure as a success. Use the helper for 4xx and 5xx, and return a
    /// normal response otherwise.
    ///
    /// ## Example
    /// ```py
    /// abort(200)   # error-helper-non-error
    /// abort(409)   # fine: a conflict
    /// ```
    name: "error-helper-non-error",
    severity: Warning,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let locale = cx.locale;
    if o.api != Api::Error || !(100..=399).contains(&o.code) {
        return None;
    }
    let phrase = registry::status(o.code).map_or("", |s| s.phrase);
    let message = match locale {
        Locale::En => format!(
            "{} {phrase} is not an error, but this helper sends an error response: use a 4xx or 5xx code, or return a normal response",
            o.code
        ),
        Locale::ZhCn => format!(
            "{} {phrase} 不是错误状态码，而这个函数发送的是错误响应：请使用 4xx 或 5xx，或者返回普通响应",
            o.code
        ),
    };
    Some(Finding::new(Severity::Warning, message))
}
