use std::collections::HashMap;

use tower_lsp_server::ls_types::*;

use crate::lsp::convert;
use crate::lsp::position::to_byte;
use crate::lsp::session::Session;
use crate::rules;

/// The kind of the "fix all safe problems" action.
pub const FIX_ALL: &str = "source.fixAll.http-status";

/// Quick fixes for the problems in the requested range, and a source action
/// that applies every safe fix in the file. Computed from the document as it
/// is now, not from diagnostics the client may hold for an older version.
pub fn code_actions(session: &Session, params: CodeActionParams) -> Option<CodeActionResponse> {
    let uri = params.text_document.uri;
    let (problems, snapshot) = super::diagnostics::problems(session, &uri)?;
    let encoding = session.encoding();
    let lo = to_byte(&snapshot.rope, params.range.start, encoding);
    let hi = to_byte(&snapshot.rope, params.range.end, encoding);
    let wanted = |kind: &CodeActionKind| {
        params.context.only.as_ref().is_none_or(|only| {
            only.iter().any(|o| {
                kind.as_str() == o.as_str()
                    || kind.as_str().starts_with(&format!("{}.", o.as_str()))
            })
        })
    };
    let edit = |edits: &[rules::Edit]| WorkspaceEdit {
        changes: Some(HashMap::from([(
            uri.clone(),
            convert::text_edits(&snapshot.rope, edits, encoding),
        )])),
        ..WorkspaceEdit::default()
    };
    let mut actions = Vec::new();
    if wanted(&CodeActionKind::QUICKFIX) {
        // Stateless first: the fixes travel in the diagnostics' `data`, as
        // the client got them with the diagnostics it shows.
        for diagnostic in &params.context.diagnostics {
            for (i, fix) in carried_fixes(diagnostic).into_iter().enumerate() {
                actions.push(quick_fix(diagnostic, i, fix, &uri));
            }
        }
        // A client that drops `data`: the fixes of the problems under the
        // cursor, computed from the document as it is now.
        if actions.is_empty() {
            for d in problems
                .iter()
                .filter(|d| d.range.start <= hi && lo <= d.range.end)
            {
                let diagnostic = convert::diagnostic(&snapshot.rope, d, encoding);
                for (i, fix) in d.fixes.iter().enumerate() {
                    let fix = CarriedFix {
                        title: fix.title.clone(),
                        safe: fix.safe,
                        edits: convert::text_edits(&snapshot.rope, &fix.edits, encoding),
                    };
                    actions.push(quick_fix(&diagnostic, i, fix, &uri));
                }
            }
        }
    }
    let kind = CodeActionKind::new(FIX_ALL);
    let safe: Vec<rules::Edit> = problems
        .iter()
        .flat_map(|d| d.fixes.iter().filter(|f| f.safe).take(1))
        .flat_map(|f| f.edits.iter().cloned())
        .collect();
    if !safe.is_empty() && wanted(&kind) {
        actions.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: "Fix all safe HTTP status problems".to_owned(),
            kind: Some(kind),
            edit: Some(edit(&rules::without_overlaps(safe))),
            ..CodeAction::default()
        }));
    }
    Some(actions)
}

/// The quick fix for `diagnostic`; its first safe fix is the preferred one.
fn quick_fix(
    diagnostic: &Diagnostic,
    index: usize,
    fix: CarriedFix,
    uri: &Uri,
) -> CodeActionOrCommand {
    CodeActionOrCommand::CodeAction(CodeAction {
        title: fix.title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), fix.edits)])),
            ..WorkspaceEdit::default()
        }),
        is_preferred: Some(index == 0 && fix.safe),
        ..CodeAction::default()
    })
}

/// A fix as carried in `Diagnostic.data`.
#[derive(Debug, serde::Deserialize)]
struct CarriedFix {
    title: String,
    safe: bool,
    edits: Vec<TextEdit>,
}

/// The fixes in one of our diagnostics' `data`; none for other sources.
fn carried_fixes(diagnostic: &Diagnostic) -> Vec<CarriedFix> {
    if diagnostic.source.as_deref() != Some("http-status") {
        return Vec::new();
    }
    diagnostic
        .data
        .as_ref()
        .and_then(|d| d.get("fixes"))
        .and_then(|f| serde_json::from_value(f.clone()).ok())
        .unwrap_or_default()
}
