/**
 * Build step for the phrase data files bundled with otvet (the policy-* phrase files and the
 * tone-calque phrasebook): stores the index keys of every phrase (`keys`, see
 * {@link phraseKeys}) in the data, so that a lint builds the phrase index without compiling a
 * single pattern and compiles only the phrases a text can match. scripts/build.mjs runs it on
 * each YAML data file through scripts/lib/yaml-plugin.mjs; files without phrases pass unchanged.
 */
import type { PatternLists } from './compile.js';
import { phraseKeys, type PhraseSource } from './phrases.js';

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPhrase = (value: unknown): value is Data & PhraseSource =>
  isObject(value) && Array.isArray(value.patterns) && value.patterns.every((p) => typeof p === 'string');

/** The data with `keys` added to each phrase of `phrases` (policy files) or `entries` (phrasebooks). */
export function withPhraseKeys(data: unknown): unknown {
  if (!isObject(data)) return data;
  const lists = (isObject(data.lists) ? data.lists : {}) as PatternLists;
  const out: Data = { ...data };
  for (const field of ['phrases', 'entries']) {
    const items = data[field];
    if (!Array.isArray(items) || !items.some(isPhrase)) continue;
    out[field] = items.map((item: unknown) => (isPhrase(item) ? { ...item, keys: phraseKeys(item, lists) } : item));
  }
  return out;
}
