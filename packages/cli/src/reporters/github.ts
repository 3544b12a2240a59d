/**
 * `--format github`: GitHub Actions workflow commands, one annotation per message
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), shown on the lines of
 * the pull request's diff; then the pack's error rate and verdict as a plain log line.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { posix } from 'node:path';
import type { Lang, LintResult } from '@otvet/core';
import { formatRate, plural, t } from '../i18n.js';
import { shownMessages, toJsonMessage } from './json.js';
import { verdictLines } from './stylish.js';
import { escapeControls } from './escape.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * Escaping of a command's message: control characters as visible escapes first (escape.ts: no
 * line break reaches the log, so no text starts a command of its own), then GitHub's own escapes.
 */
const escapeData = (s: string): string => escapeControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escaping of a property value: the message's, and `:` and `,`, which separate properties. */
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `base`: where the report's paths are relative to, relative to the repository's root (`''` when
 * the same): GitHub resolves an annotation's `file` against the repository's root.
 */
export function formatGithub(result: LintResult, options: { lang: Lang; quiet: boolean; base?: string }): string {
  const lines: string[] = [];
  for (const file of result.files) {
    const path = options.base ? posix.join(options.base, file.path) : file.path;
    for (const m of shownMessages(file.messages, options.quiet)) {
      const j = toJsonMessage(m);
      const title = j.templateId ? `${j.ruleId} (${j.templateId})` : j.ruleId;
      const properties = [
        `file=${escapeProperty(path)}`,
        `line=${j.line}`,
        `col=${j.column}`,
        `endLine=${j.endLine}`,
        `endColumn=${j.endColumn}`,
        `title=${escapeProperty(title)}`,
      ];
      lines.push(`::${COMMAND[j.severity]} ${properties.join(',')}::${escapeData(j.message)}`);
    }
  }
  return `${lines.map((l) => `${l}\n`).join('')}${verdictLines(result, options.lang)}`;
}

/** How many templates the job summary's table lists (the worst first). */
export const SUMMARY_ROWS = 50;

/** A Markdown table cell: no line breaks, no `|`, nothing a terminal or Markdown acts on. */
const cell = (s: string): string => escapeControls(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>`*_[\]]/g, (c) => `\\${c}`);

/**
 * The job summary (`GITHUB_STEP_SUMMARY`): the pack's error rate and verdict, and a table of the
 * templates over the thresholds, the worst first (at most {@link SUMMARY_ROWS}); GitHub shows it on
 * the run's page, where the annotations of a large pack do not all appear.
 */
export function githubSummary(result: LintResult, options: { lang: Lang; base?: string }): string {
  const { lang } = options;
  const { summary } = result;
  const lines = ['## otvet: lint', '', t(lang, 'rate-line', { rate: formatRate(summary.errorRate), words: plural(lang, 'count-words', summary.words), verdict: t(lang, `verdict-${summary.verdict}`) }), ''];
  const over = result.files
    .flatMap((f) => f.templates.filter((x) => x.verdict !== 'pass').map((x) => ({ path: options.base ? posix.join(options.base, f.path) : f.path, x })))
    .sort((a, b) => Number(b.x.verdict === 'unchecked') - Number(a.x.verdict === 'unchecked') || b.x.errorRate - a.x.errorRate);
  if (over.length) {
    lines.push(`| ${t(lang, 'col-file')} | ${t(lang, 'col-id')} | ${t(lang, 'col-rate')} | ${t(lang, 'col-verdict')} |`, '| --- | --- | ---: | --- |');
    for (const { path, x } of over.slice(0, SUMMARY_ROWS)) {
      lines.push(`| ${cell(path)} | ${cell(x.id)} | ${x.verdict === 'unchecked' ? '—' : formatRate(x.errorRate)} | ${t(lang, `short-${x.verdict}`)} |`);
    }
    if (over.length > SUMMARY_ROWS) lines.push('', t(lang, 'over-threshold-more', { count: over.length - SUMMARY_ROWS }));
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
