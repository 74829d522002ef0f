// The VS Code side of http-status-lsp: find the server, start it over stdio,
// pass settings and the log level through, and offer three commands. All
// analysis lives in the server so every editor gets the same answers.

import { type ChildProcess, spawn } from "node:child_process";

import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  type StreamInfo,
} from "vscode-languageclient/node";

import { describe, discover } from "./discovery";
import { logServerLine } from "./serverLog";
import { DOC_SCHEME, Documentation, lookUp } from "./lookup";

const SECTION = "httpStatus";

/** The languages the server reads; activation events list the same ids. */
export const LANGUAGES = [
  "javascript",
  "javascriptreact",
  "typescript",
  "typescriptreact",
  "python",
  "go",
  "rust",
  "java",
  "kotlin",
  "csharp",
  "php",
  "ruby",
];

/** The server's `logLevel` for the log channel's level. */
function serverLogLevel(level: vscode.LogLevel): string {
  switch (level) {
    case vscode.LogLevel.Off:
      return "off";
    case vscode.LogLevel.Trace:
      return "trace";
    case vscode.LogLevel.Debug:
      return "debug";
    case vscode.LogLevel.Info:
      return "info";
    case vscode.LogLevel.Warning:
      return "warn";
    default:
      return "error";
  }
}

class Extension implements vscode.Disposable {
  client: LanguageClient | undefined;
  private process: ChildProcess | undefined;
  private readonly log: vscode.LogOutputChannel;
  private readonly docs = new Documentation();
  private readonly disposables: vscode.Disposable[] = [];
  private starting: Promise<void> = Promise.resolve();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel("HTTP Status", { log: true });
    this.disposables.push(
      this.log,
      this.docs,
      vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, this.docs),
      vscode.commands.registerCommand("httpStatus.restartServer", () => this.restart()),
      vscode.commands.registerCommand("httpStatus.showLog", () => this.log.show(true)),
      vscode.commands.registerCommand("httpStatus.lookUp", () => lookUp(this.client, this.docs)),
      vscode.workspace.onDidChangeConfiguration((e) => this.configurationChanged(e)),
      this.log.onDidChangeLogLevel(() => this.notifySettings()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        // A workspace value of httpStatus.server.path now applies.
        this.log.info("workspace trusted: restarting to apply workspace settings");
        void this.restart();
      }),
    );
  }

  /** The settings section as the server should see it. */
  private settings(): Record<string, unknown> {
    const config = vscode.workspace.getConfiguration(SECTION);
    const plain = JSON.parse(JSON.stringify(config)) as Record<string, unknown>;
    plain.logLevel = serverLogLevel(this.log.logLevel);
    return plain;
  }

  private serverPath(): string | undefined {
    const config = vscode.workspace.getConfiguration(SECTION);
    if (vscode.workspace.isTrusted) {
      return config.get<string>("server.path");
    }
    // Restricted setting: only the user's own value counts here.
    return config.inspect<string>("server.path")?.globalValue;
  }

  start(): Promise<void> {
    this.starting = this.starting.then(() => this.startNow());
    return this.starting;
  }

  private async startNow(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const found = discover({
      settingPath: this.serverPath(),
      env: process.env,
      extensionPath: this.context.extensionPath,
      platform: process.platform,
      workspaceFolder: folder,
    });
    for (const line of describe(found.tried)) {
      this.log.info(`server lookup: ${line}`);
    }
    if (!found.command) {
      const tried = describe(found.tried).join("; ");
      this.log.error(`no http-status-lsp server found. Tried: ${tried}`);
      const choice = await vscode.window.showErrorMessage(
        `HTTP Status: cannot find the http-status-lsp server. Tried: ${tried}. Set httpStatus.server.path or put http-status-lsp on PATH.`,
        "Open Settings",
        "Show Log",
      );
      if (choice === "Open Settings") {
        void vscode.commands.executeCommand("workbench.action.openSettings", "httpStatus.server.path");
      } else if (choice === "Show Log") {
        this.log.show(true);
      }
      return;
    }
    this.log.info(`starting ${found.command} (${found.source})`);

    const command = found.command;
    // Started here rather than by the client so that each stderr line keeps
    // the server's level in the log.
    const serverOptions: ServerOptions = async (): Promise<StreamInfo> => {
      const child: ChildProcess = spawn(command, ["serve"], {
        env: { ...process.env, HTTP_STATUS_LSP_LOG: serverLogLevel(this.log.logLevel) },
        stdio: ["pipe", "pipe", "pipe"],
      });
      this.process = child;
      let pending = "";
      child.stderr?.setEncoding("utf8");
      child.stderr?.on("data", (chunk: string) => {
        pending += chunk;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) {
          logServerLine(this.log, line);
        }
      });
      child.on("exit", (code, signal) => {
        this.log.info(`server exited (${signal ?? `code ${code}`})`);
      });
      await new Promise<void>((resolve, reject) => {
        child.once("spawn", () => resolve());
        child.once("error", reject);
      });
      if (!child.stdout || !child.stdin) {
        throw new Error("the server process has no stdio pipes");
      }
      return { reader: child.stdout, writer: child.stdin };
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: LANGUAGES.flatMap((language) => [
        { scheme: "file", language },
        { scheme: "untitled", language },
      ]),
      outputChannel: this.log,
      traceOutputChannel: this.log,
      initializationOptions: () => this.settings(),
      middleware: {
        workspace: {
          // The log level is the log channel's, not a setting: add it to
          // what the server reads.
          configuration: async (params, token, next) => {
            const values = await next(params, token);
            if (!Array.isArray(values)) {
              return values;
            }
            return values.map((value, i) =>
              params.items[i]?.section === SECTION && value && typeof value === "object"
                ? { ...(value as object), logLevel: serverLogLevel(this.log.logLevel) }
                : value,
            );
          },
        },
      },
    };
    const client = new LanguageClient("httpStatus", "HTTP Status", serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
      this.log.info(`server ${client.initializeResult?.serverInfo?.version ?? ""} running`);
    } catch (e) {
      this.log.error(`the server did not start: ${String(e)}`);
      void vscode.window.showErrorMessage(
        `HTTP Status: ${found.command} did not start (${String(e)}). See "HTTP Status: Show Server Log".`,
      );
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.stop(2000);
      } catch (e) {
        this.log.warn(`stopping the server: ${String(e)}`);
      }
    }
    const child = this.process;
    this.process = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      // It was asked to exit; one that did not is stopped.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (child.exitCode === null && child.signalCode === null) {
        this.log.warn("the server did not exit when asked; stopping it");
        child.kill();
      }
    }
  }

  async restart(): Promise<void> {
    await this.starting;
    await this.stop();
    await this.start();
  }

  private notifySettings(): void {
    if (this.client?.isRunning()) {
      // The server answers by asking for the section (workspace/configuration).
      void this.client.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { [SECTION]: this.settings() },
      });
    }
  }

  private configurationChanged(e: vscode.ConfigurationChangeEvent): void {
    if (e.affectsConfiguration(`${SECTION}.server.path`)) {
      void vscode.window
        .showInformationMessage("HTTP Status: the server path changed.", "Restart Server")
        .then((choice) => (choice ? this.restart() : undefined));
      return;
    }
    if (e.affectsConfiguration(SECTION)) {
      this.log.info("settings changed; the server rereads them");
      this.notifySettings();
    }
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}

let extension: Extension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extension = new Extension(context);
  context.subscriptions.push(extension);
  await extension.start();
}

export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}
