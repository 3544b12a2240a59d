import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintString, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

testRule(rule, {
  valid: [
    'Мой заказ',
    'Этот материал дорогой',
    'подарок другу',
    'подарочная упаковка',
    'Доставка через СДЭК',
    'Кабель USB Type-C',
    'Ozon',
    'Спасибо за отзыв!',
    'Здравствуйте! Подождите, пожалуйста, мы проверим ваш заказ.',
    { ru: 'Подожди, я проверю твой заказ.', name: 'ты only is register-ty’s business' },
    { ru: 'Пока заказ в пути, вы можете отслеживать его.', name: '«пока» as a conjunction' },
    { ru: 'Мой заказ пришёл? Вы можете забрать его.', name: '«мой» is not an imperative' },
  ],
  invalid: [
    { ru: 'Здравствуйте! Подожди, я проверю твой заказ.', messages: ['1:15-1:22 register-mixed mixed {"actual":"Подожди","vy":"Здравствуйте"}'] },
    { ru: 'Вы можете вернуть товар, если тебе не подошёл размер.', messages: ['1:31-1:35 register-mixed mixed {"actual":"тебе","vy":"Вы"}'] },
    { ru: 'Привет! Ваш заказ отправлен.', messages: ['1:1-1:7 register-mixed mixed {"actual":"Привет","vy":"Ваш"}'] },
    { ru: 'Спасибо за заказ! Можешь оставить отзыв, нам важно ваше мнение.', messages: ['1:19-1:25 register-mixed mixed {"actual":"Можешь","vy":"ваше"}'] },
    { ru: 'Напишите нам, если что-то не так. Пока!', messages: ['1:35-1:39 register-mixed mixed {"actual":"Пока","vy":"Напишите"}'] },
    {
      ru: 'Твой заказ уже в пути.\nЕсли хотите, можете забрать его сами.',
      messages: ['1:1-1:5 register-mixed mixed {"actual":"Твой","vy":"хотите"}'],
    },
  ],
});

describe('cause', () => {
  it('points at the first «вы» form', () => {
    const yaml = 'templates:\n  - id: a\n    text:\n      ru: Спасибо, что выбрали нас! Твой заказ отправлен, вы получите его завтра.\n';
    const result = lintString(yaml, { rules: [asAnyRule(rule)] });
    const messages = result.files[0]!.messages;
    expect(messages).toHaveLength(1);
    expect(messages[0]!.cause).toBe('test.yaml:4:59');
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
