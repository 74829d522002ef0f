#!/usr/bin/env python3
"""Fills fuzz/corpus/<target>/ with seeds from the project's own fixtures.

The scanner and fix targets read a first byte that picks the language (the
order of LANGUAGES in fuzz_targets/scanner.rs and fix_rewriter.rs), then the
source text.
"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
corpus = root / "fuzz" / "corpus"

SCANNER = {".js": 0, ".mjs": 0, ".jsx": 0, ".ts": 1, ".tsx": 2, ".py": 3, ".go": 4, ".rs": 5,
           ".java": 6, ".kt": 7, ".cs": 8, ".php": 9, ".rb": 10}
FIXER = {".go": 0, ".py": 1, ".js": 2, ".cs": 3, ".php": 4, ".java": 5}


def write(target, name, data):
    d = corpus / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)


sources = sorted(p for p in (root / "tests").rglob("*")
                 if p.is_file() and p.suffix in SCANNER and not {"node_modules", ".node24"} & set(p.parts))
for p in sources:
    data = p.read_bytes()
    name = str(p.relative_to(root)).replace("/", "_")
    write("scanner", name, bytes([SCANNER[p.suffix]]) + data)
    if p.suffix in FIXER:
        write("fix_rewriter", name, bytes([FIXER[p.suffix]]) + data)
        # The same file with CRLF line endings.
        write("fix_rewriter", name + ".crlf", bytes([FIXER[p.suffix]]) + data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))

for p in sorted(root.rglob("http-status.toml")):
    if "target" not in p.parts and "fuzz" not in p.parts:
        write("config", str(p.relative_to(root)).replace("/", "_"), p.read_bytes())
write("config", "settings.json", json.dumps({"httpStatus": {"locale": "zh-CN", "inlayHints": {"enabled": False},
      "rules": {"deprecated-status": "error"}, "constantStyle": "numbers", "languages": ["go"]}}).encode())
write("config", "all-keys.toml", b'locale = "en"\nexclude = ["vendor/**"]\nconstant-style = "either"\n'
      b'[rules]\nmagic-status-number = "off"\n[custom-codes.599]\nreason = "X"\ndescription = "Y"\n')


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


session = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
    {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": "file:///a.js", "languageId": "javascript", "version": 1, "text": "res.status(404)"}}},
    {"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///a.js"}, "position": {"line": 0, "character": 12}}},
    {"jsonrpc": "2.0", "id": 9, "result": None},
]
write("frames", "session", b"".join(frame(m) for m in session))
write("frames", "headers", b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + frame(session[0]))
# Edit sequences come from arbitrary bytes; an empty folder is enough.
(corpus / "document_edits").mkdir(parents=True, exist_ok=True)
print(f"seeded {sum(1 for _ in corpus.rglob('*') if _.is_file())} files in {corpus}")
