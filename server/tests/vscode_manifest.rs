//! The VS Code extension's manifest names the server's rules and languages;
//! this keeps the two from drifting apart.

use http_status_lsp::rules::{RULES, Severity};
use http_status_lsp::syntax::Language;
use serde_json::Value;

fn manifest() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../vscode-extension/package.json"
    );
    let text = std::fs::read_to_string(path).expect("vscode-extension/package.json");
    serde_json::from_str(&text).expect("package.json is JSON")
}

#[test]
fn every_rule_has_a_severity_setting_with_its_default() {
    let m = manifest();
    let rules = &m["contributes"]["configuration"]["properties"]["httpStatus.rules"]["properties"];
    let names: Vec<&str> = rules
        .as_object()
        .expect("rule properties")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected: Vec<&str> = RULES.iter().map(|r| r.name).collect();
    let mut got = names.clone();
    expected.sort_unstable();
    got.sort_unstable();
    assert_eq!(got, expected);
    for rule in RULES {
        let entry = &rules[rule.name];
        let levels: Vec<&str> = entry["enum"]
            .as_array()
            .expect("enum")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        for level in &levels[1..] {
            assert!(Severity::parse(level).is_some(), "{level}");
        }
        assert_eq!(levels[0], "off");
        let description = entry["markdownDescription"].as_str().unwrap_or("");
        assert!(
            description.ends_with(&format!("Default: {}.", rule.default_severity.name())),
            "{}: {description}",
            rule.name
        );
    }
}

#[test]
fn activates_for_exactly_the_languages_the_server_reads() {
    let m = manifest();
    let events: Vec<&str> = m["activationEvents"]
        .as_array()
        .expect("activation events")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let ids: Vec<&str> = events
        .iter()
        .filter_map(|e| e.strip_prefix("onLanguage:"))
        .collect();
    assert_eq!(ids.len(), events.len(), "{events:?}");
    for id in &ids {
        assert!(Language::from_language_id(id).is_some(), "{id}");
    }
    for language in Language::ALL {
        assert!(
            ids.iter()
                .any(|id| Language::from_language_id(id) == Some(language)),
            "{language:?} does not activate the extension"
        );
    }
    // The restricted setting is the one that chooses a program to run.
    assert_eq!(
        m["capabilities"]["untrustedWorkspaces"]["restrictedConfigurations"],
        serde_json::json!(["httpStatus.server.path"])
    );
}
