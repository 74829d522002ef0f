//! The frame reader in front of the server on arbitrary bytes (see http_status_lsp::fuzzing::frames).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| http_status_lsp::fuzzing::frames(data));
