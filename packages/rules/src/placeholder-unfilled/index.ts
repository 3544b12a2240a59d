import { MASK, defineRule, walkPlaceholders, type PlaceholderDeclaration, type Placeholder } from '@otvet/core';
import { analyse } from '@otvet/morph';
import slotsData from './slots.yaml';
import invariantData from '../placeholder-plural/invariant.yaml';
import { foldWordOnce } from '../lib/normalize.js';
import { lazyUregex, uregex } from '../lib/unicode.js';
import { wordSet, type WordList } from '../lib/word-list.js';
import { countForms, pluralBlock } from '../lib/plural-forms.js';

/* ---------------------------------------------------------------- the data */

/** A group of slots.yaml (schema: packages/rules/schema/unfilled-slots.schema.json). */
export interface SlotGroup {
  note: string;
  words: string[];
  examples: string[];
  counterexamples: string[];
}

export interface SlotWordGroup extends SlotGroup {
  placeholder: string;
}

export type EndingKind = 'gender' | 'number' | 'person' | 'either';

export interface EndingGroup {
  note: string;
  kind: EndingKind;
  endings: string[];
  examples: string[];
  counterexamples: string[];
}

export interface PairGroup {
  note: string;
  pairs: [string, string][];
  examples: string[];
  counterexamples: string[];
}

export interface SlotData {
  description: string;
  slotWords: SlotWordGroup[];
  instructionVerbs: SlotGroup[];
  requestVerbs: SlotGroup[];
  pointerWords: SlotGroup[];
  possessives: SlotGroup[];
  slotPositions: SlotGroup[];
  interfaceWords: SlotGroup[];
  formatWords: SlotGroup[];
  masks: SlotGroup[];
  endings: EndingGroup[];
  addressWords: SlotGroup[];
  choicePairs: PairGroup[];
}

export const SLOTS = slotsData as SlotData;

/** Words and stems (a trailing «*»), alternatives joined by «|»; compared folded (lower case, ё → е). */
class Words {
  private readonly exact = new Set<string>();
  private readonly stems: string[] = [];

  constructor(words: Iterable<string>) {
    for (const entry of words) {
      for (const w of entry.split('|')) {
        if (w.endsWith('*')) this.stems.push(foldWordOnce(w.slice(0, -1)));
        else this.exact.add(foldWordOnce(w));
      }
    }
  }

  has(folded: string): boolean {
    return this.exact.has(folded) || this.stems.some((s) => folded.startsWith(s));
  }
}

/** The data, compiled for lookups. */
export interface Lexicon {
  /** Slot word → the placeholder to suggest. */
  slots: Map<string, string>;
  instructions: Words;
  requests: Words;
  pointers: Words;
  possessives: Words;
  positions: Words;
  interface: Words;
  formats: Words;
  /** Date and time masks, longest first. */
  masks: string[];
  endings: Map<string, EndingKind>;
  address: Words;
  pairs: [Words, Words][];
}

export function compileSlots(data: SlotData): Lexicon {
  const slots = new Map<string, string>();
  for (const g of data.slotWords) for (const w of g.words) slots.set(foldWordOnce(w), g.placeholder);
  const words = (groups: SlotGroup[]): Words => new Words(groups.flatMap((g) => g.words));
  const endings = new Map<string, EndingKind>();
  for (const g of data.endings) for (const e of g.endings) endings.set(e, g.kind);
  const maskWords = data.masks.flatMap((g) => g.words).sort((a, b) => b.length - a.length);
  return {
    slots,
    instructions: words(data.instructionVerbs),
    requests: words(data.requestVerbs),
    pointers: words(data.pointerWords),
    possessives: words(data.possessives),
    positions: words(data.slotPositions),
    interface: words(data.interfaceWords),
    formats: words(data.formatWords),
    masks: maskWords,
    endings,
    address: words(data.addressWords),
    pairs: data.choicePairs.flatMap((g) => g.pairs.map(([a, b]): [Words, Words] => [new Words([a]), new Words([b])])),
  };
}

/* ------------------------------------------------------------ the scanner */

export type SlotKind = 'bracket' | 'instruction' | 'filler' | 'gender' | 'address' | 'number' | 'choice';

export interface Slot {
  kind: SlotKind;
  start: number;
  end: number;
  actual: string;
  /** The ICU placeholder to suggest (`bracket`, `instruction`, `filler`, `address`). */
  placeholder?: string;
  /** The two sides of a choice. */
  left?: string;
  right?: string;
  /** The word whose plural ending is left open (`number`): «товар» of «товар(ов)». */
  word?: string;
}

export interface ScanOptions {
  /** Whether a word starting here follows a number placeholder that placeholder-plural reports. */
  counted?: (wordStart: number) => boolean;
  /** The placeholder name right before a word starting here, if any. */
  placeholderBefore?: (wordStart: number) => string | undefined;
  /** Whether a word is a verb or an adjective (takes gender endings) rather than a noun. */
  takesGender?: (word: string) => boolean;
}

const LETTER = uregex(String.raw`\p{L}`, 'u');
const CYRILLIC = /[а-яё]/iu;
const DIGIT = /\d/u;
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && (isLetter(c) || DIGIT.test(c));
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f';
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

const BRACKETS: { type: 'square' | 'angle' | 'paren'; open: string; re: RegExp }[] = [
  { type: 'square', open: '[', re: /\[([^[\]\n]{1,80})\]/gu },
  { type: 'angle', open: '<', re: /<([^<>\n]{1,80})>/gu },
  { type: 'paren', open: '(', re: /\(([^()\n]{1,80})\)/gu },
];
const MUSTACHE = /\{\{([^{}\n]{1,80})\}\}/gu;
/** What a slot description may hold: words, numbers, «№» and light punctuation (no quotes, «=», «@»: markup, mail). */
const DESCRIPTION = lazyUregex(String.raw`^[\p{L}\p{N} \u00a0\-‐_№.,:/]+$`, 'u');
/** Identifiers in brackets that placeholder-foreign-syntax reports ([order_number], <name>). */
const FOREIGN_SQUARE = /^[A-Za-z_][A-Za-z0-9_]+$/u;
const FOREIGN_ANGLE = /^[A-Za-z_][A-Za-z0-9_]*$/u;
/** A bracket holding nothing but a filler. */
const FILLER_ONLY = /^(?:…+|\.{3,}|_{2,}|[XХxх]{2,}|0{3,})$/u;
/** Runs of X (Latin or Cyrillic), zeros or underscores, alone or as a mask (ХХ.ХХ.ХХХХ, 000-00-00). */
const FILLER = lazyUregex(String.raw`(?<![\p{L}\p{N}_])(?:[XХxх]{2,}|0{2,}|_{2,})(?:[.:\-/ ](?:[XХxх]{2,}|0{2,}|_{2,}))*(?![\p{L}\p{N}_])`, 'gu');
const ELLIPSIS = /…+|\.{3,}/gu;
const LOWER_START = lazyUregex(String.raw`^\p{Ll}`, 'u');
const GENDER_POS = new Set(['VERB', 'ADJF', 'ADJS', 'PRTF', 'PRTS']);

/** «не» and a blank at `i`, not the end of a longer word. */
function negation(text: string, i: number): boolean {
  return i >= 0 && (text[i] === 'н' || text[i] === 'Н') && (text[i + 1] === 'е' || text[i + 1] === 'Е') && isBlank(text[i + 2]) && !isLetter(text[i - 1]);
}

/**
 * The matches of a global regex, from one shared object: `matchAll` would clone it, and every clone
 * starts in V8's regexp interpreter again (tier-up is per object). Not re-entrant.
 */
function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}

/** The word ending at `end` (letters and inner hyphens), or ''. */
function wordEndingAt(text: string, end: number): { word: string; start: number } {
  let s = end;
  while (s > 0 && (isLetter(text[s - 1]) || (text[s - 1] === '-' && isLetter(text[s - 2]) && s < end))) s--;
  return { word: text.slice(s, end), start: s };
}

/** The position before the blanks that precede `i`. */
function skipBlanksBack(text: string, i: number): number {
  while (i > 0 && isBlank(text[i - 1])) i--;
  return i;
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && isBlank(text[i])) i++;
  return i;
}

/** The word before `i` (blanks and an opening quote skipped), folded; '' when punctuation comes first. */
function foldedWordBefore(text: string, i: number): string {
  let j = skipBlanksBack(text, i);
  if (text[j - 1] === '«' || text[j - 1] === '"') j = skipBlanksBack(text, j - 1);
  return foldWordOnce(wordEndingAt(text, j).word);
}

/**
 * Whether a value could stand at `i`: the start of a line, after «№», «#», «:», a comma or a dash,
 * or after one of the slot positions (prepositions, greetings).
 */
function atSlotPosition(text: string, i: number, lex: Lexicon): boolean {
  const j = skipBlanksBack(text, i);
  if (j === 0 || isBreak(text[j - 1])) return true;
  if ('№#:,—–'.includes(text[j - 1]!)) return true;
  const { word } = wordEndingAt(text, j);
  return word !== '' && lex.positions.has(foldWordOnce(word));
}

const defaultTakesGender = (word: string): boolean => {
  try {
    return analyse(word.toLowerCase()).some((r) => GENDER_POS.has(r.pos));
  } catch {
    return false;
  }
};


/** Every slot left in a text: `value` as written, `masked` with its placeholders masked (same offsets). */
export function findSlots(value: string, masked: string, lex: Lexicon, options: ScanOptions = {}): Slot[] {
  const found: Slot[] = [];
  const claimed = new Uint8Array(value.length);
  const free = (s: number, e: number): boolean => !claimed.subarray(s, e).some((c) => c === 1);
  /** Record a slot; one that holds a placeholder only when it was found in the text as written (`{{ … }}`). */
  const add = (slot: Slot, raw = false): void => {
    if (!free(slot.start, slot.end) || (!raw && masked.slice(slot.start, slot.end).includes(MASK))) return;
    claimed.fill(1, slot.start, slot.end);
    found.push(slot);
  };
  const takesGender = options.takesGender ?? defaultTakesGender;
  const formatBefore = (i: number): boolean => lex.formats.has(foldedWordBefore(masked, i));
  /** The placeholder to suggest for a filler at `i`: the slot word before it names the value («трек-номер: ___»). */
  const guess = (i: number): string => {
    let j = skipBlanksBack(masked, i);
    if (masked[j - 1] === '№' || masked[j - 1] === '#') return 'order_number';
    while (j > 0 && ':—–-'.includes(masked[j - 1]!)) j = skipBlanksBack(masked, j - 1);
    const word = foldWordOnce(wordEndingAt(masked, j).word);
    return lex.slots.get(word) ?? lex.slots.get(word.split('-').pop()!) ?? 'name';
  };

  /**
   * Whether the sentence before `i` (at most 120 characters back) names a button or a tab: «Нажмите
   * [Оформить возврат], затем [Указать причину]» names two buttons.
   */
  const interfaceBefore = (i: number): boolean => {
    const from = Math.max(0, i - 120);
    let j = i;
    while (j > from && !'.!?\n'.includes(masked[j - 1]!)) {
      const { word, start } = wordEndingAt(masked, j);
      if (word && lex.interface.has(foldWordOnce(word))) return true;
      j = word ? start : j - 1;
    }
    return false;
  };
  /** What a bracketed text is: a slot, a note to the writer, a filler, or nothing. */
  const classify = (content: string, type: 'square' | 'angle' | 'paren' | 'mustache', open: number): Pick<Slot, 'kind' | 'placeholder'> | undefined => {
    const found = slotIn(content, type, open);
    return found && type !== 'mustache' && interfaceBefore(open) ? undefined : found;
  };
  const slotIn = (content: string, type: 'square' | 'angle' | 'paren' | 'mustache', open: number): Pick<Slot, 'kind' | 'placeholder'> | undefined => {
    const inner = content.trim();
    if (inner === '' || inner.includes(MASK)) return undefined;
    if (FILLER_ONLY.test(inner)) return { kind: 'filler', placeholder: guess(open) };
    if (type === 'square' && FOREIGN_SQUARE.test(inner)) return undefined;
    if (type === 'angle' && FOREIGN_ANGLE.test(inner)) return undefined;
    // «<<Мои заказы>>» and «[[…]]» are quotes typed with brackets.
    if (type !== 'mustache' && type !== 'paren' && (masked[open - 1] === masked[open] || masked[open + content.length + 2] === masked[open + content.length + 1])) return undefined;
    // A value already there («(цвет: белый)», «(размер 42)») is a description, not a slot; a filler in it is found on its own.
    if (/[:\d]/u.test(inner)) return undefined;
    const mustache = type === 'mustache' && /\s/u.test(inner);
    if (!DESCRIPTION().test(inner) || !LETTER.test(inner)) return mustache ? { kind: 'bracket', placeholder: 'name' } : undefined;
    const words = inner.split(/[ \u00a0]+/u).map((w) => foldWordOnce(w.replace(/^[.,:]+|[.,:]+$/gu, ''))).filter(Boolean);
    if (words.length === 0 || words.length > 6) return mustache ? { kind: 'bracket', placeholder: 'name' } : undefined;
    const slotAfter = (from: number): string => words.slice(from).map((w) => lex.slots.get(w)).find((p) => p !== undefined) ?? 'name';
    const isFilling = (w: string | undefined): boolean => w !== undefined && (lex.slots.has(w) || lex.instructions.has(w) || lex.requests.has(w));
    if (lex.pointers.has(words[0]!) && isFilling(words[1])) return { kind: 'instruction', placeholder: slotAfter(1) };
    const at = lex.possessives.has(words[0]!) && words.length > 1 ? 1 : 0;
    const head = words[at]!;
    if (lex.instructions.has(head)) return { kind: 'instruction', placeholder: slotAfter(at + 1) };
    if (lex.requests.has(head) && type !== 'paren') return { kind: 'instruction', placeholder: slotAfter(at + 1) };
    const slot = head === '№' ? 'order_number' : lex.slots.get(head);
    if (slot !== undefined) {
      if (type !== 'paren') return { kind: 'bracket', placeholder: slot };
      if (words.length <= 3 && atSlotPosition(masked, open, lex)) return { kind: 'bracket', placeholder: slot };
    }
    return mustache ? { kind: 'bracket', placeholder: 'name' } : undefined;
  };

  // «{{ имя покупателя }}»: not ICU, and with blanks inside not what placeholder-foreign-syntax reports either.
  if (value.includes('{{')) {
    for (const m of execAll(MUSTACHE, value)) {
      if (!/\s/u.test(m[1]!.trim())) continue;
      const c = classify(m[1]!, 'mustache', m.index);
      if (c) add({ ...c, start: m.index, end: m.index + m[0].length, actual: m[0] }, true);
    }
  }
  for (const { type, open, re } of BRACKETS) {
    if (!masked.includes(open)) continue;
    for (const m of execAll(re, masked)) {
      const c = classify(m[1]!, type, m.index);
      if (c) add({ ...c, start: m.index, end: m.index + m[0].length, actual: value.slice(m.index, m.index + m[0].length) });
    }
  }

  // Masks: ДД.ММ.ГГГГ, and runs of X, zeros and underscores.
  for (const mask of lex.masks) {
    for (let i = masked.indexOf(mask); i >= 0; i = masked.indexOf(mask, i + 1)) {
      const e = i + mask.length;
      if (isWordChar(masked[i - 1]) || isWordChar(masked[e]) || formatBefore(i)) continue;
      const placeholder = guess(i);
      add({ kind: 'filler', start: i, end: e, actual: mask, placeholder: placeholder === 'name' ? 'date' : placeholder });
    }
  }
  if (/[XХxх0_]{2}/u.test(masked)) {
    for (const m of execAll(FILLER(), masked)) {
      const text = m[0];
      const s = m.index;
      const e = s + text.length;
      const groups = text.split(/[.:\-/ ]/u);
      const unders = groups.filter((g) => g.startsWith('_'));
      const xs = groups.filter((g) => /^[XХxх]/u.test(g));
      const zeros = groups.filter((g) => g.startsWith('0'));
      let report = false;
      if (unders.length && unders.join('').length >= 3) report = true;
      // XX alone is also the Roman 20 (XX век): a run of X needs three letters, or a mask of two runs.
      if (xs.some((g) => g.length >= 3) || xs.length >= 2) report = true;
      if (zeros.length) {
        const thousands = (isBlank(masked[s - 1]) || '.,\''.includes(masked[s - 1] ?? '')) && DIGIT.test(masked[s - 2] ?? '');
        const decimal = /^[.,]\d/u.test(masked.slice(e, e + 2));
        // 00.00.0000 and 000-00-00 are masks; 00:00 and 00.00 are a time and a price.
        const maskLike = zeros.some((g) => g.length >= 3) || (zeros.length >= 3 && !text.includes(':'));
        if (!thousands && !decimal && maskLike) report = true;
      }
      // XXX-L is a size; beside digits or a placeholder (xxxx-{last4}, XXXX 1234) the run hides part of a
      // number whose rest is shown. Neither is a slot.
      const beyond = (i: number, step: 1 | -1): string | undefined => (masked[i] === '-' || isBlank(masked[i]) ? masked[i + step] : undefined);
      const next = beyond(e, 1);
      const prev = beyond(s - 1, -1);
      const numberLike = (c: string | undefined): boolean => c !== undefined && (DIGIT.test(c) || c === MASK);
      if ((masked[e] === '-' && isLetter(next)) || (masked[s - 1] === '-' && isLetter(prev)) || numberLike(next) || numberLike(prev)) report = false;
      if (report && !formatBefore(s)) add({ kind: 'filler', start: s, end: e, actual: value.slice(s, e), placeholder: guess(s) });
    }
  }

  // A standalone ellipsis where a value should be: «Заказ № … отправлен», «Здравствуйте, …!».
  if (masked.includes('…') || masked.includes('...')) {
    for (const m of execAll(ELLIPSIS, masked)) {
      const s = m.index;
      const e = s + m[0].length;
      const j = skipBlanksBack(masked, s);
      if (j === s && masked[s - 1] !== '№') continue; // glued to a word: the sentence trails off
      if (j === 0 || isBreak(masked[j - 1])) continue;
      const before = masked[j - 1]!;
      const label = '№#:'.includes(before);
      const k = skipBlanks(masked, e);
      const next = masked[k];
      const punct = next !== undefined && '!?,;)»"”.'.includes(next) && k === e;
      const word = k > e && next !== undefined && LOWER_START().test(next);
      const end = next === undefined || isBreak(next);
      let ok = false;
      if (label) ok = punct || word || end;
      else if (before === ',') ok = punct;
      else if (lex.positions.has(foldWordOnce(wordEndingAt(masked, j).word))) ok = punct || word;
      if (ok) add({ kind: 'filler', start: s, end: e, actual: m[0], placeholder: guess(s) });
    }
  }

  /**
   * Where the last counted word left alone ends («{n} файл(ы)»): the words of its sentence that
   * agree with that count («… был(и) загружены») are left alone with it.
   */
  let countedEnd = -1;
  const sameSentence = (from: number, to: number): boolean => from >= 0 && !/[.!?;\n\r]/u.test(masked.slice(from, to));
  /** An alternative ending on `base` (word from `wordStart`), reported from `start` to `end`. */
  const alternative = (wordStart: number, end: number, base: string, ending: string, kind: EndingKind): void => {
    const folded = foldWordOnce(base);
    const actual = value.slice(wordStart, end);
    if (lex.address.has(folded)) {
      add({ kind: 'address', start: wordStart, end, actual, placeholder: 'buyer_name' });
      return;
    }
    let resolved: 'gender' | 'number' = kind === 'number' ? 'number' : kind === 'either' ? (takesGender(base) ? 'gender' : 'number') : 'gender';
    if (/^[a-z]+$/iu.test(ending)) resolved = 'number';
    if (resolved === 'number') {
      // After a placeholder the count is a value only the placeholder knows: a number placeholder
      // is placeholder-plural's («{count} товар(ов)»), and any other is left alone, since software
      // strings write «{p1} элемент(ов)» on purpose; so are the words of the sentence that agree
      // with that count.
      if (options.counted?.(wordStart) || options.placeholderBefore?.(wordStart) !== undefined || sameSentence(countedEnd, wordStart)) {
        countedEnd = end;
        return;
      }
      add({ kind: 'number', start: wordStart, end, actual, word: base });
    } else add({ kind: 'gender', start: wordStart, end, actual });
  };
  const endingKind = (ending: string, base: string): EndingKind | undefined => {
    const kind = lex.endings.get(foldWordOnce(ending));
    if (!kind) return undefined;
    // Russian endings go on Russian words; «(s)» goes on any.
    if (CYRILLIC.test(ending) && !CYRILLIC.test(base.slice(-1))) return undefined;
    return kind;
  };

  // Endings in parentheses: «товар(ов)», «получил(-а)», «Уважаемый (-ая)».
  for (let i = masked.indexOf('('); i >= 0; i = masked.indexOf('(', i + 1)) {
    const glued = isLetter(masked[i - 1]);
    if (!glued && !(isBlank(masked[i - 1]) && isLetter(masked[i - 2]) && masked[i + 1] === '-')) continue;
    const m = /^\((-?)([^()\s-]{1,4})\)/u.exec(masked.slice(i, i + 8));
    if (!m) continue;
    const baseEnd = glued ? i : i - 1;
    const { start } = wordEndingAt(masked, baseEnd);
    const base = masked.slice(start, baseEnd);
    const kind = endingKind(m[2]!, base);
    if (!kind || base.length < 2 || DIGIT.test(masked[start - 1] ?? '')) continue;
    alternative(start, i + m[0].length, base, m[2]!, kind);
  }

  // Slashes: «получили/не получили», «размер/цвет», «получил/получила», «рад/а».
  for (let i = masked.indexOf('/'); i >= 0; i = masked.indexOf('/', i + 1)) {
    const lb = skipBlanksBack(masked, i);
    const spacedLeft = lb < i;
    let ls = lb;
    while (ls > 0 && isLetter(masked[ls - 1])) ls--;
    const left = masked.slice(ls, lb);
    // Not a path, an address or a compound: «ozon.ru/заказы», «т.к./т.е.».
    if (!left || /[/.@:\\_\-\d\uFFFC]/u.test(masked[ls - 1] ?? '')) continue;
    const leftNeg = negation(masked, ls - 3);
    let rs = skipBlanks(masked, i + 1);
    const spacedRight = rs > i + 1;
    const rightNeg = negation(masked, rs) && isLetter(masked[rs + 3]);
    if (rightNeg) rs += 3;
    const hyphen = !spacedRight && !rightNeg && masked[rs] === '-';
    if (hyphen) rs++;
    let re = rs;
    while (re < masked.length && isLetter(masked[re])) re++;
    const right = masked.slice(rs, re);
    if (!right || /[/@\d_\uFFFC]/u.test(masked[re] ?? '')) continue;
    if ((masked[re] === '.' || masked[re] === '-') && isLetter(masked[re + 1])) continue;
    if (!CYRILLIC.test(left) || !CYRILLIC.test(right)) continue;
    const fl = foldWordOnce(left);
    const fr = foldWordOnce(right);
    const start = leftNeg ? ls - 3 : ls;
    const choice = (): void => add({
      kind: 'choice', start, end: re, actual: value.slice(start, re), left: value.slice(start, lb), right: value.slice(rightNeg ? rs - 3 : rs, re),
    });
    // «получили/не получили»: a statement and its negation.
    if (leftNeg !== rightNeg) {
      if (fl === fr && !hyphen) choice();
      continue;
    }
    if (leftNeg) continue;
    if (!hyphen && lex.pairs.some(([a, b]) => (a.has(fl) && b.has(fr)) || (b.has(fl) && a.has(fr)))) {
      choice();
      continue;
    }
    if (spacedLeft || spacedRight) continue;
    // One stem with two endings: «получил/получила», «Уважаемый/Уважаемая», «заказ/заказы».
    if (!hyphen) {
      let p = 0;
      while (p < fl.length && p < fr.length && fl[p] === fr[p]) p++;
      const e1 = fl.slice(p);
      const e2 = fr.slice(p);
      const kinds = [e1, e2].filter((e) => e !== '').map((e) => lex.endings.get(e));
      if (p >= 3 && kinds.length > 0 && kinds.every((k) => k !== undefined)) {
        const kind: EndingKind = kinds.includes('number') ? 'number' : kinds.some((k) => k === 'gender' || k === 'person') ? 'gender' : 'either';
        alternative(ls, re, left, e2 || e1, kind);
        continue;
      }
    }
    // An ending after the slash: «рад/а», «Дорогой/-ая».
    if (left.length >= 3 && right.length <= 4) {
      const kind = endingKind(right, left);
      if (kind) alternative(ls, re, left, right, kind);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/* ---------------------------------------------------------------- the rule */

const INVARIANT = wordSet(invariantData as WordList);
const NEXT_WORD = /^[ \u00a0\u202f]+([\p{Script=Cyrillic}][\p{Script=Cyrillic}-]*)/u;
let lexicon: Lexicon | undefined;

/**
 * Template scaffolding left in the text: slot descriptions in brackets, notes to the writer,
 * fillers (XXX, ___, 000), endings left for the reader to choose and either/or pairs nobody
 * resolved. The buyer sees all of it as written.
 */
export default defineRule({
  id: 'placeholder-unfilled',
  category: 'placeholder',
  description: {
    en: 'No template scaffolding left for the buyer: slot descriptions in brackets ([имя], <номер заказа>), notes to the writer, XXX or ___, endings to choose (товар(ов), получил(а)), unresolved either/or pairs.',
    zh: '不要把模板的“脚手架”留给买家：括号里的待填说明（[имя]、<номер заказа>）、写给编辑的提示、XXX 或 ___、待选词尾（товар(ов)、получил(а)）以及没有做出选择的“A/B”。',
    ru: 'Без заготовок шаблона в тексте: описаний мест в скобках ([имя], <номер заказа>), пометок для автора, XXX или ___, окончаний на выбор (товар(ов), получил(а)), невыбранных пар через «/».',
  },
  fixable: false,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    bracket: {
      en: '“{actual}” is a slot the template left unfilled: the buyer sees it as written, brackets included («Здравствуйте, [имя покупателя]!»). Write the value itself, or the template’s placeholder {placeholder}.',
      zh: '“{actual}”是模板中没有填写的空位：买家会原样看到它，连括号一起（例如 «Здравствуйте, [имя покупателя]!»）。请写入实际内容，或使用模板的占位符 {placeholder}。',
      ru: '«{actual}» — незаполненное место шаблона: покупатель увидит его как есть, вместе со скобками («Здравствуйте, [имя покупателя]!»). Впишите само значение или плейсхолдер шаблона {placeholder}.',
    },
    'bracket-declare': {
      en: '“{actual}” is a slot the template left unfilled: the buyer sees it as written, brackets included («Здравствуйте, [имя покупателя]!»). Write the value itself, or declare a placeholder for it under placeholders: (such as {placeholder}) and write that.',
      zh: '“{actual}”是模板中没有填写的空位：买家会原样看到它，连括号一起（例如 «Здравствуйте, [имя покупателя]!»）。请写入实际内容，或在 placeholders: 中为它声明一个占位符（例如 {placeholder}）并写在这里。',
      ru: '«{actual}» — незаполненное место шаблона: покупатель увидит его как есть, вместе со скобками («Здравствуйте, [имя покупателя]!»). Впишите само значение или объявите для него плейсхолдер в placeholders: (например, {placeholder}) и впишите его.',
    },
    instruction: {
      en: '“{actual}” is a note to the writer, not text for the buyer: the buyer reads the instruction itself («Отправим заказ (указать срок).»). Write what it asks for, or the template’s placeholder {placeholder}.',
      zh: '“{actual}”是写给编写者的提示，不是给买家看的内容：买家会直接读到这条指示（例如 «Отправим заказ (указать срок).»）。请按提示填入实际内容，或使用模板的占位符 {placeholder}。',
      ru: '«{actual}» — пометка для автора, а не текст для покупателя: покупатель прочитает саму инструкцию («Отправим заказ (указать срок).»). Впишите то, что она требует, или плейсхолдер шаблона {placeholder}.',
    },
    'instruction-declare': {
      en: '“{actual}” is a note to the writer, not text for the buyer: the buyer reads the instruction itself («Отправим заказ (указать срок).»). Write what it asks for, or declare a placeholder for it under placeholders: (such as {placeholder}) and write that.',
      zh: '“{actual}”是写给编写者的提示，不是给买家看的内容：买家会直接读到这条指示（例如 «Отправим заказ (указать срок).»）。请按提示填入实际内容，或在 placeholders: 中为它声明一个占位符（例如 {placeholder}）并写在这里。',
      ru: '«{actual}» — пометка для автора, а не текст для покупателя: покупатель прочитает саму инструкцию («Отправим заказ (указать срок).»). Впишите то, что она требует, или объявите для этого плейсхолдер в placeholders: (например, {placeholder}) и впишите его.',
    },
    filler: {
      en: '“{actual}” stands where a value should be: the buyer sees “{actual}” instead of the number, date or name meant here. Write the value, or the template’s placeholder {placeholder}.',
      zh: '“{actual}”占着本应填写具体内容的位置：买家看到的是“{actual}”，而不是这里应有的号码、日期或姓名。请填入实际内容，或使用模板的占位符 {placeholder}。',
      ru: '«{actual}» стоит на месте значения: покупатель увидит «{actual}» вместо номера, даты или имени. Впишите значение или плейсхолдер шаблона {placeholder}.',
    },
    'filler-declare': {
      en: '“{actual}” stands where a value should be: the buyer sees “{actual}” instead of the number, date or name meant here. Write the value, or declare a placeholder for it under placeholders: (such as {placeholder}) and write that.',
      zh: '“{actual}”占着本应填写具体内容的位置：买家看到的是“{actual}”，而不是这里应有的号码、日期或姓名。请填入实际内容，或在 placeholders: 中为它声明一个占位符（例如 {placeholder}）并写在这里。',
      ru: '«{actual}» стоит на месте значения: покупатель увидит «{actual}» вместо номера, даты или имени. Впишите значение или объявите для него плейсхолдер в placeholders: (например, {placeholder}) и впишите его.',
    },
    gender: {
      en: '“{actual}” leaves a gender ending for the reader to choose: the buyer sees the brackets or the slash, like a form nobody finished. Write a form that needs no gender: address the buyer as «Вы» (Вы получили), speak for the shop as «мы» (мы получили), greet with «Здравствуйте».',
      zh: '“{actual}”把阴性/阳性词尾留给读者去选：买家会看到括号或斜杠，像一张没填完的表格。请改用不需要区分性别的说法：称呼买家用 «Вы»（Вы получили），店铺自称用 «мы»（мы получили），问候用 «Здравствуйте»。',
      ru: '«{actual}» оставляет выбор родового окончания читателю: покупатель увидит скобки или косую черту, как в незаполненном бланке. Напишите форму без рода: к покупателю — на «Вы» (Вы получили), о магазине — «мы» (мы получили), приветствие — «Здравствуйте».',
    },
    address: {
      en: '“{actual}” leaves the buyer’s gender open: the buyer reads a form letter. Greet with «Здравствуйте!» instead, or by name with the template’s placeholder {placeholder}.',
      zh: '“{actual}”没有确定买家的性别：买家会觉得自己在读一封群发的格式信。请改用 «Здравствуйте!» 问候，或用模板的占位符 {placeholder} 称呼买家姓名。',
      ru: '«{actual}» оставляет пол покупателя открытым: покупатель читает бланк-рассылку. Поздоровайтесь «Здравствуйте!» или обратитесь по имени через плейсхолдер шаблона {placeholder}.',
    },
    'address-declare': {
      en: '“{actual}” leaves the buyer’s gender open: the buyer reads a form letter. Greet with «Здравствуйте!» instead, or by name: declare a placeholder for it under placeholders: (such as {placeholder}) and write that.',
      zh: '“{actual}”没有确定买家的性别：买家会觉得自己在读一封群发的格式信。请改用 «Здравствуйте!» 问候，或称呼买家姓名：在 placeholders: 中声明一个占位符（例如 {placeholder}）并写在这里。',
      ru: '«{actual}» оставляет пол покупателя открытым: покупатель читает бланк-рассылку. Поздоровайтесь «Здравствуйте!» или обратитесь по имени: объявите для этого плейсхолдер в placeholders: (например, {placeholder}) и впишите его.',
    },
    number: {
      en: '“{actual}” leaves the plural ending for the reader to choose: the buyer sees «3 товар(ов)». Write the form the number needs ({forms}); when a placeholder gives the number, use an ICU plural: {example}.',
      zh: '“{actual}”把单复数词尾留给读者去选：买家会看到 «3 товар(ов)» 这样的写法。请写出与数字相符的形式（{forms}）；数字来自占位符时，请用 ICU 复数：{example}。',
      ru: '«{actual}» оставляет выбор окончания читателю: покупатель увидит «3 товар(ов)». Напишите форму, нужную для числа ({forms}); если число подставляет плейсхолдер, используйте ICU plural: {example}.',
    },
    choice: {
      en: '“{actual}” is a choice the writer did not make: the buyer cannot tell which is true. Keep the one that applies («{left}» or «{right}»); if either may be, write «{left} или {right}».',
      zh: '“{actual}”是编写模板时本该做出却没有做出的选择：买家无法判断哪一个才是实际情况。请只保留符合实际的一项（«{left}» 或 «{right}»）；如果两者都可能，请写成 «{left} или {right}»。',
      ru: '«{actual}» — выбор, который автор шаблона не сделал: покупатель не поймёт, что из этого верно. Оставьте одно («{left}» или «{right}»); если возможно и то и другое, напишите «{left} или {right}».',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  const masked = parsed.masked;
  lexicon ??= compileSlots(SLOTS);
  // The placeholders placeholder-plural counts (a number before a noun): it reports «{count} товар(ов)» itself.
  let all: Placeholder[] | undefined;
  let numeric: Set<string> | undefined;
  const placeholders = (): Placeholder[] => (all ??= [...walkPlaceholders(parsed.placeholders)]);
  const isNumeric = (name: string): boolean => {
    if (!numeric) {
      numeric = new Set<string>();
      for (const [n, d] of Object.entries(context.placeholders) as [string, PlaceholderDeclaration | null][]) if (d && (d.type === 'number' || d.type === 'money')) numeric.add(n);
      for (const p of placeholders()) if (p.kind === 'number' || p.kind === 'plural' || p.kind === 'selectordinal') numeric.add(p.name);
    }
    return numeric.has(name);
  };
  const before = (wordStart: number): Placeholder | undefined => {
    const gap = skipBlanksBack(value, wordStart);
    return gap < wordStart ? placeholders().find((p) => p.end === gap && (p.kind === 'argument' || p.kind === 'number')) : undefined;
  };
  const counted = (wordStart: number): boolean => {
    const p = before(wordStart);
    if (!p || !isNumeric(p.name)) return false;
    const next = NEXT_WORD.exec(value.slice(p.end, wordStart + 40));
    return next !== null && !INVARIANT.has(next[1]!.toLowerCase());
  };
  // The template's placeholder for a slot: the one named as suggested, else one that shares a
  // word of its name (order_number → order, buyer_name → customer_name); undefined: none declared.
  const declared = Object.keys(context.placeholders);
  const declaredFor = (suggested: string): string | undefined => {
    if (declared.includes(suggested)) return suggested;
    const words = suggested.split('_').filter((w) => w.length > 2);
    return declared.find((d) => d.toLowerCase().split(/_|(?=[A-Z])/u).some((w) => words.includes(w.toLowerCase())));
  };
  // The number placeholder a plural block is shown with: the template's one, else a stand-in “…”.
  const numbers = declared.filter((n) => isNumeric(n));
  for (const slot of findSlots(value, masked, lexicon, { counted, placeholderBefore: (s) => before(s)?.name })) {
    const data: Record<string, string> = { actual: slot.actual };
    let messageId: string = slot.kind;
    if (slot.placeholder !== undefined) {
      const own = declaredFor(slot.placeholder);
      data.placeholder = `{${own ?? slot.placeholder}}`;
      if (!own) messageId = `${slot.kind}-declare`;
    }
    if (slot.kind === 'number' && slot.word !== undefined) {
      const forms = countForms(slot.word);
      data.forms = forms ? `1 ${forms.one}, 2 ${forms.few}, 5 ${forms.many}` : '1 товар, 2 товара, 5 товаров';
      data.example = pluralBlock(numbers.length === 1 ? numbers[0]! : '…', slot.word);
    }
    if (slot.left !== undefined) data.left = slot.left;
    if (slot.right !== undefined) data.right = slot.right;
    context.report({ messageId, data, start: slot.start, end: slot.end, actual: slot.actual, fix: false });
  }
});
