import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule, catalogOf, messageLines } from '@otvet/test-kit';
import { asAnyRule, defaultConfig, lintTexts, parseNatural, parsePlaceholders, resolveRules, type Config } from '@otvet/core';
import rule, { builtinPhrasebook, phrasebookFor, type PhrasebookEntry } from './index.js';
import phrasebook from './phrasebook.yaml';
import schema from '../../schema/phrasebook.schema.json';
import { en } from '../lib/messages.test-helper.js';
import { compilePattern, matchPattern, matchPhrase, sentencesOf } from '../lib/policy-patterns.js';

const entry = (id: string): PhrasebookEntry => {
  const e = builtinPhrasebook.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
const calque = (id: string, actual: string): string => {
  const e = entry(id);
  return `tone-calque ${en(rule, 'calque', {
    actual, id, zh: e.zh.join(' / '), better: e.better.map((b) => `«${b}»`).join(' / '), why_en: e.why.en,
  })}`;
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
        `1:1-1:13 ${calque('dear-friend', 'Дорогой друг')}`,
        `1:37-1:68 ${calque('brought-inconvenience', 'неудобства, которые мы принесли')}`,
      ],
    },
    {
      ru: 'Дорогой, подождите немного~',
      messages: [`1:1-1:8 ${calque('dear-address', 'Дорогой')}`, `1:10-1:27 ${calque('wait-a-little', 'подождите немного')}`],
    },
    { ru: 'ПОЖАЛУЙСТА, ТЕРПЕЛИВО ПОДОЖДИТЕ.', messages: [`1:13-1:32 ${calque('wait-patiently', 'ТЕРПЕЛИВО ПОДОЖДИТЕ')}`], name: 'capitals' },
    { ru: 'Спасибо за вашу поддержку и желаем вам счастливой жизни!', messages: [`1:1-1:26 ${calque('thanks-for-support', 'Спасибо за вашу поддержку')}`, `1:29-1:56 ${calque('happy-life', 'желаем вам счастливой жизни')}`] },
    { ru: 'Ребёнок отправлен, номер экспресса — в карточке.', messages: [`1:1-1:18 ${calque('baobei-baby', 'Ребёнок отправлен')}`, `1:20-1:35 ${calque('courier-express', 'номер экспресса')}`], name: 'ё and е' },
    {
      ru: 'У нас свободная\nдоставка.',
      messages: [`1:7-2:9 ${calque('free-shipping', 'свободная\nдоставка')}`],
      name: 'a wrapped line goes on in lower case',
    },
    { ru: 'Будьте уверены, {name}: мы обработаем для вас заказ.', placeholders: { name: { example: 'Анна' } }, messages: [`1:1-1:15 ${calque('rest-assured', 'Будьте уверены')}`, `1:28-1:46 ${calque('process-for-you', 'обработаем для вас')}`] },
    { ru: 'Проверьте логистическую информацию, пожалуйста.', messages: [`1:11-1:35 ${calque('logistics-status', 'логистическую информацию')}`] },
  ],
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

describe('user phrasebooks (context.resources.phrasebook)', () => {
  const lint = (ru: string, resources: Record<string, readonly unknown[]>): string[] => {
    const config: Config = { ...defaultConfig(), extends: 'none', rules: { 'tone-calque': 'warning' } };
    const catalog = catalogOf([asAnyRule(rule)]);
    const yaml = `templates:\n  - id: t\n    text:\n      ru: "${ru}"\n`;
    return messageLines(lintTexts([{ path: 't.yaml', text: yaml, bom: false }], { config, rules: resolveRules(config, catalog), catalog, lang: 'en', resources }));
  };
  const user: PhrasebookEntry = {
    id: 'pick-up-point-station', zh: ['驿站'], patterns: ['станци* выдач*'], better: ['пункт выдачи'],
    why: { en: 'Ozon calls it a pick-up point.', zh: 'Ozon 称为取货点。', ru: 'На Ozon это пункт выдачи.' },
  };

  it('adds entries after the built-in ones', () => {
    const lines = lint('Заказ на станции выдачи. Свободная доставка.', { phrasebook: [user] });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('[pick-up-point-station]');
    expect(lines[1]).toContain('[free-shipping]');
  });

  it('replaces a built-in entry with the same id', () => {
    const replaced: PhrasebookEntry = { ...entry('free-shipping'), patterns: ['свободн* пересылк*'], better: ['бесплатная пересылка'] };
    expect(lint('Свободная доставка.', { phrasebook: [replaced] })).toEqual([]);
    expect(lint('Свободная пересылка.', { phrasebook: [replaced] })[0]).toContain('Better: «бесплатная пересылка»');
  });

  it('compiles each entry list once', () => {
    const list = [user];
    expect(phrasebookFor(list)).toBe(phrasebookFor(list));
    expect(phrasebookFor(undefined)).toBe(phrasebookFor([]));
  });

  it('reports a broken user entry once and keeps the others', () => {
    const broken: PhrasebookEntry = { ...user, id: 'broken', patterns: ['* станци*'] };
    const lines = lint('Свободная доставка.', { phrasebook: [broken, user] });
    expect(lines[0]).toMatch(/^4:12-4:12 tone-calque Phrasebook entry “broken” is ignored: pattern “\* станци\*”: a gap may not start or end a pattern$/);
    expect(lines[1]).toContain('[free-shipping]');
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
