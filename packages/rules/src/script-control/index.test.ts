import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { messageIdLines, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule, LANGS } from '@otvet/core';
import { lintString } from '@otvet/test-kit';
import rule, { characters } from './index.js';
import schema from './characters.schema.json';

const order = { order_number: { example: '0123456789-0001' } };

testRule(rule, {
  valid: [
    'Здравствуйте! Ваш заказ отправлен.',
    'Колонки:\tразмер\tцвет\nВторая строка',
    { ru: 'Спасибо за отзыв! 👨‍👩‍👧 ❤️‍🔥', name: 'zero width joiners inside emoji sequences' },
    { ru: 'Спасибо ❤️ и ©️, нажмите 1️⃣', name: 'variation selectors after symbols and digits' },
    { ru: 'Доставим в Англию 🏴󠁧󠁢󠁥󠁮󠁧󠁿', name: 'tag characters of a subdivision flag' },
    { ru: 'Заказ {order_number}', placeholders: order, name: 'a placeholder and a word' },
    { ru: '10:00–18:00', name: 'digits are visible words' },
    { ru: 'Цена\u00A0100\u00A0₽', name: 'no-break spaces are visible spacing' },
  ],
  invalid: [
    {
      ru: 'Ваш за\u200Bказ отправлен',
      messages: ['1:7-1:8 script-control invisible {"chars":"U+200B ZERO WIDTH SPACE"}'],
      output: 'Ваш заказ отправлен',
    },
    {
      ru: 'Номер 12\u200B\u2060345',
      messages: ['1:9-1:11 script-control invisible {"chars":"U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER"}'],
      output: 'Номер 12345',
      name: 'adjacent invisible characters are one finding',
    },
    {
      ru: 'Возврат по ссылке \u202Eтxт.exe\u202C',
      messages: [
        '1:19-1:20 script-control bidi {"chars":"U+202E RIGHT-TO-LEFT OVERRIDE"}',
        '1:27-1:28 script-control bidi {"chars":"U+202C POP DIRECTIONAL FORMATTING"}',
      ],
      output: 'Возврат по ссылке тxт.exe',
    },
    {
      ru: 'Спасибо\u200F \u2066за\u2069 \u200Eзаказ\u061C',
      messages: [
        '1:8-1:9 script-control bidi {"chars":"U+200F RIGHT-TO-LEFT MARK"}',
        '1:10-1:11 script-control bidi {"chars":"U+2066 LEFT-TO-RIGHT ISOLATE"}',
        '1:13-1:14 script-control bidi {"chars":"U+2069 POP DIRECTIONAL ISOLATE"}',
        '1:15-1:16 script-control bidi {"chars":"U+200E LEFT-TO-RIGHT MARK"}',
        '1:21-1:22 script-control bidi {"chars":"U+061C ARABIC LETTER MARK"}',
      ],
      output: 'Спасибо за заказ',
    },
    { ru: 'Гарантий\u00ADный талон', messages: ['1:9-1:10 script-control invisible {"chars":"U+00AD SOFT HYPHEN"}'], output: 'Гарантийный талон', name: 'a soft hyphen' },
    { ru: 'Спасибо\uFEFF за заказ', messages: ['1:8-1:9 script-control invisible {"chars":"U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)"}'], output: 'Спасибо за заказ', name: 'a byte order mark inside a text' },
    { ru: 'Размер\u180EM', messages: ['1:7-1:8 script-control invisible {"chars":"U+180E MONGOLIAN VOWEL SEPARATOR"}'], output: 'РазмерM' },
    { ru: 'Хорошо\uFE0F', messages: ['1:7-1:8 script-control invisible {"chars":"U+FE0F VARIATION SELECTOR"}'], output: 'Хорошо', name: 'a variation selector after a letter' },
    { ru: 'Ответ\u200D готов', messages: ['1:6-1:7 script-control invisible {"chars":"U+200D ZERO WIDTH JOINER"}'], output: 'Ответ готов', name: 'a joiner outside an emoji sequence' },
    {
      ru: 'Ответ \u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065} готов',
      messages: ['1:7-1:19 script-control invisible {"chars":"U+E0069 TAG, U+E0067 TAG, U+E006E TAG, U+E006F TAG, U+E0072 TAG, U+E0065 TAG"}'],
      output: 'Ответ  готов',
      name: 'tag characters hiding ASCII',
    },
    {
      ru: '\u200B',
      messages: ['1:1-1:2 script-control invisible {"chars":"U+200B ZERO WIDTH SPACE"}', '1:1-1:2 script-control empty'],
      output: '',
      name: 'a text of only a zero width space',
    },
    { ru: '\u3164', messages: ['1:1-1:2 script-control blank {"chars":"U+3164 HANGUL FILLER"}', '1:1-1:2 script-control empty'], name: 'a text of only a Hangul filler' },
    { ru: 'Спасибо\u2800за заказ', messages: ['1:8-1:9 script-control blank {"chars":"U+2800 BRAILLE PATTERN BLANK"}'] },
    { ru: 'Первая строка\u2028вторая', messages: ['1:14-1:15 script-control separator {"chars":"U+2028 LINE SEPARATOR"}'] },
    { ru: 'Заказ \u0085отправлен', messages: ['1:7-1:8 script-control control {"chars":"U+0085 NEXT LINE"}'], name: 'a C1 control' },
    { ru: '!!!', messages: ['1:1-1:4 script-control empty'], name: 'punctuation only' },
    { ru: '{order_number}', placeholders: order, messages: ['1:1-1:15 script-control empty'], name: 'a placeholder only' },
    {
      ru: 'Заказ отправлен.',
      zh: '订单\u200B已发货。',
      messages: ['zh 1:3-1:4 script-control invisible {"chars":"U+200B ZERO WIDTH SPACE"}'],
      output: 'Заказ отправлен.',
      name: 'in the source text',
    },
  ],
});

/** A template whose ru text is a double-quoted YAML scalar: control characters written as escapes. */
const quoted = (escaped: string): string => `templates:\n  - id: t\n    text:\n      ru: "${escaped}"\n`;
const lint = (yaml: string): string[] => messageIdLines(lintString(yaml, { rules: [asAnyRule(rule)] }));

describe('control characters (written as escapes, the form YAML allows them in)', () => {
  it('reports NUL, BEL, backspace, ESC, a lone CR, DEL and C1 controls, without a fix', () => {
    expect(lint(quoted(String.raw`Спасибо\0 за\a за\bказ`))).toEqual([
      '4:19-4:21 script-control control {"chars":"U+0000 NULL"}',
      '4:24-4:26 script-control control {"chars":"U+0007 BELL"}',
      '4:29-4:31 script-control control {"chars":"U+0008 BACKSPACE"}',
    ]);
    expect(lint(quoted(String.raw`\e[31mСкидка\e[0m \e]8;;https://example.com\e\\ссылка`))).toEqual([
      '4:12-4:14 script-control control {"chars":"U+001B ESCAPE"}',
      '4:24-4:26 script-control control {"chars":"U+001B ESCAPE"}',
      '4:30-4:32 script-control control {"chars":"U+001B ESCAPE"}',
      '4:55-4:57 script-control control {"chars":"U+001B ESCAPE"}',
    ]);
    expect(lint(quoted(String.raw`Строка\rзаказ\x7f \x9b2J \x1c`))).toEqual([
      '4:18-4:20 script-control control {"chars":"U+000D CARRIAGE RETURN"}',
      '4:25-4:29 script-control control {"chars":"U+007F DELETE"}',
      '4:30-4:34 script-control control {"chars":"U+009B CONTROL SEQUENCE INTRODUCER"}',
      '4:37-4:41 script-control control {"chars":"U+001C INFORMATION SEPARATOR"}',
    ]);
    const result = lintString(quoted(String.raw`Спасибо\0`), { rules: [asAnyRule(rule)] });
    expect(result.files[0]!.messages.map((m) => m.fix)).toEqual([undefined]);
  });

  it('leaves tab and line feed alone', () => {
    expect(lint(quoted(String.raw`Размер:\tM\nЦвет: красный`))).toEqual([]);
  });

  it('reports a text of only control characters as empty too', () => {
    expect(lint(quoted(String.raw`\0\a`))).toEqual(['4:12-4:16 script-control control {"chars":"U+0000 NULL, U+0007 BELL"}', '4:12-4:16 script-control empty']);
  });

  it('leaves a blank text to the schema', () => {
    expect(lint(quoted(''))).toEqual(['4:7-4:9 schema empty-text {"locale":"ru"}']);
    expect(lint(quoted('  '))).toEqual(['4:7-4:9 schema empty-text {"locale":"ru"}']);
  });

  it('renders the control message in every language', () => {
    const result = lintString(quoted(String.raw`\e[31m`), { rules: [asAnyRule(rule)] });
    const m = result.files[0]!.messages[0]!;
    for (const lang of LANGS) {
      const text = rule.meta.messages.control![lang].replace(/\{(\w+)\}/g, (_, k: string) => String(m.data?.[k]));
      expect(text).toContain('U+001B ESCAPE');
    }
  });
});

describe('characters data', () => {
  it('matches its schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(characters) || validate.errors).toBe(true);
  });

  it('lists each code point once, ranges in order, and neither tab nor line feed', () => {
    const seen = new Set<number>();
    for (const e of characters.characters) {
      const first = parseInt(e.code.slice(2), 16);
      const last = e.last ? parseInt(e.last.slice(2), 16) : first;
      expect(last, e.code).toBeGreaterThanOrEqual(first);
      for (let c = first; c <= last; c++) {
        expect(seen.has(c), `U+${c.toString(16)}`).toBe(false);
        seen.add(c);
      }
    }
    expect(seen.has(0x09) || seen.has(0x0a)).toBe(false);
    for (const c of [0x00, 0x07, 0x1b, 0x7f, 0x85, 0x9b, 0x200b, 0x202e, 0x2066, 0x2069, 0x200e, 0x200f, 0x061c, 0x2060, 0xfeff, 0x00ad, 0x180e]) {
      expect(seen.has(c), `U+${c.toString(16)}`).toBe(true);
    }
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
