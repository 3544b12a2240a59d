/**
 * The default terminal report, in the layout of vfile-reporter (a file's path, then a row per
 * message: place, severity, message, rule; columns aligned over the report), written here so that
 * every word of it is in the user's language and it fits the terminal: on a terminal of known
 * width, a message longer than its column wraps under itself and the rule stays on the row's
 * first line. Then the counts (with real plurals), how many findings `otvet lint --fix` can fix,
 * and the verdict.
 */
import type { Lang, LintResult } from '@otvet/core';
import { formatRate, plural, t } from '../i18n.js';
import { escapeControls } from './escape.js';

export interface StylishOptions {
  lang: Lang;
  quiet: boolean;
  color: boolean;
  /** The terminal's width in columns, when the report goes to one: long messages wrap to it. */
  columns?: number;
}

export async function formatStylish(result: LintResult, options: StylishOptions): Promise<string> {
  const shown = result.files.some((f) => f.vfile.messages.some((m) => !options.quiet || m.fatal === true));
  // The table (and the Unicode width tables it needs) is loaded only when there is something to list.
  const findings = shown ? (await import('./stylish-table.js')).renderFindings(result, options) : '';
  return findings + verdictLines(result, options.lang);
}

/** The files and templates that could not be checked: a file by its path, a template as “id (path)” (escaped). */
export function uncheckedList(result: LintResult): string[] {
  const out: string[] = [];
  for (const f of result.files) {
    if (!f.checked) out.push(escapeControls(f.path));
    for (const x of f.templates) if (x.verdict === 'unchecked') out.push(escapeControls(`${x.id} (${f.path})`));
  }
  return out;
}

/** How many templates over the thresholds the verdict line names (the JSON report has them all). */
export const OVER_SHOWN = 10;

/** One line with the pack's rate and verdict, then the templates over the thresholds and what was not checked. */
export function verdictLines(result: LintResult, lang: Lang): string {
  const { summary } = result;
  const unchecked = uncheckedList(result);
  if (summary.templates === 0 && unchecked.length === 0) return '';
  const lines = [
    t(lang, 'rate-line', { rate: formatRate(summary.errorRate), words: plural(lang, 'count-words', summary.words), verdict: t(lang, `verdict-${summary.verdict}`) }),
  ];
  // The worst first (the sort is stable: ties stay in file order); a big pack can have
  // thousands: the worst ten, then how many more.
  const over = result.files
    .flatMap((f) => f.templates.filter((x) => x.verdict === 'revise' || x.verdict === 'reject'))
    .sort((a, b) => b.errorRate - a.errorRate)
    .map((x) => t(lang, 'over-threshold-item', { id: escapeControls(x.id), rate: formatRate(x.errorRate), verdict: t(lang, `short-${x.verdict}`) }));
  if (over.length) {
    const shown = over.length > OVER_SHOWN ? [...over.slice(0, OVER_SHOWN), t(lang, 'over-threshold-more', { count: over.length - OVER_SHOWN })] : over;
    lines.push(t(lang, 'over-threshold', { templates: plural(lang, 'count-templates', over.length), list: shown.join(t(lang, 'list-separator')) }));
  }
  if (unchecked.length) lines.push(t(lang, 'unchecked-list', { list: unchecked.join(t(lang, 'list-separator')) }));
  return lines.join('\n') + '\n';
}
