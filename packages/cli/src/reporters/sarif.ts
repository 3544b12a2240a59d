/**
 * `--format sarif`: SARIF 2.1.0 (Static Analysis Results Interchange Format), the format code
 * scanning services read (GitHub code scanning: `github/codeql-action/upload-sarif`). One run;
 * the rules that reported something, with their description in the chosen language and their
 * default level; one result per message, with its region (1-based lines and columns, columns in
 * UTF-16 code units) and the template's id. Deterministic: no times, no absolute paths.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import { posix } from 'node:path';
import type { Lang, LintResult, RuleCatalog } from '@otvet/core';
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
}

/** A path as a relative URI reference: `/` separators, each segment percent-encoded. */
const toUri = (path: string): string => path.split(/[\\/]/).map(encodeURIComponent).join('/');

export function buildSarif(result: LintResult, options: SarifOptions): unknown {
  const messages = result.files.flatMap((file) => shownMessages(file.messages, options.quiet).map((m) => ({ file, m })));
  const ruleIds = [...new Set(messages.map(({ m }) => m.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const meta = options.catalog.rules.get(id)?.meta;
    const url = messages.find(({ m }) => m.ruleId === id && m.url)?.m.url;
    return {
      id,
      ...(meta ? { shortDescription: { text: meta.description[options.lang] } } : {}),
      // helpUri must be an absolute URI; a documentation path of the repository goes to the properties.
      ...(url && /^[a-z][a-z0-9+.-]*:/i.test(url) ? { helpUri: url } : {}),
      ...(meta && meta.recommended !== 'off' ? { defaultConfiguration: { level: LEVEL[meta.recommended] } } : {}),
      ...(meta ? { properties: { category: meta.category, fixable: meta.fixable, ...(url && !/^[a-z][a-z0-9+.-]*:/i.test(url) ? { docs: url } : {}) } } : {}),
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
