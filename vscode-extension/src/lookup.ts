// "Look up HTTP status code…": a quick pick over the list the server sends
// (`httpStatus/codes`), so the extension keeps no copy of the registry.
// Enter inserts the code at every cursor of the active editor; the book
// button (or Enter with no editor open) shows the code's documentation.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

export const CODES_REQUEST = "httpStatus/codes";
export const DOC_SCHEME = "http-status";

export interface StatusCode {
  code: number;
  phrase: string;
  summary: string;
  standing: string;
  vendor?: string;
  documentation: string;
}

interface CodesResult {
  locale: string;
  codes: StatusCode[];
}

interface CodeItem extends vscode.QuickPickItem {
  status: StatusCode;
}

const SHOW_DOCS: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon("book"),
  tooltip: "Show documentation",
};

/** Documentation pages shown by the picker, by code. */
export class Documentation implements vscode.TextDocumentContentProvider {
  private readonly pages = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.path) ?? "";
  }

  async show(status: StatusCode): Promise<void> {
    const uri = vscode.Uri.from({ scheme: DOC_SCHEME, path: `/${status.code}.md` });
    this.pages.set(uri.path, status.documentation);
    this.changed.fire(uri);
    await vscode.commands.executeCommand("markdown.showPreviewToSide", uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function label(standing: string, vendor: string | undefined): string {
  switch (standing) {
    case "standard":
      return "";
    case "vendor":
      return vendor ? `unofficial · ${vendor}` : "unofficial";
    case "project":
      return "this project";
    default:
      return standing;
  }
}

export async function lookUp(client: LanguageClient | undefined, docs: Documentation): Promise<void> {
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(
      "HTTP Status: the language server is not running, so there is no list to show. See \"HTTP Status: Show Server Log\".",
    );
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const params = editor
    ? { textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) } }
    : {};
  let result: CodesResult;
  try {
    result = await client.sendRequest<CodesResult>(CODES_REQUEST, params);
  } catch (e) {
    void vscode.window.showErrorMessage(`HTTP Status: the server could not list status codes: ${String(e)}`);
    return;
  }

  const picker = vscode.window.createQuickPick<CodeItem>();
  picker.title = result.locale === "zh-CN" ? "查找 HTTP 状态码" : "Look Up HTTP Status Code";
  picker.placeholder =
    result.locale === "zh-CN"
      ? "输入状态码或名称，如 404、Not Found"
      : editor
        ? "Type a number or a name (404, not found); Enter inserts the code"
        : "Type a number or a name (404, not found); Enter shows its documentation";
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  picker.items = result.codes.map((status) => ({
    label: `${status.code} ${status.phrase}`,
    description: label(status.standing, status.vendor),
    detail: status.summary,
    buttons: [SHOW_DOCS],
    status,
  }));

  const chosen = await new Promise<{ item: CodeItem; docs: boolean } | undefined>((resolve) => {
    picker.onDidTriggerItemButton((e) => {
      resolve({ item: e.item, docs: true });
      picker.hide();
    });
    picker.onDidAccept(() => {
      const item = picker.selectedItems[0];
      resolve(item ? { item, docs: false } : undefined);
      picker.hide();
    });
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  if (!chosen) {
    return;
  }
  if (chosen.docs || !editor) {
    await docs.show(chosen.item.status);
    return;
  }
  const text = String(chosen.item.status.code);
  await editor.edit((edit) => {
    for (const selection of editor.selections) {
      edit.replace(selection, text);
    }
  });
}
