/**
 * Keeping findings apart: rules keep a match only where it overlaps none kept before it.
 * Comparing each new span with every earlier one costs their number squared, which a pasted list
 * of thousands of matches in one text turns into seconds; these helpers mark the units of the
 * text that kept spans take instead, at a cost linear in the length the spans cover.
 */

export interface Span {
  start: number;
  end: number;
}

/** Whether two spans share a unit (half-open ranges). */
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Up to this many spans (or pairs of spans), comparing them pairwise is as cheap as marking. */
const FEW = 16;

const hasEmpty = (spans: readonly Span[]): boolean => spans.some((s) => s.end <= s.start);

/** The first start and the last end of some spans. */
function bounds(...lists: (readonly Span[])[]): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (const list of lists) {
    for (const s of list) {
      if (s.start < from) from = s.start;
      if (s.end > to) to = s.end;
    }
  }
  return [from, to];
}

/**
 * The units of a text taken by spans, for spans that are not empty (an empty span takes no unit,
 * so it would overlap nothing here, while {@link overlaps} sees one inside another span).
 */
export class TakenSpans {
  readonly #taken: Uint8Array;
  readonly #from: number;

  /** The spans are in the text's units `from` to `to` (0 to its length by default). */
  constructor(to: number, from = 0) {
    this.#from = from;
    this.#taken = new Uint8Array(Math.max(0, to - from));
  }

  /** Whether a span shares a unit with one taken before. */
  overlaps(span: Span): boolean {
    return this.#taken.subarray(span.start - this.#from, span.end - this.#from).includes(1);
  }

  take(span: Span): void {
    this.#taken.fill(1, span.start - this.#from, span.end - this.#from);
  }
}

/** The spans, in their order, that overlap none kept before them. */
export function keepApart<T extends Span>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  if (spans.length <= FEW || hasEmpty(spans)) {
    for (const s of spans) if (!kept.some((k) => overlaps(k, s))) kept.push(s);
    return kept;
  }
  const [from, to] = bounds(spans);
  const taken = new TakenSpans(to, from);
  for (const s of spans) {
    if (taken.overlaps(s)) continue;
    kept.push(s);
    taken.take(s);
  }
  return kept;
}

/** The spans that overlap none of `others`. */
export function apartFrom<T extends Span>(spans: readonly T[], others: readonly Span[]): T[] {
  if (spans.length * others.length <= FEW * FEW || hasEmpty(spans) || hasEmpty(others)) return spans.filter((s) => !others.some((o) => overlaps(o, s)));
  const [from, to] = bounds(spans, others);
  const taken = new TakenSpans(to, from);
  for (const o of others) taken.take(o);
  return spans.filter((s) => !taken.overlaps(s));
}

/**
 * The text with each span's units replaced by `fill` (offsets kept), in one copy of the text
 * however many spans there are. Overlapping spans are blanked once.
 */
export function blankSpans(text: string, spans: readonly (readonly [start: number, end: number])[], fill: string): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    parts.push(text.slice(at, from), fill.repeat(end - from));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
