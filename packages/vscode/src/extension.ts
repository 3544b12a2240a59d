/**
 * otvet for VS Code: a thin client of `otvet lsp --stdio` (vscode-languageclient). Diagnostics,
 * code actions (safe fixes, suggestions, "fix all" as `source.fixAll.otvet`) and hovers come from
 * the server; this file only starts it for the workspace's YAML files and restarts it when its
 * settings change.
 */
import { join } from 'node:path';
import { workspace, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { chooseServer, serverArgs } from './server.js';

let client: LanguageClient | undefined;

async function start(context: ExtensionContext): Promise<void> {
  const config = workspace.getConfiguration('otvet');
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  const choice = chooseServer(folder, config.get<string>('path') || undefined, join(context.extensionPath, 'server', 'bin', 'otvet.cjs'));
  const lang = config.get<string>('lang') || undefined;
  const run = { module: choice.bin, transport: TransportKind.stdio, args: serverArgs(lang) };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.{yaml,yml,dic,txt}') },
    ...(lang ? { initializationOptions: { lang } } : {}),
  };
  client = new LanguageClient('otvet', 'otvet', serverOptions, clientOptions);
  client.outputChannel.appendLine(`otvet: ${choice.bin} (${choice.source})`);
  await client.start();
}

export async function activate(context: ExtensionContext): Promise<void> {
  await start(context);
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('otvet')) return;
      await client?.stop();
      await start(context).catch((error: unknown) => window.showErrorMessage(`otvet: ${error instanceof Error ? error.message : String(error)}`));
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
