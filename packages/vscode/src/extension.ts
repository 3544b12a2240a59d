/**
 * otvet for VS Code: a thin client of `otvet lsp --stdio` (vscode-languageclient). Diagnostics,
 * code actions (safe fixes, suggestions, "fix all" as `source.fixAll.otvet`) and hovers come from
 * the server; this file only starts it for the workspace's YAML files and restarts it when its
 * settings change or the workspace becomes trusted.
 */
import { join } from 'node:path';
import { workspace, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { chooseServer, serverArgs } from './server.js';

let client: LanguageClient | undefined;

async function start(context: ExtensionContext): Promise<void> {
  const config = workspace.getConfiguration('otvet');
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  const trusted = workspace.isTrusted;
  const choice = chooseServer(folder, config.get<string>('path') || undefined, join(context.extensionPath, 'server', 'bin', 'otvet.cjs'), trusted);
  const lang = config.get<string>('lang') || undefined;
  const run = { module: choice.bin, transport: TransportKind.stdio, args: serverArgs(lang) };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.{yaml,yml,dic,txt,js,mjs,cjs}') },
    // Restricted Mode: the config's plugins (the workspace's code) are not loaded.
    initializationOptions: { ...(lang ? { lang } : {}), plugins: trusted },
  };
  client = new LanguageClient('otvet', 'otvet', serverOptions, clientOptions);
  client.outputChannel.appendLine(`otvet: ${choice.bin} (${choice.source}${trusted ? '' : ', Restricted Mode: no plugins'})`);
  await client.start();
}

export async function activate(context: ExtensionContext): Promise<void> {
  await start(context);
  const restart = async (): Promise<void> => {
    await client?.stop();
    await start(context).catch((error: unknown) => window.showErrorMessage(`otvet: ${error instanceof Error ? error.message : String(error)}`));
  };
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('otvet')) await restart();
    }),
    // Trusted at last: the workspace's otvet and the config's plugins may run now.
    workspace.onDidGrantWorkspaceTrust(restart),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
