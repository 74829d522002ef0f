//! One file per request or notification; the `LanguageServer` impl only delegates.

pub mod completion;
pub mod configuration;
pub mod diagnostics;
pub mod documents;
pub mod hover;
pub mod inlay;
pub mod lifecycle;
