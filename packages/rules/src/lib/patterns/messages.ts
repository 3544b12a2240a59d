/**
 * What is wrong with a phrase pattern, in every language of otvet: a phrasebook's author reads it
 * at the pattern's line and column (`{pattern}` is the pattern, `{token}` the token at fault).
 */
import { localize, type Localized } from '@otvet/core';

export const patternMessages = {
  'mixed-token': {
    en: 'pattern “{pattern}”: “{token}” mixes words and punctuation marks in one token',
    zh: '模式“{pattern}”：“{token}”把词和标点混在一个词元里',
    ru: 'шаблон «{pattern}»: «{token}» смешивает слова и знаки препинания в одном элементе',
  },
  'not-a-word': {
    en: 'pattern “{pattern}”: “{token}” is not a word, a stem (word*), a list (@name) or a punctuation mark',
    zh: '模式“{pattern}”：“{token}”既不是词、词干（word*）、列表（@name），也不是标点',
    ru: 'шаблон «{pattern}»: «{token}» — не слово, не основа (слово*), не список (@name) и не знак препинания',
  },
  anchor: {
    en: 'pattern “{pattern}”: “{token}” may only start (^) or end ($) a pattern',
    zh: '模式“{pattern}”：“{token}”只能放在模式开头（^）或结尾（$）',
    ru: 'шаблон «{pattern}»: «{token}» может стоять только в начале (^) или в конце ($) шаблона',
  },
  'bad-gap': {
    en: 'pattern “{pattern}”: a gap is * (up to {gap} words) or *1 to *9, not “{token}”',
    zh: '模式“{pattern}”：间隔写作 *（最多 {gap} 个词）或 *1 到 *9，而不是“{token}”',
    ru: 'шаблон «{pattern}»: пропуск пишется * (до {gap} слов) или от *1 до *9, а не «{token}»',
  },
  'named-placeholder': {
    en: 'pattern “{pattern}”: a placeholder is written {} in a pattern, without its name: “{token}”',
    zh: '模式“{pattern}”：模式中的占位符写作 {}，不带名称：“{token}”',
    ru: 'шаблон «{pattern}»: плейсхолдер в шаблоне пишется {} без имени: «{token}»',
  },
  brackets: {
    en: 'pattern “{pattern}”: unbalanced brackets in “{token}”',
    zh: '模式“{pattern}”：“{token}”中的方括号不成对',
    ru: 'шаблон «{pattern}»: непарные скобки в «{token}»',
  },
  empty: { en: 'pattern “{pattern}” is empty', zh: '模式“{pattern}”是空的', ru: 'шаблон «{pattern}» пуст' },
  'gap-edge': {
    en: 'pattern “{pattern}”: a gap may not start or end a pattern',
    zh: '模式“{pattern}”：间隔不能放在模式的开头或结尾',
    ru: 'шаблон «{pattern}»: пропуск не может начинать или заканчивать шаблон',
  },
  'no-word': {
    en: 'pattern “{pattern}” needs at least one required word',
    zh: '模式“{pattern}”至少需要一个必需的词',
    ru: 'в шаблоне «{pattern}» нужно хотя бы одно обязательное слово',
  },
  'unknown-list': { en: 'pattern “{pattern}”: unknown list “{token}”', zh: '模式“{pattern}”：未知的列表“{token}”', ru: 'шаблон «{pattern}»: неизвестный список «{token}»' },
  'too-many': { en: 'a phrase has more than {count} patterns', zh: '一个短语的模式超过 {count} 个', ru: 'у фразы больше {count} шаблонов' },
  blanks: {
    en: 'pattern “{pattern}”: tokens are separated by one space, with none before the first or after the last',
    zh: '模式“{pattern}”：词元之间只用一个空格分隔，开头和结尾不能有空格',
    ru: 'шаблон «{pattern}»: элементы разделяются одним пробелом, без пробелов в начале и в конце',
  },
  'list-in-phrasebook': {
    en: 'pattern “{pattern}”: a phrasebook cannot use lists ({token}); write the words as alternatives, such as просим|умоляем',
    zh: '模式“{pattern}”：短语库不能使用列表（{token}）；请把词写成备选项，例如 просим|умоляем',
    ru: 'шаблон «{pattern}»: в словаре фраз нельзя использовать списки ({token}); напишите слова как варианты, например просим|умоляем',
  },
} satisfies Record<string, Localized>;

export type PatternMessageId = keyof typeof patternMessages;

/** The message in every language, its slots filled. */
export function patternText(id: PatternMessageId, data: Record<string, string | number>): Localized {
  const m: Localized = patternMessages[id];
  return { en: localize(m, 'en', data), zh: localize(m, 'zh', data), ru: localize(m, 'ru', data) };
}
