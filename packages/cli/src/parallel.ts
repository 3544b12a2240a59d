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
import { lintTexts, type CacheEntry, type Config, type Lang, type LintResult, type Severity, type SourceText } from '@otvet/core';
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

/** How many threads lint these sources (1: no worker). */
export function threadsFor(sources: readonly SourceText[], concurrency: Concurrency, cores = availableParallelism()): number {
  if (concurrency === 'off' || sources.length < 2) return 1;
  if (concurrency !== 'auto') return Math.min(concurrency, sources.length);
  let size = 0;
  for (const s of sources) size += s.text.length;
  return Math.max(1, Math.min(cores, AUTO_MAX_THREADS, sources.length, Math.floor(size / AUTO_TEXT_PER_THREAD)));
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
        cache: { get: () => undefined, set: (source, entry) => void entries.push([source.path, entry]) },
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
 * How many threads can lint this project: 1 unless otvet is built (a worker runs the bundle) and
 * every rule is otvet's own (a plugin's rules are code a worker would have to load again), the
 * config and resources are plain data, and the run is a plain lint of the whole pack (not
 * `--context`, the cache, `--fix` or `TIMING`, which read the files one by one on purpose).
 */
export function parallelThreads(project: LintProject, concurrency: Concurrency, cores?: number): number {
  const { lintOptions } = project;
  if (concurrency === 'off' || lintOptions.focus || lintOptions.timing || lintOptions.cache || lintOptions.catalog !== catalog) return 1;
  if (!lintOptions.rules.every((r) => catalog.rules.get(r.rule.meta.id) === r.rule)) return 1;
  const threads = threadsFor(project.sources, concurrency, cores);
  return threads > 1 && plainData(lintOptions.config) && plainData(lintOptions.resources ?? {}) ? threads : 1;
}

export interface ParallelOptions {
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
  if (!spawn || threads < 2 || project.sources.length < 2) return lintTexts(project.sources, { ...plain, keepDocuments: false, ...(options.progress ? { progress: options.progress } : {}) });
  // A thread that starts its chunk again counts its files again: the line never goes back.
  let shown = 0;
  const progress = options.progress && ((done: number, total: number): void => options.progress!((shown = Math.max(shown, done)), total));
  const sorted = [...project.sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const starts = partition(sorted.map((s) => s.text.length), threads);
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
    const files = sorted.slice(starts[t], ends[t]).map((s) => ({ path: s.path, text: s.text, bom: s.bom }));
    running.push(spawn({ ...base, files }, cells, t));
  }
  const entries = new Map<string, CacheEntry>();
  const workersDone = (): number => {
    let done = 0;
    for (let t = 1; t < starts.length; t++) done += Atomics.load(cells, t) / 1000;
    return done;
  };
  // The threads start from the state the main thread's files leave: told after each that changes it.
  let told = '{}';
  const record = (source: SourceText, entry: CacheEntry): void => {
    entries.set(source.path, entry);
    const state = JSON.stringify(entry.stateOut);
    if (state === told) return;
    told = state;
    for (const thread of running) thread.tell(entry.stateOut);
  };
  try {
    lintTexts(sorted.slice(0, ends[0]), {
      ...plain,
      keepDocuments: false,
      cache: { get: () => undefined, set: record },
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
  // Every file from its entry, in order; one whose entry does not hold is linted here.
  return lintTexts(sorted, { ...plain, keepDocuments: false, cache: { get: (source) => entries.get(source.path), set: () => {} } });
}
