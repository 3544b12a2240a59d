/** The default terminal report: vfile-reporter's layout, then the verdict in the user's language. */
import type { Lang, LintResult, OtvetMessage } from '@otvet/core';
import { formatRate, t } from '../i18n.js';
import { escapeControls } from './escape.js';

export interface StylishOptions {
  lang: Lang;
  quiet: boolean;
  color: boolean;
}

export async function formatStylish(result: LintResult, options: StylishOptions): Promise<string> {
  const files = result.files.map((f) => f.vfile);
  // vfile-reporter (and the Unicode width tables it needs) is loaded only when there is something
  // to list: a clean run, the common case in a pre-commit hook, does not pay for it.
  const shown = files.filter((f) => f.messages.some((m) => !options.quiet || m.fatal === true));
  let out = '';
  if (shown.length) {
    const { reporter } = await import('vfile-reporter');
    out = reporter(files.map(escapedFile), { quiet: true, silent: options.quiet, color: options.color, defaultName: '<stdin>' });
  }
  if (out && !out.endsWith('\n')) out += '\n';
  return out + verdictLines(result, options.lang);
}

/**
 * A copy of a file for vfile-reporter with its path and every text of its messages escaped
 * (escape.ts): the reporter prints them as they are.
 */
type ReportedFile = LintResult['files'][number]['vfile'];

function escapedFile(file: ReportedFile): ReportedFile {
  const messages: OtvetMessage[] = [];
  for (const m of file.messages as OtvetMessage[]) {
    const message = escapeControls(m.message);
    messages.push(
      Object.assign(Object.create(Object.getPrototypeOf(m) as object) as OtvetMessage, m, {
        message,
        reason: message,
        stack: m.stack ? escapeControls(m.stack) : m.stack,
        ...(typeof m.cause === 'string' ? { cause: escapeControls(m.cause) } : {}),
        ...(m.ruleId ? { ruleId: escapeControls(m.ruleId) } : {}),
        ...(m.source ? { source: escapeControls(m.source) } : {}),
      }),
    );
  }
  // The same file (vfile-reporter reads its path from `history`), with the escaped messages.
  return Object.assign(Object.create(Object.getPrototypeOf(file) as object) as ReportedFile, file, {
    history: file.history.map(escapeControls),
    messages,
  });
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
    t(lang, 'rate-line', { rate: formatRate(summary.errorRate), words: summary.words, verdict: t(lang, `verdict-${summary.verdict}`) }),
  ];
  // The worst first (the sort is stable: ties stay in file order); a big pack can have
  // thousands: the worst ten, then how many more.
  const over = result.files
    .flatMap((f) => f.templates.filter((x) => x.verdict === 'revise' || x.verdict === 'reject'))
    .sort((a, b) => b.errorRate - a.errorRate)
    .map((x) => t(lang, 'over-threshold-item', { id: escapeControls(x.id), rate: formatRate(x.errorRate), verdict: t(lang, `short-${x.verdict}`) }));
  if (over.length) {
    const shown = over.length > OVER_SHOWN ? [...over.slice(0, OVER_SHOWN), t(lang, 'over-threshold-more', { count: over.length - OVER_SHOWN })] : over;
    lines.push(t(lang, 'over-threshold', { count: over.length, list: shown.join(', ') }));
  }
  if (unchecked.length) lines.push(t(lang, 'unchecked-list', { list: unchecked.join(', ') }));
  return lines.join('\n') + '\n';
}
