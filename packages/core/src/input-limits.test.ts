/**
 * Input that must never crash, hang or lose data: texts cut short by a comment, aliases,
 * nesting too deep for the parser, and what decoding says about bytes that are not UTF-8 text.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyFixes } from './fix.js';
import { parseTemplateFile } from './load.js';
import { parseConfig } from './config.js';
import { UserErrors } from './errors.js';
import { decodeText } from './decode.js';
import { MAX_DEPTH, tooDeepOffset, yamlShape } from './yaml-limits.js';
import { testCatalog } from './test-rules.test-helper.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Findings of one file as `line:column messageId`, plus ` fix` when a fix is offered. */
function findings(text: string): string[] {
  const file = parseTemplateFile('t.yaml', text, false, 'ru');
  return [...file.findings].sort((a, b) => a.start - b.start).map((f) => {
    const p = file.lines.point(f.start);
    return `${p.line}:${p.column} ${f.messageId}${f.fix ? ' fix' : ''}`;
  });
}

const template = (lines: string[]): string => ['templates:', '  - id: t', ...lines].join('\n') + '\n';

describe('a comment after a plain text on its line', () => {
  it('is reported in texts, titles, placeholder examples and descriptions and suppression reasons', () => {
    const text = template([
      '    title: Заказ #1',
      '    placeholders:',
      '      code: { example: A-1 }',
      '      order:',
      '        example: 12-34 #5',
      '        description: номер #заказа',
      '    lint:',
      '      disable:',
      '        - rule: tone-tilde # an ordinary comment',
      '          reason: бренд #1',
      '    text:',
      '      zh: 您好',
      '      ru: Здравствуйте! Ваш заказ #12345 отправлен',
    ]);
    expect(findings(text)).toEqual(['3:18 comment-after-text fix', '7:24 comment-after-text fix', '8:28 comment-after-text fix', '12:25 comment-after-text fix', '15:35 comment-after-text fix']);
  });

  it('reports a spaced note too, but without a fix, and never fixes in a flow mapping or a multi-line scalar', () => {
    const text = template(['    text:', '      zh: 您好 # 注释', '      ru: Заказ готов', '        сегодня #1', '  - id: u', '    text: {', '      ru: Заказ #1,', '    }']);
    expect(findings(text)).toEqual(['4:14 comment-after-text', '6:17 comment-after-text', '9:17 comment-after-text']);
  });

  it('leaves comments alone on their own line, after quotes, after ids, types, tags and block headers, and after numbers', () => {
    const text = template([
      '    # a note',
      "    title: 'Заказ #1' # after quotes",
      '    tags: # a list',
      '      - delivery # a tag',
      '    placeholders:',
      '      n: { type: number, example: 3 } # flow end',
      '      m:',
      '        type: number # a type',
      '        example: 3 # a number',
      '    text:',
      '      zh: "您好" # source',
      '      ru: |- # block',
      '        Заказ #1 готов',
    ]);
    expect(findings(text)).toEqual([]);
  });

  it('reports a text the comment leaves empty (`ru: #1 …`), next to the schema error', () => {
    expect(findings(template(['    text:', '      zh: 您好', '      ru: #1 в рейтинге']))).toEqual(['5:11 comment-after-text fix', '5:11 type']);
  });

  it('is fixed by quoting the scalar with the comment, and the fix verifies', () => {
    const text = template(['    title: Заказ #1', '    text:', '      zh: 您好', "      en: It's #1", '      ru: Здравствуйте! Ваш заказ #12345 отправлен']);
    const file = parseTemplateFile('t.yaml', text, false, 'ru');
    const result = applyFixes(file, file.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    expect(result.skipped).toEqual([]);
    expect(result.text).toBe(template(["    title: 'Заказ #1'", '    text:', '      zh: 您好', `      en: "It's #1"`, "      ru: 'Здравствуйте! Ваш заказ #12345 отправлен'"]));
    expect(parseDocument(result.text).toJS()).toEqual({ templates: [{ id: 't', title: 'Заказ #1', text: { zh: '您好', en: "It's #1", ru: 'Здравствуйте! Ваш заказ #12345 отправлен' } }] });
  });
});

describe('aliases and nesting in template files', () => {
  it('refuses every alias (at most ten) and does not expand them: an alias bomb is ten findings', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`), 'templates: []'].join('\n');
    const out = findings(bomb);
    // Ten aliases and ten anchors reported, of the 90 aliases.
    expect(out.filter((f) => f.endsWith(' alias'))).toHaveLength(10);
    expect(out.filter((f) => f.endsWith(' anchor'))).toHaveLength(10);
    expect(out.filter((f) => f.endsWith(' alias'))[0]).toBe('2:8 alias');
  });

  it('refuses an alias to a text, which would otherwise go unchecked', () => {
    expect(findings(template(['    text:', '      zh: &t 您好', '      ru: *t']))).toEqual(['4:11 anchor', '5:11 alias']);
  });

  it('refuses an anchor, which YAML would silently cut from the front of a text', () => {
    const text = template(['    text:', '      zh: 谢谢', '      ru: &a Спасибо за заказ']);
    expect(parseDocument(text).toJS().templates[0].text.ru).toBe('Спасибо за заказ');
    expect(findings(text)).toEqual(['5:11 anchor']);
    expect(findings(template(['    title: &t Заказ', '    text:', '      ru: Спасибо']))).toEqual(['3:12 anchor']);
    // Quoted, the & is text and nothing is reported.
    expect(findings(template(['    text:', "      ru: '&a Спасибо за заказ'"]))).toEqual([]);
  });

  it('reports nesting deeper than the limit at the same place whether or not the parser ran out of stack', () => {
    const shallow = `templates: ${'['.repeat(MAX_DEPTH + 5)}${']'.repeat(MAX_DEPTH + 5)}\n`;
    const deep = `templates: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    // The parser copes with the first and gives up (RESOURCE_EXHAUSTION) on the second.
    expect(parseDocument(shallow).errors).toEqual([]);
    expect(parseDocument(deep).errors.map((e) => e.code)).toContain('RESOURCE_EXHAUSTION');
    expect(findings(shallow)).toEqual([`1:${12 + MAX_DEPTH - 1} too-deep`]);
    expect(findings(deep)).toEqual([`1:${12 + MAX_DEPTH - 1} too-deep`]);
    const blocks = `templates:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')}\n`;
    expect(findings(blocks)).toEqual([`${MAX_DEPTH + 1}:${MAX_DEPTH + 1} too-deep`]);
    expect(tooDeepOffset('a: [[1]]\n')).toBeUndefined();
  });

  it('counts what aliases expand to, and an alias inside its own anchor as endless', () => {
    expect(yamlShape(parseDocument('a: &a [1, 2]\nb: *a\n'), '').problem).toBeUndefined();
    expect(yamlShape(parseDocument('a: &a [*a]\n'), '').problem).toMatchObject({ kind: 'aliases', name: 'a' });
    // Values written out do not count: a big file with one small alias is fine.
    const big = `a: &a [1]\nb: [${Array.from({ length: 12_000 }, (_, i) => i).join(', ')}]\nc: *a\n`;
    expect(yamlShape(parseDocument(big), big).problem).toBeUndefined();
  });
});

describe('config files over the limits', () => {
  const catalog = testCatalog();
  const errorsOf = (text: string): string[] => {
    try {
      parseConfig('otvet.config.yaml', text, catalog);
    } catch (error) {
      if (error instanceof UserErrors) return error.errors.map((e) => e.format('en'));
      throw error;
    }
    return [];
  };

  it('refuses an alias bomb with one line, at the alias that goes over', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    expect(errorsOf(bomb)).toEqual(['otvet.config.yaml:5:8: The aliases (*d and others) expand to more than 10000 values; otvet does not read the file. Write the values out instead of repeating them through aliases.']);
  });

  it('accepts aliases that expand to little', () => {
    expect(errorsOf('templates: &t ["a/*.yaml"]\nglossary: *t\n')).toEqual([]);
  });

  it('refuses nesting too deep for the parser with one line', () => {
    expect(errorsOf(`templates: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)).toEqual([
      `otvet.config.yaml:1:${12 + MAX_DEPTH - 1}: The file is nested more than ${MAX_DEPTH} levels deep here; otvet does not read it. Check its indentation and brackets from this line on.`,
    ]);
  });
});

describe('decodeText on bytes that are not UTF-8 text', () => {
  const utf16 = (s: string, be: boolean): Uint8Array => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i + (be ? 1 : 0)] = c & 0xff;
      out[2 * i + (be ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  const yaml = 'templates:\n  - id: x\n    text:\n      ru: Здравствуйте, заказ отправлен\n';

  it('recognises UTF-16 without a byte order mark by its NUL bytes', () => {
    expect(decodeText(utf16(yaml, false))).toMatchObject({ guess: 'utf-16le', line: 1, column: 1 });
    expect(decodeText(utf16(yaml, true))).toMatchObject({ guess: 'utf-16be', line: 1, column: 1 });
  });

  it('calls binary data binary, not GBK, and says where', () => {
    expect(decodeText(new Uint8Array([...utf8('ab\ncd'), 0, 1, 2]))).toMatchObject({ problem: 'binary', line: 2, column: 3 });
    let seed = 7;
    const random = Uint8Array.from({ length: 512 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff);
    const result = decodeText(random);
    expect(result).toMatchObject({ problem: 'binary' });
    expect(result).not.toHaveProperty('guess');
  });

  it('refuses a lone CR (old Mac OS line endings) at its place, and takes LF and CRLF', () => {
    expect(decodeText(utf8('templates:\r  - id: x\r'))).toMatchObject({ problem: 'lone-cr', line: 1, column: 11 });
    expect(decodeText(utf8('a: 1\r\nb: Да\rc: 2\r\n'))).toMatchObject({ problem: 'lone-cr', line: 2, column: 6 });
    expect(decodeText(utf8('a: 1\r\nb: 2\n'))).toEqual({ text: 'a: 1\r\nb: 2\n', bom: false });
  });
});
