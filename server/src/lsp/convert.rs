//! Byte ranges to LSP ranges, and rule diagnostics to LSP diagnostics.

use ropey::Rope;
use tower_lsp_server::ls_types::{self as lsp, NumberOrString};

use super::position::{Encoding, to_position};
use crate::rules::{self, Severity};

pub fn range(rope: &Rope, bytes: std::ops::Range<usize>, encoding: Encoding) -> lsp::Range {
    lsp::Range::new(
        to_position(rope, bytes.start, encoding),
        to_position(rope, bytes.end, encoding),
    )
}

pub fn severity(s: Severity) -> lsp::DiagnosticSeverity {
    match s {
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
        Severity::Information => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
    }
}

pub fn diagnostic(rope: &Rope, d: &rules::Diagnostic, encoding: Encoding) -> lsp::Diagnostic {
    lsp::Diagnostic {
        range: range(rope, d.range.clone(), encoding),
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.rule.to_owned())),
        code_description: rules::rule_url(d.rule)
            .parse()
            .ok()
            .map(|href| lsp::CodeDescription { href }),
        source: Some("http-status".to_owned()),
        message: d.message.clone(),
        data: (!d.fixes.is_empty()).then(|| {
            serde_json::json!({
                "fixes": d.fixes.iter().map(|f| serde_json::json!({
                    "title": f.title,
                    "safe": f.safe,
                    "edits": text_edits(rope, &f.edits, encoding),
                })).collect::<Vec<_>>()
            })
        }),
        ..lsp::Diagnostic::default()
    }
}

pub fn text_edits(rope: &Rope, edits: &[rules::Edit], encoding: Encoding) -> Vec<lsp::TextEdit> {
    edits
        .iter()
        .map(|e| lsp::TextEdit {
            range: range(rope, e.range.clone(), encoding),
            new_text: e.text.clone(),
        })
        .collect()
}
