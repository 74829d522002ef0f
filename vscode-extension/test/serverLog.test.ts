import * as assert from "node:assert/strict";
import { test } from "node:test";

import { type Logger, logServerLine } from "../src/serverLog";

function recorder(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => lines.push(`${level}: ${message}`);
  return {
    lines,
    log: { trace: at("trace"), debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") },
  };
}

test("each line keeps the server's level and loses its timestamp", () => {
  const { log, lines } = recorder();
  logServerLine(log, "2026-11-22T08:20:45.536643Z  WARN tower_lsp_server::server: got a notification");
  logServerLine(log, "2026-11-22T08:20:45.536643Z ERROR http_status_lsp: hover failed: boom");
  logServerLine(log, "2026-11-22T08:20:45.536643Z DEBUG http_status_lsp: version 3");
  logServerLine(log, "2026-11-22T08:20:45.536643Z  INFO http_status_lsp: settings: locale auto");
  logServerLine(log, "2026-11-22T08:20:45.536643Z TRACE http_status_lsp: frame");
  assert.deepEqual(lines, [
    "warn: tower_lsp_server::server: got a notification",
    "error: http_status_lsp: hover failed: boom",
    "debug: http_status_lsp: version 3",
    "info: http_status_lsp: settings: locale auto",
    "trace: http_status_lsp: frame",
  ]);
});

test("other output is kept as information; blank lines are dropped", () => {
  const { log, lines } = recorder();
  logServerLine(log, "thread 'main' panicked at src/main.rs:1:1");
  logServerLine(log, "   ");
  assert.deepEqual(lines, ["info: thread 'main' panicked at src/main.rs:1:1"]);
});
