/**
 * A big pack linted on several threads (`lint --concurrency`, `score --concurrency`).
 *
 * The files are taken in path order, as a one-thread lint takes them, and cut into consecutive
 * chunks, one per thread. The main thread lints the first chunk, and tells the other threads the
 * rules' pack-wide state (the pack's first «Вы» or «вы») after each of its files that changes it;
 * each worker thread lints its chunk from the latest state told, and starts again when it is told
 * another. Each file's result comes back as a cache entry (what `lint --cache` keeps), and the
 * main thread puts the report together by restoring every file from its entry, in order, with
 * the cache's checks: an entry made after other ids or another pack-wide state than the
 * one-thread lint has at that file (an id repeated from an earlier chunk; a state that changed
 * after the thread was done) does not hold, and that file is linted again on the main thread.
 * The report is the one-thread report, byte for byte.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { byPath, lintTexts, type CacheEntry, type Config, type Lang, type LintCache, type LintResult, type Severity, type SourceText, type TemplateReports } from '@otvet/core';
import { catalog } from '@otvet/rules';
import type { MessagePort } from 'node:worker_threads';
import type { LintProject } from './lint-project.js';

/** `--concurrency`: as many threads as pay off (`auto`), one (`off`), or at most this many. */
export type Concurrency = 'auto' | 'off' | number;

/** The value of `--concurrency`, or undefined when it is none of `auto`, `off` or a whole number from 1. */
export function parseConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto' || value === 'off') return value;
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= MAX_THREADS ? n : undefined;
}

/** The most threads `--concurrency` takes (each holds its own copy of the rules' data). */
export const MAX_THREADS = 64;

/**
 * What `auto` asks of each thread: this much text to lint (UTF-16 code units, about characters),
 * so a second thread from 4,000,000 characters, some 11,000 chat replies. Measured on two cores
 * (the bench's packs, one thread → two): 5,000 templates 4.3 → 3.8 s and 179 → 269 MB; 10,000
 * templates 7.8 → 6.1 s, 218 → 313 MB and 9.3 → 11.3 s of CPU time; 50,000 templates 34 → 22 s,
 * 523 → 575 MB. A worker holds its own copy of the rules' data and word indexes, and two threads
 * share the cores with the garbage collector: below that size, a second thread buys a second or
 * two for ~90 MB of memory and a fifth more CPU time.
 */
export const AUTO_TEXT_PER_THREAD = 2_000_000;

/** How many threads lint these sources, the files there is work for (1: no worker). */
export function threadsFor(sources: readonly SourceText[], concurrency: Concurrency, cores = availableParallelism()): number {
  if (concurrency === 'off' || sources.length < 2) return 1;
  if (concurrency !== 'auto') return Math.min(concurrency, sources.length);
  let size = 0;
  for (const s of sources) size += s.text.length;
  return Math.max(1, Math.min(cores, AUTO_MAX_THREADS, sources.length, Math.floor(size / AUTO_TEXT_PER_THREAD)));
}

/**
 * The files a lint with this cache has work for: those without an entry for their content (a
 * file whose entry no longer holds, after another file changed the ids or the pack-wide state,
 * is found out only as the lint goes, and is linted on the main thread). All without a cache.
 */
export function filesToLint(sources: readonly SourceText[], cache?: LintCache): SourceText[] {
  return cache ? sources.filter((s) => !cache.get(s)) : [...sources];
}

/**
 * The most threads `auto` takes, however many cores: each holds ~90 MB of its own, and the main
 * thread's share (its chunk, then putting the report together) stops the time falling much
 * further. A pack of 50,000 templates stays under ~1 GB of memory.
 */
export const AUTO_MAX_THREADS = 4;

/**
 * What a worker costs beyond its own chunk, in characters of templates linted in the same time
 * (measured on the bench's pack): starting the thread (the bundle, the rules' data) ~100,000.
 * Restoring every file from its entry, at the end on the main thread, costs 0.005 of the lint.
 */
const WORKER_START = 100_000;
const RESTORE_COST = 0.005;

/**
 * Where each thread's chunk starts (`starts[0]` is 0, the main thread's), for files of these sizes
 * in order: chunks that take their threads about equally long, counting a worker's start and the
 * main thread's restore at the end. Each chunk has a file; the last one has what is left.
 */
export function partition(sizes: readonly number[], threads: number): number[] {
  const n = sizes.length;
  const k = Math.max(1, Math.min(threads, n));
  const total = sizes.reduce((a, b) => a + b, 0);
  const restore = RESTORE_COST * total;
  const share = (total + restore + (k - 1) * WORKER_START) / k;
  const starts = [0];
  let at = 0;
  let done = 0;
  for (let t = 0; t < k - 1; t++) {
    const goal = done + (t === 0 ? share - restore : share - WORKER_START);
    // A file goes to the chunk that holds the most of it.
    do done += sizes[at++]!;
    while (at < n - (k - 1 - t) && done + sizes[at]! / 2 <= goal);
    starts.push(at);
  }
  return starts;
}

/** The rules' pack-wide state, as a cache entry keeps it (`CacheEntry.stateOut`: JSON by rule and key). */
export type PackState = Readonly<Record<string, string>>;

/** A worker's job: plain data, copied into the thread. */
export interface ChunkJob {
  config: Config;
  resources: Readonly<Record<string, readonly unknown[]>>;
  /** The rules as configured: id, severity, options. */
  rules: [id: string, severity: Severity, options: Record<string, unknown>][];
  lang: Lang;
  /** The chunk's files, in path order. */
  files: { path: string; text: string; bom: boolean }[];
  /**
   * With the lint cache: what the rules reported on each template of each file's last entry
   * (`LintCache.previous`, by path). The thread reuses the reports of the templates that did not
   * change, and its entries keep the reports of all their templates, as the cache's own do.
   */
  previous?: Record<string, Readonly<Record<string, TemplateReports>>>;
}

/** A worker's answer: the cache entry of each file of its chunk, in order. */
export type ChunkEntries = [path: string, entry: CacheEntry][];

/** The thread's chunk is linted again from another pack-wide state. */
class Restart {
  constructor(readonly state: PackState) {}
}

const sameState = (a: PackState, b: PackState): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Lint a worker's chunk (what runs in the thread), from the pack-wide state the files before it
 * leave. The main thread tells it as it lints them (`news`: the latest state it told, if any since
 * the last call): the chunk starts from the latest one told, none at first, and whenever the
 * state told changes (the pack's first «Вы» is in a file before the chunk, not in its first
 * file), it starts again from the new one, between two templates. `progress` is told how many of
 * the chunk's files are done (a fraction within a file).
 */
export function lintChunk(job: ChunkJob, news: () => PackState | undefined = () => undefined, progress?: (done: number) => void): ChunkEntries {
  const rules = job.rules.map(([id, severity, options]) => {
    const rule = catalog.rules.get(id);
    if (!rule) throw new Error(`lintChunk: no rule “${id}” in otvet's catalog`);
    return { rule, severity, options };
  });
  let state: PackState = news() ?? {};
  const changed = (): PackState | undefined => {
    const told = news();
    return told && !sameState(told, state) ? told : undefined;
  };
  for (;;) {
    const entries: ChunkEntries = [];
    try {
      lintTexts(job.files, {
        config: job.config,
        resources: job.resources,
        rules,
        catalog,
        lang: job.lang,
        keepDocuments: false,
        packState: state,
        cache: {
          get: () => undefined,
          set: (source, entry) => void entries.push([source.path, entry]),
          ...(job.previous ? { previous: (source: SourceText) => job.previous![source.path] ?? {} } : {}),
        },
        // Called after each template: where the main thread has told another state, stop here.
        progress: (done) => {
          const told = changed();
          if (told) throw new Restart(told);
          progress?.(done);
        },
      });
    } catch (error) {
      if (!(error instanceof Restart)) throw error;
      state = error.state;
      continue;
    }
    const told = changed();
    if (!told) return entries;
    state = told;
  }
}

/** A job on another thread (see {@link Spawn}). */
export interface Thread {
  /** The entries it answers with, or undefined when it failed or was stopped. */
  answer: Promise<ChunkEntries | undefined>;
  /** The pack-wide state after another of the main thread's files. */
  tell(state: PackState): void;
  /** It is not needed any more. */
  stop(): void;
}

/**
 * Start a job on another thread. Whatever goes wrong there makes its answer undefined: the main
 * thread then lints those files itself, and meets the same error where there is one. `progress`
 * is a cell the thread keeps its count of files done in (thousandths), at `slot`.
 */
export type Spawn = (job: ChunkJob, progress: Int32Array, slot: number) => Thread;

/** What a worker thread is given (`workerData`). */
export interface WorkerData {
  job: ChunkJob;
  progress: Int32Array;
  slot: number;
  /** Where the main thread tells the pack-wide state (see {@link lintChunk}). */
  news: MessagePort;
}

/**
 * The worker thread's script, beside the bin: it loads the bundle as the bin does (with the code
 * cache). Only a built otvet has one; run from its sources (tests), otvet lints on one thread.
 */
function workerScript(): string | undefined {
  const bundle = new URL('./build-id', import.meta.url);
  const script = fileURLToPath(new URL('../bin/lint-worker.cjs', import.meta.url));
  return existsSync(bundle) && existsSync(script) ? script : undefined;
}

/** Start a worker thread of this script on a job (see {@link Spawn}). */
export const spawnThread = (script: string): Spawn => (job, progress, slot) => {
  const { MessageChannel, Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const channel = new MessageChannel();
  // Its output is not the report's: a worker writes nothing, and whatever it would is dropped.
  const worker = new Worker(script, { workerData: { job, progress, slot, news: channel.port2 } satisfies WorkerData, transferList: [channel.port2], stdout: true, stderr: true });
  worker.stdout.resume();
  worker.stderr.resume();
  let settle: (entries: ChunkEntries | undefined) => void = () => {};
  const answer = new Promise<ChunkEntries | undefined>((resolve) => {
    let settled = false;
    settle = (entries) => {
      if (settled) return;
      settled = true;
      resolve(entries);
      channel.port1.close();
      void worker.terminate();
    };
  });
  worker.once('message', (message: { entries?: ChunkEntries }) => settle(message.entries));
  worker.once('error', () => settle(undefined));
  worker.once('exit', () => settle(undefined));
  return { answer, tell: (state) => channel.port1.postMessage(state), stop: () => settle(undefined) };
};

/** Whether a value is plain data (what a copy into a thread keeps exactly): JSON-like values. */
function plainData(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  if (type !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) return value.every((v) => plainData(v, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value as Record<string, unknown>).every((v) => plainData(v, depth + 1));
}

/**
 * How many threads can lint this project (with `cache`: the files it has no entry for): 1 unless
 * every rule is otvet's own (a plugin's rules are code a worker would have to load again), the
 * config and resources are plain data, and the run lints the whole pack (not `--context`, whose
 * files outside the focus get only the pack-wide rules, nor `TIMING`, whose figures are one
 * thread's). `--fix` does not come here.
 */
export function parallelThreads(project: LintProject, concurrency: Concurrency, cores?: number, cache?: LintCache): number {
  return parallelPlan(project, concurrency, cores, cache).threads;
}

/**
 * {@link parallelThreads}, and the files there is work for (with `cache`: those it has no entry
 * for), which {@link lintParallel} takes as they are (`pending`) instead of asking the cache again.
 */
export function parallelPlan(project: LintProject, concurrency: Concurrency, cores?: number, cache?: LintCache): { threads: number; pending?: SourceText[] } {
  const { lintOptions } = project;
  if (concurrency === 'off' || lintOptions.focus || lintOptions.timing || lintOptions.cache || lintOptions.catalog !== catalog) return { threads: 1 };
  if (!lintOptions.rules.every((r) => catalog.rules.get(r.rule.meta.id) === r.rule)) return { threads: 1 };
  // With the cache, only the files it has no entry for count (the others are not even decoded).
  const pending = filesToLint(project.sources, cache);
  const threads = threadsFor(pending, concurrency, cores);
  return { threads: threads > 1 && plainData(lintOptions.config) && plainData(lintOptions.resources ?? {}) ? threads : 1, pending };
}

export interface ParallelOptions {
  /**
   * The lint cache (`lint --cache`): files it has an entry for are restored from it on the main
   * thread, the threads lint the others and the cache keeps what they found, with what the rules
   * reported on each template (the threads reuse those of the templates that did not change).
   */
  cache?: LintCache;
  /** The files to lint (those the cache has no entry for), as {@link parallelPlan} found them; found here when absent. */
  pending?: readonly SourceText[];
  /** How many of the project's files are done (a fraction within a file), of how many, as `LintOptions.progress` says it. */
  progress?: (done: number, total: number) => void;
  /** How a job reaches another thread (tests run it in this one); a worker thread by default. */
  spawn?: Spawn;
}

/**
 * Lint the project on `threads` threads (see the module's comment), or on one when no worker can
 * start (otvet is not built). The result is that of `lintTexts` on one thread.
 */
export async function lintParallel(project: LintProject, threads: number, options: ParallelOptions = {}): Promise<LintResult> {
  const script = options.spawn ? undefined : workerScript();
  const spawn = options.spawn ?? (script ? spawnThread(script) : undefined);
  const { lintOptions } = project;
  const { progress: _progress, ...plain } = lintOptions;
  const { cache } = options;
  const withCache = cache ? { cache } : {};
  if (!spawn || threads < 2 || project.sources.length < 2) return lintTexts(project.sources, { ...plain, keepDocuments: false, ...withCache, ...(options.progress ? { progress: options.progress } : {}) });
  // A thread that starts its chunk again counts its files again: the line never goes back.
  let shown = 0;
  const progress = options.progress && ((done: number, total: number): void => options.progress!((shown = Math.max(shown, done)), total));
  const sorted = [...project.sources].sort(byPath);
  // The work is the files without a cache entry: one with an entry costs next to nothing (and is not decoded here).
  const pending = new Set(options.pending ?? filesToLint(sorted, cache));
  // What the rules reported on each template of a file's last entry (a thread gets those of its files).
  const previous = cache?.previous ? (source: SourceText) => cache.previous!(source) : undefined;
  const starts = partition(sorted.map((s) => (pending.has(s) ? s.text.length : 0)), threads);
  const ends = [...starts.slice(1), sorted.length];
  const cells = new Int32Array(new SharedArrayBuffer(4 * starts.length));
  const base = {
    config: lintOptions.config,
    resources: lintOptions.resources ?? {},
    rules: lintOptions.rules.map((r): ChunkJob['rules'][number] => [r.rule.meta.id, r.severity, r.options]),
    lang: lintOptions.lang,
  };
  const running: Thread[] = [];
  for (let t = 1; t < starts.length; t++) {
    const mine = sorted.slice(starts[t], ends[t]).filter((s) => pending.has(s));
    const job: ChunkJob = { ...base, files: mine.map((s) => ({ path: s.path, text: s.text, bom: s.bom })) };
    if (cache) {
      // The thread checks only the templates that changed.
      job.previous = {};
      for (const s of mine) job.previous[s.path] = previous?.(s) ?? {};
    }
    if (mine.length) running.push(spawn(job, cells, t));
  }
  const entries = new Map<string, CacheEntry>();
  const workersDone = (): number => {
    let done = 0;
    for (let t = 1; t < starts.length; t++) done += Atomics.load(cells, t) / 1000;
    return done;
  };
  // The threads start from the state the main thread's files leave: told after each that changes it.
  let told = '{}';
  const tell = (state: PackState): void => {
    const json = JSON.stringify(state);
    if (json === told) return;
    told = json;
    for (const thread of running) thread.tell(state);
  };
  // The main thread's chunk: with the cache, a file it has an entry for is restored from it (the
  // state after it is told then: should the entry not hold, the file's new entry tells the right one).
  const first: LintCache = {
    get: (source) => {
      const entry = cache?.get(source);
      if (entry) tell(entry.stateOut);
      return entry;
    },
    set: (source, entry) => {
      entries.set(source.path, entry);
      cache?.set(source, entry);
      tell(entry.stateOut);
    },
  };
  if (previous) first.previous = previous;
  try {
    lintTexts(sorted.slice(0, ends[0]), {
      ...plain,
      keepDocuments: false,
      cache: first,
      ...(progress ? { progress: (done: number) => progress(done + workersDone(), sorted.length) } : {}),
    });
  } catch (error) {
    // The first chunk's error is the run's (a one-thread lint meets it first too).
    for (const thread of running) thread.stop();
    throw error;
  }
  const ticker = progress ? setInterval(() => progress(ends[0]! + workersDone(), sorted.length), 100) : undefined;
  try {
    for (const answer of await Promise.all(running.map((t) => t.answer))) for (const [path, entry] of answer ?? []) entries.set(path, entry);
  } finally {
    if (ticker) clearInterval(ticker);
  }
  // Every file from its entry, in order; one whose entry does not hold is linted here. The cache
  // keeps a thread's entry once it held (the engine went on to the next file without linting it
  // again); one that did not is replaced by the file's new entry.
  const made = new Set(entries.keys());
  for (const s of sorted.slice(0, ends[0])) made.delete(s.path);
  let offered: [SourceText, CacheEntry] | undefined;
  const keep = (): void => {
    if (offered) cache?.set(offered[0], offered[1]);
    offered = undefined;
  };
  const last: LintCache = {
    get: (source) => {
      keep();
      const entry = entries.get(source.path);
      if (!entry) return cache?.get(source);
      if (made.delete(source.path)) offered = [source, entry];
      return entry;
    },
    set: (source, entry) => {
      if (offered?.[0].path === source.path) offered = undefined;
      cache?.set(source, entry);
    },
  };
  if (previous) last.previous = previous;
  const result = lintTexts(sorted, { ...plain, keepDocuments: false, cache: last });
  keep();
  return result;
}
