/**
 * Random template files and the `--fix` oracle, shared by the fix property test
 * (test/fix-property.test.ts) and the fuzz test (test/fuzz.test.ts).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type YAMLMap, type Node } from 'yaml';
import { parsePlaceholders, type Placeholder } from '../packages/core/src/index.js';

export const WORDS = ['Здравствуйте', 'ваш', 'заказ', 'отправлен', 'спасибо', 'за', 'покупку', 'мы', 'ответим', 'скоро', 'товар', 'на', 'складе', 'Ozon', 'из-за', '5'];
/** Defects the fixable rules repair, and characters that make fixing hard. */
export const DEFECTS = [
  '，', '！', '？', '。', '：', '；', '（', '）', '、', '　', ' - ', '  ', '\t', '~', '～', '!!!', '!!', '??', '"цитата"', '"а "б" в"', '“так”',
  'зaказ', 'тoвар', 'заказ заказ', 'на на', '3~5', '10 - 20', ':', '#', ' #', ': ', "'", '\\', '«', '»', '—', '-', 'ｏｚｏｎ', '１２３',
];
export const PLACEHOLDERS = ['{order_number}', '{name}', '{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}', '{n, plural, one {# товар~} other {# товаров！}}', '{ order_number }'];
export const DECLARATIONS = { order_number: { example: '12345' }, name: { example: 'Анна' }, n: { type: 'number', example: 3 } };

export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...DEFECTS) },
  { weight: 1, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
);
export const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', ', ', '. ');

/** A text made of pieces and separators (`pieces` defaults to words, defects and placeholders). */
export function textOf(pieces: fc.Arbitrary<string> = piece, maxLength = 14): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.tuple(pieces, separator), { minLength: 1, maxLength }), fc.constantFrom('', '', '.', '!', '\n', '\n\n'))
    .map(([parts, end]) => parts.map(([p, s]) => p + s).join('').trimStart() + end)
    .filter((v) => v.trim() !== '');
}
export const textValue = textOf();

export const STYLES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
export const comment = fc.option(fc.constantFrom(' note', ' проверить', ' 待审核', ' otvet: keep', ' otvet-disable-next-line tone-tilde -- brand style'), { nil: undefined });

/** A template file: templates with texts in every YAML style, comments, CRLF, a BOM. */
export function fileOf(text: fc.Arbitrary<string> = textValue) {
  const template = fc.record({
    ru: text,
    style: fc.constantFrom(...STYLES),
    flow: fc.boolean(),
    before: comment,
    trailing: comment,
    title: fc.option(fc.constantFrom('Ожидание', 'Wait: 1-2 days', '"quoted"'), { nil: undefined }),
  });
  return fc.record({
    templates: fc.array(template, { minLength: 1, maxLength: 5 }),
    header: comment,
    crlf: fc.boolean(),
    bom: fc.boolean(),
    lineWidth: fc.integer({ min: 20, max: 100 }),
  });
}
export const fileArb = fileOf();
export type FileSpec = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

/** The YAML text of a file spec (without the BOM, which the loader strips and remembers). */
export function render(spec: FileSpec): string {
  const doc = new Document({
    templates: spec.templates.map((t, i) => ({ id: `t${i}`, ...(t.title === undefined ? {} : { title: t.title }), placeholders: DECLARATIONS, text: { zh: '您好', ru: t.ru } })),
  }, { aliasDuplicateObjects: false }); // template files may not use aliases
  if (spec.header) doc.commentBefore = spec.header;
  const items = (doc.get('templates', true) as { items: YAMLMap[] }).items;
  spec.templates.forEach((t, i) => {
    const item = items[i]!;
    if (t.before) item.commentBefore = t.before;
    const id: unknown = item.get('id', true);
    if (t.trailing && isScalar(id)) id.comment = t.trailing;
    const text: unknown = item.get('text', true);
    if (!isMap(text)) throw new Error('text is a map');
    text.flow = t.flow;
    const ru: unknown = text.get('ru', true);
    if (!isScalar(ru)) throw new Error('ru is a scalar');
    ru.type = t.style;
  });
  const out = doc.toString({ lineWidth: spec.lineWidth, minContentWidth: 10 });
  return spec.crlf ? out.replace(/\n/g, '\r\n') : out;
}

/**
 * A placeholder's shape: kind, name, style and branches, recursively (texts left out).
 * With `declared`, a name not in it reads as `?`.
 */
export function shape(list: Placeholder[], declared?: ReadonlySet<string>): unknown[] {
  return list.map((p) => ({
    kind: p.kind,
    name: declared && !declared.has(p.name) ? '?' : p.name,
    style: p.style,
    branches: p.branches?.map((b) => ({ key: b.key, children: shape(b.children, declared) })),
  }));
}

export interface Data {
  templates: { id: string; title?: string; placeholders: unknown; text: { zh: string; ru: string } }[];
}

/** Comments in source order (outside scalars). */
export function comments(text: string): string[] {
  const out: string[] = [];
  const doc = parseDocument(text);
  if (doc.commentBefore) out.push(doc.commentBefore);
  const walk = (node: Node | null | undefined): void => {
    if (!node) return;
    if (node.commentBefore) out.push(node.commentBefore);
    if (node.comment) out.push(node.comment);
    if (isMap(node)) {
      for (const pair of node.items) {
        walk(pair.key as Node);
        walk(pair.value as Node);
      }
    } else if (isSeq(node)) node.items.forEach((n) => walk(n as Node));
  };
  walk(doc.contents as Node);
  if (doc.comment) out.push(doc.comment);
  return out;
}

/** The `ru` text of every template of a data tree that has one (others: undefined). */
function ruTexts(data: unknown): (string | undefined)[] {
  const templates = (data as { templates?: unknown } | null)?.templates;
  if (!Array.isArray(templates)) return [];
  return templates.map((t) => {
    const ru = (t as { text?: { ru?: unknown } } | null)?.text?.ru;
    return typeof ru === 'string' ? ru : undefined;
  });
}

function flatNames(list: Placeholder[]): string[] {
  return list.flatMap((p) => [p.name, ...(p.branches ?? []).flatMap((b) => flatNames(b.children))]);
}

/** The placeholder names each template declares. */
function declaredNames(data: unknown): Set<string>[] {
  const templates = (data as { templates?: unknown } | null)?.templates;
  if (!Array.isArray(templates)) return [];
  return templates.map((t) => {
    const declared = (t as { placeholders?: unknown } | null)?.placeholders;
    return new Set(declared !== null && typeof declared === 'object' ? Object.keys(declared) : []);
  });
}

/** The data with every template's `ru` text blanked (what `--fix` must keep as it was). */
/** Every string of a value, deep. */
function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(stringsOf);
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(stringsOf);
  return [];
}

/** A value with every string (keys aside) replaced by `f` of it. */
function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
  return v;
}

function withoutRu(data: unknown): unknown {
  const templates = (data as { templates?: unknown } | null)?.templates;
  if (!Array.isArray(templates)) return data;
  return {
    ...(data as object),
    templates: templates.map((t) => {
      const text = (t as { text?: unknown } | null)?.text;
      return text !== null && typeof text === 'object' && !Array.isArray(text) && 'ru' in text ? { ...(t as object), text: { ...text, ru: '' } } : t;
    }),
  };
}

/**
 * The `--fix` oracle: `after` (the fixed file, no BOM) of `before` must parse as
 * before did, with the same data except the Russian texts, every valid placeholder
 * the same, every comment kept and the line ends unchanged. A file that did not
 * parse must come back unchanged.
 */
export function expectFixKeeps(before: string, after: string): void {
  const original = parseDocument(before);
  if (original.errors.length > 0) {
    expect(after, 'a file with YAML errors is never fixed').toBe(before);
    return;
  }
  // Template files may not use aliases (otvet reports each one and reads nothing else of the file).
  let aliased = false;
  visit(original, { Alias: () => ((aliased = true), visit.BREAK) });
  if (aliased) {
    expect(after, 'a file with aliases is never fixed').toBe(before);
    return;
  }
  const fixed = parseDocument(after);
  expect(fixed.errors, after).toEqual([]);
  // Merge keys resolved: a fixed anchored text changes its aliases and merges too, and is meant to.
  const data: unknown = parseDocument(before, { merge: true }).toJS();
  const fixedData: unknown = parseDocument(after, { merge: true }).toJS();
  // Comments that cut a plain text short may be quoted into it (`ru: Заказ #1` → `ru: 'Заказ #1'`):
  // such a comment leaves the comments, and a text of the fixed file holds its `#`.
  const kept = comments(after);
  const absorbed = [...comments(before)];
  for (const c of kept) {
    const at = absorbed.indexOf(c);
    expect(at, `comment “${c}” comes from the file`).toBeGreaterThanOrEqual(0);
    absorbed.splice(at, 1);
  }
  // (Other fixes may change the quoted words too: a Latin look-alike letter, an invisible character.)
  const texts = stringsOf(fixedData);
  if (absorbed.length) expect(texts.filter((t) => t.includes('#')).length, `comments ${JSON.stringify(absorbed)} are kept or quoted into their texts`).toBeGreaterThan(0);
  // The same data except the Russian texts (and, where a comment was quoted in, the texts holding `#`).
  const hashless = (v: unknown): unknown => (absorbed.length === 0 ? v : mapStrings(v, (t) => (t.includes('#') ? '#' : t)));
  expect(hashless(withoutRu(fixedData)), after).toEqual(hashless(withoutRu(data)));
  // Every valid placeholder parses the same: names (when declared), types, plural branches.
  const fixedRu = ruTexts(fixedData);
  const declared = declaredNames(data);
  ruTexts(data).forEach((ru, i) => {
    if (ru === undefined) return;
    // A text a comment was quoted into has more to it now, placeholders included.
    if (absorbed.length && (fixedRu[i] ?? '').length > ru.length) return;
    const valid = parsePlaceholders(ru);
    if (valid.error) return;
    const parsed = parsePlaceholders(fixedRu[i] ?? '');
    expect(parsed.error, `${ru} → ${fixedRu[i]}`).toBeUndefined();
    const names = declared[i] ?? new Set<string>();
    expect(shape(parsed.placeholders, new Set()), `${ru} → ${fixedRu[i]}`).toEqual(shape(valid.placeholders, new Set()));
    // Same structure: names in the same order; a declared name never changes.
    const was = flatNames(valid.placeholders);
    const now = flatNames(parsed.placeholders);
    expect(now.map((n, k) => (names.has(was[k]!) ? n : '?')), `${ru} → ${fixedRu[i]}`).toEqual(was.map((n) => (names.has(n) ? n : '?')));
  });
  // Line ends: the fix writes the file's own (no CR appears, no LF loses its CR).
  const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;
  if (count(before, /\r(?!\n)/g) === 0) expect(count(after, /\r(?!\n)/g), 'no lone CR appears').toBe(0);
  if (count(before, /(?<!\r)\n/g) === 0) expect(count(after, /(?<!\r)\n/g), 'no bare LF appears in a CRLF file').toBe(0);
  if (count(before, /\r/g) === 0) expect(after).not.toContain('\r');
}
