use serde_json::json;
use tower_lsp_server::ls_types::*;

use crate::analysis;
use crate::lsp::convert;
use crate::lsp::session::Session;

pub fn completion(session: &Session, params: CompletionParams) -> Option<CompletionResponse> {
    let pos = params.text_document_position;
    let (snapshot, language, encoding, offset) = super::at_position(session, &pos)?;
    let locale = session.locale(&pos.text_document.uri);
    let items = analysis::completion::complete(language, &snapshot.text, offset, locale);
    if items.is_empty() {
        return None;
    }
    // Every item replaces the same range: convert it once.
    let replace = items.first().map(|i| i.replace.clone()).unwrap_or_default();
    let lsp_range = convert::range(&snapshot.rope, replace.clone(), encoding);
    let list = items
        .into_iter()
        .map(|item| CompletionItem {
            label: item.label,
            kind: Some(if item.constant { CompletionItemKind::CONSTANT } else { CompletionItemKind::VALUE }),
            // Shown on every row, not only the selected one.
            label_details: Some(CompletionItemLabelDetails {
                detail: None,
                description: Some(item.detail.clone()),
            }),
            detail: Some(item.detail),
            // The full card comes with completionItem/resolve; the list stays small.
            sort_text: Some(item.sort),
            filter_text: Some(item.filter),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                range: if item.replace == replace {
                    lsp_range
                } else {
                    convert::range(&snapshot.rope, item.replace, encoding)
                },
                new_text: item.insert,
            })),
            tags: item.deprecated.then(|| vec![CompletionItemTag::DEPRECATED]),
            data: Some(json!({ "code": item.code, "language": language.name(), "uri": pos.text_document.uri.as_str() })),
            ..CompletionItem::default()
        })
        .collect();
    Some(CompletionResponse::List(CompletionList {
        is_incomplete: true,
        items: list,
    }))
}

/// Fills in the full hover card for the item the user is looking at.
pub fn resolve(session: &Session, mut item: CompletionItem) -> CompletionItem {
    let data = item.data.clone().unwrap_or_default();
    let code = data
        .get("code")
        .and_then(serde_json::Value::as_u64)
        .and_then(|c| u16::try_from(c).ok());
    let language = data
        .get("language")
        .and_then(serde_json::Value::as_str)
        .and_then(crate::syntax::Language::from_language_id);
    let uri = data
        .get("uri")
        .and_then(serde_json::Value::as_str)
        .and_then(|u| u.parse::<Uri>().ok());
    let text = uri
        .as_ref()
        .and_then(|u| session.snapshot(u))
        .map(|s| s.text.to_string())
        .unwrap_or_default();
    if let (Some(code), Some(language), Some(uri)) = (code, language, uri) {
        if let Some(card) = analysis::hover::card(Some(language), &text, code, session.locale(&uri))
        {
            item.documentation = Some(Documentation::MarkupContent(MarkupContent {
                kind: MarkupKind::Markdown,
                value: card,
            }));
        }
    }
    item
}
