/**
 * The VS Code extension's .vsix (scripts/package-vscode.mjs): what VS Code reads from it, and the
 * server inside it, started as the extension starts it (`<server>/bin/otvet.cjs lsp --stdio`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageExtension, standaloneReadme } from '../scripts/package-vscode.mjs';

const work = mkdtempSync(join(tmpdir(), 'otvet-vsix-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let files: Record<string, Uint8Array> = {};

beforeAll(async () => {
  const vsix = await packageExtension(join(work, 'out'));
  expect(vsix).toMatch(/otvet-vscode-\d+\.\d+\.\d+\.vsix$/);
  files = unzipSync(readFileSync(vsix));
  // Unpacked as VS Code installs it.
  for (const [name, data] of Object.entries(files)) {
    if (!name.startsWith('extension/')) continue;
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), data);
  }
}, 120_000);

describe('the .vsix', () => {
  it('holds a manifest VS Code can load: the entry point, engines, activation and settings', () => {
    const manifest = JSON.parse(strFromU8(files['extension/package.json']!)) as Record<string, unknown> & { contributes: { configuration: { properties: Record<string, unknown> } } };
    expect(manifest).toMatchObject({ name: 'otvet-vscode', publisher: 'otvet', main: './dist/extension.cjs', engines: { vscode: '^1.91.0' } });
    expect(manifest.activationEvents).toContain('workspaceContains:**/otvet.config.yaml');
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['otvet.path', 'otvet.lang']);
    expect(strFromU8(files['extension.vsixmanifest']!)).toMatch(/<Identity Language="en-US" Id="otvet-vscode" Version="[\d.]+" Publisher="otvet"/);
  });
  it('carries the client with vscode-languageclient inside and VS Code’s API left outside', () => {
    const client = strFromU8(files['extension/dist/extension.cjs']!);
    expect(client).toContain('require("vscode")');
    expect(client).not.toMatch(/require\("vscode-languageclient/);
    expect(client).toContain('"lsp","--stdio"');
    expect(strFromU8(files['extension/THIRD-PARTY-NOTICES.md']!)).toContain('### vscode-languageclient@');
  });
  it('has a README that stands alone (no link into the repository)', () => {
    expect(strFromU8(files['extension/readme.md']!)).not.toMatch(/\]\(\.\.?\//);
    expect(standaloneReadme('see [the docs](../../docs/editor.md) and [x](https://a.b/c)')).toBe("see the docs (docs/editor.md in otvet's repository) and [x](https://a.b/c)");
  });
  it('carries a server that runs: the findings of an opened template, linked to the rule README inside', async () => {
    const project = join(work, 'shop');
    mkdirSync(join(project, 'templates'), { recursive: true });
    writeFileSync(join(project, 'otvet.config.yaml'), 'templates: ["templates/**/*.yaml"]\n');
    const child = spawn(process.execPath, [join(work, 'extension/server/bin/otvet.cjs'), 'lsp', '--stdio'], { cwd: project });
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Promise<{ diagnostics: { code: string; codeDescription?: { href: string } }[] }>((done) => rpc.onNotification('textDocument/publishDiagnostics', done));
    rpc.listen();
    await rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {}, locale: 'ru' });
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(join(project, 'templates/a.yaml')).href, languageId: 'yaml', version: 1, text: 'templates:\n  - id: a\n    text:\n      zh: 好\n      ru: Ждём~\n' } });
    const tilde = (await published).diagnostics.find((d) => d.code === 'tone-tilde');
    expect(tilde?.codeDescription?.href).toBe(pathToFileURL(join(work, 'extension/server/docs/rules/tone-tilde.md')).href);
    await rpc.sendRequest('shutdown');
    await rpc.sendNotification('exit');
    expect(await new Promise((done) => child.on('exit', done))).toBe(0);
  });
});
