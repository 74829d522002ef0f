//! `http-status-lsp explain`: everything the registry knows about a code.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use clap::ValueEnum;
use http_status_registry::{
    self as registry, Class, ConstantKind, Locale, Match, MatchKind, MethodOnRedirect, Standing,
    Status, Unofficial,
};
use serde_json::{Value, json};

use super::{EXIT_USAGE, style};
use crate::analysis::labels::{labels, yes_no};

const WIDTH: usize = 88;

/// Explain a status code, search codes by name, or list them.
///
/// Examples:
///   http-status-lsp explain 404
///   http-status-lsp explain 404 --locale zh-CN
///   http-status-lsp explain 404 --format json
///   http-status-lsp explain "too many"
///   http-status-lsp explain teapot
///   http-status-lsp explain --list --class 4xx
///
/// A number IANA has not assigned is explained through the vendors that use
/// it (nginx 499, Cloudflare 52x, ...). An unknown code, or a name that
/// matches nothing, prints the nearest codes and exits with status 2.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A status code (`404`), a name or part of one (`"too many"`, `teapot`,
    /// `Payload Too Large`), or a library constant (`http.StatusNotFound`).
    #[arg(required_unless_present = "list")]
    query: Option<String>,

    /// List codes in a table instead of explaining one.
    #[arg(long, conflicts_with = "query")]
    list: bool,

    /// With --list: only this class (1xx, 2xx, 3xx, 4xx or 5xx).
    #[arg(long, value_name = "CLASS", requires = "list", value_parser = parse_class)]
    class: Option<Class>,

    /// With --list: include vendor codes outside the IANA registry.
    #[arg(long, requires = "list")]
    vendor: bool,

    /// Language of the text: `en` or `zh-CN`. Defaults to the LC_ALL,
    /// LC_MESSAGES or LANG environment variable, else English.
    #[arg(long, value_name = "LOCALE", value_parser = parse_locale)]
    locale: Option<Locale>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Text for people.
    Human,
    /// One JSON value: an object for a code, an array for --list or a search.
    Json,
}

fn parse_class(s: &str) -> Result<Class, String> {
    Class::parse(s).ok_or_else(|| format!("`{s}` is not a class; use 1xx, 2xx, 3xx, 4xx or 5xx"))
}

pub(crate) fn parse_locale(s: &str) -> Result<Locale, String> {
    Locale::parse(s).ok_or_else(|| format!("`{s}` is not a supported locale; use en or zh-CN"))
}

/// The locale from the environment, as a POSIX program would pick it.
pub(crate) fn environment_locale() -> Locale {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .map(|value| Locale::from_tag(&value))
        .unwrap_or_default()
}

pub fn run(args: &Args) -> ExitCode {
    let locale = args.locale.unwrap_or_else(environment_locale);
    let mut out = String::new();
    let status = if args.list {
        list(&mut out, args, locale);
        ExitCode::SUCCESS
    } else {
        let query = args.query.as_deref().unwrap_or_default().trim();
        match query.parse::<u32>() {
            Ok(code) => explain_number(&mut out, code, args.format, locale),
            Err(_) => explain_search(&mut out, query, args.format, locale),
        }
    };
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    status
}

fn explain_number(out: &mut String, code: u32, format: Format, locale: Locale) -> ExitCode {
    let known = u16::try_from(code)
        .ok()
        .filter(|c| registry::status(*c).is_some() || !registry::unofficial(*c).is_empty());
    let Some(code) = known else {
        unknown_code(code, locale);
        return ExitCode::from(EXIT_USAGE);
    };
    match format {
        Format::Human => human(out, code, locale),
        Format::Json => json_line(out, &code_json(code, locale)),
    }
    ExitCode::SUCCESS
}

fn unknown_code(code: u32, locale: Locale) {
    let l = labels(locale);
    let near = registry::nearest_codes(u16::try_from(code).unwrap_or(u16::MAX), 3);
    let mut msg = String::new();
    if (100..=599).contains(&code) {
        let _ = writeln!(msg, "{}", l.unassigned.replace("{code}", &code.to_string()));
    } else {
        let _ = writeln!(
            msg,
            "{}",
            l.out_of_range.replace("{code}", &code.to_string())
        );
    }
    let _ = writeln!(msg, "{}", l.nearest);
    for s in near {
        let _ = writeln!(msg, "  {} {}", s.code, s.phrase);
    }
    let _ = std::io::stderr().lock().write_all(msg.as_bytes());
}

fn explain_search(out: &mut String, query: &str, format: Format, locale: Locale) -> ExitCode {
    let l = labels(locale);
    let found = registry::search(query);
    let answers: Vec<&Match> = found
        .iter()
        .filter(|m| m.kind != MatchKind::Similar)
        .collect();
    if answers.is_empty() {
        let mut msg = l.no_match.replace("{query}", query);
        msg.push('\n');
        if !found.is_empty() {
            msg.push_str(l.did_you_mean);
            msg.push('\n');
            for m in &found {
                let _ = writeln!(msg, "  {} {}", m.code, m.name);
            }
        }
        let _ = writeln!(msg, "{}", l.list_hint);
        let _ = std::io::stderr().lock().write_all(msg.as_bytes());
        return ExitCode::from(EXIT_USAGE);
    }
    let best = answers[0];
    match format {
        Format::Json => {
            let all: Vec<Value> = answers
                .iter()
                .map(|m| {
                    let mut v = code_json(m.code, locale);
                    v["matched"] = json!({ "name": m.name, "kind": kind_id(m.kind) });
                    v
                })
                .collect();
            json_line(out, &Value::Array(all));
        }
        Format::Human => {
            human(out, best.code, locale);
            let others: Vec<&&Match> = answers
                .iter()
                .skip(1)
                .filter(|m| m.code != best.code)
                .collect();
            if !others.is_empty() {
                let _ = writeln!(out, "\n{}", style::bold(l.also_matching));
                for m in others {
                    let _ = writeln!(out, "  {}  {}", m.code, m.name);
                }
            }
        }
    }
    ExitCode::SUCCESS
}

fn kind_id(kind: MatchKind) -> &'static str {
    match kind {
        MatchKind::Phrase => "phrase",
        MatchKind::Alias => "former-name",
        MatchKind::Vendor => "vendor",
        MatchKind::Constant => "constant",
        MatchKind::Summary => "summary",
        MatchKind::Similar => "similar",
    }
}

fn human(out: &mut String, code: u16, locale: Locale) {
    match registry::status(code) {
        Some(status) => human_status(out, status, locale),
        None => {
            let l = labels(locale);
            let class = Class::of(code).map(|c| c.name(locale)).unwrap_or("");
            let _ = writeln!(
                out,
                "{}",
                style::bold(&format!("{code} ({})", l.not_registered))
            );
            let _ = writeln!(
                out,
                "{}",
                style::dim(&format!("{class} · {}", l.not_registered_long))
            );
        }
    }
    let vendors = registry::unofficial(code);
    if vendors.is_empty() {
        return;
    }
    let l = labels(locale);
    let title = if registry::status(code).is_some() {
        l.vendor_conflict
    } else if vendors.len() > 1 {
        l.vendor_several
    } else {
        l.vendor_one
    };
    let _ = writeln!(out, "\n{}", style::warn(title));
    for vendor in vendors {
        human_vendor(out, vendor, locale);
    }
    if registry::status(code).is_none() {
        // Libraries that name an unregistered number (requests, Spring, ...).
        let names: Vec<String> = registry::constants()
            .iter()
            .filter(|c| c.code == code)
            .map(|c| format!("{} ({})", c.name, c.ecosystem.label))
            .collect();
        if !names.is_empty() {
            let _ = writeln!(out);
            labelled(out, l.constants, &names.join(", "));
        }
    }
}

fn human_status(out: &mut String, s: &Status, locale: Locale) {
    let l = labels(locale);
    let text = s.text(locale);
    let _ = writeln!(out, "{}", style::bold(&format!("{} {}", s.code, s.phrase)));
    let standing = s.standing.name(locale);
    let standing = if s.standing == Standing::Standard {
        standing.to_owned()
    } else {
        style::warn(standing)
    };
    let _ = writeln!(
        out,
        "{} · {} · {}",
        s.class().name(locale),
        standing,
        s.spec
    );
    let _ = writeln!(out);
    paragraph(out, text.summary, "");
    let _ = writeln!(out);
    for para in text.description.split("\n\n") {
        paragraph(out, para, "");
    }
    if let Some(why) = text.standing_why {
        let _ = writeln!(out);
        labelled(out, l.standing, why);
    }
    if let Some(t) = s.temporary {
        let line = match t.extended {
            Some(ext) => l
                .temporary_extended
                .replace("{registered}", t.registered)
                .replace("{extended}", ext)
                .replace("{expires}", t.expires),
            None => l
                .temporary
                .replace("{registered}", t.registered)
                .replace("{expires}", t.expires),
        };
        labelled(out, l.registration, &line);
        if t.expired_by(&registry::today_utc()) {
            labelled(
                out,
                l.registration,
                &l.expired.replace("{snapshot}", registry::IANA_SNAPSHOT),
            );
        }
    }
    if text.use_when.is_some() || text.mistake.is_some() {
        let _ = writeln!(out);
    }
    // The sentences name themselves ("Use it when…", "A common misuse…"), so
    // a mark is enough to tell them apart.
    if let Some(when) = text.use_when {
        marked(out, "✓", when);
    }
    if let Some(mistake) = text.mistake {
        marked(out, "✗", mistake);
    }
    let _ = writeln!(out);
    labelled(out, l.cacheable, yes_no(s.cacheable, locale));
    labelled(
        out,
        l.content,
        if s.content_forbidden {
            l.content_no
        } else {
            l.content_yes
        },
    );
    if s.method_on_redirect != MethodOnRedirect::NotApplicable {
        let method = match s.method_on_redirect {
            MethodOnRedirect::BecomesGet => l.method_get,
            MethodOnRedirect::MayChange => l.method_may_change,
            _ => l.method_kept,
        };
        labelled(out, l.method, method);
    }
    if !s.headers.is_empty() {
        labelled(out, l.headers, &s.headers.join(", "));
    }
    if !s.request_headers.is_empty() {
        labelled(out, l.request_headers, &s.request_headers.join(", "));
    }
    if !s.aliases.is_empty() {
        let names: Vec<String> = s
            .aliases
            .iter()
            .map(|a| format!("\"{}\" ({})", a.name, a.used_by))
            .collect();
        labelled(out, l.aliases, &names.join("; "));
    }
    let _ = writeln!(out);
    constants_table(out, s.code, locale);
    let _ = writeln!(out);
    labelled(
        out,
        l.iana,
        &format!(
            "[{}] ({} {})",
            s.iana_reference,
            l.snapshot,
            registry::IANA_SNAPSHOT
        ),
    );
    labelled(out, l.spec_link, s.link);
    labelled(out, "MDN", &s.mdn_link(locale));
}

fn human_vendor(out: &mut String, v: &Unofficial, locale: Locale) {
    let l = labels(locale);
    let text = v.text(locale);
    let _ = writeln!(
        out,
        "\n{}",
        style::bold(&format!("{} {}", v.code, v.reason))
    );
    let _ = writeln!(
        out,
        "{}",
        style::dim(&format!("{}: {}", l.vendor, v.vendor))
    );
    paragraph(out, text.summary, "");
    let _ = writeln!(out);
    for para in text.description.split("\n\n") {
        paragraph(out, para, "");
    }
    labelled(out, l.source, v.source);
}

fn constants_table(out: &mut String, code: u16, locale: Locale) {
    let l = labels(locale);
    let _ = writeln!(out, "{}", style::bold(l.constants));
    let label_width = registry::ecosystems()
        .iter()
        .map(|e| e.label.len())
        .max()
        .unwrap_or(0);
    for eco in registry::ecosystems() {
        let names = registry::constants_for(eco, code);
        let cell = if names.is_empty() {
            style::dim(l.none)
        } else {
            names
                .iter()
                .map(|c| match c.kind {
                    ConstantKind::Preferred => c.name.to_owned(),
                    ConstantKind::Alias => format!("{} ({})", c.name, l.kind_alias),
                    ConstantKind::Renamed => format!("{} ({})", c.name, l.kind_renamed),
                    ConstantKind::Deprecated => format!("{} ({})", c.name, l.kind_deprecated),
                    ConstantKind::Removed => format!("{} ({})", c.name, l.kind_removed),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(out, "  {:<label_width$}  {cell}", eco.label);
    }
}

fn list(out: &mut String, args: &Args, locale: Locale) {
    let l = labels(locale);
    let in_class = |code: u16| args.class.is_none_or(|c| Class::of(code) == Some(c));
    let mut rows: Vec<(u16, &str, String, &str)> = registry::statuses()
        .iter()
        .filter(|s| in_class(s.code))
        .map(|s| {
            (
                s.code,
                s.phrase,
                s.standing.name(locale).to_owned(),
                s.text(locale).summary,
            )
        })
        .collect();
    if args.vendor {
        rows.extend(
            registry::unofficials()
                .iter()
                .filter(|v| in_class(v.code))
                .map(|v| {
                    (
                        v.code,
                        v.reason,
                        format!("{} ({})", l.unofficial, v.vendor),
                        v.text(locale).summary,
                    )
                }),
        );
        rows.sort_by_key(|r| r.0);
    }
    if args.format == Format::Json {
        let items: Vec<Value> = rows
            .iter()
            .map(|(code, name, standing, summary)| {
                json!({ "code": code, "name": name, "standing": standing, "summary": summary })
            })
            .collect();
        json_line(out, &Value::Array(items));
        return;
    }
    let name_width = rows
        .iter()
        .map(|r| display_width(r.1))
        .max()
        .unwrap_or(0)
        .min(36);
    let standing_width = rows
        .iter()
        .map(|r| display_width(&r.2))
        .max()
        .unwrap_or(0)
        .min(30);
    let _ = writeln!(
        out,
        "{}",
        style::bold(&format!(
            "{}  {}  {}  {}",
            l.col_code,
            pad(l.col_name, name_width),
            pad(l.col_standing, standing_width),
            l.col_summary
        ))
    );
    for (code, name, standing, summary) in rows {
        let _ = writeln!(
            out,
            "{code:<w$}  {}  {}  {summary}",
            pad(&truncate(name, name_width), name_width),
            pad(&truncate(&standing, standing_width), standing_width),
            w = display_width(l.col_code)
        );
    }
}

fn code_json(code: u16, locale: Locale) -> Value {
    let vendors: Vec<Value> = registry::unofficial(code)
        .iter()
        .map(|v| {
            let t = v.text(locale);
            json!({
                "reason": v.reason,
                "vendor": v.vendor,
                "source": v.source,
                "summary": t.summary,
                "description": t.description,
            })
        })
        .collect();
    let Some(s) = registry::status(code) else {
        return json!({
            "code": code,
            "registered": false,
            "class": Class::of(code).map(|c| format!("{}xx", c.digit())),
            "locale": locale.tag(),
            "vendor_meanings": vendors,
        });
    };
    let t = s.text(locale);
    let constants: Vec<Value> = registry::ecosystems()
        .iter()
        .flat_map(|eco| registry::constants_for(eco, code))
        .map(|c| json!({ "ecosystem": c.ecosystem.id, "name": c.name, "kind": c.kind.id() }))
        .collect();
    let missing: Vec<&str> = registry::ecosystems()
        .iter()
        .filter(|eco| registry::constants_for(eco, code).is_empty())
        .map(|eco| eco.id)
        .collect();
    json!({
        "code": code,
        "registered": true,
        "phrase": s.phrase,
        "class": format!("{}xx", s.class().digit()),
        "standing": s.standing.id(),
        "standing_why": t.standing_why,
        "temporary_registration": s.temporary.map(|r| json!({
            "registered": r.registered, "extended": r.extended, "expires": r.expires
        })),
        "spec": s.spec,
        "iana_reference": s.iana_reference,
        "iana_snapshot": registry::IANA_SNAPSHOT,
        "link": s.link,
        "mdn": s.mdn_link(locale),
        "cacheable": s.cacheable,
        "content_forbidden": s.content_forbidden,
        "method_on_redirect": match s.method_on_redirect {
            MethodOnRedirect::MayChange => "may-change",
            MethodOnRedirect::BecomesGet => "becomes-get",
            MethodOnRedirect::Kept => "kept",
            MethodOnRedirect::NotApplicable => "n/a",
        },
        "headers": s.headers,
        "request_headers": s.request_headers,
        "aliases": s.aliases.iter().map(|a| json!({ "name": a.name, "used_by": a.used_by })).collect::<Vec<_>>(),
        "locale": locale.tag(),
        "summary": t.summary,
        "description": t.description,
        "use_when": t.use_when,
        "mistake": t.mistake,
        "constants": constants,
        "no_constant_in": missing,
        "vendor_meanings": vendors,
    })
}

fn json_line(out: &mut String, value: &Value) {
    // Serialising a `Value` cannot fail.
    out.push_str(&serde_json::to_string_pretty(value).unwrap_or_default());
    out.push('\n');
}

fn paragraph(out: &mut String, text: &str, indent: &str) {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(indent)
        .subsequent_indent(indent);
    for line in textwrap::wrap(text, options) {
        let _ = writeln!(out, "{line}");
    }
}

fn marked(out: &mut String, mark: &str, text: &str) {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent("")
        .subsequent_indent("  ");
    let whole = format!("{mark} {text}");
    for line in textwrap::wrap(&whole, options) {
        let _ = writeln!(out, "{line}");
    }
}

fn labelled(out: &mut String, label: &str, text: &str) {
    // A full-width colon after a Chinese label, an ASCII one otherwise.
    let head = if label.chars().last().is_some_and(|c| c > '\u{2E80}') {
        format!("{label}：")
    } else {
        format!("{label}: ")
    };
    let options = textwrap::Options::new(WIDTH).subsequent_indent("  ");
    let whole = format!("{head}{text}");
    let mut lines = textwrap::wrap(&whole, options).into_iter();
    if let Some(first) = lines.next() {
        let rest = first.strip_prefix(head.as_str()).unwrap_or(&first);
        let _ = writeln!(out, "{}{rest}", style::bold(&head));
    }
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
}

fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

fn pad(s: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(s));
    format!("{s}{}", " ".repeat(fill))
}

fn truncate(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    for ch in s.chars() {
        if display_width(&out) + unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0) + 1 > width
        {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}
