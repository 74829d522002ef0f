//! `http-status.toml` and the editor settings object on arbitrary input:
//! either a value or an error that names a place in the file, never a panic.
#![no_main]

use http_status_lsp::lsp::Settings;
use http_status_lsp::project::Project;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Project::parse(std::path::Path::new("http-status.toml"), text) {
        Ok(project) => {
            for code in project.custom_codes.keys() {
                assert!(project.custom(*code).is_some());
            }
        }
        Err(e) => {
            let shown = e.to_string();
            assert!(shown.starts_with("http-status.toml:"), "{shown}");
        }
    }
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        let _ = Settings::from_json(&value);
    }
});
