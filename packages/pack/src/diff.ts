/**
 * What changed between two packs, template by template, with word-level diffs of
 * the texts: as plain text (terminals, logs) and as Markdown (a pull-request
 * comment, release notes).
 *
 * Words are found by `Intl.Segmenter` (word granularity) for the text's language:
 * Russian words whole (the `diff` package's own word tokenizer knows only Latin
 * letters and would diff Cyrillic letter by letter), Chinese by the segmenter's
 * dictionary (it has no spaces). The token lists are compared with `diffArrays`.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { diffArrays } from 'diff';
import { unzipSync } from 'fflate';
import { UserError } from '@otvet/core';
import { TEMPLATES_JSON } from './build.js';
import { packMessages } from './messages.js';
import { MAX_PACK_FILE_BYTES } from './verify.js';

/** A template as published in templates.json (the fields a diff looks at). */
export interface PublishedTemplate {
  id: string;
  title?: string;
  tags?: string[];
  placeholders?: Record<string, unknown>;
  text: Record<string, string>;
}

export interface FieldChange {
  /** `title`, `tags`, `placeholders` or `text.<locale>`. */
  field: string;
  before: string;
  after: string;
  /** Word-level parts: kept, removed or added. */
  parts: { value: string; added?: boolean; removed?: boolean }[];
}

export interface PackChanges {
  added: PublishedTemplate[];
  removed: PublishedTemplate[];
  changed: { id: string; title?: string; fields: FieldChange[] }[];
  unchanged: number;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function isPublished(value: unknown): value is PublishedTemplate {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return typeof t.id === 'string' && typeof t.text === 'object' && t.text !== null;
}

/** The templates of a pack: its directory, its zip, or its templates.json. */
export function readPackTemplates(path: string, display: string): PublishedTemplate[] {
  let text: string;
  let tooLarge = false;
  try {
    if (statSync(path).isDirectory()) text = readFileSync(join(path, TEMPLATES_JSON), 'utf8');
    else if (path.endsWith('.zip')) {
      let declared = 0;
      // Nothing is inflated whose declared size is over the limit (a lying size makes the inflater fail).
      const entry = unzipSync(readFileSync(path), {
        filter: (f) => f.name === TEMPLATES_JSON && (declared = f.originalSize) <= MAX_PACK_FILE_BYTES,
      })[TEMPLATES_JSON];
      if (declared > MAX_PACK_FILE_BYTES) tooLarge = true;
      if (!entry) throw new Error(`no ${TEMPLATES_JSON}`);
      text = new TextDecoder().decode(entry);
    } else text = readFileSync(path, 'utf8');
  } catch {
    if (tooLarge) throw new UserError(packMessages['verify-too-large'], { file: `${display}: ${TEMPLATES_JSON}`, limit: MAX_PACK_FILE_BYTES });
    throw new UserError(packMessages['no-manifest'], { path: display });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(packMessages['bad-manifest'], { path: display, detail: (error as Error).message });
  }
  const templates = (data as { templates?: unknown } | null)?.templates;
  if (!Array.isArray(templates) || !templates.every(isPublished)) {
    throw new UserError(packMessages['bad-manifest'], { path: display, detail: `${TEMPLATES_JSON}: templates[]` });
  }
  return templates;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The word segmenter of a language (its primary subtag: zh-Hans → zh). */
function segmenterFor(locale: string): Intl.Segmenter {
  const language = locale.split(/[-_]/)[0]!.toLowerCase() || 'ru';
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

const HYPHEN = /^[-\u2010]$/u;

/**
 * Words, punctuation and runs of blanks of a text, in order, joining to the text.
 * A hyphenated word stays one token (трек-номер).
 */
export function wordTokens(text: string, locale: string): string[] {
  const segments = [...segmenterFor(locale).segment(text)];
  const out: string[] = [];
  let wordEnd = false;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const next = segments[i + 1];
    if (wordEnd && HYPHEN.test(seg.segment) && next?.isWordLike) {
      out[out.length - 1] += seg.segment + next.segment;
      i++;
      continue;
    }
    out.push(seg.segment);
    wordEnd = seg.isWordLike === true;
  }
  return out;
}

type Part = FieldChange['parts'][number];

/**
 * Word-level parts of a change. Blanks kept between two changes go into both, so
 * «быстро проверили» → «сразу утвердили» reads as one replacement, not two.
 */
export function diffWordsOf(before: string, after: string, locale: string): Part[] {
  const raw = diffArrays(wordTokens(before, locale), wordTokens(after, locale));
  const parts: Part[] = [];
  const push = (value: string, kind: 'added' | 'removed' | 'kept'): void => {
    if (!value) return;
    // A removal goes before the addition it sits next to.
    const last = parts[parts.length - 1];
    const secondLast = parts[parts.length - 2];
    if (kind === 'removed' && last?.removed) last.value += value;
    else if (kind === 'added' && last?.added) last.value += value;
    else if (kind === 'removed' && last?.added && secondLast?.removed) {
      secondLast.value += value;
    } else if (kind === 'removed' && last?.added) parts.splice(parts.length - 1, 0, { value, removed: true });
    else if (kind === 'kept' && last && !last.added && !last.removed) last.value += value;
    else parts.push(kind === 'kept' ? { value } : kind === 'added' ? { value, added: true } : { value, removed: true });
  };
  for (let i = 0; i < raw.length; i++) {
    const change = raw[i]!;
    const value = change.value.join('');
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'kept';
    const prev = raw[i - 1];
    const next = raw[i + 1];
    if (kind === 'kept' && /^\s+$/u.test(value) && prev && next && (prev.added || prev.removed) && (next.added || next.removed)) {
      push(value, 'removed');
      push(value, 'added');
      continue;
    }
    push(value, kind);
  }
  return trimReplacements(parts);
}

/** Blanks that a removal and the addition after it both start or end with belong to the kept text around them. */
function trimReplacements(parts: Part[]): Part[] {
  const out: Part[] = [];
  const keep = (value: string): void => {
    if (!value) return;
    const last = out[out.length - 1];
    if (last && !last.added && !last.removed) last.value += value;
    else out.push({ value });
  };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const q = parts[i + 1];
    if (!p.removed || !q?.added) {
      if (p.added || p.removed) out.push({ ...p });
      else keep(p.value);
      continue;
    }
    let removed = p.value;
    let added = q.value;
    const lead = /^\s*/u.exec(removed)![0];
    const common = lead && added.startsWith(lead) && removed.length > lead.length && added.length > lead.length ? lead : '';
    removed = removed.slice(common.length);
    added = added.slice(common.length);
    const trail = /\s*$/u.exec(removed)![0];
    const end = trail && added.endsWith(trail) && removed.length > trail.length && added.length > trail.length ? trail : '';
    keep(common);
    out.push({ value: removed.slice(0, removed.length - end.length), removed: true }, { value: added.slice(0, added.length - end.length), added: true });
    keep(end);
    i++;
  }
  return out;
}

/** The language to segment a field by: text.<locale> by its locale, the rest (title, tags) as Russian. */
const localeOf = (field: string): string => (field.startsWith('text.') ? field.slice(5) : 'ru');

/**
 * How a change summary names the pack it compares with: its path relative to the
 * project when it lies inside, else only its file name — never an absolute path,
 * which would put the machine's directories into a published summary.
 */
export function basePackLabel(path: string, root: string): string {
  const rel = relative(root, path);
  if (rel === '') return '.';
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return basename(path);
  return rel.split(sep).join('/');
}

function fieldsOf(t: PublishedTemplate): Map<string, string> {
  const out = new Map<string, string>();
  out.set('title', t.title ?? '');
  out.set('tags', (t.tags ?? []).join(', '));
  out.set('placeholders', Object.keys(t.placeholders ?? {}).sort(byCodePoint).join(', '));
  for (const locale of Object.keys(t.text).sort(byCodePoint)) out.set(`text.${locale}`, t.text[locale] ?? '');
  return out;
}

export function diffPacks(before: PublishedTemplate[], after: PublishedTemplate[]): PackChanges {
  const old = new Map(before.map((t) => [t.id, t]));
  const now = new Map(after.map((t) => [t.id, t]));
  const changes: PackChanges = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const id of [...now.keys()].sort(byCodePoint)) {
    const a = now.get(id)!;
    const b = old.get(id);
    if (!b) {
      changes.added.push(a);
      continue;
    }
    const fa = fieldsOf(a);
    const fb = fieldsOf(b);
    const fields: FieldChange[] = [];
    for (const field of [...new Set([...fb.keys(), ...fa.keys()])].sort(byCodePoint)) {
      const x = fb.get(field) ?? '';
      const y = fa.get(field) ?? '';
      if (x !== y) fields.push({ field, before: x, after: y, parts: diffWordsOf(x, y, localeOf(field)) });
    }
    if (fields.length) changes.changed.push({ id, ...(a.title ? { title: a.title } : {}), fields });
    else changes.unchanged++;
  }
  for (const id of [...old.keys()].sort(byCodePoint)) if (!now.has(id)) changes.removed.push(old.get(id)!);
  return changes;
}

/** Labels of the report, in the user's language. */
export interface ChangeLabels {
  heading: string;
  added: string;
  removed: string;
  changed: string;
  none: string;
}

/** A text or title on one line of a summary: its line breaks (CRLF, LF, lone CR) shown as ⏎. */
const oneLine = (s: string): string => s.replace(/\r\n|[\n\r\u2028\u2029]/g, ' ⏎ ');

/** Plain text, git's `--word-diff=plain` style: [-removed-]{+added+}. */
export function formatChangesText(changes: PackChanges, labels: ChangeLabels): string {
  const lines = [labels.heading];
  if (!changes.added.length && !changes.removed.length && !changes.changed.length) return `${labels.heading}\n${labels.none}\n`;
  if (changes.added.length) lines.push('', `${labels.added} (${changes.added.length})`, ...changes.added.map((t) => `+ ${t.id}${t.title ? ` — ${oneLine(t.title)}` : ''}`));
  if (changes.removed.length) lines.push('', `${labels.removed} (${changes.removed.length})`, ...changes.removed.map((t) => `- ${t.id}${t.title ? ` — ${oneLine(t.title)}` : ''}`));
  if (changes.changed.length) {
    lines.push('', `${labels.changed} (${changes.changed.length})`);
    for (const c of changes.changed) {
      lines.push(`~ ${c.id}${c.title ? ` — ${oneLine(c.title)}` : ''}`);
      for (const f of c.fields) {
        const body = f.parts.map((p) => (p.added ? `{+${p.value}+}` : p.removed ? `[-${p.value}-]` : p.value)).join('');
        lines.push(`    ${f.field}: ${oneLine(body)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** Markdown special characters in template text, escaped. */
const md = (s: string): string => oneLine(s).replace(/([\\`*_[\]<>~|])/g, '\\$1');

/** Markdown: lists of added and removed templates, and each change with ~~removed~~ and **added** words. */
export function formatChangesMarkdown(changes: PackChanges, labels: ChangeLabels): string {
  const lines = [`### ${md(labels.heading)}`];
  if (!changes.added.length && !changes.removed.length && !changes.changed.length) return `${lines[0]}\n\n${md(labels.none)}\n`;
  const item = (t: { id: string; title?: string }): string => `- \`${t.id}\`${t.title ? ` — ${md(t.title)}` : ''}`;
  if (changes.added.length) lines.push('', `#### ${md(labels.added)} (${changes.added.length})`, '', ...changes.added.map(item));
  if (changes.removed.length) lines.push('', `#### ${md(labels.removed)} (${changes.removed.length})`, '', ...changes.removed.map(item));
  if (changes.changed.length) {
    lines.push('', `#### ${md(labels.changed)} (${changes.changed.length})`, '');
    for (const c of changes.changed) {
      lines.push(item(c));
      for (const f of c.fields) {
        const body = f.parts
          .map((p) => {
            if (!p.value.trim()) return p.added ? '' : p.value;
            const v = md(p.value.trim());
            const lead = p.value.match(/^\s*/u)![0];
            const trail = p.value.match(/\s*$/u)![0];
            return lead + (p.added ? `**${v}**` : p.removed ? `~~${v}~~` : v) + trail;
          })
          .join('');
        lines.push(`  - ${f.field}: ${body}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
