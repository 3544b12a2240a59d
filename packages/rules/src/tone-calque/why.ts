/**
 * The built-in phrasebook's explanations (`why`) out of the CLI's bundle: a build step
 * (scripts/build.mjs) with no dependencies, and the name of the file they go to. The rule reads
 * them back with whyOf (./index.ts).
 */

/** An entry's explanation in the three languages. */
type Why = { en: string; zh: string; ru: string };

/** Where the CLI's bundle keeps the built-in phrasebook's explanations: beside it (scripts/build.mjs). */
export const WHY_FILE = 'otvet-calque-why.json';

/**
 * Build step for the built-in phrasebook in the CLI's bundle (scripts/build.mjs): each entry's
 * `why` becomes its index into `texts`, which the build writes to {@link WHY_FILE} beside the
 * bundle. The explanations are half of the phrasebook's size and only a finding shows one: out of
 * the bundle, no start reads them (whyOf in ./index.ts). Data that is not a phrasebook is returned
 * as it is, with no texts.
 */
export function splitWhy(input: unknown): { data: unknown; texts?: Why[] } {
  const book = input as { entries?: { why?: unknown }[] } | null;
  if (!book || typeof book !== 'object' || !Array.isArray(book.entries) || !book.entries.every((e) => typeof e?.why === 'object')) return { data: input };
  const texts: Why[] = [];
  const entries = book.entries.map((e) => ({ ...e, why: texts.push(e.why as Why) - 1 }));
  return { data: { ...book, entries }, texts };
}
