//! The language server as editors see it: the real binary, JSON over stdio.

mod common;

use common::{Client, utf8_position, utf16_position};
use serde_json::{Value, json};

const URI: &str = "file:///project/app.js";

/// Chinese text, an emoji (a surrogate pair in UTF-16) and CRLF line endings
/// before the literals.
const JS: &str = "// 路由：登录 😀\r\nconst 说明 = '🚀'; app.post('/login', (req, res) => {\r\n  res.status(404).json({});\r\n  res.status(305);\r\n});\r\n";

fn hover_at(client: &mut Client, uri: &str, (line, character): (u32, u32)) -> Value {
    client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
    )
}

fn markdown(hover: &Value) -> String {
    hover["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn hover_diagnostics_and_inlay_hints_in_utf16() {
    let mut client = Client::start(Value::Null);
    let init = client.initialize(json!({}), None, Value::Null);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(init["capabilities"]["textDocumentSync"], 2);
    client.open(URI, "javascript", JS);

    let (line, col) = utf16_position(JS, "404");
    let hover = hover_at(&mut client, URI, (line, col + 1));
    let md = markdown(&hover);
    assert!(md.starts_with("**404 Not Found**"), "{md}");
    assert!(
        md.contains("rfc9110#section-15.5.5") && md.contains("MDN"),
        "{md}"
    );
    assert_eq!(
        hover["range"]["start"],
        json!({ "line": line, "character": col })
    );
    assert_eq!(
        hover["range"]["end"],
        json!({ "line": line, "character": col + 3 })
    );
    // Not a status: no hover.
    let (l, c) = utf16_position(JS, "login");
    assert!(hover_at(&mut client, URI, (l, c)).is_null());

    let diags = client.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == URI);
    let items = diags["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["code"], "deprecated-status");
    assert_eq!(items[0]["severity"], 2);
    assert!(
        items[0]["codeDescription"]["href"]
            .as_str()
            .unwrap_or("")
            .contains("#deprecated-status")
    );
    let (l305, c305) = utf16_position(JS, "305");
    assert_eq!(
        items[0]["range"]["start"],
        json!({ "line": l305, "character": c305 })
    );

    let hints = client.request(
        "textDocument/inlayHint",
        json!({ "textDocument": { "uri": URI }, "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 9, "character": 0 } } }),
    );
    let labels: Vec<&str> = hints
        .as_array()
        .expect("hints")
        .iter()
        .filter_map(|h| h["label"].as_str())
        .collect();
    assert_eq!(labels, ["Not Found", "Use Proxy"]);
    assert_eq!(
        hints[0]["position"],
        json!({ "line": line, "character": col + 3 })
    );

    let (elapsed, code) = client.shutdown();
    assert_eq!(code, Some(0));
    assert!(elapsed.as_secs() < 2, "exit took {elapsed:?}");
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let mut client = Client::start(Value::Null);
    let init = client.initialize(
        json!({ "general": { "positionEncodings": ["utf-8", "utf-16"] } }),
        None,
        Value::Null,
    );
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    client.open(URI, "javascript", JS);
    let (line, col) = utf8_position(JS, "404");
    let hover = hover_at(&mut client, URI, (line, col));
    assert!(markdown(&hover).starts_with("**404 Not Found**"));
    assert_eq!(
        hover["range"]["start"],
        json!({ "line": line, "character": col })
    );
    let diags = client.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == URI);
    let (l, c) = utf8_position(JS, "305");
    assert_eq!(
        diags["diagnostics"][0]["range"]["start"],
        json!({ "line": l, "character": c })
    );
}

#[test]
fn incremental_edits_are_seen_by_the_next_request() {
    let mut client = Client::start(Value::Null);
    client.initialize(json!({}), None, Value::Null);
    let uri = "file:///project/views.py";
    client.open(
        uri,
        "python",
        "from flask import abort\r\n\r\ndef f():\r\n    abort(404)\r\n",
    );
    for (i, code) in ["500", "501", "502", "503", "410"].iter().enumerate() {
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": i + 2 },
                "contentChanges": [{ "range": { "start": { "line": 3, "character": 10 }, "end": { "line": 3, "character": 13 } }, "text": code }]
            }),
        );
    }
    // An edit that adds Chinese text and a line before the call, in the same notification as a full-line edit.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 10 },
            "contentChanges": [
                { "range": { "start": { "line": 2, "character": 0 }, "end": { "line": 2, "character": 0 } }, "text": "# 中文 😀\r\n" },
                { "range": { "start": { "line": 4, "character": 10 }, "end": { "line": 4, "character": 13 } }, "text": "305" }
            ]
        }),
    );
    let hover = hover_at(&mut client, uri, (4, 11));
    assert!(markdown(&hover).starts_with("**305 Use Proxy**"), "{hover}");
    let diags = client.wait_for("textDocument/publishDiagnostics", |p| p["version"] == 10);
    assert_eq!(diags["diagnostics"][0]["code"], "deprecated-status");
    // A full replacement.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 11 }, "contentChanges": [{ "text": "abort(418)\n" }] }),
    );
    assert!(markdown(&hover_at(&mut client, uri, (0, 7))).starts_with("**418 (Unused)**"));
}

#[test]
fn completion_ranked_by_name_and_resolved() {
    let mut client = Client::start(Value::Null);
    client.initialize(json!({}), None, Value::Null);
    let text =
        "app.post('/x', (req, res) => {\n  res.status(\n  res.redirect(\n  res.status(teap\n});\n";
    client.open(URI, "javascript", text);
    let complete = |client: &mut Client, line: u32, character: u32| {
        client.request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": URI }, "position": { "line": line, "character": character } }),
        )
    };
    let sorted = |result: &Value| {
        let mut items = result["items"].as_array().cloned().unwrap_or_default();
        items.sort_by(|a, b| a["sortText"].as_str().cmp(&b["sortText"].as_str()));
        items
    };
    let items = sorted(&complete(&mut client, 1, 13));
    assert_eq!(items[0]["label"], "200");
    assert!(
        items
            .iter()
            .any(|i| i["label"] == "201" && i["detail"] == "Created")
    );
    let redirect = sorted(&complete(&mut client, 2, 15));
    assert_eq!(redirect[0]["label"], "303");
    let teapot = sorted(&complete(&mut client, 3, 17));
    assert_eq!(teapot.len(), 1);
    assert_eq!(teapot[0]["label"], "418");
    assert_eq!(
        teapot[0]["textEdit"]["range"]["start"],
        json!({ "line": 3, "character": 13 })
    );
    let resolved = client.request("completionItem/resolve", items[1].clone());
    assert!(
        resolved["documentation"]["value"]
            .as_str()
            .unwrap_or("")
            .starts_with("**201 Created**")
    );
    // Nothing where no status belongs.
    assert!(complete(&mut client, 0, 9).is_null());
}

#[test]
fn chinese_locale_and_settings() {
    let mut client = Client::start(Value::Null);
    client.initialize(json!({}), Some("zh-CN"), json!({ "inlayHints": false }));
    client.open(URI, "javascript", JS);
    let (line, col) = utf16_position(JS, "404");
    let md = markdown(&hover_at(&mut client, URI, (line, col)));
    assert!(md.contains("客户端错误"), "{md}");
    let hints = client.request(
        "textDocument/inlayHint",
        json!({ "textDocument": { "uri": URI }, "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 9, "character": 0 } } }),
    );
    assert_eq!(hints, json!([]));
    // A setting turns a rule off; a bad setting is reported and ignored.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "httpStatus": { "rules": { "deprecated-status": "off" }, "colour": "red" } } }),
    );
    let message = client.wait_for("window/showMessage", |_| true);
    assert!(
        message["message"]
            .as_str()
            .unwrap_or("")
            .contains("httpStatus.colour"),
        "{message}"
    );
    let diags = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["diagnostics"] == json!([])
    });
    assert_eq!(diags["uri"], URI);
}

#[test]
fn settings_come_from_workspace_configuration() {
    let mut client =
        Client::start(json!({ "locale": "zh-CN", "rules": { "deprecated-status": "error" } }));
    client.initialize(
        json!({ "workspace": { "configuration": true } }),
        Some("en"),
        Value::Null,
    );
    client.open(URI, "javascript", JS);
    let diags = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["diagnostics"][0]["severity"] == 1
    });
    assert!(
        diags["diagnostics"][0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("已弃用"),
        "{diags}"
    );
}

#[test]
fn pull_diagnostics_when_the_client_supports_them() {
    let mut client = Client::start(Value::Null);
    let init = client.initialize(
        json!({ "textDocument": { "diagnostic": {} } }),
        None,
        Value::Null,
    );
    assert_eq!(
        init["capabilities"]["diagnosticProvider"]["identifier"],
        "http-status"
    );
    client.open(URI, "javascript", JS);
    let report = client.request(
        "textDocument/diagnostic",
        json!({ "textDocument": { "uri": URI } }),
    );
    assert_eq!(report["kind"], "full");
    assert_eq!(report["items"][0]["code"], "deprecated-status");
}

#[test]
fn unknown_documents_and_positions_give_empty_answers() {
    let mut client = Client::start(Value::Null);
    client.initialize(json!({}), None, Value::Null);
    assert!(hover_at(&mut client, "file:///nowhere.js", (0, 0)).is_null());
    client.open(URI, "javascript", JS);
    assert!(hover_at(&mut client, URI, (999, 999)).is_null());
    let unknown = client.request_raw("textDocument/noSuchMethod", json!({}));
    assert!(unknown.get("error").is_some());
    // Still serving.
    let (line, col) = utf16_position(JS, "404");
    assert!(!hover_at(&mut client, URI, (line, col)).is_null());
    let (_, code) = client.shutdown();
    assert_eq!(code, Some(0));
}

#[test]
fn early_and_ill_typed_messages_leave_the_server_serving() {
    let mut client = Client::start(Value::Null);
    // A request before initialize is refused, not fatal.
    let early = client.request_raw(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 0 } }),
    );
    assert!(early.get("error").is_some(), "{early}");
    // Wrong parameter types and unknown documents (broken frames and the
    // rest: tests/hostile_stdio.rs).
    client.initialize(json!({}), None, Value::Null);
    let wrong = client.request_raw("textDocument/hover", json!({ "textDocument": 42 }));
    assert!(wrong.get("error").is_some(), "{wrong}");
    client.notify("textDocument/didChange", json!({ "textDocument": { "uri": "file:///never-opened.js", "version": 2 }, "contentChanges": [{ "text": "x" }] }));
    client.open(URI, "javascript", JS);
    let (line, col) = utf16_position(JS, "404");
    assert!(markdown(&hover_at(&mut client, URI, (line, col))).starts_with("**404 Not Found**"));
    let (_, code) = client.shutdown();
    assert_eq!(code, Some(0));
}

/// In a large file, keystrokes inside one statement are answered from a
/// parse of that statement alone; a syntax error elsewhere is settled by a
/// full parse in the next pause, and the final diagnostics are those of the
/// whole text.
#[test]
fn large_files_settle_after_local_reparses() {
    let mut client = Client::start(Value::Null);
    client.initialize(json!({}), None, Value::Null);
    let uri = "file:///project/big.js";
    let mut text = String::from("const app = require('express')();\n");
    for i in 0..600 {
        text.push_str(&format!(
            "app.get('/r{i}', (req, res) => {{\n  res.status(200).json({{ i: {i} }}); // 中文 😀\n}});\n"
        ));
    }
    assert!(text.len() > 40_000);
    client.open(uri, "javascript", &text);
    client.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    // 200 becomes 305 inside statement 301 (lines 902-904).
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 2 },
            "contentChanges": [{ "range": { "start": { "line": 902, "character": 13 }, "end": { "line": 902, "character": 16 } }, "text": "305" }]
        }),
    );
    let diags = client.wait_for("textDocument/publishDiagnostics", |p| p["version"] == 2);
    assert_eq!(
        diags["diagnostics"].as_array().map(Vec::len),
        Some(1),
        "{diags}"
    );
    assert_eq!(diags["diagnostics"][0]["code"], "deprecated-status");
    assert_eq!(diags["diagnostics"][0]["range"]["start"]["line"], 902);
    let hover = hover_at(&mut client, uri, (902, 14));
    assert!(markdown(&hover).starts_with("**305 Use Proxy**"), "{hover}");
    // An unclosed string literal before it: error recovery may regroup the
    // rest of the file; whatever the quick answer, the settled one must equal
    // what a fresh open of the same text reports.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 3 },
            "contentChanges": [{ "range": { "start": { "line": 500, "character": 2 }, "end": { "line": 500, "character": 2 } }, "text": "res.status(306" }]
        }),
    );
    client.wait_for("textDocument/publishDiagnostics", |p| p["version"] == 3);
    std::thread::sleep(std::time::Duration::from_millis(800));
    let settled = client.request(
        "textDocument/diagnostic",
        json!({ "textDocument": { "uri": uri } }),
    );
    let mut edited: Vec<&str> = text.lines().collect();
    let line500 = format!("  res.status(306{}", &edited[500][2..]);
    edited[500] = &line500;
    let line902 = edited[902].replacen("200", "305", 1);
    edited[902] = &line902;
    let fresh_uri = "file:///project/fresh.js";
    client.open(fresh_uri, "javascript", &(edited.join("\n") + "\n"));
    let fresh = client.request(
        "textDocument/diagnostic",
        json!({ "textDocument": { "uri": fresh_uri } }),
    );
    assert_eq!(settled["items"], fresh["items"]);
    assert_eq!(fresh["items"][0]["range"]["start"]["line"], 902, "{fresh}");
}

/// The capabilities VS Code 1.9x sends through vscode-languageclient 9
/// (abridged to what matters here): UTF-16 only, pull diagnostics with
/// refresh, `workspace/configuration`, markdown hovers and completion
/// documentation, inlay hints with resolve. Every feature answers, and a
/// settings change pushed as `didChangeConfiguration` is applied at once.
#[test]
fn a_client_with_vscode_capabilities() {
    let mut client = Client::start(json!({ "inlayHints": { "enabled": true } }));
    let capabilities = json!({
        "general": { "positionEncodings": ["utf-16"], "staleRequestSupport": { "cancel": true, "retryOnContentModified": [] } },
        "workspace": {
            "configuration": true,
            "didChangeConfiguration": { "dynamicRegistration": true },
            "workspaceFolders": true,
            "diagnostics": { "refreshSupport": true },
            "inlayHint": { "refreshSupport": true }
        },
        "textDocument": {
            "synchronization": { "dynamicRegistration": true, "willSave": true, "didSave": true },
            "hover": { "dynamicRegistration": true, "contentFormat": ["markdown", "plaintext"] },
            "completion": {
                "dynamicRegistration": true,
                "contextSupport": true,
                "completionItem": {
                    "snippetSupport": true,
                    "documentationFormat": ["markdown", "plaintext"],
                    "deprecatedSupport": true,
                    "tagSupport": { "valueSet": [1] },
                    "labelDetailsSupport": true,
                    "resolveSupport": { "properties": ["documentation", "detail"] }
                }
            },
            "publishDiagnostics": { "relatedInformation": true, "versionSupport": false, "tagSupport": { "valueSet": [1, 2] }, "codeDescriptionSupport": true, "dataSupport": true },
            "diagnostic": { "dynamicRegistration": true, "relatedDocumentSupport": false },
            "inlayHint": { "dynamicRegistration": true, "resolveSupport": { "properties": ["tooltip", "textEdits", "label.tooltip", "label.location", "label.command"] } }
        },
        "window": { "workDoneProgress": true, "showMessage": { "messageActionItem": { "additionalPropertiesSupport": true } } }
    });
    let init = client.initialize(capabilities, Some("en"), Value::Null);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(
        init["capabilities"]["diagnosticProvider"]["identifier"],
        "http-status"
    );
    let uri = "file:///project/routes/login.js";
    let text = "const app = require('express')();\n// 登录 😀\napp.post('/login', (req, res) => { res.status(305).json({}); });\n";
    client.open(uri, "javascript", text);
    let report = client.request(
        "textDocument/diagnostic",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(report["kind"], "full");
    assert_eq!(report["items"][0]["code"], "deprecated-status");
    assert_eq!(
        report["items"][0]["range"]["start"],
        json!({ "line": 2, "character": 46 })
    );
    assert!(report["items"][0]["codeDescription"]["href"].is_string());
    let hover = hover_at(&mut client, uri, (2, 47));
    assert!(markdown(&hover).starts_with("**305 Use Proxy**"), "{hover}");
    let completion = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 2, "character": 46 }, "context": { "triggerKind": 1 } }),
    );
    let items = completion["items"]
        .as_array()
        .or(completion.as_array())
        .cloned()
        .unwrap_or_default();
    assert!(
        items
            .iter()
            .any(|i| i["label"] == "201" && i["detail"] == "Created")
    );
    let hints = client.request(
        "textDocument/inlayHint",
        json!({ "textDocument": { "uri": uri }, "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 3, "character": 0 } } }),
    );
    assert!(
        hints.as_array().is_some_and(|h| h
            .iter()
            .any(|x| x["label"].as_str().is_some_and(|l| l.contains("Use Proxy")))),
        "{hints}"
    );
    // VS Code changes its settings and notifies; the server asks for them
    // again and applies them without a restart.
    client.set_configuration(json!({ "rules": { "deprecated-status": "off" } }));
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "httpStatus": { "rules": { "deprecated-status": "off" } } } }),
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    let report = client.request(
        "textDocument/diagnostic",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(report["items"], json!([]), "{report}");
}

/// A renamed Rack symbol: the diagnostic carries its fix in `data`, the
/// quick fix rewrites the symbol, and "fix all" leaves it alone because the
/// new name needs Rack 3.1.
#[test]
fn quick_fixes_for_renamed_names() {
    let mut client = Client::start(Value::Null);
    client.initialize(
        json!({ "textDocument": { "diagnostic": {} } }),
        None,
        Value::Null,
    );
    let uri = "file:///app/controllers/users_controller.rb";
    let text = "class UsersController < ApplicationController\n  def create\n    # 说明 😀\n    render json: {}, status: :unprocessable_entity\n  end\nend\n";
    client.open(uri, "ruby", text);
    let report = client.request(
        "textDocument/diagnostic",
        json!({ "textDocument": { "uri": uri } }),
    );
    let item = &report["items"][0];
    assert_eq!(item["code"], "renamed-status-name", "{report}");
    assert_eq!(item["severity"], 4);
    assert_eq!(item["data"]["fixes"][0]["safe"], false);
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": item["range"], "context": { "diagnostics": [item] } }),
    );
    let action = &actions[0];
    assert_eq!(action["title"], "Use unprocessable_content", "{actions}");
    assert_eq!(action["kind"], "quickfix");
    let edits = &action["edit"]["changes"][uri];
    assert_eq!(
        edits,
        &json!([{ "range": { "start": { "line": 3, "character": 30 }, "end": { "line": 3, "character": 50 } }, "newText": "unprocessable_content" }])
    );
    assert_eq!(
        actions.as_array().map(Vec::len),
        Some(1),
        "no fix-all for unsafe fixes: {actions}"
    );
    // A client that drops `data` gets the same fix, computed afresh.
    let mut stripped = item.clone();
    if let Some(o) = stripped.as_object_mut() {
        o.remove("data");
    }
    let again = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": item["range"], "context": { "diagnostics": [stripped] } }),
    );
    assert_eq!(again[0]["edit"], action["edit"]);
    let only_fix_all = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": item["range"], "context": { "diagnostics": [], "only": ["source.fixAll"] } }),
    );
    assert_eq!(only_fix_all, json!([]));
}

/// "Fix all" applies only the safe fixes of the file.
#[test]
fn fix_all_applies_the_safe_fixes() {
    let mut client = Client::start(Value::Null);
    client.initialize(json!({}), None, Value::Null);
    let uri = "file:///srv/main.go";
    let text = "package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n\thttp.Error(w, \"gone\", 410)\n\tw.WriteHeader(305)\n}\n";
    client.open(uri, "go", text);
    client.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 0 } }, "context": { "diagnostics": [], "only": ["source.fixAll"] } }),
    );
    assert_eq!(actions.as_array().map(Vec::len), Some(1), "{actions}");
    assert_eq!(actions[0]["kind"], "source.fixAll.http-status");
    let edits = &actions[0]["edit"]["changes"][uri];
    assert_eq!(
        edits,
        &json!([
            { "range": { "start": { "line": 5, "character": 15 }, "end": { "line": 5, "character": 18 } }, "newText": "http.StatusNotFound" },
            { "range": { "start": { "line": 6, "character": 23 }, "end": { "line": 6, "character": 26 } }, "newText": "http.StatusGone" }
        ])
    );
}

/// A project on disk with an `http-status.toml`.
fn project_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        std::fs::write(path, text).expect("write");
    }
    dir
}

fn file_uri(path: &std::path::Path) -> String {
    format!("file://{}", path.display())
}

/// The items of a `workspace/diagnostic` answer, by file name.
fn workspace_items(client: &mut Client) -> Vec<(String, Vec<Value>)> {
    let report = client.request("workspace/diagnostic", json!({ "previousResultIds": [] }));
    report["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            let name = i["uri"]
                .as_str()
                .unwrap_or_default()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned();
            (name, i["items"].as_array().cloned().unwrap_or_default())
        })
        .collect()
}

#[test]
fn workspace_diagnostics_cover_files_never_opened() {
    let dir = project_dir(&[
        (
            "http-status.toml",
            "[rules]\nunknown-status = \"error\"\n\n[custom-codes.299]\nreason = \"Partial Success\"\ndescription = \"Some items failed.\"\n",
        ),
        (
            "src/a.js",
            "res.status(305);\nres.status(299);\nres.status(298);\n",
        ),
        (
            "src/b.py",
            "from flask import abort\n\ndef f():\n    abort(200)\n",
        ),
        ("vendor/c.js", "res.status(305);\n"),
        (".gitignore", "vendor/\n"),
    ]);
    let root = dir.path().canonicalize().expect("root");
    let mut client = Client::start(Value::Null);
    let caps = json!({
        "textDocument": { "diagnostic": { "dynamicRegistration": false } },
        "workspace": { "diagnostics": { "refreshSupport": true } },
        "window": { "workDoneProgress": true }
    });
    let init = client.initialize_in(json!(file_uri(&root)), caps, None, Value::Null);
    assert_eq!(
        init["capabilities"]["diagnosticProvider"]["workspaceDiagnostics"],
        true
    );
    // The scan reports progress and ends.
    client.wait_for("$/progress", |p| p["value"]["kind"] == "end");
    let items = workspace_items(&mut client);
    let find = |name: &str| {
        items
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, d)| d.clone())
    };
    let a = find("a.js").expect("a.js is reported");
    let codes: Vec<(&str, i64)> = a
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default(),
                d["severity"].as_i64().unwrap_or_default(),
            )
        })
        .collect();
    // 305 deprecated; 299 is the project's own code; 298 unknown, raised to error by the config.
    assert_eq!(
        codes,
        [("deprecated-status", 2), ("unknown-status", 1)],
        "{a:?}"
    );
    assert_eq!(
        find("b.py").expect("b.py")[0]["code"],
        "error-helper-non-error"
    );
    assert!(find("c.js").is_none(), "ignored by .gitignore: {items:?}");

    // The open document wins over the disk: fix 305 in the editor only.
    let a_uri = file_uri(&root.join("src/a.js"));
    client.open(&a_uri, "javascript", "res.status(204);\nres.status(299);\n");
    let items = workspace_items(&mut client);
    let a = items
        .iter()
        .find(|(n, _)| n == "a.js")
        .expect("a.js")
        .1
        .clone();
    assert!(a.is_empty(), "{a:?}");

    // Hover shows the project's code.
    let hover = hover_at(&mut client, &a_uri, (1, 12));
    let md = markdown(&hover);
    assert!(
        md.contains("299 Partial Success") && md.contains("http-status.toml"),
        "{md}"
    );

    // A file changed on disk is analysed again.
    std::fs::write(
        root.join("src/b.py"),
        "from flask import abort\n\ndef f():\n    abort(404)\n",
    )
    .expect("write");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": file_uri(&root.join("src/b.py")), "type": 2 }] }),
    );
    let mut cleared = false;
    for _ in 0..50 {
        let items = workspace_items(&mut client);
        if items.iter().any(|(n, d)| n == "b.py" && d.is_empty()) {
            cleared = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(cleared, "b.py was not analysed again");
    let (_, status) = client.shutdown();
    assert_eq!(status, Some(0));
}

#[test]
fn a_broken_config_file_is_reported_where_it_is_wrong() {
    let dir = project_dir(&[
        (
            "http-status.toml",
            "locale = \"en\"\n\n[rules]\nno-such-rule = \"warning\"\n",
        ),
        ("a.js", "res.status(305);\n"),
    ]);
    let root = dir.path().canonicalize().expect("root");
    let mut client = Client::start(Value::Null);
    client.initialize_in(json!(file_uri(&root)), json!({}), None, Value::Null);
    let message = client.wait_for("window/showMessage", |_| true);
    let text = message["message"].as_str().unwrap_or_default();
    assert!(
        text.contains("http-status.toml:4:1") && text.contains("rules.no-such-rule"),
        "{text}"
    );
    let diags = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"]
            .as_str()
            .is_some_and(|u| u.ends_with("http-status.toml"))
    });
    assert_eq!(diags["diagnostics"][0]["range"]["start"]["line"], 3);
    // The server keeps serving, with the defaults, and says so once the file is fixed.
    client.open(
        &file_uri(&root.join("a.js")),
        "javascript",
        "res.status(305);\n",
    );
    let d = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"].as_str().is_some_and(|u| u.ends_with("a.js")) && p["version"] == 1
    });
    assert_eq!(d["diagnostics"][0]["code"], "deprecated-status");
    std::fs::write(root.join("http-status.toml"), "locale = \"en\"\n").expect("write");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": file_uri(&root.join("http-status.toml")), "type": 2 }] }),
    );
    let cleared = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"]
            .as_str()
            .is_some_and(|u| u.ends_with("http-status.toml"))
            && p["diagnostics"].as_array().is_some_and(Vec::is_empty)
    });
    assert!(cleared["diagnostics"].as_array().is_some_and(Vec::is_empty));
}

#[test]
fn the_status_code_list_for_pickers() {
    let mut client = Client::start(json!({}));
    client.initialize(
        json!({ "workspace": { "configuration": true } }),
        Some("en"),
        Value::Null,
    );
    // Without a document (a picker opened with no editor), and without params.
    let all = client.request("httpStatus/codes", Value::Null);
    assert_eq!(all["locale"], "en");
    let codes = all["codes"].as_array().expect("codes");
    assert!(codes.len() > 60, "{}", codes.len());
    let created = codes.iter().find(|c| c["code"] == 201).expect("201");
    assert_eq!(created["phrase"], "Created");
    assert_eq!(created["standing"], "standard");
    assert!(
        created["documentation"]
            .as_str()
            .unwrap_or("")
            .starts_with("**201 Created**")
    );
    let use_proxy = codes.iter().find(|c| c["code"] == 305).expect("305");
    assert_eq!(use_proxy["standing"], "deprecated");
    assert!(codes.iter().any(|c| c["standing"] == "vendor"));

    // With a Go document: the Go constant names, in the locale set for it.
    let go =
        "package main\nimport \"net/http\"\nfunc h(w http.ResponseWriter) { w.WriteHeader(404) }\n";
    client.open("file:///project/main.go", "go", go);
    client.set_configuration(json!({ "locale": "zh-CN" }));
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": null }),
    );
    let zh = loop {
        let zh = client.request(
            "httpStatus/codes",
            json!({ "textDocument": { "uri": "file:///project/main.go" } }),
        );
        if zh["locale"] == "zh-CN" {
            break zh;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let not_found = zh["codes"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["code"] == 404))
        .expect("404");
    let doc = not_found["documentation"].as_str().unwrap_or("");
    assert!(doc.contains("`http.StatusNotFound`"), "{doc}");
    assert!(doc.contains("客户端错误"), "{doc}");
}

#[test]
fn constant_style_setting_applies_without_restart() {
    let go = "package main\nimport \"net/http\"\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(404)\n\tw.WriteHeader(http.StatusCreated)\n}\n";
    let uri = "file:///project/style.go";
    let mut client = Client::start(json!({}));
    client.initialize(
        json!({ "workspace": { "configuration": true } }),
        Some("en"),
        Value::Null,
    );
    client.open(uri, "go", go);
    let lines_flagged = |p: &Value| -> Vec<u64> {
        p["diagnostics"]
            .as_array()
            .map(|d| {
                d.iter()
                    .filter(|d| d["code"] == "magic-status-number")
                    .filter_map(|d| d["range"]["start"]["line"].as_u64())
                    .collect()
            })
            .unwrap_or_default()
    };
    // Default (names): the bare 404 on line 3.
    let first = client.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    assert_eq!(lines_flagged(&first), vec![3], "{first}");
    // Numbers: the constant on line 4 instead.
    client.set_configuration(json!({ "constantStyle": "numbers" }));
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": null }),
    );
    let numbers = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && lines_flagged(p) == vec![4]
    });
    assert_eq!(lines_flagged(&numbers), vec![4]);
    // Either: nothing.
    client.set_configuration(json!({ "constantStyle": "either" }));
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": null }),
    );
    client.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && lines_flagged(p).is_empty()
    });
}
