// Drives VS Code (code-server) in headless Chromium with the http-status-lsp
// extension installed from its .vsix, as a user would: opens files, hovers,
// reads the Problems panel, completes, applies a quick fix, changes a
// setting and runs the look-up command. Each check prints `ok` or `FAIL`;
// the exit status is the number of failures (capped at 1).
//
// Environment: VSIX (the package), CODE_SERVER (its launcher), SCREENSHOTS
// (a folder), CHROMIUM (default /usr/bin/chromium).

import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const vsix = required("VSIX");
const codeServer = required("CODE_SERVER");
const shots = required("SCREENSHOTS");
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`e2e: ${name} is not set`);
    process.exit(2);
  }
  return value;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

// ---------------------------------------------------------------- set up

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "http-status-vscode-"));
const userData = path.join(scratch, "user-data");
const extensions = path.join(scratch, "extensions");
const project = path.join(scratch, "project");
fs.cpSync(path.join(here, "project"), project, { recursive: true });
const settingsFile = path.join(userData, "User", "settings.json");
fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
const baseSettings = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "chat.disableAIFeatures": true,
  "editor.hover.delay": 200,
  "editor.inlayHints.enabled": "on",
  "editor.minimap.enabled": false,
  // Typed brackets stay as typed, so the test knows what each line holds.
  "editor.autoClosingBrackets": "never",
  "workbench.colorTheme": "Default Dark Modern",
  "window.zoomLevel": 0,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
};
const writeSettings = (extra) =>
  fs.writeFileSync(settingsFile, JSON.stringify({ ...baseSettings, ...extra }, null, 2));
writeSettings({});

const installed = execFileSync(
  codeServer,
  ["--install-extension", vsix, "--extensions-dir", extensions, "--user-data-dir", userData],
  { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
);
console.log(installed.trim().split("\n").pop());
if (!/successfully installed/i.test(installed)) {
  console.error("e2e: the .vsix did not install");
  process.exit(1);
}

let vscode;
function stopVscode() {
  if (!vscode) return;
  try {
    process.kill(-vscode.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
  vscode = undefined;
}
process.on("exit", stopVscode);

/** Starts code-server on `folder`; returns its port. */
async function startVscode(folder, { trust, log }) {
  const port = await freePort();
  const out = fs.openSync(path.join(shots, log), "w");
  const args = [
    "--auth", "none",
    "--bind-addr", `127.0.0.1:${port}`,
    "--user-data-dir", userData,
    "--extensions-dir", extensions,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-getting-started-override",
  ];
  if (!trust) args.push("--disable-workspace-trust");
  vscode = spawn(codeServer, [...args, folder], { stdio: ["ignore", out, out], detached: true });
  for (let i = 0; ; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return port;
    } catch {
      // Not listening yet.
    }
    if (i > 120) {
      console.error(`e2e: code-server did not start; see ${log}`);
      process.exit(1);
    }
    await sleep(500);
  }
}

const browser = await chromium.launch({
  executablePath: browserPath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
});
let page;

async function openWorkbench(port, folder) {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(20000);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
  await page.locator(".monaco-workbench").waitFor();
  await sleep(2000);
}

// ----------------------------------------------------------------- helpers

const failures = [];
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    console.log(`ok    ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL  ${name}: ${e.message.split("\n")[0]}`);
    await shot(`failed-${name.replace(/[^a-z0-9]+/gi, "-")}`);
  }
}

async function shot(name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** Polls `probe` until it returns a truthy value or the time runs out. */
async function until(what, probe, timeout = 30000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last: ${String(last).slice(0, 300)})` : ""}`);
}

const editor = () => page.locator(".editor-group-container.active .monaco-editor").first();
const normal = (s) => s.replace(/\u00a0/g, " ");

async function focusEditor() {
  await editor().locator(".view-lines").click({ position: { x: 5, y: 5 } });
}

async function openFile(name, marker) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(name);
  await until(`${name} in quick open`, async () =>
    (await page.locator(".quick-input-list .monaco-list-row").first().innerText()).includes(name),
  );
  await page.keyboard.press("Enter");
  await until(`${name} open`, async () => normal(await editor().locator(".view-lines").innerText()).includes(marker));
}

async function gotoLine(line, column) {
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await sleep(200);
}

async function lineText(line) {
  // The status bar shows where the cursor is; reading the model is simpler
  // through the rendered line with its number.
  const rows = editor().locator(".view-line");
  const count = await rows.count();
  const numbers = editor().locator(".line-numbers");
  const tops = new Map();
  for (let i = 0; i < (await numbers.count()); i++) {
    const n = numbers.nth(i);
    const box = await n.boundingBox();
    tops.set(Math.round(box.y), Number((await n.innerText()).trim()));
  }
  for (let i = 0; i < count; i++) {
    const box = await rows.nth(i).boundingBox();
    if (tops.get(Math.round(box.y)) === line) {
      return normal(await rows.nth(i).innerText());
    }
  }
  return "";
}

/** Hovers the token `text` (the `nth` one in the editor) until a hover containing `expect` shows. */
async function hoverToken(text, expect, nth = 0) {
  const token = editor()
    .locator(".view-line span span")
    .filter({ hasText: new RegExp(`^${text}$`) })
    .nth(nth);
  return until(`a hover with "${expect}"`, async () => {
    await page.mouse.move(5, 5);
    await sleep(150);
    await token.hover();
    const hover = page.locator(".monaco-hover:visible .hover-contents, .monaco-hover:visible .markdown-hover").first();
    try {
      await hover.waitFor({ timeout: 3000 });
    } catch {
      return false;
    }
    const content = await hover.innerText();
    return content.includes(expect) ? content : false;
  }, 60000);
}

async function runCommand(title) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`>${title}`);
  await until(`command "${title}"`, async () =>
    (await page.locator(".quick-input-list .monaco-list-row").first().innerText()).includes(title),
  );
  await page.keyboard.press("Enter");
}

// ------------------------------------------------------------------ checks

/** Everything a user does in a trusted workspace. */
async function editingChecks() {
  await check("hover shows 404 Not Found with its description (JavaScript)", async () => {
    await openFile("app.js", "express");
    const content = await hoverToken("404", "404 Not Found");
    if (!/RFC 9110/.test(content) || !/has no current representation|not found/i.test(content)) {
      throw new Error(`hover lacks the description: ${content.slice(0, 200)}`);
    }
    await shot("hover-404");
  });

  await check("305 appears in the Problems panel", async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+Shift+M");
    const panel = page.locator(".markers-panel");
    await until("the 305 problem", async () => {
      const text = await panel.innerText();
      return text.includes("305 Use Proxy is deprecated") && text.includes("app.js");
    });
    await shot("problems-305");
    await page.keyboard.press("Control+Shift+M");
  });

  await check("inlay hints show the phrase", async () => {
    await focusEditor();
    await until("an inlay hint after 404", async () => /404\s*\)?\s*Not Found/.test(await lineText(6)));
    await shot("inlay-hints");
  });

  await check("completion after res.status( offers 201 Created", async () => {
    await focusEditor();
    await gotoLine(18, 100);
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("res.status(");
    const widget = page.locator(".suggest-widget.visible");
    await until("201 Created in the suggestions", async () => {
      if (!(await widget.isVisible())) {
        await page.keyboard.press("Control+Space");
        await sleep(500);
      }
      const text = normal(await widget.innerText());
      return /201/.test(text) && /Created/.test(text);
    });
    await shot("completion-201");
    await page.keyboard.press("Escape");
    await page.keyboard.type(");");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
  });

  await check("look-up command inserts a code found by name", async () => {
    // The cursor is inside res.status(|) from the previous check.
    await runCommand("HTTP Status: Look Up HTTP Status Code");
    const input = page.locator(".quick-input-widget input");
    await until("the code list", async () => (await page.locator(".quick-input-list .monaco-list-row").count()) > 5);
    await input.fill("unprocessable");
    await until("422 at the top", async () =>
      (await page.locator(".quick-input-list .monaco-list-row").first().innerText()).includes("422 Unprocessable Content"),
    );
    await shot("look-up");
    await page.keyboard.press("Enter");
    // The line reads "res.status(422 Unprocessable Content)" with its inlay hint.
    await until("res.status(422 in the editor", async () => (await lineText(19)).includes("res.status(422"));
  });

  await check("look-up command's book button opens a code's documentation", async () => {
    await runCommand("HTTP Status: Look Up HTTP Status Code");
    const input = page.locator(".quick-input-widget input");
    await until("the code list", async () => (await page.locator(".quick-input-list .monaco-list-row").count()) > 5);
    await input.fill("418");
    const row = page.locator(".quick-input-list .monaco-list-row", { hasText: "418" }).first();
    await row.hover();
    await row.locator(".action-label.codicon-book, a.codicon-book").first().click();
    await until("a preview of 418.md", async () => (await page.locator(".tab", { hasText: "418.md" }).count()) > 0);
    // The preview is a webview: an iframe holding the rendered page's iframe.
    const body = page.frameLocator("iframe.webview").frameLocator("iframe#active-frame").locator("body");
    await until("the card in the preview", async () => (await body.innerText()).includes("418"), 30000);
    await shot("look-up-documentation");
    await page.keyboard.press("Control+W");
  });

  await check("quick fix turns the 302 in a POST handler into 303", async () => {
    await focusEditor();
    await gotoLine(14, 17);
    await until("the lightbulb's fixes", async () => {
      await page.keyboard.press("Control+.");
      const row = page.locator(".action-widget .monaco-list-row", { hasText: "Use 303 See Other" });
      try {
        await row.first().waitFor({ timeout: 3000 });
      } catch {
        await page.keyboard.press("Escape");
        return false;
      }
      await shot("quick-fix-302");
      await row.first().click();
      return true;
    });
    await until("res.redirect(303 in the editor", async () => /res\.redirect\(303(?!\d)/.test(await lineText(14)));
  });

  await check("hover shows 404 Not Found (Python) and the 305 problem", async () => {
    await openFile("app.py", "flask");
    await hoverToken("404", "404 Not Found");
    await hoverToken("305", "deprecated-status");
    await shot("hover-python-305");
    await page.mouse.move(5, 5);
    await page.keyboard.press("Control+Shift+M");
    await until("app.py's 305 in Problems", async () => {
      const text = await page.locator(".markers-panel").innerText();
      return text.includes("app.py") && text.includes("305 Use Proxy");
    });
    await page.keyboard.press("Control+Shift+M");
  });

  await check("with locale zh-CN (set in the Settings editor) the hover is in Chinese", async () => {
    await runCommand("Preferences: Open User Settings");
    await page.locator(".settings-editor").waitFor();
    await sleep(500);
    await page.keyboard.type("httpStatus.locale");
    const item = page.locator(".settings-editor .setting-item-enum", { hasText: "Locale" }).first();
    await item.waitFor();
    await item.locator("select").first().selectOption("zh-CN");
    await until("the setting saved", async () => fs.readFileSync(settingsFile, "utf8").includes('"httpStatus.locale": "zh-CN"'));
    await shot("settings-locale");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await openFile("app.py", "flask");
    const content = await hoverToken("404", "客户端错误");
    if (!content.includes("404 Not Found")) {
      throw new Error(`no heading in ${content.slice(0, 120)}`);
    }
    await shot("hover-zh-CN");
  });

  await check("the server log has the server's own lines at their levels", async () => {
    await page.mouse.move(5, 5);
    await runCommand("HTTP Status: Show Server Log");
    const filter = page.locator(".panel input[placeholder^='Filter'], .panel textarea[placeholder^='Filter']").first();
    await filter.fill("settings: locale zh-CN");
    await until("the server's settings line", async () => {
      // Long lines wrap in the panel.
      const text = normal(await page.locator(".panel .monaco-editor .view-lines").first().innerText()).replace(/\s+/g, " ");
      return text.includes("[info]") && text.includes("settings: locale zh-CN");
    });
    await shot("server-log");
  });
}

/**
 * Workspace trust: a repository's own `.vscode/settings.json` names a program
 * as the server. Until the user trusts the folder, the extension must not
 * run it (the bundled server serves instead); once trusted, it may.
 */
async function trustChecks() {
  const folder = path.join(scratch, "cloned-repository");
  fs.cpSync(path.join(here, "project"), folder, { recursive: true });
  const marker = path.join(scratch, "the-repository-program-ran");
  const bundled = fs
    .readdirSync(extensions)
    .filter((d) => d.startsWith("http-status-lsp."))
    .map((d) => path.join(extensions, d, "server", "http-status-lsp"))[0];
  const program = path.join(folder, "tools", "server");
  fs.mkdirSync(path.dirname(program), { recursive: true });
  fs.writeFileSync(program, `#!/bin/sh\ntouch '${marker}'\nexec '${bundled}' "$@"\n`);
  fs.chmodSync(program, 0o755);
  fs.mkdirSync(path.join(folder, ".vscode"));
  fs.writeFileSync(
    path.join(folder, ".vscode", "settings.json"),
    JSON.stringify({ "httpStatus.server.path": program }, null, 2),
  );
  writeSettings({ "security.workspace.trust.enabled": true });

  const port = await startVscode(folder, { trust: true, log: "code-server-trust.log" });
  await openWorkbench(port, folder);

  await check("untrusted workspace: its httpStatus.server.path is not run", async () => {
    // Depending on the version VS Code asks first or opens in Restricted Mode.
    const distrust = page.getByRole("button", { name: /No, I don.t trust/ });
    try {
      await distrust.waitFor({ timeout: 5000 });
      await distrust.click();
    } catch {
      // No prompt.
    }
    await page.locator(".statusbar", { hasText: "Restricted Mode" }).waitFor();
    await openFile("app.js", "express");
    await hoverToken("404", "404 Not Found");
    if (fs.existsSync(marker)) {
      throw new Error("the program named by the workspace settings ran");
    }
    await shot("restricted-mode");
  });

  await check("after trusting the workspace, its httpStatus.server.path is used", async () => {
    await runCommand("Workspaces: Manage Workspace Trust");
    const trustButton = page.locator(".workspace-trust-editor .monaco-button", { hasText: /^Trust$/ }).first();
    // The editor redraws as trust is granted, which can leave the click
    // waiting on a button that is gone; the status bar says what happened.
    await trustButton.click({ timeout: 5000 }).catch(() => {});
    await until("Restricted Mode to end", async () =>
      !(await page.locator(".statusbar").innerText()).includes("Restricted Mode"),
    );
    await until("the workspace's server to start", async () => fs.existsSync(marker), 30000);
    await page.locator(".workspace-trust-editor").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+W");
    await page.locator(".workspace-trust-editor").waitFor({ state: "hidden" });
    await focusEditor();
    await hoverToken("404", "404 Not Found");
  });
  await page.close();
  stopVscode();
}

const only = process.env.E2E_ONLY;
if (!only || only === "editing") {
  const port = await startVscode(project, { trust: false, log: "code-server.log" });
  await openWorkbench(port, project);
  await editingChecks();
  await page.close();
  stopVscode();
}
if (!only || only === "trust") {
  await trustChecks();
}

await browser.close();
stopVscode();
// VS Code's own logs, the extension's "HTTP Status" channel among them.
fs.cpSync(path.join(userData, "logs"), path.join(shots, "logs"), { recursive: true });
fs.copyFileSync(settingsFile, path.join(shots, "settings.json"));
fs.rmSync(scratch, { recursive: true, force: true });
if (failures.length) {
  console.log(`\nvscode: ${failures.length} check(s) failed: ${failures.join("; ")}`);
  console.log(`screenshots and code-server.log in ${shots}`);
  process.exit(1);
}
console.log(`\nvscode: all checks passed; screenshots in ${shots}`);
process.exit(0);
