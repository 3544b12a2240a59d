/**
 * The language server and a config's rule plugins, in process over in-memory streams: a plugin
 * rule's diagnostics (code, link, hover, fix), a client that does not trust the workspace
 * (`initializationOptions.plugins: false`: no plugin is imported), and a plugin changed on disk.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useProjects } from '../cli.test-helper.js';
import { startLanguageServer } from './server.js';

const project = useProjects('lsp-plugins');

/**
 * The bin hands the bundle `__otvet_import`, Node.js's own `import()`, which plugins.ts uses when it
 * is there; without it, vitest's module runner would load (and keep) the plugin modules itself.
 */
type Importer = (url: string) => Promise<unknown>;
const scope = globalThis as { __otvet_import?: Importer };
beforeAll(() => {
  scope.__otvet_import = new vm.Script('(url) => import(url)', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }).runInThisContext() as Importer;
});
afterAll(() => {
  delete scope.__otvet_import;
});

interface Position {
  line: number;
  character: number;
}
interface Diagnostic {
  range: { start: Position; end: Position };
  severity: number;
  code?: string;
  codeDescription?: { href: string };
  message: string;
}

/** A server and a client joined by in-memory streams (the server never gets `exit`: it would end the process). */
async function connect(dir: string, initializationOptions?: unknown): Promise<{ rpc: MessageConnection; next: (uri: string) => Promise<Diagnostic[]> }> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  void startLanguageServer({ input: toServer, output: toClient, lang: 'en', langGiven: true, debounce: 5, moduleUrl: import.meta.url });
  const rpc = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map<string, (d: Diagnostic[]) => void>();
  rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    const wake = waiting.get(p.uri);
    waiting.delete(p.uri);
    wake?.(p.diagnostics);
  });
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions });
  await rpc.sendNotification('initialized', {});
  return { rpc, next: (uri) => new Promise((done) => waiting.set(uri, done)) };
}

/** Open a document and wait for its first diagnostics. */
async function open(rpc: MessageConnection, next: (uri: string) => Promise<Diagnostic[]>, uri: string, text: string): Promise<Diagnostic[]> {
  const got = next(uri);
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  return got;
}

/** A plugin «acme» (ES module or CommonJS) whose rule finds `word`; it leaves a marker file beside itself when imported. */
const ACME = (word: string, message: string, format: 'esm' | 'cjs' = 'esm'): string => `${format === 'esm' ? "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./acme.imported', import.meta.url), 'imported');" : "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'acme.imported'), 'imported');"}
const plugin = {
  name: 'acme',
  rules: [{
    meta: {
      id: 'acme/store-word',
      category: 'policy',
      description: { en: 'Say “салон”, not “магазин”.', zh: '说“салон”。', ru: 'Говорите «салон».' },
      fixable: true,
      recommended: 'warning',
      scope: 'target',
      url: 'https://example.com/otvet-acme/store-word',
      defaults: {},
      messages: { word: { en: '${message}', zh: '请改写。', ru: 'Перепишите.' } },
    },
    check(context) {
      const at = context.target.value.indexOf(${JSON.stringify(word)});
      if (at >= 0) context.report({ messageId: 'word', start: at, end: at + ${word.length}, expected: ['салон'] });
    },
  }],
};
${format === 'esm' ? 'export default plugin;' : 'module.exports = plugin;'}
`;

// «Ждём» at 4:10-4:14, «магазин» at 4:27-4:34 (0-based lines and characters).
const TEMPLATE = 'templates:\n  - id: store\n    text:\n      zh: 欢迎光临我们的商店。\n      ru: Ждём вас в нашем магазине.\n';
const CONFIG = 'source: zh\ntarget: ru\nplugins:\n  - ./rules/acme.mjs\n';

const storeWord = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code === 'acme/store-word');

describe('otvet lsp with a config’s plugins', () => {
  it('publishes a plugin rule’s findings with its id as the code and its url as the code’s link; hover and quick fix work', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'rules/acme.mjs': ACME('магазин', 'Call it “салон”.'), 'templates/a.yaml': TEMPLATE });
    const { rpc, next } = await connect(dir);
    const uri = pathToFileURL(join(dir, 'templates/a.yaml')).href;
    const diagnostics = await open(rpc, next, uri, TEMPLATE);
    expect(storeWord(diagnostics)).toEqual([
      { range: { start: { line: 4, character: 27 }, end: { line: 4, character: 34 } }, severity: 2, source: 'otvet', code: 'acme/store-word', codeDescription: { href: 'https://example.com/otvet-acme/store-word' }, message: 'Call it “салон”.' },
    ]);
    expect(existsSync(join(dir, 'rules/acme.imported'))).toBe(true);

    const at = { line: 4, character: 30 };
    const hover = await rpc.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: at });
    expect(hover?.contents.value).toContain('**otvet · acme/store-word**');
    expect(hover?.contents.value).toContain('Say “салон”, not “магазин”.');
    expect(hover?.contents.value).toContain('(https://example.com/otvet-acme/store-word)');

    const actions = await rpc.sendRequest<{ kind: string; edit: { changes: Record<string, { newText: string; range: unknown }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: storeWord(diagnostics), only: ['quickfix'] },
    });
    expect(actions.flatMap((a) => a.edit.changes[uri] ?? [])).toContainEqual({ range: { start: { line: 4, character: 27 }, end: { line: 4, character: 34 } }, newText: 'салон' });
    rpc.dispose();
  });

  it('plugins: false (an untrusted workspace): the plugin is not imported, its rule settings are no error, otvet’s own rules report', async () => {
    const config = `${CONFIG}rules:\n  acme/store-word: error\n  acme/no-such-rule: warning\n`;
    const text = TEMPLATE.replace('магазине.', 'магазине~');
    const dir = project({ 'otvet.config.yaml': config, 'rules/acme.mjs': ACME('магазин', 'Call it “салон”.'), 'templates/a.yaml': text });
    const uri = pathToFileURL(join(dir, 'templates/a.yaml')).href;

    const untrusted = await connect(dir, { plugins: false });
    const diagnostics = await open(untrusted.rpc, untrusted.next, uri, text);
    // Every diagnostic is a finding (a config that cannot be read is one diagnostic without a code).
    expect(diagnostics.every((d) => typeof d.code === 'string')).toBe(true);
    expect(diagnostics.map((d) => d.code)).toContain('tone-tilde');
    expect(diagnostics.filter((d) => d.code?.startsWith('acme/'))).toEqual([]);
    expect(existsSync(join(dir, 'rules/acme.imported'))).toBe(false);
    untrusted.rpc.dispose();

    // The same workspace trusted: the plugin is imported, and its settings are checked.
    const trusted = await connect(dir);
    const refused = await open(trusted.rpc, trusted.next, uri, text);
    expect(existsSync(join(dir, 'rules/acme.imported'))).toBe(true);
    expect(refused.map((d) => d.message)).toEqual([expect.stringMatching(/^otvet\.config\.yaml:7:3: .*Unknown rule “acme\/no-such-rule”/u)]);
    trusted.rpc.dispose();
  });

  it('a plugin changed on disk: after didChangeWatchedFiles the diagnostics come from its new code', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'rules/acme.mjs': ACME('магазин', 'Call it “салон”.'), 'templates/a.yaml': TEMPLATE });
    const { rpc, next } = await connect(dir);
    const uri = pathToFileURL(join(dir, 'templates/a.yaml')).href;
    expect(storeWord(await open(rpc, next, uri, TEMPLATE)).map((d) => d.message)).toEqual(['Call it “салон”.']);

    writeFileSync(join(dir, 'rules/acme.mjs'), ACME('Ждём', 'Write “Будем рады видеть”.'));
    const again = next(uri);
    await rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'rules/acme.mjs')).href, type: 2 }] });
    expect(storeWord(await again).map((d) => [d.range.start, d.range.end, d.message])).toEqual([[{ line: 4, character: 10 }, { line: 4, character: 14 }, 'Write “Будем рады видеть”.']]);
    rpc.dispose();
  });

  it('a CommonJS plugin changed on disk is reloaded too', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG.replace('acme.mjs', 'acme.cjs'), 'rules/acme.cjs': ACME('магазин', 'Call it “салон”.', 'cjs'), 'templates/a.yaml': TEMPLATE });
    const { rpc, next } = await connect(dir);
    const uri = pathToFileURL(join(dir, 'templates/a.yaml')).href;
    try {
      expect(storeWord(await open(rpc, next, uri, TEMPLATE)).map((d) => d.message)).toEqual(['Call it “салон”.']);
      writeFileSync(join(dir, 'rules/acme.cjs'), ACME('Ждём', 'Write “Будем рады видеть”.', 'cjs'));
      const again = next(uri);
      await rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'rules/acme.cjs')).href, type: 2 }] });
      expect(storeWord(await again).map((d) => d.message)).toEqual(['Write “Будем рады видеть”.']);
    } finally {
      rpc.dispose();
    }
  });

  it('a change to a module that a plugin imports is picked up', async () => {
    const plugin = `import { WORD, MESSAGE } from './words.mjs';\n${ACME('WORD', 'MESSAGE').replace('"WORD"', 'WORD').replace("'MESSAGE'", 'MESSAGE').replace('at + 4', 'at + WORD.length')}`;
    const dir = project({
      'otvet.config.yaml': CONFIG,
      'rules/acme.mjs': plugin,
      'rules/words.mjs': "export const WORD = 'магазин';\nexport const MESSAGE = 'Call it “салон”.';\n",
      'templates/a.yaml': TEMPLATE,
    });
    const { rpc, next } = await connect(dir);
    const uri = pathToFileURL(join(dir, 'templates/a.yaml')).href;
    try {
      expect(storeWord(await open(rpc, next, uri, TEMPLATE)).map((d) => [d.range.start, d.message])).toEqual([[{ line: 4, character: 27 }, 'Call it “салон”.']]);
      writeFileSync(join(dir, 'rules/words.mjs'), "export const WORD = 'Ждём';\nexport const MESSAGE = 'Write “Будем рады видеть”.';\n");
      const again = next(uri);
      await rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'rules/words.mjs')).href, type: 2 }] });
      expect(storeWord(await again).map((d) => d.message)).toEqual(['Write “Будем рады видеть”.']);
    } finally {
      rpc.dispose();
    }
  });
});
