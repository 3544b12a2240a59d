import type { Root } from 'nlcst';
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import { parsePlaceholders } from './placeholders.js';
import type { TextView } from './rule.js';

// retext-latin tokenises Cyrillic (and any alphabetic script) well.
const processor = unified().use(retextLatin);

/** Parse a string into nlcst (paragraphs, sentences, words, punctuation). */
export function parseNatural(text: string): Root {
  return processor.parse(text) as Root;
}

/** A text view whose placeholder parse and natural-language tree are computed once, on first use. */
export function createTextView(locale: string, value: string): TextView {
  let tree: Root | undefined;
  const parsed = parsePlaceholders(value);
  return {
    locale,
    value,
    parsed,
    get tree(): Root {
      tree ??= parseNatural(parsed.masked);
      return tree;
    },
  };
}
