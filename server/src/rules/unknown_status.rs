use http_status_registry::{self as registry, Locale};

use super::{Context, Finding, Severity};
use crate::syntax::Occurrence;

rule! {
    /// ## What it does
    /// Flags a status code in 100-599 that IANA has not assigned and that no vendor is known to use, such as `299` or `452`.
    ///
    /// Codes the project declares under `[custom-codes]` in `http-status.toml`
    /// are its own and are left alone.
    ///
    /// ## Why is this bad?
    /// Clients treat an unknown code as the `x00` code of its class, so `452` reads as a plain `400` and whatever you meant by it is lost. It is often a typo for a nearby code.
    ///
    /// ## Example
    /// ```py
    /// abort(452)   # unknown-status: did you mean 451 or 422?
    /// ```
    name: "unknown-status",
    severity: Warning,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let locale = cx.locale;
    // The project declared it in http-status.toml: it knows what it means.
    if cx.project.custom(o.code).is_some() {
        return None;
    }
    if !(100..=599).contains(&o.code)
        || registry::status(o.code).is_some()
        || !registry::unofficial(o.code).is_empty()
    {
        return None;
    }
    let near: Vec<String> = registry::nearest_codes(o.code, 2)
        .iter()
        .map(|s| format!("{} {}", s.code, s.phrase))
        .collect();
    let message = match locale {
        Locale::En => format!(
            "{} is not an assigned HTTP status code; nearest: {}",
            o.code,
            near.join(", ")
        ),
        Locale::ZhCn => format!(
            "{} 不是已分配的 HTTP 状态码；最接近的是：{}",
            o.code,
            near.join("，")
        ),
    };
    Some(Finding::new(Severity::Warning, message))
}
