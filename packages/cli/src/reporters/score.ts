/** The `otvet score` table. */
import stringWidth from 'string-width';
import type { Lang, LintResult, Thresholds } from '@otvet/core';
import { formatRate, t } from '../i18n.js';
import { escapeControls } from './escape.js';

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? fill + text : text + fill;
}

export function formatScoreTable(result: LintResult, lang: Lang, thresholds: Thresholds): string {
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
  const widths = header.map((_, i) => Math.max(...all.map((r) => stringWidth(r[i] ?? ''))));
  const numeric = new Set([2, 3, 4, 6, 7]);
  const line = (r: string[]): string => r.map((c, i) => pad(c, widths[i]!, numeric.has(i))).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [line(header), rule, ...rows.map(line), rule, line(total), '', t(lang, 'score-legend', { revise: formatRate(thresholds.revise), reject: formatRate(thresholds.reject) })];
  return out.join('\n') + '\n';
}
