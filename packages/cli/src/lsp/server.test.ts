/**
 * The language server in process, over in-memory streams (test/lsp.test.ts drives the built
 * CLI's): what it publishes when the pack cannot be linted, and for files outside a project.
 */
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { describe, expect, it } from 'vitest';
import { useProjects } from '../cli.test-helper.js';
import { ruleReadme, startLanguageServer } from './server.js';

const project = useProjects('lsp');

interface Diagnostic {
  range: { start: { line: number; character: number } };
  code?: string;
  message: string;
}

/** A server and a client joined by in-memory streams (the server never gets `exit`: it would end the process). */
function connect(lang: 'en' | 'zh' | 'ru' = 'en'): { rpc: MessageConnection; published: Map<string, Diagnostic[]>; next: (uri: string) => Promise<Diagnostic[]> } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  void startLanguageServer({ input: toServer, output: toClient, lang, langGiven: true, debounce: 5, moduleUrl: import.meta.url });
  const rpc = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published = new Map<string, Diagnostic[]>();
  const waiting = new Map<string, (d: Diagnostic[]) => void>();
  rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    published.set(p.uri, p.diagnostics);
    waiting.get(p.uri)?.(p.diagnostics);
  });
  rpc.listen();
  return { rpc, published, next: (uri) => new Promise((done) => waiting.set(uri, done)) };
}

async function open(rpc: MessageConnection, uri: string, text: string): Promise<void> {
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
}

describe('otvet lsp in process', () => {
  it('a config that cannot be read: one diagnostic at the top saying why, in the language asked for', async () => {
    const dir = project({ 'otvet.config.yaml': 'templates: ["templates/**/*.yaml"]\nunknown_key: 1\n' });
    const { rpc, next } = connect('ru');
    await rpc.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, locale: 'en' });
    const uri = pathToFileURL(join(dir, 'templates/a.yaml')).href;
    const got = next(uri);
    await open(rpc, uri, 'templates: []\n');
    const [d] = await got;
    expect(d!.range.start).toEqual({ line: 0, character: 0 });
    expect(d!.message).toMatch(/^otvet\.config\.yaml:2:1: /);
    rpc.dispose();
  });

  it('ignores documents that are not files, and answers no code action or hover for them', async () => {
    const { rpc } = connect();
    await rpc.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await open(rpc, 'untitled:Untitled-1', 'templates: []\n');
    expect(await rpc.sendRequest('textDocument/codeAction', { textDocument: { uri: 'untitled:Untitled-1' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).toEqual([]);
    expect(await rpc.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 0 } })).toBeNull();
    rpc.dispose();
  });

  it('a template file closed: its diagnostics are cleared', async () => {
    const dir = project({ 'otvet.config.yaml': 'templates: ["templates/**/*.yaml"]\n' });
    const { rpc, next } = connect();
    await rpc.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
    const uri = pathToFileURL(join(dir, 'templates/a.yaml')).href;
    const first = next(uri);
    await open(rpc, uri, 'templates:\n  - id: a\n    text:\n      zh: 好\n      ru: Ждём~\n');
    expect((await first).map((d) => d.code)).toContain('tone-tilde');
    const cleared = next(uri);
    await rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect(await cleared).toEqual([]);
    rpc.dispose();
  });

  it('stays silent on YAML under no otvet.config.yaml (a Helm chart’s templates/)', async () => {
    const dir = project({ 'chart/Chart.yaml': 'name: x\n' });
    const { rpc, next } = connect();
    await rpc.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
    const uri = pathToFileURL(join(dir, 'templates/deployment.yaml')).href;
    const got = next(uri);
    await open(rpc, uri, 'templates:\n  - id: a\n    text:\n      ru: Ждём~\n');
    expect(await got).toEqual([]);
    rpc.dispose();
  });

  it('finds each rule’s README beside the sources', () => {
    expect(ruleReadme('tone-tilde', import.meta.url)).toMatch(/\/packages\/rules\/src\/tone-tilde\/README\.md$/);
    expect(ruleReadme('no-such-rule', import.meta.url)).toBeUndefined();
  });
});
