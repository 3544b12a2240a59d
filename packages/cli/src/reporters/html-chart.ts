/**
 * The HTML report's chart: the pack's templates by error rate, as an inline SVG (no script, no
 * font of its own). A bar for 0 %, ten bars of equal width up to twice the reject threshold (at
 * least to 10 %), and one for everything above; each bar stacked by verdict; the two thresholds as
 * dashed lines where they fall on the axis.
 */
import type { Lang, TemplateScore, Thresholds } from '@otvet/core';
import { plural } from '../i18n.js';
import { escapeHtml } from './escape.js';
import { ht } from './html-messages.js';

export interface Bin {
  /** The range in percent: `(from, to]`; the first bin is 0 % only, the last `(from, ∞)`. */
  from: number;
  to: number;
  pass: number;
  revise: number;
  reject: number;
}

const BARS = 10;
const W = 640;
const H = 220;
const LEFT = 12;
const RIGHT = 12;
const TOP = 30;
const BOTTOM = 36;
const COLORS = { pass: '#2da44e', revise: '#d4a72c', reject: '#cf222e' } as const;

/** The top of the axis in percent: twice the reject threshold, at least 10, rounded up to a multiple of {@link BARS}. */
export function axisTop(thresholds: Thresholds): number {
  return Math.max(10, Math.ceil((thresholds.reject * 200) / BARS) * BARS);
}

/** Templates (not unchecked ones) counted into the bins. */
export function bins(templates: readonly TemplateScore[], thresholds: Thresholds): Bin[] {
  const top = axisTop(thresholds);
  const step = top / BARS;
  const out: Bin[] = [{ from: 0, to: 0, pass: 0, revise: 0, reject: 0 }];
  for (let i = 0; i < BARS; i++) out.push({ from: i * step, to: (i + 1) * step, pass: 0, revise: 0, reject: 0 });
  out.push({ from: top, to: Number.POSITIVE_INFINITY, pass: 0, revise: 0, reject: 0 });
  for (const t of templates) {
    if (t.verdict === 'unchecked') continue;
    const pct = t.errorRate * 100;
    // Rates are rounded to a millionth, so 3 % is in (2, 3], not one float step above it.
    const i = pct <= 1e-9 ? 0 : Math.min(BARS + 1, 1 + Math.max(0, Math.ceil(pct / step - 1e-9) - 1));
    out[i]![t.verdict]++;
  }
  return out;
}

const pct = (n: number): string => `${Number(n.toFixed(2))} %`;

export function binRange(bin: Bin): string {
  if (bin.to === 0) return '0 %';
  if (bin.to === Number.POSITIVE_INFINITY) return `> ${pct(bin.from)}`;
  return `${Number(bin.from.toFixed(2))}–${pct(bin.to)}`;
}

export function renderChart(templates: readonly TemplateScore[], thresholds: Thresholds, lang: Lang): string {
  const data = bins(templates, thresholds);
  const slot = (W - LEFT - RIGHT) / data.length;
  const plotH = H - TOP - BOTTOM;
  const totals = data.map((b) => b.pass + b.revise + b.reject);
  const others = Math.max(1, ...totals.slice(1));
  // A pack mostly at 0 % would flatten every other bar: the 0 % bar is cut at a third above the
  // tallest of the others, and its count says how tall it is.
  const scaleMax = totals[0]! > others * 1.5 ? others * 1.3 : Math.max(others, totals[0]!);
  const height = (n: number): number => (Math.min(n, scaleMax) / scaleMax) * plotH;
  const parts: string[] = [];
  data.forEach((bin, i) => {
    const total = totals[i]!;
    const x = LEFT + i * slot + slot * 0.12;
    const w = slot * 0.76;
    let y = TOP + plotH;
    const rects: string[] = [];
    let left = Math.min(total, scaleMax);
    for (const verdict of ['pass', 'revise', 'reject'] as const) {
      const n = Math.min(bin[verdict], left);
      left -= n;
      if (n <= 0) continue;
      const h = height(n);
      y -= h;
      rects.push(`<rect class="b-${verdict}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[verdict]}"/>`);
    }
    const broken = total > scaleMax ? `<path d="M${x.toFixed(1)} ${(TOP + 8).toFixed(1)} l${w.toFixed(1)} -6 m0 10 l${(-w).toFixed(1)} 6" stroke="#fff" stroke-width="3"/>` : '';
    const label = total > 0 ? `<text x="${(x + w / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle" class="count">${total}</text>` : '';
    // The 0 % and the last bar are named under their middle; the others' upper ends under their right edge.
    const tickX = i === 0 || i === data.length - 1 ? x + w / 2 : LEFT + (i + 1) * slot;
    const tickText = i === 0 ? '0' : i === data.length - 1 ? `>${Number(bin.from.toFixed(2))}` : String(Number(bin.to.toFixed(2)));
    const tick = i === data.length - 2 ? '' : `<text x="${tickX.toFixed(1)}" y="${H - BOTTOM + 16}" text-anchor="middle" class="tick">${escapeHtml(tickText)}</text>`;
    const title = ht(lang, 'chart-bar', { templates: plural(lang, 'count-templates', total), range: binRange(bin) });
    parts.push(`<g class="bar" data-bin="${i}" data-count="${total}"><title>${escapeHtml(title)}</title>${rects.join('')}${broken}${label}${tick}</g>`);
  });
  // A rate r lies in bar 1 + r/step, at its share of the way along it.
  const step = axisTop(thresholds) / BARS;
  const lines = (['revise', 'reject'] as const).map((kind) => {
    const rate = thresholds[kind] * 100;
    const x = LEFT + slot * (1 + Math.min(rate / step, BARS + 1));
    return `<g class="threshold t-${kind}" data-rate="${Number(rate.toFixed(4))}"><line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${TOP - 14}" y2="${TOP + plotH}" stroke="${COLORS[kind]}" stroke-width="2" stroke-dasharray="5 4"/><text x="${(x + 4).toFixed(1)}" y="${TOP - 4}" class="tl">${escapeHtml(pct(rate))}</text></g>`;
  });
  const axis = `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${TOP + plotH}" y2="${TOP + plotH}" stroke="#8c959f"/>`;
  const unit = `<text x="${W - RIGHT}" y="${H - 4}" text-anchor="end" class="tick">%</text>`;
  const title = escapeHtml(ht(lang, 'chart-title'));
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}"><title>${title}</title>${axis}${parts.join('')}${lines.join('')}${unit}</svg>`;
}
