use http_status_registry::{self as registry, ConstantKind, Locale};

use super::respell::{known_constant, last_segment};
use super::{Context, Edit, Finding, Fix, Severity};
use crate::analysis::ecosystem::preferred_ecosystems;
use crate::syntax::{Form, Language, Occurrence};

rule! {
    /// ## What it does
    /// Flags a status constant or symbol that its library renamed or
    /// deprecated, and offers the current name: Rack 3.1's
    /// `:unprocessable_entity` (now `:unprocessable_content`) and
    /// `:payload_too_large` (`:content_too_large`), Python 3.13's
    /// `HTTPStatus.REQUEST_ENTITY_TOO_LARGE` (`CONTENT_TOO_LARGE`),
    /// Starlette's `HTTP_422_UNPROCESSABLE_ENTITY`
    /// (`HTTP_422_UNPROCESSABLE_CONTENT`), Spring's `PAYLOAD_TOO_LARGE`,
    /// .NET's `UnprocessableEntity`.
    ///
    /// ## Why is this bad?
    /// RFC 9110 renamed these codes (413 Content Too Large, 422 Unprocessable
    /// Content, 416 Range Not Satisfiable, 414 URI Too Long), and libraries
    /// followed: the old names print deprecation warnings (Rack, Starlette,
    /// Spring) and some are removed in the next major version. The code
    /// itself does not change.
    ///
    /// The fix is not applied by `check --fix` or "fix all": the new name
    /// needs a recent enough library (Python 3.13, Rack 3.1, a recent Starlette),
    /// so apply it from the editor once you are on one.
    ///
    /// ## Example
    /// ```ruby
    /// render json: errors, status: :unprocessable_entity   # renamed-status-name
    /// render json: errors, status: :unprocessable_content
    /// ```
    name: "renamed-status-name",
    severity: Hint,
    check: check,
}

fn check(cx: &Context<'_>, o: &Occurrence) -> Option<Finding> {
    if !matches!(o.form, Form::Constant | Form::Symbol) {
        return None;
    }
    let written = cx.text.get(o.range.clone())?;
    let (old, new) = current_name(cx.language, cx.text, written, o.code)?;
    // Replace only the last segment, so qualifiers as written stay.
    let (old_last, new_last) = (last_segment(old.name), last_segment(new.name));
    let start = o.range.start + written.rfind(old_last)?;
    let edit = Edit {
        range: start..start + old_last.len(),
        text: new_last.to_owned(),
    };
    let why = match old.kind {
        ConstantKind::Renamed => "renamed",
        _ => "deprecated",
    };
    let message = match cx.locale {
        Locale::En => format!(
            "{} was {why} by {}: use {} (the same {} {})",
            old.name,
            old.ecosystem.label,
            new.name,
            o.code,
            registry::status(o.code).map_or("", |s| s.phrase)
        ),
        Locale::ZhCn => format!(
            "{} 已被 {} {}：请改用 {}（同为 {} {}）",
            old.name,
            old.ecosystem.label,
            if why == "renamed" { "改名" } else { "弃用" },
            new.name,
            o.code,
            registry::status(o.code).map_or("", |s| s.phrase)
        ),
    };
    Some(Finding {
        severity: Severity::Hint,
        message,
        fixes: vec![Fix {
            title: match cx.locale {
                Locale::En => format!("Use {new_last}"),
                Locale::ZhCn => format!("改用 {new_last}"),
            },
            edits: vec![edit],
            safe: false,
        }],
    })
}

/// For a constant written `written` in a file of `language`: the registry's
/// renamed or deprecated entry it matches and the preferred name in the same
/// library.
fn current_name(
    language: Language,
    text: &str,
    written: &str,
    code: u16,
) -> Option<(&'static registry::Constant, &'static registry::Constant)> {
    // The libraries the file imports decide: `status.HTTP_422_UNPROCESSABLE_ENTITY`
    // is deprecated in Starlette but current in Django REST framework.
    let imported = preferred_ecosystems(language, text);
    let in_imported = known_constant(language, written, code, |c| {
        imported.iter().any(|e| e.id == c.ecosystem.id)
    });
    let old = match in_imported {
        Some(c) => {
            Some(c).filter(|c| matches!(c.kind, ConstantKind::Renamed | ConstantKind::Deprecated))
        }
        None => known_constant(language, written, code, |c| {
            matches!(c.kind, ConstantKind::Renamed | ConstantKind::Deprecated)
        }),
    }?;
    Some((old, registry::preferred_constant(old.ecosystem, code)?))
}
