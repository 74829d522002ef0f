use http_status_registry::{self as registry, Locale};

use super::{Context, Finding, Severity};
use crate::syntax::Occurrence;

rule! {
    /// ## What it does
    /// Notes a code that IANA never assigned but a vendor uses (nginx 444 and 499, Cloudflare 52x, AWS ELB 460-561, Laravel 419, ...), naming the vendor. It warns when vendors give the number different meanings.
    ///
    /// Codes the project declares under `[custom-codes]` in `http-status.toml`
    /// are its own and are left alone.
    ///
    /// ## Why is this bad?
    /// Only software from that vendor understands the code. Everything else treats it as the `x00` of its class, and where vendors disagree (499 is "client closed request" to nginx but "token required" to ArcGIS) the reader cannot know which was meant.
    ///
    /// ## Example
    /// ```php
    /// abort(419); // unofficial-status: Laravel's "Page Expired"
    /// ```
    name: "unofficial-status",
    severity: Information,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let locale = cx.locale;
    // Reading or asserting such a code (a client handling a 305, a test
    // expecting a 418 easter egg) is not sending it.
    if !super::sends(o) || cx.project.custom(o.code).is_some() {
        return None;
    }
    if registry::status(o.code).is_some() {
        return None;
    }
    let vendors = registry::unofficial(o.code);
    let first = vendors.first()?;
    let names: Vec<String> = vendors
        .iter()
        .map(|v| format!("\"{}\" ({})", v.reason, v.vendor))
        .collect();
    if vendors.len() > 1 {
        let message = match locale {
            Locale::En => format!(
                "{} is not an IANA code, and vendors disagree on it: {}",
                o.code,
                names.join("; ")
            ),
            Locale::ZhCn => format!(
                "{} 不是 IANA 状态码，且各厂商含义不同：{}",
                o.code,
                names.join("；")
            ),
        };
        return Some(Finding::new(Severity::Warning, message));
    }
    let message = match locale {
        Locale::En => format!(
            "{} {} is not an IANA code; only {} uses it",
            o.code, first.reason, first.vendor
        ),
        Locale::ZhCn => format!(
            "{} {} 不是 IANA 状态码，只有 {} 使用",
            o.code, first.reason, first.vendor
        ),
    };
    Some(Finding::new(Severity::Information, message))
}
