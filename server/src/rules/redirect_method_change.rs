use http_status_registry::{self as registry, Locale, MethodOnRedirect};

use super::respell::respell;
use super::{Context, Finding, Fix, Severity};
use crate::syntax::{Api, Occurrence, Role};

rule! {
    /// ## What it does
    /// Flags a 301 or 302 redirect where the request's method matters: in a
    /// handler for POST, PUT, PATCH or DELETE (Express `app.post`, Flask
    /// `methods=["POST"]`, FastAPI `@app.post`, Django's
    /// `if request.method == "POST":`, Spring `@PostMapping`, ASP.NET
    /// `[HttpPost]`, Rails `create`/`update`/`destroy`, gin `r.POST`, ...) it
    /// warns; where the code does not say which method it serves, it is a
    /// hint. In a handler for GET or HEAD it stays silent.
    ///
    /// ## Why is this bad?
    /// RFC 9110 lets clients turn a POST into a GET when they follow a 301 or
    /// 302, and browsers do; other clients keep the POST. The same response
    /// does two different things. Say which one you mean:
    ///
    /// - **303 See Other**: the client follows with a GET. This is the usual
    ///   intent after a form post (post/redirect/get).
    /// - **307 Temporary Redirect** or **308 Permanent Redirect**: the client
    ///   repeats the same method with the same body.
    ///
    /// Neither fix is applied by `check --fix` or "fix all", and 307 is not a
    /// safe default: after a login form it would send the password again to
    /// the new address.
    ///
    /// ## Example
    /// ```js
    /// app.post("/orders", (req, res) => {
    ///   res.redirect(302, `/orders/${id}`);   // redirect-method-change
    ///   res.redirect(303, `/orders/${id}`);
    /// });
    /// ```
    name: "redirect-method-change",
    severity: Warning,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let status = registry::status(o.code)?;
    if status.method_on_redirect != MethodOnRedirect::MayChange
        || !matches!(o.api, Api::Redirect | Api::Response)
        || matches!(o.role, Role::Comparison | Role::Case)
    {
        return None;
    }
    let (severity, method) = match o.method {
        Some(m) if m.is_safe() => return None,
        Some(m) => (Severity::Warning, Some(m.name())),
        None => (Severity::Hint, None),
    };
    // 303 to follow with GET; to keep the method, 307 for a temporary
    // redirect and 308 for a permanent one.
    let keep = if o.code == 301 { 308 } else { 307 };
    let phrase = |code: u16| registry::status(code).map_or("", |s| s.phrase);
    let message = match (cx.locale, method) {
        (Locale::En, Some(m)) => format!(
            "{} {} in a {m} handler: browsers follow it with a GET and drop the body, other clients repeat the {m}; use 303 See Other to send the client on with a GET, or {keep} {} to keep the {m}",
            o.code,
            status.phrase,
            phrase(keep)
        ),
        (Locale::En, None) => format!(
            "{} {} lets clients turn a POST into a GET; if this can answer a POST, PUT, PATCH or DELETE, say which you mean: 303 See Other (follow with GET) or {keep} {} (keep the method)",
            o.code,
            status.phrase,
            phrase(keep)
        ),
        (Locale::ZhCn, Some(m)) => format!(
            "{m} 处理函数中的 {} {}：浏览器会改用 GET 跟随并丢弃请求体，其他客户端则重发 {m}；要让客户端用 GET 跳转请用 303 See Other，要保留 {m} 请用 {keep} {}",
            o.code,
            status.phrase,
            phrase(keep)
        ),
        (Locale::ZhCn, None) => format!(
            "{} {} 允许客户端把 POST 改成 GET；如果这里可能响应 POST、PUT、PATCH 或 DELETE，请明确意图：303 See Other（改用 GET 跟随）或 {keep} {}（保留请求方法）",
            o.code,
            status.phrase,
            phrase(keep)
        ),
    };
    let fix = |code: u16, en: &str, zh: &str| {
        respell(cx.language, cx.text, o, code).map(|edit| Fix {
            title: match cx.locale {
                Locale::En => format!("Use {code} {} ({en})", phrase(code)),
                Locale::ZhCn => format!("改用 {code} {}（{zh}）", phrase(code)),
            },
            edits: vec![edit],
            safe: false,
        })
    };
    let fixes = [
        fix(303, "follow with GET", "改用 GET 跟随"),
        fix(keep, "keep the method", "保留请求方法"),
    ]
    .into_iter()
    .flatten()
    .collect();
    Some(Finding {
        severity,
        message,
        fixes,
    })
}
