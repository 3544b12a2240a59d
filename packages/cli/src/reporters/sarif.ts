/**
 * `--format sarif`: SARIF 2.1.0 (Static Analysis Results Interchange Format), the format code
 * scanning services read (GitHub code scanning: `github/codeql-action/upload-sarif`). One run;
 * the rules that reported something, each with a name, its description in the chosen language,
 * its default level and its help (the rule's README, which code scanning shows beside an alert;
 * `helpUri` where the rule has a page of its own, as a plugin's rule may); one result per message,
 * with its region (1-based lines and columns, columns in UTF-16 code units) and the template's
 * id; the invocation with its exit code, start and end. No absolute paths; with
 * SOURCE_DATE_EPOCH the times are that instant, and the report is the same on every run.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import { posix } from 'node:path';
import type { Lang, LintResult, RuleCatalog } from '@otvet/core';
import { ruleReadmeText } from '../rule-docs.js';
import { shownMessages, toJsonMessage } from './json.js';
import { escapeJson } from './escape.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  lang: Lang;
  quiet: boolean;
  catalog: RuleCatalog;
  version: string;
  /**
   * Where the report's paths are relative to, relative to the repository's root (`''` when the
   * same): code scanning resolves `%SRCROOT%` to the repository's root.
   */
  base?: string;
  /** The run: the exit code it ends with, when it started and ended. */
  run: { exitCode: number; start: Date; end: Date };
}

/** A rule's name for people, as SARIF wants one beside the id: `tone-tilde` → `ToneTilde`, `acme/brand-name` → `AcmeBrandName`. */
export const ruleName = (id: string): string => id.split(/[-/]/u).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');

const isAbsoluteUri = (url: string | undefined): url is string => url !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(url);

/** A path as a relative URI reference: `/` separators, each segment percent-encoded. */
const toUri = (path: string): string => path.split(/[\\/]/).map(encodeURIComponent).join('/');

export function buildSarif(result: LintResult, options: SarifOptions): unknown {
  const messages = result.files.flatMap((file) => shownMessages(file.messages, options.quiet).map((m) => ({ file, m })));
  const ruleIds = [...new Set(messages.map(({ m }) => m.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const meta = options.catalog.rules.get(id)?.meta;
    const url = messages.find(({ m }) => m.ruleId === id && m.url)?.m.url;
    const description = meta?.description[options.lang];
    const readme = ruleReadmeText(id, import.meta.url);
    // What code scanning shows as the rule's help: its README, else its description and page.
    const help = description ? { text: description, markdown: readme ?? (isAbsoluteUri(url) ? `${description}\n\n${url}` : description) } : undefined;
    return {
      id,
      name: ruleName(id),
      ...(description ? { shortDescription: { text: description }, fullDescription: { text: description } } : {}),
      ...(help ? { help } : {}),
      // helpUri must be an absolute URI; a documentation path of the repository goes to the properties.
      ...(isAbsoluteUri(url) ? { helpUri: url } : {}),
      ...(meta && meta.recommended !== 'off' ? { defaultConfiguration: { level: LEVEL[meta.recommended] } } : {}),
      ...(meta ? { properties: { category: meta.category, fixable: meta.fixable, ...(url && !isAbsoluteUri(url) ? { docs: url } : {}) } } : {}),
    };
  });
  const results = messages.map(({ file, m }) => {
    const j = toJsonMessage(m);
    return {
      ruleId: j.ruleId,
      ruleIndex: ruleIndex.get(j.ruleId),
      level: LEVEL[j.severity],
      message: { text: j.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(options.base ? posix.join(options.base, file.path) : file.path), uriBaseId: '%SRCROOT%' },
            region: { startLine: j.line, startColumn: j.column, endLine: j.endLine, endColumn: j.endColumn },
          },
        },
      ],
      ...(j.templateId || j.locale ? { properties: { ...(j.templateId ? { templateId: j.templateId } : {}), ...(j.locale ? { locale: j.locale } : {}) } } : {}),
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'otvet', version: options.version, semanticVersion: options.version, rules } },
        invocations: [
          {
            // The tool ran to the end (exit 0 or 1: findings or not); 2 is a run that could not finish.
            executionSuccessful: options.run.exitCode < 2,
            exitCode: options.run.exitCode,
            startTimeUtc: options.run.start.toISOString(),
            endTimeUtc: options.run.end.toISOString(),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          errorRate: result.summary.errorRate,
          verdict: result.summary.verdict,
          words: result.summary.words,
          templates: result.summary.templates,
        },
      },
    ],
  };
}

export function formatSarif(result: LintResult, options: SarifOptions): string {
  return escapeJson(JSON.stringify(buildSarif(result, options), null, 2)) + '\n';
}
