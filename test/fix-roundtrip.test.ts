/**
 * `otvet lint --fix` round trips through the built CLI, in every scalar style,
 * LF and CRLF, with and without a BOM: the fixed file parses to the same data
 * except the fixed texts, comments, key order, quoting, indentation, line
 * endings and the BOM stay as they were, and a second `--fix` changes nothing.
 * What cannot be written back exactly is still reported, with exit 1 for errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isScalar, parseDocument, visit } from 'yaml';
import { makeProject, otvet, type Project } from './helpers.js';

const CONFIG = 'rules:\n  typography-quotes: [warning, { straight: true }]\n';

/** The defects, one line each, so that block scalars keep them on their lines. */
const LINES = ['Здравствуйте，ваш заказ отпрaвлен！Вопросы？', 'Пишите "нам" - мы  ответим ответим~', 'Спасибо!!!'];

/** What `--fix` should make of a text value with the defects above. */
function fixed(value: string): string {
  return value
    .replace('Здравствуйте，ваш', 'Здравствуйте, ваш')
    .replace('отпрaвлен！', 'отправлен!')
    .replace('!Вопросы', '! Вопросы')
    .replace('Вопросы？', 'Вопросы?')
    .replace('"нам"', '«нам»')
    .replace(' - ', ' — ')
    .replace('мы  ответим', 'мы ответим')
    // The tilde ends a sentence before «Спасибо»: it becomes a full stop (tone-tilde).
    .replace('ответим ответим~', 'ответим.')
    .replace('!!!', '!');
}

const indent = (lines: string[], pad: string): string => lines.map((l) => (l === '' ? '' : pad + l)).join('\n');

/** One template per scalar style, with comments around and inside. */
const STYLES: Record<string, string> = {
  // A comment after a plain text on its line would cut the text short (yaml-syntax): above it.
  plain: `# above a plain scalar\n      ru: ${LINES.join(' ')}`,
  'plain multi-line': `ru: ${LINES[0]}\n${indent(LINES.slice(1), '        ')}`,
  'single-quoted': `ru: '${LINES.join(' ')}'`,
  'single-quoted multi-line': `ru: '${LINES[0]}\n\n${indent(LINES.slice(1), '        ')}' # after`,
  'double-quoted with escapes': `ru: "${LINES.join(' ').replace('"нам"', 'нам').replace('заказ', '\\u0437аказ')} \\u2014 \\u0433отово"`,
  'double-quoted escaped break': `ru: "${LINES[0]} \\\n        ${LINES[1]!.replace('"нам"', 'нам')}\n        ${LINES[2]}"`,
  'literal |': `ru: |\n${indent(LINES, '        ')}`,
  'literal |-': `ru: |- # keep\n${indent(LINES, '        ')}`,
  'literal |+': `ru: |+\n${indent([...LINES, '', ''], '        ')}`,
  'literal with an indentation indicator': `ru: |2-\n${indent(LINES, '        ')}`,
  'folded >': `ru: >\n${indent([LINES[0]!, LINES[1]!, '', LINES[2]!], '        ')}`,
  'folded >-': `ru: >-\n${indent(LINES, '        ')}`,
};

function templateFile(prefix: string): string {
  const parts = ['# yaml-language-server: $schema=../packages/core/schema/templates.schema.json', '# Reply templates with defects that --fix repairs.', 'templates:'];
  Object.entries(STYLES).forEach(([name, text], i) => {
    parts.push(`  # ${name}`, `  - id: ${prefix}-${i} # template ${i}`, `    title: "${name}"`, '    text:', `      zh: '您好' # source`, `      ${text}`, `    tags: [fix, "${name}"]`);
  });
  return parts.join('\n') + '\n';
}

function variant(crlf: boolean, bom: boolean): string {
  const text = templateFile(`${crlf ? 'crlf' : 'lf'}${bom ? '-bom' : ''}`);
  return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
}

/** Comments as written, with their line numbers. */
const comments = (text: string): string[] => text.split(/\r?\n/).flatMap((line, i) => {
  const m = /(?:^|\s)(#.*)$/.exec(line);
  return m ? [`${i}: ${m[1]}`] : [];
});

/** Key order, node kinds and scalar styles, in document order. */
function skeleton(text: string): string[] {
  const out: string[] = [];
  visit(parseDocument(text), {
    Pair(_k, pair) {
      out.push(`key ${isScalar(pair.key) ? String(pair.key.value) : '?'}`);
    },
    Scalar(_k, node) {
      out.push(`scalar ${node.type ?? ''}`);
    },
    Map(_k, node) {
      out.push(`map ${node.flow ? 'flow' : 'block'}`);
    },
    Seq(_k, node) {
      out.push(`seq ${node.flow ? 'flow' : 'block'}`);
    },
  });
  return out;
}

const indentation = (text: string): string[] => text.split(/\r?\n/).map((l) => /^[ ]*/.exec(l.replace(/^\uFEFF/, ''))![0]);

interface Data {
  templates: { id: string; text: { ru: string; zh: string } }[];
}
const parse = (text: string): Data => parseDocument(text.replace(/^\uFEFF/, '')).toJS() as Data;

const projects: Project[] = [];
afterAll(() => projects.forEach((p) => p.remove()));

describe('otvet lint --fix round trip in every scalar style', () => {
  const variants = [
    ['lf.yaml', false, false],
    ['crlf.yaml', true, false],
    ['lf-bom.yaml', false, true],
    ['crlf-bom.yaml', true, true],
  ] as const;
  const project = makeProject({ 'otvet.config.yaml': CONFIG, ...Object.fromEntries(variants.map(([name, crlf, bom]) => [name, variant(crlf, bom)])) });
  projects.push(project);
    const first = otvet(['lint', '--fix', ...variants.map(([name]) => name)], project.dir);
  const second = otvet(['lint', '--fix', '-f', 'json', ...variants.map(([name]) => name)], project.dir);

  it('fixes every defect and leaves nothing to report', () => {
    expect(first.stderr).toMatch(/^Fixed \d+ problems in 4 files\.\n$/);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toMatch(/^\d+:\d+/m);
  });

  it('changes nothing on a second run', () => {
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    const report = JSON.parse(second.stdout) as { files: { messages: unknown[] }[] };
    expect(report.files.flatMap((f) => f.messages)).toEqual([]);
  });

  for (const [name, crlf, bom] of variants) {
    describe(name, () => {
      const before = variant(crlf, bom);
      const after = readFileSync(join(project.dir, name), 'utf8');

      it('parses to the same data except the fixed texts, which have their expected values', () => {
        const expected = parse(before);
        for (const t of expected.templates) t.text.ru = fixed(t.text.ru);
        expect(parse(after)).toEqual(expected);
        // Every style was fixed (the expected values differ from the originals).
        for (const [i, t] of parse(before).templates.entries()) expect(parse(after).templates[i]!.text.ru, t.id).not.toBe(t.text.ru);
      });

      it('keeps comments, key order, quoting styles and indentation', () => {
        expect(comments(after)).toEqual(comments(before));
        expect(skeleton(after.replace(/^\uFEFF/, ''))).toEqual(skeleton(before.replace(/^\uFEFF/, '')));
        expect(indentation(after)).toEqual(indentation(before));
      });

      it(`keeps ${crlf ? 'CRLF' : 'LF'} line endings and ${bom ? 'the' : 'no'} BOM`, () => {
        expect(after.startsWith('\uFEFF')).toBe(bom);
        expect(after.split(/\r?\n/)).toHaveLength(before.split(/\r?\n/).length);
        if (crlf) expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        else expect(after).not.toContain('\r');
      });
    });
  }
});

describe('otvet lint --fix where an edit cannot be written back exactly', () => {
  // A full-width comma written as an escape, straight quotes that are escapes, a
  // comma that would end a plain scalar in a flow mapping, and a quotation across
  // a folded line break: all reported, none fixed, exit 1 (errors remain).
  const text = [
    '# unfixable',
    'templates:',
    '  - id: escaped # double-quoted escapes',
    '    text:',
    '      ru: "Здравствуйте\\uFF0Cваш заказ \\"готов\\" - спасибо~"',
    '  - id: flow',
    '    text: { zh: 您好, ru: Здравствуйте，ваш заказ готов }',
    '  - id: folded',
    '    text:',
    '      ru: >-',
    '        Пишите "нам',
    '        сюда" пожалуйста!!!',
    '',
  ].join('\r\n');
  const project = makeProject({ 'otvet.config.yaml': CONFIG, 't.yaml': text });
  projects.push(project);
  const run = otvet(['lint', '--fix', '-f', 'json', 't.yaml'], project.dir);
  const after = readFileSync(join(project.dir, 't.yaml'), 'utf8');
  const report = JSON.parse(run.stdout) as { files: { messages: { ruleId: string; line: number; column: number; severity: number | string; fix?: unknown }[] }[] };
  const messages = report.files[0]!.messages;

  it('fixes what it can and nothing else', () => {
    expect(after).toBe(text.replace('готов\\" - спасибо~', 'готов\\" — спасибо').replace('пожалуйста!!!', 'пожалуйста!'));
    expect(parse(after).templates.map((t) => t.text.ru)).toEqual([
      'Здравствуйте，ваш заказ "готов" — спасибо',
      'Здравствуйте，ваш заказ готов',
      'Пишите "нам сюда" пожалуйста!',
    ]);
  });

  it('still reports the rest, without fixes, and exits 1', () => {
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '5:24 typography-fullwidth',
      '5:40 typography-quotes',
      '7:37 typography-fullwidth',
      '11:16 typography-quotes',
    ]);
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
    expect(run.code).toBe(1);
  });

  it('is stable: a second run changes nothing and reports the same', () => {
    const again = otvet(['lint', '--fix', '-f', 'json', 't.yaml'], project.dir);
    expect(readFileSync(join(project.dir, 't.yaml'), 'utf8')).toBe(after);
    expect(again.stdout).toBe(run.stdout);
    expect(again.code).toBe(1);
  });
});

describe('otvet lint --fix quotes a plain scalar that a comment cuts short', () => {
  // `#` glued to what follows is text the author meant (an order number, a rank): quoted whole.
  // A spaced `# note` may be a real note: reported, not fixed. A comment on its own line, after a
  // quoted scalar, after an id or after a block header stays a comment.
  const lines = [
    'templates:',
    '  - id: order-sent # an ordinary comment',
    '    title: Заказ #1 отправлен',
    '    placeholders:',
    '      order_number: { example: "0123" }',
    '      rank:',
    '        description: место в рейтинге #1',
    '    text:',
    '      # a comment on its own line',
    "      zh: '您好，您的订单已发货' # after a quoted scalar",
    '      ru: Здравствуйте! Ваш заказ #12345 отправлен.',
    "      en: It's #1",
    '  - id: rank',
    '    text:',
    '      zh: 第一名',
    '      ru: #1 в рейтинге',
    '  - id: block',
    '    text:',
    '      zh: 您好 # a note',
    '      ru: |- # a block header comment',
    '        Спасибо!',
  ];
  for (const [name, crlf, bom] of [['lf', false, false], ['crlf-bom', true, true]] as const) {
    describe(name, () => {
      const text = (bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
      const project = makeProject({ 't.yaml': text });
      projects.push(project);
      const before = otvet(['lint', '-f', 'json', 't.yaml'], project.dir);
      const run = otvet(['lint', '--fix', '-f', 'json', 't.yaml'], project.dir);
      const after = readFileSync(join(project.dir, 't.yaml'), 'utf8');
      type Json = { files: { messages: { ruleId: string; message: string; line: number; column: number; fix?: unknown }[] }[] };
      const cut = (out: string): string[] => (JSON.parse(out) as Json).files[0]!.messages.filter((m) => m.message.startsWith('YAML reads “#')).map((m) => `${m.line}:${m.column} ${m.ruleId}${m.fix ? ' fix' : ''}`);

      it('reports every plain scalar cut short, with a fix where the quoting is unambiguous', () => {
        expect(cut(before.stdout)).toEqual(['3:18 yaml-syntax fix', '7:39 yaml-syntax fix', '11:35 yaml-syntax fix', '12:16 yaml-syntax fix', '16:11 yaml-syntax fix', '19:14 yaml-syntax']);
        expect(before.code).toBe(1);
      });

      it('quotes them so that each value is the whole text', () => {
        const data = parseDocument(after.replace(/^\uFEFF/, '')).toJS() as { templates: { title?: string; placeholders?: { rank: { description: string } }; text: Record<string, string> }[] };
        expect(data.templates[0]!.title).toBe('Заказ #1 отправлен');
        expect(data.templates[0]!.placeholders!.rank.description).toBe('место в рейтинге #1');
        expect(data.templates[0]!.text).toEqual({ zh: '您好，您的订单已发货', ru: 'Здравствуйте! Ваш заказ #12345 отправлен.', en: "It's #1" });
        expect(data.templates[1]!.text.ru).toBe('#1 в рейтинге');
        expect(data.templates[2]!.text).toEqual({ zh: '您好', ru: 'Спасибо!' });
        const eol = crlf ? '\r\n' : '\n';
        expect(after).toBe(text
          .replace(`title: Заказ #1 отправлен${eol}`, `title: 'Заказ #1 отправлен'${eol}`)
          .replace('description: место в рейтинге #1', "description: 'место в рейтинге #1'")
          .replace('ru: Здравствуйте! Ваш заказ #12345 отправлен.', "ru: 'Здравствуйте! Ваш заказ #12345 отправлен.'")
          .replace("en: It's #1", `en: "It's #1"`)
          .replace('ru: #1 в рейтинге', "ru: '#1 в рейтинге'"));
      });

      it('leaves the spaced note reported and unfixed, and a second run changes nothing', () => {
        expect(cut(run.stdout)).toEqual(['19:14 yaml-syntax']);
        expect(run.code).toBe(1);
        const again = otvet(['lint', '--fix', '-f', 'json', 't.yaml'], project.dir);
        expect(readFileSync(join(project.dir, 't.yaml'), 'utf8')).toBe(after);
        expect(again.stdout).toBe(run.stdout);
      });
    });
  }
});
