//! The hover card for a status code.

use std::fmt::Write as _;
use std::ops::Range;

use http_status_registry::{self as registry, Locale, MethodOnRedirect, Standing, Status};

use super::ecosystem::{constant_for, written};
use super::labels::{labels, yes_no};
use crate::project::{CustomCode, Project};
use crate::rules;
use crate::syntax::{Language, Occurrence};

/// Markdown for the occurrence under `offset`, and the range it covers: the
/// project's own meaning of the code if `http-status.toml` declares one, the
/// code's card, and the problems rules found there with what each rule is
/// about.
pub fn hover(
    language: Language,
    text: &str,
    occurrences: &[Occurrence],
    offset: usize,
    locale: Locale,
    project: &Project,
    problems: &[rules::Diagnostic],
) -> Option<(Range<usize>, String)> {
    let o = occurrences
        .iter()
        .find(|o| o.range.start <= offset && offset <= o.range.end)?;
    let mut markdown = String::new();
    if let Some(custom) = project.custom(o.code) {
        markdown.push_str(&custom_card(custom, project, locale));
    }
    if let Some(standard) = card(Some(language), text, o.code, locale) {
        if !markdown.is_empty() {
            markdown.push_str("---\n\n");
        }
        markdown.push_str(&standard);
    }
    for d in problems.iter().filter(|d| d.range == o.range) {
        let Some(rule) = rules::rule(d.rule) else {
            continue;
        };
        if !markdown.is_empty() {
            markdown.push_str("\n\n---\n\n");
        }
        let _ = write!(
            markdown,
            "**{}** ({}): {}\n\n{}. [{}]({})",
            d.rule,
            d.severity.name(),
            d.message,
            rule.summary(),
            match locale {
                Locale::En => "About this rule",
                Locale::ZhCn => "规则说明",
            },
            rules::rule_url(d.rule)
        );
    }
    (!markdown.is_empty()).then(|| (o.range.clone(), markdown))
}

/// What `http-status.toml` says about one of the project's own codes.
pub fn custom_card(custom: &CustomCode, project: &Project, locale: Locale) -> String {
    let mut markdown = String::new();
    let _ = write!(markdown, "### {} {}\n\n", custom.code, custom.reason);
    let from = project
        .path
        .as_deref()
        .and_then(|p| p.file_name())
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let _ = match locale {
        Locale::En => write!(
            markdown,
            "*This project's own code, declared in `{from}`.*\n\n"
        ),
        Locale::ZhCn => write!(markdown, "*本项目自定义的状态码，声明于 `{from}`。*\n\n"),
    };
    if !custom.description.is_empty() {
        let _ = write!(markdown, "{}\n\n", custom.description);
    }
    markdown
}

/// The card for `code` as seen in a file of `language` with this `text`
/// (without a language, no constant names), or `None` for a number no one
/// has given a meaning.
pub fn card(language: Option<Language>, text: &str, code: u16, locale: Locale) -> Option<String> {
    let status = registry::status(code);
    let vendors = registry::unofficial(code);
    if status.is_none() && vendors.is_empty() {
        return None;
    }
    let l = labels(locale);
    let mut md = String::new();
    match status {
        Some(s) => status_card(&mut md, s, language, text, locale),
        None => {
            let class = registry::Class::of(code)
                .map(|c| c.name(locale))
                .unwrap_or("");
            let _ = writeln!(
                md,
                "**{code}** ({})\n\n{class} · {}\n",
                l.not_registered, l.not_registered_long
            );
        }
    }
    if !vendors.is_empty() {
        let title = if status.is_some() {
            l.vendor_conflict
        } else if vendors.len() > 1 {
            l.vendor_several
        } else {
            l.vendor_one
        };
        let _ = writeln!(md, "---\n\n{title}\n");
        for v in vendors {
            let t = v.text(locale);
            let _ = writeln!(
                md,
                "- **{} {}** ({}): {}",
                v.code, v.reason, v.vendor, t.summary
            );
        }
    }
    Some(md)
}

fn status_card(
    md: &mut String,
    s: &Status,
    language: Option<Language>,
    text: &str,
    locale: Locale,
) {
    let l = labels(locale);
    let t = s.text(locale);
    let _ = writeln!(md, "**{} {}**\n", s.code, s.phrase);
    let standing = s.standing.name(locale);
    let standing = if s.standing == Standing::Standard {
        standing.to_owned()
    } else {
        format!("**{standing}**")
    };
    let _ = writeln!(md, "{} · {standing}\n", s.class().name(locale));
    let _ = writeln!(md, "{}\n", t.summary);
    for paragraph in t.description.split("\n\n") {
        let _ = writeln!(md, "{paragraph}\n");
    }
    if let Some(why) = t.standing_why {
        let _ = writeln!(md, "*{}:* {why}\n", l.standing);
    }
    if let Some(when) = t.use_when {
        let _ = writeln!(md, "✓ {when}\n");
    }
    if let Some(mistake) = t.mistake {
        let _ = writeln!(md, "✗ {mistake}\n");
    }
    let mut facts = vec![
        (l.cacheable, yes_no(s.cacheable, locale).to_owned()),
        (
            l.content,
            if s.content_forbidden {
                l.content_no
            } else {
                l.content_yes
            }
            .to_owned(),
        ),
    ];
    match s.method_on_redirect {
        MethodOnRedirect::MayChange => facts.push((l.method, l.method_may_change.to_owned())),
        MethodOnRedirect::BecomesGet => facts.push((l.method, l.method_get.to_owned())),
        MethodOnRedirect::Kept => facts.push((l.method, l.method_kept.to_owned())),
        MethodOnRedirect::NotApplicable => {}
    }
    if !s.headers.is_empty() {
        facts.push((l.headers, code_list(s.headers)));
    }
    if !s.request_headers.is_empty() {
        facts.push((l.request_headers, code_list(s.request_headers)));
    }
    if let Some(c) = language.and_then(|language| constant_for(language, text, s.code)) {
        facts.push((
            l.constants,
            format!("`{}` ({})", written(c, text), c.ecosystem.label),
        ));
    }
    if !s.aliases.is_empty() {
        let names: Vec<String> = s
            .aliases
            .iter()
            .map(|a| format!("\"{}\"", a.name))
            .collect();
        facts.push((l.aliases, names.join(", ")));
    }
    for (label, value) in facts {
        let _ = writeln!(md, "- {label}: {value}");
    }
    let _ = writeln!(
        md,
        "\n[{}]({}) · [MDN]({})",
        s.spec,
        s.link,
        s.mdn_link(locale)
    );
}

fn code_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|h| format!("`{h}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::scan_text;

    #[test]
    fn hover_on_a_literal() {
        let text = "package main\nimport \"net/http\"\nfunc h(w http.ResponseWriter) { w.WriteHeader(404) }\n";
        let found = scan_text(Language::Go, text);
        let at = text.find("404").expect("literal") + 1;
        let (range, md) = hover(
            Language::Go,
            text,
            &found,
            at,
            Locale::En,
            &Project::default(),
            &[],
        )
        .expect("hover");
        assert_eq!(&text[range], "404");
        assert!(md.starts_with("**404 Not Found**"), "{md}");
        assert!(md.contains("`http.StatusNotFound`"), "{md}");
        assert!(
            md.contains("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"),
            "{md}"
        );
        assert!(
            md.contains("developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404"),
            "{md}"
        );
        let (_, zh) = hover(
            Language::Go,
            text,
            &found,
            at,
            Locale::ZhCn,
            &Project::default(),
            &[],
        )
        .expect("hover");
        assert!(zh.contains("客户端错误"), "{zh}");
    }

    #[test]
    fn no_hover_off_a_status() {
        let text = "server.listen(443); res.status(404);";
        let found = scan_text(Language::JavaScript, text);
        assert!(
            hover(
                Language::JavaScript,
                text,
                &found,
                15,
                Locale::En,
                &Project::default(),
                &[]
            )
            .is_none()
        );
    }

    #[test]
    fn deprecated_and_vendor_codes() {
        let md = card(Some(Language::JavaScript), "", 305, Locale::En).expect("305");
        assert!(md.contains("**deprecated**"), "{md}");
        let md = card(Some(Language::JavaScript), "", 499, Locale::En).expect("499");
        assert!(md.contains("nginx") && md.contains("ArcGIS"), "{md}");
        assert!(card(Some(Language::JavaScript), "", 299, Locale::En).is_none());
    }
}
