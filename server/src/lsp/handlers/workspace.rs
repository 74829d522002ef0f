//! Whole-workspace results: a background scan of every source file under the
//! workspace folders (honouring `.gitignore` and `exclude`), reported with
//! `$/progress` and cancellable; `workspace/diagnostic` answers from it;
//! watched-file events keep it current. Open documents always win over the
//! copy on disk.

use std::collections::HashMap;
use std::hash::{Hash as _, Hasher as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tower_lsp_server::Client;
use tower_lsp_server::ls_types::*;

use crate::lsp::convert;
use crate::lsp::session::{Session, lock};
use crate::project::{ConfigError, FILE_NAME};
use crate::rules;
use crate::syntax::{self, Language};

/// Files larger than this are left to the editor (opened, they are
/// analysed like any document).
const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// Results for files on disk, by URI.
#[derive(Debug, Default)]
pub struct Workspace {
    files: Mutex<HashMap<String, Vec<Diagnostic>>>,
    /// Config files with errors, by URI, reported as their own diagnostics.
    config_errors: Mutex<HashMap<String, Diagnostic>>,
    cancelled: AtomicBool,
    /// Bumped by each scan started, so an older one stops.
    generation: AtomicU64,
}

impl Workspace {
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
    }

    fn store(&self, uri: String, diagnostics: Option<Vec<Diagnostic>>) {
        let mut files = lock(&self.files);
        match diagnostics {
            Some(d) => {
                files.insert(uri, d);
            }
            None => {
                files.remove(&uri);
            }
        }
    }

    pub fn get(&self, uri: &str) -> Option<Vec<Diagnostic>> {
        lock(&self.files).get(uri).cloned()
    }

    fn entries(&self) -> Vec<(String, Vec<Diagnostic>)> {
        let mut out: Vec<_> = lock(&self.files)
            .iter()
            .map(|(u, d)| (u.clone(), d.clone()))
            .collect();
        out.extend(
            lock(&self.config_errors)
                .iter()
                .map(|(u, d)| (u.clone(), vec![d.clone()])),
        );
        out
    }
}

/// The problems of one file on disk, as the editor would show them; `None`
/// for a file that is not source code we read, or that `exclude` leaves out.
fn analyse(session: &Session, path: &Path) -> Option<Vec<Diagnostic>> {
    let language = Language::from_path(path)?;
    let project = session.project_at(path).ok()?;
    if project.excludes(path) {
        return None;
    }
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() || metadata.len() > MAX_FILE_BYTES {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    if !syntax::may_contain_status(text.as_bytes()) {
        return Some(Vec::new());
    }
    let state = session.state();
    if !state.settings.enabled(language) {
        return Some(Vec::new());
    }
    let locale = state
        .settings
        .locale
        .or(project.locale)
        .or(state.client_locale)
        .unwrap_or_default();
    let found = syntax::scan_text(language, &text);
    let problems = rules::check(language, &text, &found, locale, &project, |r| {
        state.settings.severity(r, &project)
    });
    let rope = ropey::Rope::from_str(&text);
    Some(
        problems
            .iter()
            .map(|d| convert::diagnostic(&rope, d, state.encoding))
            .collect(),
    )
}

/// Every source file under the workspace folders, honouring ignore files
/// and the projects' `exclude`.
fn source_files(session: &Session, roots: &[PathBuf]) -> Vec<PathBuf> {
    let Some((first, rest)) = roots.split_first() else {
        return Vec::new();
    };
    let mut walk = ignore::WalkBuilder::new(first);
    for root in rest {
        walk.add(root);
    }
    walk.require_git(false);
    let mut out = Vec::new();
    for entry in walk.build().flatten() {
        let path = entry.path();
        if entry.file_type().is_some_and(|t| t.is_file())
            && Language::from_path(path).is_some()
            && session
                .projects
                .for_path(path)
                .map_or(true, |p| !p.excludes(path))
        {
            out.push(path.to_owned());
        }
    }
    out
}

fn uri_of(path: &Path) -> Option<Uri> {
    Uri::from_file_path(path)
}

/// Scans the whole workspace in the background, then shows the results:
/// asks a pulling client to pull, or pushes them.
pub async fn scan(client: Client, session: Arc<Session>) {
    let state = session.state();
    if state.roots.is_empty() {
        return;
    }
    let workspace = &session.workspace;
    let generation = workspace.generation.fetch_add(1, Ordering::SeqCst) + 1;
    workspace.cancelled.store(false, Ordering::SeqCst);
    let token = NumberOrString::String(format!("http-status/scan/{generation}"));
    let progress = if state.work_done_progress
        && client
            .create_work_done_progress(token.clone())
            .await
            .is_ok()
    {
        Some(
            client
                .progress(token, "HTTP status codes")
                .with_percentage(0)
                .with_cancel_button()
                .with_message("looking for files")
                .begin()
                .await,
        )
    } else {
        None
    };
    let files = {
        let (session, roots) = (session.clone(), state.roots.clone());
        tokio::task::spawn_blocking(move || source_files(&session, &roots))
            .await
            .unwrap_or_default()
    };
    let total = files.len().max(1);
    let mut done = 0;
    let mut stopped = false;
    let mut touched = Vec::new();
    for chunk in files.chunks(32) {
        if workspace.cancelled.load(Ordering::SeqCst)
            || workspace.generation.load(Ordering::SeqCst) != generation
        {
            stopped = true;
            break;
        }
        let results = {
            let (session, chunk) = (session.clone(), chunk.to_vec());
            tokio::task::spawn_blocking(move || {
                chunk
                    .iter()
                    .filter_map(|p| Some((uri_of(p)?, analyse(&session, p))))
                    .collect::<Vec<_>>()
            })
            .await
            .unwrap_or_default()
        };
        for (uri, diagnostics) in results {
            touched.push(uri.clone());
            workspace.store(uri.as_str().to_owned(), diagnostics);
        }
        done += chunk.len();
        if let Some(p) = &progress {
            let percent = u32::try_from(done * 100 / total).unwrap_or(100);
            p.report_with_message(format!("{done}/{} files", files.len()), percent, None)
                .await;
        }
    }
    if let Some(p) = progress {
        p.finish_with_message(if stopped {
            format!("stopped after {done} files")
        } else {
            format!("{done} files")
        })
        .await;
    }
    tracing::info!(
        "workspace scan {}: {done} of {} files",
        if stopped { "stopped" } else { "done" },
        files.len()
    );
    report_config_errors(&client, &session).await;
    show(&client, &session, &touched).await;
}

/// Makes new results visible: a pulling client is asked to pull again; a
/// pushing one is sent the results of files that are not open.
async fn show(client: &Client, session: &Session, uris: &[Uri]) {
    if session.pull_diagnostics() {
        if session.state().workspace_refresh {
            let _ = client.workspace_diagnostic_refresh().await;
        }
        return;
    }
    let open = session.open_uris();
    for uri in uris {
        if open.iter().any(|o| o == uri.as_str()) {
            continue;
        }
        let items = session.workspace.get(uri.as_str()).unwrap_or_default();
        client.publish_diagnostics(uri.clone(), items, None).await;
    }
}

/// A config file with an error: a message once, and a diagnostic at the
/// line it names; one that was fixed has its diagnostic cleared.
pub async fn report_config_errors(client: &Client, session: &Session) {
    let errors: Vec<ConfigError> = session.projects.errors();
    let mut now: HashMap<String, Diagnostic> = HashMap::new();
    for e in &errors {
        let Some(uri) = uri_of(&e.path) else {
            continue;
        };
        let position = Position::new(
            u32::try_from(e.line.saturating_sub(1)).unwrap_or(0),
            u32::try_from(e.column.saturating_sub(1)).unwrap_or(0),
        );
        let message = match &e.key {
            Some(key) => format!("{key}: {}", e.message),
            None => e.message.clone(),
        };
        now.insert(
            uri.as_str().to_owned(),
            Diagnostic {
                range: Range::new(
                    position,
                    Position::new(position.line, position.character + 1),
                ),
                severity: Some(DiagnosticSeverity::ERROR),
                source: Some("http-status".to_owned()),
                message,
                ..Diagnostic::default()
            },
        );
    }
    let before = std::mem::replace(&mut *lock(&session.workspace.config_errors), now.clone());
    for e in &errors {
        if !before.contains_key(
            uri_of(&e.path)
                .map_or(String::new(), |u| u.as_str().to_owned())
                .as_str(),
        ) {
            client
                .show_message(MessageType::ERROR, format!("http-status-lsp: {e}"))
                .await;
        }
    }
    if session.pull_diagnostics() {
        return;
    }
    for (uri, d) in &now {
        if let Ok(u) = uri.parse::<Uri>() {
            client.publish_diagnostics(u, vec![d.clone()], None).await;
        }
    }
    for uri in before.keys().filter(|u| !now.contains_key(*u)) {
        if let Ok(u) = uri.parse::<Uri>() {
            client.publish_diagnostics(u, Vec::new(), None).await;
        }
    }
}

/// Files changed on disk: a config file starts everything over; a source
/// file that is not open is analysed again.
pub async fn files_changed(
    client: Client,
    session: Arc<Session>,
    params: DidChangeWatchedFilesParams,
) {
    let config_changed = params.changes.iter().any(|c| {
        c.uri
            .to_file_path()
            .is_some_and(|p| p.file_name().is_some_and(|n| n == FILE_NAME))
    });
    if config_changed {
        session.projects.forget();
        super::diagnostics::refresh_all(&client, &session).await;
        scan(client, session).await;
        return;
    }
    let open = session.open_uris();
    let mut touched = Vec::new();
    for change in params.changes {
        if open.iter().any(|o| o == change.uri.as_str()) {
            continue;
        }
        let Some(path) = change.uri.to_file_path().map(std::borrow::Cow::into_owned) else {
            continue;
        };
        if Language::from_path(&path).is_none() {
            continue;
        }
        let diagnostics = if change.typ == FileChangeType::DELETED {
            None
        } else {
            let session = session.clone();
            tokio::task::spawn_blocking(move || analyse(&session, &path))
                .await
                .ok()
                .flatten()
        };
        session
            .workspace
            .store(change.uri.as_str().to_owned(), diagnostics);
        touched.push(change.uri);
    }
    show(&client, &session, &touched).await;
}

/// After a document is closed, its results come from the disk again.
pub async fn closed(client: &Client, session: &Arc<Session>, uri: Uri) {
    let Some(path) = uri.to_file_path().map(std::borrow::Cow::into_owned) else {
        if !session.pull_diagnostics() {
            client.publish_diagnostics(uri, Vec::new(), None).await;
        }
        return;
    };
    let diagnostics = {
        let session = session.clone();
        tokio::task::spawn_blocking(move || analyse(&session, &path))
            .await
            .ok()
            .flatten()
    };
    session
        .workspace
        .store(uri.as_str().to_owned(), diagnostics);
    show(client, session, &[uri]).await;
}

/// `workspace/diagnostic`: every file's problems, open documents as they
/// are in the editor, the rest as on disk; files whose results did not
/// change since the client's last pull are reported unchanged.
pub fn report(
    session: &Session,
    params: &WorkspaceDiagnosticParams,
) -> WorkspaceDiagnosticReportResult {
    let previous: HashMap<&str, &str> = params
        .previous_result_ids
        .iter()
        .map(|p| (p.uri.as_str(), p.value.as_str()))
        .collect();
    let open = session.open_uris();
    let mut items = Vec::new();
    let mut add = |uri: Uri, version: Option<i64>, diagnostics: Vec<Diagnostic>| {
        let id = result_id(&diagnostics);
        let report = if previous.get(uri.as_str()) == Some(&id.as_str()) {
            WorkspaceDocumentDiagnosticReport::Unchanged(
                WorkspaceUnchangedDocumentDiagnosticReport {
                    uri,
                    version,
                    unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport {
                        result_id: id,
                    },
                },
            )
        } else {
            WorkspaceDocumentDiagnosticReport::Full(WorkspaceFullDocumentDiagnosticReport {
                uri,
                version,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: Some(id),
                    items: diagnostics,
                },
            })
        };
        items.push(report);
    };
    for key in &open {
        let Ok(uri) = key.parse::<Uri>() else {
            continue;
        };
        if let Some((diagnostics, version)) = super::diagnostics::compute(session, &uri) {
            add(uri, Some(i64::from(version)), diagnostics);
        }
    }
    for (key, diagnostics) in session.workspace.entries() {
        if open.contains(&key) {
            continue;
        }
        if let Ok(uri) = key.parse::<Uri>() {
            add(uri, None, diagnostics);
        }
    }
    WorkspaceDiagnosticReportResult::Report(WorkspaceDiagnosticReport { items })
}

fn result_id(diagnostics: &[Diagnostic]) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(diagnostics)
        .unwrap_or_default()
        .hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// Asks the client to tell us about changes to source and config files.
pub async fn watch(client: &Client, session: &Session) {
    if !session.state().watch_files {
        return;
    }
    let extensions = [&Language::EXTENSIONS[..], &["rb", "rake", "ru"]]
        .concat()
        .join(",");
    let watchers = [format!("**/*.{{{extensions}}}"), format!("**/{FILE_NAME}")]
        .into_iter()
        .map(|glob| FileSystemWatcher {
            glob_pattern: GlobPattern::String(glob),
            kind: None,
        })
        .collect();
    let registration = Registration {
        id: "http-status/watch".to_owned(),
        method: "workspace/didChangeWatchedFiles".to_owned(),
        register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
            watchers,
        })
        .ok(),
    };
    if let Err(e) = client.register_capability(vec![registration]).await {
        tracing::warn!("the client did not accept file watching: {e}");
    }
}
