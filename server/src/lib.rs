//! http-status-lsp: finds, explains and checks HTTP status codes in source code.
//!
//! `syntax` parses and scans; `cli` is the command-line front end.

pub mod analysis;
pub mod cli;
#[doc(hidden)]
pub mod fuzzing;
pub mod logging;
pub mod lsp;
pub mod project;
pub mod rules;
pub mod syntax;
