/**
 * What the lint engine keeps of a linted file for a later run (`lint --cache`), and what it asks
 * of a store. The engine decides whether a stored result still holds (the file's text, the ids
 * and the pack-wide state it was linted after); the store (the CLI's `.otvet-cache/`) only keeps
 * entries by path and text, across runs.
 */
import type { SourceText } from './engine.js';
import type { Finding } from './finding.js';
import type { Localized } from './i18n.js';
import type { Report } from './rule.js';
import { validateCacheIndex, validateCacheShard } from './generated/validators.js';
import type { TemplateScore } from './score.js';
import type { Severity } from './types.js';

/** A finding as the file's report holds it: after suppressions, with its severity. */
export interface StoredFinding extends Finding {
  severity: Severity;
}

/** A file's report, as a later run can show it without reading the file again as YAML. */
export interface StoredResult {
  findings: StoredFinding[];
  /** The scores of the file's templates. */
  templates: TemplateScore[];
}

/**
 * What the rules reported on one template, and what it was checked after: a later lint reuses the
 * reports of a template whose texts, placeholders, place and incoming pack-wide state are the same
 * (`--fix` between its passes; the cache between runs, in a file that changed elsewhere).
 */
export interface TemplateReports {
  /** The pack-wide state before and after the template (JSON). */
  stateIn: string;
  stateOut: string;
  /** The words of its target text, for its error rate (when scored). */
  words?: number | undefined;
  /** Each report with the index of its rule among the file's text rules. */
  reports: [rule: number, report: Report][];
  /** Where the template was, when a rule asked for a place in the file (`RuleContext.locate`). */
  place?: string;
}

/**
 * What a file was linted with, and what it left for the files after it. Plain JSON data: a store
 * writes it as it is.
 */
export interface CacheEntry {
  /**
   * `full`: every configured rule ran (a plain lint, or a given file of `lint --context`). `pack`:
   * only the pack-wide rules and the built-in checks ran (a file of the pack outside the given
   * ones of `lint --context`); such an entry serves only that case again.
   */
  scope: 'full' | 'pack';
  /**
   * The file's template ids, in file order, and the offset of each (`offsets[i]` is where `ids[i]`
   * is): two flat arrays rather than a pair per id, because a pack's index holds thousands of them
   * and is read on every run (plain strings and numbers parse and check faster than small arrays).
   */
  ids: string[];
  offsets: number[];
  /** Ids of the file that an earlier file of the run already had: where the first one is (`path:line:column`). */
  seen: Record<string, string>;
  /** The pack-wide state of the rules (`RuleContext.pack`) before the file, as JSON by `rule\u0000key`. */
  stateIn: Record<string, string>;
  /** The same after the file. */
  stateOut: Record<string, string>;
  /** Whether the file could be read as templates (`FileResult.checked`). */
  checked: boolean;
  /**
   * The findings that other files can be reported for (they have a `cause`: a duplicate id, the
   * pack's first «Вы»), from the pack-wide rules and the built-in checks: all a file outside the
   * focus of `lint --context` shows.
   */
  caused: StoredFinding[];
  /** The file's whole report; only for a `full` entry. A store may load it lazily: undefined when it is lost. */
  result?: StoredResult | (() => StoredResult | undefined);
  /**
   * What the rules reported on each template (a `full` entry), by the digest of what they read of
   * it: when the file changes, {@link LintCache.previous} gives them back, and only the templates
   * that changed (or now follow another pack-wide state) are checked again.
   */
  templates?: Record<string, TemplateReports>;
}

/** Where the engine finds and puts cache entries. */
export interface LintCache {
  /** The entry stored for this file's path and exactly its content (its `digest`, else its text), if any. */
  get(source: SourceText): CacheEntry | undefined;
  /** Keep the entry of a file just linted. */
  set(source: SourceText, entry: CacheEntry): void;
  /**
   * The template reports ({@link CacheEntry.templates}) of the last entry stored for this file's
   * path, whatever its content was: a store that keeps them offers them for a file that changed.
   */
  previous?(source: SourceText): Readonly<Record<string, TemplateReports>> | undefined;
}

/**
 * A store in memory, for the lint passes of one run (`--fix` lints again after each round of
 * fixes: the files a round did not change need no second lint).
 */
export class MemoryLintCache implements LintCache {
  readonly #entries = new Map<string, { text: string; entry: CacheEntry }>();

  get(source: SourceText): CacheEntry | undefined {
    const kept = this.#entries.get(source.path);
    return kept && kept.text === source.text ? kept.entry : undefined;
  }

  set(source: SourceText, entry: CacheEntry): void {
    this.#entries.set(source.path, { text: source.text, entry });
  }
}

/**
 * A template's reports as a report file keeps them: the pack-wide states as indices in the file's
 * table of states (the state after the template only when it is not the state before), each
 * report with only the fields a finding is made of (a plugin's rule may add others), so that
 * they read back exactly.
 */
export interface EncodedTemplateReports extends Omit<TemplateReports, 'stateIn' | 'stateOut'> {
  stateIn: number;
  stateOut?: number;
}

export function encodeTemplateReports(t: TemplateReports, states: StateTable): EncodedTemplateReports {
  const out: EncodedTemplateReports = { stateIn: states.add(t.stateIn), reports: t.reports.map(([rule, r]) => [rule, storedReport(r)]) };
  if (t.stateOut !== t.stateIn) out.stateOut = states.add(t.stateOut);
  if (t.words !== undefined) out.words = t.words;
  if (t.place !== undefined) out.place = t.place;
  return out;
}

/** The template reports, or undefined when they refer to a state the table does not have (a damaged file). */
export function decodeTemplateReports(e: EncodedTemplateReports, states: readonly string[]): TemplateReports | undefined {
  const stateIn = states[e.stateIn];
  const stateOut = e.stateOut === undefined ? stateIn : states[e.stateOut];
  if (stateIn === undefined || stateOut === undefined) return undefined;
  const out: TemplateReports = { stateIn, stateOut, reports: e.reports };
  if (e.words !== undefined) out.words = e.words;
  if (e.place !== undefined) out.place = e.place;
  return out;
}

function storedReport(r: Report): Report {
  const out: Report = { messageId: r.messageId, start: r.start, end: r.end };
  if (r.data !== undefined) out.data = { ...r.data };
  if (r.in !== undefined) out.in = r.in;
  if (r.actual !== undefined) out.actual = r.actual;
  if (r.expected !== undefined) out.expected = [...r.expected];
  if (r.fix !== undefined) out.fix = r.fix === false ? false : { start: r.fix.start, end: r.fix.end, text: r.fix.text };
  if (r.note !== undefined) out.note = { en: r.note.en, zh: r.note.zh, ru: r.note.ru };
  if (r.cause !== undefined) out.cause = r.cause;
  return out;
}

/** The whole report of an entry, loading it when the store keeps it apart. */
export function entryResult(entry: CacheEntry): StoredResult | undefined {
  return typeof entry.result === 'function' ? entry.result() : entry.result;
}

// ---------------------------------------------------------------------------------------------
// On disk: JSON files that pass cache.schema.json, their findings' messages in a table.

/** An entry of a cache index as written: its file's text digest, and its report apart (`shard`). */
export interface IndexEntry extends Omit<CacheEntry, 'caused' | 'result' | 'templates'> {
  hash: string;
  caused: EncodedFinding[];
  /** The digest that names the file holding the whole report (`full` entries). */
  shard?: string;
  /** The file's metadata stamp when it was read (`SourceText.stamp`), if it had one. */
  stamp?: string;
}

export interface CacheIndex {
  /** 2: ids and their offsets as two arrays (1 had a pair per id). */
  format: 2;
  key: string;
  messages: Localized[];
  files: Record<string, IndexEntry>;
}

export interface CacheShard {
  format: 1;
  messages: Localized[];
  findings: EncodedFinding[];
  templates: TemplateScore[];
  /** The pack-wide states that `reports` refer to. */
  states?: string[];
  /** {@link CacheEntry.templates}. */
  reports?: Record<string, EncodedTemplateReports>;
}

/** A stored finding whose message (and note) are indices in the file's message table. */
export interface EncodedFinding extends Omit<StoredFinding, 'message' | 'note'> {
  message: number;
  note?: number;
}

/** Values of a cache file kept each once, which its records refer to by index. */
class InternTable<T> {
  readonly list: T[] = [];
  readonly #index = new Map<string, number>();

  constructor(
    private readonly keyOf: (value: T) => string,
    private readonly copy: (value: T) => T,
  ) {}

  add(value: T): number {
    const key = this.keyOf(value);
    let i = this.#index.get(key);
    if (i === undefined) {
      i = this.list.push(this.copy(value)) - 1;
      this.#index.set(key, i);
    }
    return i;
  }
}

/** The messages of a cache file, each once: findings refer to them by index. */
export class MessageTable extends InternTable<Localized> {
  constructor() {
    super(
      (m) => `${m.en}\u0000${m.zh}\u0000${m.ru}`,
      (m) => ({ en: m.en, zh: m.zh, ru: m.ru }),
    );
  }
}

/** The pack-wide states (JSON) of a report file, each once: template reports refer to them by index. */
export class StateTable extends InternTable<string> {
  constructor() {
    super(
      (state) => state,
      (state) => state,
    );
  }
}

export function encodeFinding(f: StoredFinding, table: MessageTable): EncodedFinding {
  const { message, note, ...rest } = f;
  const out: EncodedFinding = { ...rest, message: table.add(message) };
  if (note) out.note = table.add(note);
  return out;
}

/** The finding, or undefined when it refers to a message the table does not have (a damaged file). */
export function decodeFinding(f: EncodedFinding, messages: readonly Localized[]): StoredFinding | undefined {
  const { message, note, ...rest } = f;
  const m = messages[message];
  if (!m || (note !== undefined && !messages[note])) return undefined;
  const out: StoredFinding = { ...rest, message: m };
  if (note !== undefined) out.note = messages[note]!;
  return out;
}

export function decodeFindings(list: readonly EncodedFinding[], messages: readonly Localized[]): StoredFinding[] | undefined {
  const out: StoredFinding[] = [];
  for (const f of list) {
    const d = decodeFinding(f, messages);
    if (!d) return undefined;
    out.push(d);
  }
  return out;
}

/** Parse a cache index; undefined unless it is one (JSON that passes the schema), made with this key when one is given. */
export function parseCacheIndex(text: string, key?: string): CacheIndex | undefined {
  const data = parseJson(text);
  return validateCacheIndex(data) && (key === undefined || (data as CacheIndex).key === key) ? (data as CacheIndex) : undefined;
}

/** Parse a cache report file; undefined unless it is one. */
export function parseCacheShard(text: string): CacheShard | undefined {
  const data = parseJson(text);
  return validateCacheShard(data) ? (data as CacheShard) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
