/**
 * Project word lists (`dictionaries:` in the config): plain text, one word per
 * line, compatible with hunspell's .dic and personal dictionaries. A first line
 * that is only a number (a .dic word count) is skipped; `#` starts a comment (a
 * whole line, or after a blank); anything after a tab (hunspell's morphological
 * fields) is ignored. Affix flags (`word/AB`) cannot be expanded without the
 * affix file, so they are an error: list every form instead.
 */
import { UserError, UserErrors } from './errors.js';
import type { Localized } from './i18n.js';

/** Letters (any script) and combining marks, with inner hyphens, apostrophes and periods. */
export const WORD_PATTERN = "^[\\p{L}\\p{M}]([\\p{L}\\p{M}'’.-]*[\\p{L}\\p{M}.])?$";
/** Built on first use: a \p{…} regex costs V8 a class built from ICU's tables, and most runs read no word list. */
let wordRegex: RegExp | undefined;

export const wordListMessages = {
  space: {
    en: '“{text}” is not one word: write one word per line (each word of a phrase on its own line).',
    zh: '“{text}”不是一个单词：每行只写一个单词（词组请拆开，每个单词各占一行）。',
    ru: '«{text}» — не одно слово: пишите по одному слову в строке (слова словосочетания — на отдельных строках).',
  },
  flags: {
    en: '“{text}” has hunspell affix flags, which cannot be expanded without the affix file: list every form of the word on its own line.',
    zh: '“{text}”带有 hunspell 词缀标记，没有词缀文件无法展开：请把这个词的每个词形各写一行。',
    ru: '«{text}» содержит флаги аффиксов hunspell, а без файла аффиксов их не развернуть: перечислите все формы слова, каждую в своей строке.',
  },
  invalid: {
    en: '“{text}” is not a word: use letters, with hyphens, apostrophes or periods inside.',
    zh: '“{text}”不是单词：只能由字母组成，中间可以有连字符、撇号或句点。',
    ru: '«{text}» — не слово: допустимы буквы, а внутри слова — дефис, апостроф или точка.',
  },
} satisfies Record<string, Localized>;

/**
 * The words of a word list, in file order. Every bad line is reported at its
 * line and column (1-based, UTF-16 columns); all of them at once.
 */
export function parseWordList(path: string, text: string): string[] {
  const words: string[] = [];
  const errors: UserError[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (i === 0) line = line.replace(/^\uFEFF/u, '');
    if (i === 0 && /^\s*\d+\s*$/u.test(line)) return;
    const tab = line.indexOf('\t');
    if (tab >= 0) line = line.slice(0, tab);
    const comment = /(^|\s)#/u.exec(line);
    if (comment) line = line.slice(0, comment.index);
    const start = line.length - line.trimStart().length;
    const word = line.trim();
    if (word === '') return;
    const at = { path, line: i + 1, column: start + 1 };
    if (/\s/u.test(word)) errors.push(new UserError(wordListMessages.space, { text: word }, at));
    else if (word.includes('/')) errors.push(new UserError(wordListMessages.flags, { text: word }, at));
    else if (!(wordRegex ??= new RegExp(WORD_PATTERN, 'u')).test(word)) errors.push(new UserError(wordListMessages.invalid, { text: word }, at));
    else words.push(word.normalize('NFC'));
  });
  if (errors.length) throw new UserErrors(errors);
  return words;
}
