/** Tests shared by the policy-* rules' phrase data: schema, examples, counterexamples, pattern coverage. */
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { parseNatural, parsePlaceholders } from '@otvet/core';
import schema from './policy-phrases.schema.json';
import { compilePattern, matchPattern, matchPhrase, sentencesOf } from './patterns/index.js';
import type { PhraseSet, PolicyPhrases } from './policy-phrases.js';

const sentences = (text: string) => sentencesOf(parseNatural(parsePlaceholders(text).masked));

export function testPhraseData(name: string, raw: unknown, set: PhraseSet, kinds: string[]): void {
  describe(`${name} phrase data`, () => {
    it('matches the policy-phrases schema', () => {
      const validate = new Ajv({ allErrors: true }).compile(schema);
      expect(validate(raw) || validate.errors).toBe(true);
    });
    it('has unique ids and known kinds', () => {
      const data = raw as PolicyPhrases;
      const ids = data.phrases.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const p of data.phrases) expect(kinds, p.id).toContain(p.kind);
    });
    for (const phrase of set.phrases) {
      const p = phrase.data;
      describe(p.id, () => {
        it('has examples that use every pattern', () => {
          expect(p.examples?.length ?? 0).toBeGreaterThan(0);
          for (const source of p.patterns ?? []) {
            const compiled = compilePattern(source, set.data.lists ?? {});
            expect((p.examples ?? []).some((t) => sentences(t).some((s) => matchPattern(compiled, s).length > 0)), source).toBe(true);
          }
        });
        const matches = (text: string): boolean =>
          sentences(text).some((s) => matchPhrase(phrase, s).length > 0) || (p.substrings ?? []).some((sub) => text.includes(sub));
        for (const text of p.examples ?? []) {
          it(`matches “${text}”`, () => expect(matches(text)).toBe(true));
        }
        for (const text of p.counterexamples ?? []) {
          it(`does not match “${text}”`, () => expect(matches(text)).toBe(false));
        }
      });
    }
  });
}
