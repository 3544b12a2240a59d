import { describe, expect, it } from 'vitest';
import { lintString } from '@otvet/test-kit';
import spelling from '../spelling/index.js';
import { glossaryIndexFor, isGlossaryWord } from './glossary.js';
import { testResources } from './glossary.test-helper.js';

describe('the loaded glossary for rules', () => {
  it('is absent without entries', () => {
    expect(glossaryIndexFor({})).toBeUndefined();
    expect(glossaryIndexFor({ glossary: [] })).toBeUndefined();
    expect(isGlossaryWord({}, 'трек-номер')).toBe(false);
  });
  it('builds one index per entry list', () => {
    expect(glossaryIndexFor(testResources)).toBe(glossaryIndexFor(testResources));
  });
  it('knows the words of approved terms in any inflection', () => {
    expect(isGlossaryWord(testResources, 'трек-номерами')).toBe(true);
    expect(isGlossaryWord(testResources, 'ПВЗ')).toBe(true);
    expect(isGlossaryWord(testResources, 'логистики')).toBe(false);
  });
  it('lets the spelling rule accept glossary terms', () => {
    const glossary = { glossary: [...testResources.glossary, { id: 'locker', zh: ['自提柜'], en: ['locker'], ru: ['постаматище'], forbidden: [], translate: true, status: 'approved' }] };
    const yaml = 'templates:\n  - id: a\n    text:\n      ru: Заберите заказ в постаматище.\n';
    const words = (resources?: typeof glossary): number => lintString(yaml, { rules: [spelling], ...(resources ? { resources } : {}) }).summary.errors;
    expect(words()).toBe(1);
    expect(words(glossary)).toBe(0);
  });
});
