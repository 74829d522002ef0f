use tower_lsp_server::ls_types::*;

use crate::lsp::document::Document;
use crate::lsp::session::Session;
use crate::syntax::Language;

fn language_of(language_id: &str, uri: &Uri) -> Option<Language> {
    Language::from_language_id(language_id)
        .or_else(|| Language::from_path(std::path::Path::new(uri.path().as_str())))
}

pub fn open(session: &Session, params: DidOpenTextDocumentParams) {
    let doc = params.text_document;
    let language = language_of(&doc.language_id, &doc.uri);
    let document = Document::new(language, doc.version, doc.text);
    session.with_documents(|docs| docs.insert(doc.uri.as_str().to_owned(), document));
    session.touched(doc.uri.as_str());
}

/// Applies every change in order, then reparses once, all before the caller
/// awaits anything.
pub fn change(session: &Session, params: DidChangeTextDocumentParams) {
    let encoding = session.encoding();
    session.with_documents(|docs| {
        let Some(doc) = docs.get_mut(params.text_document.uri.as_str()) else {
            tracing::warn!(
                "change for a document that is not open: {}",
                params.text_document.uri.as_str()
            );
            return;
        };
        for change in &params.content_changes {
            doc.apply(change.range, &change.text, encoding);
        }
        doc.version = params.text_document.version;
        doc.reparse(true);
    });
    session.touched(params.text_document.uri.as_str());
}

pub fn close(session: &Session, params: &DidCloseTextDocumentParams) {
    session.with_documents(|docs| docs.remove(params.text_document.uri.as_str()));
}
