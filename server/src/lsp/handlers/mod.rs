//! One file per request or notification; the `LanguageServer` impl only delegates.

pub mod catalog;
pub mod code_action;
pub mod completion;
pub mod configuration;
pub mod diagnostics;
pub mod documents;
pub mod hover;
pub mod inlay;
pub mod lifecycle;
pub mod workspace;

use tower_lsp_server::ls_types::TextDocumentPositionParams;

use super::document::Snapshot;
use super::position::{Encoding, to_byte};
use super::session::Session;
use crate::syntax::Language;

/// The document under a request, if it is open and its language enabled, with
/// the request's position as a byte offset.
pub fn at_position(
    session: &Session,
    pos: &TextDocumentPositionParams,
) -> Option<(Snapshot, Language, Encoding, usize)> {
    let snapshot = session.snapshot(&pos.text_document.uri)?;
    let language = snapshot.language?;
    if !session.state().settings.enabled(language) {
        return None;
    }
    let encoding = session.encoding();
    let offset = to_byte(&snapshot.rope, pos.position, encoding);
    Some((snapshot, language, encoding, offset))
}
