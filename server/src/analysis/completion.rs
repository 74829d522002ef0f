//! Completion where a status is expected: codes after `res.status(`,
//! `abort(`, `status_code=`, `case `; constants after `http.Status`,
//! `HttpStatus.`, `StatusCode::`; Rails symbols after `status: :`.

use std::ops::Range;
use std::sync::OnceLock;

use http_status_registry::{self as registry, ConstantKind, Locale, Standing};
use regex::Regex;

use super::ecosystem::{preferred_ecosystems, written};
use crate::syntax::{Api, Language};

/// One proposal, in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub label: String,
    pub detail: String,
    /// Short markdown; the full card comes with `completionItem/resolve`.
    pub documentation: String,
    pub insert: String,
    pub replace: Range<usize>,
    pub sort: String,
    pub filter: String,
    pub deprecated: bool,
    pub code: u16,
    pub constant: bool,
}

fn slot_patterns() -> &'static [(Regex, Api)] {
    static PATTERNS: OnceLock<Vec<(Regex, Api)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let call = |names: &str| format!(r"(?:^|[^\w])(?:{names})\s*\(\s*(?:[^()]*,\s*)*(?P<typed>[\w' ]*)$");
        let table = [
            (call("redirect|Redirect|redirect_to|RedirectResponse|HttpResponseRedirect|permanentRedirect"), Api::Redirect),
            (
                call("abort|abort_if|abort_unless|http\\.Error|throw|HTTPException|HttpException|HTTPError|HttpError|NewHTTPError|createError|sendError|errorhandler|ResponseStatusException|error!"),
                Api::Error,
            ),
            (
                call("status|sendStatus|code|WriteHeader|writeHead|setStatus|setStatusCode|http_response_code|StatusCode|Status|AbortWithStatus|AbortWithStatusJSON|c\\.JSON|c\\.String|c\\.HTML|c\\.NoContent|c\\.Data|c\\.IndentedJSON|from_u16|HttpStatus\\.valueOf|fromValue|StatusCodeResult|assertStatus|\\.expect"),
                Api::Response,
            ),
            (
                r"(?:^|[^\w=!<>])(?:status|status_code|statusCode|StatusCode|code|http_status|httpStatus)\s*(?:=|:)\s*(?P<typed>[\w' ]*)$".to_owned(),
                Api::Response,
            ),
            (
                r"(?i)(?:^|[^\w])(?:status|status_code|statuscode|code|status\(\)|getstatus\(\)|getstatuscode\(\)|getresponsecode\(\))\s*(?:===|==|!==|!=)\s*(?P<typed>[\w' ]*)$".to_owned(),
                Api::Client,
            ),
            (r"(?:^|\s)(?:head|halt|status)\s+(?P<typed>\d*)$".to_owned(), Api::Response),
        ];
        table
            .into_iter()
            .filter_map(|(re, api)| Regex::new(&re).ok().map(|re| (re, api)))
            .collect()
    })
}

fn case_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s*(?:case|when)\s+(?:[\d\s,|]*[,|]\s*)?(?P<typed>\d*)$")
            .unwrap_or_else(|e| panic!("{e}"))
    })
}

fn symbol_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:status:\s*|head\s+|status\s*=>\s*|assert_response\s+|have_http_status\()\s*:(?P<typed>\w*)$")
            .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// Proposals at byte `offset`, or nothing when no status is expected there.
pub fn complete(language: Language, text: &str, offset: usize, locale: Locale) -> Vec<Item> {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let Some(before) = text.get(line_start..offset) else {
        return Vec::new();
    };
    if let Some(items) = constants(language, text, before, offset) {
        return items;
    }
    if language == Language::Ruby {
        if let Some(c) = symbol_pattern().captures(before) {
            let typed = c.name("typed").map_or("", |m| m.as_str());
            return symbols(offset - typed.len()..offset, locale);
        }
    }
    for (re, api) in slot_patterns() {
        if let Some(c) = re.captures(before) {
            let typed = c.name("typed").map_or("", |m| m.as_str());
            let api = if *api == Api::Response && before.contains("redirect") {
                Api::Redirect
            } else {
                *api
            };
            return codes(typed, offset - typed.len()..offset, api, locale);
        }
    }
    if let Some(c) = case_pattern().captures(before) {
        let window_start = text[..line_start]
            .char_indices()
            .rev()
            .nth(1500)
            .map_or(0, |(i, _)| i);
        let above = text[window_start..line_start].to_ascii_lowercase();
        if above.contains("status") || above.contains("code") {
            let typed = c.name("typed").map_or("", |m| m.as_str());
            return codes(typed, offset - typed.len()..offset, Api::Client, locale);
        }
    }
    Vec::new()
}

/// The order codes are offered in for each kind of slot.
fn rank(api: Api, code: u16) -> u32 {
    let first: &[u16] = match api {
        Api::Redirect => &[303, 307, 308, 302, 301],
        Api::Error => &[400, 401, 403, 404, 409, 422, 429, 500, 502, 503],
        Api::Response => &[200, 201, 204],
        _ => &[200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 500],
    };
    if let Some(i) = first.iter().position(|&c| c == code) {
        return u32::try_from(i).unwrap_or(0);
    }
    let class = u32::from(code / 100);
    let class_rank = match api {
        Api::Redirect => [9, 9, 9, 1, 2, 3][class as usize % 6],
        Api::Error => [9, 5, 5, 5, 1, 2][class as usize % 6],
        Api::Response => [9, 3, 1, 2, 4, 5][class as usize % 6],
        _ => class,
    };
    100 + class_rank * 1000 + u32::from(code)
}

fn codes(typed: &str, replace: Range<usize>, api: Api, locale: Locale) -> Vec<Item> {
    let typed_trim = typed.trim();
    let by_name = !typed_trim.is_empty() && !typed_trim.bytes().all(|b| b.is_ascii_digit());
    let wanted: Vec<u16> = if by_name {
        let mut found: Vec<u16> = Vec::new();
        for m in registry::search(typed_trim) {
            if !found.contains(&m.code) {
                found.push(m.code);
            }
        }
        found
    } else {
        let mut all: Vec<u16> = registry::statuses().iter().map(|s| s.code).collect();
        all.extend(registry::unofficials().iter().map(|u| u.code));
        all.sort_unstable();
        all.dedup();
        all
    };
    wanted
        .into_iter()
        .enumerate()
        .filter_map(|(i, code)| {
            let (name, summary, deprecated, official) = match registry::status(code) {
                Some(s) => (
                    s.phrase,
                    s.text(locale).summary,
                    matches!(
                        s.standing,
                        Standing::Deprecated | Standing::Obsoleted | Standing::Unused
                    ),
                    true,
                ),
                None => {
                    let u = registry::unofficial(code).first()?;
                    (u.reason, u.text(locale).summary, false, false)
                }
            };
            // Vendor codes come after every registered code.
            let order = if by_name {
                i as u32
            } else {
                rank(api, code) + if official { 0 } else { 100_000 }
            };
            let label = code.to_string();
            Some(Item {
                filter: if by_name {
                    typed.to_owned()
                } else {
                    format!("{code} {name}")
                },
                documentation: summary.to_owned(),
                detail: name.to_owned(),
                insert: label.clone(),
                label,
                replace: replace.clone(),
                sort: format!("{order:06}"),
                deprecated,
                code,
                constant: false,
            })
        })
        .collect()
}

/// Constants after a qualifier the file's ecosystems use (`http.`, `HttpStatus.`).
fn constants(language: Language, text: &str, before: &str, offset: usize) -> Option<Vec<Item>> {
    let partial_len = before
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    let head = &before[..before.len() - partial_len];
    let partial = &before[before.len() - partial_len..];
    for eco in preferred_ecosystems(language, text) {
        let mut items = Vec::new();
        // Rails symbols are offered after `status: :` only (symbol_pattern), not after any `:`.
        for c in registry::constants()
            .iter()
            .filter(|c| c.ecosystem.id == eco.id && !c.name.starts_with(':'))
        {
            let shown = written(c, text);
            let Some(sep) = shown.rfind(['.', ':']) else {
                continue;
            };
            let qualifier = &shown[..=sep];
            // `http.` typed after `w.WriteHeader(` or on its own.
            let qualified = head.ends_with(qualifier)
                && head[..head.len() - qualifier.len()]
                    .chars()
                    .last()
                    .is_none_or(|ch| !(ch.is_alphanumeric() || ch == '_'));
            if !qualified || !shown[sep + 1..].starts_with(partial) {
                continue;
            }
            let name = registry::status(c.code)
                .map(|s| s.phrase)
                .or_else(|| registry::unofficial(c.code).first().map(|u| u.reason))
                .unwrap_or("");
            let member = &shown[sep + 1..];
            items.push(Item {
                label: member.to_owned(),
                detail: format!("{} {name}", c.code),
                documentation: format!("`{shown}` ({})", eco.label),
                insert: member.to_owned(),
                replace: offset - partial_len..offset,
                sort: format!("{:06}", c.code),
                filter: member.to_owned(),
                deprecated: !matches!(c.kind, ConstantKind::Preferred | ConstantKind::Alias),
                code: c.code,
                constant: true,
            });
        }
        if !items.is_empty() {
            return Some(items);
        }
    }
    None
}

fn symbols(replace: Range<usize>, locale: Locale) -> Vec<Item> {
    let Some(eco) = registry::ecosystem("ruby-rack-3.1+") else {
        return Vec::new();
    };
    registry::constants()
        .iter()
        .filter(|c| c.ecosystem.id == eco.id)
        .map(|c| {
            let name = c.name.trim_start_matches(':');
            let phrase = registry::status(c.code).map(|s| s.phrase).unwrap_or("");
            Item {
                label: name.to_owned(),
                detail: format!("{} {phrase}", c.code),
                documentation: registry::status(c.code)
                    .map_or(String::new(), |s| s.text(locale).summary.to_owned()),
                insert: name.to_owned(),
                replace: replace.clone(),
                sort: format!("{:06}", c.code),
                filter: name.to_owned(),
                deprecated: c.kind != ConstantKind::Preferred,
                code: c.code,
                constant: true,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_end(language: Language, text: &str) -> Vec<Item> {
        complete(language, text, text.len(), Locale::En)
    }

    fn first_codes(items: &[Item], n: usize) -> Vec<u16> {
        let mut sorted = items.to_vec();
        sorted.sort_by(|a, b| a.sort.cmp(&b.sort));
        sorted.iter().take(n).map(|i| i.code).collect()
    }

    #[test]
    fn ranked_by_what_the_slot_is() {
        let items = at_end(
            Language::JavaScript,
            "app.post('/', (req, res) => res.status(",
        );
        assert_eq!(first_codes(&items, 3), [200, 201, 204]);
        assert!(
            items
                .iter()
                .any(|i| i.label == "201" && i.detail == "Created")
        );
        let items = at_end(Language::JavaScript, "res.redirect(");
        assert_eq!(first_codes(&items, 4), [303, 307, 308, 302]);
        let items = at_end(Language::Python, "    return redirect(url_for('x'), code=");
        assert_eq!(first_codes(&items, 1), [303]);
        let items = at_end(Language::Python, "abort(");
        assert_eq!(first_codes(&items, 2), [400, 401]);
        let items = at_end(
            Language::Go,
            "func h(w http.ResponseWriter) {\n\tw.WriteHeader(",
        );
        assert_eq!(first_codes(&items, 1), [200]);
        let items = at_end(Language::Go, "http.Error(w, \"bad\", ");
        assert_eq!(first_codes(&items, 1), [400]);
    }

    #[test]
    fn by_name() {
        let items = at_end(Language::JavaScript, "res.status(teap");
        assert_eq!(items.iter().map(|i| i.code).collect::<Vec<_>>(), [418]);
        assert_eq!(items[0].replace.len(), 4);
        let items = at_end(Language::Python, "raise HTTPException(status_code=too many");
        assert_eq!(items[0].code, 429);
    }

    #[test]
    fn constants_after_a_qualifier() {
        let items = at_end(
            Language::Go,
            "import \"net/http\"\nw.WriteHeader(http.Status",
        );
        assert!(
            items
                .iter()
                .any(|i| i.label == "StatusNotFound" && i.detail == "404 Not Found")
        );
        assert!(items.iter().all(|i| i.constant));
        let items = at_end(
            Language::Python,
            "from fastapi import status\nx = status.HTTP_4",
        );
        assert!(items.iter().any(|i| i.label == "HTTP_404_NOT_FOUND"));
        let deprecated = items
            .iter()
            .find(|i| i.label == "HTTP_422_UNPROCESSABLE_ENTITY")
            .expect("old name");
        assert!(deprecated.deprecated);
        let items = at_end(Language::Rust, "let s = StatusCode::");
        assert!(items.iter().any(|i| i.label == "NOT_FOUND"));
        let items = at_end(Language::Ruby, "render json: x, status: :");
        assert!(items.iter().any(|i| i.label == "unprocessable_content"));
    }

    #[test]
    fn nothing_where_no_status_is_expected() {
        assert!(at_end(Language::JavaScript, "server.listen(").is_empty());
        assert!(at_end(Language::JavaScript, "const x = ").is_empty());
        assert!(at_end(Language::Python, "time.sleep(").is_empty());
        assert!(at_end(Language::JavaScript, "if (event.keyCode === ").is_empty());
        assert!(at_end(Language::JavaScript, "throw new Error(").is_empty());
        assert!(at_end(Language::Ruby, "has_many :co").is_empty());
        assert!(at_end(Language::Ruby, "ActiveRecord::").is_empty());
    }

    #[test]
    fn case_arms_over_a_status() {
        let items = at_end(Language::Go, "switch resp.StatusCode {\ncase ");
        assert!(!items.is_empty());
        assert!(at_end(Language::Go, "switch kind {\ncase ").is_empty());
    }
}
