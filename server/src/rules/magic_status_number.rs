use http_status_registry::{self as registry, Locale};

use super::imports::add_import;
use super::{Context, Edit, Finding, Fix, Severity};
use crate::project::ConstantStyle;
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
    /// files that use such a library or a framework whose code writes the
    /// names (gin, echo, chi, FastAPI, Django REST framework, ASP.NET Core,
    /// Symfony, Spring, Rails): a plain Flask or Express file is left alone.
    ///
    /// With `constant-style = "numbers"` in `http-status.toml` it works the
    /// other way round, like RuboCop's numeric style: it points out the names
    /// and offers the number. `"either"` turns it off.
    ///
    /// ## Why is this bad?
    /// `StatusNotFound` reads as what it is; `404` needs the reader to know
    /// it, and `403` versus `401` is a common slip that a name makes visible.
    /// It is a hint, not a warning: numbers are correct, and some teams
    /// prefer them.
    ///
    /// The fix writes the constant and adds its import when the file lacks
    /// it (`"net/http"`, `from fastapi import status`, `using
    /// Microsoft.AspNetCore.Http;`, `use Symfony\Component\HttpFoundation\Response;`).
    /// It is marked safe (applied by `check --fix` and "fix all") where the
    /// constant is a plain integer in that library; for Spring, Rust and
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
    if !matches!(
        o.api,
        Api::Response | Api::Redirect | Api::Error | Api::Route
    ) || !matches!(
        o.role,
        Role::Argument | Role::Assignment | Role::Return | Role::Annotation
    ) {
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
    match (cx.project.constant_style, o.form) {
        (ConstantStyle::Names, Form::Literal) => name_it(cx, o),
        (ConstantStyle::Numbers, Form::Constant | Form::Symbol) => number_it(cx, o),
        _ => None,
    }
}

/// The default style: a number where the file's library has a name.
fn name_it(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let named = constant(cx.language, cx.text, o.code)?;
    let written = named.written;
    let phrase = registry::status(o.code).map_or("", |s| s.phrase);
    let message = match cx.locale {
        Locale::En => format!("{} {phrase} has a name here: {written}", o.code),
        Locale::ZhCn => format!("{} {phrase} 在这里有名字：{written}", o.code),
    };
    let mut edits = vec![Edit {
        range: o.range.clone(),
        text: written.clone(),
    }];
    edits.extend(named.import);
    Some(Finding {
        severity: Severity::Hint,
        message,
        fixes: vec![Fix {
            title: match cx.locale {
                Locale::En => format!("Write {written}"),
                Locale::ZhCn => format!("改写为 {written}"),
            },
            edits,
            safe: named.safe,
        }],
    })
}

/// `constant-style = "numbers"`: a name where the project writes numbers.
fn number_it(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    let written = cx.text.get(o.range.clone())?;
    let phrase = registry::status(o.code).map_or("", |s| s.phrase);
    let message = match cx.locale {
        Locale::En => format!(
            "{written} is {} {phrase}; this project writes status codes as numbers",
            o.code
        ),
        Locale::ZhCn => format!("{written} 即 {} {phrase}；本项目用数字书写状态码", o.code),
    };
    // The number has the constant's type in these libraries (an integer, or
    // a symbol Rails also takes as a number); Spring, Ktor, Rust and .NET's
    // enum want their own type.
    let safe = match cx.language {
        Language::Go | Language::Ruby | Language::Php => true,
        Language::Python => !written.contains("HTTPStatus"),
        Language::CSharp => written.contains("StatusCodes."),
        Language::JavaScript | Language::TypeScript | Language::Tsx => true,
        _ => false,
    };
    Some(Finding {
        severity: Severity::Hint,
        message,
        fixes: vec![Fix {
            title: match cx.locale {
                Locale::En => format!("Write {}", o.code),
                Locale::ZhCn => format!("改写为 {}", o.code),
            },
            edits: vec![Edit {
                range: o.range.clone(),
                text: o.code.to_string(),
            }],
            safe,
        }],
    })
}

/// A constant to write for a number, and what writing it takes.
struct Named {
    written: String,
    /// Whether the program behaves the same afterwards (same type, and the
    /// import, if added, is the only other change).
    safe: bool,
    /// The import to add when the file lacks it.
    import: Option<Edit>,
}

/// How `code` is written as a constant in this file. `None` when the file
/// does not use a library or framework whose code names statuses.
fn constant(language: Language, text: &str, code: u16) -> Option<Named> {
    let has = |needle: &str| text.contains(needle);
    let named = |ecosystem: &str| {
        registry::ecosystem(ecosystem)
            .and_then(|e| registry::preferred_constant(e, code))
            .map(|c| c.name)
    };
    let with_import = |written: &str, safe: bool, import: &str| {
        Some(Named {
            written: written.to_owned(),
            safe,
            import: add_import(language, text, import),
        })
    };
    match language {
        Language::Go if !aliased_go_import(text) => {
            // net/http itself, or a router whose handlers write its names
            // (`c.JSON(http.StatusOK, ...)` is how gin, echo and chi code reads).
            let framework = [
                "\"net/http\"",
                "gin-gonic/gin",
                "labstack/echo",
                "go-chi/chi",
                "gofiber/fiber",
            ]
            .iter()
            .any(|f| has(f));
            if !framework {
                return None;
            }
            with_import(named("go-net/http")?, true, "net/http")
        }
        Language::Python => {
            let (eco, import) = if has("from rest_framework") || has("import rest_framework") {
                (
                    "python-djangorestframework",
                    "from rest_framework import status",
                )
            } else if has("from starlette") && !has("fastapi") {
                ("python-starlette/fastapi", "from starlette import status")
            } else if has("from fastapi") || has("import fastapi") {
                ("python-starlette/fastapi", "from fastapi import status")
            } else if has("from http import HTTPStatus") {
                let name = named("python-stdlib")?;
                return with_import(
                    name.strip_prefix("http.").unwrap_or(name),
                    true,
                    "from http import HTTPStatus",
                );
            } else {
                return None;
            };
            // A `status` imported from any of these modules will do.
            let imported = [
                "from fastapi import",
                "from starlette import",
                "from rest_framework import",
            ]
            .iter()
            .any(|m| text.lines().any(|l| l.starts_with(m) && imports_status(l)));
            let name = named(eco)?;
            if imported {
                return Some(Named {
                    written: name.to_owned(),
                    safe: true,
                    import: None,
                });
            }
            // Another `status` in scope would be shadowed or clash.
            if has("status =") || has("def status") || has("import status") {
                return None;
            }
            with_import(name, true, import)
        }
        Language::CSharp if has("Microsoft.AspNetCore") || has("ControllerBase") => with_import(
            named("aspnetcore-StatusCodes")?,
            true,
            "Microsoft.AspNetCore.Http",
        ),
        Language::Php if has("Symfony\\") => {
            let import = "Symfony\\Component\\HttpFoundation\\Response";
            // `Response` from elsewhere (Laravel's, PSR-7) must not be shadowed.
            let other_response = text.lines().any(|l| {
                let l = l.trim();
                l.starts_with("use ") && l.ends_with("\\Response;") && !l.contains(import)
            });
            if other_response {
                return None;
            }
            with_import(named("php-symfony")?, true, import)
        }
        Language::Ruby if has("ApplicationController") || has("ActionController") => {
            let new = named("ruby-rack-3.1+")?;
            // Where Rack 3.1 renamed the symbol, the old name is what older
            // apps can use; the new one is still the one to write.
            let same = named("ruby-rack-2.2/3.0") == Some(new);
            Some(Named {
                written: new.to_owned(),
                safe: same,
                import: None,
            })
        }
        Language::JavaScript | Language::TypeScript | Language::Tsx
            if has("http-status-codes") && has("StatusCodes") =>
        {
            Some(Named {
                written: named("node-http-status-codes")?.to_owned(),
                safe: true,
                import: None,
            })
        }
        Language::Java | Language::Kotlin if has("org.springframework") => with_import(
            named("java-spring")?,
            false,
            "org.springframework.http.HttpStatus",
        ),
        Language::Rust if has("StatusCode") => Some(Named {
            written: named("rust-http")?.to_owned(),
            safe: false,
            import: None,
        }),
        _ => None,
    }
}

/// Whether a `from x import ...` line imports `status`.
fn imports_status(line: &str) -> bool {
    line.split_once(" import ").is_some_and(|(_, names)| {
        names
            .split(',')
            .any(|n| n.trim().trim_matches(['(', ')']).trim() == "status")
    })
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
