import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule, catalogOf, messageIdLines, messageReports, renderProblems } from '@otvet/test-kit';
import { asAnyRule, defaultConfig, LANGS, lintTexts, localize, parseNatural, parsePlaceholders, resolveRules, type Config } from '@otvet/core';
import rule, { builtinPhrasebook, calqueReport, phrasebookFor, splitWhy, whyOf, type PhrasebookEntry } from './index.js';
import phrasebook from './phrasebook.yaml';
import schema from '../../schema/phrasebook.schema.json';
import { compilePattern, matchPattern, matchPhrase, sentencesOf } from '../lib/patterns/index.js';

const entry = (id: string): PhrasebookEntry => {
  const e = builtinPhrasebook.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

testRule(rule, {
  valid: [
    'Здравствуйте! Пожалуйста, подождите: проверяю информацию по заказу.',
    'Приносим извинения за неудобства. Доставка бесплатная.',
    'Мой заказ',
    'Этот материал дорогой.',
    'Это хороший подарок другу.',
    'Подарочная упаковка входит в стоимость.',
    'Отправляем через СДЭК.',
    'Кабель USB Type-C в комплекте.',
    'Спасибо, что выбрали Ozon.',
    'Спасибо за отзыв!',
    'Не волнуйтесь: заказ уже в пути. Хорошего дня!',
    { ru: 'Заказ {order_number} отправлен, трек-номер: {track}.', placeholders: { order_number: { example: '1' }, track: { example: 'RU1' } } },
    { ru: 'Ваш товар в пути.', zh: '亲，宝贝已发出~', name: 'the Chinese source is not checked' },
  ],
  invalid: [
    {
      ru: 'Дорогой друг, приносим извинения за неудобства, которые мы принесли.',
      messages: [
        '1:1-1:13 tone-calque calque {"actual":"Дорогой друг","better_en":"«Здравствуйте!»","better_ru":"«Здравствуйте!»","better_zh":"«Здравствуйте!»","id":"dear-friend","why_en":"Chinese shops call buyers “friends”; in Russian «дорогой друг» is how one writes to a close friend or in a parody of an advert, not to a customer.","why_ru":"Китайские магазины называют покупателей «друзьями»; «дорогой друг» по-русски пишут близкому человеку или в пародии на рекламу, а не клиенту.","why_zh":"中文店铺常称买家为“朋友”，但俄语 «дорогой друг»（亲爱的朋友）只用于亲密朋友或广告腔的调侃，对顾客显得不得体。","zh":"亲爱的朋友"}',
        '1:37-1:68 tone-calque calque {"actual":"неудобства, которые мы принесли","better_en":"«Приносим извинения за неудобства.»","better_ru":"«Приносим извинения за неудобства.»","better_zh":"«Приносим извинения за неудобства.»","id":"brought-inconvenience","why_en":"带来不便 becomes «неудобства, которые мы принесли» or «принесли вам неудобства» — inconvenience is not something one “brings” in Russian.","why_ru":"«带来不便» превращается в «принесли вам неудобства» или «неудобства, которые мы принесли»: неудобства по-русски не «приносят».","why_zh":"“给您带来不便”被译成 «принесли вам неудобства»（给您拿来了不便），俄语里“不便”不能“带来/拿来”，搭配错误。","zh":"给您带来不便"}',
      ],
    },
    {
      ru: 'Дорогой, подождите немного~',
      messages: [
        '1:1-1:8 tone-calque calque {"actual":"Дорогой","better_en":"«Здравствуйте!»","better_ru":"«Здравствуйте!»","better_zh":"«Здравствуйте!»","id":"dear-address","why_en":"亲 is Taobao\'s friendly “dear/honey”. To a Russian stranger «Дорогой/Дорогая» sounds over-familiar or ironic, and it guesses the buyer\'s gender.","why_ru":"«亲» — дружеское обращение с Taobao. Незнакомому человеку «Дорогой/Дорогая» звучит фамильярно или иронично, к тому же приходится угадывать пол покупателя.","why_zh":"“亲”在淘宝是亲切的称呼，但俄语的 «Дорогой/Дорогая»（亲爱的）对陌生人显得过分亲昵甚至带讽刺意味，还要猜买家的性别。","zh":"亲"}',
        '1:10-1:27 tone-calque calque {"actual":"подождите немного","better_en":"«Пожалуйста, подождите: проверяю информацию по заказу.»","better_ru":"«Пожалуйста, подождите: проверяю информацию по заказу.»","better_zh":"«Пожалуйста, подождите: проверяю информацию по заказу.»","id":"wait-a-little","why_en":"稍等哦 is a friendly “one sec”; «Подождите немного» on its own is curt in Russian. Say what you are doing while the buyer waits.","why_ru":"«稍等哦» — дружелюбное «секундочку»; голое «Подождите немного» звучит резко. Скажите, что вы делаете, пока покупатель ждёт.","why_zh":"“稍等哦”在中文里很亲切，但俄语 «Подождите немного»（等一下）单独使用显得生硬、命令式。请说明您正在做什么。","zh":"稍等"}',
      ],
    },
    { ru: 'ПОЖАЛУЙСТА, ТЕРПЕЛИВО ПОДОЖДИТЕ.', messages: ['1:13-1:32 tone-calque calque {"actual":"ТЕРПЕЛИВО ПОДОЖДИТЕ","better_en":"«Пожалуйста, подождите.» or «Спасибо за ожидание.»","better_ru":"«Пожалуйста, подождите.» или «Спасибо за ожидание.»","better_zh":"«Пожалуйста, подождите.»或«Спасибо за ожидание.»","id":"wait-patiently","why_en":"请耐心等待 “please wait patiently” becomes «терпеливо подождите» or «будьте терпеливы» — in Russian that lectures the buyer about patience.","why_ru":"«请耐心等待» превращается в «терпеливо подождите» или «будьте терпеливы» — по-русски это звучит как поучение.","why_zh":"“请耐心等待”译成 «терпеливо подождите»或«будьте терпеливы»（请有耐心），俄语听起来像在教训买家要有耐心，令人不快。","zh":"请耐心等待"}'], name: 'capitals' },
    { ru: 'Спасибо за вашу поддержку и желаем вам счастливой жизни!', messages: [
      '1:1-1:26 tone-calque calque {"actual":"Спасибо за вашу поддержку","better_en":"«Спасибо, что выбрали наш магазин.» or «Спасибо за покупку!»","better_ru":"«Спасибо, что выбрали наш магазин.» или «Спасибо за покупку!»","better_zh":"«Спасибо, что выбрали наш магазин.»或«Спасибо за покупку!»","id":"thanks-for-support","why_en":"With 感谢您的支持 Chinese shops thank buyers for “support”. A Russian buyer did not support anyone, they bought something.","why_ru":"«感谢您的支持»: китайские магазины благодарят за «поддержку», но покупатель ничего не поддерживал — он сделал покупку.","why_zh":"中国店铺习惯感谢买家的“支持”，但俄罗斯买家只是购物，并没有“支持”谁，«Спасибо за вашу поддержку» 会让人困惑。","zh":"感谢您的支持"}',
      '1:29-1:56 tone-calque calque {"actual":"желаем вам счастливой жизни","better_en":"«Хорошего дня!» or «Всего доброго!»","better_ru":"«Хорошего дня!» или «Всего доброго!»","better_zh":"«Хорошего дня!»或«Всего доброго!»","id":"happy-life","why_en":"祝您生活愉快 is a routine sign-off in Chinese; «Желаем вам счастливой жизни» is a wedding toast in Russian.","why_ru":"«祝您生活愉快» — дежурная концовка, а «Желаем вам счастливой жизни» по-русски звучит как свадебный тост.","why_zh":"“祝您生活愉快”在中文是常规结束语，但俄语 «Желаем вам счастливой жизни»（祝您生活幸福）像婚礼祝酒词，对购物场景太夸张。","zh":"祝您生活愉快"}',
    ] },
    { ru: 'Ребёнок отправлен, номер экспресса — в карточке.', messages: [
      '1:1-1:18 tone-calque calque {"actual":"Ребёнок отправлен","better_en":"«товар» or «заказ»","better_ru":"«товар» или «заказ»","better_zh":"«товар»或«заказ»","id":"baobei-baby","why_en":"宝贝 (the product) is translated as «ребёнок» or «малыш»: «Ребёнок отправлен» tells the buyer a child has been shipped.","why_ru":"«宝贝» (товар) переводят как «ребёнок» или «малыш»: «Ребёнок отправлен» сообщает, что покупателю выслали ребёнка.","why_zh":"“宝贝”（商品）被译成 «ребёнок»或«малыш»（孩子/宝宝），«Ребёнок отправлен» 意思是“孩子已发出”，买家会吓一跳。","zh":"宝贝"}',
      '1:20-1:35 tone-calque calque {"actual":"номер экспресса","better_en":"«служба доставки», «посылка» or «трек-номер»","better_ru":"«служба доставки», «посылка» или «трек-номер»","better_zh":"«служба доставки»、«посылка»或«трек-номер»","id":"courier-express","why_en":"快递 “courier parcel” becomes «экспресс» (an express train): «номер экспресса», «экспресс-компания» mean nothing to a buyer.","why_ru":"«快递» превращается в «экспресс»: «номер экспресса», «экспресс-компания» покупателю ничего не говорят. По-русски — «служба доставки», «трек-номер».","why_zh":"“快递”被译成 «экспресс»（快车/特快列车），«номер экспресса»（特快列车号）、«экспресс-компания» 在俄语里不是快递的意思。应说 «служба доставки»（快递公司）、«трек-номер»（运单号）。","zh":"快递"}',
    ], name: 'ё and е' },
    {
      ru: 'У нас свободная\nдоставка.',
      messages: ['1:7-2:9 tone-calque calque {"actual":"свободная\\nдоставка","better_en":"«бесплатная доставка»","better_ru":"«бесплатная доставка»","better_zh":"«бесплатная доставка»","id":"free-shipping","why_en":"包邮 “free shipping” becomes «свободная доставка», but «свободный» means free as in not busy or unrestricted. Free of charge is «бесплатный».","why_ru":"«包邮» превращается в «свободная доставка»: «свободный» — «незанятый», а не «без оплаты». Правильно «бесплатная доставка».","why_zh":"“包邮”被译成 «свободная доставка»，但 «свободный» 是“自由的、空闲的”，不是“免费”。免费应为 «бесплатная доставка»。","zh":"包邮"}'],
      name: 'a wrapped line goes on in lower case',
    },
    { ru: 'Будьте уверены, {name}: мы обработаем для вас заказ.', placeholders: { name: { example: 'Анна' } }, messages: [
      '1:1-1:15 tone-calque calque {"actual":"Будьте уверены","better_en":"«Не волнуйтесь: …» or «Мы всё проверим и сообщим вам.»","better_ru":"«Не волнуйтесь: …» или «Мы всё проверим и сообщим вам.»","better_zh":"«Не волнуйтесь: …»或«Мы всё проверим и сообщим вам.»","id":"rest-assured","why_en":"请放心 “don\'t worry” becomes «будьте уверены» or «можете быть спокойны» — an order to feel calm, stiff and slightly condescending; «Успокойтесь» even sounds rude.","why_ru":"«请放心» превращается в «будьте уверены» или «можете быть спокойны» — приказ успокоиться, звучит натянуто и свысока, а «Успокойтесь» — грубо.","why_zh":"“请放心”被译成 «будьте уверены»（请确信）/«можете быть спокойны»（您可以平静），像在命令买家保持镇定，生硬且略带居高临下；«Успокойтесь»（冷静点）更是失礼。","zh":"请放心"}',
      '1:28-1:46 tone-calque calque {"actual":"обработаем для вас","better_en":"«решим ваш вопрос» or «разберёмся и ответим»","better_ru":"«решим ваш вопрос» или «разберёмся и ответим»","better_zh":"«решим ваш вопрос»或«разберёмся и ответим»","id":"process-for-you","why_en":"为您处理 “handle it for you” becomes «обработаем для вас» — «обработать» is what a machine does to data or a factory to metal.","why_ru":"«为您处理» превращается в «обработаем для вас»: «обрабатывают» данные или детали, а вопрос покупателя «решают».","why_zh":"“为您处理”被译成 «обработаем для вас»，俄语 «обработать» 指机器处理数据或工厂加工材料，对人说显得冷冰冰。应说 «решим ваш вопрос»（为您解决问题）。","zh":"为您处理"}',
    ] },
    { ru: 'Не стесняйтесь связаться с нами: этот размер вне склада.', messages: [
      '1:1-1:25 tone-calque pivot {"actual":"Не стесняйтесь связаться","better_en":"«Если будут вопросы, пишите нам.» or «Обращайтесь, если будут вопросы.»","better_ru":"«Если будут вопросы, пишите нам.» или «Обращайтесь, если будут вопросы.»","better_zh":"«Если будут вопросы, пишите нам.»或«Обращайтесь, если будут вопросы.»","en":"feel free to contact us","id":"feel-free-to","why_en":"“Feel free to contact us” becomes «Не стесняйтесь связаться с нами»: «не стесняйтесь» (“don\'t be shy”) suggests the buyer is timid, and «чувствуйте себя свободно» is about feeling at home, not about writing to a shop.","why_ru":"«не стесняйтесь» намекает, что покупатель робеет, а «чувствуйте себя свободно» — про гостей в доме. По-русски: «Если будут вопросы, пишите».","why_zh":"“随时联系我们”经英语 feel free to 译成 «Не стесняйтесь связаться с нами»（别害羞，联系我们），俄语像在说买家胆小、不好意思开口；«чувствуйте себя свободно» 则是“请随意、别拘束”。","zh":"随时联系我们"}',
      '1:46-1:56 tone-calque pivot {"actual":"вне склада","better_en":"«нет в наличии», «закончился» or «распродан»","better_ru":"«нет в наличии», «закончился» или «распродан»","better_zh":"«нет в наличии»、«закончился»或«распродан»","en":"out of stock","id":"out-of-stock","why_en":"“Out of stock” becomes «вне склада» or «вне запаса», literally “outside the warehouse”, and “sold out” «продан наружу»: the buyer may think the goods are lying somewhere outside. Russian says «нет в наличии».","why_ru":"«вне склада», «вне запаса» — «за пределами склада»; sold out — «продан наружу». По-русски: «нет в наличии», «распродан».","why_zh":"“缺货”经英语 out of stock 译成 «вне склада»（在仓库外面），“售罄” sold out 译成 «продан наружу»，买家会以为货放在仓库外面。应说 «нет в наличии»（无货）。","zh":"缺货"}',
    ], name: 'calques through English name the English phrase' },
    { ru: 'Проверьте логистическую информацию, пожалуйста.', messages: ['1:11-1:35 tone-calque calque {"actual":"логистическую информацию","better_en":"«статус доставки», «трек-номер» or «информация об отправлении»","better_ru":"«статус доставки», «трек-номер» или «информация об отправлении»","better_zh":"«статус доставки»、«трек-номер»或«информация об отправлении»","id":"logistics-status","why_en":"物流 “shipping” becomes «логистика» (a business discipline): «номер логистики», «логистика не обновляется» are not how buyers talk about a parcel.","why_ru":"«物流» превращается в «логистика»: «номер логистики», «логистика не обновляется» — так о посылке не говорят. По-русски — «статус доставки», «трек-номер».","why_zh":"“物流”被译成 «логистика»（物流学/物流行业），«номер логистики»、«логистика не обновляется» 不是俄罗斯买家说包裹的方式。应说 «статус доставки»（配送状态）、«трек-номер»（运单号）。","zh":"物流"}'] },
  ],
  notInCases: { 'bad-entry': 'a broken user phrasebook entry: “user phrasebooks” below' },
});

describe('the built-in phrasebook', () => {
  const find = (text: string) => sentencesOf(parseNatural(parsePlaceholders(text).masked));
  const { phrases } = phrasebookFor(undefined);

  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(phrasebook) || validate.errors).toBe(true);
  });

  it('has at least 40 entries with unique ids', () => {
    const ids = builtinPhrasebook.entries.map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 60 calques through English, each naming the English phrase', () => {
    const pivots = builtinPhrasebook.entries.filter((e) => e.en !== undefined);
    expect(pivots.length).toBeGreaterThanOrEqual(60);
    for (const e of pivots) expect(e.en!.every((en) => /[A-Za-z]/.test(en)), e.id).toBe(true);
  });

  for (const e of builtinPhrasebook.entries) {
    describe(e.id, () => {
      const phrase = phrases.find((p) => p.data.id === e.id)!;
      it('has examples', () => expect(e.examples?.length ?? 0).toBeGreaterThan(0));
      for (const text of e.examples ?? []) {
        it(`reports “${text}”`, () => expect(find(text).some((s) => matchPhrase(phrase, s).length > 0)).toBe(true));
      }
      for (const text of e.counterexamples ?? []) {
        it(`does not report “${text}”`, () => expect(find(text).some((s) => matchPhrase(phrase, s).length > 0)).toBe(false));
      }
      it('uses every pattern in an example', () => {
        for (const source of e.patterns) {
          const p = compilePattern(source);
          expect((e.examples ?? []).some((text) => find(text).some((s) => matchPattern(p, s).length > 0)), source).toBe(true);
        }
      });
      it('offers better wording that no entry reports', () => {
        for (const better of e.better) {
          const hits = phrases.filter((other) => find(better).some((s) => matchPhrase(other, s).length > 0)).map((o) => o.data.id);
          expect(hits, better).toEqual([]);
        }
      });
    });
  }
});

/** What is wrong with a rendered message: a slot left, an empty one, doubled marks, a list fragment. */
function renderingProblems(text: string): string[] {
  const problems: string[] = [];
  const unquoted = text.replace(/«[^«»]*»|“[^“”]*”/gu, '«»');
  if (/\{\w+\}/u.test(text)) problems.push('a {slot} is left');
  if (/“”|«»|\(\)|（）|""/u.test(text.replace(/«[^«»]+»|“[^“”]+”/gu, 'Q'))) problems.push('an empty slot');
  if (/[.!?,;:。！？，；：][\s]*[.!?,;:。！？，；：]/u.test(text) || /[.。]»[.。]/u.test(text)) problems.push('doubled punctuation');
  if (/\/\s*[….。]/u.test(text) || /(^|\s)\/(\s|$)/u.test(unquoted)) problems.push('a “ / ” list fragment');
  if (/→/u.test(text)) problems.push('an arrow instead of a sentence');
  if (/\s{2}|^\s|\s$/u.test(text)) problems.push('a blank too many');
  return problems;
}

/** What is wrong with an entry's explanation in one language: it must be whole sentences. */
function whyProblems(why: string): string[] {
  const problems: string[] = [];
  if (!/^[\p{Lu}\p{Script=Han}«“0-9]/u.test(why)) problems.push(`does not start a sentence: ${why}`);
  if (!/[.!?。！？][»”）)]*$/u.test(why)) problems.push(`does not end a sentence: ${why}`);
  if (/^\p{Script=Han}+ word for word\b/u.test(why) || /^Калька [^.«]*:|^Дословно «|^Дословный перевод «[^»]*»\./u.test(why)) problems.push(`starts with a fragment: ${why}`);
  return problems;
}

describe('the message of every built-in entry, in zh, en and ru', () => {
  for (const e of builtinPhrasebook.entries) {
    it(`${e.id} reads as sentences`, () => {
      const { messageId, data } = calqueReport(e, e.examples?.[0] ?? 'x', undefined);
      const problems: string[] = [];
      for (const lang of LANGS) {
        const text = localize(rule.meta.messages[messageId]!, lang, data);
        problems.push(...renderingProblems(text).map((p) => `${lang}: ${p}: ${text}`), ...whyProblems(e.why[lang]).map((p) => `${lang}: ${p}`));
        expect(text.endsWith(`[${e.id}]`), text).toBe(true);
      }
      expect(problems).toEqual([]);
    });
  }

  it('names the Chinese phrase of the source, one phrase, and the better wording as a list in the language', () => {
    const { data } = calqueReport(entry('dear-customer'), 'Дорогой клиент', '亲爱的买家，您的订单已发货。');
    expect(localize(rule.meta.messages.calque!, 'en', data)).toBe(
      '“Дорогой клиент” is a word-for-word machine translation of the Chinese “亲爱的买家”. Rendered word for word, 亲爱的顾客 gives «Дорогой клиент», which sounds like a sales pitch or a joke; Russian service texts greet with «Здравствуйте!» or use «Уважаемый покупатель». Write instead: «Здравствуйте!» or «Уважаемый покупатель!» [dear-customer]',
    );
    expect(localize(rule.meta.messages.calque!, 'zh', data)).toBe(
      '“Дорогой клиент”是中文“亲爱的买家”的逐字机器翻译。逐字译成的 «Дорогой клиент» 在俄语里听起来像推销话术或玩笑，俄罗斯客服一般直接说 «Здравствуйте!»（您好）或 «Уважаемый покупатель»（尊敬的顾客）。建议改为：«Здравствуйте!»或«Уважаемый покупатель!» [dear-customer]',
    );
    expect(localize(rule.meta.messages.calque!, 'ru', data)).toBe(
      '«Дорогой клиент» — дословный машинный перевод китайского «亲爱的买家». Дословное «Дорогой клиент» звучит как рекламный приём или шутка; в сервисе здороваются «Здравствуйте!» или пишут «Уважаемый покупатель». Лучше написать: «Здравствуйте!» или «Уважаемый покупатель!» [dear-customer]',
    );
    // Without a source text: the entry's first phrase.
    expect(calqueReport(entry('dear-customer'), 'Дорогой клиент', undefined).data.zh).toBe('亲爱的顾客');
  });

  it('finds the problems it is there for', () => {
    expect(renderingProblems('“X” is a machine-translation calque of 亲爱的顾客 / …. 亲爱的顾客 word for word. Better: «Y» [id]')).toEqual(['a “ / ” list fragment']);
    expect(renderingProblems('“X” is a calque of {zh}.. Better: «» [id]')).toEqual(['a {slot} is left', 'an empty slot', 'doubled punctuation']);
    expect(renderingProblems('建议改为：«Пожалуйста, подождите.»。[id]')).toEqual(['doubled punctuation']);
    expect(whyProblems('亲爱的顾客 word for word. «Дорогой клиент» sounds like a sales pitch.')).toHaveLength(1);
    expect(whyProblems('«包邮» → «свободная доставка»')).toHaveLength(1);
    expect(whyProblems('Калька feel free to: «не стесняйтесь» намекает, что покупатель робеет.')).toHaveLength(1);
  });
});

describe('user phrasebooks (context.resources.phrasebook)', () => {
  const lintResult = (ru: string, resources: Record<string, readonly unknown[]>) => {
    const config: Config = { ...defaultConfig(), extends: 'none', rules: { 'tone-calque': 'warning' } };
    const catalog = catalogOf([asAnyRule(rule)]);
    const yaml = `templates:\n  - id: t\n    text:\n      ru: "${ru}"\n`;
    return lintTexts([{ path: 't.yaml', text: yaml, bom: false }], { config, rules: resolveRules(config, catalog), catalog, lang: 'en', resources });
  };
  const lint = (ru: string, resources: Record<string, readonly unknown[]>): string[] => messageIdLines(lintResult(ru, resources));
  const user: PhrasebookEntry = {
    id: 'pick-up-point-station', zh: ['驿站'], patterns: ['станци* выдач*'], better: ['пункт выдачи'],
    why: { en: 'Ozon calls it a pick-up point.', zh: 'Ozon 称为取货点。', ru: 'На Ozon это пункт выдачи.' },
  };

  it('adds entries after the built-in ones', () => {
    const lines = lint('Заказ на станции выдачи. Свободная доставка.', { phrasebook: [user] });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('"id":"pick-up-point-station"');
    expect(lines[1]).toContain('"id":"free-shipping"');
  });

  it('reports a user entry with an English phrase as a calque through English', () => {
    const pivot: PhrasebookEntry = {
      id: 'pick-up-point-en', zh: ['自提点'], en: ['pickup station'], patterns: ['станци* самовывоз*'], better: ['пункт выдачи'],
      why: { en: 'Ozon calls it a pick-up point.', zh: 'Ozon 称为取货点。', ru: 'На Ozon это пункт выдачи.' },
    };
    const lines = lint('Заказ на станции самовывоза.', { phrasebook: [pivot] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^4:\d+-4:\d+ tone-calque pivot /);
    expect(lines[0]).toContain('"en":"pickup station"');
    expect(lines[0]).toContain('"zh":"自提点"');
  });

  it('replaces a built-in entry with the same id', () => {
    const replaced: PhrasebookEntry = { ...entry('free-shipping'), patterns: ['свободн* пересылк*'], better: ['бесплатная пересылка'] };
    expect(lint('Свободная доставка.', { phrasebook: [replaced] })).toEqual([]);
    expect(lint('Свободная пересылка.', { phrasebook: [replaced] })[0]).toContain('"better_en":"«бесплатная пересылка»"');
  });

  it('compiles each entry list once', () => {
    const list = [user];
    expect(phrasebookFor(list)).toBe(phrasebookFor(list));
    expect(phrasebookFor(undefined)).toBe(phrasebookFor([]));
  });

  it('reports a broken user entry once and keeps the others', () => {
    const broken: PhrasebookEntry = { ...user, id: 'broken', patterns: ['* станци*'] };
    const result = lintResult('Свободная доставка.', { phrasebook: [broken, user] });
    const lines = messageIdLines(result);
    expect(lines[0]).toBe('4:12-4:12 tone-calque bad-entry {"error":"pattern “* станци*”: a gap may not start or end a pattern","id":"broken"}');
    expect(lines[1]).toContain('"id":"free-shipping"');
    // The one message no case of testRule produces (it needs a broken data file), in every language.
    expect(renderProblems(asAnyRule(rule), messageReports(result))).toEqual([]);
  });
});

describe('the explanations in the built CLI (splitWhy, whyOf)', () => {
  it('takes every explanation of the phrasebook out, each entry keeping its index', () => {
    const { data, texts } = splitWhy(builtinPhrasebook);
    const entries = (data as { entries: (Omit<PhrasebookEntry, 'why'> & { why: unknown })[] }).entries;
    expect(texts).toHaveLength(builtinPhrasebook.entries.length);
    entries.forEach((e, i) => {
      expect(e.why).toBe(i);
      expect(texts![i]).toEqual(builtinPhrasebook.entries[i]!.why);
      expect({ ...e, why: builtinPhrasebook.entries[i]!.why }).toEqual(builtinPhrasebook.entries[i]);
    });
    // The sources keep their objects.
    expect(typeof builtinPhrasebook.entries[0]!.why).toBe('object');
  });

  it('passes other data through: no entries, or entries without explanations', () => {
    for (const other of [{ phrases: [{ patterns: ['a'] }] }, { entries: [{ lemma: 'x' }] }, { entries: [{ why: 'a string' }] }, null, 'text', [1, 2]]) {
      expect(splitWhy(other)).toEqual({ data: other });
    }
  });

  it('gives an entry its own explanation (the sources, a user phrasebook)', () => {
    expect(whyOf(entry('dear-address'))).toBe(entry('dear-address').why);
    const own: PhrasebookEntry = { id: 'own', zh: ['包邮'], patterns: ['свободная доставка'], better: ['Бесплатная доставка'], why: { en: 'e', zh: 'z', ru: 'р' } };
    expect(whyOf(own)).toBe(own.why);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
