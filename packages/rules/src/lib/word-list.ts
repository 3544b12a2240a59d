/** Word lists are YAML data (schema: packages/rules/schema/word-list.schema.json). */
export interface WordList {
  description: string;
  groups: { note: string; words: string[] }[];
}

/** All words of a list, lower-cased, without a final period. */
export function wordSet(list: WordList): Set<string> {
  const out = new Set<string>();
  for (const group of list.groups) for (const w of group.words) out.add(w.toLowerCase().replace(/\.$/, ''));
  return out;
}
