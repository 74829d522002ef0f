//! Latency of the language server over stdio, as an editor sees it.
//!
//! `cargo bench -p http-status-lsp --bench lsp` starts the release binary,
//! opens a 5,000-line file and prints p50/p99 for hover, completion and
//! keystroke-to-diagnostics, the `initialize` round trip, and the server's
//! RSS with ten such files open.

#![allow(clippy::print_stdout)] // A benchmark reports on stdout.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::Client;
use serde_json::{Value, json};

const LINES: usize = 5_000;

fn big_file(seed: usize) -> String {
    let mut text = String::with_capacity(LINES * 40);
    text.push_str("const express = require('express');\nconst app = express();\n");
    let codes = [
        200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503,
    ];
    let mut line = 2;
    while line < LINES - 1 {
        let code = codes[(line + seed) % codes.len()];
        text.push_str(&format!("app.get('/r{line}', (req, res) => {{\n"));
        text.push_str(&format!(
            "  const total = items.length * {line}; // 说明 😀\n"
        ));
        text.push_str(&format!("  res.status({code}).json({{ total }});\n"));
        text.push_str("});\n");
        line += 4;
    }
    text
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i]
}

fn report(name: &str, samples: &mut [Duration], target_ms: f64) {
    let p50 = percentile(samples, 0.50);
    let p99 = percentile(samples, 0.99);
    println!(
        "{name:<28} n={:<5} p50 {:>8.3} ms  p99 {:>8.3} ms  (target p99 <= {target_ms} ms)",
        samples.len(),
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
}

fn main() {
    // Warm the binary and page cache, then time initialize on fresh processes.
    let mut init = Vec::new();
    for _ in 0..21 {
        let mut client = Client::start(Value::Null);
        let start = Instant::now();
        client.request(
            "initialize",
            json!({ "processId": null, "rootUri": null, "capabilities": {} }),
        );
        init.push(start.elapsed());
        let _ = client.shutdown();
    }
    init.remove(0);

    let mut client = Client::start(Value::Null);
    client.initialize(json!({}), None, Value::Null);
    // Without a workspace folder nothing is compiled ahead; the first file
    // of a language compiles its patterns (JavaScript: about 0.1 s).
    let text = big_file(0);
    let uri = "file:///bench/big0.js";
    client.open(uri, "javascript", &text);
    client.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    let status_lines: Vec<u32> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("res.status("))
        .map(|(i, _)| i as u32)
        .collect();

    let mut hover = Vec::new();
    for (i, &line) in status_lines.iter().cycle().take(2_000).enumerate() {
        let start = Instant::now();
        let result = client.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": 14 } }),
        );
        hover.push(start.elapsed());
        assert!(!result.is_null() || i > 0, "hover found nothing");
    }

    let mut completion = Vec::new();
    for &line in status_lines.iter().cycle().take(1_000) {
        let start = Instant::now();
        let result = client.request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": 13 } }),
        );
        completion.push(start.elapsed());
        assert!(!result.is_null(), "no completion");
    }

    // Keystrokes that keep the code valid (a digit typed into a number, then
    // taken out again), then keystrokes that break it (a stray `x` at the
    // start of a statement, then deleted), each timed until the new
    // diagnostics arrive.
    let total_col = text
        .lines()
        .nth(3)
        .and_then(|l| l.find("* "))
        .map_or(0, |c| c as u32 + 2);
    let mut version = 1;
    let mut typing = |client: &mut Client, broken: bool, pause: Duration| {
        let mut samples = Vec::new();
        let count = if pause.is_zero() { 500 } else { 40 };
        for n in 0..count {
            let line = status_lines[(n / 2 * 7) % status_lines.len()];
            std::thread::sleep(pause);
            version += 1;
            let column = if broken { 0 } else { total_col };
            let change = if n % 2 == 0 {
                json!({ "range": { "start": { "line": line - 1, "character": column }, "end": { "line": line - 1, "character": column } }, "text": if broken { "x" } else { "7" } })
            } else {
                json!({ "range": { "start": { "line": line - 1, "character": column }, "end": { "line": line - 1, "character": column + 1 } }, "text": "" })
            };
            let start = Instant::now();
            client.notify(
                "textDocument/didChange",
                json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [change] }),
            );
            let v = version;
            client.wait_for("textDocument/publishDiagnostics", |p| p["version"] == v);
            samples.push(start.elapsed());
        }
        samples
    };
    let mut keystroke = typing(&mut client, false, Duration::ZERO);
    let mut broken = typing(&mut client, true, Duration::ZERO);
    // Typing with pauses: the server settles each edit with a full parse in
    // the pause (a fresh one after a broken edit) before the next arrives.
    let mut paced = typing(&mut client, false, Duration::from_millis(250));
    let mut paced_broken = typing(&mut client, true, Duration::from_millis(250));

    for i in 1..10 {
        let uri = format!("file:///bench/big{i}.js");
        client.open(&uri, "javascript", &big_file(i));
        client.wait_for("textDocument/publishDiagnostics", |p| {
            p["uri"] == uri.as_str()
        });
    }
    let rss = client.rss_kb();

    println!(
        "http-status-lsp over stdio, {LINES}-line JavaScript file ({} KB)",
        text.len() / 1024
    );
    report("initialize round trip", &mut init, 20.0);
    report("hover", &mut hover, 1.0);
    report("completion", &mut completion, 2.0);
    report("keystroke to diagnostics", &mut keystroke, 5.0);
    report("  ... keystroke breaking syntax", &mut broken, 5.0);
    report("  ... valid, 250 ms apart", &mut paced, 5.0);
    report("  ... breaking, 250 ms apart", &mut paced_broken, 5.0);
    match rss {
        Some(kb) => println!(
            "RSS with ten {LINES}-line files open after the session: {:.1} MB (target <= 40 MB)",
            kb as f64 / 1024.0
        ),
        None => println!("RSS: /proc not available"),
    }
    let _ = client.shutdown();

    // The same ten files in a fresh server, without the editing session.
    let mut fresh = Client::start(Value::Null);
    fresh.initialize(json!({}), None, Value::Null);
    for i in 0..10 {
        let uri = format!("file:///bench/fresh{i}.js");
        fresh.open(&uri, "javascript", &big_file(i));
        fresh.wait_for("textDocument/publishDiagnostics", |p| {
            p["uri"] == uri.as_str()
        });
    }
    if let Some(kb) = fresh.rss_kb() {
        println!(
            "RSS with ten {LINES}-line files just opened: {:.1} MB (target <= 40 MB)",
            kb as f64 / 1024.0
        );
    }
    let _ = fresh.shutdown();
}
