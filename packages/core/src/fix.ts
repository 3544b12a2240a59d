/**
 * Applying fixes to a template file. Edits are applied back to front; an edit
 * that overlaps one already taken is skipped (a later pass may take it). Every
 * result is verified by parsing it again: the file must still be valid YAML with
 * the same structure, and every text must have exactly the value the edits meant.
 * Edits that fail the check are dropped one by one, so `--fix` never breaks a
 * file: comments, key order, quoting, indentation and line endings are untouched
 * because only the characters inside the fixed ranges change.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseTemplateDocument, parseTemplateFile, type TemplateFile, type TextEntry, type VerifiedDocument } from './load.js';
import { countBelow } from './sorted.js';
import type { Fix } from './types.js';

export interface FixResult {
  /** The new text (unchanged when nothing could be applied). */
  text: string;
  applied: Fix[];
  /** Edits that overlapped others or failed verification. */
  skipped: Fix[];
  /**
   * The document of the new text, parsed to verify it (as {@link parseTemplateDocument}), with the
   * data it was checked to hold: when edits were applied. {@link parseTemplateFile} reads it
   * without repeating the checks.
   */
  verified?: VerifiedDocument;
}

function splice(text: string, fixes: Fix[]): { text: string; applied: Fix[]; overlapped: Fix[] } {
  const sorted = [...fixes].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  const applied: Fix[] = [];
  const overlapped: Fix[] = [];
  let floor = Number.POSITIVE_INFINITY;
  for (const f of sorted) {
    const [s, e] = f.range;
    // Applied edits go back to front, so only the one taken last can start where this one does.
    if (e > floor || (e === floor && s === e && applied[applied.length - 1]?.range[0] === s)) {
      overlapped.push(f);
      continue;
    }
    floor = s;
    applied.push(f);
  }
  applied.reverse();
  return { text: edited(text, applied), applied, overlapped };
}

/**
 * `text` with `edits` (in order, none overlapping) made, each where it starts in the file or, given
 * `starts`, at `starts[i]` (a value index): built in one pass from the pieces between them, not by
 * cutting the whole text again for each edit (a file with 40,000 edits took minutes).
 */
function edited(text: string, edits: readonly Fix[], starts?: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  edits.forEach((f, i) => {
    const s = starts ? starts[i]! : f.range[0];
    parts.push(text.slice(at, s), f.text);
    at = s + (f.range[1] - f.range[0]);
  });
  parts.push(text.slice(at));
  return parts.join('');
}

/** Every text of the file with its template and locale, in the order of the file. */
function textsInOrder(file: TemplateFile): Array<{ index: number; locale: string; text: TextEntry }> {
  const out = file.templates.flatMap((entry) => [...entry.texts].map(([locale, text]) => ({ index: entry.index, locale, text })));
  return out.sort((a, b) => a.text.map.nodeStart - b.text.map.nodeStart);
}

/** The quoting edit of a plain scalar cut short by a comment (see `Requote`), if `f` is one. */
const requoteOf = (file: TemplateFile, f: Fix): TemplateFile['requotes'][number] | undefined =>
  file.requotes.find((r) => r.start === f.range[0] && r.end === f.range[1] && r.text === f.text);

/** The data the file should parse to after the edits: texts edited at the value level, quoted scalars whole. */
function expectedData(file: TemplateFile, fixes: Fix[]): unknown {
  const data = file.doc?.toJS() as { templates?: { text?: Record<string, string> }[] } | undefined;
  const plain: Fix[] = [];
  for (const f of fixes) {
    const r = requoteOf(file, f);
    if (!r) {
      plain.push(f);
      continue;
    }
    let parent: unknown = data;
    for (const key of r.path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (!parent || typeof parent !== 'object') return undefined;
    (parent as Record<string | number, unknown>)[r.path[r.path.length - 1]!] = r.value;
  }
  plain.sort((a, b) => a.range[0] - b.range[0]);
  const starts = plain.map((f) => f.range[0]);
  for (const { index, locale, text: t } of textsInOrder(file)) {
    // The edits inside this text: those that start in it and end in it, in the order of the text.
    const mine: Fix[] = [];
    const at: number[] = [];
    const { value, offsets } = t.map;
    for (let i = countBelow(starts, t.map.nodeStart); i < plain.length && starts[i]! <= t.map.nodeEnd; i++) {
      const f = plain[i]!;
      if (f.range[1] > t.map.nodeEnd) continue;
      // Fix ranges cover verbatim characters only: find the value index of the start.
      const k = countBelow(offsets, f.range[0], 0, value.length);
      if (k < value.length && offsets[k] !== f.range[0] && f.range[0] !== f.range[1]) return undefined;
      mine.push(f);
      at.push(k);
    }
    if (mine.length === 0) continue;
    const template = data?.templates?.[index];
    if (!template?.text) return undefined;
    template.text[locale] = edited(value, mine, at);
  }
  return data;
}

/** Whether every edit lies inside a text scalar or quotes a scalar cut short by a comment (elsewhere a change may not show in the data, e.g. a deleted "\r"). */
function insideTexts(file: TemplateFile, fixes: Fix[]): boolean {
  const texts = textsInOrder(file);
  const starts = texts.map((t) => t.text.map.nodeStart);
  return fixes.every((f) => {
    if (requoteOf(file, f)) return true;
    // Texts do not overlap: the only one that can hold the edit is the last to start at or before it.
    const t = texts[countBelow(starts, f.range[0] + 1) - 1]?.text;
    return t !== undefined && t.map.exact && f.range[1] <= t.map.offsets[t.map.value.length]!;
  });
}

/** The document of the new text and its data, when it verifies. */
function verify(file: TemplateFile, fixes: Fix[], newText: string): VerifiedDocument | undefined {
  if (!insideTexts(file, fixes)) return undefined;
  const expected = expectedData(file, fixes);
  if (expected === undefined) return undefined;
  const doc = parseTemplateDocument(newText);
  if (doc.errors.length) return undefined;
  const data: unknown = doc.toJS();
  return isDeepStrictEqual(data, expected) ? { doc, verifiedData: data } : undefined;
}

/** Apply fixes to a parsed template file's text, keeping only edits that verify. */
export function applyFixes(file: TemplateFile, fixes: Fix[]): FixResult {
  if (fixes.length === 0 || !file.doc || file.doc.errors.length) return { text: file.text, applied: [], skipped: [...fixes] };
  const batch = splice(file.text, fixes);
  const verified = verify(file, batch.applied, batch.text);
  if (verified) return { text: batch.text, applied: batch.applied, skipped: batch.overlapped, verified };
  // Something in the batch does not verify: take the edits one at a time.
  let current = file;
  let currentVerified: VerifiedDocument | undefined;
  const applied: Fix[] = [];
  const skipped: Fix[] = [...batch.overlapped];
  let shift: { at: number; delta: number }[] = [];
  // Shifts are in the original coordinates: compare the original range, add up the deltas.
  const moved = (f: Fix): Fix => {
    const [s0, e0] = f.range;
    let [s, e] = f.range;
    for (const x of shift) {
      if (s0 >= x.at) s += x.delta;
      if (e0 >= x.at) e += x.delta;
    }
    return { range: [s, e], text: f.text };
  };
  for (const f of [...batch.applied].sort((a, b) => a.range[0] - b.range[0])) {
    const g = moved(f);
    const one = splice(current.text, [g]);
    const verified = verify(current, [g], one.text);
    if (verified) {
      applied.push(f);
      shift = [...shift, { at: f.range[1], delta: f.text.length - (f.range[1] - f.range[0]) }];
      // The target locale only matters for schema findings, which fixing never needs.
      current = parseTemplateFile(file.path, one.text, file.bom, 'ru', verified);
      currentVerified = verified;
    } else skipped.push(f);
  }
  return currentVerified ? { text: current.text, applied, skipped, verified: currentVerified } : { text: current.text, applied, skipped };
}
