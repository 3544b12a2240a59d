/**
 * A pack linted on several threads (parallel.ts), in process: the jobs the workers would get run
 * here (`spawn`), so that every way an entry can hold or not is checked against the one-thread
 * report. test/parallel.test.ts runs real worker threads in the built CLI.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintTexts } from '@otvet/core';
import { catalog } from '@otvet/rules';
import { useProjects } from './cli.test-helper.js';
import { lintProject, prepareLint, type LintProject } from './lint-project.js';
import { formatJson } from './reporters/json.js';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileCache, cacheKey } from './cache.js';
import { fileURLToPath } from 'node:url';
import { lintChunk, lintParallel, parallelThreads, parseConcurrency, partition, spawnThread, threadsFor, AUTO_MAX_THREADS, AUTO_TEXT_PER_THREAD, type ChunkEntries, type ChunkJob, type PackState, type Spawn } from './parallel.js';

const project = useProjects('parallel');

const CONFIG = 'source: zh\ntarget: ru\ntemplates: ["t/*.yaml"]\nextends: recommended\n';

/** A file of templates: [id, Russian text]. */
const file = (templates: [string, string][]): string =>
  `templates:\n${templates.map(([id, ru]) => `  - id: ${id}\n    text:\n      zh: 您好\n      ru: "${ru}"\n`).join('')}`;

/** Replies with findings of several rules (a tilde, a calque, a misspelling, a capital mid-sentence). */
const REPLIES = [
  'Здравствуйте! Заказ уже отправлен, спасибо за ожидание.',
  'Дорогой, подождите немного~ Мы проверим посылку.',
  'Спасибо за заказ, Мы отправим его завтра.',
  'Извините за задержку: товар прибудет в пятницу.',
  'Пожалуйста, пришлите фото товара, и мы решим вопрос.',
  'Спосибо, что выбрали наш магазин!',
];

/** A pack of `files` files of `per` templates each, the Вы-form as `vy(file, template)` says. */
function pack(files: number, per: number, vy: (f: number, t: number) => string = () => 'Вы'): Record<string, string> {
  const out: Record<string, string> = { 'otvet.config.yaml': CONFIG };
  for (let f = 0; f < files; f++) {
    const templates: [string, string][] = [];
    for (let t = 0; t < per; t++) templates.push([`f${f}-t${t}`, `${REPLIES[(f + t) % REPLIES.length]} Если хотите, ${vy(f, t)} можете написать нам.`]);
    out[`t/${String(f).padStart(2, '0')}.yaml`] = file(templates);
  }
  return out;
}

/**
 * Jobs run in this thread as a worker runs them, on a copy of their data: `after` the main
 * thread's chunk (told every state by then, as a thread still at work would be), or `now`,
 * before the main chunk and told nothing (as a thread done before the state changed).
 */
function inProcess(when: 'after' | 'now' = 'after'): Spawn {
  return (job, progress, slot) => {
    let told: PackState | undefined;
    const news = (): PackState | undefined => {
      const state = told;
      told = undefined;
      return state;
    };
    const run = (): ChunkEntries => lintChunk(structuredClone(job), news, (done) => Atomics.store(progress, slot, Math.round(done * 1000)));
    const answer = when === 'now' ? Promise.resolve(run()) : new Promise<ChunkEntries>((resolve) => setImmediate(() => resolve(run())));
    return { answer, tell: (state) => void (told = structuredClone(state)), stop: () => {} };
  };
}
const here = inProcess();

/** The one-thread report and the `threads` one, how many files the latter restored, and where its chunks start. */
async function both(files: Record<string, string>, threads: number, spawn: Spawn = here): Promise<{ one: string; many: string; restored: number; starts: number[] }> {
  const dir = project(files);
  const one = formatJson(lintProject(await prepareLint(dir, [], {}, 'en')));
  const prepared = await prepareLint(dir, [], {}, 'en');
  const starts = partition([...prepared.sources].sort((a, b) => (a.path < b.path ? -1 : 1)).map((s) => s.text.length), threads);
  const result = await lintParallel(prepared, threads, { spawn });
  return { one, many: formatJson(result), restored: result.files.filter((f) => f.cached).length, starts };
}


/** A cache index without its files' stamps (they depend on when each run read each file). */
function withoutStamps(text: string): string {
  const index = JSON.parse(text) as { files: Record<string, { stamp?: string }> };
  for (const entry of Object.values(index.files)) delete entry.stamp;
  return JSON.stringify(index);
}
describe('lintParallel', () => {
  it('gives the one-thread report, byte for byte, every file restored from its thread’s entry', async () => {
    for (const threads of [2, 3, 5]) {
      const r = await both(pack(8, 6), threads);
      expect(r.many).toBe(r.one);
      expect(r.restored).toBe(8);
    }
    // The report has findings of many rules, and the pack's «Вы» style set in its first file.
    const r = await both(pack(4, 6, (f) => (f === 0 ? 'Вы' : 'вы')), 3);
    expect(r.many).toBe(r.one);
    expect(r.restored).toBe(4);
    const rules = new Set([...r.one.matchAll(/"ruleId": "([^"]+)"/g)].map((m) => m[1]));
    expect([...rules].sort()).toEqual(expect.arrayContaining(['register-vy-case', 'spelling', 'tone-tilde']));
    expect(r.one).toContain('t/00.yaml:');
  });

  it('lints again, on the main thread, the files whose entries were made after another pack-wide state or other ids', async () => {
    // The pack's «Вы» style is set in its second file, not its first. A thread told so before it
    // is done gives entries that hold; one done before (here: before the main chunk) does not,
    // and every file after the first chunk is linted again.
    const files = pack(6, 4, (f) => (f === 1 ? 'вы' : f === 0 ? 'мы' : 'Вы'));
    const told = await both(files, 3);
    expect(told.many).toBe(told.one);
    expect(told.one).toContain('"cause": "t/01.yaml:');
    expect(told.restored).toBe(6);
    const late = await both(files, 3, inProcess('now'));
    expect(late.many).toBe(late.one);
    expect(late.starts).toHaveLength(3);
    expect(late.restored).toBe(late.starts[1]);
    // An id of the first chunk repeated in a later one: that file is linted again, the others not.
    const dupFiles = pack(6, 4);
    dupFiles['t/04.yaml'] = dupFiles['t/04.yaml']!.replace('id: f4-t2', 'id: f1-t0');
    const dup = await both(dupFiles, 3);
    expect(dup.many).toBe(dup.one);
    expect(dup.one).toContain('Duplicate template id “f1-t0”: already used at t/01.yaml:');
    expect(dup.restored).toBe(5);
  });

  it('lints a failed thread’s files itself, and stops the threads when the first chunk fails', async () => {
    const failing: Spawn = (job, progress, slot) => (slot === 1 ? { answer: Promise.resolve(undefined), tell: () => {}, stop: () => {} } : here(job, progress, slot));
    const failed = await both(pack(6, 3), 3, failing);
    expect(failed.many).toBe(failed.one);
    expect(failed.restored).toBe(6 - (failed.starts[2]! - failed.starts[1]!));
    expect(failed.restored).toBeLessThan(6);
    // A YAML error stops nothing (it is a finding); a rule that throws stops the run.
    const dir = project(pack(4, 2));
    const prepared = await prepareLint(dir, [], {}, 'en');
    const spelling = prepared.lintOptions.rules.find((r) => r.rule.meta.id === 'spelling')!;
    spelling.rule = { ...spelling.rule, check: () => { throw new Error('boom'); } };
    let stopped = 0;
    const run = lintParallel(prepared, 2, { spawn: () => ({ answer: new Promise(() => {}), tell: () => {}, stop: () => void stopped++ }) });
    await expect(run).rejects.toThrow('Rule "spelling" failed on template "f0-t0": boom');
    expect(stopped).toBe(1);
  });

  it('counts progress over the whole pack, the threads’ files included', async () => {
    const dir = project(pack(4, 3));
    const prepared = await prepareLint(dir, [], {}, 'en');
    const seen: [number, number][] = [];
    await lintParallel(prepared, 2, { spawn: inProcess('now'), progress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(([, total]) => total === 4)).toBe(true);
    // The threads' part is counted as soon as they report it: here (one thread) before the main chunk.
    expect(Math.max(...seen.map(([done]) => done))).toBeGreaterThan(2);
    // A thread that starts again (told another state) counts from nought: the count never goes back.
    const counts: number[] = [];
    const restarting: Spawn = (job, progress, slot) => {
      Atomics.store(progress, slot, 2000);
      return { ...here(job, progress, slot), tell: () => void Atomics.store(progress, slot, 0) };
    };
    await lintParallel(await prepareLint(dir, [], {}, 'en'), 2, { spawn: restarting, progress: (done) => counts.push(done) });
    expect(counts[0]).toBe(2);
    expect(counts.every((done, i) => i === 0 || done >= counts[i - 1]!)).toBe(true);
  });
});

describe('lintParallel with the cache', () => {
  const cacheOf = (prepared: LintProject, dir: string, location: string): FileCache => new FileCache(join(dir, location), prepared, cacheKey(prepared, 'test'));

  it('lints what the cache lacks on the threads, with the reports of the templates that did not change, and keeps what the one-thread lint keeps', async () => {
    const dir = project(pack(6, 4));
    const run = async (location: string, threads: number, spawn: Spawn = here): Promise<{ report: string; restored: number; jobs: ChunkJob[] }> => {
      const prepared = await prepareLint(dir, [], { cache: true }, 'en');
      const cache = cacheOf(prepared, dir, location);
      const jobs: ChunkJob[] = [];
      const result = threads > 1 ? await lintParallel(prepared, threads, { cache, spawn: (job, progress, slot) => (jobs.push(job), spawn(job, progress, slot)) }) : lintProject(prepared, cache);
      expect(cache.save()).toBeUndefined();
      return { report: formatJson(result), restored: result.files.filter((f) => f.cached).length, jobs };
    };
    const stored = (location: string): string[] => readdirSync(join(dir, location)).flatMap((sub) => (statSync(join(dir, location, sub)).isDirectory() ? readdirSync(join(dir, location, sub)).map((f) => `${f}:${f === 'index.json' ? withoutStamps(readFileSync(join(dir, location, sub, f), 'utf8')) : ''}`) : []));
    const one = await run('one', 1);
    const many = await run('many', 3);
    expect(many.report).toBe(one.report);
    // Cold: the threads get their chunks' files, with no reports to reuse yet.
    expect(many.jobs).toHaveLength(2);
    for (const job of many.jobs) expect(job.previous).toEqual(Object.fromEntries(job.files.map((f) => [f.path, {}])));
    expect(stored('many')).toEqual(stored('one'));
    // Warm: every file from the cache, no thread.
    const warm = await run('many', 3);
    expect(warm.report).toBe(one.report);
    expect(warm.jobs).toEqual([]);
    expect(warm.restored).toBe(6);
    // One template edited in each of the last two files: a thread gets them with the reports of their four templates.
    for (const name of ['t/04.yaml', 't/05.yaml']) writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8').replace('ru: "', 'ru: "Уважаемый покупатель! '));
    const editedOne = await run('one', 1);
    const editedMany = await run('many', 3);
    expect(editedMany.report).toBe(editedOne.report);
    expect(editedMany.report).not.toBe(one.report);
    const files = editedMany.jobs.flatMap((j) => j.files.map((f) => f.path));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f === 't/04.yaml' || f === 't/05.yaml')).toBe(true);
    for (const job of editedMany.jobs) for (const f of job.files) expect(Object.keys(job.previous![f.path]!)).toHaveLength(4);
    expect(stored('many')).toEqual(stored('one'));
  });
});

describe('partition', () => {
  it('cuts files in order into one chunk per thread, each with a file, the main thread’s a little larger', () => {
    expect(partition([100], 4)).toEqual([0]);
    expect(partition([5, 5, 5], 8)).toEqual([0, 1, 2]);
    // The bench's twenty files: half each (the worker's start costs less than half a file).
    const sizes = Array.from({ length: 20 }, () => 185_000);
    expect(partition(sizes, 2)).toEqual([0, 10]);
    expect(partition(sizes, 1)).toEqual([0]);
    // Smaller files: a worker's start tips one to the main thread.
    expect(partition(Array.from({ length: 10 }, () => 40_000), 2)).toEqual([0, 6]);
    expect(partition(Array.from({ length: 12 }, () => 40_000), 3)).toEqual([0, 6, 9]);
  });

  it('holds for any sizes and thread counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2_000_000 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (sizes, threads) => {
        const starts = partition(sizes, threads);
        expect(starts).toHaveLength(Math.min(threads, sizes.length));
        expect(starts[0]).toBe(0);
        for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
        expect(starts[starts.length - 1]!).toBeLessThan(sizes.length);
      }),
    );
  });
});

describe('how many threads', () => {
  const sources = (sizes: number[]): { path: string; text: string; bom: boolean }[] => sizes.map((n, i) => ({ path: `t/${i}.yaml`, text: 'а'.repeat(n), bom: false }));

  it('parses --concurrency', () => {
    expect(['auto', 'off', '1', '4', '64'].map(parseConcurrency)).toEqual(['auto', 'off', 1, 4, 64]);
    for (const bad of ['0', '65', '-1', '2.5', 'two', '', ' 2']) expect(parseConcurrency(bad)).toBeUndefined();
  });

  it('auto: a thread for each AUTO_TEXT_PER_THREAD characters, up to the cores and the files', () => {
    const just = AUTO_TEXT_PER_THREAD;
    expect(threadsFor(sources([just, just - 1]), 'auto', 8)).toBe(1);
    expect(threadsFor(sources([just, just]), 'auto', 8)).toBe(2);
    expect(threadsFor(sources([just, just, just, just, just]), 'auto', 4)).toBe(4);
    expect(threadsFor(sources(Array.from({ length: 12 }, () => just)), 'auto', 16)).toBe(AUTO_MAX_THREADS);
    expect(threadsFor(sources(Array.from({ length: 12 }, () => just)), 12, 16)).toBe(12);
    expect(threadsFor(sources([5 * just]), 'auto', 8)).toBe(1);
    expect(threadsFor(sources([10, 10, 10]), 3, 1)).toBe(3);
    expect(threadsFor(sources([10, 10]), 3, 8)).toBe(2);
    expect(threadsFor(sources([just, just]), 'off', 8)).toBe(1);
  });

  it('one thread for --context, the cache, TIMING and a config with plugins', async () => {
    const dir = project(pack(3, 1));
    const prepared = async (): Promise<LintProject> => await prepareLint(dir, [], {}, 'en');
    expect(parallelThreads(await prepared(), 3)).toBe(3);
    expect(parallelThreads(await prepared(), 'auto')).toBe(1);
    expect(parallelThreads(await prepared(), 'off')).toBe(1);
    const changes: ((p: LintProject) => void)[] = [
      (p) => void (p.lintOptions.focus = () => true),
      (p) => void (p.lintOptions.timing = new Map()),
      (p) => void (p.lintOptions.cache = { get: () => undefined, set: () => {} }),
      (p) => void (p.lintOptions.catalog = { ...catalog }),
      (p) => void (p.lintOptions.rules[0]!.rule = { ...p.lintOptions.rules[0]!.rule }),
      (p) => void (p.lintOptions.resources = { phrasebook: [new Map()] }),
    ];
    for (const change of changes) {
      const p = await prepared();
      change(p);
      expect(parallelThreads(p, 3)).toBe(1);
    }
  });

  it('lints on one thread when otvet runs from its sources (no worker script beside a bundle)', async () => {
    const dir = project(pack(3, 2));
    const one = formatJson(lintProject(await prepareLint(dir, [], {}, 'en')));
    const result = await lintParallel(await prepareLint(dir, [], {}, 'en'), 3);
    expect(formatJson(result)).toBe(one);
    expect(result.files.filter((f) => f.cached)).toHaveLength(0);
  });
});

describe('lintChunk', () => {
  it('starts again from a state it is told while at work, and gives what it gives when told it first', async () => {
    const prepared = await prepareLint(project(pack(5, 4, (f) => (f === 0 ? 'вы' : 'Вы'))), [], {}, 'en');
    const { config, resources, rules, lang } = prepared.lintOptions;
    const sorted = [...prepared.sources].sort((a, b) => (a.path < b.path ? -1 : 1));
    // The state after the first file, as the main thread would tell it.
    let after: PackState = {};
    lintTexts(sorted.slice(0, 1), { ...prepared.lintOptions, cache: { get: () => undefined, set: (_s, e) => void (after = e.stateOut) } });
    expect(Object.keys(after)).toEqual(['register-vy-case\u0000first-usage']);
    const job: ChunkJob = { config, resources: resources ?? {}, rules: rules.map((r) => [r.rule.meta.id, r.severity, r.options]), lang, files: sorted.slice(1).map((s) => ({ path: s.path, text: s.text, bom: s.bom })) };
    const first = JSON.stringify(lintChunk(job, ((told = false) => () => (told ? undefined : ((told = true), after)))()));
    // Told after six templates: linted again from it, the same entries.
    let calls = 0;
    const progress: number[] = [];
    const late = lintChunk(job, () => (++calls === 7 ? after : undefined), (done) => progress.push(done));
    expect(JSON.stringify(late)).toBe(first);
    expect(progress.some((done, i) => i > 0 && done < progress[i - 1]!)).toBe(true);
    // Never told: another state, other entries (the inconsistent «Вы» is not this chunk's to report).
    expect(JSON.stringify(lintChunk(job))).not.toBe(first);
    // Told the same state again: nothing starts again.
    let same = 0;
    expect(JSON.stringify(lintChunk(job, () => (++same % 3 === 1 ? after : undefined)))).toBe(first);
  });
});

describe('a worker thread', () => {
  // The built CLI's worker script (`pnpm test` builds first): it runs the bundle, not these sources.
  const script = fileURLToPath(new URL('../bin/lint-worker.cjs', import.meta.url));
  const built = existsSync(fileURLToPath(new URL('../dist/otvet.cjs', import.meta.url)));

  async function job(): Promise<ChunkJob> {
    const prepared = await prepareLint(project(pack(3, 3)), [], {}, 'en');
    const { config, resources, rules, lang } = prepared.lintOptions;
    const sorted = [...prepared.sources].sort((a, b) => (a.path < b.path ? -1 : 1));
    return { config, resources: resources ?? {}, rules: rules.map((r) => [r.rule.meta.id, r.severity, r.options]), lang, files: sorted.map((s) => ({ path: s.path, text: s.text, bom: s.bom })) };
  }

  it.runIf(built)('answers with the entries this thread makes of the same job, from the state it is told, and counts its files done', async () => {
    const j = await job();
    const cells = new Int32Array(new SharedArrayBuffer(8));
    const state: PackState = { 'register-vy-case\u0000first-usage': JSON.stringify({ style: 'lower', actual: 'вы', where: 'x.yaml:1:1', template: 'x.yaml#0' }) };
    const thread = spawnThread(script)(j, cells, 1);
    thread.tell(state);
    const answer = await thread.answer;
    expect(answer?.map(([path]) => path)).toEqual(['t/00.yaml', 't/01.yaml', 't/02.yaml']);
    expect(JSON.stringify(answer)).toBe(JSON.stringify(lintChunk(j, ((told = false) => () => (told ? undefined : ((told = true), state)))())));
    expect(answer![0]![1].stateIn).toEqual(state);
    expect(Atomics.load(cells, 1)).toBe(3000);
  });

  it.runIf(built)('answers with nothing when the job fails or is stopped', async () => {
    const j = await job();
    const cells = (): Int32Array => new Int32Array(new SharedArrayBuffer(8));
    expect(await spawnThread(script)({ ...j, rules: [['no-such-rule', 'error', {}]] }, cells(), 1).answer).toBeUndefined();
    const thread = spawnThread(script)(j, cells(), 1);
    thread.stop();
    expect(await thread.answer).toBeUndefined();
    // A script that is no worker of otvet's: the thread's error is an answer of nothing too.
    expect(await spawnThread(fileURLToPath(new URL('./no-such-worker.cjs', import.meta.url)))(j, cells(), 1).answer).toBeUndefined();
  });
});
