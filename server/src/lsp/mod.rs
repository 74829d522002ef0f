//! The language server: the only module that knows LSP types. It keeps the
//! open documents, converts positions, and calls the pure functions in
//! `crate::analysis` and `crate::rules`.

mod background;
mod config;
mod convert;
#[doc(hidden)]
pub mod document;
mod handlers;
#[cfg(test)]
mod model_tests;
pub mod position;
#[doc(hidden)]
pub mod reference;
mod session;
pub mod transport;

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server};

pub use config::Settings;
pub use session::Session;

/// Runs the server on stdin and stdout until the client says `exit`.
pub fn serve() -> std::process::ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            tracing::error!("cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        let (service, socket) = LspService::build(|client| Backend {
            client,
            session: Arc::new(Session::default()),
        })
        .custom_method("window/workDoneProgress/cancel", Backend::cancel_progress)
        .custom_method(handlers::catalog::METHOD, Backend::codes)
        .finish();
        // stdin -> our frame reader -> the server -> whole frames -> stdout,
        // with our replies to bad frames merged into stdout.
        let (to_server, server_input) = tokio::io::duplex(1 << 16);
        let (server_output, from_server) = tokio::io::duplex(1 << 16);
        let (client_frames, client_frames_rx) = tokio::sync::mpsc::channel(64);
        let (replies, replies_rx) = tokio::sync::mpsc::unbounded_channel();
        let (server_frames, server_frames_rx) = tokio::sync::mpsc::channel(64);
        transport::read_stdin(client_frames, replies);
        let feed = tokio::spawn(transport::feed(client_frames_rx, to_server));
        let split = tokio::spawn(transport::split_output(from_server, server_frames));
        let write = tokio::spawn(transport::write_stdout(server_frames_rx, replies_rx));
        Server::new(server_input, server_output, socket)
            .serve(service)
            .await;
        // The server's output is closed: let the last frames out.
        let _ = split.await;
        let _ = write.await;
        feed.abort();
    });
    // The stdin thread may still be blocked reading; it is not waited for.
    runtime.shutdown_timeout(std::time::Duration::from_millis(100));
    std::process::ExitCode::SUCCESS
}

pub struct Backend {
    client: Client,
    session: Arc<Session>,
}

impl std::fmt::Debug for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Backend").finish_non_exhaustive()
    }
}

/// Runs a request's synchronous work; a panic becomes an internal error
/// answer and a log line, and the server keeps serving.
fn guarded<T>(what: &str, work: impl FnOnce() -> T) -> Result<T> {
    std::panic::catch_unwind(AssertUnwindSafe(work)).map_err(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("unknown panic");
        tracing::error!("{what} failed: {message}");
        let mut err = Error::internal_error();
        err.message = format!("http-status-lsp: {what} failed: {message}").into();
        err
    })
}

impl Backend {
    /// `window/workDoneProgress/cancel`: the user stopped the workspace scan.
    async fn cancel_progress(&self, params: WorkDoneProgressCancelParams) {
        tracing::info!("progress cancelled: {:?}", params.token);
        self.session.workspace.cancel();
    }
}

impl Backend {
    /// `httpStatus/codes`: the list behind an editor's status-code picker.
    async fn codes(
        &self,
        params: Option<handlers::catalog::CodesParams>,
    ) -> Result<handlers::catalog::CodesResult> {
        guarded("status code list", || {
            handlers::catalog::codes(&self.session, &params.unwrap_or_default())
        })
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        Ok(handlers::lifecycle::initialize(&self.session, params))
    }

    async fn initialized(&self, _: InitializedParams) {
        crate::syntax::warm_up(self.session.state().roots);
        handlers::configuration::pull(&self.client, &self.session).await;
        handlers::diagnostics::refresh_all(&self.client, &self.session).await;
        handlers::workspace::watch(&self.client, &self.session).await;
        let (client, session) = (self.client.clone(), self.session.clone());
        tokio::spawn(handlers::workspace::scan(client, session));
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        // The edit lands before the first await, so later requests see it.
        let uri = params.text_document.uri.clone();
        let too_large = handlers::documents::open(&self.session, params);
        if let Some(bytes) = too_large {
            let message = handlers::documents::too_large_message(&uri, bytes);
            tracing::warn!("{message}");
            self.client.show_message(MessageType::INFO, message).await;
        }
        handlers::diagnostics::publish(&self.client, &self.session, &uri).await;
        if self.session.project(&uri).is_err() {
            handlers::workspace::report_config_errors(&self.client, &self.session).await;
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri.clone();
        let version = params.text_document.version;
        let started = std::time::Instant::now();
        handlers::documents::change(&self.session, params);
        let changed = started.elapsed();
        handlers::diagnostics::publish(&self.client, &self.session, &uri).await;
        tracing::debug!(
            "version {version}: applied in {changed:?}, diagnostics sent after {:?}",
            started.elapsed()
        );
        let (client, session) = (self.client.clone(), self.session.clone());
        tokio::spawn(async move {
            handlers::documents::settle_later(&client, &session, uri, version).await;
        });
    }

    async fn did_save(&self, _: DidSaveTextDocumentParams) {
        // Edits arrive through didChange; a save changes nothing we read.
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri.clone();
        handlers::documents::close(&self.session, &params);
        handlers::workspace::closed(&self.client, &self.session, uri).await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let (client, session) = (self.client.clone(), self.session.clone());
        tokio::spawn(handlers::workspace::files_changed(client, session, params));
    }

    async fn workspace_diagnostic(
        &self,
        params: WorkspaceDiagnosticParams,
    ) -> Result<WorkspaceDiagnosticReportResult> {
        guarded("workspace diagnostics", || {
            handlers::workspace::report(&self.session, &params)
        })
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        handlers::configuration::changed(&self.client, &self.session, params).await;
        handlers::diagnostics::refresh_all(&self.client, &self.session).await;
        if self.session.state().inlay_refresh {
            let _ = self.client.inlay_hint_refresh().await;
        }
        let (client, session) = (self.client.clone(), self.session.clone());
        tokio::spawn(handlers::workspace::scan(client, session));
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        guarded("hover", || handlers::hover::hover(&self.session, params))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        guarded("completion", || {
            handlers::completion::completion(&self.session, params)
        })
    }

    async fn completion_resolve(&self, item: CompletionItem) -> Result<CompletionItem> {
        guarded("completion resolve", || {
            handlers::completion::resolve(&self.session, item)
        })
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        guarded("code actions", || {
            handlers::code_action::code_actions(&self.session, params)
        })
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        guarded("inlay hints", || {
            handlers::inlay::inlay_hints(&self.session, params)
        })
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        guarded("diagnostics", || {
            handlers::diagnostics::pull(&self.session, &params.text_document.uri)
        })?
    }
}
