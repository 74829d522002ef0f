//! A small LSP client that drives the real binary over stdio.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

pub struct Client {
    child: Child,
    stdin: Arc<Mutex<ChildStdin>>,
    /// What the client answers to `workspace/configuration`.
    configuration: Arc<Mutex<Value>>,
    incoming: Receiver<Value>,
    /// Notifications seen while waiting for responses.
    pub notifications: Vec<Value>,
    next_id: i64,
}

fn write_frame(out: &Mutex<ChildStdin>, value: &Value) {
    let body = value.to_string();
    let mut out = out.lock().expect("stdin lock");
    let _ = write!(out, "Content-Length: {}\r\n\r\n{body}", body.len());
    let _ = out.flush();
}

pub fn read_frame(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    /// Starts the server; `configuration` answers `workspace/configuration`.
    pub fn start(configuration: Value) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_http-status-lsp"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(if std::env::var_os("SHOW_STDERR").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            })
            .spawn()
            .expect("spawn server");
        let stdin = Arc::new(Mutex::new(child.stdin.take().expect("stdin")));
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = channel();
        let writer = stdin.clone();
        let configuration = Arc::new(Mutex::new(configuration));
        let settings = configuration.clone();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(msg) = read_frame(&mut reader) {
                // Answer the server's own requests here so it never waits on us.
                if msg.get("id").is_some() && msg.get("method").is_some() {
                    let result = match msg["method"].as_str() {
                        Some("workspace/configuration") => {
                            let current = settings.lock().map(|c| c.clone()).unwrap_or_default();
                            json!([current])
                        }
                        _ => Value::Null,
                    };
                    write_frame(
                        &writer,
                        &json!({ "jsonrpc": "2.0", "id": msg["id"], "result": result }),
                    );
                }
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            configuration,
            incoming: rx,
            notifications: Vec::new(),
            next_id: 1,
        }
    }

    /// Changes what the client answers to `workspace/configuration`, as an
    /// editor's settings change.
    #[allow(dead_code)] // Not every test binary changes settings.
    pub fn set_configuration(&self, value: Value) {
        if let Ok(mut c) = self.configuration.lock() {
            *c = value;
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Resident set size of the server in KB, from /proc.
    pub fn rss_kb(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    pub fn send(&self, value: &Value) {
        write_frame(&self.stdin, value);
    }

    pub fn send_raw(&self, bytes: &[u8]) {
        let mut out = self.stdin.lock().expect("stdin lock");
        let _ = out.write_all(bytes);
        let _ = out.flush();
    }

    pub fn notify(&self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    pub fn request_raw(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.response(id)
    }

    pub fn response(&mut self, id: i64) -> Value {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(msg) if msg.get("id") == Some(&json!(id)) && msg.get("method").is_none() => {
                    return msg;
                }
                Ok(msg) => {
                    if msg.get("method").is_some() && msg.get("id").is_none() {
                        self.notifications.push(msg);
                    }
                }
                Err(RecvTimeoutError::Timeout) => panic!("no response to request {id}"),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("server closed its output before answering {id}")
                }
            }
        }
    }

    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.request_raw(method, params);
        assert!(
            response.get("error").is_none(),
            "{method} failed: {response}"
        );
        response["result"].clone()
    }

    /// Waits for any message from the server matching `pred` (responses
    /// with a null id included); notifications passed over are kept.
    #[allow(dead_code)] // Not every test binary needs it.
    pub fn wait_message(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(msg) if pred(&msg) => return msg,
                Ok(msg) => {
                    if msg.get("method").is_some() && msg.get("id").is_none() {
                        self.notifications.push(msg);
                    }
                }
                Err(_) => panic!("no {what} arrived"),
            }
        }
    }

    /// Sends a request without waiting; returns its id.
    #[allow(dead_code)]
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        id
    }

    /// Waits for a notification matching `pred` (or finds one already seen).
    pub fn wait_for(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self
            .notifications
            .iter()
            .position(|n| n["method"] == method && pred(&n["params"]))
        {
            return self.notifications.remove(i)["params"].clone();
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(msg) if msg["method"] == method && pred(&msg["params"]) => {
                    return msg["params"].clone();
                }
                Ok(msg) => {
                    if msg.get("method").is_some() && msg.get("id").is_none() {
                        self.notifications.push(msg);
                    }
                }
                Err(_) => panic!("no {method} notification arrived"),
            }
        }
    }

    pub fn initialize(
        &mut self,
        capabilities: Value,
        locale: Option<&str>,
        options: Value,
    ) -> Value {
        self.initialize_in(Value::Null, capabilities, locale, options)
    }

    /// Like [`Client::initialize`], with a workspace folder (`rootUri`).
    pub fn initialize_in(
        &mut self,
        root_uri: Value,
        capabilities: Value,
        locale: Option<&str>,
        options: Value,
    ) -> Value {
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "capabilities": capabilities,
                "locale": locale,
                "initializationOptions": options,
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    pub fn open(&self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": language, "version": 1, "text": text } }),
        );
    }

    /// Sends `shutdown` and `exit` and returns how long the process took to end.
    pub fn shutdown(mut self) -> (Duration, Option<i32>) {
        self.request("shutdown", Value::Null);
        self.shutdown_after_shutdown()
    }

    /// Sends `exit` (the `shutdown` request already answered) and waits for
    /// the process to end: how long it took and its exit code.
    pub fn shutdown_after_shutdown(mut self) -> (Duration, Option<i32>) {
        let start = Instant::now();
        self.notify("exit", Value::Null);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return (start.elapsed(), status.code());
            }
            if start.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                return (start.elapsed(), None);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Line and UTF-16 column of the first `needle` in `text`.
pub fn utf16_position(text: &str, needle: &str) -> (u32, u32) {
    let at = text.find(needle).expect("needle");
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..at].matches('\n').count();
    let col: usize = text[line_start..at].chars().map(char::len_utf16).sum();
    (line as u32, col as u32)
}

/// Line and UTF-8 byte column of the first `needle` in `text`.
pub fn utf8_position(text: &str, needle: &str) -> (u32, u32) {
    let at = text.find(needle).expect("needle");
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..at].matches('\n').count();
    (line as u32, (at - line_start) as u32)
}
