//! The base protocol between stdin/stdout and tower-lsp-server. Every frame
//! from the client is read here first: a body that is not JSON, not a
//! JSON-RPC message, or too large is answered with the JSON-RPC error the
//! specification names and dropped, so the session goes on. (tower-lsp-server
//! ends the session on such a frame.) Good frames pass through unchanged.

use std::io::{BufRead, Read};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;

/// The largest message body accepted. A 50 MB source file in a `didOpen`
/// fits; anything larger is answered with an error and skipped.
pub const MAX_BODY: usize = 256 * 1024 * 1024;

const MAX_HEADER_LINE: u64 = 8 * 1024;

/// What the reader found next.
#[derive(Debug, PartialEq)]
pub enum Incoming {
    /// A well-formed JSON-RPC message: its body, to pass on.
    Message(Vec<u8>),
    /// A frame to drop, with the error response to send back (`None` when
    /// nothing is owed, as for a bad notification or stray bytes).
    Rejected {
        reason: String,
        reply: Option<Value>,
    },
}

/// JSON-RPC error codes (specification section "Response Message").
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;

fn error_reply(id: Value, code: i64, message: &str) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
}

/// Reads frames (`Content-Length: N`, other headers, an empty line, N bytes)
/// from `input`, never failing on what the client sent.
#[derive(Debug)]
pub struct FrameReader<R> {
    input: R,
}

impl<R: BufRead> FrameReader<R> {
    pub fn new(input: R) -> Self {
        FrameReader { input }
    }

    /// The next frame, or `None` at the end of the input.
    pub fn next_frame(&mut self) -> Option<Incoming> {
        let mut length: Option<usize> = None;
        let mut bad_length: Option<String> = None;
        let mut saw_header = false;
        let mut line = Vec::new();
        loop {
            line.clear();
            // Header lines are short; a longer "line" is read in pieces and
            // each piece rejected.
            match (&mut self.input)
                .take(MAX_HEADER_LINE)
                .read_until(b'\n', &mut line)
            {
                Ok(0) | Err(_) => return None,
                Ok(_) => {}
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                if saw_header {
                    break;
                }
                // Blank lines between frames are tolerated.
                continue;
            }
            saw_header = true;
            let Some((name, value)) = text.split_once(':') else {
                return Some(Incoming::Rejected {
                    reason: format!("not a header line: {:?}", truncate(text)),
                    reply: None,
                });
            };
            if name.trim().eq_ignore_ascii_case("content-length") {
                match value.trim().parse::<usize>() {
                    Ok(n) => length = Some(n),
                    Err(_) => bad_length = Some(value.trim().to_owned()),
                }
            }
        }
        let Some(length) = length else {
            let reason = match bad_length {
                Some(v) => format!("Content-Length {:?} is not a number", truncate(&v)),
                None => "a header without Content-Length".to_owned(),
            };
            return Some(Incoming::Rejected {
                reason,
                reply: Some(error_reply(
                    Value::Null,
                    INVALID_REQUEST,
                    "missing or invalid Content-Length",
                )),
            });
        };
        if length > MAX_BODY {
            // Skip what was announced, as far as it arrives.
            let skipped = std::io::copy(
                &mut (&mut self.input).take(length as u64),
                &mut std::io::sink(),
            )
            .unwrap_or(0);
            return Some(Incoming::Rejected {
                reason: format!(
                    "a {length}-byte message (limit {MAX_BODY}); skipped {skipped} bytes"
                ),
                reply: Some(error_reply(
                    Value::Null,
                    INVALID_REQUEST,
                    &format!("message too large: {length} bytes, the limit is {MAX_BODY}"),
                )),
            });
        }
        let mut body = vec![0; length];
        if self.input.read_exact(&mut body).is_err() {
            return None;
        }
        Some(check(body))
    }
}

fn truncate(s: &str) -> &str {
    match s.char_indices().nth(60) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// Whether `body` is a JSON-RPC 2.0 request, notification or response.
fn check(body: Vec<u8>) -> Incoming {
    let value: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            return Incoming::Rejected {
                reason: format!("the body is not JSON: {e}"),
                reply: Some(error_reply(
                    Value::Null,
                    PARSE_ERROR,
                    &format!("parse error: {e}"),
                )),
            };
        }
    };
    let Some(object) = value.as_object() else {
        return Incoming::Rejected {
            reason: "the body is not a JSON object (batches are not part of LSP)".to_owned(),
            reply: Some(error_reply(
                Value::Null,
                INVALID_REQUEST,
                "a message must be a JSON object",
            )),
        };
    };
    let id = object.get("id");
    let id_ok = id.is_none_or(|id| id.is_string() || id.is_i64() || id.is_u64() || id.is_null());
    let reply_id = id.filter(|_| id_ok).cloned().unwrap_or(Value::Null);
    let invalid = |reason: &str| Incoming::Rejected {
        reason: reason.to_owned(),
        // A notification (no id) is never answered.
        reply: id.map(|_| error_reply(reply_id.clone(), INVALID_REQUEST, reason)),
    };
    if object.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return invalid("\"jsonrpc\" must be \"2.0\"");
    }
    if !id_ok {
        return invalid("\"id\" must be a number or a string");
    }
    match object.get("method") {
        Some(Value::String(_)) => {
            if object
                .get("params")
                .is_some_and(|p| !(p.is_object() || p.is_array() || p.is_null()))
            {
                return invalid("\"params\" must be an object or an array");
            }
            Incoming::Message(body)
        }
        Some(_) => invalid("\"method\" must be a string"),
        // A response to one of our requests.
        None if id.is_some() && (object.contains_key("result") || object.contains_key("error")) => {
            Incoming::Message(body)
        }
        None => invalid("neither a request, a notification nor a response"),
    }
}

/// A message as a frame.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// Reads the client's frames from stdin on a thread of its own: good ones go
/// to `frames` (for the server), replies to bad ones to `replies` (for
/// stdout). The end of stdin closes `frames`, which ends the session.
pub fn read_stdin(frames: mpsc::Sender<Vec<u8>>, replies: mpsc::UnboundedSender<Vec<u8>>) {
    let spawned = std::thread::Builder::new()
        .name("stdin".to_owned())
        .spawn(move || {
            let stdin = std::io::stdin();
            let mut reader = FrameReader::new(stdin.lock());
            while let Some(incoming) = reader.next_frame() {
                match incoming {
                    Incoming::Message(body) => {
                        if frames.blocking_send(frame(&body)).is_err() {
                            break;
                        }
                    }
                    Incoming::Rejected { reason, reply } => {
                        tracing::warn!("dropped a message from the client: {reason}");
                        if let Some(reply) = reply {
                            let _ = replies.send(frame(reply.to_string().as_bytes()));
                        }
                    }
                }
            }
            tracing::debug!("stdin closed");
        });
    if let Err(e) = spawned {
        tracing::error!("cannot start the stdin reader: {e}");
    }
}

/// Passes the client's good frames to the server's input.
pub async fn feed(mut frames: mpsc::Receiver<Vec<u8>>, mut server_input: impl AsyncWrite + Unpin) {
    while let Some(bytes) = frames.recv().await {
        if server_input.write_all(&bytes).await.is_err() {
            break;
        }
    }
    let _ = server_input.shutdown().await;
}

/// Splits the server's output into whole frames (it writes only good ones).
pub async fn split_output(server_output: impl AsyncRead + Unpin, frames: mpsc::Sender<Vec<u8>>) {
    let mut reader = BufReader::new(server_output);
    let mut line = String::new();
    loop {
        let mut length = None;
        loop {
            line.clear();
            match reader.read_line(&mut line).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse::<usize>().ok();
                }
            }
        }
        let Some(length) = length else { continue };
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        if frames.send(frame(&body)).await.is_err() {
            return;
        }
    }
}

/// Writes the server's frames and our replies to stdout, whole frames at a
/// time, until the server's output ends.
pub async fn write_stdout(
    mut server_frames: mpsc::Receiver<Vec<u8>>,
    mut replies: mpsc::UnboundedReceiver<Vec<u8>>,
) {
    let mut stdout = tokio::io::stdout();
    loop {
        let bytes = tokio::select! {
            biased;
            Some(reply) = replies.recv() => reply,
            next = server_frames.recv() => match next {
                Some(bytes) => bytes,
                None => break,
            },
        };
        if stdout.write_all(&bytes).await.is_err() || stdout.flush().await.is_err() {
            break;
        }
    }
    // Replies to the last bad frames before the end.
    while let Ok(reply) = replies.try_recv() {
        let _ = stdout.write_all(&reply).await;
    }
    let _ = stdout.flush().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Incoming> {
        let mut reader = FrameReader::new(input);
        std::iter::from_fn(|| reader.next_frame()).collect()
    }

    fn message(body: &str) -> Vec<u8> {
        frame(body.as_bytes())
    }

    #[test]
    fn good_messages_pass_unchanged() {
        let body = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#;
        let mut input = message(body);
        input.extend(
            b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n",
        );
        input.extend(b"{}");
        input.extend(message(r#"{"jsonrpc":"2.0","id":7,"result":null}"#));
        let got = frames(&input);
        assert_eq!(got[0], Incoming::Message(body.as_bytes().to_vec()));
        assert!(
            matches!(&got[1], Incoming::Rejected { reply: None, .. }),
            "{got:?}"
        );
        assert!(matches!(&got[2], Incoming::Message(_)));
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn each_bad_frame_gets_the_error_the_spec_names_and_reading_goes_on() {
        let mut input = message("{not json");
        input.extend(message(r#"[{"jsonrpc":"2.0","id":1,"method":"x"}]"#));
        input.extend(message(r#"{"jsonrpc":"1.0","id":3,"method":"x"}"#));
        input.extend(message(r#"{"jsonrpc":"2.0","id":{"a":1},"method":"x"}"#));
        input.extend(message(r#"{"jsonrpc":"2.0","id":4,"method":12}"#));
        input.extend(message(r#"{"jsonrpc":"2.0","method":"x","params":"text"}"#));
        input.extend(b"garbage line\r\n\r\n");
        input.extend(b"Content-Length: lots\r\n\r\n");
        input.extend(message(r#"{"jsonrpc":"2.0","id":5,"method":"shutdown"}"#));
        let got = frames(&input);
        let code = |i: usize| match &got[i] {
            Incoming::Rejected { reply: Some(r), .. } => {
                (r["id"].clone(), r["error"]["code"].as_i64())
            }
            other => panic!("{i}: {other:?}"),
        };
        assert_eq!(code(0), (Value::Null, Some(PARSE_ERROR)));
        assert_eq!(code(1), (Value::Null, Some(INVALID_REQUEST)));
        assert_eq!(code(2), (json!(3), Some(INVALID_REQUEST)));
        assert_eq!(code(3), (Value::Null, Some(INVALID_REQUEST)));
        assert_eq!(code(4), (json!(4), Some(INVALID_REQUEST)));
        // A notification with bad params: dropped, not answered.
        assert!(matches!(&got[5], Incoming::Rejected { reply: None, .. }));
        assert!(matches!(&got[6], Incoming::Rejected { reply: None, .. }));
        assert_eq!(code(7), (Value::Null, Some(INVALID_REQUEST)));
        assert!(matches!(&got[8], Incoming::Message(_)), "{got:?}");
        assert_eq!(got.len(), 9);
    }

    #[test]
    fn oversized_and_truncated_frames() {
        let mut input = format!("Content-Length: {}\r\n\r\n", MAX_BODY + 1).into_bytes();
        input.extend(b"{}");
        let got = frames(&input);
        assert!(matches!(&got[0], Incoming::Rejected { reply: Some(_), .. }));
        assert_eq!(got.len(), 1);
        // A body cut short by the end of input ends reading.
        assert!(frames(b"Content-Length: 10\r\n\r\n{}").is_empty());
        assert!(frames(b"").is_empty());
    }
}
