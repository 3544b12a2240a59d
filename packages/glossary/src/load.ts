/**
 * Loading glossary files with positions (yaml Document API): YAML errors, schema
 * errors and the term base's own consistency problems are reported as `UserError`s
 * at file:line:column.
 */
import { isMap, isSeq, type Document } from 'yaml';
import { LineIndex, parseYamlDocument, schemaDetail, UserError, UserErrors, withDetail, yamlLimitError, type Localized } from '@otvet/core';
import { validateGlossary } from './generated/validators.js';
import { glossaryMessages, type GlossaryProblemCode } from './messages.js';
import { englishKey, russianKey, wordsOf } from './stem.js';
import { normalizeTerm, type EntrySource, type LoadedEntry, type RawTerm } from './types.js';

/** A problem of a glossary, with its code (`duplicate-id`…) for reports. */
export class GlossaryProblem extends UserError {
  constructor(
    readonly code: GlossaryProblemCode,
    data: Record<string, string | number>,
    location?: EntrySource,
    /** The message, when it is not the code's own (one filled in each language). */
    message?: Localized,
  ) {
    super(message ?? glossaryMessages[code], data, location);
  }
}

export interface LoadedGlossaryFile {
  path: string;
  entries: LoadedEntry[];
  problems: GlossaryProblem[];
  /** The parsed document (for edits that keep comments and formatting). */
  doc: Document;
}

type Ranged = { range?: [number, number, number] | null };

/** Parse and schema-check one glossary file. */
export function parseGlossaryFile(path: string, text: string): LoadedGlossaryFile {
  const lines = new LineIndex(text);
  const at = (offset: number): EntrySource => ({ path, ...lines.point(offset) });
  const doc = parseYamlDocument(text, { prettyErrors: false });
  const limit = yamlLimitError(doc, text, path);
  if (limit) throw new UserErrors([limit]);
  const problems: GlossaryProblem[] = [];
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(new GlossaryProblem('yaml', { detail: e.message.replace(/\s*at line[\s\S]*$/u, '') }, at(e.pos[0])));
    return { path, entries: [], problems, doc };
  }
  const data: unknown = doc.toJS({ maxAliasCount: -1 });
  if (!validateGlossary(data)) {
    for (const e of validateGlossary.errors ?? []) {
      const parts = e.instancePath.split('/').slice(1);
      const node = doc.getIn(parts, true) as Ranged | undefined;
      problems.push(new GlossaryProblem('schema', {}, at(node?.range?.[0] ?? 0), withDetail(glossaryMessages.schema, schemaDetail(e), `${e.instancePath || '/'}: `)));
    }
    return { path, entries: [], problems, doc };
  }
  const terms = (data as { terms: RawTerm[] }).terms;
  const seq = doc.get('terms', true);
  const entries = terms.map((raw, i): LoadedEntry => {
    const entry: LoadedEntry = normalizeTerm(raw);
    const item = isSeq(seq) ? seq.items[i] : undefined;
    const idNode = isMap(item) ? (item.get('id', true) as Ranged | undefined) : undefined;
    entry.source = at(idNode?.range?.[0] ?? (item as Ranged | undefined)?.range?.[0] ?? 0);
    entry.at = {};
    if (isMap(item)) {
      for (const field of ['zh', 'ru', 'forbidden', 'en'] as const) {
        const list = item.get(field, true);
        if (isSeq(list)) list.items.forEach((v, k) => ((entry.at ??= {})[`${field}.${k}`] = at((v as Ranged).range?.[0] ?? 0)));
        else if (list) entry.at[`${field}.0`] = at((list as Ranged).range?.[0] ?? 0);
      }
    }
    return entry;
  });
  return { path, entries, problems, doc };
}

/** The match key of a Russian term (its words' keys). */
export function russianTermKey(term: string): string {
  return [...wordsOf(term)].map((w) => russianKey(w.word)).join(' ');
}

/** The match key of an English term. */
export function englishTermKey(term: string): string {
  return [...wordsOf(term)].map((w) => englishKey(w.word)).join(' ');
}

const where = (e: LoadedEntry, field?: string): EntrySource | undefined => (field && e.at?.[field]) || e.source;
const show = (s: EntrySource | undefined): string => (s ? `${s.path}:${s.line}:${s.column}` : '?');

/**
 * Consistency of a whole term base: duplicate ids, a source variant in two
 * entries, a forbidden variant equal (in any inflection) to an approved term,
 * entries without a source variant or without a Russian term.
 */
export function validateEntries(entries: readonly LoadedEntry[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const ids = new Map<string, LoadedEntry>();
  const sources = new Map<string, { entry: LoadedEntry; field: string }>();
  const approved = new Map<string, LoadedEntry>();
  for (const e of entries) {
    const first = ids.get(e.id);
    if (first) problems.push(new GlossaryProblem('duplicate-id', { id: e.id, where: show(first.source) }, e.source));
    else ids.set(e.id, e);
    if (e.zh.length === 0 && e.en.length === 0) problems.push(new GlossaryProblem('empty-source', { id: e.id }, e.source));
    if (e.translate && e.ru.length === 0) problems.push(new GlossaryProblem('empty-target', { id: e.id }, e.source));
    if (!e.translate && e.ru.length > 0) problems.push(new GlossaryProblem('translated-untranslatable', { id: e.id }, where(e, 'ru.0')));
    const keyed = [...e.zh.map((v, i) => ({ key: `zh:${v.trim()}`, v, field: `zh.${i}` })), ...e.en.map((v, i) => ({ key: `en:${englishTermKey(v)}`, v, field: `en.${i}` }))];
    for (const { key, v, field } of keyed) {
      const seen = sources.get(key);
      if (seen && seen.entry !== e) problems.push(new GlossaryProblem('duplicate-source', { variant: v, id: e.id, other: seen.entry.id, where: show(where(seen.entry, seen.field)) }, where(e, field)));
      else if (!seen) sources.set(key, { entry: e, field });
    }
    for (const term of e.ru) if (!approved.has(russianTermKey(term))) approved.set(russianTermKey(term), e);
  }
  for (const e of entries) {
    e.forbidden.forEach((v, i) => {
      const other = approved.get(russianTermKey(v));
      if (other) problems.push(new GlossaryProblem('forbidden-approved', { variant: v, id: e.id, other: other.id }, where(e, `forbidden.${i}`)));
    });
  }
  return problems;
}

/** Load several files: entries in file order, and every problem found. */
export function loadGlossary(files: readonly { path: string; text: string }[]): { files: LoadedGlossaryFile[]; entries: LoadedEntry[]; problems: GlossaryProblem[] } {
  const loaded = files.map((f) => parseGlossaryFile(f.path, f.text));
  const entries = loaded.flatMap((f) => f.entries);
  const problems = [...loaded.flatMap((f) => f.problems), ...validateEntries(entries)];
  return { files: loaded, entries, problems };
}
