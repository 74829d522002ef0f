use tower_lsp_server::ls_types::*;

use crate::analysis;
use crate::lsp::position::{to_byte, to_position};
use crate::lsp::session::Session;

pub fn inlay_hints(session: &Session, params: InlayHintParams) -> Option<Vec<InlayHint>> {
    if !session.state().settings.inlay_hints {
        return Some(Vec::new());
    }
    let snapshot = session.snapshot(&params.text_document.uri)?;
    if !snapshot
        .language
        .is_some_and(|l| session.state().settings.enabled(l))
    {
        return Some(Vec::new());
    }
    let encoding = session.encoding();
    let start = to_byte(&snapshot.rope, params.range.start, encoding);
    let end = to_byte(&snapshot.rope, params.range.end, encoding);
    let hints = analysis::inlay::inlay_hints(&snapshot.occurrences, start..end)
        .into_iter()
        .map(|(offset, label)| InlayHint {
            position: to_position(&snapshot.rope, offset, encoding),
            label: InlayHintLabel::String(label.to_owned()),
            kind: None,
            text_edits: None,
            tooltip: None,
            padding_left: Some(true),
            padding_right: None,
            data: None,
        })
        .collect();
    Some(hints)
}
