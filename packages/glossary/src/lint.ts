/**
 * What the lint rules need (`@otvet/glossary/lint`): the term index, matching and the Russian
 * keys, without the loading, import and export code (YAML, TBX, CSV) that the package's main
 * entry also carries. Keeps a lint from loading an XML parser it never uses.
 */
export * from './match.js';
export { russianKey, wordsOf } from './stem.js';
export type { GlossaryEntry, GlossaryStatus } from './types.js';
