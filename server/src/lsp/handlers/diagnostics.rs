use tower_lsp_server::Client;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

use crate::lsp::convert;
use crate::lsp::document::Snapshot;
use crate::lsp::session::Session;
use crate::rules;

/// The rules' problems in one open document, with the snapshot they are for.
pub fn problems(session: &Session, uri: &Uri) -> Option<(Vec<rules::Diagnostic>, Snapshot)> {
    let snapshot = session.snapshot(uri)?;
    let state = session.state();
    let Some(language) = snapshot.language.filter(|l| state.settings.enabled(*l)) else {
        return Some((Vec::new(), snapshot));
    };
    let project = session.project(uri).unwrap_or_default();
    let found = rules::check(
        language,
        &snapshot.text,
        &snapshot.occurrences,
        session.locale(uri),
        &project,
        |r| state.settings.severity(r, &project),
    );
    Some((found, snapshot))
}

/// The diagnostics of one open document, with its version.
pub fn compute(session: &Session, uri: &Uri) -> Option<(Vec<Diagnostic>, i32)> {
    let (found, snapshot) = problems(session, uri)?;
    let encoding = session.encoding();
    let items = found
        .iter()
        .map(|d| convert::diagnostic(&snapshot.rope, d, encoding))
        .collect();
    Some((items, snapshot.version))
}

/// Pushes diagnostics for `uri`, unless the client pulls them.
pub async fn publish(client: &Client, session: &Session, uri: &Uri) {
    if session.pull_diagnostics() {
        return;
    }
    let computed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| compute(session, uri)));
    match computed {
        Ok(Some((items, version))) => {
            client
                .publish_diagnostics(uri.clone(), items, Some(version))
                .await
        }
        Ok(None) => {}
        Err(_) => tracing::error!("diagnostics failed for {}", uri.as_str()),
    }
}

/// After settings change: push again, or ask a pulling client to pull again.
pub async fn refresh_all(client: &Client, session: &Session) {
    if session.pull_diagnostics() {
        let _ = client.workspace_diagnostic_refresh().await;
        return;
    }
    for key in session.open_uris() {
        if let Ok(uri) = key.parse::<Uri>() {
            publish(client, session, &uri).await;
        }
    }
}

pub fn pull(session: &Session, uri: &Uri) -> Result<DocumentDiagnosticReportResult> {
    let items = compute(session, uri)
        .map(|(items, _)| items)
        .unwrap_or_default();
    Ok(DocumentDiagnosticReportResult::Report(
        DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
            related_documents: None,
            full_document_diagnostic_report: FullDocumentDiagnosticReport {
                result_id: None,
                items,
            },
        }),
    ))
}
