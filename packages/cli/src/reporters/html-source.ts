/**
 * The HTML report's view of a template: its lines of the file, once, with the stretch of every
 * finding marked (`<mark data-f="1 3">`: the findings' numbers in the template's table). Overlapping
 * findings split a stretch into pieces, each naming the findings over it. A long line is shown as
 * the stretches around its marks, «…» at each cut, and a long template as its first lines and the
 * lines with marks: the page grows with the number of findings, never with their product with the
 * length of a line.
 */
import type { Severity } from '@otvet/core';
import { escapeHtml } from './escape.js';

/** A finding's stretch in the file: 1-based lines, 1-based UTF-16 columns, the end exclusive. */
export interface MarkSpan {
  /** The finding's number in its template's table. */
  n: number;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A line longer than this is shown as the stretches around its marks. */
export const LONG_LINE = 240;
/** Characters shown on each side of a mark on a long line. */
export const CONTEXT = 60;
/** Characters shown of a longer mark on a long line. */
export const LONG_MARK = 120;
/** A template of more lines shows its first {@link HEAD_LINES} and the lines with marks (and their neighbours). */
export const LONG_BLOCK = 40;
const HEAD_LINES = 6;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** `i` moved off the low half of a surrogate pair, so that a cut never splits a character. */
function boundary(text: string, i: number, back: boolean): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 ? (back ? i - 1 : i + 1) : i;
}

/** A mark on one line: 0-based columns, `to >= from`; `cut` when the mark goes on beyond what is shown. */
interface LineMark {
  n: number;
  severity: Severity;
  from: number;
  to: number;
  cut: boolean;
}

const markOpen = (active: readonly LineMark[]): string => {
  let worst: Severity = 'info';
  for (const m of active) if (RANK[m.severity] > RANK[worst]) worst = m.severity;
  return `<mark class="m-${worst}" tabindex="0" data-f="${active.map((m) => m.n).join(' ')}">`;
};

/** The part [from, to) of a line with its marks; points (empty marks) shown where they are. */
function renderWindow(text: string, marks: readonly LineMark[], from: number, to: number): string {
  const inside = marks.filter((m) => m.to >= from && m.from <= to && (m.from < to || m.to === m.from));
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(m.from, from));
    cuts.add(Math.min(m.to, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = inside.filter((m) => m.to > m.from).sort((a, b) => a.from - b.from);
  const empties = inside.filter((m) => m.to === m.from).sort((a, b) => a.from - b.from);
  let active: LineMark[] = starts.filter((m) => m.from < from);
  let next = active.length;
  let empty = 0;
  let out = '';
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    while (empty < empties.length && empties[empty]!.from <= at) {
      const m = empties[empty++]!;
      if (m.from === at) out += `<mark class="m-${m.severity} pt" tabindex="0" data-f="${m.n}"></mark>`;
    }
    if (i === points.length - 1) break;
    const end = points[i + 1]!;
    active = active.filter((m) => m.to > at);
    while (next < starts.length && starts[next]!.from <= at) {
      const m = starts[next++]!;
      if (m.to > at) active.push(m);
    }
    const piece = escapeHtml(text.slice(at, end));
    if (active.length === 0) out += piece;
    else out += `${markOpen(active)}${piece}${active.some((m) => m.cut && m.to === end) ? '…' : ''}</mark>`;
  }
  return out;
}

/** One line with its marks; a long line as the stretches around them. */
export function renderLine(text: string, marks: readonly LineMark[]): string {
  if (text.length <= LONG_LINE) return renderWindow(text, marks, 0, text.length);
  const shown: LineMark[] = marks.map((m) => {
    if (m.to - m.from <= LONG_MARK) return m;
    return { ...m, to: boundary(text, m.from + LONG_MARK, true), cut: true };
  });
  if (shown.length === 0) return `${escapeHtml(text.slice(0, boundary(text, LONG_LINE, true)))}…`;
  // The stretch around each mark, merged where they meet.
  const windows: [number, number][] = [];
  for (const m of [...shown].sort((a, b) => a.from - b.from)) {
    const from = boundary(text, Math.max(0, m.from - CONTEXT), false);
    const to = m.cut ? m.to : boundary(text, Math.min(text.length, m.to + CONTEXT), true);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  let out = windows[0]![0] > 0 ? '…' : '';
  windows.forEach(([from, to], i) => {
    if (i > 0) out += '…';
    out += renderWindow(text, shown, from, to);
  });
  return out + (windows[windows.length - 1]![1] < text.length ? '…' : '');
}

/**
 * Lines `first`..`last` (1-based) of the file with the marks on them, as `<pre>`: each line with
 * its number. A long block shows its head and the lines with marks, a «⋯» line for each gap.
 */
export function renderBlock(lines: readonly string[], first: number, last: number, spans: readonly MarkSpan[]): string {
  const byLine = new Map<number, LineMark[]>();
  const add = (line: number, mark: LineMark): void => {
    const list = byLine.get(line);
    if (list) list.push(mark);
    else byLine.set(line, [mark]);
  };
  let top = first;
  let bottom = last;
  for (const s of spans) {
    const endLine = Math.max(s.endLine, s.line);
    top = Math.min(top, s.line);
    bottom = Math.max(bottom, endLine);
    for (let line = s.line; line <= endLine; line++) {
      const length = lines[line - 1]?.length ?? 0;
      const from = line === s.line ? Math.min(Math.max(s.column - 1, 0), length) : 0;
      const to = line === endLine ? Math.min(Math.max(s.endColumn - 1, 0), length) : length;
      add(line, { n: s.n, severity: s.severity, from, to: Math.max(from, to), cut: false });
    }
  }
  top = Math.max(1, top);
  bottom = Math.min(lines.length, bottom);
  // Trailing empty lines of a template (the blank line before the next one) say nothing.
  while (bottom > top && lines[bottom - 1]!.trim() === '' && !byLine.has(bottom)) bottom--;
  const keep = (line: number): boolean =>
    bottom - top < LONG_BLOCK || line < top + HEAD_LINES || byLine.has(line) || byLine.has(line - 1) || byLine.has(line + 1);
  const out: string[] = [];
  let gap = false;
  for (let line = top; line <= bottom; line++) {
    if (!keep(line)) {
      if (!gap) out.push('<span class="gap">⋯</span>');
      gap = true;
      continue;
    }
    gap = false;
    out.push(`<span class="ln">${line}</span>${renderLine(lines[line - 1] ?? '', byLine.get(line) ?? [])}`);
  }
  return `<pre class="code">${out.join('\n')}</pre>`;
}
