import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import forms from '../lib/register-forms.yaml';
import schema from '../lib/register-forms.schema.json';
import { REGISTER_FORMS } from '../lib/register-forms.js';

testRule(rule, {
  valid: [
    'Мой заказ',
    { ru: 'Мой заказ ещё не пришёл?', name: '«мой» is "my", not the imperative of мыть' },
    'Этот материал дорогой',
    'подарок другу',
    'подарочная упаковка',
    'Доставка через СДЭК',
    'Кабель USB Type-C',
    'Ozon',
    'Спасибо за отзыв!',
    'Здравствуйте! Пожалуйста, подождите: проверяю информацию по заказу.',
    'Пока заказ в пути, вы можете отслеживать его в личном кабинете.',
    'Подождите, пока мы проверим заказ.',
    { ru: 'Передайте привет маме!', name: '«привет» as a noun' },
    { ru: 'Товары пришли на склад, скоро отправим.', name: '«пришли» is also the past tense' },
    { ru: 'Лишь одна мышь и кисть для гуаши: тишь да гладь.', name: 'words ending in -ишь/-ышь that are not verbs' },
    { ru: 'Дай бог здоровья вам и вашим близким!', name: 'a set phrase' },
    { ru: 'Любой способ оплаты, будь то карта или СБП.', name: '«будь то» is a conjunction' },
    { ru: 'Сохраните чек и свяжитесь с нами через чат Ozon.', name: 'plural imperatives' },
    { ru: 'Категории, копии, модели и детали', name: 'plural nouns ending like imperatives' },
    { ru: 'Заказ {order} отправлен.', zh: '亲，你的订单 {order} 已发货', placeholders: { order: { example: '1' } }, name: 'ты in the source is not the target’s problem' },
  ],
  invalid: [
    {
      ru: 'Подожди, пожалуйста, я проверю заказ.',
      messages: ['1:1-1:8 register-ty imperative {"actual":"Подожди","expected":"Подождите"}'],
      output: 'Подождите, пожалуйста, я проверю заказ.',
    },
    {
      ru: 'Ты можешь вернуть товар в течение 7 дней.',
      messages: ['1:1-1:3 register-ty pronoun {"actual":"Ты","expected":"Вы"}', '1:4-1:10 register-ty verb {"actual":"можешь","expected":"можете"}'],
      name: 'with a ты pronoun nothing is fixed: the sentence needs a rewrite',
    },
    {
      ru: 'Можешь написать нам в чат, если что-то не так.',
      messages: ['1:1-1:7 register-ty verb {"actual":"Можешь","expected":"Можете"}'],
      output: 'Можете написать нам в чат, если что-то не так.',
    },
    {
      ru: 'Спасибо тебе за заказ! Твой заказ уже в пути, тебе придёт уведомление.',
      messages: [
        '1:9-1:13 register-ty pronoun {"actual":"тебе","expected":"Вам / вам"}',
        '1:24-1:28 register-ty possessive {"actual":"Твой","expected":"Ваш"}',
        '1:47-1:51 register-ty pronoun {"actual":"тебе","expected":"Вам / вам"}',
      ],
    },
    {
      ru: 'Мы ценим тебя. Благодарим за выбор твоего размера и твоих друзей, с тобой приятно работать.',
      messages: [
        '1:10-1:14 register-ty pronoun {"actual":"тебя","expected":"Вас / вас"}',
        '1:36-1:42 register-ty possessive {"actual":"твоего","expected":"Вашего / вашего"}',
        '1:53-1:58 register-ty possessive {"actual":"твоих","expected":"Ваших / ваших"}',
        '1:69-1:74 register-ty pronoun {"actual":"тобой","expected":"Вами / вами"}',
      ],
    },
    {
      ru: 'Здравствуй! Оформи заказ и получишь скидку.',
      messages: [
        '1:1-1:11 register-ty greeting {"actual":"Здравствуй","expected":"Здравствуйте"}',
        '1:13-1:19 register-ty imperative {"actual":"Оформи","expected":"Оформите"}',
        '1:28-1:36 register-ty verb {"actual":"получишь","expected":"получите"}',
      ],
      output: 'Здравствуйте! Оформите заказ и получите скидку.',
    },
    {
      ru: 'Привет, {name}! Не волнуйся, посылка найдётся. Пока!',
      placeholders: { name: { example: 'Анна' } },
      messages: [
        '1:1-1:7 register-ty greeting {"actual":"Привет","expected":"Здравствуйте"}',
        '1:20-1:28 register-ty imperative {"actual":"волнуйся","expected":"волнуйтесь"}',
        '1:48-1:52 register-ty farewell {"actual":"Пока","expected":"До свидания"}',
      ],
      output: 'Привет, {name}! Не волнуйтесь, посылка найдётся. Пока!',
    },
    {
      ru: 'Всем привет! Хорошего дня, пока-пока',
      messages: [
        '1:6-1:12 register-ty greeting {"actual":"привет","expected":"здравствуйте"}',
        '1:28-1:37 register-ty farewell {"actual":"пока-пока","expected":"до свидания"}',
      ],
    },
    {
      ru: 'Будь уверен: отправь фото, и мы вернём деньги.',
      messages: [
        '1:1-1:5 register-ty imperative {"actual":"Будь","expected":"Будьте"}',
        '1:14-1:21 register-ty imperative {"actual":"отправь","expected":"отправьте"}',
      ],
      name: 'a word that agrees with the addressee blocks the fixes',
    },
    {
      ru: 'Дай знать, когда заберёшь посылку. Проверь её сразу.',
      messages: [
        '1:1-1:4 register-ty imperative {"actual":"Дай","expected":"Дайте"}',
        '1:18-1:26 register-ty verb {"actual":"заберёшь","expected":"заберёте"}',
        '1:36-1:43 register-ty imperative {"actual":"Проверь","expected":"Проверьте"}',
      ],
      output: 'Дай знать, когда заберёте посылку. Проверьте её сразу.',
    },
    {
      ru: 'Если хочешь, отдашь курьеру. Ты не пожалеешь, ТЫ увидишь.',
      messages: [
        '1:6-1:12 register-ty verb {"actual":"хочешь","expected":"хотите"}',
        '1:14-1:20 register-ty verb {"actual":"отдашь","expected":"отдадите"}',
        '1:30-1:32 register-ty pronoun {"actual":"Ты","expected":"Вы"}',
        '1:36-1:45 register-ty verb {"actual":"пожалеешь","expected":"пожалеете"}',
        '1:47-1:49 register-ty pronoun {"actual":"ТЫ","expected":"ВЫ"}',
        '1:50-1:57 register-ty verb {"actual":"увидишь","expected":"увидите"}',
      ],
      name: 'irregular verbs and capitals',
    },
    {
      ru: 'По-твоему, размер маловат? Сомневаешься — напиши.',
      messages: [
        '1:4-1:10 register-ty possessive {"actual":"твоему","expected":"Вашему / вашему"}',
        '1:28-1:40 register-ty verb {"actual":"Сомневаешься","expected":"Сомневаетесь"}',
        '1:43-1:49 register-ty imperative {"actual":"напиши","expected":"напишите"}',
      ],
    },
    {
      ru: 'Если посылка не придёт, ты всё равно отслеживаешь её в приложении.',
      messages: [
        '1:25-1:27 register-ty pronoun {"actual":"ты","expected":"Вы / вы"}',
        '1:38-1:50 register-ty verb {"actual":"отслеживаешь","expected":"отслеживаете"}',
      ],
      name: 'a verb outside the common list: suggested, never fixed',
    },
  ],
});

describe('register forms data', () => {
  it('matches its schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(forms) || validate.errors).toBe(true);
  });

  const imperatives = Object.assign({}, ...REGISTER_FORMS.imperatives.groups.map((g) => g.forms)) as Record<string, string>;
  it('lists each imperative with its plural (-те, reflexive -тесь)', () => {
    for (const [singular, plural] of Object.entries(imperatives)) {
      const expected = /с[яь]$/u.test(singular) ? `${singular.slice(0, -2)}тесь` : `${singular}те`;
      expect(plural, singular).toBe(expected);
    }
  });
  it('never lists a homograph as an imperative', () => {
    for (const word of REGISTER_FORMS.homographs.words) expect(imperatives[word], word).toBeUndefined();
    for (const word of Object.keys(imperatives)) expect(word.endsWith('шли'), word).toBe(false);
  });
  it('gives the common verbs the plural their ending predicts, or an irregular one', () => {
    const irregular = REGISTER_FORMS.verbs.irregular.forms;
    for (const [ty, vy] of Object.entries(REGISTER_FORMS.verbs.common.forms)) {
      const ending = REGISTER_FORMS.verbs.endings.find((e) => ty.endsWith(e.ty));
      const predicted = irregular[ty] ?? (ending ? ty.slice(0, -ending.ty.length) + ending.vy : undefined);
      expect(vy, ty).toBe(predicted);
    }
  });
  it('keeps «ты» pronouns and «вы» words apart', () => {
    const vy = new Set(REGISTER_FORMS.vy.words);
    for (const word of [...Object.keys(REGISTER_FORMS.pronouns.forms), ...Object.keys(REGISTER_FORMS.possessives.forms)]) expect(vy.has(word), word).toBe(false);
    for (const word of [...Object.values(REGISTER_FORMS.pronouns.forms), ...Object.values(REGISTER_FORMS.possessives.forms)]) expect(vy.has(word), word).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
