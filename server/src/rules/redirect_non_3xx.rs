use http_status_registry::{self as registry, Locale};

use super::{Context, Finding, Severity};
use crate::syntax::{Api, Occurrence};

rule! {
    /// ## What it does
    /// Flags a redirect helper given a code that is not a redirect:
    /// `res.redirect(200, url)`, `http.Redirect(w, r, url, 200)`,
    /// `redirect(url, code=404)`, `RedirectResponse(url, status_code=500)`.
    ///
    /// ## Why is this bad?
    /// A redirect is a 3xx response with a `Location` header. With another
    /// code, clients do not follow `Location`: a 200 shows the helper's tiny
    /// placeholder body ("Found. Redirecting to ...") as the page, and a 4xx
    /// or 5xx reports an error the server did not mean. Go's `http.Redirect`
    /// even documents that the code must be in the 3xx range.
    ///
    /// ## Example
    /// ```js
    /// res.redirect(200, "/home");   // redirect-non-3xx
    /// res.redirect(303, "/home");   // after a form post
    /// ```
    name: "redirect-non-3xx",
    severity: Error,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let locale = cx.locale;
    if o.api != Api::Redirect || !(100..=599).contains(&o.code) || (300..=399).contains(&o.code) {
        return None;
    }
    let phrase = registry::status(o.code).map_or("", |s| s.phrase);
    let message = match locale {
        Locale::En => format!(
            "{} {phrase} is not a redirect: a redirect needs a 3xx code (303 See Other after a form post, 307 or 308 to keep the method, 301 or 302 otherwise)",
            o.code
        ),
        Locale::ZhCn => format!(
            "{} {phrase} 不是重定向：重定向需要 3xx 状态码（表单提交后用 303 See Other，保留请求方法用 307 或 308，其他情况用 301 或 302）",
            o.code
        ),
    };
    Some(Finding::new(Severity::Error, message))
}
