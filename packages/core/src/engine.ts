/**
 * The lint engine: files → templates → rules → findings → `VFileMessage`s at
 * exact file positions, with suppressions applied and every template scored.
 */
import type { Document } from 'yaml';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Lang, Localized } from './i18n.js';
import { localize } from './i18n.js';
import type { Finding } from './finding.js';
import { parseTemplateFile, schemaData, type TemplateEntry, type TemplateFile, type TextEntry, type VerifiedDocument } from './load.js';
import { schemaMessages, suppressionMessages } from './messages.js';
import type { Report, RuleContext } from './rule.js';
import type { ResolvedRule, RuleCatalog } from './config.js';
import { isSafeEdit, sourceRange } from './scalar-map.js';
import { createTextView } from './text-view.js';
import { countWords, scorePack, scoreTemplate, uncheckedTemplate, wordOffsets, type PackScore, type ScoredFinding, type TemplateScore } from './score.js';
import type { Config, Fix, OtvetMessage, Severity } from './types.js';
import { closest } from './distance.js';
import { UserError } from './errors.js';
import { entryResult, type CacheEntry, type LintCache, type StoredFinding, type TemplateReports } from './cache.js';
import { sha256Hex } from './crypto.js';
import { LineIndex } from './positions.js';
import { byPath } from './sorted.js';
import { checkReport } from './report-check.js';

export interface SourceText {
  /** Path as it should be reported (relative, POSIX separators). */
  path: string;
  /** Decoded text, without BOM (a reader may decode it on first use: see `digest`). */
  readonly text: string;
  /** Whether the bytes began with a BOM (like `text`, a reader may find out on first use). */
  readonly bom: boolean;
  /**
   * A digest of the file's bytes (SHA-256, hex), when the reader made one: the cache finds a file's
   * entry by it, so that a file whose result is in the cache need not even be decoded.
   */
  digest?: string;
  /**
   * What the file's metadata was when it was read (size, times, inode), when it tells the file's
   * content apart: a store may keep it with the digest, and a later reader whose file has the same
   * stamp take the digest without reading the file.
   */
  stamp?: string;
}

export interface LintOptions {
  config: Config;
  /** Extra rule data from the config, by kind (see {@link RuleContext.resources}). */
  resources?: Readonly<Record<string, readonly unknown[]>>;
  rules: ResolvedRule[];
  catalog: RuleCatalog;
  lang: Lang;
  /** When given, the time spent in each rule's check is added here (milliseconds). */
  timing?: Map<string, number>;
  /** Documentation URL of a rule; none by default. */
  ruleUrl?: (ruleId: string) => string | undefined;
  /**
   * The files whose findings and scores are wanted (`lint --context`); all when absent. The other
   * files are parsed and checked for duplicate ids, and only the pack-wide rules run on them
   * ({@link RuleMeta.packWide}): what they report can concern a focus file (its `cause`). They
   * get no scores, and no other findings (from the cache: only those that a focus file caused).
   */
  focus?: (path: string) => boolean;
  /**
   * How many of the run's files are done, of how many (a progress line): after each file, and
   * within a file after each template, as a fraction (2.5: two files and half the third's templates).
   */
  progress?: (done: number, total: number) => void;
  /**
   * False: each file's YAML document (`FileResult.file.doc`) is dropped as soon as its templates
   * are read from it, so that a lint of many files holds one document at a time, briefly (a
   * report needs only the findings). `--fix` keeps them: it edits the documents. Kept when absent.
   */
  keepDocuments?: boolean;
  /**
   * Where to find the results of files linted before and keep those of the files linted now
   * (`lint --cache`). A file whose stored result still holds is not parsed or linted again: its
   * result has `cached` set.
   */
  cache?: LintCache;
  /**
   * What the rules reported on each template in an earlier lint of this run (`--fix` lints again
   * after each round of fixes): a template whose texts, placeholders and incoming pack-wide state
   * are the same gets the same reports without running the rules. Reports are kept in the text's
   * own offsets and placed in the file anew; a template whose reports named a place in the file
   * (`locate`) is reused only where it has not moved.
   */
  memo?: TemplateMemo;
  /**
   * The YAML document of a file's text when it is already parsed (`--fix` parsed each file it
   * fixed, to check it): `parseTemplateDocument` of exactly that text, or undefined.
   */
  documents?: (path: string, text: string) => Document.Parsed | VerifiedDocument | undefined;
  /**
   * The pack-wide state (`RuleContext.pack`, as JSON by `rule\u0000key`, as a cache entry keeps
   * it) to start from instead of none: a part of a pack linted apart from the files before it
   * (a thread of `--concurrency`) starts from the state those files leave.
   */
  packState?: Readonly<Record<string, string>>;
}

/** The reports of the rules on one template, for {@link LintOptions.memo}. */
type MemoEntry = TemplateReports;

/** Where {@link lintFile} finds and keeps the reports of templates (see {@link LintOptions.memo}). */
interface MemoStore {
  get(key: string): MemoEntry | undefined;
  set(key: string, entry: MemoEntry): void;
}

/**
 * The template reports of a file linted with the cache: those of the file's last entry (its
 * earlier content) to reuse, and those of this lint to store with the new entry, by the digest
 * of each template's key (the key holds the template's texts).
 */
class FileMemo implements MemoStore {
  readonly recorded: Record<string, MemoEntry> = {};

  constructor(
    readonly previous: Readonly<Record<string, MemoEntry>>,
    readonly run: TemplateMemo | undefined,
  ) {}

  /** The last key and its digest (`set` follows `get` for the same template). */
  #last: { key: string; digest: string } | undefined;

  #digest(key: string): string {
    if (this.#last?.key !== key) this.#last = { key, digest: sha256Hex(key) };
    return this.#last.digest;
  }

  get(key: string): MemoEntry | undefined {
    const digest = this.#digest(key);
    const hit = this.run?.get(key) ?? (Object.hasOwn(this.previous, digest) ? this.previous[digest] : undefined);
    // Kept for the new entry as it is; a hit that does not hold is replaced by `set`.
    if (hit) this.recorded[digest] = hit;
    return hit;
  }

  set(key: string, entry: MemoEntry): void {
    this.run?.set(key, entry);
    this.recorded[this.#digest(key)] = entry;
  }
}

/** See {@link LintOptions.memo}: one per `--fix` run, shared by its lint passes. */
export class TemplateMemo implements MemoStore {
  readonly #entries = new Map<string, MemoEntry>();

  /** @internal */
  get(key: string): MemoEntry | undefined {
    return this.#entries.get(key);
  }

  /** @internal */
  set(key: string, entry: MemoEntry): void {
    this.#entries.set(key, entry);
  }

  /** How many templates it holds. */
  get size(): number {
    return this.#entries.size;
  }
}

export interface FileResult {
  path: string;
  /**
   * The file as read. For a result from the cache (`cached`) it was not read as YAML again: its
   * text, path, BOM and lines are there; its templates, findings, directives and requotes are empty.
   */
  file: TemplateFile;
  vfile: VFile;
  messages: OtvetMessage[];
  templates: TemplateScore[];
  /**
   * False when the file, or an item of its template list, could not be read as templates (a YAML
   * syntax error, an empty file, a schema error outside the templates, an item without an id):
   * what it holds was not checked, so the pack's verdict is `unchecked`.
   */
  checked: boolean;
  /** The result came from the cache ({@link LintOptions.cache}). */
  cached?: boolean;
}

export interface LintResult {
  files: FileResult[];
  summary: PackScore & { files: number; errors: number; warnings: number; infos: number; fixable: number };
}

const BUILTIN_FIXED = new Set(['yaml-syntax', 'schema']);

/**
 * A rule's check threw: a defect of the rule, not of the input. Says which rule, file, template
 * and line (the start of the text being checked), as ESLint's "Occurred while linting file:line,
 * Rule: id"; the rule's own error is the `cause`.
 */
/** An error that carries the message for the user in every language of otvet. */
function isLocalizedError(error: unknown): error is Error & { localized: Localized } {
  if (!(error instanceof Error) || !('localized' in error)) return false;
  const localized = (error as { localized: unknown }).localized;
  return typeof localized === 'object' && localized !== null && (['en', 'zh', 'ru'] as const).every((lang) => typeof (localized as Record<string, unknown>)[lang] === 'string');
}

export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly path: string,
    readonly templateId: string,
    readonly line: number,
    cause: unknown,
  ) {
    super(`Rule "${ruleId}" failed on template "${templateId}": ${cause instanceof Error ? cause.message : String(cause)}\nOccurred while linting ${path}:${line}`, { cause });
    this.name = 'RuleCrash';
  }

  /** What the rule threw, as its message says it. */
  get detail(): string {
    return this.cause instanceof Error ? `${this.cause.name}: ${this.cause.message}` : String(this.cause);
  }
}

/** Where an id was first seen (its `path:line:column` is worked out only for a duplicate). */
interface IdPlace {
  path: string;
  lines: LineIndex;
  offset: number;
}

function whereOf(place: IdPlace): string {
  const p = place.lines.point(place.offset);
  return `${place.path}:${p.line}:${p.column}`;
}

/** The rules' pack-wide state (`RuleContext.pack`) by `rule\u0000key`, as JSON. */
function snapshot(state: Map<string, object>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of state) out[key] = JSON.stringify(value);
  return out;
}

const ruleOfKey = (key: string): string => key.slice(0, key.indexOf('\u0000'));
const own = (record: Record<string, string>, key: string): string | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Lint already-decoded files together (ids are unique across all of them); files are taken in path order. */
export function lintTexts(sources: SourceText[], options: LintOptions): LintResult {
  const { config, cache } = options;
  // Sorted by path: results, duplicate-id reports and pack-wide state never depend on argument order.
  const sorted = [...sources].sort(byPath);
  // Each file is parsed, linted and released in turn (path order): what a file needs of the files
  // before it (the ids they hold, the pack-wide rules' state) is known by then.
  const firstSeen = new Map<string, IdPlace>();
  const run: RunState = {
    shared: new Map(),
    state: new Map(Object.entries(options.packState ?? {}).map(([key, json]) => [key, JSON.parse(json) as object])),
    packWide: new Set(options.rules.filter((r) => r.rule.meta.packWide).map((r) => r.rule.meta.id)),
    textRules: new Set(options.rules.filter((r) => r.rule.meta.scope !== 'builtin').map((r) => r.rule.meta.id)),
  };
  const { progress } = options;
  const results = sorted.map((s, index) => {
    if (progress) run.templatesDone = (done, of) => progress(index + done / of, sorted.length);
    const result = lintSource(s);
    progress?.(index + 1, sorted.length);
    return result;
  });
  function lintSource(s: SourceText): FileResult {
    const inFocus = !options.focus || options.focus(s.path);
    if (cache) {
      const restored = timed(options.timing, '(cache)', () => restore(s, cache.get(s), inFocus, firstSeen, run, options));
      if (restored) return restored;
    }
    const parsed = options.documents?.(s.path, s.text);
    const file = timed(options.timing, '(yaml + schema)', () => parseTemplateFile(s.path, s.text, s.bom, config.target, parsed));
    // Linting reads the templates, not the document: it can go before the lint of the file.
    if (options.keepDocuments === false) delete file.doc;
    // Duplicate template ids, within the file and with the files before it (those, for the cache
    // too: CacheEntry.seen).
    const seen: Record<string, string> = {};
    if (cache) {
      for (const entry of file.templates) {
        const first = firstSeen.get(entry.id);
        if (first) seen[entry.id] = whereOf(first);
      }
    }
    for (const entry of file.templates) {
      const first = firstSeen.get(entry.id);
      if (!first) {
        firstSeen.set(entry.id, { path: file.path, lines: file.lines, offset: entry.idStart });
        continue;
      }
      const where = whereOf(first);
      file.findings.push({
        ruleId: 'schema', messageId: 'duplicate-id', message: schemaMessages['duplicate-id'], data: { id: entry.id, where },
        start: entry.idStart, end: entry.idEnd, severity: 'error', templateId: entry.id, templateIndex: entry.index, cause: where,
      });
    }
    const stateIn = cache ? snapshot(run.state) : {};
    // A file of the focus that changed since the cache's entry: its templates that did not change
    // keep their reports (CacheEntry.templates).
    const fileMemo = cache?.previous && inFocus ? new FileMemo(cache.previous(s) ?? {}, options.memo) : undefined;
    const { result, stored } = lintFile(file, options, run, inFocus, fileMemo ?? options.memo);
    if (cache) {
      const outside = (f: StoredFinding): boolean => f.cause !== undefined && (run.packWide.has(f.ruleId) || !run.textRules.has(f.ruleId));
      const entry: CacheEntry = {
        scope: inFocus ? 'full' : 'pack',
        ids: file.templates.map((e) => e.id),
        offsets: file.templates.map((e) => e.idStart),
        seen,
        stateIn,
        stateOut: snapshot(run.state),
        checked: result.checked,
        caused: stored.filter(outside),
      };
      if (inFocus) entry.result = { findings: stored, templates: result.templates };
      if (fileMemo) entry.templates = fileMemo.recorded;
      timed(options.timing, '(cache)', () => cache.set(s, entry));
    }
    return result;
  }
  const allTemplates = results.flatMap((r) => r.templates);
  const uncheckedFiles = results.filter((r) => !r.checked && (!options.focus || options.focus(r.path))).length;
  const pack = scorePack(allTemplates, config.thresholds, uncheckedFiles);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    for (const m of r.messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
      if (m.fix) fixable++;
    }
  }
  return { files: results, summary: { ...pack, files: results.length, errors, warnings, infos, fixable } };
}

/** What carries from file to file in one run. */
interface RunState {
  /** `RuleContext.shared`. */
  shared: Map<string, unknown>;
  /** `RuleContext.pack`. */
  state: Map<string, object>;
  /** Ids of the pack-wide rules (they run outside the focus of `lint --context`). */
  packWide: ReadonlySet<string>;
  /** Ids of the configured rules that check texts (the others are the built-in checks). */
  textRules: ReadonlySet<string>;
  /** Called as a file's templates are linted: how many are done, of how many. */
  templatesDone?: (done: number, of: number) => void;
}

/**
 * A file's result from its cache entry, when the entry still holds: the file was linted with the
 * rules this run needs (a `full` entry for a file in focus), after the same earlier ids and the
 * same pack-wide state (for a file outside the focus, that of the pack-wide rules: the others do
 * not run there). Then its ids and the state after it carry on as if it had been linted. An entry
 * that does not hold, or that does not fit the file's text (a damaged store), is not used.
 */
function restore(source: SourceText, entry: CacheEntry | undefined, inFocus: boolean, firstSeen: Map<string, IdPlace>, run: RunState, options: LintOptions): FileResult | undefined {
  if (!entry || (inFocus && entry.scope !== 'full')) return undefined;
  const { ids, offsets } = entry;
  if (offsets.length !== ids.length) return undefined;
  // (Indexed loops: a pack's entries hold thousands of ids, and this runs once per file, cold.)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const first = firstSeen.get(id);
    if ((first ? whereOf(first) : undefined) !== own(entry.seen, id)) return undefined;
  }
  // Nothing here reads the text unless a message needs it: a file outside the focus of
  // `--context` with nothing to show is not even decoded (an id's place clamps to the text).
  const lines = new LineIndex(() => source.text);
  const relevant = (key: string): boolean => inFocus || run.packWide.has(ruleOfKey(key));
  const keys = new Set([...run.state.keys(), ...Object.keys(entry.stateIn), ...Object.keys(entry.stateOut)].filter(relevant));
  const after = new Map<string, object>();
  for (const key of keys) {
    const now = run.state.get(key);
    if ((now === undefined ? undefined : JSON.stringify(now)) !== own(entry.stateIn, key)) return undefined;
    const out = own(entry.stateOut, key);
    if (out === undefined) continue;
    try {
      const value: unknown = JSON.parse(out);
      if (typeof value !== 'object' || value === null) return undefined;
      after.set(key, value);
    } catch {
      return undefined;
    }
  }
  // Outside the focus, only what a file of the focus caused is shown (see LintOptions.focus).
  const causedHere = (f: StoredFinding): boolean => f.cause !== undefined && options.focus!(f.cause.replace(/:\d+:\d+$/, ''));
  const stored = inFocus ? entryResult(entry) : { findings: entry.caused.filter(causedHere), templates: [] };
  if (!stored || (stored.findings.length && !stored.findings.every((f) => fits(f, source.text.length)))) return undefined;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!firstSeen.has(id)) firstSeen.set(id, { path: source.path, lines, offset: offsets[i]! });
  }
  for (const [key, value] of after) run.state.set(key, value);
  // The file was not read as YAML: no templates, directives or document (see FileResult.file).
  const file: TemplateFile = {
    path: source.path,
    get text() {
      return source.text;
    },
    get bom() {
      return source.bom;
    },
    lines,
    templates: [],
    findings: [],
    directives: [],
    usable: entry.checked,
    unread: 0,
    requotes: [],
  };
  const { vfile, messages } = report(file, stored.findings, options);
  return { path: file.path, file, vfile, messages, templates: stored.templates, checked: entry.checked, cached: true };
}

/**
 * Whether a stored finding's places are in a text of this length (a YAML error at the very end
 * of a file ends one past it).
 */
function fits(f: StoredFinding, size: number): boolean {
  const inside = (n: number, end: number): boolean => Number.isInteger(n) && n >= 0 && n <= end;
  return inside(f.start, size + 1) && inside(f.end, size + 1) && (!f.fix || (inside(f.fix.range[0], size) && inside(f.fix.range[1], size) && f.fix.range[0] <= f.fix.range[1]));
}

/** A file's `VFile` and messages (sorted by place) from its findings. */
function report(file: TemplateFile, findings: readonly StoredFinding[], options: LintOptions): { vfile: VFile; messages: OtvetMessage[] } {
  const vfile = new VFile({ path: file.path });
  // The file's text, read when asked for (a file from the cache may not be decoded yet).
  Object.defineProperty(vfile, 'value', { get: () => file.text, enumerable: true, configurable: true });
  const messages = findings.map((f) => toMessage(vfile, file, f, f.severity, options));
  messages.sort(compareMessages);
  vfile.messages = messages;
  return { vfile, messages };
}

/** Run a step, adding its time to `timing` under `key` when timing is on. */
export function timed<T>(timing: Map<string, number> | undefined, key: string, step: () => T): T {
  if (!timing) return step();
  const t0 = performance.now();
  const result = step();
  timing.set(key, (timing.get(key) ?? 0) + performance.now() - t0);
  return result;
}

function severityOf(rules: Map<string, ResolvedRule>, ruleId: string): Severity | undefined {
  return rules.get(ruleId)?.severity;
}

function lintFile(file: TemplateFile, options: LintOptions, run: RunState, inFocus: boolean, memo: MemoStore | undefined): { result: FileResult; stored: StoredFinding[] } {
  const { config, catalog } = options;
  const { shared, state } = run;
  const byId = new Map(options.rules.map((r) => [r.rule.meta.id, r]));
  const findings: Finding[] = [...file.findings];
  const textRules = options.rules.filter((r) => r.rule.meta.scope !== 'builtin' && (inFocus || r.rule.meta.packWide));
  const words = new Map<TemplateEntry, number>();
  let done = 0;
  for (const entry of file.templates) {
    run.templatesDone?.(done++, file.templates.length);
    if (!entry.valid) continue;
    const target = entry.texts.get(config.target);
    if (!target) continue;
    const source = entry.texts.get(config.source);
    let key: string | undefined;
    let stateIn: string | undefined;
    if (memo) {
      key = JSON.stringify([inFocus, file.path, entry.index, entry.id, entry.placeholders, target.locale, target.map.value, source?.locale, source?.map.value]);
      stateIn = JSON.stringify([...state]);
      const hit = memo.get(key);
      if (hit && hit.stateIn === stateIn && (hit.place === undefined || hit.place === placeOf(file, entry))) {
        if (inFocus && hit.words !== undefined) words.set(entry, hit.words);
        for (const [i, report] of hit.reports) {
          const resolved = textRules[i]!;
          findings.push(toFinding(resolved, entry, report, report.in === 'source' && source ? source : target, resolved.rule.meta.fixable));
        }
        if (hit.stateOut !== stateIn) {
          state.clear();
          for (const [k, v] of JSON.parse(hit.stateOut) as [string, object][]) state.set(k, v);
        }
        continue;
      }
    }
    const reports: MemoEntry['reports'] = [];
    let located = false;
    const targetView = createTextView(target.locale, target.map.value);
    const sourceView = source ? createTextView(source.locale, source.map.value) : undefined;
    const wordCount = inFocus ? timed(options.timing, '(placeholders + retext)', () => countWords(wordOffsets(targetView.tree), targetView.parsed.placeholders)) : undefined;
    if (wordCount !== undefined) words.set(entry, wordCount);
    const placeholders = { ...config.placeholders, ...entry.placeholders };
    for (const [ruleIndex, resolved] of textRules.entries()) {
      const { meta } = resolved.rule;
      if (meta.scope === 'source' && !sourceView) continue;
      if (meta.scope === 'pair' && !sourceView) continue;
      const context: RuleContext<object> = {
        templateId: entry.id,
        templateRef: `${file.path}#${entry.index}`,
        placeholders,
        target: targetView,
        options: resolved.options,
        config,
        resources: options.resources ?? {},
        report: (report) => {
          const text = report.in === 'source' && source ? source : target;
          checkReport(meta, report, text.map.value.length);
          if (memo) reports.push([ruleIndex, report]);
          findings.push(toFinding(resolved, entry, report, text, meta.fixable));
        },
        shared: <T>(key: string, create: () => T): T => {
          const k = `${meta.id}\u0000${key}`;
          if (!shared.has(k)) shared.set(k, create());
          return shared.get(k) as T;
        },
        pack: <T extends object>(key: string, create: () => T): T => {
          const k = `${meta.id}\u0000${key}`;
          let value = state.get(k);
          if (!value) state.set(k, (value = create()));
          return value as T;
        },
        locate: (offset, where = 'target') => {
          located = true;
          const text = where === 'source' && source ? source : target;
          const p = file.lines.point(sourceRange(text.map, offset, offset)[0]);
          return `${file.path}:${p.line}:${p.column}`;
        },
      };
      if (sourceView) context.source = sourceView;
      try {
        // No closure per rule and template unless timing is on (this loop is the hot path of a pack lint).
        if (options.timing) timed(options.timing, meta.id, () => resolved.rule.check(context));
        else resolved.rule.check(context);
      } catch (error) {
        // A rule that cannot run here (its word index is missing…) says so to the user as is: a
        // UserError, or an error of a package below core that carries its message in every
        // language (`localized`, as @otvet/morph's MorphIndexMissing).
        if (error instanceof UserError) throw error;
        if (isLocalizedError(error)) throw new UserError(error.localized);
        const at = file.lines.point(sourceRange(target.map, 0, 0)[0]);
        throw new RuleCrash(meta.id, file.path, entry.id, at.line, error);
      }
    }
    if (memo) {
      const entryMemo: MemoEntry = { stateIn: stateIn!, stateOut: JSON.stringify([...state]), reports };
      if (wordCount !== undefined) entryMemo.words = wordCount;
      if (located) entryMemo.place = placeOf(file, entry);
      memo.set(key!, entryMemo);
    }
  }
  const kept = applySuppressions(file, findings, catalog, byId);
  const stored: StoredFinding[] = [];
  for (const f of kept) {
    const severity = BUILTIN_FIXED.has(f.ruleId) ? f.severity ?? 'error' : f.severity ?? severityOf(byId, f.ruleId);
    if (severity) stored.push({ ...f, severity });
  }
  const { vfile, messages } = report(file, stored, options);
  const templates: TemplateScore[] = [];
  // Each template's messages, in one pass over the file's (not one pass per template).
  const byTemplate = new Map<number, ScoredFinding[]>();
  for (const m of inFocus ? messages : []) {
    if (m.templateIndex === undefined) continue;
    const own = byTemplate.get(m.templateIndex);
    if (own) own.push(scoredFinding(m));
    else byTemplate.set(m.templateIndex, [scoredFinding(m)]);
  }
  for (const entry of inFocus ? file.templates : []) {
    const own = byTemplate.get(entry.index) ?? [];
    // A template that failed the schema or has no target text was not linted: it gets no rate.
    if (!entry.valid || !entry.texts.has(config.target)) templates.push(uncheckedTemplate(entry.id, countFallback(entry, config.target), own));
    else templates.push(scoreTemplate(entry.id, words.get(entry) ?? countFallback(entry, config.target), own, config.thresholds));
  }
  return { result: { path: file.path, file, vfile, messages, templates, checked: file.usable && file.unread === 0 }, stored };
}

/**
 * Where a template is, as far as `RuleContext.locate` can tell: its file, its place and its YAML
 * text (a report that names a place is the same only where all of these are).
 */
function placeOf(file: TemplateFile, entry: TemplateEntry): string {
  const p = file.lines.point(entry.start);
  return `${file.path}\u0000${entry.start}\u0000${p.line}\u0000${p.column}\u0000${file.text.slice(entry.start, entry.end)}`;
}

/** What scoring needs of a message: severity, text and span (file offsets). */
function scoredFinding(m: OtvetMessage): ScoredFinding {
  const f: ScoredFinding = { severity: m.severity };
  const place = m.place && 'start' in m.place ? m.place : undefined;
  if (m.locale !== undefined && place?.start.offset !== undefined && place.end.offset !== undefined) {
    f.text = m.locale;
    f.start = place.start.offset;
    f.end = place.end.offset;
  }
  return f;
}

/** Words of a template that was not linted (it failed the schema): count plainly. */
function countFallback(entry: TemplateEntry, target: string): number {
  const t = entry.texts.get(target);
  if (!t) return 0;
  const view = createTextView(t.locale, t.map.value);
  return countWords(wordOffsets(view.tree), view.parsed.placeholders);
}

function compareMessages(a: OtvetMessage, b: OtvetMessage): number {
  const ao = a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0;
  const bo = b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0;
  if (ao !== bo) return ao - bo;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0;
}

function toFinding(resolved: ResolvedRule, entry: TemplateEntry, report: Report, text: TextEntry, fixable: boolean): Finding {
  const { map } = text;
  const [start, end] = sourceRange(map, report.start, report.end);
  const finding: Finding = {
    ruleId: resolved.rule.meta.id,
    messageId: report.messageId,
    message: resolved.rule.meta.messages[report.messageId] ?? { en: report.messageId, zh: report.messageId, ru: report.messageId },
    start,
    end,
    templateId: entry.id,
    templateIndex: entry.index,
    locale: text.locale,
  };
  if (report.data) finding.data = report.data;
  if (report.actual !== undefined) finding.actual = report.actual;
  if (report.expected) finding.expected = report.expected;
  if (report.note) finding.note = report.note;
  if (report.cause) finding.cause = report.cause;
  const edit = report.fix === false ? undefined : report.fix ?? (report.expected?.length === 1 ? { start: report.start, end: report.end, text: report.expected[0]! } : undefined);
  if (fixable && edit && isSafeEdit(map, edit.start, edit.end, edit.text, text.flow)) {
    const [fs, fe] = sourceRange(map, edit.start, edit.end);
    finding.fix = { range: [fs, fe], text: edit.text };
  }
  return finding;
}

/** Drop suppressed findings; report unused, unknown and unexplained suppressions. */
function applySuppressions(file: TemplateFile, findings: Finding[], catalog: RuleCatalog, enabled: Map<string, ResolvedRule>): Finding[] {
  const extra: Finding[] = [];
  const known = (id: string): boolean => catalog.rules.has(id);
  const unknown = (id: string, start: number, end: number, entry?: TemplateEntry): void => {
    const suggestion = closest(id, catalog.rules.keys(), 3);
    const f: Finding = {
      ruleId: 'suppression', messageId: 'unknown-rule', message: suppressionMessages['unknown-rule'],
      data: suggestion ? { rule: id, suggestion } : { rule: id }, start, end,
    };
    if (entry) {
      f.templateId = entry.id;
      f.templateIndex = entry.index;
    }
    extra.push(f);
  };
  const suppressible = (f: Finding): boolean => f.ruleId !== 'yaml-syntax' && f.ruleId !== 'suppression';
  let kept = findings;
  for (const entry of file.templates) {
    for (const d of entry.disable) {
      if (!known(d.rule)) {
        unknown(d.rule, d.start, d.end, entry);
        continue;
      }
      const before = kept.length;
      kept = kept.filter((f) => !(suppressible(f) && f.templateIndex === entry.index && f.ruleId === d.rule));
      if (kept.length === before && enabled.has(d.rule) && entry.valid) {
        extra.push({
          ruleId: 'suppression', messageId: 'unused', message: suppressionMessages.unused, data: { rule: d.rule },
          start: d.start, end: d.end, templateId: entry.id, templateIndex: entry.index,
        });
      }
    }
  }
  for (const d of file.directives) {
    if (!d.reason) {
      extra.push({
        ruleId: 'suppression', messageId: 'missing-reason', message: suppressionMessages['missing-reason'],
        data: { rule: d.rules[0]?.id ?? 'rule-id' }, start: d.start, end: d.end,
      });
    }
    for (const r of d.rules) {
      if (!known(r.id)) {
        unknown(r.id, r.start, r.end);
        continue;
      }
      const before = kept.length;
      kept = kept.filter((f) => !(suppressible(f) && f.ruleId === r.id && f.start >= d.coverStart && f.start < d.coverEnd));
      if (kept.length === before && enabled.has(r.id)) {
        extra.push({ ruleId: 'suppression', messageId: 'unused', message: suppressionMessages.unused, data: { rule: r.id }, start: r.start, end: r.end });
      }
    }
  }
  return [...kept, ...extra];
}

function localizedData(f: Finding, lang: Lang): Record<string, string | number> {
  if (f.ruleId === 'schema' || f.ruleId === 'suppression') return schemaData(f.data, lang);
  return f.data ?? {};
}

function toMessage(vfile: VFile, file: TemplateFile, f: Finding, severity: Severity, options: LintOptions): OtvetMessage {
  const start = file.lines.point(f.start);
  const end = file.lines.point(Math.max(f.end, f.start));
  const reason = localize(f.message, options.lang, localizedData(f, options.lang));
  // A finding is no program error: the stack that Error's constructor captures for each message
  // (VFileMessage then empties `stack`) cost ~2 µs a finding, seconds for a pasted list.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: OtvetMessage;
  try {
    message = new VFileMessage(reason, { place: { start, end }, ruleId: f.ruleId }) as OtvetMessage;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  message.file = vfile.path;
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  message.severity = severity;
  message.messageId = f.messageId;
  if (f.data) message.data = f.data;
  if (f.templateId) message.templateId = f.templateId;
  if (f.templateIndex !== undefined) message.templateIndex = f.templateIndex;
  if (f.locale) message.locale = f.locale;
  if (f.actual !== undefined) message.actual = f.actual;
  if (f.expected) message.expected = f.expected;
  if (f.note) message.note = localize(f.note, options.lang, f.data);
  if (f.fix) message.fix = f.fix satisfies Fix;
  if (f.cause) message.cause = f.cause;
  const url = options.ruleUrl?.(f.ruleId);
  if (url) message.url = url;
  return message;
}

