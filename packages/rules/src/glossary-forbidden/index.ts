import { defineRule } from '@otvet/core';
import { inflectLike } from '@otvet/glossary/lint';
import { glossaryIndexFor, quote } from '../lib/glossary.js';

/**
 * A forbidden variant of a glossary term, in any inflection, with the approved term
 * as the suggestion. Fixed automatically only where the inflection can be kept
 * (свободной доставки → бесплатной доставки); otherwise only suggested.
 */
export default defineRule(
  {
    id: 'glossary-forbidden',
    category: 'glossary',
    description: {
      en: 'A variant the glossary forbids (any inflection); the approved term is suggested, and fixed where the inflection can be kept.',
      zh: '使用了术语表禁止的译法（任何词形）；建议改用认可的术语，能保留词形时可自动修复。',
      ru: 'Вариант, запрещённый глоссарием (в любой форме); предлагается одобренный термин, а где форму можно сохранить — исправляется.',
    },
    fixable: true,
    recommended: 'warning',
    scope: 'target',
    defaults: {},
    messages: {
      forbidden: {
        en: '“{actual}” is a forbidden variant of “{id}” in the glossary; use {expected}.',
        zh: '“{actual}”是术语表中“{id}”的禁用译法；请改用 {expected}。',
        ru: '«{actual}» — запрещённый вариант термина «{id}»; используйте {expected}.',
      },
    },
  },
  (context) => {
    const index = glossaryIndexFor(context.resources);
    if (!index) return;
    const { value, parsed } = context.target;
    for (const hit of index.findRussian(parsed.masked, 'forbidden')) {
      // A translate: false term's renderings are wrong only where the source has the term (glossary-term).
      if (!hit.entry.translate) continue;
      const actual = value.slice(hit.start, hit.end);
      const approved = hit.entry.ru[0];
      const fixed = approved === undefined ? undefined : inflectLike(actual, hit.term, approved);
      context.report({
        messageId: 'forbidden',
        data: { actual, id: hit.entry.id, expected: (fixed ? [fixed] : hit.entry.ru).map(quote).join(' / ') },
        start: hit.start,
        end: hit.end,
        actual,
        expected: fixed ? [fixed] : [...hit.entry.ru],
        fix: fixed ? { start: hit.start, end: hit.end, text: fixed } : false,
      });
    }
  },
);
