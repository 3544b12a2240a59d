/**
 * A strict rule tester in the manner of ESLint's RuleTester. Cases are Russian
 * texts (with an optional source text, placeholders and options); they are
 * wrapped in a template file and linted by the real engine.
 *
 * Expected messages are lines `L:C-L:C rule-id messageId {"key":"value"}` in the
 * coordinates of the text itself (prefixed `zh ` for findings in the source text,
 * `file L:C-L:C` for findings outside the texts): the position, the rule, the
 * message id and the data its `{slots}` are filled with (left out when there is
 * none; keys in any order). The wording of a message is not asserted there: one
 * test per rule renders every message it reports in zh, en and ru. A line in any
 * other form, such as `L:C-L:C rule-id English sentence`, is refused.
 *
 * Strict: an invalid case must list its messages, a case may not appear twice, a
 * valid case must produce no message at all, and an invalid case gives `output`
 * exactly when its findings carry a fix (see docs/writing-a-rule.md).
 */
import { describe, expect, it } from 'vitest';
import { asAnyRule, LANGS, type AnyRule, type Rule, type RuleSetting, type SeverityLevel, type ValidateFunction } from '@otvet/core';
import { dataJson, lintString, placeOf, type LintStringOptions } from './lint.js';

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
  /** `L:C-L:C rule-id messageId {data}` lines (the message id and the data of its slots, never its text). */
  messages: string[];
  /**
   * The text after applying the offered fixes once. Required when a finding carries a fix;
   * left out when none does.
   */
  output?: string;
}

export type ValidCase = string | TextCase;

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
  /**
   * Message ids no case here can produce, each with why: a finding about the whole pack or a
   * bad data file (say which test covers it), or a message the rule cannot reach. Every other
   * message of the rule must be reported by some invalid case.
   */
  notInCases?: Record<string, string>;
}

/** What one case produced. */
export interface CaseResult {
  /** `L:C-L:C rule-id messageId {data}`, one line per message, in report order. */
  messages: string[];
  /** The Russian text after applying the fixes once. */
  output: string;
  /** Whether any finding carries a fix. */
  fixed: boolean;
  /** Rule, message id and data of each message. */
  reports: { ruleId: string; messageId: string; data: Record<string, string | number> }[];
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

/** Lint one case and return its messages in text coordinates, and the fixed text. */
export function runCase(rule: AnyRule, c: TextCase, optionValidators: Record<string, ValidateFunction> = {}, resources?: LintStringOptions['resources']): CaseResult {
  const { yaml, starts } = caseToYaml(c);
  const setting: RuleSetting = c.options ? [c.severity ?? 'error', c.options] : c.severity ?? 'error';
  const result = lintString(yaml, { rules: [rule], settings: { [rule.meta.id]: setting }, optionValidators, ...(resources ? { resources } : {}) });
  const out: CaseResult = { messages: [], output: '', fixed: false, reports: [] };
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
      const prefix = `${locale !== 'ru' && inText ? `${locale} ` : ''}${pos} ${m.ruleId}`;
      const messageId = m.messageId ?? '';
      const data = m.data ?? {};
      out.messages.push(`${prefix} ${messageId}${dataJson(data)}`);
      out.reports.push({ ruleId: m.ruleId ?? '', messageId, data });
      if (m.fix) out.fixed = true;
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
  out.output = body.join('\n').replace(/\n+$/, '') + (c.ru.match(/\n*$/)?.[0] ?? '');
  return out;
}

/** `[zh |en ][file ]L:C-L:C rule-id messageId[ {data}]`: a line of the message-id form. */
const MESSAGE_ID_LINE = /^((?:(?:zh|en) )?(?:file )?\d+:\d+-\d+:\d+ \S+ [A-Za-z][\w-]*)(?: (\{.*\}))?$/;

/** Whether an expected line is of the message-id form (an English sentence is not). */
export function isMessageIdLine(line: string): boolean {
  return MESSAGE_ID_LINE.test(line);
}

/**
 * Why an expected line cannot be compared (empty: it can): it is not of the message-id form,
 * say a message text such as `1:10-1:11 tone-tilde Remove the tilde…`, or its data is not a
 * JSON object.
 */
export function expectedLineProblem(line: string): string | undefined {
  const m = MESSAGE_ID_LINE.exec(line);
  if (!m) {
    return `${JSON.stringify(line)} is not a message-id line: write \`L:C-L:C rule-id messageId {"key":"value"}\` (the message id and the data of its slots) instead of the message text; see docs/writing-a-rule.md`;
  }
  if (m[2] === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(m[2]);
  } catch {
    data = undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return `${JSON.stringify(line)}: the data ${m[2]} is not a JSON object such as {"actual":"~"}`;
  }
  return undefined;
}

/** An expected message-id line with its data keys in the order the tester prints them. */
function normalizeExpected(line: string): string {
  const m = MESSAGE_ID_LINE.exec(line);
  if (!m?.[2] || expectedLineProblem(line)) return line;
  return `${m[1]}${dataJson(JSON.parse(m[2]) as Record<string, string | number>)}`;
}

/** The messages of a case and its expected lines, normalized to be compared. */
export function comparableLines(result: Pick<CaseResult, 'messages'>, expected: readonly string[]): { actual: string[]; expected: string[] } {
  return { actual: result.messages, expected: expected.map(normalizeExpected) };
}

/** `{slots}` of a message text that `data` does not fill. */
function unfilledSlots(text: string, data: Record<string, string | number>): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((slot) => !(slot in data));
}

/**
 * Problems rendering the messages a rule reported, in every language: a message id the rule
 * does not define, an empty text, or a `{slot}` the data does not fill.
 */
export function renderProblems(rule: AnyRule, reports: CaseResult['reports']): string[] {
  const problems: string[] = [];
  for (const r of reports) {
    if (r.ruleId !== rule.meta.id) continue;
    const message = rule.meta.messages[r.messageId];
    if (!message) {
      problems.push(`${r.messageId}: not a message of ${rule.meta.id}`);
      continue;
    }
    for (const lang of LANGS) {
      const text = message[lang];
      if (!text?.trim()) problems.push(`${r.messageId} (${lang}): empty`);
      else for (const slot of unfilledSlots(text, r.data)) problems.push(`${r.messageId} (${lang}): {${slot}} is not filled by ${JSON.stringify(r.data)}`);
    }
  }
  return problems;
}

/**
 * Messages of the rule that no case reports (unless listed in `notInCases`), and listed ones
 * that a case does report after all.
 */
export function coverageProblems(rule: AnyRule, reports: CaseResult['reports'], notInCases: Record<string, string>): string[] {
  const reported = new Set(reports.filter((r) => r.ruleId === rule.meta.id).map((r) => r.messageId));
  const problems: string[] = [];
  for (const id of Object.keys(rule.meta.messages)) {
    if (!reported.has(id) && !(id in notInCases)) problems.push(`${id}: no invalid case reports it`);
    if (reported.has(id) && id in notInCases) problems.push(`${id}: listed in notInCases, but an invalid case reports it`);
  }
  for (const id of Object.keys(notInCases)) if (!(id in rule.meta.messages)) problems.push(`${id}: listed in notInCases, but not a message of ${rule.meta.id}`);
  return problems;
}

/** What is wrong with a case's `output` given whether its findings carry a fix (empty: nothing). */
export function outputProblem(c: Pick<InvalidCase, 'output'>, fixed: boolean): string | undefined {
  if (fixed && c.output === undefined) return 'a finding carries a fix: give the fixed text as `output`';
  if (!fixed && c.output !== undefined) return 'no finding carries a fix: leave `output` out';
  return undefined;
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
    for (const line of c.messages) {
      const problem = expectedLineProblem(line);
      if (problem) throw new Error(`${rule.meta.id}: invalid case ${JSON.stringify(c.ru)}: ${problem}`);
    }
  }
  const results = new Map<InvalidCase, CaseResult>();
  const resultOf = (c: InvalidCase): CaseResult => {
    let r = results.get(c);
    if (!r) results.set(c, (r = runCase(rule, c, optionValidators, resources)));
    return r;
  };
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of normalized.valid) {
        it(title(c), () => {
          expect(runCase(rule, c, optionValidators, resources).messages).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of normalized.invalid) {
        it(title(c), () => {
          const result = resultOf(c);
          const { actual, expected } = comparableLines(result, c.messages);
          expect(actual).toEqual(expected);
          const problem = outputProblem(c, result.fixed);
          if (problem) expect.fail(`${problem} (fixed text: ${JSON.stringify(result.output)})`);
          if (c.output !== undefined) expect(result.output).toBe(c.output);
        });
      }
    });
    it('reports each of its messages in some case, and each renders in zh, en and ru with its data', () => {
      const reports = normalized.invalid.flatMap((c) => resultOf(c).reports);
      expect(renderProblems(rule, reports)).toEqual([]);
      expect(coverageProblems(rule, reports, tests.notInCases ?? {})).toEqual([]);
    });
  });
}
