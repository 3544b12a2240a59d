/** The cache on disk (cache.ts): what it keeps, what it drops, when it writes. */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, useProjects } from './cli.test-helper.js';
import { FileCache, cacheKey, readAhead } from './cache.js';
import { fileStamp, readSources } from './files.js';
import { lintProject, prepareLint } from './lint-project.js';

const project = useProjects('cache');

const tmpl = (id: string, ru: string): string => `templates:\n  - id: ${id}\n    text:\n      zh: 您好\n      ru: ${ru}\n`;
const files = (): Record<string, string> => ({
  'otvet.config.yaml': 'source: zh\ntarget: ru\ntemplates: ["t/*.yaml"]\nextends: recommended\n',
  't/a.yaml': tmpl('a', 'Здравствуйте! Подождите немного~'),
  't/b.yaml': tmpl('b', 'Спасибо за заказ.'),
  't/c.yaml': tmpl('a', 'Заказ отправлен.'),
});

async function open(dir: string, paths: string[] = []): Promise<{ cache: FileCache; lint: () => ReturnType<typeof lintProject> }> {
  const prepared = await prepareLint(dir, paths, {}, 'en');
  const cache = new FileCache(join(dir, '.otvet-cache'), prepared, cacheKey(prepared, 'test'));
  return { cache, lint: () => lintProject(prepared, cache) };
}

const cacheFiles = (cache: FileCache): string[] => readdirSync(cache.dir).sort();

describe('FileCache', () => {
  it('keeps every file and its report, and gives them back to the next run', async () => {
    const dir = project(files());
    const first = await open(dir);
    expect(first.lint().files.map((f) => f.cached ?? false)).toEqual([false, false, false]);
    expect(first.cache.save()).toBeUndefined();
    // The index and one report per file (b.yaml has no findings: its report is small, but there).
    expect(cacheFiles(first.cache)).toHaveLength(4);
    const second = await open(dir);
    const result = second.lint();
    expect(result.files.map((f) => f.cached)).toEqual([true, true, true]);
    expect(result.files.map((f) => f.messages.map((m) => m.ruleId))).toEqual([['tone-calque', 'tone-tilde'], [], ['schema']]);
  });

  it('writes nothing when nothing changed', async () => {
    const dir = project(files());
    const first = await open(dir);
    first.lint();
    first.cache.save();
    const before = statSync(join(first.cache.dir, 'index.json'));
    const second = await open(dir);
    second.lint();
    expect(second.cache.save()).toBeUndefined();
    // The index is replaced (a new inode) on every write: not this time.
    expect(statSync(join(second.cache.dir, 'index.json')).ino).toBe(before.ino);
  });

  it('keeps the entries of files not linted this time while they exist, and drops those of deleted files', async () => {
    const dir = project(files());
    const all = await open(dir);
    all.lint();
    all.cache.save();
    rmSync(join(dir, 't/c.yaml'));
    writeFileSync(join(dir, 't/b.yaml'), tmpl('b', 'Спасибо за ваш заказ.'));
    const some = await open(dir, ['t/b.yaml']);
    some.lint();
    some.cache.save();
    const index = JSON.parse(readFileSync(join(some.cache.dir, 'index.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(index.files).sort()).toEqual(['t/a.yaml', 't/b.yaml']);
  });

  it('removes report files no entry uses, once they are a quarter of an hour old', async () => {
    const dir = project(files());
    const first = await open(dir);
    first.lint();
    first.cache.save();
    writeFileSync(join(first.cache.dir, `${'0'.repeat(64)}.json`), '{}');
    const old = new Date(Date.now() - 20 * 60_000);
    for (const name of cacheFiles(first.cache)) utimesSync(join(first.cache.dir, name), old, old);
    const before = cacheFiles(first.cache);
    // Written a moment ago (by a concurrent run, say): it stays.
    writeFileSync(join(first.cache.dir, `${'1'.repeat(64)}.json`), '{}');
    writeFileSync(join(dir, 't/b.yaml'), tmpl('b', 'Спасибо!'));
    const second = await open(dir);
    second.lint();
    second.cache.save();
    const names = cacheFiles(second.cache);
    expect(names).not.toContain(`${'0'.repeat(64)}.json`);
    expect(names).toContain(`${'1'.repeat(64)}.json`);
    // b.yaml's report changed: the old one went, the reports still in use stayed (old as they are).
    expect(names).toHaveLength(5);
    expect(before.filter((n) => !names.includes(n))).toHaveLength(2);
  });

  it('does not use a report file whose content is not what its name says', async () => {
    const dir = project(files());
    const first = await open(dir);
    first.lint();
    first.cache.save();
    const index = JSON.parse(readFileSync(join(first.cache.dir, 'index.json'), 'utf8')) as { files: Record<string, { shard: string }> };
    const shard = join(first.cache.dir, `${index.files['t/a.yaml']!.shard}.json`);
    writeFileSync(shard, readFileSync(shard, 'utf8').replace('"end":', '"end": '));
    const second = await open(dir);
    expect(second.lint().files.map((f) => f.cached ?? false)).toEqual([false, true, true]);
  });

  it('gives back the reports of the templates of a file that changed: only the changed template is checked', async () => {
    const two = (b: string): string => `${tmpl('a', 'Здравствуйте! Подождите немного~')}  - id: b\n    text:\n      zh: 好\n      ru: ${b}\n`;
    const dir = project({ ...files(), 't/a.yaml': two('Спасибо~ за заказ.') });
    const first = await open(dir);
    first.lint();
    first.cache.save();
    writeFileSync(join(dir, 't/a.yaml'), two('Спасибо~ за новый заказ~'));
    const prepared = await prepareLint(dir, [], {}, 'en');
    const cache = new FileCache(join(dir, '.otvet-cache'), prepared, cacheKey(prepared, 'test'));
    expect(Object.keys(cache.previous(prepared.sources.find((s) => s.path === 't/a.yaml')!) ?? {})).toHaveLength(2);
    const tilde = prepared.lintOptions.rules.find((r) => r.rule.meta.id === 'tone-tilde')!.rule;
    const check = vi.spyOn(tilde, 'check');
    const result = lintProject(prepared, cache);
    expect(check).toHaveBeenCalledTimes(1);
    check.mockRestore();
    const plain = lintProject(await prepareLint(dir, [], {}, 'en'));
    const shown = (r: typeof result): unknown => r.files.map((f) => [f.path, f.templates, f.messages.map((m) => [m.ruleId, m.line, m.column, m.message])]);
    expect(shown(result)).toEqual(shown(plain));
    expect(result.files[0]!.messages.filter((m) => m.ruleId === 'tone-tilde')).toHaveLength(3);
    // Report files that do not pass the schema are not used: everything is checked again.
    cache.save();
    const index = JSON.parse(readFileSync(join(cache.dir, 'index.json'), 'utf8')) as { files: Record<string, { shard: string }> };
    const shardPath = join(cache.dir, `${index.files['t/a.yaml']!.shard}.json`);
    // (Its template reports refer to pack-wide states that it does not have.)
    const broken = JSON.stringify({ ...(JSON.parse(readFileSync(shardPath, 'utf8')) as object), states: [] });
    writeFileSync(join(cache.dir, `${createHash('sha256').update(broken).digest('hex')}.json`), broken);
    index.files['t/a.yaml']!.shard = createHash('sha256').update(broken).digest('hex');
    writeFileSync(join(cache.dir, 'index.json'), JSON.stringify(index));
    writeFileSync(join(dir, 't/a.yaml'), two('Спасибо~'));
    const third = await prepareLint(dir, [], {}, 'en');
    const again = new FileCache(join(dir, '.otvet-cache'), third, cacheKey(third, 'test'));
    expect(again.previous(third.sources.find((s) => s.path === 't/a.yaml')!)).toBeUndefined();
    expect(shown(lintProject(third, again))).toEqual(shown(lintProject(await prepareLint(dir, [], {}, 'en'))));
  });

  it('says why it could not write, and the lint stands', async () => {
    const dir = project({ ...files(), blocker: 'a file' });
    const prepared = await prepareLint(dir, [], {}, 'en');
    const cache = new FileCache(join(dir, 'blocker/cache'), prepared, cacheKey(prepared, 'test'));
    expect(lintProject(prepared, cache).summary.errors).toBe(2);
    expect(cache.save()).toMatchObject({ code: 'ENOTDIR' });
    const r = await cli(['lint', '--cache', '--cache-location', 'blocker/x', '--lang', 'ru'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Не удаётся записать кэш проверки в blocker\/x\/[0-9a-f]{16} \(ENOTDIR\)/);
  });

  it('is tied to the setup: another key finds nothing', async () => {
    const dir = project(files());
    const first = await open(dir);
    first.lint();
    first.cache.save();
    const prepared = await prepareLint(dir, [], {}, 'en');
    expect(cacheKey(prepared, 'test')).toBe(cacheKey(prepared, 'test'));
    const other = new FileCache(join(dir, '.otvet-cache'), prepared, cacheKey(prepared, 'another version'));
    expect(lintProject(prepared, other).files.map((f) => f.cached ?? false)).toEqual([false, false, false]);
  });
});

describe('file stamps (size, times, inode): the files the cache knows are not read again', () => {
  afterEach(() => vi.useRealTimers());
  // Files written by a test are seconds old at most: stamped only as if the clock had moved on.
  const later = (): void => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
  };

  it('a file changed in the last seconds has no stamp (its change may not show in its times)', () => {
    const dir = project(files());
    const stat = statSync(join(dir, 't/a.yaml'));
    const changed = Math.max(stat.mtimeMs, stat.ctimeMs);
    expect(fileStamp(stat, changed + 1000)).toBeUndefined();
    expect(fileStamp(stat, changed + 5000)).toBe(`${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${stat.dev}`);
    // A file system without times or inode numbers tells no change by them.
    expect(fileStamp(Object.assign(Object.create(stat) as typeof stat, { ino: 0 }), changed + 5000)).toBeUndefined();
    expect(fileStamp(Object.assign(Object.create(stat) as typeof stat, { mtimeMs: 0, ctimeMs: 0 }), 5000)).toBeUndefined();
  });

  it('a file with the stamp the cache knows takes the digest it knows, unread; its text is checked against it when needed', () => {
    const dir = project(files());
    later();
    const abs = join(dir, 't/a.yaml');
    const stamp = fileStamp(statSync(abs))!;
    const [forged] = readSources(dir, [abs], { lazy: true, known: new Map([['t/a.yaml', { stamp, hash: 'f'.repeat(64) }]]) });
    expect(forged!.digest).toBe('f'.repeat(64));
    expect(() => forged!.text).toThrow(/t\/a\.yaml changed while otvet was checking it/);
    const hash = createHash('sha256').update(readFileSync(abs)).digest('hex');
    const [known] = readSources(dir, [abs], { lazy: true, known: new Map([['t/a.yaml', { stamp, hash }]]) });
    expect([known!.text, known!.bom]).toEqual([files()['t/a.yaml'], false]);
    // Another stamp: the file is read and digested.
    const [other] = readSources(dir, [abs], { lazy: true, known: new Map([['t/a.yaml', { stamp: `${stamp}0`, hash: 'f'.repeat(64) }]]) });
    expect([other!.digest, other!.stamp]).toEqual([hash, stamp]);
  });

  it('are kept with the entries, given back before the files are read, and renewed for a file touched but not changed', async () => {
    const dir = project(files());
    later();
    const location = join(dir, '.otvet-cache');
    const run = async (): Promise<{ result: ReturnType<typeof lintProject>; cache: FileCache; prepared: Awaited<ReturnType<typeof prepareLint>> }> => {
      const prepared = await prepareLint(dir, [], { cache: true, cacheLocation: location }, 'en');
      const cache = new FileCache(location, prepared, cacheKey(prepared, 'test'));
      const result = lintProject(prepared, cache);
      expect(cache.save()).toBeUndefined();
      return { result, cache, prepared };
    };
    const first = await run();
    const known = readAhead(location, first.prepared.loaded.path!).known;
    expect([...known.keys()]).toEqual(['t/a.yaml', 't/b.yaml', 't/c.yaml']);
    expect(known.get('t/b.yaml')!.stamp).toBe(fileStamp(statSync(join(dir, 't/b.yaml'))));
    const second = await run();
    expect(second.result.files.map((f) => f.cached)).toEqual([true, true, true]);
    // The cache takes the index read before the files, not the file again.
    const prepared = await prepareLint(dir, [], { cache: true, cacheLocation: location }, 'en');
    const index = join(second.cache.dir, 'index.json');
    const saved = readFileSync(index, 'utf8');
    rmSync(index);
    expect(lintProject(prepared, new FileCache(location, prepared, cacheKey(prepared, 'test'))).files.map((f) => f.cached)).toEqual([true, true, true]);
    writeFileSync(index, saved);
    expect(second.prepared.sources.map((s) => s.digest)).toEqual([...known.values()].map((k) => k.hash));
    // b.yaml is touched (its times change, not its text); c.yaml changes.
    utimesSync(join(dir, 't/b.yaml'), new Date(Date.now() - 30_000), new Date(Date.now() - 30_000));
    writeFileSync(join(dir, 't/c.yaml'), tmpl('c', 'Заказ уже отправлен~'));
    const third = await run();
    expect(third.result.files.map((f) => f.cached ?? false)).toEqual([true, true, false]);
    const plain = lintProject(await prepareLint(dir, [], {}, 'en'));
    expect(third.result.files.map((f) => f.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`))).toEqual(plain.files.map((f) => f.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)));
    const renewed = readAhead(location, first.prepared.loaded.path!).known;
    expect(renewed.get('t/b.yaml')!.stamp).toBe(fileStamp(statSync(join(dir, 't/b.yaml'))));
    expect(renewed.get('t/b.yaml')!.stamp).not.toBe(known.get('t/b.yaml')!.stamp);
  });
});
