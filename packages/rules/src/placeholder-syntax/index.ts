import { MASK, defineRule, parsePlaceholders, type RuleContext, type TextView } from '@otvet/core';
import { uregex } from '../lib/unicode.js';

type Messages = 'fullwidth' | 'unclosed' | 'unbalanced' | 'empty' | 'type' | 'plural' | 'other-missing' | 'pound' | 'invalid';

/** Parser error codes of @formatjs/icu-messageformat-parser, grouped by what the writer did. */
const CODES: Record<string, Messages> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'unclosed',
  MALFORMED_ARGUMENT: 'unclosed',
  EMPTY_ARGUMENT: 'empty',
  EXPECT_ARGUMENT_TYPE: 'type',
  INVALID_ARGUMENT_TYPE: 'type',
  EXPECT_ARGUMENT_STYLE: 'type',
  INVALID_NUMBER_SKELETON: 'type',
  INVALID_DATE_TIME_SKELETON: 'type',
  EXPECT_NUMBER_SKELETON: 'type',
  EXPECT_DATE_TIME_SKELETON: 'type',
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'plural',
  EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE: 'plural',
  INVALID_PLURAL_ARGUMENT_OFFSET_VALUE: 'plural',
  EXPECT_SELECT_ARGUMENT_SELECTOR: 'plural',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'plural',
  EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: 'plural',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT: 'plural',
  INVALID_PLURAL_ARGUMENT_SELECTOR: 'plural',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'plural',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'plural',
  MISSING_OTHER_CLAUSE: 'other-missing',
};

const FULLWIDTH: Record<string, string> = { '｛': '{', '｝': '}', '﹛': '{', '﹜': '}' };

/** Foreign placeholder syntax that placeholder-foreign-syntax reports instead. */
const FOREIGN_AT = /^(\{\{|\$\{)/u;


function check(context: RuleContext<Record<string, never>>, view: TextView, where: 'target' | 'source'): void {
  const { value, parsed } = view;
  const report = (r: Parameters<typeof context.report>[0]): void => context.report({ ...r, in: where });
  let fullwidth = false;
  // The ASCII braces are a fix only when the text with all of them is valid ICU (a lone one is not).
  let safe: boolean | undefined;
  for (const m of value.matchAll(/[｛｝﹛﹜]/gu)) {
    fullwidth = true;
    safe ??= !parsePlaceholders(value.replace(/[｛｝﹛﹜]/gu, (c) => FULLWIDTH[c]!)).error;
    report({
      messageId: 'fullwidth', data: { actual: m[0], expected: FULLWIDTH[m[0]]! }, start: m.index, end: m.index + 1, actual: m[0], expected: [FULLWIDTH[m[0]]!],
      ...(safe ? {} : { fix: false as const }),
    });
  }
  let errorStart = -1;
  let errorEnd = -1;
  if (parsed.error) {
    const { code, start, end } = parsed.error;
    const foreign = FOREIGN_AT.test(value.slice(start)) || (start > 0 && value[start - 1] === '$' && value[start] === '{');
    const inFullwidth = fullwidth && code === 'INVALID_TAG';
    if (!foreign && !inFullwidth) {
      const kind = CODES[code] ?? 'invalid';
      // A long error range (an unclosed plural) is shown at its opening brace.
      const shown = value.slice(start, end).trimEnd();
      const e = shown.length > 40 || shown.length === 0 ? start + 1 : start + shown.length;
      errorStart = start;
      errorEnd = end;
      const data: Record<string, string> = { code, actual: shown.length > 40 ? `${shown.slice(0, 39)}…` : shown };
      // The type message shows the plain form `{name}` as it is written: a slot filled with itself.
      if (kind === 'type') data.name = '{name}';
      report({ messageId: kind, data, start, end: e, fix: false });
    }
  }
  // Braces ICU took as text: a lone “}” or an unmatched “{” (foreign syntax aside).
  const foreign = new Uint8Array(value.length);
  for (const m of value.matchAll(/\{\{[^{}]*\}\}|\$\{[^{}]*\}/gu)) foreign.fill(1, m.index, m.index + m[0].length);
  for (let i = 0; i < parsed.masked.length; i++) {
    const c = parsed.masked[i];
    if ((c === '{' || c === '}') && !(i >= errorStart && i < errorEnd) && !foreign[i]) {
      report({ messageId: 'unbalanced', data: { actual: c }, start: i, end: i + 1, fix: false });
    }
  }
  // A “#” before a placeholder or a number is the number sign (Заказ # {id}) and fine.
  for (const m of parsed.masked.matchAll(/#(?=\s|$|[.,;:!?)»])/gu)) {
    const before = parsed.masked.slice(Math.max(0, m.index - 1), m.index);
    if (before === MASK || uregex(String.raw`[\p{L}\p{N}]`, 'u').test(before) || (m.index >= errorStart && m.index < errorEnd)) continue;
    if (/^\s*[\d\uFFFC]/u.test(parsed.masked.slice(m.index + 1))) continue;
    report({ messageId: 'pound', start: m.index, end: m.index + 1, fix: false });
  }
}

/**
 * ICU MessageFormat placeholders must parse: balanced ASCII braces, complete plural
 * and select blocks, `#` only inside plural branches.
 */
export default defineRule(
  {
    id: 'placeholder-syntax',
    category: 'placeholder',
    description: {
      en: 'Placeholders must be valid ICU MessageFormat: ASCII braces, balanced, complete plural blocks.',
      zh: '占位符必须是有效的 ICU MessageFormat：使用半角花括号、括号成对、复数块完整。',
      ru: 'Плейсхолдеры должны быть корректным ICU MessageFormat: ASCII-скобки, парные, полные блоки plural.',
    },
    fixable: true,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      fullwidth: {
        en: 'Full-width brace “{actual}” (from a Chinese input method): placeholders need the ASCII brace “{expected}”.',
        zh: '全角花括号“{actual}”（中文输入法）：占位符必须使用半角花括号“{expected}”，否则不会被替换，买家会看到原样文字。',
        ru: 'Полноширинная скобка «{actual}» (от китайской раскладки): в плейсхолдере нужна обычная скобка «{expected}».',
      },
      unclosed: {
        en: 'Unclosed placeholder “{actual}”: add the closing “}”, or the buyer sees the raw text instead of the value.',
        zh: '占位符“{actual}”没有闭合：请补上“}”，否则买家看到的是原样代码而不是实际内容。',
        ru: 'Плейсхолдер «{actual}» не закрыт: добавьте «}», иначе покупатель увидит служебный текст вместо значения.',
      },
      unbalanced: {
        en: 'Unbalanced brace “{actual}”: braces only belong to placeholders; remove it or complete the placeholder.',
        zh: '花括号“{actual}”不成对：花括号只能用于占位符，请删除它或补全占位符。',
        ru: 'Непарная скобка «{actual}»: фигурные скобки используются только в плейсхолдерах; уберите её или допишите плейсхолдер.',
      },
      empty: {
        en: 'Empty placeholder “{actual}”: write the placeholder name inside the braces.',
        zh: '空的占位符“{actual}”：请在花括号中写上占位符名称。',
        ru: 'Пустой плейсхолдер «{actual}»: впишите имя плейсхолдера в скобки.',
      },
      type: {
        en: 'Invalid placeholder format in “{actual}” ({code}): use {name}, {n, number}, {n, plural, …} or {x, select, …}.',
        zh: '占位符格式无效：“{actual}”（{code}）。请使用 {name}、{n, number}、{n, plural, …} 或 {x, select, …}。',
        ru: 'Неверный формат плейсхолдера «{actual}» ({code}): используйте {name}, {n, number}, {n, plural, …} или {x, select, …}.',
      },
      plural: {
        en: 'Broken plural/select block at “{actual}” ({code}): write it as {n, plural, one {# день} few {# дня} many {# дней} other {# дня}}.',
        zh: '复数/选择块写法错误：“{actual}”（{code}）。正确写法：{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}。',
        ru: 'Ошибка в блоке plural/select «{actual}» ({code}): пишите так: {n, plural, one {# день} few {# дня} many {# дней} other {# дня}}.',
      },
      'other-missing': {
        en: 'The plural/select block “{actual}” needs an “other {…}” branch.',
        zh: '复数/选择块“{actual}”缺少“other {…}”分支。',
        ru: 'В блоке plural/select «{actual}» нужна ветка «other {…}».',
      },
      pound: {
        en: '“#” stands for the number only inside a plural branch; here the buyer sees “#”.',
        zh: '“#”只有在复数分支内才代表数字；这里买家会直接看到“#”。',
        ru: '«#» означает число только внутри ветки plural; здесь покупатель увидит сам знак «#».',
      },
      invalid: {
        en: 'Invalid placeholder syntax at “{actual}” ({code}).',
        zh: '占位符语法错误：“{actual}”（{code}）。',
        ru: 'Ошибка синтаксиса плейсхолдера «{actual}» ({code}).',
      },
    },
  },
  (context) => {
    check(context, context.target, 'target');
    if (context.source) check(context, context.source, 'source');
  },
);
