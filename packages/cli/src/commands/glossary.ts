/**
 * `otvet glossary …`: check, find, add, import, export and stats over the term base
 * that the config's `glossary:` globs name. Loaded only when a glossary command runs.
 */
import { extname, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { localize, parseTemplateFile, schemaDetail, UserError, UserErrors, createTextView, withDetail, type Lang, type LoadedConfig, type Localized } from '@otvet/core';
import {
  fromCsv, fromTbx, GlossaryIndex, glossaryMessages, validateGlossary, loadGlossary, STATUSES, toCsv, toRawTerm, toTbx, validateEntries,
  type GlossaryAddOptions, type GlossaryEntry, type GlossaryStatus, type LoadedEntry, type LoadedGlossaryFile,
} from '@otvet/glossary';
import { displayPath, readBinary, readSources, resolveFiles } from '../files.js';
import { writeAtomic } from '../fix.js';
import type { Io } from '../io.js';
import { plural } from '../i18n.js';
import { escapeControls, formatUserError } from '../reporters/escape.js';

const IGNORE = ['**/node_modules/**', '**/dist/**', '**/.git/**'];

const m = {
  'no-glossary': {
    en: 'No glossary files: nothing matches {patterns} (config key `glossary`).',
    zh: '没有术语表文件：没有文件匹配 {patterns}（配置项 `glossary`）。',
    ru: 'Нет файлов глоссария: ничего не подходит под {patterns} (ключ `glossary` в конфигурации).',
  },
  summary: {
    en: '{entries} {files}, {problems}.',
    zh: '{files}共 {entries}，{problems}。',
    ru: '{entries} {files}; проблем: {count}.',
  },
  'not-found': { en: 'No glossary entry matches “{query}”.', zh: '术语表中没有与“{query}”匹配的条目。', ru: 'В глоссарии нет записей для «{query}».' },
  added: { en: 'Added “{id}” to {path}.', zh: '已将“{id}”添加到 {path}。', ru: 'Запись «{id}» добавлена в {path}.' },
  imported: {
    en: '{path}: {added} added, {updated} updated.',
    zh: '{path}：新增 {added} 条，更新 {updated} 条。',
    ru: '{path}: добавлено {added}, обновлено {updated}.',
  },
  'bad-format': {
    en: 'Unknown format “{value}” (allowed: {allowed}).',
    zh: '未知格式“{value}”（可用：{allowed}）。',
    ru: 'Неизвестный формат «{value}» (допустимые: {allowed}).',
  },
  'out-failed': {
    en: 'Cannot write {path} ({code}): check that its directory exists and can be written, then run again.',
    zh: '无法写入 {path}（{code}）：请确认其所在目录存在且可写，然后重新运行。',
    ru: 'Не удаётся записать {path} ({code}): проверьте, что каталог существует и в него можно писать, и запустите снова.',
  },
  'xlsx-stdout': {
    en: 'An .xlsx workbook is a binary file and is not written to standard output: name the file with --out, e.g. --out glossary.xlsx.',
    zh: '.xlsx 工作簿是二进制文件，不写到标准输出：请用 --out 指定文件，例如 --out glossary.xlsx。',
    ru: 'Книга .xlsx — двоичный файл, на стандартный вывод она не пишется: укажите файл в --out, например --out glossary.xlsx.',
  },
  'bad-status': { en: 'Unknown status “{value}” (allowed: {allowed}).', zh: '未知状态“{value}”（可用：{allowed}）。', ru: 'Неизвестный статус «{value}» (допустимые: {allowed}).' },
  'no-terms-list': {
    en: '{path} has no `terms:` list to add to.',
    zh: '{path} 中没有可添加条目的 `terms:` 列表。',
    ru: 'В {path} нет списка `terms:`, в который можно добавить запись.',
  },
  'stats-status': { en: 'Entries by status', zh: '按状态统计条目', ru: 'Записи по статусу' },
  'stats-unused': { en: 'Terms no template uses ({count})', zh: '没有模板使用的术语（{count} 个）', ru: 'Термины, которых нет ни в одном шаблоне ({count})' },
  'stats-missing': {
    en: 'Frequent source words the glossary lacks (uses)',
    zh: '术语表中没有的高频原文词（出现次数）',
    ru: 'Частые слова оригинала, которых нет в глоссарии (употреблений)',
  },
} satisfies Record<string, Localized>;

/** The headings of `stats` (the studio shows them too). */
export const statsHeadings = { status: m['stats-status'], unused: m['stats-unused'], missing: m['stats-missing'] };

const say = (lang: Lang, message: Localized, data: Record<string, string | number> = {}): string => localize(message, lang, data);

interface Base {
  files: LoadedGlossaryFile[];
  entries: LoadedEntry[];
  paths: string[];
}

async function glossaryPaths(loaded: LoadedConfig): Promise<string[]> {
  const matches = (await glob(loaded.config.glossary, { cwd: loaded.root, absolute: true, ignore: IGNORE, onlyFiles: true })).sort();
  if (matches.length === 0) throw new UserError(m['no-glossary'], { patterns: loaded.config.glossary.join(', ') });
  return matches;
}

async function readBase(cwd: string, loaded: LoadedConfig): Promise<Base & { problems: ReturnType<typeof loadGlossary>['problems'] }> {
  const paths = await glossaryPaths(loaded);
  const result = loadGlossary(readSources(cwd, paths));
  return { ...result, paths };
}

function failOnProblems(problems: readonly UserError[]): void {
  if (problems.length) throw new UserErrors([...problems]);
}

/** `check`: every problem as `path:line:col  error  message  (code)`; exit 1 when there is one. */
export async function glossaryCheck(io: Io, lang: Lang, loaded: LoadedConfig): Promise<number> {
  const base = await readBase(io.cwd, loaded);
  for (const p of base.problems) io.stdout(`${formatUserError(p, lang)}  (${p.code})\n`);
  io.stdout(say(lang, m.summary, { entries: plural(lang, 'count-entries', base.entries.length), files: plural(lang, 'in-files', base.files.length), problems: plural(lang, 'count-fixed', base.problems.length), count: base.problems.length }) + '\n');
  return base.problems.length ? 1 : 0;
}

function describeEntry(e: LoadedEntry): string {
  const rows = [`${e.id}${e.status === 'approved' ? '' : ` [${e.status}]`}${e.translate ? '' : ' (translate: false)'}${e.source ? `  ${e.source.path}:${e.source.line}` : ''}`];
  if (e.zh.length) rows.push(`  zh: ${e.zh.join(' | ')}`);
  if (e.ru.length) rows.push(`  ru: ${e.ru.join(' | ')}`);
  if (e.forbidden.length) rows.push(`  forbidden: ${e.forbidden.join(' | ')}`);
  if (e.en.length) rows.push(`  en: ${e.en.join(' | ')}`);
  if (e.note) rows.push(`  note: ${e.note}`);
  return rows.map(escapeControls).join('\n');
}

/** `find`: entries a Chinese, Russian (any inflection) or English text names; exit 1 when none. */
export async function glossaryFind(io: Io, lang: Lang, loaded: LoadedConfig, query: string): Promise<number> {
  const base = await readBase(io.cwd, loaded);
  const index = new GlossaryIndex(base.entries, { statuses: STATUSES });
  const found = index.lookup(query) as LoadedEntry[];
  if (found.length === 0) {
    io.stderr(say(lang, m['not-found'], { query }) + '\n');
    return 1;
  }
  io.stdout(found.map((e) => describeEntry(e)).join('\n\n') + '\n');
  return 0;
}

const variants = (value: string | undefined): string[] => (value ?? '').split(/[|,，]/).map((s) => s.trim()).filter(Boolean);

export type AddOptions = GlossaryAddOptions;

function checkStatus(value: string | undefined): GlossaryStatus {
  const status = value ?? 'approved';
  if (!(STATUSES as readonly string[]).includes(status)) throw new UserError(m['bad-status'], { value: status, allowed: STATUSES.join(', ') });
  return status as GlossaryStatus;
}

const STRINGIFY = { flowCollectionPadding: false } as const;

/**
 * The file with the entry appended. When the `terms` list is a block list that ends
 * the file, the entry's text is added after it and every other byte stays as it
 * was; otherwise the document is re-serialized (comments kept).
 */
function appendEntry(text: string, file: LoadedGlossaryFile, terms: ReturnType<Document['get']>, entry: GlossaryEntry): string {
  if (isSeq(terms) && !terms.flow && terms.items.length > 0 && terms.range && text.slice(terms.range[1]).trim() === '') {
    const first = terms.items[0] as { range?: [number, number, number] };
    const lineStart = text.lastIndexOf('\n', (first.range?.[0] ?? 0) - 1) + 1;
    const indent = ' '.repeat(Math.max(0, (first.range?.[0] ?? 0) - lineStart - 2));
    const snippet = new Document([toRawTerm(entry)]);
    const seq = snippet.contents;
    if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) for (const pair of item.items) if (isSeq(pair.value)) pair.value.flow = true;
    const body = snippet.toString(STRINGIFY).split('\n').filter(Boolean).map((l) => indent + l).join('\n');
    return `${text.replace(/\n*$/, '')}\n${body}\n`;
  }
  if (isSeq(terms)) terms.items.push(entryNode(file.doc, entry));
  return file.doc.toString(STRINGIFY);
}

/** A YAML node for an entry in the style of the default glossary: block map, flow lists. */
function entryNode(doc: Document, entry: GlossaryEntry): YAMLMap {
  const node = doc.createNode(toRawTerm(entry)) as YAMLMap;
  for (const item of node.items) if (isSeq(item.value)) item.value.flow = true;
  return node;
}

function termsOf(file: LoadedGlossaryFile): ReturnType<Document['get']> {
  const terms = file.doc.get('terms', true);
  if (!isSeq(terms)) throw new UserError(m['no-terms-list'], { path: file.path });
  return terms;
}


function targetFile(io: Io, base: Base, option: string | undefined): LoadedGlossaryFile {
  if (!option) return base.files[0]!;
  const path = displayPath(resolve(io.cwd, option), io.cwd);
  const file = base.files.find((f) => f.path === path);
  if (!file) throw new UserError(m['no-glossary'], { patterns: option });
  return file;
}

/** `add`: append one entry to a glossary file, keeping its comments and formatting. */
export async function glossaryAdd(io: Io, lang: Lang, loaded: LoadedConfig, options: AddOptions): Promise<number> {
  const base = await readBase(io.cwd, loaded);
  failOnProblems(base.problems);
  const file = targetFile(io, base, options.file);
  const entry: GlossaryEntry = {
    id: options.id, zh: variants(options.zh), ru: variants(options.ru), forbidden: variants(options.forbidden), en: variants(options.en),
    translate: options.translate !== false, status: checkStatus(options.status),
  };
  if (options.domain) entry.domain = options.domain;
  if (options.note) entry.note = options.note;
  if (!validateGlossary({ terms: [toRawTerm(entry)] })) {
    const e = validateGlossary.errors![0]!;
    throw new UserError(withDetail(glossaryMessages.schema, schemaDetail(e), `${e.instancePath}: `), {});
  }
  const terms = termsOf(file);
  failOnProblems(validateEntries([...base.entries, entry]));
  writeAtomic(resolve(io.cwd, file.path), appendEntry(readSources(io.cwd, [resolve(io.cwd, file.path)])[0]!.text, file, terms, entry));
  io.stdout(say(lang, m.added, { id: entry.id, path: file.path }) + '\n');
  return 0;
}

const FORMATS = ['tbx', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);
/** The format a file's extension names (`.xml` is TBX), or the extension as it is. */
const extensionOf = (path: string): string => extname(path).slice(1).replace(/^xml$/, 'tbx').toLowerCase();

/** The format asked for, else the one of the file's extension. */
function formatOf(path: string, option: string | undefined): Format {
  const value = (option ?? extensionOf(path)).toLowerCase();
  if (!isFormat(value)) throw new UserError(m['bad-format'], { value, allowed: FORMATS.join(', ') });
  return value;
}

/** The entries of a file to import, in its format. */
async function readEntries(io: Io, input: string, format: Format): Promise<GlossaryEntry[]> {
  const abs = resolve(io.cwd, input);
  const display = displayPath(abs, io.cwd);
  if (format === 'xlsx') {
    // The spreadsheet code is loaded for .xlsx only (in the built CLI, dist/otvet-xlsx.cjs).
    const { fromXlsx } = await import('@otvet/glossary/xlsx');
    return fromXlsx(readBinary(abs, display), display);
  }
  const [source] = readSources(io.cwd, [abs]);
  return format === 'csv' ? fromCsv(source!.text, display) : fromTbx(source!.text, display);
}

/** `import`: entries from CSV, XLSX or TBX; known ids are updated where they are, new ones appended to the target file. */
export async function glossaryImport(io: Io, lang: Lang, loaded: LoadedConfig, input: string, options: { format?: string; file?: string }): Promise<number> {
  const incoming = await readEntries(io, input, formatOf(input, options.format));
  const base = await readBase(io.cwd, loaded);
  failOnProblems(base.problems);
  const file = targetFile(io, base, options.file);
  const all: GlossaryEntry[] = [...base.entries];
  const changed = new Set<LoadedGlossaryFile>([file]);
  let added = 0;
  let updated = 0;
  for (const entry of incoming) {
    const at = all.findIndex((e) => e.id === entry.id);
    const old = at >= 0 ? base.entries[at] : undefined;
    const home = old ? base.files.find((f) => f.path === old.source?.path) : undefined;
    if (old && home) {
      const seq = termsOf(home);
      if (isSeq(seq)) seq.items[home.entries.indexOf(old)] = entryNode(home.doc, entry);
      all[at] = entry;
      changed.add(home);
      updated++;
    } else {
      const seq = termsOf(file);
      if (isSeq(seq)) seq.items.push(entryNode(file.doc, entry));
      all.push(entry);
      added++;
    }
  }
  failOnProblems(validateEntries(all));
  for (const f of changed) writeAtomic(resolve(io.cwd, f.path), f.doc.toString(STRINGIFY));
  io.stdout(say(lang, m.imported, { path: file.path, added, updated }) + '\n');
  return 0;
}

/**
 * `export`: the whole base as TBX-Basic, CSV or XLSX, to stdout or a file. Without `--format`,
 * the format of the `--out` file's extension (TBX for any other, and for stdout). A workbook is
 * binary: it needs `--out`.
 */
export async function glossaryExport(io: Io, _lang: Lang, loaded: LoadedConfig, options: { format?: string; out?: string }): Promise<number> {
  const named = options.out === undefined ? '' : extensionOf(options.out);
  const format = formatOf('', options.format ?? (isFormat(named) ? named : 'tbx'));
  if (format === 'xlsx' && options.out === undefined) throw new UserError(m['xlsx-stdout']);
  const base = await readBase(io.cwd, loaded);
  failOnProblems(base.problems);
  const entries = base.entries.map(({ source: _s, at: _a, ...e }) => e);
  let content: string | Uint8Array;
  if (format === 'xlsx') {
    // The spreadsheet code is loaded for .xlsx only (in the built CLI, dist/otvet-xlsx.cjs).
    const { toXlsx } = await import('@otvet/glossary/xlsx');
    content = await toXlsx(entries);
  } else content = format === 'tbx' ? toTbx(entries, loaded.config.pack?.name ? `${loaded.config.pack.name} glossary` : 'otvet glossary') : toCsv(entries);
  if (options.out === undefined) {
    // Text only: a workbook without --out was refused above.
    if (typeof content === 'string') io.stdout(content);
    return 0;
  }
  try {
    writeAtomic(resolve(io.cwd, options.out), content);
  } catch (error) {
    // The path as it was given: one line, exit 2.
    throw new UserError(m['out-failed'], { path: options.out, code: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return 0;
}

const HAN = /^\p{Script=Han}+$/u;
/** Function characters: a Chinese run that starts or ends with one is not a term candidate. */
const ZH_FUNCTION = new Set('的了您你我们请在会为是和与及或就也都还吗呢吧已把被让给从到对向于中后前时可以如果该此个将能要有这那些其并所以很非常再先'.split(''));
const candidate = (g: string): boolean => HAN.test(g) && !ZH_FUNCTION.has(g[0]!) && !ZH_FUNCTION.has(g[g.length - 1]!);
const EN_STOP = new Set(['the', 'and', 'for', 'you', 'your', 'with', 'this', 'that', 'are', 'will', 'have', 'has', 'can', 'our', 'please', 'from', 'not', 'was', 'were', 'been', 'they', 'them', 'then', 'than', 'there', 'here', 'into', 'when', 'what', 'which', 'would', 'could', 'should', 'about', 'also', 'any', 'all', 'may']);

/** A template a term is used in: its file, its index in the file's list, its id. */
export interface TemplateRef {
  path: string;
  index: number;
  id: string;
}

/** What `stats` reports, and for each entry the templates that use it. */
export interface GlossaryCoverage {
  byStatus: Record<GlossaryStatus, number>;
  /** Ids of the approved terms no template uses. */
  unused: string[];
  /** Frequent source words the glossary lacks, with their number of templates. */
  missing: [string, number][];
  /** By entry id: the templates with a source variant in the source text and an approved term in the target. */
  uses: Map<string, TemplateRef[]>;
}

/**
 * The glossary's coverage of the pack: entries by status; approved terms no template uses
 * (neither a source variant in the sources nor an approved term in the targets); frequent source
 * words the glossary lacks — for Chinese, runs of 2–4 Han characters outside glossary terms that
 * recur, longest first (a frequency heuristic, not a word segmenter).
 */
export async function glossaryCoverage(cwd: string, loaded: LoadedConfig, top: number): Promise<GlossaryCoverage> {
  const base = await readBase(cwd, loaded);
  failOnProblems(base.problems);
  const index = new GlossaryIndex(base.entries);
  const files = readSources(cwd, await resolveFiles(cwd, [], loaded)).map((s) => parseTemplateFile(s.path, s.text, s.bom, loaded.config.target));
  const used = new Set<GlossaryEntry>();
  const uses = new Map<string, TemplateRef[]>();
  const counts = new Map<string, number>();
  for (const file of files) {
    for (const t of file.templates) {
      const source = t.texts.get(loaded.config.source);
      const target = t.texts.get(loaded.config.target);
      // As glossary-term reads a target: a multiword term's words in any order within a clause.
      const inTarget = new Set<GlossaryEntry>();
      if (target) for (const hit of index.findRussianInClauses(createTextView('ru', target.map.value).parsed.masked, 'ru')) inTarget.add(hit.entry);
      for (const e of inTarget) used.add(e);
      if (!source) continue;
      const masked = createTextView(source.locale, source.map.value).parsed.masked.split('');
      const inSource = new Set<GlossaryEntry>();
      for (const hit of index.findSource(masked.join(''), source.locale)) {
        used.add(hit.entry);
        inSource.add(hit.entry);
        for (let i = hit.start; i < hit.end; i++) masked[i] = ' ';
      }
      for (const e of inSource) if (inTarget.has(e)) uses.set(e.id, [...(uses.get(e.id) ?? []), { path: file.path, index: t.index, id: t.id }]);
      const text = masked.join('');
      if (source.locale === 'zh') {
        for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
          const seen = new Set<string>();
          for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) seen.add(run.slice(i, i + n));
          for (const g of seen) if (candidate(g)) counts.set(g, (counts.get(g) ?? 0) + 1);
        }
      } else {
        for (const w of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) if (!EN_STOP.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, base.entries.filter((e) => e.status === status).length])) as Record<GlossaryStatus, number>;
  const unused = index.entries.filter((e) => !used.has(e)).map((e) => e.id).sort();
  // A shorter run that only ever occurs inside an equally frequent longer one is left out.
  const ranked = [...counts].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const missing: [string, number][] = [];
  for (const [g, c] of ranked) {
    if (missing.some(([s, sc]) => sc === c && s.includes(g))) continue;
    missing.push([g, c]);
    if (missing.length >= top) break;
  }
  return { byStatus, unused, missing, uses };
}

/** `stats`: {@link glossaryCoverage} as text. */
export async function glossaryStats(io: Io, lang: Lang, loaded: LoadedConfig, options: { top: number }): Promise<number> {
  const { byStatus, unused, missing } = await glossaryCoverage(io.cwd, loaded, options.top);
  const out: string[] = [say(lang, m['stats-status'])];
  for (const status of STATUSES) out.push(`  ${status.padEnd(12)} ${byStatus[status]}`);
  out.push('', say(lang, m['stats-unused'], { count: unused.length }));
  for (let i = 0; i < unused.length; i += 6) out.push(`  ${unused.slice(i, i + 6).join(', ')}`);
  out.push('', say(lang, m['stats-missing']));
  for (const [g, c] of missing) out.push(`  ${g.padEnd(8)} ${c}`);
  io.stdout(out.map(escapeControls).join('\n') + '\n');
  return 0;
}
