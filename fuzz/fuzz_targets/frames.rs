//! The frame reader in front of the server on arbitrary bytes: it never
//! panics, and everything it passes on is a JSON-RPC message.
#![no_main]

use http_status_lsp::lsp::transport::{FrameReader, Incoming};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut reader = FrameReader::new(data);
    while let Some(incoming) = reader.next_frame() {
        if let Incoming::Message(body) = incoming {
            let value: serde_json::Value = serde_json::from_slice(&body).expect("passed on only JSON");
            assert_eq!(value["jsonrpc"], "2.0");
        }
    }
});
