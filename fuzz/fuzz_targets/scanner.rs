//! The scanner and every rule on arbitrary text in every language (see http_status_lsp::fuzzing::scanner).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| http_status_lsp::fuzzing::scanner(data));
