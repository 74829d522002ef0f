//! Resolving named constants (`http.StatusNotFound`, `HTTPStatus.NOT_FOUND`,
//! `:not_found`) to codes through the registry.

use std::collections::HashMap;
use std::sync::OnceLock;

use http_status_registry as registry;

use super::Language;

/// Written forms of constants for one language family.
#[derive(Debug, Default)]
struct Table {
    /// Two or more segments, separators normalised to `.`: `HTTPStatus.NOT_FOUND`.
    qualified: HashMap<String, Option<u16>>,
    /// One segment that cannot be mistaken for something else: `StatusNotFound`,
    /// `HTTP_404_NOT_FOUND`, `SC_NOT_FOUND`.
    bare: HashMap<String, Option<u16>>,
    /// Ruby symbols without the colon: `not_found`.
    symbols: HashMap<String, Option<u16>>,
}

fn insert(map: &mut HashMap<String, Option<u16>>, key: String, code: u16) {
    // A written form that two codes share is ambiguous: it resolves to nothing.
    map.entry(key)
        .and_modify(|c| {
            if *c != Some(code) {
                *c = None;
            }
        })
        .or_insert(Some(code));
}

fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {}
            ':' if chars.peek() == Some(&':') => {
                chars.next();
                out.push('.');
            }
            '-' if chars.peek() == Some(&'>') => {
                chars.next();
                out.push('.');
            }
            '?' if chars.peek() == Some(&'.') => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether a lone identifier is specific enough to stand for a status.
fn distinctive(segment: &str) -> bool {
    let upper_after = |prefix: &str| {
        segment
            .strip_prefix(prefix)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    segment.bytes().any(|b| b.is_ascii_digit())
        || upper_after("Status")
        || upper_after("HTTP_")
        || upper_after("SC_")
        || upper_after("HTTP")
}

fn build(family: &str) -> Table {
    let mut table = Table::default();
    for constant in registry::constants() {
        if !constant.ecosystem.languages.contains(&family) {
            continue;
        }
        if let Some(symbol) = constant.name.strip_prefix(':') {
            insert(&mut table.symbols, symbol.to_owned(), constant.code);
            continue;
        }
        let name = normalize(constant.name);
        let segments: Vec<&str> = name.split('.').collect();
        for start in 0..segments.len().saturating_sub(1) {
            let suffix = &segments[start..];
            // `Status.NOT_FOUND` alone is also gRPC's; keep `Response.Status.NOT_FOUND`.
            let generic = suffix.len() == 2
                && matches!(suffix[0], "Status" | "status" | "Response")
                && !distinctive(suffix[1]);
            if !generic {
                insert(&mut table.qualified, suffix.join("."), constant.code);
            }
        }
        if let Some(last) = segments.last().filter(|s| distinctive(s)) {
            insert(&mut table.bare, (*last).to_owned(), constant.code);
        }
    }
    table
}

fn table(language: Language) -> &'static Table {
    static TABLES: OnceLock<HashMap<&'static str, Table>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|l| l.ecosystem_language())
            .map(|family| (family, build(family)))
            .collect()
    });
    static EMPTY: OnceLock<Table> = OnceLock::new();
    tables
        .get(language.ecosystem_language())
        .unwrap_or_else(|| EMPTY.get_or_init(Table::default))
}

/// The code a constant as written in `language` stands for.
pub fn resolve(language: Language, text: &str) -> Option<u16> {
    let table = table(language);
    let name = normalize(text);
    if name.contains('.') {
        // Longest known suffix: `net.http.StatusOK` still finds `http.StatusOK`.
        let mut rest = name.as_str();
        loop {
            if let Some(code) = table.qualified.get(rest) {
                return *code;
            }
            rest = rest.split_once('.')?.1;
            if !rest.contains('.') {
                return table.bare.get(rest).copied().flatten();
            }
        }
    }
    table.bare.get(&name).copied().flatten()
}

/// The code of a Rails/Rack status symbol (`:not_found`, `"not_found"`).
pub fn resolve_symbol(text: &str) -> Option<u16> {
    let name = text.trim_start_matches(':').trim_matches(['"', '\'']);
    table(Language::Ruby).symbols.get(name).copied().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualified_and_bare_names() {
        assert_eq!(resolve(Language::Go, "http.StatusNotFound"), Some(404));
        assert_eq!(resolve(Language::Go, "StatusNotFound"), Some(404));
        assert_eq!(resolve(Language::Python, "HTTPStatus.NOT_FOUND"), Some(404));
        assert_eq!(
            resolve(Language::Python, "http.HTTPStatus.NOT_FOUND"),
            Some(404)
        );
        assert_eq!(
            resolve(Language::Python, "status.HTTP_201_CREATED"),
            Some(201)
        );
        assert_eq!(resolve(Language::Python, "HTTP_201_CREATED"), Some(201));
        assert_eq!(resolve(Language::Python, "codes.ok"), Some(200));
        assert_eq!(resolve(Language::Rust, "StatusCode::NOT_FOUND"), Some(404));
        assert_eq!(
            resolve(Language::Rust, "http::StatusCode::NOT_FOUND"),
            Some(404)
        );
        assert_eq!(resolve(Language::Java, "HttpStatus.NOT_FOUND"), Some(404));
        assert_eq!(
            resolve(Language::Kotlin, "HttpStatusCode.NotFound"),
            Some(404)
        );
        assert_eq!(
            resolve(Language::CSharp, "StatusCodes.Status404NotFound"),
            Some(404)
        );
        assert_eq!(
            resolve(Language::CSharp, "HttpStatusCode.NotFound"),
            Some(404)
        );
        assert_eq!(
            resolve(Language::Php, "Response::HTTP_NOT_FOUND"),
            Some(404)
        );
        assert_eq!(
            resolve(Language::TypeScript, "StatusCodes.NOT_FOUND"),
            Some(404)
        );
        assert_eq!(resolve_symbol(":not_found"), Some(404));
        assert_eq!(resolve_symbol(":unprocessable_entity"), Some(422));
    }

    #[test]
    fn ordinary_names_do_not_resolve() {
        assert_eq!(resolve(Language::Python, "NOT_FOUND"), None);
        assert_eq!(resolve(Language::Go, "OK"), None);
        assert_eq!(resolve(Language::Java, "Status"), None);
        assert_eq!(resolve(Language::Go, "os.StatusNotFound.x"), None);
        // gRPC's Status.NOT_FOUND is not HTTP 404.
        assert_eq!(resolve(Language::Java, "Status.NOT_FOUND"), None);
        assert_eq!(
            resolve(Language::Java, "Response.Status.NOT_FOUND"),
            Some(404)
        );
        assert_eq!(resolve(Language::Rust, "StatusCode::from_u16"), None);
        assert_eq!(resolve_symbol(":banana"), None);
    }
}
