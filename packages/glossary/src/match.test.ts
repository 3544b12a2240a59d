import { describe, expect, it } from 'vitest';
import { GlossaryIndex, inflectLike } from './match.js';
import { normalizeTerm, type GlossaryEntry } from './types.js';
import { russianKey } from './stem.js';

const entries: GlossaryEntry[] = [
  normalizeTerm({ id: 'tracking-number', zh: ['物流单号', '运单号'], ru: ['трек-номер'], forbidden: ['номер логистики'], en: 'tracking number' }),
  normalizeTerm({ id: 'pickup-point', zh: ['自提点'], ru: ['пункт выдачи', 'ПВЗ'], forbidden: ['точка самовывоза'], en: 'pickup point' }),
  normalizeTerm({ id: 'pickup', zh: ['自提'], ru: ['самовывоз'], en: 'self-pickup' }),
  normalizeTerm({ id: 'free-shipping', zh: ['包邮'], ru: ['бесплатная доставка'], forbidden: ['свободная доставка'], en: 'free shipping' }),
  normalizeTerm({ id: 'payment', zh: ['付款'], ru: ['платёж'], en: 'payment' }),
  normalizeTerm({ id: 'parcel', zh: ['包裹'], ru: ['посылка'], en: ['parcel', 'package'] }),
  normalizeTerm({ id: 'day', zh: ['天'], ru: ['рабочий день'], en: 'working day' }),
  normalizeTerm({ id: 'warranty', zh: ['保修'], ru: ['гарантия'], en: 'warranty' }),
  normalizeTerm({ id: 'comment', zh: ['评论'], ru: ['комментарий'], en: 'comment' }),
  normalizeTerm({ id: 'fabric', zh: ['面料'], ru: ['ткань'], en: 'fabric' }),
  normalizeTerm({ id: 'buyer', zh: ['买家'], ru: ['покупатель'], en: 'buyer' }),
  normalizeTerm({ id: 'order-number', zh: ['订单号'], ru: ['номер заказа'], en: 'order number' }),
  normalizeTerm({ id: 'out-of-stock', zh: ['缺货'], ru: ['нет в наличии'], en: 'out of stock' }),
  normalizeTerm({ id: 'cancel-order', zh: ['取消订单'], ru: ['отменить заказ'], en: 'cancel the order' }),
  normalizeTerm({ id: 'same-way', zh: ['原路'], ru: ['тем же способом'], en: 'the same way' }),
  normalizeTerm({ id: 'draft', zh: ['草稿'], ru: ['черновик'], en: 'draft', status: 'draft' }),
];
const index = new GlossaryIndex(entries);
const found = (text: string, kind: 'ru' | 'forbidden' = 'ru'): string[] => index.findRussian(text, kind).map((h) => `${h.entry.id}@${text.slice(h.start, h.end)}`);

describe('Russian terms match across inflection', () => {
  const cases: [string, string, string][] = [
    ['nominative', 'Ваш трек-номер готов.', 'трек-номер'],
    ['genitive, hyphenated', 'Нет трек-номера.', 'трек-номера'],
    ['instrumental, hyphenated', 'Поделитесь трек-номером.', 'трек-номером'],
    ['genitive plural, hyphenated', 'Список трек-номеров.', 'трек-номеров'],
    ['dative plural, hyphenated', 'По трек-номерам видно всё.', 'трек-номерам'],
    ['multiword, nominative', 'Пункт выдачи работает.', 'Пункт выдачи'],
    ['multiword, prepositional', 'Заказ в пункте выдачи.', 'пункте выдачи'],
    ['multiword, plural', 'Все пункты выдачи открыты.', 'пункты выдачи'],
    ['multiword, genitive plural', 'Адреса пунктов выдачи.', 'пунктов выдачи'],
    ['each word inflects, genitive', 'Условия бесплатной доставки.', 'бесплатной доставки'],
    ['each word inflects, instrumental', 'С бесплатной доставкой.', 'бесплатной доставкой'],
    ['each word inflects, plural', 'Бесплатные доставки.', 'Бесплатные доставки'],
    ['ё written as е', 'Ваш платеж прошёл.', 'платеж'],
    ['е in the text, ё in the term, genitive', 'Нет платежа.', 'платежа'],
    ['ё in the text', 'Ваш платёж прошёл.', 'платёж'],
    ['fleeting vowel, genitive plural', 'Пять посылок.', 'посылок'],
    ['feminine, instrumental', 'Посылкой займёмся.', 'Посылкой'],
    ['capitals', 'ВАША ПОСЫЛКА', 'ПОСЫЛКА'],
    ['soft sign noun, instrumental', 'Тканью довольны.', 'Тканью'],
    ['-ия noun, genitive', 'Срок гарантии.', 'гарантии'],
    ['-ия noun, instrumental', 'С гарантией.', 'гарантией'],
    ['-ий noun, genitive plural', 'Много комментариев.', 'комментариев'],
    ['-ий noun, instrumental', 'С комментарием.', 'комментарием'],
    ['-тель noun, dative plural', 'Всем покупателям.', 'покупателям'],
    ['adjective + noun, plural genitive', 'Пять рабочих дней.', 'рабочих дней'],
    ['adjective + noun, genitive singular', 'Один рабочий день.', 'рабочий день'],
    ['short stem with fleeting vowel', 'Два рабочих дня.', 'рабочих дня'],
    ['abbreviation', 'Заберите в ПВЗ.', 'ПВЗ'],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${text}`, () => {
      expect(index.findRussian(text, 'ru').map((h) => text.slice(h.start, h.end))).toEqual([expected]);
    });
  }
  it('does not match other words or parts of speech', () => {
    expect(found('Номер телефона.')).toEqual([]);
    expect(found('Трек есть, номер тоже.')).toEqual([]);
    expect(found('Пункт меню выдачи.')).toEqual([]);
    expect(found('Доставка бесплатная.')).toEqual([]);
    expect(found('Посылать письма.')).toEqual([]);
    expect(found('Гарантийный талон.')).toEqual([]);
  });
  it('does not join words across a sentence end', () => {
    expect(found('Это пункт. Выдачи нет.')).toEqual([]);
  });
  it('lists overlapping terms only when asked', () => {
    const text = 'Самовывоз из пункта выдачи';
    expect(index.findRussian(text, 'ru', true).map((h) => h.entry.id)).toEqual(['pickup', 'pickup-point']);
  });
  it('finds forbidden variants in any inflection', () => {
    expect(found('Проверьте по номеру логистики.', 'forbidden')).toEqual(['tracking-number@номеру логистики']);
    expect(found('Нет свободной доставки', 'forbidden')).toEqual(['free-shipping@свободной доставки']);
  });
  it('keys are stable per paradigm', () => {
    expect(new Set(['звонок', 'звонка', 'звонком'].map(russianKey)).size).toBe(1);
    expect(new Set(['деньги', 'денег', 'деньгами'].map(russianKey)).size).toBe(1);
    expect(new Set(['отмена', 'отмены', 'отменой', 'отмену'].map(russianKey)).size).toBe(1);
  });
});

describe('multiword terms in any order within a clause', () => {
  const spans = (text: string): string[] => index.findRussianInClauses(text, 'ru').map((h) => `${h.entry.id}@${text.slice(h.start, h.end)}`);
  const cases: [string, string, string][] = [
    ['predicative adjective, instrumental', 'Доставку по Москве сделаем для вас бесплатной.', 'free-shipping@Доставку по Москве сделаем для вас бесплатной'],
    ['predicative adjective after a verb', 'Доставка всех заказов станет бесплатной.', 'free-shipping@Доставка всех заказов станет бесплатной'],
    ['predicative adjective, nominative', 'Доставка у нас бесплатная.', 'free-shipping@Доставка у нас бесплатная'],
    ['predicative adjective after a dash', 'Доставка — бесплатная!', 'free-shipping@Доставка — бесплатная'],
    ['short adjective', 'Доставка этой модели бесплатна.', 'free-shipping@Доставка этой модели бесплатна'],
    ['plural noun and adjective', 'Доставки в ваш город бесплатные.', 'free-shipping@Доставки в ваш город бесплатные'],
    ['adjective first, words between', 'Бесплатная и быстрая доставка.', 'free-shipping@Бесплатная и быстрая доставка'],
    ['adjective after the noun, masculine', 'Дни только рабочие.', 'day@Дни только рабочие'],
    ['governed word, other words between', 'Назовите номер вашего заказа.', 'order-number@номер вашего заказа'],
    ['governed word, plural', 'Номера ваших заказов в письме.', 'order-number@Номера ваших заказов'],
    ['governed word before the head', 'Заказ можно отменить до отправки.', 'cancel-order@Заказ можно отменить'],
    ['preposition stays with its word', 'В наличии этой модели нет.', 'out-of-stock@В наличии этой модели нет'],
    ['particle stays with its word', 'Вернём деньги тем же самым способом.', 'same-way@тем же самым способом'],
    ['consecutive words still match', 'Условия бесплатной доставки.', 'free-shipping@бесплатной доставки'],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${text}`, () => {
      expect(spans(text)).toEqual([expected]);
    });
  }
  const misses: [string, string][] = [
    ['words in two sentences', 'Доставка платная. Возврат бесплатный.'],
    ['words in two sentences, same gender', 'Доставка платная. Упаковка бесплатная.'],
    ['words in two clauses (semicolon)', 'Доставка платная; упаковка бесплатная.'],
    ['words in two clauses (comma)', 'Доставка платная, упаковка бесплатная.'],
    ['words in two lines', 'Доставка платная\nУпаковка бесплатная'],
    ['adjective agrees with another noun (number)', 'Доставка бесплатных образцов.'],
    ['adjective agrees with another noun (gender)', 'Бесплатный возврат и доставка.'],
    ['adverb, not a form of the adjective', 'Доставка бесплатно.'],
    ['governed word in another case', 'Заказ получит номер.'],
    ['preposition away from its word', 'В магазине наличие нет.'],
    ['a word that only contains the term word', 'Доставщик бесплатный.'],
  ];
  for (const [name, text] of misses) {
    it(`not: ${name}: ${text.replace('\n', ' / ')}`, () => {
      expect(spans(text)).toEqual([]);
    });
  }
  it('the consecutive matcher alone keeps the order', () => {
    expect(found('Доставка у нас бесплатная.')).toEqual([]);
  });
  it('finds every term of a clause once, shorter ones inside longer ones too', () => {
    expect(index.findRussianInClauses('Самовывоз из пункта выдачи', 'ru').map((h) => h.entry.id)).toEqual(['pickup', 'pickup-point']);
  });
});

describe('source terms', () => {
  it('Chinese: the longest variant at each place, no overlaps', () => {
    const hits = index.findSource('请到自提点取件，自提很方便', 'zh');
    expect(hits.map((h) => [h.entry.id, h.start, h.end])).toEqual([
      ['pickup-point', 2, 5],
      ['pickup', 8, 10],
    ]);
  });
  it('English: by words, plurals, any capitalisation', () => {
    const text = 'Your Tracking Numbers and two packages; no parcels.';
    expect(index.findSource(text, 'en').map((h) => text.slice(h.start, h.end))).toEqual(['Tracking Numbers', 'packages', 'parcels']);
  });
  it('skips draft entries', () => {
    expect(index.findSource('草稿', 'zh')).toEqual([]);
  });
});

describe('lookup', () => {
  it('finds entries by Chinese, inflected Russian, English and id', () => {
    expect(index.lookup('自提点').map((e) => e.id)).toEqual(['pickup-point', 'pickup']);
    expect(index.lookup('пунктах выдачи').map((e) => e.id)).toEqual(['pickup-point']);
    expect(index.lookup('трек-номером').map((e) => e.id)).toEqual(['tracking-number']);
    expect(index.lookup('номеру логистики').map((e) => e.id)).toEqual(['tracking-number']);
    expect(index.lookup('Tracking numbers').map((e) => e.id)).toEqual(['tracking-number']);
    expect(index.lookup('fabric').map((e) => e.id)).toEqual(['fabric']);
    expect(index.lookup('  ')).toEqual([]);
  });
});

describe('inflectLike', () => {
  it('keeps the inflection where the ending class agrees', () => {
    expect(inflectLike('свободной доставки', 'свободная доставка', 'бесплатная доставка')).toBe('бесплатной доставки');
    expect(inflectLike('Свободную доставку', 'свободная доставка', 'бесплатная доставка')).toBe('Бесплатную доставку');
  });
  it('replaces the variant’s own form whole', () => {
    expect(inflectLike('Номер логистики', 'номер логистики', 'трек-номер')).toBe('Трек-номер');
  });
  it('gives up where it cannot keep the inflection', () => {
    expect(inflectLike('номеру логистики', 'номер логистики', 'трек-номер')).toBeUndefined();
    expect(inflectLike('точке самовывоза', 'точка самовывоза', 'пункт выдачи')).toBeUndefined();
    expect(inflectLike('трек-номера', 'трек-номер', 'номер-трек')).toBeUndefined();
  });
});
