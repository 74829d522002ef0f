//! `httpStatus/codes`, a request of ours: every status code with its phrase,
//! summary and card, for an editor's "look up a status code" picker. The
//! optional document chooses the locale, the project's own codes and the
//! constant names in the cards.

use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::{TextDocumentIdentifier, Uri};

use crate::analysis::catalog::{Origin, catalog};
use crate::lsp::session::Session;
use crate::syntax::Language;

pub const METHOD: &str = "httpStatus/codes";

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CodesParams {
    pub text_document: Option<TextDocumentIdentifier>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CodesResult {
    /// The locale the texts are in (`en` or `zh-CN`).
    pub locale: &'static str,
    pub codes: Vec<Code>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Code {
    pub code: u16,
    pub phrase: String,
    pub summary: String,
    /// `standard`, `deprecated`, `obsoleted`, `unused`, `temporary`,
    /// `experimental`, `project` or `vendor`.
    pub standing: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
    /// Markdown.
    pub documentation: String,
}

pub fn codes(session: &Session, params: &CodesParams) -> CodesResult {
    let uri: Option<&Uri> = params.text_document.as_ref().map(|d| &d.uri);
    let snapshot = uri.and_then(|u| session.snapshot(u));
    let language: Option<Language> = snapshot.as_ref().and_then(|s| s.language);
    let text = snapshot.as_ref().map_or("", |s| s.text.as_str());
    let (locale, project) = match uri {
        Some(u) => (session.locale(u), session.project(u).unwrap_or_default()),
        None => {
            let state = session.state();
            let locale = state
                .settings
                .locale
                .or(state.client_locale)
                .unwrap_or_default();
            (locale, std::sync::Arc::default())
        }
    };
    let codes = catalog(language, text, locale, &project)
        .into_iter()
        .map(|e| {
            let (standing, vendor) = match e.origin {
                Origin::Registered(standing) => (standing, None),
                Origin::Project => ("project", None),
                Origin::Vendor(names) => ("vendor", Some(names)),
            };
            Code {
                code: e.code,
                phrase: e.phrase,
                summary: e.summary,
                standing,
                vendor,
                documentation: e.documentation,
            }
        })
        .collect();
    CodesResult {
        locale: locale.tag(),
        codes,
    }
}
