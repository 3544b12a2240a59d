/**
 * The lint cache on disk (`lint --cache`, `--cache-location`, default `.otvet-cache/`): what
 * each file's lint found, so that a later run lints only what changed. As ESLint's cache, it is
 * kept per file by the digest of its text, and the whole cache is tied to a key: otvet's build,
 * the resolved config and rules, and the resources (phrasebooks, dictionaries, glossary). The
 * engine (core/cache.ts) decides whether a file's stored result still holds in this run.
 *
 * Layout: `<location>/<project>/index.json` (per config: each file's digest (SHA-256 of its bytes), ids, pack-wide
 * state and cross-file findings) and `<location>/<project>/<digest>.json` (a file's whole
 * report, read only when it is shown). The location holds a `.gitignore` of `*` and a
 * `CACHEDIR.TAG`, so that git and backup tools leave it alone.
 *
 * A cache file that is not valid JSON, fails cache.schema.json or was made with another key is
 * ignored and rebuilt, never trusted. Every file is written whole under a temporary name, then
 * renamed: concurrent runs each leave a complete cache (the last one wins).
 */
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  makeDirectories,
  sha256Hex,
  decodeFindings,
  encodeFinding,
  MessageTable,
  parseCacheIndex,
  parseCacheShard,
  type CacheEntry,
  type CacheIndex,
  type CacheShard,
  type IndexEntry,
  type LintCache,
  type SourceText,
  type StoredFinding,
  type StoredResult,
  type EncodedTemplateReports,
  type TemplateReports,
  decodeTemplateReports,
  encodeTemplateReports,
  entryResult,
  StateTable,
} from '@otvet/core';
import { writeAtomic } from './atomic.js';
import type { KnownFile } from './files.js';
import type { LintProject } from './lint-project.js';

/**
 * Report files younger than this are not pruned: a concurrent run may have written them and not
 * yet its index (a lint of 50,000 templates takes minutes).
 */
const PRUNE_AFTER_MS = 15 * 60_000;

const sha256 = sha256Hex;

/** What a file's entry is found by: the digest of its bytes (readSources makes it), else of its text. */
const digestOf = (source: SourceText): string => source.digest ?? sha256(source.text);

/** What this build of otvet is: the digest the build wrote beside the bundle, or the source tree's version. */
function buildId(version: string): string {
  try {
    return readFileSync(new URL('./build-id', import.meta.url), 'utf8').trim();
  } catch {
    return `source ${version}`;
  }
}

/** What every result of a project depends on besides its files: a change anywhere here empties the cache. */
export function cacheKey(project: LintProject, version: string): string {
  const { config, rules, resources } = project.lintOptions;
  return sha256(
    JSON.stringify({
      build: buildId(version),
      config,
      rules: rules.map((r) => [r.rule.meta.id, r.severity, r.options]),
      resources: resources ?? {},
      // A plugin's rules are code outside the build: its digest stands for them.
      plugins: (project.loaded.plugins ?? []).map((p) => [p.specifier, p.name, p.version ?? '', p.digest]),
    }),
  );
}

/** A file's entry linted in this run, to be written. */
interface Pending {
  entry: Omit<IndexEntry, 'caused'>;
  caused: StoredFinding[];
}

/** Why the cache could not be written (the lint's results stand). */
export interface CacheWriteError {
  dir: string;
  code: string;
}

/** The folder of a project's cache: one per config file (or, without one, per root directory). */
function cacheDir(location: string, configOrRoot: string): string {
  return join(location, sha256(configOrRoot).slice(0, 16));
}

/** The cache index of a folder, whatever its key; undefined if there is none that passes the schema. */
function readIndex(dir: string): CacheIndex | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, 'index.json'), 'utf8');
  } catch {
    // No cache yet (or unreadable): everything is linted and stored.
    return undefined;
  }
  return parseCacheIndex(text);
}

/** A project's cache index read before its files are, and what it knows of them. */
export interface IndexReadAhead {
  dir: string;
  index: CacheIndex | undefined;
  /** Each file's stamp and digest when the cache took them, by path (see `fileStamp` in files.ts). */
  known: ReadonlyMap<string, KnownFile>;
}

/**
 * The cache index of a project (`--cache-location`, the config's path or the root), read before
 * its files: a file whose stamp is the one the cache knows need not be read to find its entry
 * (`fileStamp` in files.ts). The digests do not depend on the setup, so they hold whatever the cache's
 * key; the {@link FileCache} of the project takes the index as read here.
 */
export function readAhead(location: string, configOrRoot: string): IndexReadAhead {
  const dir = cacheDir(location, configOrRoot);
  const index = readIndex(dir);
  const known = new Map<string, KnownFile>();
  for (const [path, entry] of Object.entries(index?.files ?? {})) if (entry.stamp !== undefined) known.set(path, { stamp: entry.stamp, hash: entry.hash });
  return { dir, index, known };
}

export class FileCache implements LintCache {
  readonly dir: string;
  readonly #key: string;
  readonly #root: string;
  #index: CacheIndex | undefined;
  /** The digest of each file's text asked for in this run. */
  readonly #hashes = new Map<string, string>();
  readonly #updates = new Map<string, Pending>();
  /** New stamps of files whose entries still hold. */
  readonly #restamped = new Map<string, string>();
  /** Whether the index on disk must be written again (an entry added or replaced, or the file was not usable). */
  #dirty = false;
  /** Why writing failed, the first time (then nothing more is written). */
  #failure: CacheWriteError | undefined;
  /** Whether the directory is there (made on the first write). */
  #ready = false;

  /**
   * @param location the cache directory (`--cache-location`), absolute
   * @param project the project linted (its config file names its part of the cache)
   * @param key see {@link cacheKey}
   */
  constructor(location: string, project: LintProject, key: string) {
    this.dir = cacheDir(location, project.loaded.path ?? project.root);
    this.#key = key;
    this.#root = project.root;
    const ahead = project.cacheIndex;
    const read = ahead?.dir === this.dir ? ahead.index : readIndex(this.dir);
    this.#index = read && read.key === key ? read : undefined;
    if (!this.#index) this.#dirty = true;
  }

  get(source: SourceText): CacheEntry | undefined {
    const { path } = source;
    const hash = digestOf(source);
    this.#hashes.set(path, hash);
    const index = this.#index;
    const stored = index && Object.hasOwn(index.files, path) ? index.files[path] : undefined;
    if (!index || !stored || stored.hash !== hash) return undefined;
    const caused = decodeFindings(stored.caused, index.messages);
    if (!caused) return undefined;
    // The same content with another stamp (a file touched, or copied back): keep the new stamp,
    // so that the next run need not read it either.
    if (source.stamp !== undefined && source.stamp !== stored.stamp) {
      this.#restamped.set(path, source.stamp);
      this.#dirty = true;
    }
    const { shard } = stored;
    const entry: CacheEntry = { scope: stored.scope, ids: stored.ids, offsets: stored.offsets, seen: stored.seen, stateIn: stored.stateIn, stateOut: stored.stateOut, checked: stored.checked, caused };
    if (shard) entry.result = () => this.#readShard(shard);
    return entry;
  }

  set(source: SourceText, entry: CacheEntry): void {
    const { path } = source;
    const { caused, result: _result, templates: _templates, ...rest } = entry;
    const pending: Pending = { entry: { ...rest, hash: this.#hashes.get(path) ?? digestOf(source) }, caused };
    if (source.stamp !== undefined) pending.entry.stamp = source.stamp;
    const result = entryResult(entry);
    if (result) {
      const table = new MessageTable();
      const shard: CacheShard = { format: 1, messages: [], findings: result.findings.map((f) => encodeFinding(f, table)), templates: result.templates };
      shard.messages = table.list;
      if (entry.templates) {
        const states = new StateTable();
        const reports: Record<string, EncodedTemplateReports> = {};
        for (const [key, t] of Object.entries(entry.templates)) reports[key] = encodeTemplateReports(t, states);
        shard.states = states.list;
        shard.reports = reports;
      }
      const shardText = JSON.stringify(shard);
      pending.entry.shard = sha256(shardText);
      // Written now, not kept until the end: a lint of many files holds no report twice.
      this.#writeShard(pending.entry.shard, shardText);
    }
    this.#updates.set(path, pending);
    this.#dirty = true;
  }

  #writeShard(name: string, text: string): void {
    if (this.#failure) return;
    try {
      if (!this.#ready) {
        makeDirectories(this.dir);
        markCacheDir(resolve(this.dir, '..'));
        this.#ready = true;
      }
      const path = join(this.dir, `${name}.json`);
      if (!existsSync(path)) writeAtomic(path, text);
    } catch (error) {
      this.#failure = { dir: this.dir, code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
    }
  }

  /**
   * Write the index of what changed (the new report files are written as the files are linted).
   * Entries of files not linted in this run
   * stay while their file exists. Unused report files are removed. Does nothing when nothing changed.
   * @returns why it could not write, if it could not
   */
  save(): CacheWriteError | undefined {
    if (!this.#dirty) return undefined;
    // The index's message table is made anew: only the messages its entries use.
    const table = new MessageTable();
    const index: CacheIndex = { format: 2, key: this.#key, messages: [], files: {} };
    const old = this.#index;
    for (const [path, stored] of Object.entries(old?.files ?? {})) {
      if (this.#updates.has(path) || !(this.#hashes.has(path) || existsSync(resolve(this.#root, path)))) continue;
      const caused = decodeFindings(stored.caused, old!.messages);
      const stamp = this.#restamped.get(path);
      if (caused) index.files[path] = { ...stored, ...(stamp === undefined ? {} : { stamp }), caused: caused.map((f) => encodeFinding(f, table)) };
    }
    for (const [path, pending] of this.#updates) index.files[path] = { ...pending.entry, caused: pending.caused.map((f) => encodeFinding(f, table)) };
    index.messages = table.list;
    // An index that names report files that could not be written is not written either.
    if (this.#failure) return this.#failure;
    try {
      makeDirectories(this.dir);
      markCacheDir(resolve(this.dir, '..'));
      writeAtomic(join(this.dir, 'index.json'), JSON.stringify(index));
      this.#prune(index);
    } catch (error) {
      return { dir: this.dir, code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
    }
    this.#index = index;
    this.#updates.clear();
    this.#restamped.clear();
    this.#dirty = false;
    return undefined;
  }

  /**
   * The template reports kept with the last entry of this file's path (its content then), for a
   * file that changed since: its templates that did not change need no new check.
   */
  previous(source: SourceText): Readonly<Record<string, TemplateReports>> | undefined {
    const index = this.#index;
    const stored = index && Object.hasOwn(index.files, source.path) ? index.files[source.path] : undefined;
    const shard = stored?.shard ? this.#shard(stored.shard) : undefined;
    if (!shard?.reports) return undefined;
    const states = shard.states ?? [];
    const out: Record<string, TemplateReports> = {};
    for (const [key, encoded] of Object.entries(shard.reports)) {
      const t = decodeTemplateReports(encoded, states);
      // A report file that refers to states it does not have is damaged: none of it is used.
      if (!t) return undefined;
      out[key] = t;
    }
    return out;
  }

  #readShard(name: string): StoredResult | undefined {
    const shard = this.#shard(name);
    const findings = shard && decodeFindings(shard.findings, shard.messages);
    return shard && findings ? { findings, templates: shard.templates } : undefined;
  }

  /** The last report file read (a file's entry may ask for its report and its template reports). */
  #lastShard: { name: string; shard: CacheShard | undefined } | undefined;

  #shard(name: string): CacheShard | undefined {
    if (this.#lastShard?.name === name) return this.#lastShard.shard;
    let shard: CacheShard | undefined;
    try {
      const text = readFileSync(join(this.dir, `${name}.json`), 'utf8');
      // Named by the digest of its content: a file that is not what the index wrote is not used.
      if (sha256(text) === name) shard = parseCacheShard(text);
    } catch {
      // Gone (pruned by a concurrent run) or unreadable: as if it were not there.
    }
    this.#lastShard = { name, shard };
    return shard;
  }

  /** Remove the report files and temporary files no entry uses (those of the last minutes stay). */
  #prune(index: CacheIndex): void {
    const used = new Set(Object.values(index.files).flatMap((e) => (e.shard ? [`${e.shard}.json`] : [])));
    const now = Date.now();
    for (const name of readdirSync(this.dir)) {
      if (name === 'index.json' || used.has(name)) continue;
      const path = join(this.dir, name);
      try {
        if (now - statSync(path).mtimeMs > PRUNE_AFTER_MS) unlinkSync(path);
      } catch {
        // Gone already (a concurrent run pruned it).
      }
    }
  }
}

/** Mark the cache directory as such, once: git ignores it, backup tools skip it (CACHEDIR.TAG). */
function markCacheDir(location: string): void {
  const ignore = join(location, '.gitignore');
  if (!existsSync(ignore)) writeAtomic(ignore, '# Written by otvet: its lint cache (`otvet lint --cache`).\n*\n');
  const tag = join(location, 'CACHEDIR.TAG');
  if (!existsSync(tag)) {
    writeAtomic(tag, 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by otvet.\n# For information about cache directory tags, see https://bford.info/cachedir/\n');
  }
}
