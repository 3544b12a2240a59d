/** Shared knowledge about placeholder names, used by the placeholder-* rules. */
import { editDistance, walkPlaceholders, type Placeholder, type TextView } from '@otvet/core';

/** Letters of other scripts that look like Latin ones (Cyrillic, Greek). */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h',
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J',
  α: 'a', ο: 'o', ρ: 'p', τ: 't', υ: 'u', ν: 'v', κ: 'k', ι: 'i', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

export const ASCII_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The name with look-alike letters replaced, when it mixes Latin letters with
 * look-alikes only ({оrder_number}, {Sку}). A name with no Latin letter at all
 * ({трек_номер}) is a translation, not a slip of the keyboard.
 */
export function asciiTwin(name: string): string | undefined {
  if (ASCII_NAME.test(name) || !/[A-Za-z]/.test(name)) return undefined;
  let out = '';
  for (const ch of name) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else if (LOOKALIKES[ch]) out += LOOKALIKES[ch];
    else return undefined;
  }
  return ASCII_NAME.test(out) ? out : undefined;
}

/** A name that is not plain ASCII snake/camel case (look-alikes, translated names, spaces). */
export function isSuspectName(name: string): boolean {
  return name !== '' && !ASCII_NAME.test(name) && !/^\d+$/.test(name);
}

/** Named arguments of a text with their positions (every occurrence). */
export function namedArguments(view: TextView): Placeholder[] {
  return [...walkPlaceholders(view.parsed.placeholders)].filter((p) => p.name !== '' && p.kind !== 'pound' && p.kind !== 'tag');
}

/** Declared names within `max` edits, closest first (ties in declaration order). */
export function similarNames(name: string, declared: Iterable<string>, max = 2): { name: string; distance: number }[] {
  const out: { name: string; distance: number }[] = [];
  const lower = name.toLowerCase();
  for (const d of declared) {
    if (d === name) continue;
    // A difference in case alone counts as one edit.
    const caseless = editDistance(lower, d.toLowerCase());
    const distance = caseless === 0 ? 1 : Math.min(editDistance(name, d), caseless);
    if (distance <= max) out.push({ name: d, distance });
  }
  return out.sort((a, b) => a.distance - b.distance);
}

