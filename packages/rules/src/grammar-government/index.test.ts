import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule, parseNatural, parsePlaceholders } from '@otvet/core';
import rule from './index.js';
import { findGovernmentErrors, lexicon, prepositionTable, type Finding } from './government.js';
import prepositionsYaml from './prepositions.yaml';
import lexiconYaml from './lexicon.yaml';
import prepositionSchema from '../../schema/government-prepositions.schema.json';
import lexiconSchema from '../../schema/government-lexicon.schema.json';
import { sentencesOf } from '../lib/policy-patterns.js';

/** Every finding in a plain text. */
const find = (text: string): Finding[] => {
  const masked = parsePlaceholders(text).masked;
  return sentencesOf(parseNatural(masked)).flatMap((s) => findGovernmentErrors(s, masked));
};
const show = (fs: Finding[]): string[] => fs.map((f) => `${f.kind} ${f.governor}|${f.phrase}${f.entry ? ` [${f.entry.lemma} ${f.entry.prep ?? ''}]` : ''}`);

describe('the preposition table', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(prepositionSchema);
    expect(validate(prepositionsYaml) || validate.errors).toBe(true);
  });
  it('has each spelling once', () => {
    const words = prepositionTable.prepositions.flatMap((p) => p.words.map((w) => w.replace(/ё/g, 'е')));
    expect(new Set(words).size).toBe(words.length);
  });
  for (const p of prepositionTable.prepositions) {
    describe(p.words.join('/'), () => {
      for (const text of p.examples ?? []) {
        it(`reports “${text}”`, () => {
          const words = new Set(p.words.map((w) => w.replace(/ё/g, 'е')));
          const hits = find(text).filter((f) => f.kind === 'lexicon' || words.has(f.governor.toLowerCase().replace(/ё/g, 'е')));
          expect(hits.length, show(find(text)).join('; ')).toBeGreaterThan(0);
        });
      }
      for (const text of p.counterexamples ?? []) {
        it(`does not report “${text}”`, () => expect(show(find(text))).toEqual([]));
      }
    });
  }
});

describe('the lexicon', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(lexiconSchema);
    expect(validate(lexiconYaml) || validate.errors).toBe(true);
  });
  it('has at least 150 entries, each frame once', () => {
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(150);
    const keys = lexicon.entries.map((e) => `${e.lemma} ${e.pos} ${e.prep ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  for (const e of lexicon.entries) {
    describe(`${e.lemma} ${e.prep ?? '(bare)'} + ${e.cases.join('/')}`, () => {
      for (const text of e.examples) {
        it(`reports “${text}”`, () => {
          const found = find(text);
          expect(found.some((f) => f.entry === e), show(found).join('; ')).toBe(true);
        });
      }
      for (const text of e.counterexamples) {
        it(`does not report “${text}”`, () => expect(show(find(text))).toEqual([]));
      }
    });
  }
});
