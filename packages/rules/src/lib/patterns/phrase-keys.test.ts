import { describe, expect, it } from 'vitest';
import { parseNatural, parsePlaceholders } from '@otvet/core';
import cancel from '../../policy-cancel/cancel.yaml';
import messengers from '../../policy-contacts/messengers.yaml';
import pii from '../../policy-pii/pii.yaml';
import review from '../../policy-review/review.yaml';
import thirdParty from '../../policy-third-party/third-party.yaml';
import rights from '../../policy-rights/rights.yaml';
import rude from '../../tone-rude/rude.yaml';
import phrasebook from '../../tone-calque/phrasebook.yaml';
import { compilePhrase, findPhrases, lazyPhrase, matchPhrase, phraseKeys, sentencesOf, type Phrase, type PhraseSource } from './index.js';
import { withPhraseKeys } from './phrase-keys.js';

const sentences = (text: string) => sentencesOf(parseNatural(parsePlaceholders(text).masked));

interface Item extends PhraseSource {
  id: string;
  examples?: string[];
  counterexamples?: string[];
}
interface File {
  lists?: Record<string, string[]>;
  phrases?: Item[];
  entries?: Item[];
}

const files: Record<string, File> = { cancel, messengers, pii, review, thirdParty, rights, rude, phrasebook } as Record<string, File>;
const itemsOf = (file: File): Item[] => (file.phrases ?? file.entries ?? []).filter((p) => p.patterns);

describe('precomputed phrase keys (the bundled data)', () => {
  for (const [name, file] of Object.entries(files)) {
    const built = withPhraseKeys(file) as File;
    const items = itemsOf(file);
    const builtItems = itemsOf(built);

    it(`${name}: every phrase gets the keys of its patterns, nothing else changes`, () => {
      expect(builtItems.length).toBe(items.length);
      expect(items.length).toBeGreaterThan(0);
      builtItems.forEach((item, i) => {
        expect(item.keys).toEqual(phraseKeys(items[i]!, file.lists ?? {}));
        expect(item.keys!.length).toBe(item.patterns.length);
        for (const keys of item.keys!) expect(keys.length).toBeGreaterThan(0);
        const { keys, ...rest } = item;
        expect(rest).toEqual(items[i]);
      });
      // The source data is not modified.
      expect(items.every((item) => item.keys === undefined)).toBe(true);
    });

    it(`${name}: phrases compiled on demand find exactly what compiled phrases find`, () => {
      const lists = file.lists ?? {};
      const eager = items.map((item) => compilePhrase(item, lists));
      const lazy = builtItems.map((item) => lazyPhrase(item, lists));
      const texts = items.flatMap((item) => [...(item.examples ?? []), ...(item.counterexamples ?? [])]);
      expect(texts.length).toBeGreaterThan(items.length);
      const found = (phrases: Phrase<Item>[]) =>
        texts.map((text) => findPhrases(phrases, sentences(text)).map((h) => [h.phrase.data.id, h.start, h.end]));
      const fromLazy = found(lazy);
      expect(fromLazy).toEqual(found(eager));
      expect(fromLazy.flat().length).toBeGreaterThan(0);
    });
  }

  it('finds through the index what trying every pattern of every phrase finds', () => {
    let hits = 0;
    for (const file of Object.values(files)) {
      const items = itemsOf(withPhraseKeys(file) as File);
      const texts = items.flatMap((item) => [...(item.examples ?? []), ...(item.counterexamples ?? [])]);
      for (const item of items) {
        const phrase = lazyPhrase(item, file.lists ?? {});
        for (const text of texts) {
          const s = sentences(text);
          const indexed = findPhrases([phrase], s).map((h) => [h.start, h.end]);
          const everyPattern = s.flatMap((sentence) => matchPhrase(phrase, sentence).map((m) => [m.start, m.end]));
          expect(indexed, `${item.id}: ${text}`).toEqual(everyPattern);
          hits += indexed.length;
        }
      }
    }
    expect(hits).toBeGreaterThan(300);
  });

  it('compiles a phrase with keys only when a text can match it', () => {
    const [dear, other] = (withPhraseKeys({ entries: [{ patterns: ['^ дорогой|дорогая ,'] }, { patterns: ['свободн* доставк*'] }] }) as { entries: PhraseSource[] }).entries;
    let compiled = 0;
    const spy = <T extends PhraseSource>(source: T): T => ({
      ...source,
      get patterns() {
        compiled++;
        return source.patterns;
      },
    });
    const phrases = [lazyPhrase(spy(dear!)), lazyPhrase(spy(other!))];
    expect(findPhrases(phrases, sentences('Дорогой, заказ отправлен.')).map((h) => h.start)).toEqual([0]);
    expect(compiled).toBe(1);
    expect(findPhrases(phrases, sentences('Заказ отправлен.'))).toEqual([]);
    expect(compiled).toBe(1);
  });

  it('leaves other data alone', () => {
    const data = { description: 'x', entries: [{ lemma: 'заказик', forms: {} }] };
    expect(withPhraseKeys(data)).toEqual(data);
    expect(withPhraseKeys(['a'])).toEqual(['a']);
  });
});
