use std::time::Duration;

use tower_lsp_server::Client;
use tower_lsp_server::ls_types::*;

use crate::lsp::background;
use crate::lsp::document::Document;
use crate::lsp::session::Session;
use crate::syntax::Language;

fn language_of(language_id: &str, uri: &Uri) -> Option<Language> {
    Language::from_language_id(language_id)
        .or_else(|| Language::from_path(std::path::Path::new(uri.path().as_str())))
}

/// Returns the document's size when it is too large to analyse.
pub fn open(session: &Session, params: DidOpenTextDocumentParams) -> Option<usize> {
    let doc = params.text_document;
    let language = language_of(&doc.language_id, &doc.uri);
    let document = Document::new(language, doc.version, doc.text);
    let too_large = document.too_large().then(|| document.text().len());
    session.with_documents(|docs| docs.insert(doc.uri.as_str().to_owned(), document));
    session.touched(doc.uri.as_str());
    too_large
}

/// What the user is told about a document too large to analyse.
pub fn too_large_message(uri: &Uri, bytes: usize) -> String {
    let name = uri
        .path()
        .as_str()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    format!(
        "http-status-lsp: {name} is {:.1} MB, over the {} MB limit: it is kept in sync but not analysed (no hovers or diagnostics in it)",
        bytes as f64 / (1024.0 * 1024.0),
        crate::lsp::document::MAX_ANALYSIS_BYTES / (1024 * 1024)
    )
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

/// How long typing must pause before the full parse owed by a keystroke that
/// took the local path is run.
const SETTLE_AFTER: Duration = Duration::from_millis(150);

/// After a pause in typing, runs the full parse a local reparse left owing,
/// off the document lock, and sends diagnostics again if the results change.
pub async fn settle_later(client: &Client, session: &Session, uri: Uri, version: i32) {
    tokio::time::sleep(SETTLE_AFTER).await;
    // An incremental parse that leaves errors owes a fresh one: at most two.
    let mut changed = false;
    for _ in 0..2 {
        let job = session.with_documents(|docs| {
            docs.get(uri.as_str())
                .filter(|doc| doc.version == version)
                .and_then(Document::settle_job)
        });
        let Some(job) = job else {
            break;
        };
        let Ok(done) = background::run(move || job.run()).await else {
            tracing::error!("background parse failed for {}", uri.as_str());
            return;
        };
        let settled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            session.with_documents(|docs| {
                docs.get_mut(uri.as_str())
                    .is_some_and(|doc| doc.settle(version, done))
            })
        }));
        match settled {
            Ok(c) => changed |= c,
            Err(_) => {
                tracing::error!("settling {} failed", uri.as_str());
                return;
            }
        }
    }
    if !changed {
        return;
    }
    if session.pull_diagnostics() {
        let _ = client.workspace_diagnostic_refresh().await;
    } else {
        super::diagnostics::publish(client, session, &uri).await;
    }
}
