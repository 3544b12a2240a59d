import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig, resolveRules } from './config.js';
import { lintTexts, TemplateMemo, type LintOptions, type LintResult, type SourceText } from './engine.js';
import { decodeFinding, encodeFinding, entryResult, MessageTable, parseCacheIndex, parseCacheShard, StateTable, encodeTemplateReports, decodeTemplateReports, type CacheEntry, type LintCache } from './cache.js';
import type { Config } from './types.js';
import { firstRule, markRule, testCatalog } from './test-rules.test-helper.js';
import { parseTemplateDocument } from './load.js';

const catalog = testCatalog();

/** A store that keeps entries as JSON text, as a file would (nothing shared with the engine's objects). */
class MemoryCache implements LintCache {
  readonly stored = new Map<string, { text: string; json: string }>();
  gets = 0;
  sets: string[] = [];

  get({ path, text }: SourceText): CacheEntry | undefined {
    this.gets++;
    const s = this.stored.get(path);
    return s && s.text === text ? (JSON.parse(s.json) as CacheEntry) : undefined;
  }

  set({ path, text }: SourceText, entry: CacheEntry): void {
    this.sets.push(path);
    const result = entryResult(entry);
    this.stored.set(path, { text, json: JSON.stringify({ ...entry, ...(result ? { result } : {}) }) });
  }
}

/** A store that also gives back the template reports of a file's last entry, as the one on disk does. */
class ReportsCache extends MemoryCache {
  previous({ path }: SourceText): CacheEntry['templates'] {
    const s = this.stored.get(path);
    return s && (JSON.parse(s.json) as CacheEntry).templates;
  }
}

const t = (id: string, ru: string, extra = ''): string => `  - id: ${id}\n${extra}    text:\n      ru: ${ru}\n`;

function options(cache?: LintCache, focus?: string[]): LintOptions {
  const config: Config = { ...defaultConfig(), rules: { 'test-first': 'warning', 'test-mark': 'error', 'test-info': 'info' } };
  return {
    config,
    rules: resolveRules(config, catalog),
    catalog,
    lang: 'en',
    keepDocuments: false,
    ...(cache ? { cache } : {}),
    ...(focus ? { focus: (p: string) => focus.includes(p) } : {}),
  };
}

/** Everything a report shows of a result (not whether it came from the cache). */
function shown(result: LintResult): unknown {
  return {
    summary: result.summary,
    files: result.files.map((f) => ({
      path: f.path,
      checked: f.checked,
      templates: f.templates,
      messages: f.messages.map((m) => ({ ...m, stack: undefined })),
    })),
  };
}

/**
 * What `lint --context` shows (as the CLI's focusResult): the given files, and of the others only
 * what a given file caused.
 */
function shownFocus(result: LintResult, focus: string[]): unknown {
  const files = (shown(result) as { files: { path: string; messages: { cause?: string }[] }[] }).files;
  return files.flatMap((f) => {
    if (focus.includes(f.path)) return [f];
    const messages = f.messages.filter((m) => focus.some((p) => m.cause?.startsWith(`${p}:`)));
    return messages.length ? [{ path: f.path, messages }] : [];
  });
}

const lint = (files: Record<string, string>, cache?: LintCache, focus?: string[]): LintResult =>
  lintTexts(Object.entries(files).map(([path, text]) => ({ path, text, bom: false })), options(cache, focus));

// Cross-file findings of every kind: a duplicate id (a2 in a.yaml and b.yaml), the pack's first
// «Вы» (test-first: its cause is in a.yaml), a suppression, a file that cannot be read.
const pack = (): Record<string, string> => ({
  'a.yaml': `templates:\n${t('a1', 'Нет')}${t('a2', '"Вы тут"')}`,
  'b.yaml': `templates:\n${t('b1', 'Вы молодец')}${t('a2', 'Да, Вы тут', '    lint: { disable: [{ rule: test-mark, reason: ok }] }\n')}`,
  'c.yaml': `templates:\n${t('c1', 'Вы снова')}`,
  'd.yaml': 'templates: [oops',
});

describe('lint cache: the same report as without it', () => {
  it('on a cold and a warm cache, with pack-wide findings across files', () => {
    const plain = shown(lint(pack()));
    const cache = new MemoryCache();
    const cold = lint(pack(), cache);
    expect(shown(cold)).toEqual(plain);
    expect(cold.files.map((f) => f.cached ?? false)).toEqual([false, false, false, false]);
    const warm = lint(pack(), cache);
    expect(shown(warm)).toEqual(plain);
    expect(warm.files.map((f) => f.cached ?? false)).toEqual([true, true, true, true]);
    // The report is not empty: the cross-file findings are there.
    expect(warm.files[1]!.messages.map((m) => `${m.ruleId} ${m.cause ?? ''}`)).toEqual(['test-first a.yaml:7:12', 'schema a.yaml:5:9', 'suppression ']);
  });

  it('lints again a file whose text changed, and the files after it whose pack-wide state or earlier ids changed', () => {
    const cache = new MemoryCache();
    lint(pack(), cache);
    // a.yaml no longer has «Вы» nor a2: b.yaml's first «Вы» is its own now, and a2 is not a duplicate.
    const changed = { ...pack(), 'a.yaml': `templates:\n${t('a1', 'Нет')}` };
    cache.sets = [];
    const result = lint(changed, cache);
    expect(shown(result)).toEqual(shown(lint(changed)));
    // d.yaml too: it comes after a change of the pack-wide state (whether it uses it is not known).
    expect(result.files.map((f) => f.cached ?? false)).toEqual([false, false, false, false]);
    expect(cache.sets).toEqual(['a.yaml', 'b.yaml', 'c.yaml', 'd.yaml']);
    // c.yaml's «Вы» is now reported against b.yaml's.
    expect(result.files[2]!.messages[0]!.cause).toBe('b.yaml:4:11');
  });

  it('lints again the files after one whose ids moved (a cause that points into it)', () => {
    const cache = new MemoryCache();
    lint(pack(), cache);
    const moved = { ...pack(), 'a.yaml': `# a comment\ntemplates:\n${t('a1', 'Нет')}${t('a2', '"Вы тут"')}` };
    const result = lint(moved, cache);
    expect(shown(result)).toEqual(shown(lint(moved)));
    expect(result.files[1]!.messages.map((m) => m.cause)).toEqual(['a.yaml:8:12', 'a.yaml:6:9', undefined]);
    expect(result.files[1]!.cached ?? false).toBe(false);
  });

  it('with --context: the same as without the cache, on a cold and a warm cache, and a later full lint too', () => {
    const focus = ['b.yaml'];
    const plain = shownFocus(lint(pack(), undefined, focus), focus);
    const cache = new MemoryCache();
    expect(shownFocus(lint(pack(), cache, focus), focus)).toEqual(plain);
    // The files outside the focus got entries of the pack-wide rules only…
    const scopes = [...cache.stored].map(([path, s]) => `${path} ${(JSON.parse(s.json) as CacheEntry).scope}`);
    expect(scopes).toEqual(['a.yaml pack', 'b.yaml full', 'c.yaml pack', 'd.yaml pack']);
    const warm = lint(pack(), cache, focus);
    expect(shownFocus(warm, focus)).toEqual(plain);
    expect(warm.files.every((f) => f.cached)).toBe(true);
    // …which a full lint cannot use: it lints them (and gets what a lint without the cache gets).
    const full = lint(pack(), cache);
    expect(shown(full)).toEqual(shown(lint(pack())));
    expect(full.files.map((f) => f.cached ?? false)).toEqual([false, true, false, false]);
    // Full entries serve files in the focus and outside it.
    const again = lint(pack(), cache, ['c.yaml']);
    expect(shownFocus(again, ['c.yaml'])).toEqual(shownFocus(lint(pack(), undefined, ['c.yaml']), ['c.yaml']));
    expect(again.files.map((f) => f.cached ?? false)).toEqual([true, true, true, true]);
  });

  it('does not use an entry that does not fit the file (a damaged or forged store)', () => {
    const cache = new MemoryCache();
    lint(pack(), cache);
    const b = cache.stored.get('b.yaml')!;
    const entry = JSON.parse(b.json) as CacheEntry & { result: { findings: { start: number }[] } };
    entry.result.findings[0]!.start = 10_000;
    cache.stored.set('b.yaml', { text: b.text, json: JSON.stringify(entry) });
    const result = lint(pack(), cache);
    expect(shown(result)).toEqual(shown(lint(pack())));
    expect(result.files[1]!.cached ?? false).toBe(false);
  });

  it('does not use an entry whose ids and offsets do not pair up', () => {
    const cache = new MemoryCache();
    lint(pack(), cache);
    const b = cache.stored.get('b.yaml')!;
    const entry = JSON.parse(b.json) as CacheEntry;
    expect(entry.offsets).toHaveLength(entry.ids.length);
    cache.stored.set('b.yaml', { text: b.text, json: JSON.stringify({ ...entry, offsets: entry.offsets.slice(1) }) });
    const result = lint(pack(), cache);
    expect(shown(result)).toEqual(shown(lint(pack())));
    expect(result.files.map((f) => f.cached ?? false)).toEqual([true, false, true, true]);
  });

  it('does not use an entry whose whole report is lost', () => {
    const cache = new MemoryCache();
    const lost: LintCache = {
      get: (source) => {
        const e = cache.get(source);
        return e ? { ...e, result: () => undefined } : undefined;
      },
      set: (source, entry) => cache.set(source, entry),
    };
    lint(pack(), cache);
    const result = lint(pack(), lost);
    expect(shown(result)).toEqual(shown(lint(pack())));
    expect(result.files.filter((f) => f.cached).map((f) => f.path)).toEqual([]);
  });
});

describe('lint cache: the templates of a file that changed', () => {
  afterEach(() => vi.restoreAllMocks());
  const three = (a2: string): Record<string, string> => ({ 'a.yaml': `templates:\n${t('a1', 'Нет~')}${t('a2', a2)}${t('a3', 'Ну тут~ и~')}`, 'b.yaml': `templates:\n${t('b1', 'Да~')}` });

  it('keep their reports: only the template that changed is checked again', () => {
    const cache = new ReportsCache();
    lint(three('Да~'), cache);
    const mark = vi.spyOn(markRule, 'check');
    // a2's text changes: a1 and a3 are as they were (a3 even moves: a2 grows by a line).
    const changed = three('|\n        Да~~ и нет~');
    const result = lint(changed, cache);
    expect(mark).toHaveBeenCalledTimes(1);
    expect(shown(result)).toEqual(shown(lint(changed)));
    expect(result.files.map((f) => f.cached ?? false)).toEqual([false, true]);
    // The new entry keeps the reports of all three, for the next change.
    expect(Object.keys((JSON.parse(cache.stored.get('a.yaml')!.json) as CacheEntry).templates ?? {})).toHaveLength(3);
    mark.mockClear();
    // a2 changes again: checked once more (the reports of a1 and a3 came through the last entry).
    const again = three('Да~ ~');
    const third = lint(again, cache);
    expect(mark).toHaveBeenCalledTimes(1);
    expect(shown(third)).toEqual(shown(lint(again)));
  });

  it('are checked again after a change of the pack-wide state before them, and without the store\'s reports', () => {
    const cache = new ReportsCache();
    const files = (a1: string): Record<string, string> => ({ 'a.yaml': `templates:\n${t('a1', a1)}${t('a2', 'Вы снова')}${t('a3', 'Вы опять')}` });
    lint(files('Нет'), cache);
    const first = vi.spyOn(firstRule, 'check');
    // a1 becomes the pack's first «Вы»: a2 and a3 follow another state, and are reported against it.
    const changed = files('"Вы тут"');
    const result = lint(changed, cache);
    expect(first).toHaveBeenCalledTimes(3);
    expect(shown(result)).toEqual(shown(lint(changed)));
    expect(result.files[0]!.messages.filter((m) => m.ruleId === 'test-first').map((m) => m.cause)).toEqual(['a.yaml:4:12', 'a.yaml:4:12']);
    // A store that keeps no template reports: every template of a changed file is checked.
    const plain = new MemoryCache();
    lint(files('Нет'), plain);
    first.mockClear();
    lint(files('Нет, нет'), plain);
    expect(first).toHaveBeenCalledTimes(3);
  });

  it('are kept for the files of the focus only (lint --context)', () => {
    const cache = new ReportsCache();
    lint(three('Да~'), cache, ['b.yaml']);
    const stored = (path: string): CacheEntry => JSON.parse(cache.stored.get(path)!.json) as CacheEntry;
    expect(stored('a.yaml').templates).toBeUndefined();
    expect(Object.keys(stored('b.yaml').templates ?? {})).toHaveLength(1);
  });
});

describe('lint cache files', () => {
  it('keep each message once, and findings refer to it', () => {
    const table = new MessageTable();
    const message = { en: 'E', zh: 'Z', ru: 'R' };
    const a = encodeFinding({ ruleId: 'r', messageId: 'm', message, start: 0, end: 1, severity: 'error' }, table);
    const b = encodeFinding({ ruleId: 'r', messageId: 'm', message: { ...message }, note: { en: 'n', zh: 'n', ru: 'n' }, start: 2, end: 3, severity: 'warning' }, table);
    expect(table.list).toEqual([message, { en: 'n', zh: 'n', ru: 'n' }]);
    expect([a.message, b.message, b.note]).toEqual([0, 0, 1]);
    expect(decodeFinding(b, table.list)).toEqual({ ruleId: 'r', messageId: 'm', message, note: { en: 'n', zh: 'n', ru: 'n' }, start: 2, end: 3, severity: 'warning' });
    expect(decodeFinding({ ...b, message: 7 }, table.list)).toBeUndefined();
  });

  it('are read only when they pass the schema and were made with the same key', () => {
    const index = { format: 2, key: 'k', messages: [], files: { 'a.yaml': { hash: 'a'.repeat(64), scope: 'full', ids: ['t'], offsets: [3], seen: {}, stateIn: {}, stateOut: {}, checked: true, caused: [] } } };
    const text = JSON.stringify(index);
    expect(parseCacheIndex(text, 'k')).toEqual(index);
    expect(parseCacheIndex(text, 'other')).toBeUndefined();
    expect(parseCacheIndex(text.slice(0, -5), 'k')).toBeUndefined();
    // An index of the first format (a pair per id) is not read: it is rebuilt.
    expect(parseCacheIndex(JSON.stringify({ ...index, format: 1, files: { 'a.yaml': { ...index.files['a.yaml'], ids: [['t', 3]], offsets: undefined } } }), 'k')).toBeUndefined();
    expect(parseCacheIndex(JSON.stringify({ ...index, format: 1 }), 'k')).toBeUndefined();
    expect(parseCacheIndex(JSON.stringify({ ...index, files: { 'a.yaml': { ...index.files['a.yaml'], offsets: [-1] } } }), 'k')).toBeUndefined();
    const shard = { format: 1, messages: [{ en: 'e', zh: 'z', ru: 'r' }], findings: [{ ruleId: 'r', messageId: 'm', message: 0, start: 0, end: 1, severity: 'error' }], templates: [] };
    expect(parseCacheShard(JSON.stringify(shard))).toEqual(shard);
    expect(parseCacheShard(JSON.stringify({ ...shard, findings: [{ ...shard.findings[0], severity: 'fatal' }] }))).toBeUndefined();
    expect(parseCacheShard('{')).toBeUndefined();
    // Template reports: each report with the fields of a finding only, states by index.
    const reports = { k: { stateIn: 0, stateOut: 1, words: 3, reports: [[0, { messageId: 'm', start: 0, end: 1, fix: false }], [1, { messageId: 'n', start: 1, end: 2, fix: { start: 1, end: 2, text: '' }, note: { en: 'e', zh: 'z', ru: 'r' } }]] } };
    const states = ['[]', '[["r\\u0000k",{}]]'];
    expect(parseCacheShard(JSON.stringify({ ...shard, states, reports }))).toEqual({ ...shard, states, reports });
    expect(parseCacheShard(JSON.stringify({ ...shard, states, reports: { k: { ...reports.k, reports: [[0, { messageId: 'm', start: 0, end: 1, extra: 1 }]] } } }))).toBeUndefined();
    expect(parseCacheShard(JSON.stringify({ ...shard, states, reports: { k: { ...reports.k, stateIn: undefined } } }))).toBeUndefined();
    expect(parseCacheShard(JSON.stringify({ ...shard, states, reports: { k: { ...reports.k, stateIn: '[]' } } }))).toBeUndefined();
    expect(parseCacheShard(JSON.stringify({ ...shard, states, reports: { k: { ...reports.k, reports: [[-1, { messageId: 'm', start: 0, end: 1 }]] } } }))).toBeUndefined();
  });

  it('keep template reports with each state once, and of a report only what a finding is made of', () => {
    const report = { messageId: 'm', start: 0, end: 2, data: { a: 1 }, in: 'source' as const, actual: 'x', expected: ['y'], fix: { start: 0, end: 2, text: 'y' }, note: { en: 'e', zh: 'z', ru: 'r' }, cause: 'a.yaml:1:1' };
    const table = new StateTable();
    const changed = encodeTemplateReports({ stateIn: 'i', stateOut: 'o', words: 4, place: 'p', reports: [[2, { ...report, extra: true } as typeof report]] }, table);
    const same = encodeTemplateReports({ stateIn: 'o', stateOut: 'o', reports: [[0, { messageId: 'm', start: 0, end: 0, fix: false }]] }, table);
    expect(table.list).toEqual(['i', 'o']);
    expect([changed, same]).toEqual([
      { stateIn: 0, stateOut: 1, words: 4, place: 'p', reports: [[2, report]] },
      { stateIn: 1, reports: [[0, { messageId: 'm', start: 0, end: 0, fix: false }]] },
    ]);
    expect(decodeTemplateReports(changed, table.list)).toEqual({ stateIn: 'i', stateOut: 'o', words: 4, place: 'p', reports: [[2, report]] });
    expect(decodeTemplateReports(same, table.list)).toEqual({ stateIn: 'o', stateOut: 'o', reports: [[0, { messageId: 'm', start: 0, end: 0, fix: false }]] });
    expect(decodeTemplateReports({ ...same, stateIn: 2 }, table.list)).toBeUndefined();
    expect(decodeTemplateReports({ ...changed, stateOut: 5 }, table.list)).toBeUndefined();
  });
});

describe('template memo (the lint passes of --fix)', () => {
  afterEach(() => vi.restoreAllMocks());
  const withMemo = (files: Record<string, string>, memo: TemplateMemo): LintResult =>
    lintTexts(Object.entries(files).map(([path, text]) => ({ path, text, bom: false })), { ...options(), memo });

  it('gives an unchanged template the same reports without running the rules, placed anew where an edit above moved it', () => {
    const memo = new TemplateMemo();
    const before = { 'a.yaml': `templates:\n${t('a1', 'Нет~')}${t('a2', 'Да~ и~')}${t('a3', 'Ну тут~')}` };
    expect(shown(withMemo(before, memo))).toEqual(shown(lint(before)));
    expect(memo.size).toBe(3);
    const mark = vi.spyOn(markRule, 'check');
    // a1 grows by a line and a character: a2 and a3 move, their texts do not change.
    const after = { 'a.yaml': `templates:\n${t('a1', '|\n        Нет~~')}${t('a2', 'Да~ и~')}${t('a3', 'Ну тут~')}` };
    const result = withMemo(after, memo);
    expect(mark).toHaveBeenCalledTimes(1);
    expect(shown(result)).toEqual(shown(lint(after)));
    expect(result.files[0]!.messages.filter((m) => m.ruleId === 'test-mark').map((m) => `${m.line}:${m.column}`)).toEqual(['5:12', '5:13', '8:13', '8:16', '11:17']);
  });

  it('runs the rules again after a change of the pack-wide state, and where a report named a place that moved', () => {
    const memo = new TemplateMemo();
    const before = { 'a.yaml': `templates:\n${t('a1', 'Нет')}${t('a2', '"Вы тут"')}${t('a3', 'Вы снова')}` };
    withMemo(before, memo);
    const first = vi.spyOn(firstRule, 'check');
    // a2 is the first «Вы»: it moves down one line, and a3's report names it.
    const moved = { 'a.yaml': `templates:\n${t('a1', '|\n        Нет')}${t('a2', '"Вы тут"')}${t('a3', 'Вы снова')}` };
    const result = withMemo(moved, memo);
    // a1 changed; a2 called locate and moved; a3's state before it changed (the place of a2).
    expect(first).toHaveBeenCalledTimes(3);
    expect(shown(result)).toEqual(shown(lint(moved)));
    expect(result.files[0]!.messages.find((m) => m.ruleId === 'test-first')?.cause).toBe('a.yaml:8:12');
  });
});

describe('documents already parsed (the checks of --fix)', () => {
  it('are read instead of parsing the text again', () => {
    const text = `templates:\n${t('a1', 'Нет~')}`;
    const sources = [{ path: 'a.yaml', text, bom: false }];
    expect(lintTexts(sources, options()).summary.errors).toBe(1);
    // A document of another text (same length, no mark) shows that it is the one read.
    const other = parseTemplateDocument(text.replace('~', '.'));
    expect(lintTexts(sources, { ...options(), documents: (path, t2) => (path === 'a.yaml' && t2 === text ? other : undefined) }).summary.errors).toBe(0);
  });
});

describe('a file from the cache with nothing to show', () => {
  it('is not decoded: its text is not read', () => {
    const stored = new Map<string, CacheEntry>();
    // A store that finds entries by digest, as the CLI's does (it never reads the text).
    const byDigest: LintCache = {
      get: (source) => stored.get(`${source.path} ${source.digest}`),
      set: (source, entry) => void stored.set(`${source.path} ${source.digest}`, JSON.parse(JSON.stringify({ ...entry, result: entryResult(entry) })) as CacheEntry),
    };
    const files = pack();
    const sources = (untouchable: string[]): SourceText[] =>
      Object.entries(files).map(([path, text]) => ({
        path,
        bom: false,
        digest: `digest of ${text}`,
        get text(): string {
          if (untouchable.includes(path)) throw new Error(`${path} was decoded`);
          return text;
        },
      }));
    const focus = (p: string): boolean => p === 'c.yaml';
    const plain = lintTexts(sources([]), { ...options(), focus });
    lintTexts(sources([]), { ...options(byDigest), focus });
    // b.yaml and d.yaml have nothing that c.yaml caused. (a.yaml is read: it holds the first a2,
    // and the place of a duplicate's first occurrence is worked out from the text.)
    const warm = lintTexts(sources(['b.yaml', 'd.yaml']), { ...options(byDigest), focus });
    expect(shownFocus(warm, ['c.yaml'])).toEqual(shownFocus(plain, ['c.yaml']));
    expect(warm.files.every((f) => f.cached)).toBe(true);
  });
});
