//! `http-status.toml` and the editor settings on arbitrary input (see http_status_lsp::fuzzing::config).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| http_status_lsp::fuzzing::config(data));
