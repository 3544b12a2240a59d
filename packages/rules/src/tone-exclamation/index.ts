import { defineRule } from '@otvet/core';
import { uregex } from '../lib/unicode.js';

/** Runs of ! and ? (ASCII and full-width), with a “!!1” tail when the run is already doubled. */
const RUN = uregex(String.raw`[!?！？]{2,}(?:[1１]+(?![\p{L}\p{N}]))?|[!?！？]`, 'gu');
const BANG = /[!！]/u;
const QUESTION = /[?？]/u;
/** The codified combinations of a question and an exclamation (Rosenthal): allowed. */
const ALLOWED = new Set(['?!', '!?']);

export interface ExclamationOptions {
  /** Most exclamatory sentences per template; 0 = no limit. */
  max: number;
}

/**
 * Repeated exclamation and question marks (!!, !!!, ?!!, !!1, ??) read as shouting
 * or panic. Ozon's chat etiquette asks for no excessive punctuation. The single
 * codified «?!» (and «!?») is allowed. Optionally, too many exclamatory sentences
 * in one template are reported once.
 */
export default defineRule<ExclamationOptions>({
  id: 'tone-exclamation',
  category: 'tone',
  description: {
    en: 'One ! at a time (no !!, !!!, ?!!, ??), and not too many exclamations per template.',
    zh: '感叹号只用一个（不要 !!、!!!、?!!、??），每条模板里的感叹句也不宜过多。',
    ru: 'Один знак за раз (без !!, !!!, ?!!, ??) и не слишком много восклицаний в одном шаблоне.',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      max: { type: 'integer', minimum: 0, description: 'Most exclamatory sentences per template; 0 turns the count off.' },
    },
  },
  defaults: { max: 3 },
  messages: {
    repeated: {
      en: 'Write one “{expected}” instead of “{actual}”: repeated marks read as shouting or panic to a Russian buyer, and Ozon’s chat etiquette asks for no excessive punctuation.',
      zh: '请把“{actual}”改成一个“{expected}”：连续的感叹号/问号在俄罗斯买家看来像是在大喊或惊慌，Ozon 的聊天规范也要求不要滥用标点。',
      ru: 'Поставьте один знак «{expected}» вместо «{actual}»: повторённые знаки звучат как крик или паника, а правила общения Ozon просят обходиться без лишней пунктуации.',
    },
    'too-many': {
      en: 'Too many exclamations: this is exclamation mark number {count}, more than {max} per template. End most sentences with a period: a reply full of “!” sounds overexcited.',
      zh: '感叹号太多：这是本模板的第 {count} 个感叹号，超过了每条模板 {max} 个的上限。大多数句子请用句号结尾：满篇“!”在俄语里显得过分激动、不稳重。',
      ru: 'Слишком много восклицаний: это {count}-й восклицательный знак, больше {max} на шаблон. Заканчивайте большинство предложений точкой: ответ, полный «!», звучит взвинченно.',
    },
  },
}, (context) => {
  const { parsed } = context.target;
  const { max } = context.options;
  // Branch text of a plural/select is one of several alternatives: leave it out of the count.
  const inBranches = (offset: number): boolean => parsed.placeholders.some((p) => p.branches && offset >= p.start && offset < p.end);
  let exclamations = 0;
  let reportedCount = false;
  for (const match of parsed.masked.matchAll(RUN)) {
    const actual = match[0];
    const start = match.index;
    const end = start + actual.length;
    const hasBang = BANG.test(actual);
    if (actual.length >= 2 && !ALLOWED.has(actual)) {
      const expected = QUESTION.test(actual) ? '?' : '!';
      context.report({ messageId: 'repeated', data: { actual, expected }, start, end, actual, expected: [expected] });
    }
    if (!hasBang || inBranches(start)) continue;
    exclamations++;
    if (max > 0 && exclamations > max && !reportedCount) {
      reportedCount = true;
      context.report({ messageId: 'too-many', data: { count: exclamations, max }, start, end, actual });
    }
  }
});
