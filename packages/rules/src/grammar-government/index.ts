import { defineRule } from '@otvet/core';
import { sentencesOfView } from '../lib/patterns/index.js';
import { findGovernmentErrors, type Case, type Finding } from './government.js';
import { findNominativeObjects } from './object.js';
import { grammarSentencesOfView, writeAdvice } from '../lib/grammar.js';

/** Case names: the governed case (nominative form) and the found one (as the message needs it). */
const NAMES: Record<Case, { en: string; zh: string; ru: string; ruIn: string }> = {
  nomn: { en: 'nominative', zh: '主格（第一格）', ru: 'именительный', ruIn: 'именительном' },
  gent: { en: 'genitive', zh: '属格（第二格）', ru: 'родительный', ruIn: 'родительном' },
  datv: { en: 'dative', zh: '与格（第三格）', ru: 'дательный', ruIn: 'дательном' },
  accs: { en: 'accusative', zh: '宾格（第四格）', ru: 'винительный', ruIn: 'винительном' },
  ablt: { en: 'instrumental', zh: '工具格（第五格）', ru: 'творительный', ruIn: 'творительном' },
  loct: { en: 'prepositional', zh: '前置格（第六格）', ru: 'предложный', ruIn: 'предложном' },
};

/** «genitive, dative or accusative». */
function join(cases: readonly Case[], lang: 'en' | 'zh' | 'ru' | 'ruIn', or: string): string {
  const names = cases.map((c) => NAMES[c][lang]);
  if (names.length < 2) return names.join('');
  const sep = lang === 'zh' ? '、' : ', ';
  return `${names.slice(0, -1).join(sep)}${or}${names[names.length - 1]}`;
}

/** The slots every government message has: case names and advice in each language. */
function caseData(f: Finding): Record<string, string> {
  const cases = { en: join(f.cases, 'en', ' or '), zh: join(f.cases, 'zh', '或'), ru: join(f.cases, 'ru', ' или ') };
  const found = { en: join(f.found, 'en', ' or '), zh: join(f.found, 'zh', '或'), ru: join(f.found, 'ruIn', ' или ') };
  const advice = f.expected
    ? { en: `Write “${f.expected}”.`, zh: `请改为“${f.expected}”。`, ru: `Напишите «${f.expected}».` }
    : {
        en: `Put “${f.phrase}” in the ${cases.en} case.`,
        zh: `请把“${f.phrase}”的词尾改成${cases.zh}。`,
        ru: `Поставьте «${f.phrase}» в ${cases.ru} падеж.`,
      };
  return {
    cases_en: cases.en, cases_zh: cases.zh, cases_ru: cases.ru,
    found_en: found.en, found_zh: found.zh, found_ru: found.ru,
    advice_en: advice.en, advice_zh: advice.zh, advice_ru: advice.ru,
  };
}

/**
 * A preposition, or a verb, noun or adjective of the lexicon, followed by a noun phrase in a
 * case it never governs («о заказа», «без заказом», «благодарим за вашим терпением»). The
 * tables are data: prepositions.yaml and lexicon.yaml.
 */
export default defineRule(
  {
    id: 'grammar-government',
    category: 'grammar',
    description: {
      en: 'A preposition, verb, noun or adjective followed by a noun in a case it never governs («о заказа», «без заказом», «благодарим за вашим терпением»).',
      zh: '前置词、动词、名词或形容词后面的名词用错了格（«о заказа»、«без заказом»、«благодарим за вашим терпением»）。',
      ru: 'Предлог, глагол, существительное или прилагательное с зависимым словом в падеже, которым оно не управляет («о заказа», «без заказом», «благодарим за вашим терпением»).',
    },
    fixable: true,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      preposition: {
        en: '“{actual}”: the preposition «{governor}» takes the {cases_en} case, but «{phrase}» is in the {found_en}. A Russian buyer reads a broken phrase, a sure sign of machine translation. {advice_en}',
        zh: '“{actual}”：前置词 «{governor}» 后面要用{cases_zh}，但 «{phrase}» 是{found_zh}。俄罗斯买家读到的是不通顺的病句，一看就是机器翻译。{advice_zh}',
        ru: '«{actual}»: предлог «{governor}» требует падежа: {cases_ru}, а «{phrase}» стоит в {found_ru} падеже. {advice_ru}',
      },
      phrase: {
        en: '“{actual}”: the preposition «{governor}» takes the {cases_en} case, but the words of «{phrase}» do not agree in one of them (they are in the {found_en}). A Russian buyer reads a broken phrase. {advice_en}',
        zh: '“{actual}”：前置词 «{governor}» 后面要用{cases_zh}，但 «{phrase}» 里的词没有统一成同一个格（现在是{found_zh}），形容词和名词的词尾对不上。俄罗斯买家读到的是不通顺的病句。{advice_zh}',
        ru: '«{actual}»: предлог «{governor}» требует падежа: {cases_ru}, а слова «{phrase}» не согласованы ни в одном из них (стоят в {found_ru} падеже). {advice_ru}',
      },
      ob: {
        en: '“{actual}”: before a vowel the preposition «о» is written «об» («об этом», «об оплате»). «о» before a vowel reads as a slip. Write “{expected}”.',
        zh: '“{actual}”：前置词 «о» 在元音开头的词前面要写成 «об»（«об этом»、«об оплате»），否则俄罗斯买家会觉得是笔误。请改为“{expected}”。',
        ru: '«{actual}»: перед гласной пишется «об» («об этом», «об оплате»). Напишите «{expected}».',
      },
      vo: {
        en: '“{actual}”: before this word the preposition «{short}» is written «{long}», as before a cluster of consonants that starts like it, «мне», «мной» and the forms of «весь» («во вторник», «со склада», «ко мне», «со всеми»). Without the «о» it reads as a slip. Write “{expected}”.',
        zh: '“{actual}”：在这个词前面，前置词 «{short}» 要写成 «{long}»（以同样辅音开头的辅音连缀、«мне»、«мной» 和 «весь» 的各种形式前都这样写：«во вторник»、«со склада»、«ко мне»、«со всеми»），否则俄罗斯买家会觉得是笔误。请改为“{expected}”。',
        ru: '«{actual}»: перед этим словом пишется «{long}» (как перед сочетанием согласных, с которого начинается предлог, перед «мне», «мной» и формами «весь»: «во вторник», «со склада», «ко мне», «со всеми»). Напишите «{expected}».',
      },
      pronoun: {
        en: '“{actual}”: after the preposition «{governor}» a third-person pronoun begins with н- («к нему», «о ней», «у них»). Without it the buyer reads an error. Write “{expected}”.',
        zh: '“{actual}”：第三人称代词在前置词 «{governor}» 后面要加 н-（«к нему»、«о ней»、«у них»），少了 н- 俄罗斯买家一看就知道是错的。请改为“{expected}”。',
        ru: '«{actual}»: после предлога «{governor}» местоимение третьего лица пишется с н- («к нему», «о ней», «у них»). Напишите «{expected}».',
      },
      absent: {
        en: '“{actual}”: with «нет» that says a thing is missing («нет в наличии», «нет на складе») the thing is in the genitive, wherever it stands: «этого размера нет в наличии». «{phrase}» is in the nominative, as if it were a subject.{advice_en}',
        zh: '“{actual}”：«нет» 表示“没有（某物）”（«нет в наличии» 无货、«нет на складе» 仓库没有）时，缺少的东西要用属格（第二格），不论放在哪里：«этого размера нет в наличии»。«{phrase}» 用的是主格，像是主语。{advice_zh}',
        ru: '«{actual}»: при «нет» в значении отсутствия («нет в наличии», «нет на складе») то, чего нет, стоит в родительном падеже, где бы оно ни стояло: «этого размера нет в наличии». «{phrase}» стоит в именительном, как подлежащее.{advice_ru}',
      },
      lexicon: {
        en: '“{actual}”: «{frame}» takes the {cases_en} case, but «{phrase}» is in the {found_en}. A Russian buyer reads broken grammar. {advice_en}',
        zh: '“{actual}”：«{frame}» 后面要用{cases_zh}，但 «{phrase}» 是{found_zh}。俄罗斯买家读到的是语法错误的句子。{advice_zh}',
        ru: '«{actual}»: «{frame}» требует падежа: {cases_ru}, а «{phrase}» стоит в {found_ru} падеже. {advice_ru}',
      },
      object: {
        en: '“{actual}”: «{verb}» takes its object in the accusative{suggestion_en}, but «{phrase}» is in the nominative, the form of a subject. A Russian buyer reads broken grammar, a sure sign of machine translation.',
        zh: '“{actual}”：«{verb}» 的宾语要用宾格（第四格）{suggestion_zh}，但 «{phrase}» 是主格（第一格），那是主语的形式。俄罗斯买家读到的是语法错误的句子，一看就是机器翻译。',
        ru: '«{actual}»: после «{verb}» дополнение стоит в винительном падеже{suggestion_ru}, а «{phrase}» — в именительном, как подлежащее.',
      },
      experiencer: {
        en: '“{actual}”: «{predicative}» (“one must”, “one may”) has no subject: who must or may is in the dative, and “{pronoun}” is the nominative. A Russian buyer reads broken grammar, a word-for-word translation of “you need to”. Write “{expected}”.',
        zh: '“{actual}”：«{predicative}»（“需要”“可以”）没有主语，“谁需要/谁可以”要用与格（第三格），而 “{pronoun}” 是主格。这是把“您需要……”逐字翻译过来的病句，俄罗斯买家一眼就能看出。请改为“{expected}”。',
        ru: '«{actual}»: при «{predicative}» нет подлежащего, тот, кому нужно или можно, стоит в дательном падеже, а «{pronoun}» — в именительном. Покупатель увидит дословный перевод «you need to». Напишите «{expected}».',
      },
      instead: {
        en: '“{actual}”: «{word}» takes «{right}», not «{wrong}» («сожалеем о задержке», «извините за задержку», «спасибо за заказ»). A Russian buyer reads a preposition translated word for word.{advice_en}',
        zh: '“{actual}”：«{word}» 后面要用前置词 «{right}»，而不是 «{wrong}»（«сожалеем о задержке»、«извините за задержку»、«спасибо за заказ»）。俄罗斯买家会看出这是逐字翻译的前置词。{advice_zh}',
        ru: '«{actual}»: после «{word}» нужен предлог «{right}», а не «{wrong}» («сожалеем о задержке», «извините за задержку», «спасибо за заказ»). Покупатель увидит дословный перевод.{advice_ru}',
      },
      extra: {
        en: '“{actual}”: «{word}» takes its phrase without a preposition, not with «{wrong}» («довольны покупкой», «соответствует описанию»). A Russian buyer reads a preposition translated word for word.{advice_en}',
        zh: '“{actual}”：«{word}» 后面直接接名词短语，不用前置词 «{wrong}»（«довольны покупкой»、«соответствует описанию»）。俄罗斯买家会看出这是逐字翻译的前置词。{advice_zh}',
        ru: '«{actual}»: после «{word}» предлог «{wrong}» не нужен («довольны покупкой», «соответствует описанию»). Покупатель увидит дословный перевод.{advice_ru}',
      },
      missing: {
        en: '“{actual}”: «{verb}» takes “{phrase}” only with the preposition «{prep}», as in «свяжитесь с нами». A Russian buyer reads broken grammar, a sure sign of machine translation.{advice_en}',
        zh: '“{actual}”：«{verb}» 后面的 “{phrase}” 前面必须加前置词 «{prep}»（就像 «свяжитесь с нами»）。俄罗斯买家读到的是语法错误的句子，一看就是机器翻译。{advice_zh}',
        ru: '«{actual}»: после «{verb}» перед «{phrase}» нужен предлог «{prep}», как в «свяжитесь с нами». Покупатель увидит машинный перевод.{advice_ru}',
      },
      subject: {
        en: '“{actual}”: «{verb}» needs its subject, and “{pronoun}” is not one: a subject is in the nominative, “{nominative}”. A Russian buyer reads broken grammar, a sure sign of machine translation. Write “{expected}”.',
        zh: '“{actual}”：«{verb}» 需要主语，而 “{pronoun}” 不是主语的形式：主语要用主格 “{nominative}”。俄罗斯买家读到的是语法错误的句子，一看就是机器翻译。请改为“{expected}”。',
        ru: '«{actual}»: у глагола «{verb}» должно быть подлежащее, а «{pronoun}» стоит не в именительном падеже; подлежащее — «{nominative}». Покупатель увидит машинный перевод. Напишите «{expected}».',
      },
      hyphen: {
        en: '“{actual}”: “{part}” is the first part of a compound noun, written with a hyphen. Apart, it reads as a word in the wrong case after the preposition. Write “{expected}”.',
        zh: '“{actual}”：“{part}” 是复合名词的前半部分，要用连字符连写。分开写时，它读起来像介词后面格不对的名词。请改为“{expected}”。',
        ru: '«{actual}»: «{part}» — первая часть сложного слова, она пишется через дефис. Отдельно она читается как слово не в том падеже после предлога. Напишите «{expected}».',
      },
      misspelt: {
        en: '“{actual} {phrase}”: before a phrase of time the preposition is spelt “{expected}” (“during”), with «-е»; “{actual}” means “in the current” (of a river). A Russian buyer reads a spelling mistake. Write “{expected} {phrase}”.',
        zh: '“{actual} {phrase}”：表示时间（“在……期间”）的前置词写作“{expected}”，以 «-е» 结尾；“{actual}” 的意思是“在（河的）水流中”。俄罗斯买家会看出这是拼写错误。请改为“{expected} {phrase}”。',
        ru: '«{actual} {phrase}»: предлог времени пишется «{expected}», с «е» на конце; «{actual}» — это «в потоке» (реки). Покупатель увидит орфографическую ошибку. Напишите «{expected} {phrase}».',
      },
      coordination: {
        en: '“{phrase}” is joined by «и» to «{first}» after «{governor}», so it takes the same case, the {cases_en}; it is in the {found_en}. A Russian buyer reads broken grammar. {advice_en}',
        zh: '“{phrase}”和 «{first}» 用 «и» 并列，都跟在 «{governor}» 后面，应该用同一个格（{cases_zh}），但它是{found_zh}。俄罗斯买家读到的是语法错误的句子。{advice_zh}',
        ru: '«{phrase}» соединено союзом «и» с «{first}» после «{governor}» и должно стоять в том же падеже ({cases_ru}), а стоит в {found_ru} падеже. {advice_ru}',
      },
    },
  },
  (context) => {
    const { value } = context.target;
    for (const tokens of grammarSentencesOfView(context.target)) {
      for (const f of findNominativeObjects(tokens)) {
        const actual = value.slice(tokens[f.verb]!.start, tokens[f.to]!.end);
        const phrase = value.slice(tokens[f.from]!.start, tokens[f.to]!.end);
        const e = f.expected;
        context.report({
          messageId: 'object',
          data: {
            actual, verb: tokens[f.verb]!.text, phrase,
            suggestion_en: e ? ` («${e}»)` : '', suggestion_zh: e ? `（«${e}»）` : '', suggestion_ru: e ? ` («${e}»)` : '',
          },
          start: tokens[f.verb]!.start,
          end: tokens[f.to]!.end,
          actual,
          ...(e ? { expected: [value.slice(tokens[f.verb]!.start, tokens[f.from]!.start) + e] } : {}),
          fix: false,
        });
      }
    }
    for (const sentence of sentencesOfView(context.target)) {
      for (const f of findGovernmentErrors(sentence, value)) {
        const actual = value.slice(f.start, f.end);
        const phraseStart = f.end - f.phrase.length;
        const expected = f.expected === undefined ? undefined : value.slice(f.start, phraseStart) + f.expected;
        if (f.kind === 'ob') {
          context.report({ messageId: 'ob', data: { actual, expected: f.expected! }, start: f.start, end: f.end, actual, expected: [f.expected!] });
          continue;
        }
        if (f.kind === 'vo') {
          const long = f.expected!.slice(0, 2);
          context.report({ messageId: 'vo', data: { actual, expected: f.expected!, short: f.governor, long }, start: f.start, end: f.end, actual, expected: [f.expected!] });
          continue;
        }
        if (f.kind === 'instead') {
          const right = f.entry!.prep ?? '';
          context.report({
            messageId: right ? 'instead' : 'extra',
            data: { actual, word: f.governor, wrong: f.first!, right, ...writeAdvice(f.expected) },
            start: f.start,
            end: f.end,
            actual,
            ...(f.expected ? { expected: [f.expected] } : {}),
            fix: false,
          });
          continue;
        }
        // A suggestion of the whole span, written into the message as advice; never a fix.
        const suggest = (messageId: 'missing' | 'absent', data: Record<string, string>, written: string | undefined): void => {
          context.report({ messageId, data: { actual, ...data, ...writeAdvice(written) }, start: f.start, end: f.end, actual, ...(written ? { expected: [written] } : {}), fix: false });
        };
        if (f.kind === 'missing') {
          suggest('missing', { verb: f.governor, prep: f.entry!.prep!, phrase: f.phrase }, f.expected === undefined ? undefined : `${f.governor} ${f.expected}`);
          continue;
        }
        if (f.kind === 'absent') {
          // The phrase in the genitive, and what follows it up to «нет» as written.
          suggest('absent', { phrase: f.phrase }, f.expected === undefined ? undefined : f.expected + value.slice(f.start + f.phrase.length, f.end));
          continue;
        }
        if (f.kind === 'experiencer') {
          const written = f.expected! + value.slice(f.start + f.phrase.length, f.end);
          context.report({ messageId: 'experiencer', data: { actual, pronoun: f.phrase, predicative: f.governor, expected: written }, start: f.start, end: f.end, actual, expected: [written] });
          continue;
        }
        if (f.kind === 'subject') {
          const written = f.expected! + value.slice(f.start + f.phrase.length, f.end);
          context.report({ messageId: 'subject', data: { actual, pronoun: f.phrase, verb: f.governor, nominative: f.expected!, expected: written }, start: f.start, end: f.end, actual, expected: [written], ...(f.suggestionOnly ? { fix: false as const } : {}) });
          continue;
        }
        if (f.kind === 'hyphen') {
          context.report({ messageId: 'hyphen', data: { actual, part: actual.split(' ')[0]!, expected: f.expected! }, start: f.start, end: f.end, actual, expected: [f.expected!] });
          continue;
        }
        if (f.kind === 'misspelt') {
          context.report({ messageId: 'misspelt', data: { actual, phrase: f.phrase, expected: f.expected! }, start: f.start, end: f.end, actual, expected: [f.expected!] });
          continue;
        }
        if (f.kind === 'pronoun') {
          context.report({ messageId: 'pronoun', data: { actual, governor: f.governor, expected: f.expected! }, start: f.start, end: f.end, actual, expected: [expected!], fix: false });
          continue;
        }
        const data: Record<string, string> = { actual, governor: f.governor, phrase: f.phrase, ...caseData(f) };
        if (f.kind === 'lexicon') data.frame = f.entry!.prep ? `${f.entry!.lemma} ${f.entry!.prep}` : f.entry!.lemma;
        if (f.kind === 'coordination') data.first = f.first!;
        context.report({
          messageId: f.kind,
          data,
          start: f.start,
          end: f.end,
          actual,
          ...(expected === undefined ? {} : { expected: [expected] }),
          fix: false,
        });
      }
    }
  },
);
