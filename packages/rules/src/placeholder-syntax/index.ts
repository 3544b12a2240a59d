import { MASK, argumentNames, defineRule, parsePlaceholders, type RuleContext, type TextView } from '@otvet/core';
import { uregex } from '../lib/unicode.js';

type Messages = 'fullwidth' | 'unclosed' | 'unbalanced' | 'empty' | 'empty-choice' | 'empty-unknown' | 'type' | 'plural' | 'other-missing' | 'pound' | 'invalid';

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


/** The name of the placeholder a parser error at `at` is inside: `days` of `{days, plural, one … one …}`. */
function enclosingName(value: string, at: number): string | undefined {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (value[i] === '}') depth++;
    else if (value[i] === '{' && depth-- === 0) return /^\{\s*([^\s,{}]+)/u.exec(value.slice(i))?.[1];
  }
  return undefined;
}

/**
 * The template's placeholders an empty `{}` in `view` may stand for: the one the other text has
 * and this one lacks, else the declared ones this text does not use yet.
 */
function candidates(context: RuleContext<Record<string, never>>, view: TextView, other: TextView | undefined): string[] {
  const mine = argumentNames(view.parsed.placeholders);
  const lacking = other ? [...argumentNames(other.parsed.placeholders)].filter((n) => !mine.has(n)) : [];
  if (lacking.length === 1) return lacking;
  const unused = Object.keys(context.placeholders).filter((n) => !mine.has(n));
  return unused.length ? unused : Object.keys(context.placeholders);
}

function check(context: RuleContext<Record<string, never>>, view: TextView, where: 'target' | 'source', other: TextView | undefined): void {
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
      let messageId: Messages = kind;
      if (kind === 'type' || kind === 'plural') {
        // The forms to write, with the placeholder's own name.
        const name = enclosingName(value, start);
        if (name) data.name = name;
        else messageId = 'invalid';
      } else if (kind === 'empty') {
        const names = candidates(context, view, other);
        if (names.length === 1) data.expected = `{${names[0]}}`;
        else if (names.length > 1) data.choices = names.map((n) => `{${n}}`).join(', ');
        messageId = names.length === 1 ? 'empty' : names.length > 1 ? 'empty-choice' : 'empty-unknown';
      }
      report({ messageId, data, start, end: e, fix: false });
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
        en: 'Empty placeholder “{actual}”: nothing fills it, and the buyer sees the braces. Write the placeholder meant here: {expected}.',
        zh: '空的占位符“{actual}”：没有内容会填进去，买家会看到一对空花括号。请写成这里要用的占位符：{expected}。',
        ru: 'Пустой плейсхолдер «{actual}»: его нечем заполнить, и покупатель увидит пустые скобки. Напишите нужный здесь плейсхолдер: {expected}.',
      },
      'empty-choice': {
        en: 'Empty placeholder “{actual}”: nothing fills it, and the buyer sees the braces. Write the template’s placeholder meant here, one of {choices}.',
        zh: '空的占位符“{actual}”：没有内容会填进去，买家会看到一对空花括号。请写成这里要用的模板占位符：{choices} 之一。',
        ru: 'Пустой плейсхолдер «{actual}»: его нечем заполнить, и покупатель увидит пустые скобки. Напишите нужный здесь плейсхолдер шаблона: один из {choices}.',
      },
      'empty-unknown': {
        en: 'Empty placeholder “{actual}”: nothing fills it, and the buyer sees the braces. The template declares no placeholders: write the value itself, or declare a placeholder under placeholders: and write its name inside the braces.',
        zh: '空的占位符“{actual}”：没有内容会填进去，买家会看到一对空花括号。模板没有声明任何占位符：请直接写出实际内容，或在 placeholders: 中声明一个占位符，再把它的名称写进花括号。',
        ru: 'Пустой плейсхолдер «{actual}»: его нечем заполнить, и покупатель увидит пустые скобки. В шаблоне не объявлено плейсхолдеров: напишите само значение или объявите плейсхолдер в placeholders: и впишите его имя в скобки.',
      },
      type: {
        en: 'Invalid placeholder format in “{actual}” ({code}): write {{name}} for the value as it is, {{name}, number} for a number, or a block {{name}, plural, …} or {{name}, select, …}.',
        zh: '占位符格式无效：“{actual}”（{code}）。请写成 {{name}}（原样插入值）、{{name}, number}（数字），或 {{name}, plural, …}、{{name}, select, …} 块。',
        ru: 'Неверный формат плейсхолдера в «{actual}» ({code}): пишите {{name}} (значение как есть), {{name}, number} (число) или блок {{name}, plural, …} либо {{name}, select, …}.',
      },
      plural: {
        en: 'Broken plural/select block at “{actual}” ({code}): write it as {{name}, plural, one {# день} few {# дня} many {# дней} other {# дня}}, each branch once, with the noun of your text.',
        zh: '复数/选择块写法错误：“{actual}”（{code}）。请写成 {{name}, plural, one {# день} few {# дня} many {# дней} other {# дня}}，每个分支只写一次，名词换成文本中的名词。',
        ru: 'Ошибка в блоке plural/select «{actual}» ({code}): пишите {{name}, plural, one {# день} few {# дня} many {# дней} other {# дня}}, каждую ветку один раз, с существительным вашего текста.',
      },
      'other-missing': {
        en: 'The plural/select block “{actual}” needs an “other {…}” branch.',
        zh: '复数/选择块“{actual}”缺少“other {…}”分支。',
        ru: 'В блоке plural/select «{actual}» нужна ветка «other {…}».',
      },
      pound: {
        en: '“#” stands for the number only inside a plural branch; here the buyer sees “#”. For the number sign write «№»; for a count, put the “#” inside a plural block of its placeholder.',
        zh: '“#”只有在复数分支内才代表数字；这里买家会直接看到“#”。如果要表示“编号”，请写 «№»；如果要表示数量，请把“#”放进对应占位符的复数块中。',
        ru: '«#» означает число только внутри ветки plural; здесь покупатель увидит сам знак «#». Для номера пишите «№», для количества поставьте «#» в блок plural его плейсхолдера.',
      },
      invalid: {
        en: 'Invalid placeholder syntax at “{actual}” ({code}): the buyer would see the braces as they are. Write each placeholder as its declared name in braces, or remove the braces.',
        zh: '占位符语法错误：“{actual}”（{code}），买家会看到原样的花括号。请把每个占位符写成花括号里的已声明名称，或删除花括号。',
        ru: 'Ошибка синтаксиса плейсхолдера «{actual}» ({code}): покупатель увидит скобки как есть. Пишите каждый плейсхолдер как объявленное имя в фигурных скобках или уберите скобки.',
      },
    },
  },
  (context) => {
    check(context, context.target, 'target', context.source);
    if (context.source) check(context, context.source, 'source', context.target);
  },
);
