/**
 * `--format github`: GitHub Actions workflow commands, one annotation per message
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), shown on the lines of
 * the pull request's diff; then the pack's error rate and verdict as a plain log line.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { posix } from 'node:path';
import type { Lang, LintResult } from '@otvet/core';
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
