/**
 * The error-rate estimate (DESIGN §7). Per template and target locale:
 * words = word tokens of the target text with placeholders masked (for a plural
 * or select, the branch with the most words: what one buyer reads);
 * penalty = Σ severity weight (error 1, warning 0.5, info 0);
 * errorRate = penalty / max(words, 1).
 */
import type { Root } from 'nlcst';
import type { Placeholder } from './placeholders.js';
import type { Severity, Thresholds } from './types.js';

export type Verdict = 'pass' | 'revise' | 'reject';

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 1, warning: 0.5, info: 0 };

export interface TemplateScore {
  id: string;
  words: number;
  penalty: number;
  errorRate: number;
  verdict: Verdict;
  /** How many more error-severity findings the template can take before each threshold (0 once reached). */
  headroom: { revise: number; reject: number };
}

export interface PackScore {
  templates: number;
  words: number;
  penalty: number;
  errorRate: number;
  verdict: Verdict;
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

export function verdictOf(rate: number, thresholds: Thresholds): Verdict {
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

export function scoreTemplate(id: string, words: number, severities: Severity[], thresholds: Thresholds): TemplateScore {
  const penalty = severities.reduce((sum, s) => sum + SEVERITY_WEIGHT[s], 0);
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

const RANK: Record<Verdict, number> = { pass: 0, revise: 1, reject: 2 };

/** The pack: rate = Σpenalty / Σwords; verdict = the worse of that rate's verdict and the worst template's. */
export function scorePack(templates: TemplateScore[], thresholds: Thresholds): PackScore {
  const words = templates.reduce((s, t) => s + t.words, 0);
  const penalty = templates.reduce((s, t) => s + t.penalty, 0);
  const errorRate = round(penalty / Math.max(words, 1));
  let verdict = verdictOf(errorRate, thresholds);
  for (const t of templates) if (RANK[t.verdict] > RANK[verdict]) verdict = t.verdict;
  return { templates: templates.length, words, penalty, errorRate, verdict };
}
