/**
 * `otvet lsp --stdio`, the built CLI, driven by a JSON-RPC client over its standard streams as
 * an editor would: initialize, open a faulty template, get the diagnostics at the right range,
 * ask for code actions, apply the fix, change the document, see the diagnostics cleared; and
 * the pack-wide checks across open files, the hover, the language of the client, config reloads.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, makeProject } from './helpers.js';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Diagnostic {
  range: Range;
  severity: number;
  code: string;
  source: string;
  message: string;
  codeDescription?: { href: string };
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { changes: Record<string, TextEdit[]> };
}

const project = makeProject({
  'otvet.config.yaml': 'templates: ["templates/**/*.yaml"]\n',
  'templates/a.yaml': 'templates:\n  - id: thanks\n    text:\n      zh: 谢谢\n      ru: Спасибо за заказ.\n',
});
const uri = (path: string): string => pathToFileURL(join(project.dir, path)).href;

/** A language client over the server's streams, collecting the diagnostics it publishes. */
class Client {
  readonly child: ChildProcess;
  readonly rpc: MessageConnection;
  readonly published = new Map<string, Diagnostic[]>();
  #waiting: (() => void)[] = [];
  stderr = '';

  constructor(args: string[] = [], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [CLI, 'lsp', '--stdio', ...args], { cwd: project.dir, env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...env } });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.rpc = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.rpc.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      this.published.set(params.uri, params.diagnostics);
      for (const wake of this.#waiting.splice(0)) wake();
    });
    this.rpc.onRequest('client/registerCapability', () => null);
    this.rpc.listen();
  }

  async initialize(locale = 'en', initializationOptions?: unknown): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.rpc.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      locale,
      rootUri: pathToFileURL(project.dir).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions,
    });
    await this.rpc.sendNotification('initialized', {});
    return result;
  }

  /** The next diagnostics for `target` that satisfy `test` (up to 15 s). */
  async diagnostics(target: string, test: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const got = this.published.get(target);
      if (got && test(got)) return got;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${target}: ${JSON.stringify(got)}\n${this.stderr}`);
      await new Promise<void>((wake) => {
        this.#waiting.push(wake);
        setTimeout(wake, 500);
      });
    }
  }

  open(path: string, text: string, version = 1): Promise<void> {
    this.published.delete(uri(path));
    return this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(path), languageId: 'yaml', version, text } });
  }

  change(path: string, text: string, version: number): Promise<void> {
    return this.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri(path), version }, contentChanges: [{ text }] });
  }

  async stop(): Promise<number | null> {
    await this.rpc.sendRequest('shutdown');
    await this.rpc.sendNotification('exit');
    return new Promise((done) => this.child.on('exit', (code) => done(code)));
  }
}

/** Apply LSP text edits to a text (from the last edit backwards). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (p: { line: number; character: number }): number => {
    const lines = text.split('\n');
    return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  };
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

let client: Client;
beforeAll(async () => {
  client = new Client();
  const init = await client.initialize();
  expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.otvet'] } });
});
afterAll(async () => {
  if (client) expect(await client.stop()).toBe(0);
  project.remove();
});

const FAULTY = 'templates:\n  - id: late\n    text:\n      zh: 请稍等\n      ru: Заказ  задерживается~\n';

describe('otvet lsp --stdio', () => {
  it('publishes the findings of an opened template at their exact ranges', async () => {
    await client.open('templates/late.yaml', FAULTY);
    const diagnostics = await client.diagnostics(uri('templates/late.yaml'));
    const tilde = diagnostics.find((d) => d.code === 'tone-tilde');
    // Line 5 (0-based 4): "      ru: Заказ  задерживается~", the tilde at character 30.
    expect(tilde).toMatchObject({ source: 'otvet', severity: 1, range: { start: { line: 4, character: 30 }, end: { line: 4, character: 31 } } });
    expect(tilde!.message).toContain('Remove the tilde');
    expect(tilde!.codeDescription?.href).toMatch(/^file:\/\/.*tone-tilde(\/README)?\.md$/);
    expect(diagnostics.some((d) => d.code === 'typography-spacing')).toBe(true);
  });

  it('offers the safe fix as a code action; applied and sent back, the finding is gone', async () => {
    const diagnostics = client.published.get(uri('templates/late.yaml'))!;
    const tilde = diagnostics.find((d) => d.code === 'tone-tilde')!;
    const actions = await client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('templates/late.yaml') }, range: tilde.range, context: { diagnostics: [tilde] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.title.includes('tone-tilde'));
    expect(fix?.isPreferred).toBe(true);
    const fixed = applyEdits(FAULTY, fix!.edit.changes[uri('templates/late.yaml')]!);
    expect(fixed).toContain('ru: Заказ  задерживается\n');
    await client.change('templates/late.yaml', fixed, 2);
    const after = await client.diagnostics(uri('templates/late.yaml'), (d) => !d.some((x) => x.code === 'tone-tilde'));
    expect(after.map((d) => d.code)).toEqual(['typography-spacing']);
  });

  it('"fix all" fixes the rest the way lint --fix does; the diagnostics clear', async () => {
    const current = 'templates:\n  - id: late\n    text:\n      zh: 请稍等\n      ru: Заказ  задерживается\n';
    const actions = await client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('templates/late.yaml') }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.otvet']);
    const fixed = applyEdits(current, actions[0]!.edit.changes[uri('templates/late.yaml')]!);
    expect(fixed).toBe('templates:\n  - id: late\n    text:\n      zh: 请稍等\n      ru: Заказ задерживается\n');
    await client.change('templates/late.yaml', fixed, 3);
    expect(await client.diagnostics(uri('templates/late.yaml'), (d) => d.length === 0)).toEqual([]);
  });

  it('offers a suggestion that the fix checks accept as a code action too', async () => {
    const text = 'templates:\n  - id: wait\n    text:\n      zh: 请稍等\n      ru: "Подождите немного."\n';
    await client.open('templates/wait.yaml', text);
    const calque = (await client.diagnostics(uri('templates/wait.yaml'), (d) => d.length > 0)).find((d) => d.code === 'tone-calque')!;
    const actions = await client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('templates/wait.yaml') }, range: calque.range, context: { diagnostics: [calque], only: ['quickfix'] } });
    const suggestion = actions.find((a) => a.title.startsWith('otvet: Change to «Пожалуйста, подождите'));
    expect(suggestion?.isPreferred).toBeUndefined();
    expect(applyEdits(text, suggestion!.edit.changes[uri('templates/wait.yaml')]!)).toBe('templates:\n  - id: wait\n    text:\n      zh: 请稍等\n      ru: "Пожалуйста, подождите: проверяю информацию по заказу."\n');
    // In a plain scalar, the suggestion's ": " would make the YAML mean something else: not offered.
    const plain = 'templates:\n  - id: wait\n    text:\n      zh: 请稍等\n      ru: Подождите немного.\n';
    await client.change('templates/wait.yaml', plain, 2);
    const again = (await client.diagnostics(uri('templates/wait.yaml'), (d) => d.some((x) => x.code === 'tone-calque' && x.range.start.character === 10))).find((d) => d.code === 'tone-calque')!;
    const none = await client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('templates/wait.yaml') }, range: again.range, context: { diagnostics: [again], only: ['quickfix'] } });
    expect(none.filter((a) => a.title.includes('Пожалуйста'))).toEqual([]);
    await client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri: uri('templates/wait.yaml') } });
  });

  it('shows the rule and its message on hover', async () => {
    await client.open('templates/hover.yaml', 'templates:\n  - id: hover\n    text:\n      zh: 好\n      ru: Спасибо~\n');
    await client.diagnostics(uri('templates/hover.yaml'), (d) => d.length > 0);
    const hover = await client.rpc.sendRequest<{ contents: { kind: string; value: string } } | null>('textDocument/hover', { textDocument: { uri: uri('templates/hover.yaml') }, position: { line: 4, character: 17 } });
    expect(hover?.contents.kind).toBe('markdown');
    expect(hover!.contents.value).toMatch(/^\*\*otvet · tone-tilde\*\* \(error\)\n\nRemove the tilde/);
    expect(hover!.contents.value).toMatch(/\[About this rule\]\(file:\/\//);
    const nothing = await client.rpc.sendRequest('textDocument/hover', { textDocument: { uri: uri('templates/hover.yaml') }, position: { line: 0, character: 1 } });
    expect(nothing).toBeNull();
  });

  it('checks pack-wide across files, unsaved buffers included, and refreshes the other open file', async () => {
    // An id of a.yaml (on disk) in a new buffer: a duplicate.
    await client.open('templates/dup.yaml', 'templates:\n  - id: thanks\n    text:\n      zh: 谢谢\n      ru: Спасибо.\n');
    const dup = await client.diagnostics(uri('templates/dup.yaml'), (d) => d.some((x) => x.code === 'schema'));
    expect(dup.find((x) => x.code === 'schema')!.message).toContain('Duplicate template id “thanks”');
    // dup.yaml renames its template to the id of hover.yaml, another unsaved buffer (not on
    // disk): its own duplicate goes, and the pack-wide finding appears in hover.yaml (the later
    // file of the two), refreshed without hover.yaml changing.
    await client.change('templates/dup.yaml', 'templates:\n  - id: hover\n    text:\n      zh: 谢谢\n      ru: Спасибо.\n', 2);
    const hover = await client.diagnostics(uri('templates/hover.yaml'), (d) => d.some((x) => x.message.includes('Duplicate template id “hover”')));
    expect(hover.find((x) => x.code === 'schema')!.message).toContain('templates/dup.yaml');
    expect(await client.diagnostics(uri('templates/dup.yaml'), (d) => !d.some((x) => x.code === 'schema'))).toEqual([]);
    // Unique again: hover.yaml's duplicate goes too.
    await client.change('templates/dup.yaml', 'templates:\n  - id: unique\n    text:\n      zh: 谢谢\n      ru: Спасибо.\n', 3);
    expect((await client.diagnostics(uri('templates/hover.yaml'), (d) => !d.some((x) => x.code === 'schema'))).map((x) => x.code)).toEqual(['tone-tilde']);
  });

  it('files that are not templates of the config get no diagnostics', async () => {
    await client.open('otvet.config.yaml', 'templates: ["templates/**/*.yaml"]\n');
    expect(await client.diagnostics(uri('otvet.config.yaml'))).toEqual([]);
  });

  it('reads the config anew: a rule turned off there is gone after the watcher reports the change', async () => {
    writeFileSync(join(project.dir, 'otvet.config.yaml'), 'templates: ["templates/**/*.yaml"]\nrules:\n  tone-tilde: off\n');
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('otvet.config.yaml'), type: 2 }] });
    expect(await client.diagnostics(uri('templates/hover.yaml'), (d) => !d.some((x) => x.code === 'tone-tilde'))).toEqual([]);
    writeFileSync(join(project.dir, 'otvet.config.yaml'), 'templates: ["templates/**/*.yaml"]\n');
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('otvet.config.yaml'), type: 2 }] });
    await client.diagnostics(uri('templates/hover.yaml'), (d) => d.some((x) => x.code === 'tone-tilde'));
  });

  it('speaks the client’s language', async () => {
    const zh = new Client();
    await zh.initialize('zh-cn');
    await zh.open('templates/zh.yaml', 'templates:\n  - id: zh\n    text:\n      zh: 好\n      ru: Спасибо~\n');
    const d = await zh.diagnostics(uri('templates/zh.yaml'), (x) => x.length > 0);
    expect(d.find((x) => x.code === 'tone-tilde')!.message).toContain('波浪号');
    expect(await zh.stop()).toBe(0);
  });
});
