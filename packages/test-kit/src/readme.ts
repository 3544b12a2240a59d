/**
 * README examples as tests. A rule's README holds fenced blocks:
 *
 *     ```yaml ok            a template file that must lint clean
 *     ```yaml not-ok        a template file with findings, followed by
 *     ```text               the expected `L:C-L:C rule-id reason` lines (English)
 *
 * A fence may carry options for the rule: ```yaml not-ok {"style": "capital"}
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyRule, ValidateFunction } from '@otvet/core';
import { lintString, messageLines, type LintStringOptions } from './lint.js';

export interface ReadmeExample {
  kind: 'ok' | 'not-ok';
  yaml: string;
  expected: string[];
  options?: Record<string, unknown>;
  /** 1-based line of the example's fence in the README. */
  line: number;
  /** 0-based line range of the expected block's body (not-ok examples). */
  expectedLines?: [number, number];
}

const FENCE = /^(`{3,})(.*)$/;

/** Parse the examples out of a README. Throws on a malformed example. */
export function parseReadmeExamples(markdown: string, file = 'README.md'): ReadmeExample[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: { info: string; body: string; line: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() !== fence) body.push(lines[j++]!);
    if (j >= lines.length) throw new Error(`${file}:${i + 1}: unterminated code block`);
    blocks.push({ info: open[2]!.trim(), body: body.join('\n') + '\n', line: i + 1, end: j });
    i = j;
  }
  const examples: ReadmeExample[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const m = /^yaml\s+(ok|not-ok)\b\s*(.*)$/.exec(b.info);
    if (!m) continue;
    const kind = m[1] as 'ok' | 'not-ok';
    const example: ReadmeExample = { kind, yaml: b.body, expected: [], line: b.line };
    if (m[2]) {
      try {
        example.options = JSON.parse(m[2]) as Record<string, unknown>;
      } catch {
        throw new Error(`${file}:${b.line}: options after “yaml ${kind}” must be JSON`);
      }
    }
    if (kind === 'not-ok') {
      const next = blocks[k + 1];
      if (!next || next.info !== 'text') throw new Error(`${file}:${b.line}: a not-ok example must be followed by a \`text\` block of expected messages`);
      example.expected = next.body.split('\n').filter((l) => l.trim() !== '');
      example.expectedLines = [next.line, next.end];
      if (example.expected.length === 0 && process.env.OTVET_UPDATE_FIXTURES !== '1') throw new Error(`${file}:${b.line}: a not-ok example must list its messages`);
      k++;
    }
    examples.push(example);
  }
  return examples;
}

/**
 * Register one vitest test per README example of a rule. With
 * OTVET_UPDATE_FIXTURES=1 the expected blocks are rewritten from the current
 * output first (review the diff before committing).
 */
export function testReadme(readmePath: string, rule: AnyRule, extraRules: AnyRule[] = [], optionValidators: Record<string, ValidateFunction> = {}, resources?: LintStringOptions['resources']): void {
  const lint = (e: ReadmeExample): string[] => {
    const severity = rule.meta.recommended === 'off' ? 'error' : rule.meta.recommended;
    return messageLines(lintString(e.yaml, { rules: [rule, ...extraRules], settings: { [rule.meta.id]: e.options ? [severity, e.options] : severity }, optionValidators, ...(resources ? { resources } : {}) }));
  };
  if (process.env.OTVET_UPDATE_FIXTURES === '1') {
    const lines = readFileSync(readmePath, 'utf8').split('\n');
    const found = parseReadmeExamples(lines.join('\n'), readmePath);
    for (const e of [...found].reverse()) {
      if (e.kind === 'not-ok' && e.expectedLines) lines.splice(e.expectedLines[0], e.expectedLines[1] - e.expectedLines[0], ...lint(e));
    }
    writeFileSync(readmePath, lines.join('\n'));
  }
  const examples = parseReadmeExamples(readFileSync(readmePath, 'utf8'), readmePath);
  describe(`${rule.meta.id} README examples`, () => {
    it('has at least one ok and one not-ok example', () => {
      expect(examples.some((e) => e.kind === 'ok')).toBe(true);
      expect(examples.some((e) => e.kind === 'not-ok')).toBe(true);
    });
    for (const e of examples) {
      it(`${e.kind} example at line ${e.line}`, () => {
        expect(lint(e)).toEqual(e.expected);
      });
    }
  });
}
