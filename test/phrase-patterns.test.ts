/**
 * docs/phrase-patterns.md documents the pattern language; its examples are tests, so that the
 * page cannot drift from what otvet does.
 *
 * - ```pattern blocks: the first line is a pattern, then optional `@name: a, b` lines (a list)
 *   and `unless: …` lines (exceptions); `✓ text` must match, `✗ text` must not (a line indented
 *   by two blanks goes on with the text after a line break), and `  → words` lines after a ✓
 *   give exactly what is reported, match by match.
 * - the ```yaml phrasebook block is a phrasebook file: it validates, and the built CLI reports
 *   each of its examples and none of its counterexamples.
 * - ```pattern-error blocks: the pattern put into that phrasebook makes the built CLI print
 *   each `⚠` line (a skipped entry, in the language it is written in) or refuse the file with
 *   each `✖` line (exit code 2).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseNatural, parsePlaceholders } from '../packages/core/src/index.js';
import { compilePhrase, matchPhrase, parsePattern, sentencesOf, type StepSyntax } from '../packages/rules/src/lib/patterns/index.js';
import schema from '../packages/rules/schema/phrasebook.schema.json';
import { makeProject, otvet, ROOT } from './helpers.js';

const DOC = 'docs/phrase-patterns.md';
const markdown = readFileSync(join(ROOT, DOC), 'utf8');

interface Block {
  info: string;
  lines: string[];
  /** 1-based line of the opening fence. */
  line: number;
}

function fencedBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    if (i >= lines.length) throw new Error(`${DOC}:${start + 1}: unterminated code block`);
    out.push({ info: open[1]!.trim(), lines: body, line: start + 1 });
  }
  return out;
}

interface Example {
  match: boolean;
  text: string;
  /** The reported stretches (`→` lines), when given. */
  reported?: string[];
}

interface PatternBlock {
  line: number;
  pattern: string;
  lists: Record<string, string[]>;
  unless: string[];
  examples: Example[];
}

function patternBlock(b: Block): PatternBlock {
  const [pattern, ...rest] = b.lines;
  const out: PatternBlock = { line: b.line, pattern: pattern!, lists: {}, unless: [], examples: [] };
  for (const line of rest) {
    const last = out.examples[out.examples.length - 1];
    let m: RegExpExecArray | null;
    if ((m = /^@(\S+): (.+)$/.exec(line))) out.lists[m[1]!] = m[2]!.split(', ');
    else if ((m = /^unless: (.+)$/.exec(line))) out.unless.push(m[1]!);
    else if ((m = /^([✓✗]) (.+)$/.exec(line))) out.examples.push({ match: m[1] === '✓', text: m[2]! });
    else if ((m = /^ {2}→ (.+)$/.exec(line)) && last?.match) (last.reported ??= []).push(m[1]!);
    else if ((m = /^ {2}(\S.*)$/.exec(line)) && last && !last.reported) last.text += `\n${m[1]!}`;
    else throw new Error(`${DOC}:${b.line}: cannot read the line “${line}”`);
  }
  return out;
}

const blocks = fencedBlocks(markdown);
const patternBlocks = blocks.filter((b) => b.info === 'pattern').map(patternBlock);
const errorBlocks = blocks.filter((b) => b.info === 'pattern-error');
const phrasebookBlocks = blocks.filter((b) => b.info === 'yaml phrasebook');

const sentences = (text: string) => sentencesOf(parseNatural(parsePlaceholders(text).masked));

describe(`${DOC}: pattern examples`, () => {
  it('has an example block for every operator, each with texts that match and texts that do not', () => {
    expect(patternBlocks.length).toBeGreaterThanOrEqual(15);
    for (const b of patternBlocks) {
      expect(b.examples.some((e) => e.match), `line ${b.line}`).toBe(true);
      expect(b.examples.some((e) => !e.match), `line ${b.line}`).toBe(true);
    }
    const seen = new Set<string>();
    const note = (step: StepSyntax): void => {
      if (step.type === 'atom' && step.optional) seen.add('optional');
      if (step.type === 'gap') seen.add(step.text === '*' ? 'gap' : 'gap N');
      else if (step.atom.kind !== 'words') seen.add(step.atom.kind);
      else {
        if (step.atom.alternatives.length > 1) seen.add('alternatives');
        for (const alt of step.atom.alternatives) seen.add(alt.kind === 'list' ? 'list' : alt.stem ? 'stem' : 'word');
      }
    };
    for (const b of patternBlocks) {
      const syntax = parsePattern(b.pattern);
      if (syntax.anchorStart) seen.add('^');
      if (syntax.anchorEnd) seen.add('$');
      syntax.steps.forEach(note);
      if (b.unless.length) seen.add('unless');
      if (b.examples.some((e) => e.reported)) seen.add('reported');
    }
    expect([...seen].sort()).toEqual(['$', '^', 'alternatives', 'gap', 'gap N', 'list', 'number', 'optional', 'placeholder', 'punct', 'reported', 'stem', 'unless', 'word']);
  });

  for (const b of patternBlocks) {
    describe(`line ${b.line}: ${b.pattern}${b.unless.map((u) => ` unless ${u}`).join('')}`, () => {
      const phrase = compilePhrase({ patterns: [b.pattern], unless: b.unless }, b.lists);
      const found = (text: string): string[] => sentences(text).flatMap((s) => matchPhrase(phrase, s).map((m) => text.slice(m.start, m.end)));
      for (const e of b.examples) {
        it(`${e.match ? 'matches' : 'does not match'} “${e.text}”`, () => {
          const stretches = found(e.text);
          if (e.reported) expect(stretches).toEqual(e.reported);
          else expect(stretches.length > 0).toBe(e.match);
        });
      }
    });
  }
});

describe(`${DOC}: the phrasebook and its mistakes, through the CLI`, () => {
  expect(phrasebookBlocks).toHaveLength(1);
  const [file, ...entryLines] = phrasebookBlocks[0]!.lines;
  const path = /^# (\S+)$/.exec(file!)?.[1];
  const phrasebook = parse(entryLines.join('\n')) as { entries: { id: string; patterns: string[]; examples: string[]; counterexamples: string[] }[] };
  const entry = phrasebook.entries[0]!;
  const project = makeProject({ 'otvet.config.yaml': 'target: ru\ntemplates: ["templates/*.yaml"]\nphrasebooks: ["phrasebooks/*.yaml"]\n' });
  afterAll(() => project.remove());
  /** The entry with other patterns, laid out as in the doc (so that lines and columns agree). */
  const writePhrasebook = (patterns: string[]): void => {
    const text = phrasebookBlocks[0]!.lines.join('\n').replace(/^( {4}patterns: ).*$/m, `$1[${patterns.map((p) => JSON.stringify(p)).join(', ')}]`);
    project.write(path!, `${text}\n`);
  };
  const writeTemplates = (texts: string[]): void =>
    project.write('templates/t.yaml', stringify({ templates: texts.map((ru, i) => ({ id: `t${i}`, text: { ru } })) }, { lineWidth: 0 }));

  it('is a valid phrasebook whose examples the CLI reports and whose counterexamples it does not', () => {
    expect(path).toBe('phrasebooks/shop.yaml');
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(phrasebook) || validate.errors).toBe(true);
    writePhrasebook(entry.patterns);
    writeTemplates([...entry.examples, ...entry.counterexamples]);
    const result = otvet(['lint', '--format', 'json'], project.dir);
    const report = JSON.parse(result.stdout) as { files: { messages: { ruleId: string; message: string; line: number }[] }[] };
    const hits = report.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'tone-calque' && m.message.includes(`[${entry.id}]`));
    // One template per text, three lines each: the texts are on lines 4, 7, 10…
    expect(hits.map((h) => (h.line - 4) / 3)).toEqual(entry.examples.map((_, i) => i));
  });

  for (const b of errorBlocks) {
    const [pattern, ...expected] = b.lines;
    it(`line ${b.line}: “${pattern}” gives the documented message`, () => {
      expect(expected.length).toBeGreaterThan(0);
      writePhrasebook([pattern!]);
      writeTemplates([entry.examples[0]!]);
      for (const line of expected) {
        const [mark, message] = [line.slice(0, 1), line.slice(2)];
        if (mark === '⚠') {
          const lang = /^[\u4e00-\u9fff]/.test(message) ? 'zh' : /^[А-Я]/.test(message) ? 'ru' : 'en';
          const result = otvet(['lint', '--lang', lang], project.dir);
          expect(result.code, result.stderr).toBe(1);
          expect(result.stdout.split('\n').map((l) => /^\s*\d+:\d+-\d+:\d+\s+\S+\s+(.*?)\s+tone-calque$/.exec(l)?.[1])).toContain(message);
        } else {
          expect(mark).toBe('✖');
          const result = otvet(['lint'], project.dir);
          expect(result.code).toBe(2);
          const printed = result.stderr.split('\n').filter(Boolean).map((l) => l.replace(/^\S+:\d+:\d+: /, ''));
          expect(result.stderr).toMatch(/^phrasebooks\/shop\.yaml:5:\d+: /);
          expect(printed).toEqual([message]);
        }
      }
    });
  }
});
