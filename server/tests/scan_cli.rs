//! `http-status-lsp scan` as a process: output formats, positions, and hostile input.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn scan(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let out = Command::cargo_bin("http-status-lsp")
        .expect("binary")
        .arg("scan")
        .args(args)
        .current_dir(dir)
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("run");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn jsonl(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

#[test]
fn jsonl_fields_and_character_columns() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Chinese text and an emoji before the literal: columns count characters.
    std::fs::write(
        dir.path().join("app.js"),
        "const 说明 = '😀'; res.status(404);\n",
    )
    .expect("write");
    let (out, err, code) = scan(dir.path(), &["--format", "jsonl"]);
    assert_eq!(code, 0, "{err}");
    let rows = jsonl(&out);
    assert_eq!(rows.len(), 1, "{out}");
    let o = &rows[0];
    assert_eq!(o["path"], "app.js");
    assert_eq!(o["line"], 1);
    assert_eq!(o["column"], 28);
    assert_eq!(o["end_line"], 1);
    assert_eq!(o["end_column"], 31);
    assert_eq!(o["code"], 404);
    assert_eq!(o["language"], "javascript");
    assert_eq!(o["role"], "argument");
    assert_eq!(o["context"], "response");
}

#[test]
fn human_output_names_the_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("views.py"),
        "from flask import abort\n\ndef f():\n    abort(403)\n",
    )
    .expect("write");
    let (out, _, code) = scan(dir.path(), &[]);
    assert_eq!(code, 0);
    assert_eq!(out, "views.py:4:11: 403 Forbidden (argument, error)\n");
}

#[test]
fn respects_gitignore() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join(".gitignore"), "build/\n").expect("write");
    std::fs::create_dir(dir.path().join("build")).expect("mkdir");
    std::fs::write(dir.path().join("build/gen.js"), "res.status(500);\n").expect("write");
    std::fs::write(dir.path().join("main.js"), "res.status(201);\n").expect("write");
    let (out, _, _) = scan(dir.path(), &["--format", "jsonl"]);
    let rows = jsonl(&out);
    assert_eq!(rows.len(), 1, "{out}");
    assert_eq!(rows[0]["code"], 201);
}

#[test]
fn hostile_input_gives_notes_not_crashes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    // Binary content with a source extension.
    std::fs::write(d.join("blob.js"), b"\x00\x01\x02res.status(404)\x00").expect("write");
    // Invalid UTF-8 around real code: still scanned.
    std::fs::write(d.join("latin1.py"), b"# caf\xe9\nabort(404)\n").expect("write");
    // 10,000 nested brackets around a status.
    let deep = format!(
        "x = {}res.status(404){};\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    std::fs::write(d.join("deep.js"), deep).expect("write");
    let deep_py = format!(
        "x = {}abort(404){}\n",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    std::fs::write(d.join("deep.py"), deep_py).expect("write");
    // A file over the size limit.
    std::fs::write(d.join("big.min.js"), "res.status(404);".repeat(1 << 16)).expect("write");

    let (out, err, code) = scan(d, &["--format", "jsonl", "--max-size", "500000"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("blob.js: skipped: binary file"), "{err}");
    assert!(err.contains("latin1.py: not valid UTF-8"), "{err}");
    assert!(err.contains("big.min.js: skipped"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let rows = jsonl(&out);
    let paths: Vec<&str> = rows.iter().filter_map(|r| r["path"].as_str()).collect();
    assert!(paths.contains(&"latin1.py"), "{out}");
    assert!(!paths.contains(&"blob.js"), "{out}");
}

#[test]
fn missing_path_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, err, code) = scan(dir.path(), &["no/such/dir"]);
    assert_eq!(code, 2);
    assert!(err.contains("no such file or directory"), "{err}");
}
