//! The per-language query files and what their patterns declare.
//!
//! A pattern captures `@status` (the slot a status sits in), and optionally
//! `@name` or `@phrase` for tables, or `@constant` for a named constant seen
//! anywhere. Its settings say what the slot is:
//!
//! - `(#set! role "argument")`: one of the [`Role`] names (required with `@status`);
//! - `(#set! api "redirect")`: one of the [`Api`] names (default `other`);
//! - `(#set! confidence "weak")`: the slot is only a status when the file is
//!   about HTTP and the enclosing function is not about SMTP, FTP, ...;
//! - `(#set! check "name")` / `(#set! check "phrase")`: a table entry counts
//!   only when `@name` spells the code's reason phrase (`StatusNotFound = 404`)
//!   or `@phrase` is its reason phrase (`404: "Not Found"`).
//!
//! A `@body` capture beside `@status` marks the body sent with that status
//! (`res.status(@status).json(@body)`); an empty one (`""`, `null`, `None`,
//! `nil`) does not count.

use std::sync::OnceLock;

use tree_sitter::Query;

use super::{Api, Language, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    None,
    Name,
    Phrase,
}

#[derive(Debug, Clone, Copy)]
pub struct Pattern {
    pub role: Role,
    pub api: Api,
    pub weak: bool,
    pub check: Check,
}

#[derive(Debug)]
pub struct Compiled {
    pub query: Query,
    pub patterns: Vec<Pattern>,
    pub status: Option<u32>,
    pub name: Option<u32>,
    pub phrase: Option<u32>,
    pub constant: Option<u32>,
    pub body: Option<u32>,
}

/// The query text for a language, as shipped.
pub fn source(language: Language) -> String {
    let js = include_str!("queries/javascript.scm");
    let js_only = include_str!("queries/javascript-only.scm");
    let ts = include_str!("queries/typescript.scm");
    match language {
        Language::JavaScript => format!("{js}\n{js_only}"),
        Language::TypeScript | Language::Tsx => format!("{js}\n{ts}"),
        Language::Python => include_str!("queries/python.scm").to_owned(),
        Language::Go => include_str!("queries/go.scm").to_owned(),
        Language::Rust => include_str!("queries/rust.scm").to_owned(),
        Language::Java => include_str!("queries/java.scm").to_owned(),
        Language::Kotlin => include_str!("queries/kotlin.scm").to_owned(),
        Language::CSharp => include_str!("queries/csharp.scm").to_owned(),
        Language::Php => include_str!("queries/php.scm").to_owned(),
        Language::Ruby => include_str!("queries/ruby.scm").to_owned(),
    }
}

/// Compiles a query text; the error names the language and what is wrong.
pub fn compile(language: Language, text: &str) -> Result<Compiled, String> {
    let query = Query::new(&language.grammar(), text).map_err(|e| {
        format!(
            "{} query, line {}: {} ({:?})",
            language.name(),
            e.row + 1,
            e.message,
            e.kind
        )
    })?;
    let mut patterns = Vec::with_capacity(query.pattern_count());
    for index in 0..query.pattern_count() {
        let line = text[..query.start_byte_for_pattern(index)].lines().count() + 1;
        let mut role = None;
        let mut api = Api::Other;
        let mut weak = false;
        let mut check = Check::None;
        for setting in query.property_settings(index) {
            let value = setting.value.as_deref().unwrap_or("");
            let bad = || {
                format!(
                    "{} query, pattern at line {line}: bad {} \"{value}\"",
                    language.name(),
                    setting.key
                )
            };
            match &*setting.key {
                "role" => role = Some(Role::parse(value).ok_or_else(bad)?),
                "api" => api = Api::parse(value).ok_or_else(bad)?,
                "confidence" if value == "weak" => weak = true,
                "check" => {
                    check = match value {
                        "name" => Check::Name,
                        "phrase" => Check::Phrase,
                        _ => return Err(bad()),
                    }
                }
                _ => return Err(bad()),
            }
        }
        let role = role.unwrap_or(Role::Constant);
        patterns.push(Pattern {
            role,
            api,
            weak,
            check,
        });
    }
    let status = query.capture_index_for_name("status");
    let name = query.capture_index_for_name("name");
    let phrase = query.capture_index_for_name("phrase");
    let constant = query.capture_index_for_name("constant");
    let body = query.capture_index_for_name("body");
    Ok(Compiled {
        query,
        patterns,
        status,
        name,
        phrase,
        constant,
        body,
    })
}

/// The compiled query for `language`. The query files can be replaced at run
/// time for pattern development: `HTTP_STATUS_LSP_QUERIES=dir` reads
/// `dir/<language>.scm` instead of the built-in text.
pub fn compiled(language: Language) -> &'static Compiled {
    static CACHE: [OnceLock<Compiled>; 11] = [const { OnceLock::new() }; 11];
    let slot = Language::ALL
        .iter()
        .position(|&l| l == language)
        .unwrap_or(0);
    CACHE[slot].get_or_init(|| {
        if let Some(text) = override_source(language) {
            match compile(language, &text) {
                Ok(compiled) => return compiled,
                Err(e) => tracing_free_warning(&e),
            }
        }
        // The shipped queries compile: a unit test checks every one.
        compile(language, &source(language)).unwrap_or_else(|e| panic!("{e}"))
    })
}

fn tracing_free_warning(message: &str) {
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "http-status-lsp: ignoring HTTP_STATUS_LSP_QUERIES: {message}"
    );
}

fn override_source(language: Language) -> Option<String> {
    let dir = std::env::var_os("HTTP_STATUS_LSP_QUERIES")?;
    let dir = std::path::Path::new(&dir);
    let read = |name: &str| std::fs::read_to_string(dir.join(format!("{name}.scm"))).ok();
    match language {
        Language::JavaScript => Some(format!(
            "{}\n{}",
            read("javascript")?,
            read("javascript-only")?
        )),
        Language::TypeScript | Language::Tsx => {
            Some(format!("{}\n{}", read("javascript")?, read("typescript")?))
        }
        other => read(other.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_query_compiles() {
        for language in Language::ALL {
            let compiled = compile(language, &source(language)).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                compiled.status.is_some(),
                "{} has no @status pattern",
                language.name()
            );
            assert!(
                compiled.constant.is_some(),
                "{} has no @constant pattern",
                language.name()
            );
        }
    }

    #[test]
    fn bad_settings_are_named() {
        let err = compile(
            Language::Python,
            "((integer) @status (#set! role \"sideways\"))",
        )
        .unwrap_err();
        assert!(err.contains("bad role \"sideways\""), "{err}");
        let err = compile(
            Language::Python,
            "((integer) @status (#set! colour \"red\"))",
        )
        .unwrap_err();
        assert!(err.contains("colour"), "{err}");
        let err = compile(Language::Python, "(no_such_node) @status").unwrap_err();
        assert!(err.starts_with("python query, line 1"), "{err}");
    }
}
