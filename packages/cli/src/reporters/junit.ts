/**
 * `--format junit`: JUnit XML, which CI servers (GitLab, Jenkins, Azure Pipelines…) show as test
 * results. A test suite per file, a test case per template (with its `file`): it fails when the
 * template has errors or its error rate is over the reject threshold, and lists its messages;
 * warnings and notes go to the case's output. Messages outside any template (a YAML error) make a
 * `(file)` case. The run's wall time and start are on `testsuites` (`time`, `timestamp`).
 */
import { posix } from 'node:path';
import type { Lang, LintResult, OtvetMessage, TemplateScore } from '@otvet/core';
import { XMLBuilder } from 'fast-xml-parser';
import { formatRate, plural, t } from '../i18n.js';
import { messagesByTemplate, toJsonMessage } from './json.js';
import { escapeControls } from './escape.js';

const FILE_CASE = '(file)';

interface Case {
  name: string;
  messages: OtvetMessage[];
  verdict?: TemplateScore['verdict'];
  errorRate?: number;
}

const line = (m: OtvetMessage): string => {
  const j = toJsonMessage(m);
  return `${j.line}:${j.column}-${j.endLine}:${j.endColumn} ${j.severity} ${escapeControls(j.message)} ${escapeControls(j.ruleId)}`;
};

export function formatJunit(result: LintResult, options: { lang: Lang; quiet: boolean; base?: string; run?: { start: Date; end: Date } }): string {
  let tests = 0;
  let failures = 0;
  const suites = result.files.map((file) => {
    const { outside, templates } = messagesByTemplate(file, options.quiet);
    const cases: Case[] = [];
    if (outside.length) cases.push({ name: FILE_CASE, messages: outside });
    for (const { template, messages } of templates) cases.push({ name: template.id, messages, verdict: template.verdict, errorRate: template.errorRate });
    let suiteFailures = 0;
    const testcase = cases.map((c) => {
      const errors = c.messages.filter((m) => m.severity === 'error');
      const others = c.messages.filter((m) => m.severity !== 'error');
      const rejected = c.verdict === 'reject' || c.verdict === 'unchecked';
      const failed = errors.length > 0 || rejected;
      if (failed) suiteFailures++;
      const rate =
        c.errorRate === undefined || c.verdict === undefined
          ? ''
          : c.verdict === 'unchecked'
            ? t(options.lang, 'junit-unchecked')
            : t(options.lang, 'junit-rate', { rate: formatRate(c.errorRate), verdict: t(options.lang, `verdict-${c.verdict}`) });
      return {
        '@_name': escapeControls(c.name),
        '@_classname': escapeControls(file.path),
        // The template's file from the repository's root, as GitLab links a case to it.
        '@_file': escapeControls(options.base ? posix.join(options.base, file.path) : file.path),
        ...(failed
          ? {
              failure: {
                '@_message': errors.length ? t(options.lang, 'junit-errors', { errors: plural(options.lang, 'count-errors', errors.length) }) : rate,
                '@_type': errors.length ? 'error' : 'error-rate',
                '#text': [...errors.map(line), ...(rate ? [rate] : [])].join('\n'),
              },
            }
          : {}),
        ...(others.length ? { 'system-out': others.map(line).join('\n') } : {}),
      };
    });
    tests += cases.length;
    failures += suiteFailures;
    return { '@_name': escapeControls(file.path), '@_tests': cases.length, '@_failures': suiteFailures, '@_errors': 0, '@_skipped': 0, testcase };
  });
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true });
  // The run's wall time, on the whole report (otvet does not time files or templates one by one).
  const time = options.run ? { '@_time': ((options.run.end.getTime() - options.run.start.getTime()) / 1000).toFixed(3), '@_timestamp': options.run.start.toISOString().replace(/\.\d+Z$/u, '') } : {};
  const xml: string = builder.build({ testsuites: { '@_name': 'otvet', '@_tests': tests, '@_failures': failures, '@_errors': 0, ...time, testsuite: suites } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
