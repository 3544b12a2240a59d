/**
 * A strict rule tester in the manner of ESLint's RuleTester. Cases are Russian
 * texts (with an optional source text, placeholders and options); they are
 * wrapped in a template file and linted by the real engine. Expected messages
 * are `L:C-L:C rule-id reason` lines in the coordinates of the text itself
 * (prefixed `zh ` for findings in the source text).
 *
 * Strict: an invalid case must list its messages, a case may not appear twice,
 * and a valid case must produce no message at all.
 */
import { describe, expect, it } from 'vitest';
import { asAnyRule, type AnyRule, type Rule, type RuleSetting, type SeverityLevel, type ValidateFunction } from '@otvet/core';
import { lintString, placeOf, type LintStringOptions } from './lint.js';

export interface TextCase {
  /** The target (Russian) text. */
  ru: string;
  /** The source text (Chinese by default). */
  zh?: string;
  en?: string;
  placeholders?: Record<string, { type?: string; example?: string | number }>;
  options?: Record<string, unknown>;
  /** Severity to run the rule at (default: its recommended severity, or error). */
  severity?: SeverityLevel;
  name?: string;
}

export interface InvalidCase extends TextCase {
  messages: string[];
  /** The text after applying the offered fixes once (omit to skip the check). */
  output?: string;
}

export type ValidCase = string | TextCase;

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const INDENT = 8;

function block(locale: string, text: string): string[] {
  const trailing = /\n*$/.exec(text)?.[0].length ?? 0;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing ? text.slice(0, -trailing) : text;
  const lines = body.split('\n').map((l) => (l === '' ? '' : ' '.repeat(INDENT) + l));
  for (let i = 1; i < trailing; i++) lines.push('');
  return [`      ${locale}: |2${chomp}`, ...lines];
}

/** The template file a case is linted in, and where each text starts. */
export function caseToYaml(c: TextCase): { yaml: string; starts: Record<string, number> } {
  const lines = ['templates:', '  - id: case'];
  if (c.placeholders) lines.push(`    placeholders: ${JSON.stringify(c.placeholders)}`);
  lines.push('    text:');
  const starts: Record<string, number> = {};
  for (const locale of ['zh', 'en', 'ru'] as const) {
    const text = c[locale];
    if (text === undefined) continue;
    starts[locale] = lines.length + 2; // 1-based line of the first text line
    lines.push(...block(locale, text));
  }
  return { yaml: lines.join('\n') + '\n', starts };
}

/** Lint one case and return its message lines in text coordinates. */
export function runCase(rule: AnyRule, c: TextCase, optionValidators: Record<string, ValidateFunction> = {}, resources?: LintStringOptions['resources']): { lines: string[]; output: string } {
  const { yaml, starts } = caseToYaml(c);
  const setting: RuleSetting = c.options ? [c.severity ?? 'error', c.options] : c.severity ?? 'error';
  const result = lintString(yaml, { rules: [rule], settings: { [rule.meta.id]: setting }, optionValidators, ...(resources ? { resources } : {}) });
  const lines: string[] = [];
  const fixes: { start: number; end: number; text: string }[] = [];
  for (const file of result.files) {
    for (const m of file.messages) {
      const p = placeOf(m);
      const locale = m.locale ?? 'ru';
      const base = starts[locale];
      const inText = base !== undefined && m.templateId === 'case' && m.locale !== undefined;
      const pos = inText
        ? `${p.line - base + 1}:${p.column - INDENT}-${p.endLine - base + 1}:${p.endColumn - INDENT}`
        : `file ${p.line}:${p.column}-${p.endLine}:${p.endColumn}`;
      lines.push(`${locale !== 'ru' && inText ? `${locale} ` : ''}${pos} ${m.ruleId} ${m.reason}`);
      if (m.fix && locale === 'ru') fixes.push({ start: m.fix.range[0], end: m.fix.range[1], text: m.fix.text });
    }
  }
  // Apply the fixes to the file, then read the text back out of the block.
  let fixed = yaml;
  let lastStart = Number.POSITIVE_INFINITY;
  for (const f of fixes.sort((a, b) => b.start - a.start)) {
    if (f.end > lastStart) continue;
    fixed = fixed.slice(0, f.start) + f.text + fixed.slice(f.end);
    lastStart = f.start;
  }
  const ruStart = starts.ru ?? 0;
  const fixedLines = fixed.split('\n').slice(ruStart - 1);
  const end = fixedLines.findIndex((l, i) => i > 0 && l !== '' && !l.startsWith(' '.repeat(INDENT)));
  const body = (end === -1 ? fixedLines : fixedLines.slice(0, end)).map((l) => l.slice(INDENT));
  const output = body.join('\n').replace(/\n+$/, '') + (c.ru.match(/\n*$/)?.[0] ?? '');
  return { lines, output };
}

function caseKey(c: TextCase): string {
  return JSON.stringify([c.ru, c.zh, c.en, c.placeholders, c.options, c.severity]);
}

function title(c: TextCase): string {
  return c.name ?? (c.ru.length > 60 ? `${c.ru.slice(0, 57)}…` : c.ru);
}

/** Register vitest tests for a rule's valid and invalid cases. */
export function testRule<O extends object>(ruleIn: Rule<O>, tests: RuleTests, optionValidators: Record<string, ValidateFunction> = {}, resources?: LintStringOptions['resources']): void {
  const rule = asAnyRule(ruleIn);
  const seen = new Set<string>();
  const normalized = {
    valid: tests.valid.map((v) => (typeof v === 'string' ? { ru: v } : v)),
    invalid: tests.invalid,
  };
  for (const c of [...normalized.valid, ...normalized.invalid]) {
    const key = caseKey(c);
    if (seen.has(key)) throw new Error(`${rule.meta.id}: duplicate test case ${JSON.stringify(c.ru)}`);
    seen.add(key);
  }
  for (const c of normalized.invalid) {
    if (!c.messages || c.messages.length === 0) throw new Error(`${rule.meta.id}: invalid case ${JSON.stringify(c.ru)} lists no messages`);
  }
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of normalized.valid) {
        it(title(c), () => {
          expect(runCase(rule, c, optionValidators, resources).lines).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of normalized.invalid) {
        it(title(c), () => {
          const { lines, output } = runCase(rule, c, optionValidators, resources);
          expect(lines).toEqual(c.messages);
          if (c.output !== undefined) expect(output).toBe(c.output);
        });
      }
    });
  });
}
