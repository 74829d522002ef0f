//! What the server holds between requests: open documents, the negotiated
//! position encoding, the client's locale and capabilities, and settings.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use http_status_registry::Locale;
use tower_lsp_server::ls_types::Uri;

use crate::project::{ConfigError, Project, Projects};

use super::config::Settings;
use super::document::{Document, Snapshot};
use super::position::Encoding;

#[derive(Debug, Default)]
pub struct Session {
    documents: Mutex<HashMap<String, Document>>,
    /// `http-status.toml` files, read until one changes.
    pub projects: Projects,
    /// Results for the files on disk.
    pub workspace: super::handlers::workspace::Workspace,
    /// Most recently edited first.
    recent: Mutex<Vec<String>>,
    state: Mutex<State>,
}

/// How many documents keep a syntax tree for fast incremental edits.
const TREES_KEPT: usize = 1;

#[derive(Debug, Clone, Default)]
pub struct State {
    pub encoding: Encoding,
    pub client_locale: Option<Locale>,
    pub pull_diagnostics: bool,
    pub configuration_request: bool,
    pub settings: Settings,
    /// Workspace folders: which languages the project uses, and what the
    /// workspace scan walks.
    pub roots: Vec<std::path::PathBuf>,
    /// The client shows `$/progress` (`window.workDoneProgress`).
    pub work_done_progress: bool,
    /// The client accepts `workspace/diagnostic/refresh`.
    pub workspace_refresh: bool,
    /// The client watches files for us when asked to
    /// (`didChangeWatchedFiles.dynamicRegistration`).
    pub watch_files: bool,
    /// The client accepts `workspace/inlayHint/refresh`.
    pub inlay_refresh: bool,
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves consistent data (edits are
    // applied whole, config files are read whole), so a poisoned lock is
    // still usable.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Session {
    pub fn state(&self) -> State {
        lock(&self.state).clone()
    }

    pub fn update_state(&self, f: impl FnOnce(&mut State)) {
        f(&mut lock(&self.state));
    }

    pub fn encoding(&self) -> Encoding {
        lock(&self.state).encoding
    }

    pub fn pull_diagnostics(&self) -> bool {
        lock(&self.state).pull_diagnostics
    }

    /// The locale for text about `uri`: the editor setting, else the
    /// project's `http-status.toml`, else the client's, else English.
    pub fn locale(&self, uri: &Uri) -> Locale {
        let (setting, client) = {
            let state = lock(&self.state);
            (state.settings.locale, state.client_locale)
        };
        setting
            .or_else(|| self.project(uri).ok().and_then(|p| p.locale))
            .or(client)
            .unwrap_or_default()
    }

    /// The `http-status.toml` settings for a document (the defaults for one
    /// that is not a file, or with no config file above it), as the editor
    /// settings adjust them.
    pub fn project(&self, uri: &Uri) -> Result<Arc<Project>, ConfigError> {
        match uri.to_file_path() {
            Some(path) => self.project_at(&path),
            None => Ok(self.adjusted(Arc::new(Project::default()))),
        }
    }

    /// [`Session::project`] for a file on disk.
    pub fn project_at(&self, path: &std::path::Path) -> Result<Arc<Project>, ConfigError> {
        self.projects.for_path(path).map(|p| self.adjusted(p))
    }

    fn adjusted(&self, project: Arc<Project>) -> Arc<Project> {
        lock(&self.state).settings.adjust(project)
    }

    pub fn with_documents<T>(&self, f: impl FnOnce(&mut HashMap<String, Document>) -> T) -> T {
        f(&mut lock(&self.documents))
    }

    /// An immutable view of the document, analysed for its current version.
    pub fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        lock(&self.documents)
            .get_mut(uri.as_str())
            .map(Document::snapshot)
    }

    /// Marks `uri` as just edited and frees the trees of documents that were
    /// not edited recently.
    pub fn touched(&self, uri: &str) {
        let evict: Vec<String> = {
            let mut recent = lock(&self.recent);
            recent.retain(|u| u != uri);
            recent.insert(0, uri.to_owned());
            let keep = TREES_KEPT.min(recent.len());
            recent.split_off(keep)
        };
        let mut docs = lock(&self.documents);
        for u in &evict {
            if let Some(doc) = docs.get_mut(u) {
                doc.drop_tree();
            }
        }
        lock(&self.recent).retain(|u| docs.contains_key(u));
    }

    pub fn open_uris(&self) -> Vec<String> {
        lock(&self.documents).keys().cloned().collect()
    }
}
