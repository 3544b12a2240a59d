/** Entries the exchange formats' tests carry through CSV, TBX and .xlsx: the project's glossary, and entries that test escaping. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGlossary } from './load.js';
import { normalizeTerm, type GlossaryEntry } from './types.js';

const dir = fileURLToPath(new URL('../../../glossary/', import.meta.url));

/** The entries of the repository's glossary/ folder, as an export writes them (no source positions). */
export const base: GlossaryEntry[] = loadGlossary(readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ path: f, text: readFileSync(dir + f, 'utf8') })))
  .entries.map(({ source: _s, at: _a, ...e }) => e);

/** Markup characters, quotes, a line feed, several terms and the `translate: false` flag, and a deprecated entry with `old`'s Russian term. */
export const tricky = (oldRu: string, oldEn: string): GlossaryEntry[] => [
  normalizeTerm({ id: 'x', zh: ['A&B <C>'], ru: ['«кавычки» & "quotes"', 'второй'], forbidden: ['плохо'], en: ['one', 'two'], status: 'draft', domain: 'misc', note: 'line 1\nline 2' }),
  normalizeTerm({ id: 'qin', zh: ['亲'], forbidden: ['дорогой'], en: 'dear', translate: false }),
  normalizeTerm({ id: 'old', zh: ['旧'], ru: [oldRu], en: oldEn, status: 'deprecated' }),
];
