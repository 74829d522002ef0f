use http_status_registry::{self as registry, Locale};

use super::respell::respell;
use super::{Context, Finding, Fix, Severity, sends};
use crate::syntax::Occurrence;

rule! {
    /// ## What it does
    /// Flags a body sent with a status that cannot have one: 1xx, 204 No
    /// Content, 205 Reset Content and 304 Not Modified, as in
    /// `res.status(204).json(x)`, `JSONResponse(content=x, status_code=204)`,
    /// `c.JSON(204, obj)`, `Response("x", status=204)`,
    /// `return jsonify(x), 204` or `render json: x, status: :no_content`.
    ///
    /// ## Why is this bad?
    /// RFC 9110 says these responses end at the headers. Servers and
    /// frameworks drop the body (Express, Node) or fail on it (Starlette
    /// raises, Go's `net/http` returns an error from `Write`), and a body
    /// that does get through desynchronises keep-alive connections: the
    /// client reads it as the start of the next response. The data the code
    /// meant to send never arrives.
    ///
    /// The fix sends 200 OK instead; it is not applied by `check --fix` or
    /// "fix all", since dropping the body may be what you meant.
    ///
    /// ## Example
    /// ```js
    /// res.status(204).json({ deleted: id });   // content-with-bodiless-status
    /// res.status(200).json({ deleted: id });
    /// res.status(204).end();
    /// ```
    name: "content-with-bodiless-status",
    severity: Warning,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let bodiless = (100..=199).contains(&o.code) || matches!(o.code, 204 | 205 | 304);
    if !o.body || !bodiless || !sends(o) {
        return None;
    }
    let phrase = registry::status(o.code).map_or("", |s| s.phrase);
    let message = match cx.locale {
        Locale::En => format!(
            "{} {phrase} has no body: this one is dropped or breaks the connection; send 200 OK with it, or send no body",
            o.code
        ),
        Locale::ZhCn => format!(
            "{} {phrase} 不能带响应体：这里的内容会被丢弃或破坏连接；要返回内容请用 200 OK，否则去掉响应体",
            o.code
        ),
    };
    let fixes = respell(cx.language, cx.text, o, 200)
        .map(|edit| Fix {
            title: match cx.locale {
                Locale::En => "Use 200 OK".to_owned(),
                Locale::ZhCn => "改用 200 OK".to_owned(),
            },
            edits: vec![edit],
            safe: false,
        })
        .into_iter()
        .collect();
    Some(Finding {
        severity: Severity::Warning,
        message,
        fixes,
    })
}
