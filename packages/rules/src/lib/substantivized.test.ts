import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { runCase } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import data from './substantivized.yaml';
import schema from './substantivized.schema.json';
import agreement from '../grammar-agreement/index.js';
import government from '../grammar-government/index.js';

const lists = data as { lemmas: string[]; examples: string[] };

describe('substantivized.yaml', () => {
  it('follows its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
  for (const sentence of lists.examples) {
    it(`no grammar rule reports: ${sentence}`, () => {
      expect(runCase(asAnyRule(agreement), { ru: sentence }).messages).toEqual([]);
      expect(runCase(asAnyRule(government), { ru: sentence }).messages).toEqual([]);
    });
  }
  it('a word of the list after a preposition, before a genitive, heads the phrase', () => {
    expect(runCase(asAnyRule(government), { ru: 'Посмотрите на переменную окружения.' }).messages).toEqual([]);
    expect(runCase(asAnyRule(agreement), { ru: 'Посмотрите на переменную окружения.' }).messages).toEqual([]);
    // One at the end of a sentence has no word after it.
    expect(runCase(asAnyRule(government), { ru: 'Спросите у дежурного' }).messages).toEqual([]);
  });
});
