/** Lint YAML strings in memory with a chosen set of rules, and print findings as test lines. */
import Ajv from 'ajv';
import {
  asAnyRule, compileOptionValidators, defaultConfig, lintTexts, localize, resolveRules, type SchemaCompiler,
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

/** The validators compiled from rules' own option schemas (a plugin's rules), once per rule. */
const compiled = new WeakMap<AnyRule, ValidateFunction | undefined>();
let ajv: SchemaCompiler | undefined;

/**
 * The validator of a rule's options: the one given (otvet's precompiled ones), else its
 * `meta.options` compiled with ajv, as the CLI does for a plugin's rules.
 */
function validatorOf(rule: AnyRule, given: Record<string, ValidateFunction> | undefined): ValidateFunction | undefined {
  const own = given?.[rule.meta.id];
  if (own) return own;
  if (!compiled.has(rule)) {
    const { validators, problems } = compileOptionValidators([rule], (ajv ??= new Ajv({ allErrors: true, strict: false })));
    if (problems[0]) throw new Error(`${rule.meta.id}: ${localize(problems[0].message, 'en', problems[0].data)}`);
    compiled.set(rule, validators[rule.meta.id]);
  }
  return compiled.get(rule);
}

/** Options that the rule's schema refuses are a mistake in the test, said at once (the CLI would refuse them in a config). */
function checkOptions(rules: AnyRule[], settings: Record<string, RuleSetting>, given: Record<string, ValidateFunction> | undefined): void {
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    const options = Array.isArray(setting) ? setting[1] : undefined;
    const validate = options === undefined ? undefined : validatorOf(rule, given);
    if (validate && !validate(options)) {
      const detail = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''}`).join('; ');
      throw new Error(`Options ${JSON.stringify(options)} for ${rule.meta.id} do not match its options schema: ${detail}`);
    }
  }
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
  checkOptions(options.rules, config.rules, options.optionValidators);
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

/**
 * Lint one template file (YAML) in memory with the given rules, and print what they report as
 * `L:C-L:C rule-id messageId {data}` lines (file coordinates), as {@link messageIdLines} does.
 */
export function lintLines(yaml: string, options: LintStringOptions): string[] {
  return messageIdLines(lintString(yaml, options));
}

/** Rule, message id and data of each message (what `renderProblems` checks). */
export function messageReports(result: LintResult): { ruleId: string; messageId: string; data: Record<string, string | number> }[] {
  return result.files.flatMap((f) => f.messages.map((m) => ({ ruleId: m.ruleId ?? '', messageId: m.messageId ?? '', data: m.data ?? {} })));
}

export { placeOf, asAnyRule };
export type { Rule };
