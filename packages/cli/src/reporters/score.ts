/** The `otvet score` table. */
import { displayWidth } from './width.js';
import type { FileResult, Lang, LintResult, Thresholds } from '@otvet/core';
import { formatRate, t } from '../i18n.js';
import { escapeControls } from './escape.js';

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** What the table shows of a lint's result. */
export interface ScoreInput {
  files: Array<Pick<FileResult, 'path' | 'checked' | 'templates'>>;
  summary: Pick<LintResult['summary'], 'words' | 'penalty' | 'errorRate' | 'verdict'>;
}

export function formatScoreTable(result: ScoreInput, lang: Lang, thresholds: Thresholds): string {
  const header = [t(lang, 'col-file'), t(lang, 'col-id'), t(lang, 'col-words'), t(lang, 'col-penalty'), t(lang, 'col-rate'), t(lang, 'col-verdict'), t(lang, 'col-to-revise'), t(lang, 'col-to-reject')];
  const rows: string[][] = [];
  for (const f of result.files) {
    // A file that could not be read has no rows of its own templates: one row says so.
    const path = escapeControls(f.path);
    if (!f.checked) rows.push([path, t(lang, 'whole-file'), '', '', '', t(lang, 'short-unchecked'), '', '']);
    for (const s of f.templates) {
      if (s.verdict === 'unchecked') {
        rows.push([path, escapeControls(s.id), String(s.words), '—', '—', t(lang, 'short-unchecked'), '—', '—']);
        continue;
      }
      rows.push([
        path, escapeControls(s.id), String(s.words), String(s.penalty), formatRate(s.errorRate), t(lang, `short-${s.verdict}`),
        s.verdict === 'pass' ? String(s.headroom.revise) : '—',
        s.verdict === 'reject' ? '—' : String(s.headroom.reject),
      ]);
    }
  }
  const { summary } = result;
  const total = ['', t(lang, 'pack-total'), String(summary.words), String(summary.penalty), formatRate(summary.errorRate), t(lang, `short-${summary.verdict}`), '', ''];
  const all = [header, ...rows, total];
  // A loop, not Math.max(...): a pack of some 120,000 templates would overflow the call stack.
  const widths = header.map((_, i) => all.reduce((w, r) => Math.max(w, displayWidth(r[i] ?? '')), 0));
  const numeric = new Set([2, 3, 4, 6, 7]);
  const line = (r: string[]): string => r.map((c, i) => pad(c, widths[i]!, numeric.has(i))).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [line(header), rule, ...rows.map(line), rule, line(total), '', t(lang, 'score-legend', { revise: formatRate(thresholds.revise), reject: formatRate(thresholds.reject) })];
  return out.join('\n') + '\n';
}
