/**
 * Import and export: TBX-Basic (TBX v2 `martif`, which CAT tools such as Smartcat,
 * memoQ and Trados read; v3 `tbx`/`conceptEntry` files are read too) and CSV (UTF-8
 * with a BOM for Excel, one row per entry, variants joined by " | "). The XLSX exchange
 * (src/xlsx.ts) has the CSV's columns and cells: {@link exchangeRows} and
 * {@link entryFromValues} serve both.
 *
 * TBX mapping: an entry is a `termEntry` (id = entry id) with `langSet`s for zh, ru
 * and en; Russian approved terms carry `administrativeStatus` preferredTerm (the
 * first) or admittedTerm, forbidden variants deprecatedTerm. `domain` is the
 * `subjectField`, `note` a `note`; status and `translate: false` are notes of the
 * form `otvet:status=draft`, `otvet:translate=false`, so a round trip keeps them.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { UserError, type Localized } from '@otvet/core';
import { STATUSES, type GlossaryEntry, type GlossaryStatus } from './types.js';

const exchangeMessages = {
  xml: { en: 'Not well-formed XML: {detail}.', zh: 'XML 格式不正确：{detail}。', ru: 'Некорректный XML: {detail}.' },
  tbx: { en: 'Not a TBX file: {detail}.', zh: '不是 TBX 文件：{detail}。', ru: 'Это не файл TBX: {detail}.' },
  csv: { en: 'Cannot read the CSV: {detail}.', zh: '无法读取 CSV：{detail}。', ru: 'Не удалось прочитать CSV: {detail}.' },
  'csv-header': {
    en: 'Unknown CSV column “{column}” (known: {known}).',
    zh: '未知的 CSV 列“{column}”（可用：{known}）。',
    ru: 'Неизвестный столбец CSV «{column}» (допустимые: {known}).',
  },
  'csv-value': {
    en: 'Row {row}: {detail}.',
    zh: '第 {row} 行：{detail}。',
    ru: 'Строка {row}: {detail}.',
  },
} satisfies Record<string, Localized>;

/** What can be wrong with a value of a CSV or XLSX row (the `{detail}` of where it is). */
export const valueMessages = {
  id: {
    en: 'id “{value}” must be kebab-case',
    zh: 'id“{value}”必须是 kebab-case（小写拉丁字母、数字和连字符）',
    ru: 'id «{value}» должен быть в kebab-case (строчные латинские буквы, цифры и дефисы)',
  },
  status: {
    en: 'status “{value}” is not one of {allowed}',
    zh: '状态“{value}”不是 {allowed} 之一',
    ru: 'статус «{value}» не из списка: {allowed}',
  },
  translate: {
    en: 'translate “{value}” is not true or false',
    zh: 'translate 的值“{value}”不是 true 或 false',
    ru: 'значение translate «{value}» — не true и не false',
  },
} satisfies Record<string, Localized>;

/** `outer` with `inner` in place of its `{detail}`, in every language. */
export function withDetail(outer: Localized, inner: Localized): Localized {
  return { en: outer.en.replace('{detail}', inner.en), zh: outer.zh.replace('{detail}', inner.zh), ru: outer.ru.replace('{detail}', inner.ru) };
}

const PREFERRED = 'preferredTerm-admn-sts';
const ADMITTED = 'admittedTerm-admn-sts';
const DEPRECATED = 'deprecatedTerm-admn-sts';

type XmlNode = Record<string, unknown>;

const tig = (term: string, status?: string): XmlNode => ({
  term,
  ...(status ? { termNote: [{ '@_type': 'administrativeStatus', '#text': status }] } : {}),
});

/** The term base as TBX-Basic (v2) XML. */
export function toTbx(entries: readonly GlossaryEntry[], title = 'otvet glossary'): string {
  const termEntry = entries.map((e) => {
    const node: XmlNode = { '@_id': e.id };
    if (e.domain !== undefined) node.descrip = [{ '@_type': 'subjectField', '#text': e.domain }];
    const notes: string[] = [];
    if (e.note !== undefined) notes.push(e.note);
    if (e.status !== 'approved') notes.push(`otvet:status=${e.status}`);
    if (!e.translate) notes.push('otvet:translate=false');
    if (notes.length) node.note = notes;
    const langSet: XmlNode[] = [];
    if (e.zh.length) langSet.push({ '@_xml:lang': 'zh', tig: e.zh.map((t) => tig(t)) });
    if (e.ru.length || e.forbidden.length) {
      langSet.push({ '@_xml:lang': 'ru', tig: [...e.ru.map((t, i) => tig(t, i === 0 ? PREFERRED : ADMITTED)), ...e.forbidden.map((t) => tig(t, DEPRECATED))] });
    }
    if (e.en.length) langSet.push({ '@_xml:lang': 'en', tig: e.en.map((t) => tig(t)) });
    node.langSet = langSet;
    return node;
  });
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    martif: {
      '@_type': 'TBX-Basic',
      '@_xml:lang': 'en',
      martifHeader: { fileDesc: { sourceDesc: { p: title } } },
      text: { body: { termEntry } },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true });
  return builder.build(doc) as string;
}

const ARRAYS = new Set(['termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'termSec', 'ntig', 'note', 'descrip', 'termNote', 'descripGrp']);

const text = (v: unknown): string => (typeof v === 'object' && v !== null ? String((v as XmlNode)['#text'] ?? '') : String(v ?? '')).trim();
const list = (v: unknown): XmlNode[] => (Array.isArray(v) ? (v as XmlNode[]) : v === undefined ? [] : [v as XmlNode]);

/** Read a TBX file (TBX-Basic v2 or v3) back into entries. */
export function fromTbx(xml: string, path: string): GlossaryEntry[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new UserError(exchangeMessages.xml, { detail: valid.err.msg }, { path, line: valid.err.line, column: valid.err.col });
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: true, isArray: (name) => ARRAYS.has(name) });
  const doc = parser.parse(xml) as XmlNode;
  const root = (doc.martif ?? doc.tbx) as XmlNode | undefined;
  const body = ((root?.text as XmlNode | undefined)?.body ?? undefined) as XmlNode | undefined;
  if (!root || !body) throw new UserError(exchangeMessages.tbx, { detail: 'no martif/tbx root with text/body' }, { path });
  const concepts = [...list(body.termEntry), ...list(body.conceptEntry)];
  return concepts.map((c, i) => {
    const id = String(c['@_id'] ?? '').trim();
    if (!id) throw new UserError(exchangeMessages.tbx, { detail: `entry ${i + 1} has no id` }, { path });
    const entry: GlossaryEntry = { id, zh: [], en: [], ru: [], forbidden: [], translate: true, status: 'approved' };
    const subject = list(c.descrip).find((d) => d['@_type'] === 'subjectField');
    if (subject) entry.domain = text(subject);
    const notes: string[] = [];
    for (const n of list(c.note).map(text)) {
      const status = /^otvet:status=(\w+)$/.exec(n)?.[1];
      if (status && (STATUSES as readonly string[]).includes(status)) entry.status = status as GlossaryStatus;
      else if (n === 'otvet:translate=false') entry.translate = false;
      else notes.push(n);
    }
    if (notes.length) entry.note = notes.join('\n');
    for (const lang of [...list(c.langSet), ...list(c.langSec)]) {
      const code = String(lang['@_xml:lang'] ?? '').toLowerCase().split('-')[0];
      for (const t of [...list(lang.tig), ...list(lang.ntig), ...list(lang.termSec)]) {
        const term = text(t.term);
        if (!term) continue;
        const status = text(list(t.termNote).find((n) => n['@_type'] === 'administrativeStatus'));
        if (code === 'ru') (/deprecated|superseded/.test(status) ? entry.forbidden : entry.ru).push(term);
        else if (code === 'zh') entry.zh.push(term);
        else if (code === 'en') entry.en.push(term);
      }
    }
    return entry;
  });
}

/** The columns of the CSV and XLSX exchange, in their order. */
export const COLUMNS = ['id', 'zh', 'ru', 'forbidden', 'en', 'translate', 'status', 'domain', 'note'] as const;
export type ExchangeColumn = (typeof COLUMNS)[number];
const SEPARATOR = ' | ';

/** The cells of each entry, in {@link COLUMNS} order (CSV and XLSX): variants joined by " | ". */
export function exchangeRows(entries: readonly GlossaryEntry[]): string[][] {
  return entries.map((e) => [e.id, e.zh.join(SEPARATOR), e.ru.join(SEPARATOR), e.forbidden.join(SEPARATOR), e.en.join(SEPARATOR), e.translate ? '' : 'false', e.status, e.domain ?? '', e.note ?? '']);
}

/** A value that cannot be read: what is wrong, and in which column. */
export interface ValueProblem {
  column: ExchangeColumn;
  message: Localized;
  data: Record<string, string | number>;
}

/**
 * An entry from the values of one row (trimmed; undefined for a column the file does not have),
 * or what is wrong with the first bad value. Shared by the CSV and XLSX import.
 */
export function entryFromValues(get: (column: ExchangeColumn) => string | undefined): GlossaryEntry | ValueProblem {
  const split = (v: string | undefined): string[] => (v ?? '').split('|').map((s) => s.trim()).filter(Boolean);
  const id = get('id') ?? '';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return { column: 'id', message: valueMessages.id, data: { value: id } };
  const status = get('status') || 'approved';
  if (!(STATUSES as readonly string[]).includes(status)) return { column: 'status', message: valueMessages.status, data: { value: status, allowed: STATUSES.join(', ') } };
  const translate = (get('translate') ?? '').toLowerCase();
  if (!['', 'true', 'false'].includes(translate)) return { column: 'translate', message: valueMessages.translate, data: { value: translate } };
  const entry: GlossaryEntry = { id, zh: split(get('zh')), ru: split(get('ru')), forbidden: split(get('forbidden')), en: split(get('en')), translate: translate !== 'false', status: status as GlossaryStatus };
  const domain = get('domain');
  const note = get('note');
  if (domain) entry.domain = domain;
  if (note) entry.note = note;
  return entry;
}

/** The term base as CSV: UTF-8 with a BOM, CRLF, a header row, variants joined by " | ". */
export function toCsv(entries: readonly GlossaryEntry[]): string {
  return '\uFEFF' + stringifyCsv([[...COLUMNS], ...exchangeRows(entries)], { record_delimiter: '\r\n' });
}

/** Read a CSV with a header row (columns as in {@link toCsv}; only `id` is required). */
export function fromCsv(csv: string, path: string): GlossaryEntry[] {
  let records: string[][];
  try {
    records = parseCsv(csv.replace(/^\uFEFF/, ''), { relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new UserError(exchangeMessages.csv, { detail: e.message }, { path, ...(e.lines ? { line: e.lines } : {}) });
  }
  const [header, ...rows] = records;
  if (!header) return [];
  const names = header.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    if (!(COLUMNS as readonly string[]).includes(name)) throw new UserError(exchangeMessages['csv-header'], { column: name, known: COLUMNS.join(', ') }, { path, line: 1 });
  }
  if (!names.includes('id')) throw new UserError(exchangeMessages['csv-header'], { column: '(id missing)', known: COLUMNS.join(', ') }, { path, line: 1 });
  return rows.map((row, i) => {
    const entry = entryFromValues((c) => {
      const k = names.indexOf(c);
      return k === -1 ? undefined : row[k]?.trim();
    });
    if ('message' in entry) throw new UserError(withDetail(exchangeMessages['csv-value'], entry.message), { row: i + 2, ...entry.data }, { path, line: i + 2 });
    return entry;
  });
}
