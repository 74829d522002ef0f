//! Problems with the status codes in a document, from the rules in `crate::rules`.

pub use crate::rules::{Diagnostic, Severity, check};
