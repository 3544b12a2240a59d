/**
 * A big pack linted on several threads (`lint --concurrency`, `score --concurrency`).
 *
 * The files are taken in path order, as a one-thread lint takes them, and cut into consecutive
 * chunks, one per thread. The main thread lints the first chunk. Each worker thread reads the
 * pack's first file as a lint reads the files outside `--context`'s (ids, and the pack-wide rules
 * such as the pack's «Вы» style), then lints its own chunk from there. Each file's result comes
 * back as a cache entry (what `lint --cache` keeps), and the main thread puts the report together
 * by restoring every file from its entry, in order, with the cache's checks: an entry made after
 * other ids or another pack-wide state than the one-thread lint has at that file (an id repeated
 * across chunks; a pack whose «Вы» style is set after its first file) does not hold, and that
 * file is linted again on the main thread. The report is the one-thread report, byte for byte.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { lintTexts, type CacheEntry, type Config, type Lang, type LintCache, type LintResult, type Severity, type SourceText } from '@otvet/core';
import { catalog } from '@otvet/rules';
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
 * (the bench's packs, one thread → two): 5,000 templates 4.5 → 3.8 s and 180 → 274 MB; 10,000
 * templates 7.8 → 6.1 s, 218 → 309 MB and 9.3 → 11.3 s of CPU time; 50,000 templates 35 → 22 s,
 * 530 → 583 MB. A worker holds its own copy of the rules' data and word indexes, and two threads
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
 * (measured on the bench's pack): starting the thread (the bundle, the rules' data) ~100,000;
 * reading the pack's first file before its chunk (parse and pack-wide rules) 0.3 of linting it.
 * Restoring every file from its entry, at the end on the main thread, costs 0.005 of the lint.
 */
const WORKER_START = 100_000;
const CONTEXT_COST = 0.3;
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
  const start = WORKER_START + CONTEXT_COST * (sizes[0] ?? 0);
  const restore = RESTORE_COST * total;
  const share = (total + restore + (k - 1) * start) / k;
  const starts = [0];
  let at = 0;
  let done = 0;
  for (let t = 0; t < k - 1; t++) {
    const goal = done + (t === 0 ? share - restore : share - start);
    // A file goes to the chunk that holds the most of it.
    do done += sizes[at++]!;
    while (at < n - (k - 1 - t) && done + sizes[at]! / 2 <= goal);
    starts.push(at);
  }
  return starts;
}

/** A worker's job: plain data, copied into the thread. */
export interface ChunkJob {
  config: Config;
  resources: Readonly<Record<string, readonly unknown[]>>;
  /** The rules as configured: id, severity, options. */
  rules: [id: string, severity: Severity, options: Record<string, unknown>][];
  lang: Lang;
  /** The files in path order: the pack's first file (context), then the chunk's, or the chunk's alone when it is the first. */
  files: { path: string; text: string; bom: boolean }[];
  /** Where the chunk starts in `files`: the files before it are read as context only. */
  from: number;
}

/** A worker's answer: the cache entry of each file of its chunk, in order. */
export type ChunkEntries = [path: string, entry: CacheEntry][];

/**
 * Lint a worker's chunk (what runs in the thread): the files before it outside the focus, as
 * `lint --context` reads the pack, then the chunk's own files. `progress` is told how many of the
 * chunk's files are done (a fraction within a file).
 */
export function lintChunk(job: ChunkJob, progress?: (done: number) => void): ChunkEntries {
  const own = new Set(job.files.slice(job.from).map((f) => f.path));
  const rules = job.rules.map(([id, severity, options]) => {
    const rule = catalog.rules.get(id);
    if (!rule) throw new Error(`lintChunk: no rule “${id}” in otvet's catalog`);
    return { rule, severity, options };
  });
  const entries: ChunkEntries = [];
  const recorder: LintCache = {
    get: () => undefined,
    set: (source, entry) => void (own.has(source.path) && entries.push([source.path, entry])),
  };
  lintTexts(job.files, {
    config: job.config,
    resources: job.resources,
    rules,
    catalog,
    lang: job.lang,
    keepDocuments: false,
    focus: (path) => own.has(path),
    cache: recorder,
    ...(progress ? { progress: (done: number) => progress(Math.max(0, done - job.from)) } : {}),
  });
  return entries;
}

/**
 * Run a job on another thread: the entries it answers with, or undefined when the thread failed
 * (the main thread then lints those files itself, and meets the same error where there is one).
 * `progress` is a cell the worker keeps its count of files done in (thousandths).
 */
export type Spawn = (job: ChunkJob, progress: Int32Array, slot: number, signal: AbortSignal) => Promise<ChunkEntries | undefined>;

/** What a worker thread is given (`workerData`). */
export interface WorkerData {
  job: ChunkJob;
  progress: Int32Array;
  slot: number;
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
export const spawnThread = (script: string): Spawn => (job, progress, slot, signal) => {
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return new Promise((resolve) => {
    let settled = false;
    const settle = (entries: ChunkEntries | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(entries);
      void worker.terminate();
    };
    // Its output is not the report's: a worker writes nothing, and whatever it would is dropped.
    const worker = new Worker(script, { workerData: { job, progress, slot } satisfies WorkerData, stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.once('message', (message: { entries?: ChunkEntries }) => settle(message.entries));
    worker.once('error', () => settle(undefined));
    worker.once('exit', () => settle(undefined));
    signal.addEventListener('abort', () => settle(undefined), { once: true });
  });
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
  const { progress } = options;
  const { progress: _progress, ...plain } = lintOptions;
  if (!spawn || threads < 2 || project.sources.length < 2) return lintTexts(project.sources, { ...plain, keepDocuments: false, ...(progress ? { progress } : {}) });
  const sorted = [...project.sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const starts = partition(sorted.map((s) => s.text.length), threads);
  const ends = [...starts.slice(1), sorted.length];
  const cells = new Int32Array(new SharedArrayBuffer(4 * starts.length));
  const workers: Promise<ChunkEntries | undefined>[] = [];
  const stop = new AbortController();
  {
    const base = {
      config: lintOptions.config,
      resources: lintOptions.resources ?? {},
      rules: lintOptions.rules.map((r): ChunkJob['rules'][number] => [r.rule.meta.id, r.severity, r.options]),
      lang: lintOptions.lang,
    };
    for (let t = 1; t < starts.length; t++) {
      // The pack's first file before the chunk: the pack-wide state it leaves (the pack's «Вы»
      // style is nearly always set there) is the state the chunk starts from. Where a later file
      // of an earlier chunk changes it, or repeats an id of the chunk, the entries concerned do not
      // hold when restored, and those files are linted again on the main thread.
      const files = [sorted[0]!, ...sorted.slice(starts[t], ends[t])].map((s) => ({ path: s.path, text: s.text, bom: s.bom }));
      workers.push(spawn({ ...base, files, from: 1 }, cells, t, stop.signal));
    }
  }
  const entries = new Map<string, CacheEntry>();
  const workersDone = (): number => {
    let done = 0;
    for (let t = 1; t < starts.length; t++) done += Atomics.load(cells, t) / 1000;
    return done;
  };
  try {
    lintTexts(sorted.slice(0, ends[0]), {
      ...plain,
      keepDocuments: false,
      cache: { get: () => undefined, set: (source, entry) => void entries.set(source.path, entry) },
      ...(progress ? { progress: (done: number) => progress(done + workersDone(), sorted.length) } : {}),
    });
  } catch (error) {
    // The first chunk's error is the run's (a one-thread lint meets it first too).
    stop.abort();
    throw error;
  }
  const ticker = progress ? setInterval(() => progress(ends[0]! + workersDone(), sorted.length), 100) : undefined;
  try {
    for (const answer of await Promise.all(workers)) for (const [path, entry] of answer ?? []) entries.set(path, entry);
  } finally {
    if (ticker) clearInterval(ticker);
  }
  // Every file from its entry, in order; one whose entry does not hold is linted here.
  return lintTexts(sorted, { ...plain, keepDocuments: false, cache: { get: (source) => entries.get(source.path), set: () => {} } });
}
