//! `http-status-lsp check` as a process: formats, exit statuses, rule docs.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn check(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let out = Command::cargo_bin("http-status-lsp")
        .expect("binary")
        .arg("check")
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("run");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

#[test]
fn the_examples_show_every_rule() {
    let (out, err, code) = check(&repo(), &["examples", "--format", "json"]);
    assert_eq!(code, 1, "{err}");
    let items: Vec<Value> = serde_json::from_str(&out).expect("json");
    let mut rules: Vec<&str> = items.iter().filter_map(|i| i["rule"].as_str()).collect();
    rules.sort_unstable();
    rules.dedup();
    let (names, _, _) = check(&repo(), &["--explain", "no-such-rule"]);
    assert!(names.is_empty());
    for rule in [
        "deprecated-status",
        "error-helper-non-error",
        "invalid-status",
        "magic-status-number",
        "redirect-non-3xx",
        "redirect-method-change",
        "content-with-bodiless-status",
        "renamed-status-name",
        "unknown-status",
        "unofficial-status",
    ] {
        assert!(
            rules.contains(&rule),
            "no {rule} in the examples: {rules:?}"
        );
    }
    // The ignore comment in express/app.js holds back its 418, and 290 is
    // declared in examples/http-status.toml.
    assert!(!out.contains("\"418\""), "{out}");
    assert!(!out.contains("\"290\""), "{out}");
    assert_eq!(
        rules.len(),
        http_status_lsp::rules::RULES.len(),
        "every rule: {rules:?}"
    );
}

#[test]
fn json_fields_are_one_based_with_character_columns() {
    let dir = project(&[(
        "src/app.js",
        "// 说明 😀\nconst 名 = '😀'; res.status(305);\n",
    )]);
    let (out, err, code) = check(dir.path(), &["--format", "json"]);
    assert_eq!(code, 1, "{err}");
    let items: Vec<Value> = serde_json::from_str(&out).expect("json");
    assert_eq!(items.len(), 1, "{out}");
    let item = &items[0];
    assert_eq!(item["path"], "src/app.js");
    assert_eq!(item["line"], 2);
    assert_eq!(item["column"], 27);
    assert_eq!(item["end_line"], 2);
    assert_eq!(item["end_column"], 30);
    assert_eq!(item["rule"], "deprecated-status");
    assert_eq!(item["severity"], "warning");
    assert_eq!(item["code"], "305");
    assert!(
        item["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("305 Use Proxy"))
    );
    assert!(item["fixes"].is_array());
}

#[test]
fn exit_status_follows_fail_on() {
    let dir = project(&[(
        "a.py",
        "from flask import abort\n\ndef f():\n    abort(444)\n",
    )]);
    // An nginx code is information: below the default threshold.
    let (out, _, code) = check(dir.path(), &["--color", "never"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("note[unofficial-status]"), "{out}");
    assert!(out.contains("a.py:4:11"), "{out}");
    assert!(out.contains("Found 1 information in 1 file."), "{out}");
    let (_, _, code) = check(dir.path(), &["--fail-on", "information"]);
    assert_eq!(code, 1);
    let clean = project(&[(
        "b.py",
        "from flask import abort\n\ndef f():\n    abort(404)\n",
    )]);
    let (out, _, code) = check(clean.path(), &[]);
    assert_eq!((code, out.trim()), (0, "No problems found."));
    let (_, err, code) = check(clean.path(), &["missing-dir"]);
    assert_eq!(code, 2);
    assert!(err.contains("no such file or directory"), "{err}");
    let (_, _, code) = check(clean.path(), &["--format", "xml"]);
    assert_eq!(code, 2);
    let (_, _, code) = check(&repo(), &["examples", "--fail-on", "never"]);
    assert_eq!(code, 0);
}

#[test]
fn github_annotations_escape_their_text() {
    let dir = project(&[(
        "dir, with: marks/main.go",
        "package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, \"/\", 200)\n}\n",
    )]);
    let (out, _, code) = check(dir.path(), &["--format", "github"]);
    assert_eq!(code, 1);
    assert_eq!(
        out.lines().next().unwrap_or(""),
        "::error file=dir%2C with%3A marks/main.go,line=6,col=27,endLine=6,endColumn=30,title=redirect-non-3xx::200 OK is not a redirect: a redirect needs a 3xx code (303 See Other after a form post, 307 or 308 to keep the method, 301 or 302 otherwise)"
    );
}

#[test]
fn sarif_has_rules_results_and_regions() {
    let (out, _, code) = check(&repo(), &["examples/go", "--format", "sarif"]);
    assert_eq!(code, 1);
    let sarif: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(rules.iter().any(|r| r["id"] == "redirect-non-3xx"));
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 4, "{out}");
    let first = &results[0];
    let index = first["ruleIndex"].as_u64().expect("index") as usize;
    assert_eq!(rules[index]["id"], first["ruleId"]);
    let location = &first["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "examples/go/main.go");
    assert_eq!(location["region"]["startLine"], 9);
    assert_eq!(location["region"]["startColumn"], 31);
    assert_eq!(first["level"], "error");
}

#[test]
fn explain_prints_a_rules_documentation() {
    let (out, _, code) = check(&repo(), &["--explain", "redirect-non-3xx"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("# redirect-non-3xx\n\nDefault severity: error."),
        "{out}"
    );
    for heading in ["## What it does", "## Why is this bad?", "## Example"] {
        assert!(out.contains(heading), "{out}");
    }
    let (_, err, code) = check(&repo(), &["--explain", "no-such-rule"]);
    assert_eq!(code, 2);
    assert!(err.contains("deprecated-status"), "{err}");
}

#[test]
fn chinese_messages() {
    let dir = project(&[("a.js", "res.redirect(200, '/x');\n")]);
    let (out, _, _) = check(dir.path(), &["--locale", "zh-CN", "--format", "json"]);
    assert!(out.contains("不是重定向"), "{out}");
}

#[test]
fn fix_writes_safe_fixes_and_keeps_bom_and_line_endings() {
    let original = "\u{feff}from http import HTTPStatus\r\nfrom flask import abort\r\n\r\n# 说明 😀\r\ndef f():\r\n    abort(404)\r\n    abort(HTTPStatus.GONE)\r\n";
    let dir = project(&[("app.py", original)]);
    let (_, err, code) = check(dir.path(), &["--fix", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Fixed 1 problem in 1 file."), "{err}");
    let bytes = std::fs::read(dir.path().join("app.py")).expect("read");
    assert_eq!(
        String::from_utf8(bytes).expect("utf-8"),
        original.replace("abort(404)", "abort(HTTPStatus.NOT_FOUND)")
    );
    // Nothing left to fix, and no temporary file left behind.
    let (out, err, code) = check(dir.path(), &["--fix", "--format", "json"]);
    assert_eq!((code, out.trim()), (0, "[]"), "{err}");
    assert!(!err.contains("Fixed"), "{err}");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    assert_eq!(names, ["app.py"]);
}

#[test]
fn fix_leaves_unsafe_fixes_and_read_only_files() {
    let rb =
        "class A < ApplicationController\n  def create\n    head 422\n    head 404\n  end\nend\n";
    let dir = project(&[
        ("a_controller.rb", rb),
        (
            "b.go",
            "package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(500)\n}\n",
        ),
    ]);
    let go = dir.path().join("b.go");
    let mut permissions = std::fs::metadata(&go).expect("meta").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&go, permissions).expect("chmod");
    let (out, err, _) = check(dir.path(), &["--fix", "--format", "json"]);
    // 404 -> :not_found is safe; 422 -> :unprocessable_content needs Rack 3.1.
    let fixed = std::fs::read_to_string(dir.path().join("a_controller.rb")).expect("read");
    assert!(fixed.contains("head 422\n    head :not_found"), "{fixed}");
    assert!(err.contains("b.go: not fixed: it is read-only"), "{err}");
    assert!(
        std::fs::read_to_string(&go)
            .expect("read")
            .contains("WriteHeader(500)")
    );
    let left: Vec<Value> = serde_json::from_str(&out).expect("json");
    let rules: Vec<&str> = left.iter().filter_map(|i| i["code"].as_str()).collect();
    assert_eq!(rules, ["422", "500"], "{out}");
}

/// The official SARIF 2.1.0 schema, from the source of the serde-sarif crate
/// (`cargo metadata` on tests/sarif-schema downloads it without building).
fn sarif_schema() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--locked",
            "--format-version",
            "1",
            "--manifest-path",
        ])
        .arg(repo().join("tests/sarif-schema/Cargo.toml"))
        .output()
        .expect("cargo metadata");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: Value = serde_json::from_slice(&out.stdout).expect("metadata");
    let manifest = metadata["packages"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["name"] == "serde-sarif"))
        .and_then(|p| p["manifest_path"].as_str())
        .expect("serde-sarif in the metadata");
    let schema = Path::new(manifest)
        .with_file_name("src")
        .join("schema.json");
    serde_json::from_str(&std::fs::read_to_string(schema).expect("schema")).expect("schema json")
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let schema = sarif_schema();
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
    // The published schema's pattern for the `language` properties has a
    // stray `]` (`...{2}]?$`) that a strict validator refuses to compile; we
    // never write a `language`, so those patterns are dropped.
    let mut schema = schema;
    assert_eq!(drop_broken_patterns(&mut schema), 2);
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let (out, _, _) = check(&repo(), &["examples", "--format", "sarif"]);
    let sarif: Value = serde_json::from_str(&out).expect("json");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator does reject what the schema forbids.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!validator.is_valid(&broken));
}

fn drop_broken_patterns(value: &mut Value) -> usize {
    match value {
        Value::Object(map) => {
            let mut n = 0;
            if map
                .get("pattern")
                .and_then(Value::as_str)
                .is_some_and(|p| p == "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$")
            {
                map.remove("pattern");
                n += 1;
            }
            n + map.values_mut().map(drop_broken_patterns).sum::<usize>()
        }
        Value::Array(items) => items.iter_mut().map(drop_broken_patterns).sum(),
        _ => 0,
    }
}

#[test]
fn project_config_is_found_upward_and_applied() {
    let dir = project(&[
        (
            "http-status.toml",
            "exclude = [\"generated\"]\nconstant-style = \"numbers\"\n\n[rules]\ndeprecated-status = \"error\"\n\n[custom-codes.299]\nreason = \"Partial Success\"\n",
        ),
        ("src/a.js", "res.status(305);\nres.status(299);\n"),
        ("generated/b.js", "res.status(305);\n"),
        (
            "src/c.go",
            "package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusNotFound)\n}\n",
        ),
    ]);
    let (out, err, code) = check(dir.path(), &["--format", "json", "--fail-on", "error"]);
    assert_eq!(code, 1, "{err}");
    let found: Vec<Value> = serde_json::from_str(&out).expect("json");
    let summary: Vec<(String, String, String)> = found
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap_or_default().to_owned(),
                d["rule"].as_str().unwrap_or_default().to_owned(),
                d["severity"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "src/a.js".into(),
                "deprecated-status".into(),
                "error".into()
            ),
            (
                "src/c.go".into(),
                "magic-status-number".into(),
                "hint".into()
            ),
        ],
        "{out}"
    );
    // The numbers style offers the number.
    assert_eq!(found[1]["fixes"][0]["edits"][0]["text"], "404");
    // --rule wins over the file.
    let (out, _, code) = check(
        dir.path(),
        &[
            "--format",
            "json",
            "--fail-on",
            "error",
            "--rule",
            "deprecated-status=off",
        ],
    );
    assert_eq!(code, 0, "{out}");
    // A file named on the command line is checked even when excluded.
    let (out, _, _) = check(dir.path(), &["--format", "json", "generated/b.js"]);
    assert!(out.contains("generated/b.js"), "{out}");
}

#[test]
fn a_bad_config_is_a_usage_error_naming_file_line_and_key() {
    let dir = project(&[
        (
            "http-status.toml",
            "locale = \"en\"\n[rules]\nredirect-non-3xx = \"loud\"\n",
        ),
        ("a.js", "res.status(305);\n"),
    ]);
    let (out, err, code) = check(dir.path(), &["--format", "json"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("http-status.toml:3:20: `rules.redirect-non-3xx`: \"loud\" is not a severity"),
        "{err}"
    );
    let (_, err, code) = check(dir.path(), &["--rule", "nope=error"]);
    assert_eq!(code, 2);
    assert!(err.contains("no rule named"), "{err}");
}

#[test]
fn fix_adds_the_missing_import() {
    let original = "package main\n\nimport (\n\t\"github.com/gin-gonic/gin\"\n)\n\nfunc h(c *gin.Context) {\n\tc.JSON(404, nil)\n\tc.JSON(410, nil)\n}\n";
    let dir = project(&[("main.go", original)]);
    let (_, err, code) = check(dir.path(), &["--fix", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let fixed = std::fs::read_to_string(dir.path().join("main.go")).expect("read");
    assert_eq!(
        fixed,
        "package main\n\nimport (\n\t\"net/http\"\n\t\"github.com/gin-gonic/gin\"\n)\n\nfunc h(c *gin.Context) {\n\tc.JSON(http.StatusNotFound, nil)\n\tc.JSON(http.StatusGone, nil)\n}\n"
    );
}

#[test]
fn fix_never_rewrites_a_file_that_is_not_utf8() {
    // Latin-1 "é" in a comment: read with U+FFFD for the check, never written.
    let mut latin1 = b"from http import HTTPStatus\nfrom flask import abort\n# caf".to_vec();
    latin1.push(0xE9);
    latin1.extend_from_slice(b"\ndef f():\n    abort(404)\n");
    let dir = project(&[]);
    std::fs::write(dir.path().join("app.py"), &latin1).expect("write");
    let (_, err, _) = check(dir.path(), &["--fix", "--format", "json"]);
    assert!(err.contains("not fixed"), "{err}");
    assert_eq!(
        std::fs::read(dir.path().join("app.py")).expect("read"),
        latin1
    );
}
