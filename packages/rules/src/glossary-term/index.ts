import { defineRule } from '@otvet/core';
import { glossaryIndexFor, quote } from '../lib/glossary.js';

/**
 * The source text has a glossary term and the Russian text has none of its approved
 * terms (in any inflection; a multiword term's words in any order within a clause); a `translate: false` term (亲) instead must not appear
 * rendered (its listed renderings, in any inflection).
 */
export default defineRule(
  {
    id: 'glossary-term',
    category: 'glossary',
    description: {
      en: 'A glossary term in the source must be rendered with an approved Russian term (any inflection); a translate: false term must not be rendered.',
      zh: '原文中的术语必须使用术语表认可的俄语译法（任何词形均可）；标记为 `translate: false` 的术语不得翻译出来。',
      ru: 'Термин глоссария в оригинале передаётся одобренным русским термином (в любой форме); термин с `translate: false` не переводится.',
    },
    fixable: false,
    recommended: 'warning',
    scope: 'pair',
    defaults: {},
    messages: {
      missing: {
        en: '“{source}” is “{id}” in the glossary: the Russian text should use {expected}.',
        zh: '“{source}”是术语表中的“{id}”：俄语译文应使用 {expected}。',
        ru: '«{source}» — термин глоссария «{id}»: в русском тексте должно быть {expected}.',
      },
      translated: {
        en: '“{actual}” renders “{source}”, which is not translated in Russian replies ({id}): leave it out of the Russian text.',
        zh: '“{actual}”是“{source}”的译文，而该词在俄语回复中不应翻译（{id}）：请从俄语文本中删去。',
        ru: '«{actual}» передаёт «{source}», а это слово в русских ответах не переводится ({id}): уберите его из русского текста.',
      },
      'translated-note': {
        en: '“{actual}” renders “{source}”, which is not translated in Russian replies ({id}): leave it out of the Russian text. The glossary’s note: “{note}”',
        zh: '“{actual}”是“{source}”的译文，而该词在俄语回复中不应翻译（{id}）：请从俄语文本中删去。术语表备注：“{note}”',
        ru: '«{actual}» передаёт «{source}», а это слово в русских ответах не переводится ({id}): уберите его из русского текста. Примечание глоссария: «{note}»',
      },
    },
  },
  (context) => {
    const source = context.source;
    const index = glossaryIndexFor(context.resources);
    if (!source || !index) return;
    const hits = index.findSource(source.parsed.masked, source.locale);
    if (hits.length === 0) return;
    const target = context.target.parsed.masked;
    // A multiword term counts in any word order within a clause, in agreeing forms (доставку … бесплатной).
    const present = new Set(index.findRussianInClauses(target, 'ru').map((h) => h.entry));
    const done = new Set<string>();
    for (const hit of hits) {
      const { entry } = hit;
      if (done.has(entry.id)) continue;
      done.add(entry.id);
      if (!entry.translate) {
        for (const r of index.findRussian(target, 'forbidden')) {
          if (r.entry !== entry) continue;
          const actual = context.target.value.slice(r.start, r.end);
          // The note is the glossary's own text, in whatever language it was written: quoted.
          const note = entry.note?.trim();
          context.report({
            messageId: note ? 'translated-note' : 'translated', data: { actual, source: hit.term, id: entry.id, ...(note ? { note } : {}) },
            start: r.start, end: r.end, actual, fix: false,
          });
        }
        continue;
      }
      if (entry.ru.length === 0 || present.has(entry)) continue;
      context.report({
        messageId: 'missing',
        data: { source: hit.term, id: entry.id, expected: entry.ru.map(quote).join(' / ') },
        in: 'source',
        start: hit.start,
        end: hit.end,
        actual: hit.term,
        expected: [...entry.ru],
        fix: false,
      });
    }
  },
);
