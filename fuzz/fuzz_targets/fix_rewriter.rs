//! What `check --fix` writes, on arbitrary text (see http_status_lsp::fuzzing::fix_rewriter).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| http_status_lsp::fuzzing::fix_rewriter(data));
