/**
 * Edits of a YAML list of maps (a template file's `templates:`, a glossary file's `terms:`) made
 * in the file's text: an item removed, copied or replaced, or one appended, touching only those
 * lines. Comments, quoting, key order and line endings elsewhere stay as they were. Every result
 * is parsed again and must give exactly the data asked for; otherwise the edit is refused
 * (`undefined`) and nothing is written.
 */
import { isDeepStrictEqual } from 'node:util';
import type { StudioEngine } from './engine.js';
import { doubleQuoted } from './edit.js';

type Parse = StudioEngine['core']['parseTemplateDocument'];
type Ranged = { range?: [number, number, number] | null };
interface SeqLike extends Ranged {
  flow?: boolean;
  items: unknown[];
}

/** Where an item of the list is in the text: its first line's start, and the end of its last line. */
interface ItemSpan {
  start: number;
  end: number;
  /** The column of its dash, and of its keys. */
  dash: number;
  indent: number;
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** The end of the line `offset` is on (after its line break). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** `offset` moved over the blank lines after it. */
function afterBlankLines(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    const m = /^[ \t]*\r?\n/u.exec(text.slice(at));
    if (!m) return at;
    at += m[0].length;
  }
}

interface ListData {
  /** The text parsed (for the nodes of an item). */
  doc: ReturnType<Parse>;
  data: Record<string, unknown>;
  list: unknown[];
  seq: SeqLike;
  spans: ItemSpan[];
  eol: string;
}

/** The list under `key` of a block-style file, with the text span of each item. */
function listOf(parse: Parse, text: string, key: string): ListData | undefined {
  const doc = parse(text);
  if (doc.errors.length) return undefined;
  const data = doc.toJS() as Record<string, unknown> | null;
  const seq = doc.get(key, true) as SeqLike | undefined;
  const list = data?.[key];
  if (!data || !seq || !Array.isArray(seq.items) || seq.flow || !Array.isArray(list)) return undefined;
  const spans: ItemSpan[] = [];
  for (const item of seq.items as Ranged[]) {
    if (!item.range) return undefined;
    const start = lineStart(text, item.range[0]);
    const dash = text.slice(start, item.range[0]).indexOf('-');
    if (dash < 0) return undefined;
    spans.push({ start, end: lineEnd(text, item.range[1]), dash, indent: item.range[0] - start });
  }
  return { doc, data, list, seq, spans, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** The text if it parses to `expected`, else undefined. */
function checked(parse: Parse, text: string, expected: unknown): string | undefined {
  const doc = parse(text);
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), expected) ? text : undefined;
}

/** The text with item `i` of the list `key` removed (and the blank lines after it). */
export function removeItem(parse: Parse, text: string, key: string, i: number): string | undefined {
  const l = listOf(parse, text, key);
  const span = l?.spans[i];
  if (!l || !span) return undefined;
  l.list.splice(i, 1);
  // The last item takes the blank lines before it along (they separated it from the one before).
  const before = l.spans[i - 1];
  const start = i === l.spans.length - 1 && before && /^(?:[ \t]*\r?\n)*$/u.test(text.slice(before.end, span.start)) ? before.end : span.start;
  return checked(parse, text.slice(0, start) + text.slice(afterBlankLines(text, span.end)), l.data);
}

/** The blank lines between the list's items (none when it has fewer than two). */
function separator(text: string, l: ListData): string {
  const [a, b] = l.spans;
  if (!a || !b) return '';
  const between = text.slice(a.end, b.start);
  return /^(?:[ \t]*\r?\n)*$/u.test(between) ? between : '';
}

/** Insert `block` (whole lines) after item `i`, or at the list's end. */
function insertAfter(text: string, l: ListData, i: number, block: string): string {
  const span = l.spans[i]!;
  const at = span.end;
  const head = at > 0 && text[at - 1] !== '\n' ? l.eol : '';
  return text.slice(0, at) + head + separator(text, l) + block + text.slice(at);
}

/** The text with a copy of item `i` of the list `key` after it, its `id` set to `id` (a plain scalar). */
export function duplicateItem(parse: Parse, text: string, key: string, i: number, id: string): string | undefined {
  const l = listOf(parse, text, key);
  const span = l?.spans[i];
  const idNode = (l?.doc.getIn([key, i, 'id'], true) as Ranged | undefined)?.range;
  if (!l || !span || !idNode) return undefined;
  let copy = text.slice(span.start, idNode[0]) + id + text.slice(idNode[1], span.end);
  if (!copy.endsWith('\n')) copy += l.eol;
  const item = { ...(l.list[i] as Record<string, unknown>), id };
  l.list.splice(i + 1, 0, item);
  return checked(parse, insertAfter(text, l, i, copy), l.data);
}

/** A scalar as YAML: plain where that surely reads back the same (and `quote` is not asked), else double-quoted. */
function scalar(value: string | number | boolean, inFlow: boolean, quote: boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain =
    !quote &&
    /^[^\s\-?:,[\]{}#&*!|>'"%@`]/u.test(value) &&
    !/[\p{Cc}\p{Cf}\u2028\u2029]|: |:$| #|\s$/u.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|[-+.]?\d[\d._:e+-]*|\.(?:inf|nan))$/iu.test(value) &&
    !(inFlow && /[,[\]{}]/u.test(value));
  return plain ? value : doubleQuoted(value);
}

/** A map as block-style lines at `indent` (its first line after "- "): lists as flow lists. */
function itemLines(value: Record<string, unknown>, dash: number, indent: number, eol: string, quote: boolean): string | undefined {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    let out: string;
    if (Array.isArray(v)) {
      if (!v.every((x): x is string => typeof x === 'string')) return undefined;
      out = `[${v.map((x) => scalar(x, true, quote)).join(', ')}]`;
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out = scalar(v, false, quote);
    else if (typeof v === 'object' && v !== null) {
      const nested = Object.entries(v).map(([nk, nv]) => (typeof nv === 'string' ? `${' '.repeat(indent + 2)}${nk}: ${scalar(nv, false, quote)}` : undefined));
      if (nested.some((n) => n === undefined)) return undefined;
      lines.push(`${k}:`, ...(nested as string[]).map((n) => n.slice(indent)));
      continue;
    } else return undefined;
    lines.push(`${k}: ${out}`);
  }
  return lines.map((line, n) => (n === 0 ? `${' '.repeat(dash)}-${' '.repeat(Math.max(1, indent - dash - 1))}${line}` : ' '.repeat(indent) + line)).join(eol) + eol;
}

interface PairLike {
  key: Ranged & { value?: unknown };
  value: Ranged | null;
}

/**
 * The text with item `i` of the list `key` changed to `value` key by key: the lines of a key whose
 * value changed are written anew, a key removed loses its lines, a key added gets lines after the
 * others; everything else of the item (its other keys, comment lines, quoting) stays as it was.
 * Undefined when that cannot be done in place (the first key removed, a value without a place).
 */
function editItemKeys(parse: Parse, text: string, key: string, i: number, value: Record<string, unknown>, quote: boolean): string | undefined {
  const l = listOf(parse, text, key);
  const span = l?.spans[i];
  const node = l?.doc.getIn([key, i], true) as { items?: PairLike[] } | undefined;
  const old = l?.list[i] as Record<string, unknown> | undefined;
  if (!l || !span || !node?.items || !old) return undefined;
  const pad = ' '.repeat(span.indent);
  /** The lines of `k: v` at the item's indent (a copy of itemLines' output without its dash). */
  const render = (k: string, v: unknown): string | undefined => {
    const lines = itemLines({ [k]: v }, span.dash, span.indent, l.eol, quote);
    return lines === undefined ? undefined : pad + lines.slice(span.indent);
  };
  const edits: { start: number; end: number; text: string }[] = [];
  const pairs = node.items;
  for (const [n, pair] of pairs.entries()) {
    const k = String(pair.key.value);
    if (isDeepStrictEqual(old[k], value[k])) continue;
    if (!pair.key.range || !pair.value?.range) return undefined;
    const start = n === 0 ? pair.key.range[0] : lineStart(text, pair.key.range[0]);
    const end = lineEnd(text, pair.value.range[1]);
    if (!(k in value)) {
      if (n === 0) return undefined;
      edits.push({ start, end, text: '' });
      continue;
    }
    const lines = render(k, value[k]);
    if (lines === undefined) return undefined;
    edits.push({ start, end, text: n === 0 ? lines.slice(span.indent) : lines });
  }
  const added = Object.keys(value).filter((k) => !(k in old));
  if (added.length) {
    const lastValue = pairs[pairs.length - 1]?.value?.range;
    if (!lastValue) return undefined;
    const at = lineEnd(text, lastValue[1]);
    let block = at > 0 && text[at - 1] !== '\n' ? l.eol : '';
    for (const k of added) {
      const lines = render(k, value[k]);
      if (lines === undefined) return undefined;
      block += lines;
    }
    edits.push({ start: at, end: at, text: block });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // The keys in the order asked for are not checked: YAML maps have none.
  l.list[i] = value;
  return checked(parse, out, l.data);
}

/**
 * The text with item `i` of the list `key` replaced by `value`: key by key where it can be (the
 * item's comment lines and unchanged keys kept), else the whole item written in the list's style.
 */
export function replaceItem(parse: Parse, text: string, key: string, i: number, value: Record<string, unknown>): string | undefined {
  // Plain scalars where they are safe; if the result reads back otherwise, every one quoted.
  for (const quote of [false, true]) {
    const edited = editItemKeys(parse, text, key, i, value, quote);
    if (edited !== undefined) return edited;
  }
  const l = listOf(parse, text, key);
  const span = l?.spans[i];
  if (!l || !span) return undefined;
  l.list[i] = value;
  for (const quote of [false, true]) {
    const lines = itemLines(value, span.dash, span.indent, l.eol, quote);
    if (lines === undefined) return undefined;
    const text2 = checked(parse, text.slice(0, span.start) + lines + text.slice(span.end), l.data);
    if (text2 !== undefined) return text2;
  }
  return undefined;
}

/**
 * The text with `value` as the only item of the empty list `key` (`key: []`, or `key:` with
 * nothing), written as a block list indented by two spaces under it.
 */
function firstItem(parse: Parse, text: string, key: string, value: Record<string, unknown>): string | undefined {
  const doc = parse(text);
  if (doc.errors.length) return undefined;
  const data = doc.toJS() as Record<string, unknown> | null;
  const pair = (doc.contents as { items?: PairLike[] } | null)?.items?.find((p) => String(p.key.value) === key);
  const old = data?.[key];
  if (!data || !pair?.key.range || !(old === null || (Array.isArray(old) && old.length === 0))) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const from = pair.key.range[1];
  // After the key: its colon, then the empty list or nothing, up to the end of the line (a comment there stays).
  const rest = /^[ \t]*:[ \t]*(?:\[[ \t]*\])?/u.exec(text.slice(from));
  if (!rest) return undefined;
  const at = from + rest[0].length;
  const end = lineEnd(text, at);
  const tail = text.slice(at, end).replace(/\r?\n$/u, '');
  for (const quote of [false, true]) {
    const lines = itemLines(value, 2, 4, eol, quote);
    if (lines === undefined) return undefined;
    const next = `${text.slice(0, from)}:${tail}${eol}${lines}${text.slice(end)}`;
    const out = checked(parse, next, { ...data, [key]: [value] });
    if (out !== undefined) return out;
  }
  return undefined;
}

/** The text with `value` appended to the list `key` (in the style of its items; the first item of an empty list two spaces in). */
export function appendItem(parse: Parse, text: string, key: string, value: Record<string, unknown>): string | undefined {
  const l = listOf(parse, text, key);
  const last = l?.spans.length ? l.spans.length - 1 : -1;
  if (!l || last < 0) return firstItem(parse, text, key, value);
  const span = l.spans[last]!;
  l.list.push(value);
  for (const quote of [false, true]) {
    const lines = itemLines(value, span.dash, span.indent, l.eol, quote);
    if (lines === undefined) return undefined;
    const text2 = checked(parse, insertAfter(text, l, last, lines), l.data);
    if (text2 !== undefined) return text2;
  }
  return undefined;
}
