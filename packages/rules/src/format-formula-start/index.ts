import { defineRule, type TextView } from '@otvet/core';

/** What a spreadsheet reads as the start of a formula (or a command, for the blanks). */
const SIGNS = new Set(['=', '+', '-', '@']);
const BLANKS: Readonly<Record<string, 'tab' | 'return'>> = { '\t': 'tab', '\r': 'return' };
/** Spaces a spreadsheet may trim before it looks at the first character. */
const LEADING = /^[ \u00A0]*/u;

/**
 * A text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return: opened in Excel or
 * WPS, the pack's table cell is read as a formula (and may run one). The pack writer
 * neutralises the cell; the text should still not depend on it.
 */
export default defineRule({
  id: 'format-formula-start',
  category: 'format',
  description: {
    en: 'A text does not start with =, +, -, @, a tab or a carriage return, which spreadsheets read as a formula.',
    zh: '文本不要以 =、+、-、@、制表符或回车符开头：电子表格会把它当作公式。',
    ru: 'Текст не начинается с =, +, -, @, табуляции или возврата каретки: таблицы читают такое начало как формулу.',
  },
  fixable: false,
  recommended: 'warning',
  scope: 'target',
  defaults: {},
  messages: {
    sign: {
      en: 'The text starts with “{actual}”. When the pack’s table is opened in Excel or WPS, a cell that starts with =, +, - or @ is read as a formula: the reply shows as an error or is changed, and a crafted one can run commands. Start the reply with a word: instead of “- Размер M” write “Размер: M”, instead of “+ подарок” write “В подарок — …”.',
      zh: '文本以“{actual}”开头。用 Excel 或 WPS 打开话术包的表格时，以 =、+、-、@ 开头的单元格会被当作公式：回复会显示成错误或被改掉，被恶意构造的内容甚至能执行命令。请用文字开头，不要用“-”或“+”当列表符号：例如不要写 «- Размер M»，改成 «Размер: M»；不要写 «+ подарок»，改成 «В подарок — …»。',
      ru: 'Текст начинается с «{actual}». Когда таблицу пакета открывают в Excel или WPS, ячейка, начинающаяся с =, +, - или @, читается как формула: ответ превращается в ошибку или искажается, а специально составленный может выполнить команду. Начните ответ со слова: вместо «- Размер M» — «Размер: M», вместо «+ подарок» — «В подарок — …».',
    },
    tab: {
      en: 'The text starts with a tab. Spreadsheets treat a cell that starts with one like a formula, and the chat shows it as a stray gap. Start the reply with its first word.',
      zh: '文本以制表符（Tab）开头。电子表格会把以它开头的单元格当作公式处理，聊天窗口里也会显示成一段多余的空白。请让回复直接从第一个词开始。',
      ru: 'Текст начинается с табуляции. Таблицы обрабатывают ячейку, которая с неё начинается, как формулу, а в чате она выглядит лишним отступом. Начните ответ сразу с первого слова.',
    },
    return: {
      en: 'The text starts with a carriage return (CR). Spreadsheets treat a cell that starts with one like a formula, and the chat shows an empty first line. Start the reply with its first word.',
      zh: '文本以回车符（CR）开头。电子表格会把以它开头的单元格当作公式处理，聊天窗口里第一行也会是空的。请让回复直接从第一个词开始。',
      ru: 'Текст начинается с возврата каретки (CR). Таблицы обрабатывают ячейку, которая с него начинается, как формулу, а в чате первая строка окажется пустой. Начните ответ сразу с первого слова.',
    },
  },
}, (context) => {
  const views: ['target' | 'source', TextView][] = [['target', context.target]];
  if (context.source) views.push(['source', context.source]);
  for (const [where, view] of views) {
    const { value } = view;
    const at = LEADING.exec(value)![0].length;
    const first = value[at];
    if (first === undefined) continue;
    if (SIGNS.has(first)) context.report({ messageId: 'sign', data: { actual: first }, start: at, end: at + 1, in: where, actual: first, fix: false });
    else if (BLANKS[first]) context.report({ messageId: BLANKS[first]!, start: at, end: at + 1, in: where, actual: first, fix: false });
  }
});
