/** Lint YAML strings in memory with a chosen set of rules, and print findings as test lines. */
import {
  asAnyRule, defaultConfig, lintTexts, resolveRules,
  type AnyRule, type Config, type Lang, type LintResult, type OtvetMessage, type Rule, type RuleCatalog, type RuleSetting, type ValidateFunction,
} from '@otvet/core';

export interface LintStringOptions {
  /** Rules available (the catalog). */
  rules: AnyRule[];
  /** Settings for those rules; rules not named run at their `recommended` severity (or error when that is off). */
  settings?: Record<string, RuleSetting>;
  config?: Partial<Config>;
  path?: string;
  lang?: Lang;
  optionValidators?: Record<string, ValidateFunction>;
  /** Extra rule data by kind (as the CLI loads it from the config: `glossary`, `phrasebook`). */
  resources?: Readonly<Record<string, readonly unknown[]>>;
}

export function catalogOf(rules: AnyRule[], optionValidators: Record<string, ValidateFunction> = {}): RuleCatalog {
  return { rules: new Map(rules.map((r) => [r.meta.id, r])), optionValidators };
}

/** Lint one or more in-memory files (path → YAML). */
export function lintStrings(files: Record<string, string>, options: LintStringOptions): LintResult {
  const config: Config = { ...defaultConfig(), ...options.config, extends: 'none' };
  const rules: Record<string, RuleSetting> = {};
  for (const r of options.rules) rules[r.meta.id] = r.meta.recommended === 'off' ? 'error' : r.meta.recommended;
  config.rules = { ...rules, ...options.settings, ...(options.config?.rules ?? {}) };
  const catalog = catalogOf(options.rules, options.optionValidators);
  const sources = Object.entries(files).map(([path, text]) => {
    const bom = text.startsWith('\uFEFF');
    return { path, text: bom ? text.slice(1) : text, bom };
  });
  return lintTexts(sources, { config, rules: resolveRules(config, catalog), catalog, lang: options.lang ?? 'en', ...(options.resources ? { resources: options.resources } : {}) });
}

export function lintString(yaml: string, options: LintStringOptions): LintResult {
  return lintStrings({ [options.path ?? 'test.yaml']: yaml }, options);
}

function placeOf(m: OtvetMessage): { line: number; column: number; endLine: number; endColumn: number } {
  const place = m.place && 'start' in m.place ? m.place : undefined;
  return {
    line: place?.start.line ?? 1,
    column: place?.start.column ?? 1,
    endLine: place?.end.line ?? 1,
    endColumn: place?.end.column ?? 1,
  };
}

/** `L:C-L:C rule-id reason`, one line per message, in report order. */
export function messageLines(result: LintResult): string[] {
  return result.files.flatMap((f) =>
    f.messages.map((m) => {
      const p = placeOf(m);
      return `${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${m.ruleId} ${m.reason}`;
    }),
  );
}

/** ` {"key":"value"}` with the keys sorted, or nothing for no data: how test lines print a message's data. */
export function dataJson(data: Readonly<Record<string, string | number>> | undefined): string {
  const entries = Object.entries(data ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? ` ${JSON.stringify(Object.fromEntries(entries))}` : '';
}

/** `L:C-L:C rule-id messageId {data}`, one line per message, in report order (file coordinates). */
export function messageIdLines(result: LintResult): string[] {
  return result.files.flatMap((f) =>
    f.messages.map((m) => {
      const p = placeOf(m);
      return `${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${m.ruleId} ${m.messageId ?? ''}${dataJson(m.data)}`;
    }),
  );
}

/** Rule, message id and data of each message (what `renderProblems` checks). */
export function messageReports(result: LintResult): { ruleId: string; messageId: string; data: Record<string, string | number> }[] {
  return result.files.flatMap((f) => f.messages.map((m) => ({ ruleId: m.ruleId ?? '', messageId: m.messageId ?? '', data: m.data ?? {} })));
}

export { placeOf, asAnyRule };
export type { Rule };
