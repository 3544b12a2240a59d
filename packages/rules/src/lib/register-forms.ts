/**
 * Forms of address, shared by the register-* rules (and the sentence-position
 * helper tone-familiar uses): where a text addresses the buyer with «ты»
 * (pronouns, possessives, 2nd-person singular verbs, singular imperatives,
 * «Здравствуй», «Привет», «Пока») and where with «вы».
 *
 * The vocabulary is data: ./register-forms.yaml (schema: ./register-forms.schema.json).
 * Everything works on the masked text (placeholders replaced by U+FFFC of the same
 * length), so offsets are value offsets and placeholder contents never match.
 */
import { MASK, type TextView } from '@otvet/core';
import formsData from './register-forms.yaml';
import { foldWord, foldWordOnce } from './normalize.js';
import { uregex } from './unicode.js';
import { perView } from './per-view.js';

interface MapGroup {
  note: string;
  forms: Record<string, string>;
}
interface WordGroup {
  note: string;
  words: string[];
}

export interface RegisterForms {
  description: string;
  pronouns: MapGroup;
  possessives: MapGroup;
  vy: WordGroup;
  verbs: {
    note: string;
    endings: { ty: string; vy: string }[];
    irregular: MapGroup;
    notVerbs: WordGroup;
    common: MapGroup;
  };
  imperatives: {
    note: string;
    groups: MapGroup[];
    noFix: WordGroup;
    notBefore: { note: string; phrases: Record<string, string[]> };
  };
  homographs: WordGroup;
  greetings: { note: string; forms: Record<string, { vy: string; kind: 'greeting' | 'farewell'; fix: boolean }> };
  agreement: WordGroup;
}

export const REGISTER_FORMS = formsData as RegisterForms;

/* ------------------------------------------------------------------ tokens */

export interface Token {
  kind: 'word' | 'placeholder';
  /** The token as written. */
  text: string;
  /** Lower case (ё kept). */
  lower: string;
  start: number;
  end: number;
}

const TOKEN = uregex(`[\\p{L}\\p{M}\\p{N}]+|${MASK}+`, 'gu');
const CYRILLIC_WORD = /^[а-яё]+$/u;

/** Words (letters and digits; a hyphen splits a word) and placeholder runs of a masked text. */
export function tokenize(masked: string): Token[] {
  const out: Token[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const text = m[0];
    out.push({ kind: text.startsWith(MASK) ? 'placeholder' : 'word', text, lower: text.toLowerCase(), start: m.index, end: m.index + text.length });
  }
  return out;
}

/** The tokens of a text view's masked text, computed once per view (several rules ask). */
export const tokensOf: (view: TextView) => readonly Token[] = perView((view) => tokenize(view.parsed.masked));

/** Whether a token is one Cyrillic word (the only kind the word lists can match). */
export const isCyrillicWord = (t: Token): boolean => t.kind === 'word' && CYRILLIC_WORD.test(t.lower);

/** Lower case and ё → е: the spelling-insensitive key. */
export const normalizeWord = foldWord;

/** `word` with the capitalisation of `model`: Лол → Кек, ЛОЛ → КЕК, лол → кек. */
export function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** Whether a word is written in capitals throughout (ВЫ, ТЫ): shouting, not a style. */
export const isAllCaps = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/* -------------------------------------------------------- sentence position */

/**
 * Where a word stands in its sentence:
 * - `start`: the text, a line or a sentence begins here (after `.!?…`, a line start,
 *   a list bullet or an emoji at the start of a line; opening quotes and brackets are
 *   looked through);
 * - `inside`: after a letter, a digit, a comma or a dash — certainly mid-sentence;
 * - `maybe`: after a placeholder, a colon, a semicolon, a closing bracket or a symbol,
 *   where a new sentence may or may not begin.
 */
export type SentencePosition = 'start' | 'inside' | 'maybe';

const LOOK_THROUGH = /[ \t\u00a0\u202f«"„“‘'(\[]/u;

export function sentencePosition(text: string, offset: number): SentencePosition {
  let i = offset - 1;
  while (i >= 0 && LOOK_THROUGH.test(text[i]!)) i--;
  if (i < 0) return 'start';
  const c = text[i]!;
  if (c === '\n' || c === '\r' || /[.!?…]/u.test(c)) return 'start';
  if (/[\p{L}\p{N},]/u.test(c)) return 'inside';
  // A bullet, a number or an emoji opening the line: «- Вы», «1) Вы», «✅ Вы».
  if (opensLine(text, i)) return 'start';
  if (/[-–—]/u.test(c)) return 'inside';
  return 'maybe';
}

const isLineBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';
const WORDLIKE = /[\p{L}\p{N}\uFFFC]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;

/** The character (a whole surrogate pair) that ends at `end` (exclusive), if any. */
function charBefore(text: string, end: number): string | undefined {
  if (end <= 0) return undefined;
  const low = text.charCodeAt(end - 1);
  const high = end >= 2 ? text.charCodeAt(end - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(end - 2, end) : text[end - 1];
}

/**
 * Whether the line up to `i` (included) holds no letter, digit or placeholder (a bullet or an
 * emoji), or is a list marker: «1)», «2.», «а)» after spaces. Read backwards from `i`, only as
 * far as it takes to tell (not from the line's start: a long line has many words to ask about).
 */
function opensLine(text: string, i: number): boolean {
  let k = i + 1;
  for (let ch = charBefore(text, k); ch !== undefined && !isLineBreak(ch); ch = charBefore(text, k)) {
    if (WORDLIKE.test(ch)) return isListMarker(text, i);
    k -= ch.length;
  }
  return true;
}

/** Whether the line up to `i` (included) is spaces, one or two digits or a letter, «.» or «)», then spaces. */
function isListMarker(text: string, i: number): boolean {
  let k = i + 1;
  const skipSpaces = (): void => {
    while (k > 0 && !isLineBreak(text[k - 1]) && SPACE.test(text[k - 1]!)) k--;
  };
  skipSpaces();
  if (text[k - 1] !== '.' && text[k - 1] !== ')') return false;
  k--;
  let digits = 0;
  while (digits < 2 && k > 0 && /\d/.test(text[k - 1]!)) {
    k--;
    digits++;
  }
  if (digits === 0) {
    const ch = charBefore(text, k);
    if (ch === undefined || !LETTER.test(ch)) return false;
    k -= ch.length;
  }
  skipSpaces();
  return k === 0 || isLineBreak(text[k - 1]);
}

/* ---------------------------------------------------------------- indexes */

const lowerSet = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

/** Exact spelling first, then the ё-insensitive one. */
class FormMap {
  private readonly exact = new Map<string, string>();
  private readonly loose = new Map<string, string>();
  constructor(...maps: Record<string, string>[]) {
    for (const map of maps) {
      for (const [k, v] of Object.entries(map)) {
        if (!this.exact.has(k)) this.exact.set(k, v);
        const loose = foldWordOnce(k);
        if (!this.loose.has(loose)) this.loose.set(loose, v);
      }
    }
  }
  get(word: string): string | undefined {
    const lower = word.toLowerCase();
    return this.exact.get(lower) ?? this.loose.get(normalizeWord(lower));
  }
  values(): string[] {
    return [...this.exact.values()];
  }
}

const PRONOUNS = new FormMap(REGISTER_FORMS.pronouns.forms);
const POSSESSIVES = new FormMap(REGISTER_FORMS.possessives.forms);
const IMPERATIVES = new FormMap(...REGISTER_FORMS.imperatives.groups.map((g) => g.forms));
const IMPERATIVE_NO_FIX = lowerSet(REGISTER_FORMS.imperatives.noFix.words);
const NOT_BEFORE = new Map(Object.entries(REGISTER_FORMS.imperatives.notBefore.phrases).map(([k, v]) => [k, lowerSet(v)]));
const HOMOGRAPHS = lowerSet(REGISTER_FORMS.homographs.words);
const VERB_IRREGULAR = new FormMap(REGISTER_FORMS.verbs.irregular.forms);
const VERB_COMMON = new FormMap(REGISTER_FORMS.verbs.common.forms);
const NOT_VERBS = new Set(REGISTER_FORMS.verbs.notVerbs.words.map(foldWordOnce));
const VERB_ENDINGS = [...REGISTER_FORMS.verbs.endings].sort((a, b) => b.ty.length - a.ty.length);
const GREETINGS = new Map(Object.entries(REGISTER_FORMS.greetings.forms));
const AGREEMENT = lowerSet(REGISTER_FORMS.agreement.words);
const VY_WORDS = new Set(REGISTER_FORMS.vy.words.map(foldWordOnce));
/** Polite forms other than pronouns: plural imperatives, 2nd-person plural verbs, «здравствуйте». */
const VY_OTHER = new Set([
  ...IMPERATIVES.values(),
  ...VERB_COMMON.values(),
  ...Object.values(REGISTER_FORMS.greetings.forms).filter((g) => g.kind === 'greeting' && !g.vy.includes(' ')).map((g) => g.vy),
].map(foldWordOnce));

/** The polite form of a 2nd-person singular verb by its ending, or undefined when the word is not one. */
function verbPolite(lower: string): string | undefined {
  if (NOT_VERBS.has(normalizeWord(lower))) return undefined;
  const irregular = VERB_IRREGULAR.get(lower);
  if (irregular) return irregular;
  for (const { ty, vy } of VERB_ENDINGS) {
    // «ешь» itself is listed as irregular; a stem of at least two letters keeps out stray short words.
    if (lower.endsWith(ty) && lower.length >= ty.length + 2) return lower.slice(0, -ty.length) + vy;
  }
  return undefined;
}

/* ---------------------------------------------------------------- ты forms */

export type TyKind = 'pronoun' | 'possessive' | 'verb' | 'imperative' | 'greeting' | 'farewell';

export interface TyForm {
  kind: TyKind;
  start: number;
  end: number;
  /** The word as written. */
  actual: string;
  /** Polite alternatives, best first, with the capitalisation of the word as written. */
  expected: string[];
  /** Whether replacing the word with the single alternative is certainly right. */
  fix: boolean;
}

const gapIs = (masked: string, a: Token | undefined, b: Token | undefined, re: RegExp): boolean =>
  a !== undefined && b !== undefined && re.test(masked.slice(a.end, b.start));

/** «Пока» as a farewell: a sentence of its own, or after a comma or dash at the very end of a sentence. */
function isFarewell(masked: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // «Пока-пока»
  if (next && next.lower === 'пока' && masked.slice(t.end, next.start) === '-') return true;
  const before = sentencePosition(masked, t.start) === 'start' || /[,—–-]\s*$/u.test(masked.slice(0, t.start));
  if (!before) return false;
  const after = masked.slice(t.end);
  return /^[ \t]*(?:[!)]|[.…]*[ \t]*(?:$|[\r\n]))/u.test(after);
}

/** «Привет» as a greeting: at a sentence start (or after a placeholder or colon) or in «Всем привет». */
function isGreeting(masked: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'привет') return true;
  if (sentencePosition(masked, t.start) !== 'inside') return true;
  const prev = tokens[i - 1];
  return prev?.lower === 'всем' && gapIs(masked, prev, t, /^[ \t]+$/u);
}

/**
 * Every «ты» form of a text, in text order. Fixes are offered only where a one-word
 * swap is certainly right: «Здравствуй», imperatives not marked `noFix` and the common
 * verbs — and those two only when the template has no «ты» pronoun or possessive and
 * no word that agrees with the addressee (сам, готов, уверен…).
 */
export const findTyForms: (view: TextView) => readonly TyForm[] = perView((view) => tyForms(view));

function tyForms(view: TextView): TyForm[] {
  const masked = view.parsed.masked;
  const tokens = tokensOf(view);
  const out: TyForm[] = [];
  let agreement = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCyrillicWord(t)) continue;
    const lower = t.lower;
    if (AGREEMENT.has(lower)) agreement = true;
    const base = { start: t.start, end: t.end, actual: t.text };
    const pronoun = PRONOUNS.get(lower) ?? POSSESSIVES.get(lower);
    if (pronoun) {
      const kind = PRONOUNS.get(lower) ? 'pronoun' : 'possessive';
      const initial = sentencePosition(masked, t.start) === 'start';
      const capital = matchCase(isAllCaps(t.text) ? t.text : 'Ж', pronoun);
      const expected = initial || isAllCaps(t.text) ? [capital] : [capital, pronoun];
      out.push({ ...base, kind, expected, fix: false });
      continue;
    }
    const greeting = GREETINGS.get(lower);
    if (greeting) {
      const ok = greeting.kind === 'farewell' ? isFarewell(masked, tokens, i) : isGreeting(masked, tokens, i);
      if (ok) {
        out.push({ ...base, kind: greeting.kind, expected: [matchCase(t.text, greeting.vy)], fix: greeting.fix });
        // «Пока-пока» is one farewell.
        if (greeting.kind === 'farewell' && tokens[i + 1]?.lower === 'пока' && masked.slice(t.end, tokens[i + 1]!.start) === '-') {
          out[out.length - 1]!.end = tokens[i + 1]!.end;
          out[out.length - 1]!.actual = masked.slice(t.start, tokens[i + 1]!.end);
          i++;
        }
      }
      continue;
    }
    const plural = HOMOGRAPHS.has(lower) ? undefined : IMPERATIVES.get(lower);
    if (plural) {
      const next = tokens[i + 1];
      const phrase = NOT_BEFORE.get(lower);
      if (phrase && next && phrase.has(next.lower) && gapIs(masked, t, next, /^[ \t-]+$/u)) continue;
      out.push({ ...base, kind: 'imperative', expected: [matchCase(t.text, plural)], fix: !IMPERATIVE_NO_FIX.has(lower) });
      continue;
    }
    const polite = verbPolite(lower);
    if (polite) {
      const common = VERB_COMMON.get(lower);
      out.push({ ...base, kind: 'verb', expected: [matchCase(t.text, common ?? polite)], fix: common !== undefined });
    }
  }
  const blocked = agreement || out.some((f) => f.kind === 'pronoun' || f.kind === 'possessive');
  if (blocked) for (const f of out) if (f.kind === 'verb' || f.kind === 'imperative') f.fix = false;
  return out;
}

/* ---------------------------------------------------------------- вы forms */

export interface VyForm {
  kind: 'pronoun' | 'other';
  start: number;
  end: number;
  actual: string;
  /** Written with a capital first letter. */
  capital: boolean;
  /** Written in capitals throughout (ВЫ). */
  allCaps: boolean;
  position: SentencePosition;
}

/**
 * The «вы» forms of a text: the pronoun «вы» and «ваш» in every form (kind
 * `pronoun`), and, unless `pronounsOnly`, the polite verb forms the word lists know —
 * plural imperatives, 2nd-person plural verbs and «Здравствуйте» (kind `other`).
 */
export function findVyForms(view: TextView, pronounsOnly = false): readonly VyForm[] {
  const forms = allVyForms(view);
  return pronounsOnly ? forms.filter((f) => f.kind === 'pronoun') : forms;
}

/** Computed once per text view: register-vy-case and register-mixed both ask. */
const allVyForms = perView((view) => vyForms(view));

function vyForms(view: TextView): VyForm[] {
  const masked = view.parsed.masked;
  const out: VyForm[] = [];
  for (const t of tokensOf(view)) {
    if (!isCyrillicWord(t)) continue;
    const key = normalizeWord(t.lower);
    const kind = VY_WORDS.has(key) ? 'pronoun' : VY_OTHER.has(key) ? 'other' : undefined;
    if (!kind) continue;
    const first = t.text.charAt(0);
    out.push({
      kind,
      start: t.start,
      end: t.end,
      actual: t.text,
      capital: first !== first.toLowerCase(),
      allCaps: isAllCaps(t.text),
      position: sentencePosition(masked, t.start),
    });
  }
  return out;
}
