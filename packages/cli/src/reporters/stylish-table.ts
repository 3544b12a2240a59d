/**
 * The findings part of the stylish report (stylish.ts), loaded only when there is a finding to
 * show: a clean run, the common case in a pre-commit hook, does not load the Unicode width tables.
 */
import { displayWidth } from './width.js';
import { stringifyPosition } from 'unist-util-stringify-position';
import { compareFile, compareMessage } from 'vfile-sort';
import type { Lang, LintResult, OtvetMessage } from '@otvet/core';
import { plural, t } from '../i18n.js';
import { escapeControls } from './escape.js';
import type { StylishOptions } from './stylish.js';

/** A message column narrower than this does not wrap (a terminal that narrow wraps lines itself). */
const MIN_MESSAGE_WIDTH = 24;

interface Paint {
  bold: string;
  normal: string;
  underline: string;
  noUnderline: string;
  red: string;
  yellow: string;
  green: string;
  cyan: string;
  reset: string;
}

const paint = (on: boolean): Paint =>
  on
    ? { bold: '\u001B[1m', normal: '\u001B[22m', underline: '\u001B[4m', noUnderline: '\u001B[24m', red: '\u001B[31m', yellow: '\u001B[33m', green: '\u001B[32m', cyan: '\u001B[36m', reset: '\u001B[39m' }
    : { bold: '', normal: '', underline: '', noUnderline: '', red: '', yellow: '', green: '', cyan: '', reset: '' };

type Row = string | { cells: [place: string, label: string, message: string, rule: string]; wrap?: boolean };

/** Code spans (`otvet lint --fix`) in cyan, the whole message in bold, as vfile-reporter does. */
function formatReason(p: Paint, reason: string): string {
  let out = '';
  let rest = reason;
  for (;;) {
    const open = rest.indexOf('`');
    const close = open < 0 ? -1 : rest.indexOf('`', open + 1);
    if (close < 0) break;
    out += rest.slice(0, open) + p.cyan + rest.slice(open, close + 1) + p.reset;
    rest = rest.slice(close + 1);
  }
  return p.bold + out + rest + p.normal;
}

/** Breakable pieces of a text: runs of spaces, words, and each CJK character (which may end a line anywhere). */
const PIECES = /\s+|[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+/gu;
/** What may not start a line (closing punctuation): it stays at the end of the line before. */
const NO_LINE_START = /^[，。、：；！？）》」』”’,.:;!?)\]]/u;

/** A text wrapped to `width` columns (display width: CJK characters are two); a word wider than the line is cut. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let size = 0;
  for (const piece of text.match(PIECES) ?? []) {
    if (/^\s+$/u.test(piece)) {
      if (size > 0) {
        line += piece;
        size += displayWidth(piece);
      }
      continue;
    }
    let w = displayWidth(piece);
    if (size + w <= width || NO_LINE_START.test(piece) || size === 0) {
      if (size === 0 && w > width) {
        // A word longer than the line: cut it, character by character.
        let part = '';
        for (const ch of piece) {
          if (displayWidth(part + ch) > width && part) {
            lines.push(part);
            part = '';
          }
          part += ch;
        }
        line = part;
        size = displayWidth(part);
        continue;
      }
      line += piece;
      size += w;
      continue;
    }
    lines.push(line.trimEnd());
    line = piece;
    w = displayWidth(piece);
    size = w;
  }
  if (line.trim() || !lines.length) lines.push(line.trimEnd());
  return lines;
}

/** The counts line: “✖ 2 errors, ⚠ 1 warning”, or “4 messages (…)” when there are notes too. */
function byline(p: Paint, lang: Lang, errors: number, warnings: number, total: number): string {
  const parts: string[] = [];
  if (errors) parts.push(`${p.red}✖${p.reset} ${plural(lang, 'count-errors', errors)}`);
  if (warnings) parts.push(`${p.yellow}⚠${p.reset} ${plural(lang, 'count-warnings', warnings)}`);
  const list = parts.join(t(lang, 'list-separator'));
  return total !== errors && total !== warnings ? t(lang, 'count-messages', { messages: plural(lang, 'count-messages-n', total), list }) : list;
}

/** The findings' rows, the counts and the fixable line; empty when no finding is shown. */
export function renderFindings(result: LintResult, options: StylishOptions): string {
  const p = paint(options.color);
  const rows: Row[] = [];
  let errors = 0;
  let warnings = 0;
  let total = 0;
  let fixable = 0;
  let lastWasMessage = false;
  const files = [...result.files].sort((a, b) => compareFile(a.vfile, b.vfile));
  for (const file of files) {
    const messages = (file.vfile.messages as OtvetMessage[]).filter((m) => !options.quiet || m.fatal === true).sort(compareMessage);
    if (!messages.length) continue;
    const fatal = messages.some((m) => m.fatal === true);
    if (lastWasMessage) rows.push('');
    rows.push(`${p.underline}${fatal ? p.red : p.yellow}${escapeControls(file.vfile.history[0] ?? file.path)}${p.reset}${p.noUnderline}`);
    for (const m of messages) {
      total++;
      if (m.fatal === true) errors++;
      else if (m.fatal === false) warnings++;
      if (m.fix) fixable++;
      const label = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
      const place = (m as { place?: unknown }).place as Parameters<typeof stringifyPosition>[0];
      rows.push({ cells: [stringifyPosition(place), `${label === 'error' ? p.red : p.yellow}${t(options.lang, `label-${label}`)}${p.reset}`, escapeControls(m.message), escapeControls(m.ruleId ?? '')], wrap: true });
      if (typeof m.cause === 'string') rows.push(`  ${p.bold}${t(options.lang, 'label-cause')}${p.normal}:`, `    ${escapeControls(m.cause)}`);
    }
    lastWasMessage = true;
  }
  let out = '';
  if (rows.length) {
    if (errors || warnings) rows.push('', byline(p, options.lang, errors, warnings, total));
    out = serialize(rows, p, options.columns) + '\n';
    if (fixable) out += t(options.lang, 'fixable-line', { problems: plural(options.lang, 'count-problems', fixable) }) + '\n';
  }
  return out;
}

/** The rows as lines: each column as wide as its widest cell plus one, the message column wrapped to the terminal. */
function serialize(rows: Row[], p: Paint, columns: number | undefined): string {
  const table = rows.filter((r): r is Exclude<Row, string> => typeof r !== 'string');
  const widths = [0, 0, 0, 0];
  for (const { cells } of table) cells.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, displayWidth(cell))));
  // The room the message column has on a terminal: what the other columns and their gaps leave.
  const room = columns ? columns - (widths[0]! + 1) - (widths[1]! + 1) - (widths[3]! + 1) - 1 : Infinity;
  const messageWidth = Math.max(MIN_MESSAGE_WIDTH, room);
  const wrapped = new Map<Row, string[]>();
  if (widths[2]! > messageWidth) {
    widths[2] = 0;
    for (const row of table) {
      const lines = wrapText(row.cells[2], messageWidth);
      wrapped.set(row, lines);
      for (const line of lines) widths[2] = Math.max(widths[2], displayWidth(line));
    }
  }
  const pad = (cell: string, i: number): string => cell + ' '.repeat(widths[i]! + 1 - displayWidth(cell));
  const lines: string[] = [];
  for (const row of rows) {
    if (typeof row === 'string') {
      lines.push(row.trimEnd());
      continue;
    }
    const [place, label, message, rule] = row.cells;
    const parts = wrapped.get(row) ?? [message];
    lines.push((pad(place, 0) + pad(label, 1) + pad(formatReason(p, parts[0]!), 2) + rule).trimEnd());
    for (const more of parts.slice(1)) lines.push((' '.repeat(widths[0]! + 1 + widths[1]! + 1) + formatReason(p, more)).trimEnd());
  }
  return lines.join('\n');
}

