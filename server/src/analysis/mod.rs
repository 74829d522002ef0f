//! Hover, completion, inlay hints and diagnostics as plain functions over a
//! document's text and scanner results. Nothing here knows LSP: ranges are
//! byte offsets, and the `lsp` module converts.

pub mod catalog;
pub mod completion;
pub mod diagnostics;
pub mod ecosystem;
pub mod hover;
pub mod inlay;
pub mod labels;

pub use ecosystem::preferred_ecosystems;
