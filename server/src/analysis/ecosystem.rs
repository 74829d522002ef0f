//! Which library's constant names fit a file, from its language and imports.

use http_status_registry::{self as registry, Ecosystem};

use crate::syntax::Language;

/// Ecosystems whose constants a file would use, best first: those it imports,
/// then the usual one for its language.
pub fn preferred_ecosystems(language: Language, text: &str) -> Vec<&'static Ecosystem> {
    let has = |needle: &str| text.contains(needle);
    let ids: &[&str] = match language {
        Language::Go => &["go-net/http"],
        Language::Rust => &["rust-http"],
        Language::Php => &["php-symfony"],
        Language::Ruby => &["ruby-rack-3.1+", "ruby-rack-2.2/3.0"],
        Language::Python => {
            if has("fastapi") || has("starlette") {
                &["python-starlette/fastapi", "python-stdlib"]
            } else if has("rest_framework") {
                &["python-djangorestframework", "python-stdlib"]
            } else if has("HTTPStatus") {
                &["python-stdlib"]
            } else if has("import httpx") {
                &["python-httpx", "python-stdlib"]
            } else if has("import requests") {
                &["python-requests", "python-stdlib"]
            } else if has("aiohttp") {
                &["python-aiohttp", "python-stdlib"]
            } else {
                &["python-stdlib"]
            }
        }
        Language::Java | Language::Kotlin => {
            if has("io.ktor") {
                &["kotlin-ktor"]
            } else if has("ws.rs") {
                &["java-jakarta-rs"]
            } else if has("springframework") {
                &["java-spring"]
            } else if has("HttpServletResponse") {
                &["java-jakarta-servlet"]
            } else if has("HttpURLConnection") {
                &["java-httpurlconnection"]
            } else if language == Language::Kotlin {
                &["kotlin-ktor", "java-spring"]
            } else {
                &["java-spring"]
            }
        }
        Language::CSharp => {
            if has("HttpStatusCode") && !has("StatusCodes.") {
                &["dotnet-HttpStatusCode", "aspnetcore-StatusCodes"]
            } else {
                &["aspnetcore-StatusCodes", "dotnet-HttpStatusCode"]
            }
        }
        Language::JavaScript | Language::TypeScript | Language::Tsx => {
            if has("http-status-codes") {
                &["node-http-status-codes"]
            } else {
                &[]
            }
        }
    };
    ids.iter()
        .filter_map(|id| registry::ecosystem(id))
        .collect()
}

/// The constant to show or suggest for `code` in this file, if any.
pub fn constant_for(
    language: Language,
    text: &str,
    code: u16,
) -> Option<&'static registry::Constant> {
    preferred_ecosystems(language, text)
        .into_iter()
        .find_map(|eco| registry::preferred_constant(eco, code))
}

/// A constant as this file would write it: `HTTPStatus.NOT_FOUND` after
/// `from http import HTTPStatus`, `http.HTTPStatus.NOT_FOUND` otherwise.
pub fn written(constant: &registry::Constant, text: &str) -> String {
    match constant.name.strip_prefix("http.HTTPStatus.") {
        Some(rest) if text.contains("from http import") => format!("HTTPStatus.{rest}"),
        _ => constant.name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imports_decide() {
        let name = |l, t, c| constant_for(l, t, c).map(|c| c.name);
        assert_eq!(name(Language::Go, "", 404), Some("http.StatusNotFound"));
        let text = "from http import HTTPStatus";
        assert_eq!(
            name(Language::Python, text, 404),
            Some("http.HTTPStatus.NOT_FOUND")
        );
        let constant = constant_for(Language::Python, text, 404).expect("constant");
        assert_eq!(written(constant, text), "HTTPStatus.NOT_FOUND");
        assert_eq!(
            name(Language::Python, "from fastapi import status", 404),
            Some("status.HTTP_404_NOT_FOUND")
        );
        assert_eq!(name(Language::Rust, "", 404), Some("StatusCode::NOT_FOUND"));
        assert_eq!(
            name(Language::Java, "import org.springframework.http.*;", 404),
            Some("HttpStatus.NOT_FOUND")
        );
        assert_eq!(
            name(
                Language::CSharp,
                "using System.Net;\nHttpStatusCode.OK",
                404
            ),
            Some("HttpStatusCode.NotFound")
        );
        assert_eq!(name(Language::JavaScript, "", 404), None);
    }
}
