/** The ICU plural block a counted noun needs, with the noun's own forms where the dictionary has them. */
import { analyse, inflect, type Reading } from '@otvet/morph';

/** The block shown when the noun's forms are not known: «день», as an example. */
export const PLURAL_EXAMPLE = '{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}';

const plain = (w: string): string => w.toLowerCase().replace(/ё/gu, 'е');

/**
 * The noun's forms after a number (1 товар, 2 товара, 5 товаров), when `word` is one of them:
 * a noun the dictionary knows, in the nominative singular or the genitive. Undefined otherwise
 * (an unknown noun, or one in a case a number does not give it).
 */
export function countForms(word: string): { one: string; few: string; many: string } | undefined {
  const afterNumber = (r: Reading): boolean => r.pos === 'NOUN' && !r.predicted && (r.has('sing', 'nomn') || r.has('sing', 'gent') || r.has('plur', 'gent'));
  for (const r of analyse(plain(word)).filter(afterNumber)) {
    const [one] = inflect(r, ['sing', 'nomn']);
    const [few] = inflect(r, ['sing', 'gent']);
    const [many] = inflect(r, ['plur', 'gent']);
    if (one && few && many && [one, few, many].some((f) => plain(f) === plain(word))) return { one, few, many };
  }
  return undefined;
}

/**
 * The plural block for the placeholder `name` and the noun `word`: `{count, plural, one {# товар}
 * few {# товара} many {# товаров} other {# товара}}`; with «день» as an example when the noun's
 * forms are not known.
 */
export function pluralBlock(name: string, word: string): string {
  const f = countForms(word);
  return f ? `{${name}, plural, one {# ${f.one}} few {# ${f.few}} many {# ${f.many}} other {# ${f.few}}}` : PLURAL_EXAMPLE.replace('{n,', `{${name},`);
}
