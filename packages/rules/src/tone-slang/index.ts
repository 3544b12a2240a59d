import { defineRule } from '@otvet/core';
import data from './slang.yaml';
import { findLexiconWords, lexiconIndex, type Lexicon } from '../lib/tone-lexicon.js';

export const lexicon = data as Lexicon;

/**
 * Slang and chat abbreviations (ок, спс, плиз, щас, инфа…) read as careless in a
 * seller's reply. A closed list of whole words with every inflected form; the fix
 * is offered only where one neutral word replaces it for certain (спс → спасибо).
 */
export default defineRule({
  id: 'tone-slang',
  category: 'tone',
  description: {
    en: 'No slang or chat abbreviations (ок, спс, плиз, щас): write the neutral word.',
    zh: '不要使用俚语或聊天缩写（ок、спс、плиз、щас）：请写完整的中性词。',
    ru: 'Без сленга и чатовых сокращений (ок, спс, плиз, щас): пишите нейтральное слово.',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  defaults: {},
  messages: {
    slang: {
      en: 'Write “{expected}” instead of the slang “{actual}”: to a Russian buyer chat slang in a seller’s reply sounds careless and unprofessional.',
      zh: '请把俚语/网络缩写“{actual}”改为“{expected}”：卖家回复里出现聊天俚语，俄罗斯买家会觉得随便、不专业。',
      ru: 'Напишите «{expected}» вместо разговорного «{actual}»: сленг в ответе продавца звучит небрежно и непрофессионально.',
    },
    remove: {
      en: 'Remove “{actual}”: laughter and filler words in a seller’s reply sound careless to a Russian buyer.',
      zh: '请删除“{actual}”：卖家回复里的笑声词、口头禅会让俄罗斯买家觉得随便、不专业。',
      ru: 'Уберите «{actual}»: смех и слова-паразиты в ответе продавца звучат небрежно.',
    },
  },
}, (context) => {
  const { parsed } = context.target;
  for (const match of findLexiconWords(parsed.masked, lexiconIndex(lexicon))) {
    const base = { start: match.start, end: match.end, actual: match.actual };
    if (match.expected.length === 0) {
      context.report({ ...base, messageId: 'remove', data: { actual: match.actual } });
      continue;
    }
    context.report({
      ...base,
      messageId: 'slang',
      data: { actual: match.actual, expected: match.expected.join(' / ') },
      expected: match.expected,
      ...(match.fixable ? {} : { fix: false as const }),
    });
  }
});
