/**
 * A direct object left in the nominative: «мы отправим посылка завтра». A transitive verb
 * whose subject is already there (a personal pronoun or a nominative-only noun right before
 * it), an imperative (its subject is the buyer), or an infinitive after a modal word takes its
 * object in the accusative (the genitive after «не»); a noun phrase right after it that can
 * only be nominative is wrong. One dative pronoun and one adverb may stand between («отправим
 * вам посылку», «отправим сегодня посылку»).
 */
import { finiteReadings, inflect, isAdverb, isModifier, isNoun, isPlainWord, type Reading, type SyntaxToken } from '@otvet/morph';
import { caseOf, numberOf } from '../lib/grammar.js';

export interface ObjectFinding {
  /** Token indexes: the verb, and the first and last token of the object phrase. */
  verb: number;
  from: number;
  to: number;
  /** The object phrase in the accusative, when exactly one form fits. */
  expected?: string;
}

const SUBJECT_PRONOUNS = new Set(['я', 'ты', 'мы', 'вы', 'он', 'она', 'оно', 'они']);
const DATIVE_PRONOUNS = new Set(['вам', 'вас', 'нам', 'мне', 'ему', 'ей', 'им', 'тебе']);
/** Words after which an infinitive is a request, a plan or a purpose: its object is the infinitive's. */
const MODALS = new Set(['можем', 'можете', 'могу', 'может', 'сможем', 'сможете', 'хотим', 'хотите', 'хочу', 'нужно', 'надо', 'необходимо', 'должны', 'должен', 'должна', 'будем', 'будете', 'готовы', 'просим', 'прошу', 'постараемся', 'попробуем', 'пожалуйста', 'можно', 'нельзя', 'следует', 'чтобы']);

/** Modals of the third person, whose subject may also follow the infinitive. */
const THIRD_PERSON_MODALS = new Set(['может', 'должен', 'должна', 'должны', 'готовы']);

const nominativeOnly = (t: SyntaxToken, pos: (r: Reading) => boolean): boolean => {
  const rs = t.readings.filter(pos);
  return rs.length > 0 && rs.every((r) => caseOf(r) === 'nomn');
};

/** Whether the verb at `at` has what makes a nominative after it an object, not its subject. */
function hasSubject(tokens: readonly SyntaxToken[], at: number, readings: readonly Reading[]): boolean {
  if (readings.every((r) => r.pos === 'VERB' && r.tags.has('impr'))) return true;
  if (readings.every((r) => r.pos === 'INFN')) {
    const before = tokens[at - 1];
    if (before?.kind !== 'word' || !MODALS.has(before.norm)) return false;
    // A modal of the third person may have its subject after the infinitive, the object put
    // first: «Посылку должен забрать курьер». Then only a subject before the modal decides.
    return !THIRD_PERSON_MODALS.has(before.norm) || subjectBefore(tokens, at - 1);
  }
  // «отправим» is also an inclusive imperative («отправим!», let us send): a subject before it decides.
  if (!readings.every((r) => r.pos === 'VERB' && (r.tags.has('indc') || r.tags.has('impr')))) return false;
  return subjectBefore(tokens, at);
}

/** Whether a personal pronoun or a nominative-only noun stands right before the verb at `at` (or its «не»). */
function subjectBefore(tokens: readonly SyntaxToken[], at: number): boolean {
  let b = at - 1;
  if (tokens[b]?.kind === 'word' && tokens[b]!.norm === 'не') b--;
  const subject = tokens[b];
  if (!subject || subject.kind !== 'word') return false;
  if (SUBJECT_PRONOUNS.has(subject.norm)) return true;
  return isNoun(subject) && nominativeOnly(subject, (r) => r.pos === 'NOUN');
}

export function findNominativeObjects(tokens: readonly SyntaxToken[]): ObjectFinding[] {
  const out: ObjectFinding[] = [];
  tokens.forEach((verb, at) => {
    const readings = finiteReadings(verb.readings);
    if (!isPlainWord(verb) || readings.length === 0 || !readings.every((r) => (r.pos === 'VERB' || r.pos === 'INFN') && r.tags.has('tran'))) return;
    if (!hasSubject(tokens, at, readings)) return;
    let i = at + 1;
    if (tokens[i]?.kind === 'word' && DATIVE_PRONOUNS.has(tokens[i]!.norm)) i++;
    // One adverb may stand before the object («отправим быстро посылка»).
    if (tokens[i] && isAdverb(tokens[i]!)) i++;
    const from = i;
    while (i < tokens.length && isModifier(tokens[i]!)) i++;
    const noun = tokens[i];
    // The noun nominative only, or one that may be accusative too after a modifier that is
    // nominative only: «вернём полная стоимость» is a nominative phrase as well.
    if (!noun || !isNoun(noun)) return;
    const byModifier = i > from && noun.readings.every((r) => r.pos !== 'NOUN' || caseOf(r) === 'nomn' || caseOf(r) === 'accs');
    if (!nominativeOnly(noun, (r) => r.pos === 'NOUN') && !byModifier) return;
    // After an imperative a person may be the one addressed or wished for («не дай бог», «помоги, друг»).
    if (verb.readings.some((r) => r.tags.has('impr')) && noun.readings.some((r) => r.tags.has('anim'))) return;
    // The modifiers, if any, must be nominative only too: «новая посылка», not «новую посылка».
    // Before an animate noun an inanimate accusative is no accusative either: «ценим каждый наш
    // клиент» (→ «каждого нашего клиента»).
    const animate = noun.readings.every((r) => r.pos !== 'NOUN' || r.tags.has('anim'));
    const modifier = (r: Reading): boolean => r.pos === 'ADJF' || r.pos === 'PRTF';
    for (let k = from; k < i; k++) {
      const rs = tokens[k]!.readings.filter(modifier);
      if (!nominativeOnly(tokens[k]!, modifier) && !(animate && rs.some((r) => caseOf(r) === 'nomn') && rs.every((r) => caseOf(r) === 'nomn' || (caseOf(r) === 'accs' && r.tags.has('inan'))))) return;
    }
    const forms = new Set(noun.readings.filter((r) => r.pos === 'NOUN').flatMap((r) => inflect(r, ['accs', numberOf(r) ?? 'sing'])));
    const modifiersAccs = tokens.slice(from, i).map((t) => {
      const f = new Set(t.readings.filter((r) => r.pos === 'ADJF' || r.pos === 'PRTF').flatMap((r) => inflect(r, ['accs', ...(noun.readings.some((n) => n.tags.has('anim')) ? ['anim'] : ['inan'])].filter((g) => g !== 'inan' || numberOf(r) === 'plur' || r.tags.has('masc')))));
      return f.size === 1 ? [...f][0]! : undefined;
    });
    const expected = forms.size === 1 && modifiersAccs.every((f) => f !== undefined) ? [...modifiersAccs, [...forms][0]!].join(' ') : undefined;
    out.push({ verb: at, from, to: i, expected });
  });
  return out;
}
