import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule, parsePlaceholders } from '@otvet/core';
import rule, { SLOTS, compileSlots, findSlots, type SlotData } from './index.js';
import schema from '../../schema/unfilled-slots.schema.json';

const order = { order_number: { example: '0123456789-0001' } };

testRule(rule, {
  valid: [
    { ru: 'Отправлено {count} товар(ов).', placeholders: { count: { example: '3' } }, name: 'a plural ending after a placeholder is left to placeholder-plural' },
    { ru: '{count} файл(ы) был(и) загружены.', placeholders: { count: { example: 'X' } }, name: 'the words of the sentence that agree with a placeholder’s count are left alone with it' },
    // Parentheses, slashes and numbers a copywriter writes on purpose.
    'Доставка займёт 3–5 дней (без учёта выходных).',
    'Курьер работает ежедневно (в рабочие дни — до 21:00).',
    'Возьмите 1/2 упаковки, поддержка отвечает 24/7.',
    'Скорость до 25 км/ч, цена 500 руб./шт.',
    'Оплата картой и/или баллами Ozon.',
    'Товар б/у не принимаем, ж/д доставка недоступна.',
    'Цвет: белый/чёрный, материал: хлопок/полиэстер. Оформите возврат/обмен в приложении.',
    'Ответьте да/нет, подходит ли вам замена.',
    'Пункт выдачи (ПВЗ) работает с 10 до 20. Выберите размер (см. таблицу в карточке).',
    'Уважаемые покупатели, магазин работает с 9 до 18 (мск).',
    'Пожалуйста, укажите размер (например, 42 или 44).',
    'Пришлите номер заказа (он есть в карточке заказа) и фото чека.',
    'Мы вернём деньги (сумма заказа без доставки) в течение трёх дней.',
    '[Важно] Заказы, оформленные до 18:00, отправляем в тот же день.',
    { ru: 'Нажмите [Оформить возврат], затем [Указать причину].', name: 'buttons of the app in brackets' },
    { ru: 'Скопируйте <<Номер заказа>> из приложения, цвет (цвет: белый), (размер 42).', name: 'quotes typed with angle brackets, values in parentheses' },
    // Numbers, sizes and masks that are not slots.
    'Размеры: XS, S, M, L, XL, XXL, XXXL. Габариты 30x40x20 см.',
    'Цена 1 000 ₽, комплект — 10 000 ₽, тираж 100 000 штук, вес 0,000 5 кг.',
    'Время работы: 09:00–21:00, с 00:00 до 06:00 принимаем заказы.',
    { ru: 'Карта: XXXX XXXX XXXX 1234.', name: 'a card number with its last digits shown' },
    { ru: 'Введите дату в формате ДД.ММ.ГГГГ, номер в виде 0000-00.', name: 'a mask after «в формате» describes a format' },
    'Модель XXX-L есть в наличии.',
    // Ellipses that trail off or join sentences.
    'Мы проверим... и сразу ответим. Спасибо за ожидание… Заказ уже в пути.',
    'Скидка до 50 %… только сегодня! Хм… давайте уточним размер.',
    { ru: 'Таблица: https://ozon.ru/info/размер/цвет и shop@mail.ru', name: 'slashes of an address' },
    // Placeholders are never reported.
    { ru: 'Заказ [{order_number}] отправлен ({order_number}).', placeholders: order, name: 'a placeholder in brackets' },
    {
      ru: 'В заказе {count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}.',
      placeholders: { count: { type: 'number', example: 3 } },
      name: 'an ICU plural',
    },
    {
      ru: 'В заказе {count} товар(ов).',
      placeholders: { count: { type: 'number', example: 3 } },
      name: 'after a number placeholder placeholder-plural reports the noun',
    },
    { ru: 'Заказ {{order_number}} и [order_number] отправлен.', placeholders: order, name: 'foreign syntax is placeholder-foreign-syntax’s' },
    { ru: 'Здравствуйте, {имя покупателя}!', name: 'a broken ICU placeholder is placeholder-syntax’s' },
    { ru: 'Здравствуйте!', zh: '您好，[买家姓名]！', name: 'the source text is not checked' },
  ],
  invalid: [
    { ru: 'Здравствуйте, [имя покупателя]!', placeholders: { customer_name: {} }, messages: ['1:15-1:31 placeholder-unfilled bracket {"actual":"[имя покупателя]","placeholder":"{customer_name}"}'], name: 'the template’s placeholder for the slot' },
    { ru: 'Отправим заказ (указать срок).', placeholders: { delivery_date: {} }, messages: ['1:16-1:30 placeholder-unfilled instruction {"actual":"(указать срок)","placeholder":"{delivery_date}"}'], name: 'the template’s placeholder for the note' },
    { ru: 'Заказ № ___ отправлен.', placeholders: { order: {} }, messages: ['1:9-1:12 placeholder-unfilled filler {"actual":"___","placeholder":"{order}"}'], name: 'the template’s placeholder for the filler' },
    { ru: 'Уважаемый(ая), спасибо за заказ!', placeholders: { buyer_name: {} }, messages: ['1:1-1:14 placeholder-unfilled address {"actual":"Уважаемый(ая)","placeholder":"{buyer_name}"}'], name: 'the template’s placeholder for the name' },
    { ru: 'В наличии 3 товар(а).', placeholders: { count: { type: 'number' } }, messages: ['1:13-1:21 placeholder-unfilled number {"actual":"товар(а)","example":"{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}","forms":"1 товар, 2 товара, 5 товаров"}'], name: 'the template’s number placeholder in the plural block' },
    {
      ru: '{count} файл(ы) загружены. Проверьте товар(ы) в корзине.',
      placeholders: { count: { example: 'X' } },
      messages: ['1:38-1:46 placeholder-unfilled number {"actual":"товар(ы)","example":"{…, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}","forms":"1 товар, 2 товара, 5 товаров"}'],
      name: 'a counted word leaves alone only its own sentence',
    },
    {
      ru: 'Здравствуйте, [имя покупателя]! Заказ <номер заказа> собран.',
      messages: [
        '1:15-1:31 placeholder-unfilled bracket-declare {"actual":"[имя покупателя]","placeholder":"{buyer_name}"}',
        '1:39-1:53 placeholder-unfilled bracket-declare {"actual":"<номер заказа>","placeholder":"{order_number}"}',
      ],
    },
    {
      ru: 'Трек-номер: {{ трек посылки }}, ожидайте до (дата).',
      messages: [
        '1:13-1:31 placeholder-unfilled bracket-declare {"actual":"{{ трек посылки }}","placeholder":"{tracking_number}"}',
        '1:45-1:51 placeholder-unfilled bracket-declare {"actual":"(дата)","placeholder":"{date}"}',
      ],
      name: 'mustache braces with blanks inside, and a slot word in parentheses after a preposition',
    },
    {
      ru: 'Заказ [№ заказа] передан курьеру, трек-номер: [Номер: ___].',
      messages: [
        '1:7-1:17 placeholder-unfilled bracket-declare {"actual":"[№ заказа]","placeholder":"{order_number}"}',
        '1:55-1:58 placeholder-unfilled filler-declare {"actual":"___","placeholder":"{order_number}"}',
      ],
      name: '«№» names a number; a filler after a colon in brackets is found on its own',
    },
    {
      ru: 'Мы отправим заказ (указать срок). Ссылка: [вставьте ссылку].',
      messages: [
        '1:19-1:33 placeholder-unfilled instruction-declare {"actual":"(указать срок)","placeholder":"{date}"}',
        '1:43-1:60 placeholder-unfilled instruction-declare {"actual":"[вставьте ссылку]","placeholder":"{link}"}',
      ],
    },
    {
      ru: 'Заказ № XXX передан курьеру, трек-номер: ___, код ХХХХ.',
      messages: [
        '1:9-1:12 placeholder-unfilled filler-declare {"actual":"XXX","placeholder":"{order_number}"}',
        '1:42-1:45 placeholder-unfilled filler-declare {"actual":"___","placeholder":"{tracking_number}"}',
        '1:51-1:55 placeholder-unfilled filler-declare {"actual":"ХХХХ","placeholder":"{product_name}"}',
      ],
      name: 'Latin and Cyrillic X, underscores',
    },
    {
      ru: 'Заказ № 000000 будет у вас ХХ.ХХ.ХХХХ, курьер позвонит с номера 000-00-00.',
      messages: [
        '1:9-1:15 placeholder-unfilled filler-declare {"actual":"000000","placeholder":"{order_number}"}',
        '1:28-1:38 placeholder-unfilled filler-declare {"actual":"ХХ.ХХ.ХХХХ","placeholder":"{name}"}',
        '1:65-1:74 placeholder-unfilled filler-declare {"actual":"000-00-00","placeholder":"{order_number}"}',
      ],
      name: 'zeros and masks',
    },
    {
      ru: 'Здравствуйте, …! Ваш заказ № … придёт ДД.ММ.',
      messages: [
        '1:15-1:16 placeholder-unfilled filler-declare {"actual":"…","placeholder":"{name}"}',
        '1:30-1:31 placeholder-unfilled filler-declare {"actual":"…","placeholder":"{order_number}"}',
        '1:39-1:44 placeholder-unfilled filler-declare {"actual":"ДД.ММ","placeholder":"{date}"}',
      ],
      name: 'a standalone ellipsis and a date mask',
    },
    {
      ru: 'Срок возврата — до ... включительно, заказ № (...).',
      messages: [
        '1:20-1:23 placeholder-unfilled filler-declare {"actual":"...","placeholder":"{name}"}',
        '1:46-1:51 placeholder-unfilled filler-declare {"actual":"(...)","placeholder":"{order_number}"}',
      ],
    },
    {
      ru: 'Уважаемый(ая) покупатель(ница), вы получил(-а) скидку.',
      messages: [
        '1:1-1:14 placeholder-unfilled address-declare {"actual":"Уважаемый(ая)","placeholder":"{buyer_name}"}',
        '1:15-1:31 placeholder-unfilled gender {"actual":"покупатель(ница)"}',
        '1:36-1:47 placeholder-unfilled gender {"actual":"получил(-а)"}',
      ],
    },
    {
      ru: 'Дорогой/ая клиент, мы рад/а, что Вы получил/получила заказ. Уважаемый (-ая) друг!',
      messages: [
        '1:1-1:11 placeholder-unfilled address-declare {"actual":"Дорогой/ая","placeholder":"{buyer_name}"}',
        '1:23-1:28 placeholder-unfilled gender {"actual":"рад/а"}',
        '1:37-1:53 placeholder-unfilled gender {"actual":"получил/получила"}',
        '1:61-1:76 placeholder-unfilled address-declare {"actual":"Уважаемый (-ая)","placeholder":"{buyer_name}"}',
      ],
      name: 'slashes and a spaced ending with its hyphen',
    },
    {
      ru: 'В посылке 3 товар(а), ваш заказ/заказы переданы в доставку.',
      messages: [
        '1:13-1:21 placeholder-unfilled number {"actual":"товар(а)","example":"{…, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}","forms":"1 товар, 2 товара, 5 товаров"}',
        '1:27-1:39 placeholder-unfilled number {"actual":"заказ/заказы","example":"{…, plural, one {# заказ} few {# заказа} many {# заказов} other {# заказа}}","forms":"1 заказ, 2 заказа, 5 заказов"}',
      ],
      name: '«(а)» after a noun is a number ending',
    },
    {
      ru: 'Выберите фото(s) для отзыва.',
      messages: ['1:10-1:17 placeholder-unfilled number {"actual":"фото(s)","example":"{…, plural, one {# фото} few {# фото} many {# фото} other {# фото}}","forms":"1 фото, 2 фото, 5 фото"}'],
      name: 'an English plural ending',
    },
    {
      ru: 'Вы получили/не получили заказ? Если не подошёл размер / цвет, напишите нам.',
      messages: [
        '1:4-1:24 placeholder-unfilled choice {"actual":"получили/не получили","left":"получили","right":"не получили"}',
        '1:48-1:61 placeholder-unfilled choice {"actual":"размер / цвет","left":"размер","right":"цвет"}',
      ],
    },
    {
      ru: 'Ваша заявка не одобрена/одобрена, курьер приедет сегодня/завтра.',
      messages: [
        '1:13-1:33 placeholder-unfilled choice {"actual":"не одобрена/одобрена","left":"не одобрена","right":"одобрена"}',
        '1:50-1:64 placeholder-unfilled choice {"actual":"сегодня/завтра","left":"сегодня","right":"завтра"}',
      ],
    },
  ],
});

describe('slots.yaml', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(SLOTS) || validate.errors).toBe(true);
  });

  const lexicon = compileSlots(SLOTS);
  const slotsOf = (data: SlotData | undefined, text: string) => {
    const parsed = parsePlaceholders(text);
    return findSlots(text, parsed.masked, data ? compileSlots(data) : lexicon);
  };
  /** The data without the words (endings, pairs) of one group. */
  const without = (list: keyof SlotData, g: number): SlotData => {
    const groups = SLOTS[list] as unknown as Record<string, unknown>[];
    const emptied = groups.map((x, k) => (k !== g ? x : 'pairs' in x ? { ...x, pairs: [] } : 'endings' in x ? { ...x, endings: [] } : { ...x, words: [] }));
    return { ...SLOTS, [list]: emptied };
  };
  const lists = (Object.keys(SLOTS) as (keyof SlotData)[]).filter((k) => k !== 'description');

  for (const list of lists) {
    (SLOTS[list] as unknown as { examples: string[]; counterexamples: string[] }[]).forEach((group, g) => {
      describe(`${list}[${g}]`, () => {
        for (const text of group.examples) it(`reports «${text}»`, () => expect(slotsOf(undefined, text).length).toBeGreaterThan(0));
        for (const text of group.counterexamples) it(`leaves «${text}» clean`, () => expect(slotsOf(undefined, text)).toEqual([]));
        it('decides one of its texts (without its words, the rule says otherwise on one)', () => {
          const data = without(list, g);
          const sign = (d: SlotData | undefined, text: string) => JSON.stringify(slotsOf(d, text).map((x) => [x.kind, x.start, x.end]));
          const changed = [...group.examples, ...group.counterexamples].filter((text) => sign(data, text) !== sign(undefined, text));
          expect(changed.length).toBeGreaterThan(0);
        });
      });
    });
  }

  it('gives each word one meaning', () => {
    const seen = new Map<string, string>();
    for (const list of ['slotWords', 'instructionVerbs', 'requestVerbs', 'pointerWords', 'possessives'] as const) {
      for (const w of SLOTS[list].flatMap((x) => x.words)) {
        expect(seen.get(w), `${w} in ${list} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, list);
      }
    }
    const endings = SLOTS.endings.flatMap((x) => x.endings);
    expect(new Set(endings).size).toBe(endings.length);
  });
});

describe('findSlots', () => {
  const lexicon = compileSlots(SLOTS);
  it('decides gender or number of «(а)» by the word it ends', () => {
    const kinds = (text: string, takesGender: (w: string) => boolean) => findSlots(text, text, lexicon, { takesGender }).map((s) => s.kind);
    expect(kinds('Вы получил(а) скидку.', () => true)).toEqual(['gender']);
    expect(kinds('Вы получил(а) скидку.', () => false)).toEqual(['number']);
  });
  it('stays linear on long runs of brackets, slashes and fillers', () => {
    const text = `${'(а'.repeat(20_000)}${'/'.repeat(20_000)}${'X'.repeat(20_000)}а${'0-'.repeat(20_000)}${'[имя '.repeat(20_000)}`;
    const t0 = performance.now();
    findSlots(text, text, lexicon);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
