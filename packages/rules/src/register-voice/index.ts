import { defineRule } from '@otvet/core';
import { analyse, inflect, type Reading } from '@otvet/morph';
import data from './sign-offs.yaml';
import { PhraseSet, type PolicyPhrases } from '../lib/policy-phrases.js';
import { sentencesOfView, type Token } from '../lib/patterns/index.js';
import { quotedMask } from '../lib/quotes.js';

export const phrases = new PhraseSet(data as PolicyPhrases);

/** Past-tense verbs, short adjectives and short participles in the singular show the speaker's gender. */
function genderedReading(word: string): Reading | undefined {
  return analyse(word).find(
    (r) => (r.pos === 'VERB' && r.has('past', 'sing')) || ((r.pos === 'ADJS' || r.pos === 'PRTS') && r.has('sing') && (r.has('masc') || r.has('femn'))),
  );
}

/** «сам/сама» (я сама проверила): gendered too, and part of the phrase. */
const isSelf = (word: string): boolean => word === 'сам' || word === 'сама';

/** Words that may stand between «я» and the gendered form: adverbs, particles, «вам/вас», «бы». */
function isSkippable(word: string): boolean {
  const readings = analyse(word);
  // «на», «и», «что» are also particles: a preposition or a conjunction ends the phrase.
  if (readings.some((r) => r.pos === 'PREP' || r.pos === 'CONJ')) return false;
  return readings.some((r) => r.pos === 'ADVB' || r.pos === 'PRCL' || (r.pos === 'NPRO' && !r.has('nomn')));
}

/** The plural of a gendered form: отправил(а) → отправили, ошиблась → ошиблись, рада → рады, сама → сами. */
function plural(token: Token): string {
  if (isSelf(token.norm)) return 'сами';
  const reading = genderedReading(token.norm);
  return (reading && inflect(reading, ['plur'])[0]) ?? token.norm;
}

const capital = (s: string, like: string): string => (like[0] !== like[0]!.toLowerCase() ? s[0]!.toUpperCase() + s.slice(1) : s);

interface Hit {
  kind: 'first-person' | 'signature' | 'sign-off';
  start: number;
  end: number;
  expected: string[];
}

/** «я» with a gendered form after it (я отправил, я очень рада, я сама проверила), and «Рад(а) помочь». */
function firstPerson(sentence: readonly Token[], value: string): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const t = sentence[i]!;
    if (t.kind !== 'word') continue;
    if (t.norm === 'я') {
      let last = -1;
      let skipped = 0;
      for (let j = i + 1; j < sentence.length && skipped <= 3; j++) {
        const w = sentence[j]!;
        if (w.kind !== 'word') break;
        // After the first gendered form, a word that may be a noun (берег: also «берёг») ends the phrase.
        const g = genderedReading(w.norm);
        if (isSelf(w.norm) || (g && (last < 0 || g.pos !== 'VERB' || !analyse(w.norm).some((r) => r.pos === 'NOUN')))) last = j;
        else if (isSkippable(w.norm)) skipped++;
        else break;
      }
      if (last < 0) continue;
      const words = sentence.slice(i, last + 1);
      const expected = words
        .map((w, k) => (k === 0 ? capital('мы', w.text) : isSelf(w.norm) || genderedReading(w.norm) ? capital(plural(w), w.text) : w.text))
        .join(' ');
      hits.push({ kind: 'first-person', start: t.start, end: sentence[last]!.end, expected: [expected] });
      i = last;
    } else if ((t.norm === 'рад' || t.norm === 'рада') && (i === 0 || sentence[i - 1]!.kind === 'punct')) {
      // «Рада помочь!», «Спасибо, рад помочь»: the speaker without «я».
      const next = sentence[i + 1];
      if (next && next.kind === 'word' && value.slice(t.end, next.start).trim() === '') {
        hits.push({ kind: 'first-person', start: t.start, end: t.end, expected: [capital('мы рады', t.text)] });
      }
    }
  }
  return hits;
}

/** «Ваша Маша», «ваш Дима»: a sign-off with a first name, as between friends. */
function signature(sentence: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i + 1 < sentence.length; i++) {
    const t = sentence[i]!;
    const name = sentence[i + 1]!;
    if (t.kind !== 'word' || (t.norm !== 'ваш' && t.norm !== 'ваша') || name.kind !== 'word') continue;
    if (name.text[0] === name.text[0]!.toLowerCase()) continue;
    if (!analyse(name.norm).some((r) => r.has('Name', 'nomn'))) continue;
    const after = sentence[i + 2];
    if (after && after.kind === 'word' && !analyse(after.norm).some((r) => r.has('Surn') || r.has('Patr'))) continue;
    hits.push({ kind: 'signature', start: t.start, end: (after?.kind === 'word' ? after : name).end, expected: ['С уважением, команда магазина'] });
  }
  return hits;
}

/**
 * The shop's voice: a company answers as «мы». Reported: a gendered first person singular
 * (я отправил, я очень рада, я сама проверила, «Рада помочь»), found with the morphological
 * analyser; an intimate sign-off (Обнимаю, Целую: ./sign-offs.yaml); a signature with a first
 * name as between friends (Ваша Маша). Quoted text (the buyer's words) is not checked.
 */
export default defineRule(
  {
    id: 'register-voice',
    category: 'register',
    description: {
      en: 'The shop speaks as «мы»: no gendered first person singular («Я рада помочь», «Я отправил»), no intimate sign-offs («Обнимаю», «Ваша Маша»).',
      zh: '店铺要以“мы”（我们）的口吻说话：不要用带性别的第一人称单数（«Я рада помочь»、«Я отправил»），也不要用亲昵的落款（«Обнимаю»、«Ваша Маша»）。',
      ru: 'Магазин говорит «мы»: без первого лица с родом («Я рада помочь», «Я отправил») и без интимных подписей («Обнимаю», «Ваша Маша»).',
    },
    fixable: false,
    recommended: 'warning',
    scope: 'target',
    defaults: {},
    messages: {
      'first-person': {
        en: '“{actual}” speaks for the shop as one man or one woman: the Russian form shows the writer’s gender, and the buyer wonders who is answering. A shop answers as «мы»; write “{expected}”.',
        zh: '“{actual}”是带性别的第一人称单数：俄语的动词或形容词形式会显示写信人是男是女，买家会疑惑到底是谁在回复。店铺回复应使用“мы”（我们），请改为“{expected}”。',
        ru: '«{actual}» — магазин говорит от лица одного человека, и форма слова выдаёт пол автора. Магазин отвечает от лица «мы»: «{expected}».',
      },
      signature: {
        en: '“{actual}” signs the reply like a letter to a friend (“your Masha”). From a shop it sounds over-familiar; sign as the shop: “{expected}”.',
        zh: '“{actual}”像是写给朋友的落款（“你的玛莎”），店铺这样署名显得过分亲昵。请以店铺名义署名：“{expected}”（此致，店铺团队）。',
        ru: '«{actual}» — подпись как в письме другу. От магазина это звучит фамильярно; подпишитесь от магазина: «{expected}».',
      },
      'sign-off': {
        en: '“{actual}” (hugs, kisses) is how one ends a letter to family or a close friend. From a shop it sounds over-familiar; end with “Хорошего дня!” or “С уважением, команда магазина”.',
        zh: '“{actual}”（拥抱、亲吻）是写给家人或好友的结束语，店铺这样写会让买家觉得过分亲昵甚至不舒服。请改为 “Хорошего дня!”（祝您愉快）或 “С уважением, команда магазина”（此致，店铺团队）。',
        ru: '«{actual}» — так заканчивают письмо родным или близкому другу; от магазина это звучит фамильярно. Напишите «Хорошего дня!» или «С уважением, команда магазина».',
      },
    },
  },
  (context) => {
    const { value } = context.target;
    const sentences = sentencesOfView(context.target);
    let quoted: Uint8Array | undefined;
    const inQuotes = (at: number): boolean => (quoted ??= quotedMask(value))[at] === 1;
    const hits: Hit[] = [];
    for (const sentence of sentences) hits.push(...firstPerson(sentence, value), ...signature(sentence));
    for (const hit of phrases.find(sentences)) hits.push({ kind: 'sign-off', start: hit.start, end: hit.end, expected: [] });
    hits.sort((a, b) => a.start - b.start);
    for (const hit of hits) {
      if (inQuotes(hit.start)) continue;
      const actual = value.slice(hit.start, hit.end);
      context.report({
        messageId: hit.kind,
        data: hit.expected.length ? { actual, expected: hit.expected[0]! } : { actual },
        start: hit.start,
        end: hit.end,
        actual,
        ...(hit.expected.length ? { expected: hit.expected } : {}),
        fix: false,
      });
    }
  },
);
