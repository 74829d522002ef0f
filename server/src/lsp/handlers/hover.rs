use tower_lsp_server::ls_types::*;

use crate::analysis;
use crate::lsp::convert;
use crate::lsp::session::Session;

pub fn hover(session: &Session, params: HoverParams) -> Option<Hover> {
    let pos = params.text_document_position_params;
    let (snapshot, language, encoding, offset) = super::at_position(session, &pos)?;
    let uri = &pos.text_document.uri;
    let project = session.project(uri).unwrap_or_default();
    let problems = super::diagnostics::problems(session, uri).map_or_else(Vec::new, |(p, _)| p);
    let (range, markdown) = analysis::hover::hover(
        language,
        &snapshot.text,
        &snapshot.occurrences,
        offset,
        session.locale(uri),
        &project,
        &problems,
    )?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(convert::range(&snapshot.rope, range, encoding)),
    })
}
