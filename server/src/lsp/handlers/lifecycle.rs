use http_status_registry::Locale;
use tower_lsp_server::ls_types::*;

use crate::lsp::config::Settings;
use crate::lsp::position::Encoding;
use crate::lsp::session::Session;

/// The workspace folders as local paths (or the deprecated root URI).
#[allow(deprecated)] // `root_uri` is what older clients send.
fn roots(params: &InitializeParams) -> Vec<std::path::PathBuf> {
    let uris: Vec<&Uri> = match &params.workspace_folders {
        Some(folders) if !folders.is_empty() => folders.iter().map(|f| &f.uri).collect(),
        _ => params.root_uri.iter().collect(),
    };
    uris.into_iter()
        .filter_map(|u| u.to_file_path())
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// Negotiates the position encoding, reads the client's locale and
/// capabilities and `initializationOptions`, and declares what we serve.
pub fn initialize(session: &Session, params: InitializeParams) -> InitializeResult {
    let caps = &params.capabilities;
    let utf8 = caps
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref())
        .is_some_and(|list| list.contains(&PositionEncodingKind::UTF8));
    let pull = caps
        .text_document
        .as_ref()
        .and_then(|t| t.diagnostic.as_ref())
        .is_some();
    let configuration = caps
        .workspace
        .as_ref()
        .and_then(|w| w.configuration)
        .unwrap_or(false);
    let work_done_progress = caps
        .window
        .as_ref()
        .and_then(|w| w.work_done_progress)
        .unwrap_or(false);
    let workspace_refresh = caps
        .workspace
        .as_ref()
        .and_then(|w| w.diagnostics.as_ref())
        .and_then(|d| d.refresh_support)
        .unwrap_or(false);
    let inlay_refresh = caps
        .workspace
        .as_ref()
        .and_then(|w| w.inlay_hint.as_ref())
        .and_then(|i| i.refresh_support)
        .unwrap_or(false);
    let watch_files = caps
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|d| d.dynamic_registration)
        .unwrap_or(false);
    let (settings, problems) = params
        .initialization_options
        .as_ref()
        .map(Settings::from_json)
        .unwrap_or_default();
    for p in &problems {
        tracing::warn!("{p}");
    }
    session.update_state(|s| {
        s.encoding = if utf8 {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        };
        s.client_locale = params.locale.as_deref().map(Locale::from_tag);
        s.pull_diagnostics = pull;
        s.configuration_request = configuration;
        s.settings = settings;
        s.roots = roots(&params);
        s.work_done_progress = work_done_progress;
        s.workspace_refresh = workspace_refresh;
        s.watch_files = watch_files;
        s.inlay_refresh = inlay_refresh;
    });
    crate::logging::set_level(session.state().settings.log_level.as_deref());
    InitializeResult {
        capabilities: ServerCapabilities {
            position_encoding: Some(if utf8 {
                PositionEncodingKind::UTF8
            } else {
                PositionEncodingKind::UTF16
            }),
            text_document_sync: Some(TextDocumentSyncCapability::Kind(
                TextDocumentSyncKind::INCREMENTAL,
            )),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            completion_provider: Some(CompletionOptions {
                resolve_provider: Some(true),
                trigger_characters: Some(
                    ["(", " ", "=", ":", ".", ","]
                        .iter()
                        .map(|s| (*s).to_owned())
                        .collect(),
                ),
                ..CompletionOptions::default()
            }),
            inlay_hint_provider: Some(OneOf::Left(true)),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![
                    CodeActionKind::QUICKFIX,
                    CodeActionKind::new(super::code_action::FIX_ALL),
                ]),
                ..CodeActionOptions::default()
            })),
            diagnostic_provider: pull.then(|| {
                DiagnosticServerCapabilities::Options(DiagnosticOptions {
                    identifier: Some("http-status".to_owned()),
                    inter_file_dependencies: false,
                    workspace_diagnostics: true,
                    ..DiagnosticOptions::default()
                })
            }),
            ..ServerCapabilities::default()
        },
        server_info: Some(ServerInfo {
            name: "http-status-lsp".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        }),
        offset_encoding: None,
    }
}
