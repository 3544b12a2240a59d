/**
 * The error-rate estimate (documented for users in docs/error-rate.md). Per template and target
 * locale:
 * - words = word tokens of the target text with placeholders masked (for a plural or select, the
 *   branch with the most words: what one buyer reads);
 * - penalty = Σ severity weight (error 1, warning 0.5, info 0) over the template's defects, where
 *   findings in the same text whose spans overlap (directly or through a chain) are one defect,
 *   weighed at the highest weight among them ({@link penaltyOf});
 * - errorRate = penalty / max(words, 1).
 * A template or file that could not be read (YAML or schema errors) is not rated: its verdict is
 * `unchecked`, which ranks worse than `reject` (it blocks a pack, and a pack with one is `unchecked`).
 */
import type { Root } from 'nlcst';
import type { Placeholder } from './placeholders.js';
import type { Severity, Thresholds } from './types.js';

/** The verdict of an error rate. */
export type RateVerdict = 'pass' | 'revise' | 'reject';
/**
 * A template's, file's or pack's verdict: that of its error rate, or `unchecked` when it (or, for a
 * pack, any of its files or templates) could not be read, so there is no rate to judge.
 */
export type Verdict = RateVerdict | 'unchecked';

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 1, warning: 0.5, info: 0 };

export interface TemplateScore {
  id: string;
  /** Words of the target text (0 when an unchecked template has no readable target text). */
  words: number;
  /** For an unchecked template: the weight of what was found (its schema errors); not in the pack's sums. */
  penalty: number;
  errorRate: number;
  verdict: Verdict;
  /** How many more error-severity findings the template can take before each threshold (0 once reached, and when unchecked). */
  headroom: { revise: number; reject: number };
}

export interface PackScore {
  /** Every template found, checked or not. */
  templates: number;
  /** Σ over the checked templates. */
  words: number;
  penalty: number;
  errorRate: number;
  verdict: Verdict;
  /** Files that could not be read (wholly or an entry of their template list) and templates that could not be checked. */
  unchecked: { files: number; templates: number };
}

/** What scoring needs of a finding. */
export interface ScoredFinding {
  severity: Severity;
  /** The text the finding lies in (its locale); absent for template-level findings (a duplicate id, a missing text). */
  text?: string;
  /** Its span in file offsets, `start <= end`; absent when it has none. */
  start?: number;
  end?: number;
}

/** Offsets of the word tokens of an nlcst tree. */
export function wordOffsets(tree: Root): number[] {
  const out: number[] = [];
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number } } }): void => {
    if (node.type === 'WordNode') {
      out.push(node.position?.start.offset ?? 0);
      return;
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree as unknown as Parameters<typeof visit>[0]);
  return out;
}

/** Count words between `from` and `to`, taking the wordiest branch of each plural/select. */
export function countWords(words: number[], placeholders: Placeholder[], from = 0, to = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const branched = placeholders.filter((p) => p.branches?.length && p.start >= from && p.end <= to);
  for (const w of words) {
    if (w >= from && w < to && !branched.some((p) => w >= p.start && w < p.end)) total++;
  }
  for (const p of branched) {
    let best = 0;
    for (const b of p.branches!) best = Math.max(best, countWords(words, b.children, b.start, b.end));
    total += best;
  }
  return total;
}

export function verdictOf(rate: number, thresholds: Thresholds): RateVerdict {
  if (rate >= thresholds.reject - 1e-12) return 'reject';
  if (rate >= thresholds.revise - 1e-12) return 'revise';
  return 'pass';
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** How many more errors (weight 1) keep the rate below `threshold`. */
function headroom(penalty: number, words: number, threshold: number): number {
  const w = Math.max(words, 1);
  // Largest n with (penalty + n) / w < threshold.
  return Math.max(0, Math.ceil(threshold * w - penalty - 1e-9) - 1);
}

/**
 * How many errors (weight 1) a template at or over `threshold` must lose for its rate to drop
 * below it: the other side of the headroom (at least 1).
 */
export function errorsToGetUnder(score: Pick<TemplateScore, 'penalty' | 'words'>, threshold: number): number {
  // Smallest n with (penalty − n) / words < threshold.
  return Math.max(1, Math.floor(score.penalty - threshold * Math.max(score.words, 1) + 1e-9) + 1);
}

/**
 * The penalty of a template's findings, one defect counted once. Findings in the same text whose
 * spans overlap form one defect, and so do chains of them (A overlaps B, B overlaps C: one defect,
 * even when A and C do not touch); a defect weighs the highest weight among its findings. Spans are
 * half-open: spans that only touch (`[0,3)` and `[3,5)`) do not overlap. A zero-width finding (a
 * point, e.g. a missing space) overlaps a span that strictly contains it and another point at the
 * same offset. A finding without a text or a span (template-level) is a defect of its own.
 */
export function penaltyOf(findings: readonly ScoredFinding[]): number {
  let penalty = 0;
  const byText = new Map<string, { start: number; end: number; weight: number }[]>();
  for (const f of findings) {
    const weight = SEVERITY_WEIGHT[f.severity];
    if (f.text === undefined || f.start === undefined || f.end === undefined) {
      penalty += weight;
      continue;
    }
    let spans = byText.get(f.text);
    if (!spans) byText.set(f.text, (spans = []));
    spans.push({ start: f.start, end: Math.max(f.end, f.start), weight });
  }
  for (const spans of byText.values()) {
    // By start; at the same start a point first (it lies before a span that starts there, not in it).
    spans.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
    let groupWeight = -1;
    /** Largest end of the group's non-empty spans; every one of them starts before the current finding. */
    let groupEnd = Number.NEGATIVE_INFINITY;
    /** Offset of the group's last point, if its last finding was a point. */
    let lastPoint: number | undefined;
    for (const s of spans) {
      const point = s.end === s.start;
      const joins = point ? s.start < groupEnd || s.start === lastPoint : s.start < groupEnd;
      if (!joins) {
        if (groupWeight >= 0) penalty += groupWeight;
        groupWeight = -1;
        groupEnd = Number.NEGATIVE_INFINITY;
      }
      groupWeight = Math.max(groupWeight, s.weight);
      if (point) lastPoint = s.start;
      else {
        groupEnd = Math.max(groupEnd, s.end);
        lastPoint = undefined;
      }
    }
    if (groupWeight >= 0) penalty += groupWeight;
  }
  return penalty;
}

export function scoreTemplate(id: string, words: number, findings: readonly ScoredFinding[], thresholds: Thresholds): TemplateScore {
  const penalty = penaltyOf(findings);
  const errorRate = round(penalty / Math.max(words, 1));
  return {
    id,
    words,
    penalty,
    errorRate,
    verdict: verdictOf(errorRate, thresholds),
    headroom: { revise: headroom(penalty, words, thresholds.revise), reject: headroom(penalty, words, thresholds.reject) },
  };
}

/** A template that could not be checked (its entry failed the schema, or it has no target text). */
export function uncheckedTemplate(id: string, words: number, findings: readonly ScoredFinding[]): TemplateScore {
  const penalty = penaltyOf(findings);
  return { id, words, penalty, errorRate: round(penalty / Math.max(words, 1)), verdict: 'unchecked', headroom: { revise: 0, reject: 0 } };
}

/** From best to worst; `unchecked` is the worst: nothing can be said of a text until it can be read. */
const RANK: Record<Verdict, number> = { pass: 0, revise: 1, reject: 2, unchecked: 3 };

/** The worse of two verdicts. */
export const worseVerdict = (a: Verdict, b: Verdict): Verdict => (RANK[b] > RANK[a] ? b : a);

/**
 * The pack: rate = Σpenalty / Σwords over the checked templates; verdict = the worst of that rate's
 * verdict and every template's, and `unchecked` when a file could not be read (`uncheckedFiles`).
 */
export function scorePack(templates: readonly TemplateScore[], thresholds: Thresholds, uncheckedFiles = 0): PackScore {
  const checked = templates.filter((t) => t.verdict !== 'unchecked');
  const words = checked.reduce((s, t) => s + t.words, 0);
  const penalty = checked.reduce((s, t) => s + t.penalty, 0);
  const errorRate = round(penalty / Math.max(words, 1));
  let verdict: Verdict = verdictOf(errorRate, thresholds);
  for (const t of templates) verdict = worseVerdict(verdict, t.verdict);
  if (uncheckedFiles > 0) verdict = 'unchecked';
  return { templates: templates.length, words, penalty, errorRate, verdict, unchecked: { files: uncheckedFiles, templates: templates.length - checked.length } };
}
