/** The term index of the glossary that the config named (`resources.glossary`), built once per run. */
import { GlossaryIndex, russianKey, wordsOf, type GlossaryEntry } from '@otvet/glossary/lint';

const indexes = new WeakMap<readonly unknown[], GlossaryIndex>();

/** The index of the loaded glossary entries, or undefined when no glossary is loaded. */
export function glossaryIndexFor(resources: Readonly<Record<string, readonly unknown[]>>): GlossaryIndex | undefined {
  const entries = resources.glossary;
  if (!entries || entries.length === 0) return undefined;
  let index = indexes.get(entries);
  if (!index) {
    // The CLI loads and validates the entries (packages/glossary load.ts) before linting.
    index = new GlossaryIndex(entries as readonly GlossaryEntry[]);
    indexes.set(entries, index);
  }
  return index;
}

export const quote = (s: string): string => `«${s}»`;

const words = new WeakMap<readonly unknown[], Set<string>>();

/**
 * Whether a word is a word of an approved Russian glossary term, in any inflection
 * (the spelling rule accepts these: «постамат», «недовложение»…).
 */
export function isGlossaryWord(resources: Readonly<Record<string, readonly unknown[]>>, word: string): boolean {
  const entries = resources.glossary;
  if (!entries || entries.length === 0) return false;
  let keys = words.get(entries);
  if (!keys) {
    keys = new Set();
    for (const entry of entries as readonly GlossaryEntry[]) for (const term of entry.ru) for (const w of wordsOf(term)) keys.add(russianKey(w.word));
    words.set(entries, keys);
  }
  return keys.has(russianKey(word));
}
