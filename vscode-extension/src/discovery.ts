// Finding the server binary. The order is the user's explicit choice first,
// then what ships with the extension, then whatever is installed:
//   1. the `httpStatus.server.path` setting,
//   2. the HTTP_STATUS_LSP_PATH environment variable,
//   3. the binary bundled in the extension (`server/`),
//   4. `http-status-lsp` on PATH.
// Every candidate looked at is recorded, so a failure can say what was tried.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ENV_VAR = "HTTP_STATUS_LSP_PATH";

export interface Attempt {
  /** Where the candidate came from, as a user would name it. */
  source: string;
  /** The path looked at, or empty when the source gave none. */
  candidate: string;
  /** Why it was not used; empty for the one that was. */
  problem: string;
}

export interface Discovery {
  /** The binary to run, if one was found. */
  command?: string;
  /** Which source gave it. */
  source?: string;
  tried: Attempt[];
}

export interface Inputs {
  /** The setting as it applies here (user value only in untrusted workspaces). */
  settingPath: string | undefined;
  env: NodeJS.ProcessEnv;
  extensionPath: string;
  platform: NodeJS.Platform;
  /** Folder used to resolve a relative setting. */
  workspaceFolder: string | undefined;
}

function executableName(platform: NodeJS.Platform): string {
  return platform === "win32" ? "http-status-lsp.exe" : "http-status-lsp";
}

/** Why `file` cannot be run, or empty if it can. */
function problemWith(file: string, platform: NodeJS.Platform): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return "does not exist";
  }
  if (!stat.isFile()) {
    return "is not a file";
  }
  if (platform !== "win32") {
    try {
      fs.accessSync(file, fs.constants.X_OK);
    } catch {
      return "is not executable";
    }
  }
  return "";
}

function expand(raw: string, workspaceFolder: string | undefined): string {
  let p = raw.trim();
  if (p === "~" || p.startsWith("~/")) {
    p = path.join(os.homedir(), p.slice(1));
  }
  if (workspaceFolder) {
    p = p.replace(/\$\{workspaceFolder\}/g, workspaceFolder);
  }
  if (!path.isAbsolute(p) && workspaceFolder) {
    p = path.join(workspaceFolder, p);
  }
  return p;
}

export function discover(inputs: Inputs): Discovery {
  const tried: Attempt[] = [];
  const consider = (source: string, candidate: string): string | undefined => {
    const problem = problemWith(candidate, inputs.platform);
    tried.push({ source, candidate, problem });
    return problem === "" ? candidate : undefined;
  };
  const exe = executableName(inputs.platform);

  const setting = inputs.settingPath?.trim();
  if (setting) {
    const found = consider("setting httpStatus.server.path", expand(setting, inputs.workspaceFolder));
    if (found) {
      return { command: found, source: "setting httpStatus.server.path", tried };
    }
  } else {
    tried.push({ source: "setting httpStatus.server.path", candidate: "", problem: "not set" });
  }

  const fromEnv = inputs.env[ENV_VAR]?.trim();
  if (fromEnv) {
    const found = consider(`environment variable ${ENV_VAR}`, expand(fromEnv, undefined));
    if (found) {
      return { command: found, source: `environment variable ${ENV_VAR}`, tried };
    }
  } else {
    tried.push({ source: `environment variable ${ENV_VAR}`, candidate: "", problem: "not set" });
  }

  const bundled = consider("bundled with the extension", path.join(inputs.extensionPath, "server", exe));
  if (bundled) {
    return { command: bundled, source: "bundled with the extension", tried };
  }

  const dirs = (inputs.env.PATH ?? inputs.env.Path ?? "").split(path.delimiter).filter((d) => d !== "");
  for (const dir of dirs) {
    const candidate = path.join(dir, exe);
    if (problemWith(candidate, inputs.platform) === "") {
      tried.push({ source: "PATH", candidate, problem: "" });
      return { command: candidate, source: "PATH", tried };
    }
  }
  tried.push({ source: "PATH", candidate: exe, problem: `not found in ${dirs.length} PATH folders` });
  return { tried };
}

/** One line per attempt, for the log and the error message. */
export function describe(tried: Attempt[]): string[] {
  return tried.map((t) => {
    const what = t.candidate ? `${t.source}: ${t.candidate}` : t.source;
    return t.problem ? `${what} (${t.problem})` : `${what} (used)`;
  });
}
