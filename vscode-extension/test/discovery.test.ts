import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";

import { describe, discover, ENV_VAR, type Inputs } from "../src/discovery";

function fakeServer(dir: string, name = "http-status-lsp", mode = 0o755): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, "#!/bin/sh\n");
  fs.chmodSync(file, mode);
  return file;
}

function setup() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "discovery-"));
  const extension = path.join(root, "extension");
  fs.mkdirSync(extension);
  const inputs: Inputs = {
    settingPath: undefined,
    env: { PATH: "" },
    extensionPath: extension,
    platform: "linux",
    workspaceFolder: path.join(root, "workspace"),
  };
  return { root, extension, inputs };
}

test("the setting wins over everything else", () => {
  const { root, extension, inputs } = setup();
  const mine = fakeServer(path.join(root, "mine"));
  const fromEnv = fakeServer(path.join(root, "env"));
  fakeServer(path.join(extension, "server"));
  const found = discover({ ...inputs, settingPath: mine, env: { [ENV_VAR]: fromEnv, PATH: "" } });
  assert.equal(found.command, mine);
  assert.equal(found.source, "setting httpStatus.server.path");
});

test("then the environment variable, then the bundled binary, then PATH", () => {
  const { root, extension, inputs } = setup();
  const onPath = fakeServer(path.join(root, "bin"));
  const withPath = { ...inputs, env: { PATH: path.join(root, "bin") } };
  assert.equal(discover(withPath).command, onPath);
  assert.equal(discover(withPath).source, "PATH");

  const bundled = fakeServer(path.join(extension, "server"));
  assert.equal(discover(withPath).command, bundled);

  const fromEnv = fakeServer(path.join(root, "env"));
  const found = discover({ ...withPath, env: { ...withPath.env, [ENV_VAR]: fromEnv } });
  assert.equal(found.command, fromEnv);
});

test("a relative setting is read from the workspace folder", () => {
  const { root, inputs } = setup();
  const local = fakeServer(path.join(root, "workspace", "tools"));
  assert.equal(discover({ ...inputs, settingPath: "tools/http-status-lsp" }).command, local);
  assert.equal(discover({ ...inputs, settingPath: "${workspaceFolder}/tools/http-status-lsp" }).command, local);
});

test("when nothing works, every attempt is named with its problem", () => {
  const { root, inputs } = setup();
  const notExecutable = fakeServer(path.join(root, "plain"), "http-status-lsp", 0o644);
  const found = discover({
    ...inputs,
    settingPath: notExecutable,
    env: { [ENV_VAR]: path.join(root, "missing"), PATH: "/nonexistent-a:/nonexistent-b" },
  });
  assert.equal(found.command, undefined);
  const lines = describe(found.tried);
  assert.deepEqual(lines, [
    `setting httpStatus.server.path: ${notExecutable} (is not executable)`,
    `environment variable ${ENV_VAR}: ${path.join(root, "missing")} (does not exist)`,
    `bundled with the extension: ${path.join(inputs.extensionPath, "server", "http-status-lsp")} (does not exist)`,
    "PATH: http-status-lsp (not found in 2 PATH folders)",
  ]);
});

test("a folder is not a server", () => {
  const { root, inputs } = setup();
  fs.mkdirSync(path.join(root, "dir"));
  const found = discover({ ...inputs, settingPath: path.join(root, "dir") });
  assert.equal(found.tried[0].problem, "is not a file");
});
