/** The JSON report: a stable contract (docs/json-report.md), described by schema/report.schema.json. */
import type { FileResult, LintResult, OtvetMessage, TemplateScore } from '@otvet/core';
import { escapeJson } from './escape.js';

export interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  templateId?: string;
  locale?: string;
  fix?: { range: [number, number]; text: string };
  actual?: string;
  expected?: string[];
  note?: string;
  url?: string;
  cause?: string;
}

export function toJsonMessage(m: OtvetMessage): JsonMessage {
  const place = m.place && 'start' in m.place ? m.place : undefined;
  const out: JsonMessage = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.reason,
    line: place?.start.line ?? m.line ?? 1,
    column: place?.start.column ?? m.column ?? 1,
    endLine: place?.end.line ?? m.line ?? 1,
    endColumn: place?.end.column ?? m.column ?? 1,
  };
  if (m.templateId) out.templateId = m.templateId;
  if (m.locale) out.locale = m.locale;
  if (m.fix) out.fix = { range: m.fix.range, text: m.fix.text };
  if (m.actual !== undefined && m.actual !== null) out.actual = m.actual;
  if (m.expected) out.expected = m.expected;
  if (m.note) out.note = m.note;
  if (m.url) out.url = m.url;
  if (typeof m.cause === 'string') out.cause = m.cause;
  return out;
}

/** The messages a report lists: all of them, or with `--quiet` the errors only. */
export const shownMessages = (messages: readonly OtvetMessage[], quiet: boolean): OtvetMessage[] =>
  messages.filter((m) => !quiet || m.severity === 'error');

/** A file's shown messages by template, and those outside any template (a YAML error). */
export function messagesByTemplate(file: FileResult, quiet: boolean): { outside: OtvetMessage[]; templates: { template: TemplateScore; messages: OtvetMessage[] }[] } {
  const outside: OtvetMessage[] = [];
  // Grouped in one pass: a filter per template would cost templates × messages.
  const byTemplate = new Map<string, OtvetMessage[]>();
  for (const m of shownMessages(file.messages, quiet)) {
    if (!m.templateId) outside.push(m);
    else {
      const list = byTemplate.get(m.templateId);
      if (list) list.push(m);
      else byTemplate.set(m.templateId, [m]);
    }
  }
  return { outside, templates: file.templates.map((template) => ({ template, messages: byTemplate.get(template.id) ?? [] })) };
}

export function buildJsonReport(result: LintResult, quiet = false): unknown {
  return {
    version: 1,
    files: result.files.map((f) => ({
      path: f.path,
      checked: f.checked,
      templates: f.templates.map((t) => ({
        id: t.id,
        words: t.words,
        penalty: t.penalty,
        errorRate: t.errorRate,
        verdict: t.verdict,
        // An unchecked template has no rate, so no headroom either.
        ...(t.verdict === 'unchecked' ? {} : { headroom: t.headroom }),
      })),
      messages: shownMessages(f.messages, quiet).map(toJsonMessage),
    })),
    summary: {
      files: result.summary.files,
      templates: result.summary.templates,
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      infos: result.summary.infos,
      fixable: result.summary.fixable,
      words: result.summary.words,
      penalty: result.summary.penalty,
      errorRate: result.summary.errorRate,
      verdict: result.summary.verdict,
      unchecked: { files: result.summary.unchecked.files, templates: result.summary.unchecked.templates },
    },
  };
}

export function formatJson(result: LintResult, quiet = false): string {
  return escapeJson(JSON.stringify(buildJsonReport(result, quiet), null, 2)) + '\n';
}
