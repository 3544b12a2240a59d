import { defineRule } from '@otvet/core';
import { isBlank, isCyrillic, isLetter, urlLikeAround } from '../lib/typography-text.js';
import { quotedMask } from '../lib/quotes.js';

/** The Russian word (letters only) that ends at `end`, or starts at `start`. */
function wordEndingAt(text: string, end: number): string {
  let s = end;
  while (s > 0 && isLetter(text[s - 1])) s--;
  return text.slice(s, end);
}
function wordStartingAt(text: string, start: number): string {
  let e = start;
  while (e < text.length && isLetter(text[e])) e++;
  return text.slice(start, e);
}

/** A Russian word of two or more letters: «Wi-Fi 6E+», «C++», «+7», «5+» have none. */
const russianWord = (w: string): boolean => w.length >= 2 && [...w].every((c) => isCyrillic(c));

/**
 * «&» or «+» between two Russian words standing for «и»: «доставка & возврат», «размер +
 * цвет», «куртка+шапка». Numbers (+7, 5+, 1 + 1), Latin (C++, Wi-Fi 6E+, H&M), URLs and
 * quoted names («Дом & Сад») are left alone.
 */
export default defineRule({
  id: 'typography-and-sign',
  category: 'typography',
  description: {
    en: 'No «&» or «+» for «и» between Russian words («доставка & возврат», «размер + цвет»).',
    zh: '俄语词之间不要用“&”或“+”代替“и”（和）（如 «доставка & возврат»、«размер + цвет»）。',
    ru: 'Без «&» и «+» вместо «и» между русскими словами («доставка & возврат», «размер + цвет»).',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  defaults: {},
  messages: {
    and: {
      en: '“{actual}” stands for «и» between words. In a Russian sentence it reads like a banner or a note to oneself; write “{expected}”.',
      zh: '这里的“{actual}”是用来代替“и”（和）的。在俄语句子里这样写像广告横幅或随手笔记，买家会觉得不正式。请改为 “{expected}”。',
      ru: '«{actual}» вместо «и» между словами в предложении выглядит как баннер или заметка для себя. Напишите «{expected}».',
    },
  },
}, (context) => {
  const text = context.target.parsed.masked;
  let quoted: Uint8Array | undefined;
  const urlLike = urlLikeAround(text);
  for (const m of text.matchAll(/[&+]/gu)) {
    const at = m.index;
    let s = at;
    while (s > 0 && isBlank(text[s - 1]) && at - s < 2) s--;
    let e = at + 1;
    while (e < text.length && isBlank(text[e]) && e - at < 3) e++;
    const before = wordEndingAt(text, s);
    const after = wordStartingAt(text, e);
    if (!russianWord(before) || !russianWord(after)) continue;
    // «&&», «++», «+-»: not a lone sign.
    if (text[at - 1] === m[0] || text[at + 1] === m[0]) continue;
    if (urlLike(at)) continue;
    if ((quoted ??= quotedMask(text))[at] === 1) continue;
    const expected = `${before} и ${after}`;
    context.report({
      messageId: 'and',
      data: { actual: m[0], expected },
      start: at,
      end: at + 1,
      actual: m[0],
      expected: [expected],
      fix: { start: s, end: e, text: ' и ' },
    });
  }
});
