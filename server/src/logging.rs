//! Logs go to stderr (stdout belongs to the protocol). The level comes from
//! `HTTP_STATUS_LSP_LOG` (a tracing filter such as `debug`), and the
//! `logLevel` setting changes it while the server runs.

use std::sync::OnceLock;

use tracing_subscriber::{
    EnvFilter, Registry, layer::SubscriberExt, reload, util::SubscriberInitExt,
};

static HANDLE: OnceLock<reload::Handle<EnvFilter, Registry>> = OnceLock::new();

pub fn init() {
    let filter =
        EnvFilter::try_from_env("HTTP_STATUS_LSP_LOG").unwrap_or_else(|_| EnvFilter::new("warn"));
    let (layer, handle) = reload::Layer::new(filter);
    let fmt = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(false);
    if tracing_subscriber::registry()
        .with(layer)
        .with(fmt)
        .try_init()
        .is_ok()
    {
        let _ = HANDLE.set(handle);
    }
}

/// Applies the `logLevel` setting; `None` keeps the current level.
pub fn set_level(level: Option<&str>) {
    let (Some(level), Some(handle)) = (level, HANDLE.get()) else {
        return;
    };
    let _ = handle.reload(EnvFilter::new(level));
}
