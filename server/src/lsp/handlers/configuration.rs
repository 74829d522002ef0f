use serde_json::Value;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::*;

use crate::lsp::config::Settings;
use crate::lsp::session::Session;

/// Asks the client for the `httpStatus` section, when it can answer.
pub async fn pull(client: &Client, session: &Session) {
    if !session.state().configuration_request {
        return;
    }
    let item = ConfigurationItem {
        scope_uri: None,
        section: Some("httpStatus".to_owned()),
    };
    match client.configuration(vec![item]).await {
        Ok(values) => {
            if let Some(value) = values.into_iter().next().filter(|v| !v.is_null()) {
                apply(client, session, &value).await;
            }
        }
        Err(e) => tracing::warn!("workspace/configuration failed: {e}"),
    }
}

pub async fn changed(client: &Client, session: &Session, params: DidChangeConfigurationParams) {
    if session.state().configuration_request {
        pull(client, session).await;
    } else if !params.settings.is_null() {
        apply(client, session, &params.settings).await;
    }
}

async fn apply(client: &Client, session: &Session, value: &Value) {
    let (settings, problems) = Settings::from_json(value);
    crate::logging::set_level(settings.log_level.as_deref());
    tracing::info!(
        "settings: locale {}, inlay hints {}, constant style {}, {} rule override(s)",
        settings.locale.map_or("auto", |l| l.tag()),
        if settings.inlay_hints { "on" } else { "off" },
        settings
            .constant_style
            .map_or("from http-status.toml".to_owned(), |s| format!("{s:?}")
                .to_lowercase()),
        settings.rules.len()
    );
    session.update_state(|s| s.settings = settings);
    if !problems.is_empty() {
        let message = format!(
            "http-status-lsp: using defaults for invalid settings: {}",
            problems.join("; ")
        );
        client.show_message(MessageType::WARNING, message).await;
    }
}
