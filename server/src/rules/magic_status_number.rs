use http_status_registry::{self as registry, Locale};

use super::{Context, Edit, Finding, Fix, Severity};
use crate::syntax::{Api, Form, Language, Occurrence, Role};

rule! {
    /// ## What it does
    /// Points out a bare number where the file already uses a library whose
    /// named status constants say what the number means: Go's
    /// `http.StatusNotFound`, Python's `HTTPStatus.NOT_FOUND` or
    /// `status.HTTP_404_NOT_FOUND` (FastAPI, Starlette, Django REST
    /// framework), ASP.NET Core's `StatusCodes.Status404NotFound`, Symfony's
    /// `Response::HTTP_NOT_FOUND`, Rails' `:not_found`, `StatusCodes.NOT_FOUND`
    /// from npm's http-status-codes, Spring's `HttpStatus.NOT_FOUND`, Rust's
    /// `StatusCode::NOT_FOUND`.
    ///
    /// It looks only at statuses the code sends (responses, redirects, errors,
    /// route declarations), not at ones it compares or asserts, and only in
    /// files that already import the library.
    ///
    /// ## Why is this bad?
    /// `StatusNotFound` reads as what it is; `404` needs the reader to know
    /// it, and `403` versus `401` is a common slip that a name makes visible.
    /// It is a hint, not a warning: numbers are correct, and some teams
    /// prefer them.
    ///
    /// The fix writes the constant. It is marked safe (applied by
    /// `check --fix` and "fix all") where the constant is a plain integer in
    /// that library and its import is already there; for Spring, Rust and
    /// Rack's renamed symbols the constant has another type or needs a newer
    /// version, so it is offered only as a quick fix.
    ///
    /// ## Example
    /// ```go
    /// w.WriteHeader(404)                 // magic-status-number
    /// w.WriteHeader(http.StatusNotFound)
    /// ```
    name: "magic-status-number",
    severity: Hint,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    if o.form != Form::Literal
        || !matches!(
            o.api,
            Api::Response | Api::Redirect | Api::Error | Api::Route
        )
        || !matches!(o.role, Role::Argument | Role::Assignment | Role::Return)
    {
        return None;
    }
    // A code that is wrong here gets its own rule; a name would not help it.
    let standard =
        registry::status(o.code).is_some_and(|s| s.standing == registry::Standing::Standard);
    if !standard
        || (o.api == Api::Redirect && !(300..=399).contains(&o.code))
        || (o.api == Api::Error && o.code < 400)
    {
        return None;
    }
    let (written, safe) = constant(cx.language, cx.text, o.code)?;
    let phrase = registry::status(o.code).map_or("", |s| s.phrase);
    let message = match cx.locale {
        Locale::En => format!("{} {phrase} has a name here: {written}", o.code),
        Locale::ZhCn => format!("{} {phrase} 在这里有名字：{written}", o.code),
    };
    Some(Finding {
        severity: Severity::Hint,
        message,
        fixes: vec![Fix {
            title: match cx.locale {
                Locale::En => format!("Write {written}"),
                Locale::ZhCn => format!("改写为 {written}"),
            },
            edits: vec![Edit {
                range: o.range.clone(),
                text: written,
            }],
            safe,
        }],
    })
}

/// How `code` is written as a constant in this file, and whether writing it
/// in place of the number is safe (same type, import present). `None` when
/// the file does not use a library with status constants.
fn constant(language: Language, text: &str, code: u16) -> Option<(String, bool)> {
    let has = |needle: &str| text.contains(needle);
    let named = |ecosystem: &str| {
        registry::ecosystem(ecosystem)
            .and_then(|e| registry::preferred_constant(e, code))
            .map(|c| c.name)
    };
    match language {
        Language::Go if has("\"net/http\"") && !aliased_go_import(text) => {
            Some((named("go-net/http")?.to_owned(), true))
        }
        Language::Python => {
            if has("from fastapi import status")
                || has("from starlette import status")
                || has("from rest_framework import status")
            {
                let eco = if has("rest_framework") {
                    "python-djangorestframework"
                } else {
                    "python-starlette/fastapi"
                };
                Some((named(eco)?.to_owned(), true))
            } else if has("from http import HTTPStatus") {
                let name = named("python-stdlib")?;
                Some((name.strip_prefix("http.").unwrap_or(name).to_owned(), true))
            } else {
                None
            }
        }
        Language::CSharp if has("Microsoft.AspNetCore.Http") && has("StatusCodes.") => {
            Some((named("aspnetcore-StatusCodes")?.to_owned(), true))
        }
        Language::Php if has("Symfony\\Component\\HttpFoundation\\Response") => {
            Some((named("php-symfony")?.to_owned(), true))
        }
        Language::Ruby if has("ApplicationController") || has("ActionController") => {
            let new = named("ruby-rack-3.1+")?;
            // Where Rack 3.1 renamed the symbol, the old name is what older
            // apps can use; the new one is still the one to write.
            let same = named("ruby-rack-2.2/3.0") == Some(new);
            Some((new.to_owned(), same))
        }
        Language::JavaScript | Language::TypeScript | Language::Tsx
            if has("http-status-codes") && has("StatusCodes") =>
        {
            Some((named("node-http-status-codes")?.to_owned(), true))
        }
        Language::Java | Language::Kotlin if has("org.springframework.http.HttpStatus") => {
            Some((named("java-spring")?.to_owned(), false))
        }
        Language::Rust if has("StatusCode") => Some((named("rust-http")?.to_owned(), false)),
        _ => None,
    }
}

/// Whether Go imports net/http under another name (`nethttp "net/http"`),
/// so `http.` would not resolve.
fn aliased_go_import(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start_matches(|c: char| c.is_whitespace() || c == '(');
        let l = l.strip_prefix("import").map_or(l, str::trim_start);
        l.ends_with("\"net/http\"") && !l.starts_with('"') && !l.starts_with("//")
    })
}
