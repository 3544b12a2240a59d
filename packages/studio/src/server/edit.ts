/**
 * A template's texts as edited in the studio, written into its YAML file's text. Each changed
 * text becomes the smallest edit of its value; where that edit can be made in place (the checks
 * of `--fix`: `isSafeEdit`, then `applyFixes`, which parses the result and compares every value),
 * only those characters of the file change, so comments, key order, quoting, indentation and line
 * endings stay as they were. An edit that cannot be made in place (a line break typed into a plain
 * text, a quote in a quoted one) rewrites that one scalar as a double-quoted string, checked the
 * same way. Nothing else of the file is touched.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ScalarMap, TemplateFile } from '@otvet/core';
import type { StudioEngine } from './engine.js';

export type EditError = 'no-template' | 'no-locale' | 'unwritable';

/** The value range [from, to) of `before` that becomes `inserted` in `after` (one contiguous change). */
export function valueChange(before: string, after: string): { from: number; to: number; inserted: string } {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return { from: p, to: before.length - s, inserted: after.slice(p, after.length - s) };
}

/** A string as a YAML double-quoted scalar (JSON's escapes are all YAML escapes). */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/[\u2028\u2029\u0085]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The data the file should parse to once the text of `locale` of the template at `index` is `value`. */
function expectedData(file: TemplateFile, index: number, locale: string, value: string): unknown {
  const data = file.doc?.toJS() as { templates?: { text?: Record<string, unknown> }[] } | undefined;
  const text = data?.templates?.[index]?.text;
  if (!text) return undefined;
  text[locale] = value;
  return data;
}

/** The scalar rewritten whole as a double-quoted string, when the file then parses to exactly that. */
function rewriteScalar(core: StudioEngine['core'], file: TemplateFile, map: ScalarMap, index: number, locale: string, value: string): string | undefined {
  const expected = expectedData(file, index, locale, value);
  if (expected === undefined) return undefined;
  const start = map.nodeStart;
  let end = map.nodeEnd;
  // A block scalar's range takes in the line breaks after it: they stay.
  while (end > start && /\s/u.test(file.text[end - 1]!)) end--;
  const text = file.text.slice(0, start) + doubleQuoted(value) + file.text.slice(end);
  const doc = core.parseTemplateDocument(text);
  if (doc.errors.length || !isDeepStrictEqual(doc.toJS(), expected)) return undefined;
  return text;
}

/**
 * The file's text with the texts of its template at `index` set to `texts` (by locale; texts that
 * are the same are left alone). `text` is decoded, without its BOM.
 */
export function editTexts(core: StudioEngine['core'], path: string, text: string, bom: boolean, target: string, index: number, texts: Readonly<Record<string, string>>): { text: string } | { error: EditError; locale?: string } {
  let current = text;
  for (const [locale, value] of Object.entries(texts)) {
    const file = core.parseTemplateFile(path, current, bom, target);
    const entry = file.templates.find((t) => t.index === index);
    if (!entry) return { error: 'no-template' };
    const entryText = entry.texts.get(locale);
    if (!entryText) return { error: 'no-locale', locale };
    const { map } = entryText;
    if (map.value === value) continue;
    const change = valueChange(map.value, value);
    let next: string | undefined;
    if (core.isSafeEdit(map, change.from, change.to, change.inserted, entryText.flow)) {
      const outcome = core.applyFixes(file, [{ range: core.sourceRange(map, change.from, change.to), text: change.inserted }]);
      if (outcome.applied.length === 1) next = outcome.text;
    }
    next ??= rewriteScalar(core, file, map, index, locale, value);
    if (next === undefined) return { error: 'unwritable', locale };
    current = next;
  }
  return { text: current };
}

/** The value index of a file offset in a text (the first unit at or after it), or undefined where the map is not exact. */
export function valueIndex(map: ScalarMap, offset: number): number | undefined {
  if (!map.exact) return undefined;
  const n = map.value.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.offsets[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
