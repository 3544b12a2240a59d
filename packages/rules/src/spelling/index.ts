import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { closest, defineRule, UserError, WORD_PATTERN } from '@otvet/core';
import { analyse, type Reading } from '@otvet/morph';
import { toString } from 'nlcst-to-string';
import type { Root, Sentence, Word } from 'nlcst';
import { SpellChecker } from './checker.js';
import { WordIndex } from './word-index.js';
import wordsData from './words.yaml';
import { wordSet, type WordList } from '../lib/word-list.js';
import { lazyUregex } from '../lib/unicode.js';
import { ProjectWords } from './project-words.js';
import { isGlossaryWord } from '../lib/glossary.js';
import { foldWord } from '../lib/normalize.js';
import { lexiconIndex, type Lexicon } from '../lib/tone-lexicon.js';
import diminutives from '../tone-diminutive/diminutives.yaml';
import slang from '../tone-slang/slang.yaml';

/** Where the word index is: beside the bundled CLI, or generated in the rules package. */
const INDEX_CANDIDATES = ['./ru-words.bin', '../../data/ru-words.bin'];

let checker: SpellChecker | undefined;

/** The domain words (words.yaml), each also with «е» for «ё» (приёмок, приемок), as for dictionary words. */
function domainWords(): Set<string> {
  const out = wordSet(wordsData as WordList);
  for (const w of [...out]) if (w.includes('ё')) out.add(w.replaceAll('ё', 'е'));
  return out;
}

function getChecker(): SpellChecker {
  if (checker) return checker;
  for (const candidate of INDEX_CANDIDATES) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) {
      checker = new SpellChecker(WordIndex.open(path), domainWords());
      return checker;
    }
  }
  throw new UserError({
    en: 'The Russian word index is missing: run `pnpm build` (it expands dictionary-ru).',
    zh: '缺少俄语词库：请运行 `pnpm build`（它会展开 dictionary-ru）。',
    ru: 'Нет словаря русских словоформ: выполните `pnpm build` (он разворачивает dictionary-ru).',
  });
}

/** Index lookups the spelling rule has made in this process: a deterministic measure of its work (for tests). */
export function spellingLookups(): number {
  return checker?.lookups ?? 0;
}

const LETTER = lazyUregex(String.raw`\p{L}`, 'u');
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}\u00ad-]+$/u;

/**
 * A word of tone-diminutive's or tone-slang's lists (заказик, спасибки, ок): a real word, reported
 * by those rules as a matter of style, not here as a misspelling (one finding, counted once in the
 * error rate). Their indexes are built on first use, here on the first word the dictionary lacks.
 */
function isStyleWord(word: string): boolean {
  const key = foldWord(word);
  return lexiconIndex(diminutives as Lexicon).has(key) || lexiconIndex(slang as Lexicon).has(key);
}

/**
 * Marks of a dictionary reading that does not make a word correct: errors and distortions the
 * dictionary lists on purpose, colloquial and slang forms (tone-slang's business), archaic,
 * bookish and variant forms (голосованьем, дерев, услыша: a learner's slip more often than a
 * choice), and names, places, brands and abbreviations (a lower-case «маша» is a misspelling).
 */
const NOT_A_SPELLING = ['Erro', 'Dist', 'Infr', 'Slng', 'Arch', 'Litr', 'Fimp', 'Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr', 'Init'];
/**
 * Parts of speech whose forms hunspell lacks mostly because they are odd: short adjectives of
 * relative adjectives (южна, музейна), participles and gerunds of rare verbs (вбросанных).
 */
const NOT_A_SPELLING_POS = new Set(['ADJS', 'PRTS', 'PRTF', 'GRND']);
const isAccepted = (r: Reading): boolean =>
  !r.predicted && !NOT_A_SPELLING_POS.has(r.pos) && !NOT_A_SPELLING.some((mark) => r.tags.has(mark)) && ![...r.tags].some((t) => t.startsWith('V-'));

/**
 * A word the morphological dictionary (OpenCorpora, ~5 million forms) lists, though hunspell
 * lacks it: modern and technical words (кэш, нечисловой, неподдерживаемый), in every form. Only
 * readings the dictionary itself holds count, never ones guessed from the ending, and only of
 * lexemes hunspell does not know; a hyphenated word counts when each part is a word.
 */
function isDictionaryWord(spell: SpellChecker, word: string): boolean {
  // Where hunspell knows the lexeme, its paradigm is the one that counts: a form it leaves out
  // (a plural of a mass noun) stays out.
  const known = (part: string): boolean =>
    analyse(part.toLowerCase()).some((r) => isAccepted(r) && !spell.isCorrect(r.lemma));
  if (known(word)) return true;
  const parts = word.split('-').filter((p) => p !== '');
  return parts.length > 1 && parts.every((p) => spell.isCorrect(p) || known(p));
}

/** Project words: the rule's `words` option and the config's `dictionaries:` word lists. */
function projectWords(options: { words?: readonly string[] }, resources: Readonly<Record<string, readonly unknown[]>>): ProjectWords {
  const listed = (resources.dictionary ?? []).filter((w): w is string => typeof w === 'string');
  return new ProjectWords([...(options.words ?? []), ...listed]);
}

/** A project word, or a hyphenated word whose parts are project or dictionary words (селлер-центр). */
function isProjectWord(project: ProjectWords, spell: SpellChecker, word: string): boolean {
  if (project.size === 0) return false;
  if (project.has(word)) return true;
  const parts = word.split('-').filter((p) => p !== '');
  return parts.length > 1 && parts.some((p) => project.has(p)) && parts.every((p) => project.has(p) || spell.isCorrect(p));
}

/** The closest project word, in the case of the text's word, to rank first among suggestions. */
function nearProjectWord(project: ProjectWords, word: string): string | undefined {
  if (project.size === 0 || word.length < 4) return undefined;
  const max = word.length > 6 ? 2 : 1;
  // Only words of a length within reach are compared: a long pasted word costs no distance tables.
  const near = project.candidates.map((c) => c.toLowerCase()).filter((c) => Math.abs(c.length - word.length) <= max);
  const found = closest(word.toLowerCase(), near, max);
  if (found === undefined) return undefined;
  const written = project.candidates.find((c) => c.toLowerCase() === found)!;
  if (written !== found) return written; // a word with capitals is suggested as written
  if (word === word.toUpperCase()) return found.toUpperCase();
  return word[0] !== word[0]!.toLowerCase() ? found[0]!.toUpperCase() + found.slice(1) : found;
}

/** Words to check, with whether each starts its sentence. */
function* words(tree: Root): Generator<{ node: Word; text: string; initial: boolean }> {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let first = true;
      for (const child of (sentence as Sentence).children) {
        if (child.type === 'WordNode') {
          yield { node: child, text: toString(child), initial: first };
          first = false;
        } else if (child.type === 'SymbolNode' && toString(child).includes('\uFFFC')) first = false;
      }
    }
  }
}

/**
 * Misspelled Russian words, with verdicts of the hunspell ru_RU dictionary
 * (dictionary-ru, expanded at build time into a sorted word index) and ranked
 * suggestions. Proper names in mid-sentence, abbreviations in capitals, Latin
 * product words, numbers and placeholders are not checked.
 */
export default defineRule<{ words: string[] }>(
  {
    id: 'spelling',
    category: 'spelling',
    description: {
      en: 'Russian words must be spelled correctly (hunspell ru_RU verdicts, ranked suggestions).',
      zh: '俄语单词必须拼写正确（依据 hunspell ru_RU 词典，并给出排序后的建议）。',
      ru: 'Русские слова должны быть написаны правильно (словарь hunspell ru_RU, ранжированные подсказки).',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        words: {
          type: 'array',
          items: { type: 'string', pattern: WORD_PATTERN },
          description: 'Project words to accept, one form each (hunspell case rules: «ромашка» is also accepted Capitalised and in CAPITALS, «Ромашка» only as written and in CAPITALS). Longer lists go in word-list files named by `dictionaries:`.',
        },
      },
    },
    defaults: { words: [] },
    messages: {
      misspelled: {
        en: '“{word}” is not a Russian word; did you mean “{suggestion}”?',
        zh: '“{word}”拼写有误，俄罗斯买家会觉得不专业；您是不是想写“{suggestion}”？',
        ru: '«{word}» — ошибка в написании; возможно, «{suggestion}»?',
      },
      unknown: {
        en: '“{word}” is not a Russian word and nothing close is known; check the spelling.',
        zh: '“{word}”不是俄语单词，也找不到相近的词；请检查拼写。',
        ru: '«{word}» — неизвестное слово, близких вариантов нет; проверьте написание.',
      },
    },
  },
  (context) => {
    if (context.target.locale !== 'ru') return;
    const spell = getChecker();
    const project = context.shared('project-words', () => projectWords(context.options, context.resources));
    for (const { node, text, initial } of words(context.target.tree)) {
      if (!CYRILLIC_WORD.test(text) || text.replace(/[-\u00ad]/g, '').length < 2) continue;
      const upper = text === text.toUpperCase();
      if (upper && text.length <= 6) continue; // an abbreviation
      if (!initial && !upper && text[0] !== text[0]!.toLowerCase()) continue; // a proper name
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start + text.length;
      // An ending in brackets glued to a word, элемент(ов), is a variant, not a word.
      const masked = context.target.parsed.masked;
      if (masked[start - 1] === '(' && LETTER().test(masked[start - 2] ?? '')) continue;
      if (spell.isCorrect(text) || isProjectWord(project, spell, text)) continue;
      // Terms of the loaded glossary (config `glossary:`) are accepted in any inflection.
      if (isGlossaryWord(context.resources, text) || isStyleWord(text)) continue;
      if (isDictionaryWord(spell, text)) continue;
      const suggestions = spell.suggest(text);
      const near = nearProjectWord(project, text);
      if (near !== undefined) suggestions.splice(0, suggestions.length, near, ...suggestions.filter((w) => w !== near).slice(0, 4));
      if (suggestions.length) {
        context.report({ messageId: 'misspelled', data: { word: text, suggestion: suggestions[0]! }, start, end, actual: text, expected: suggestions, fix: false });
      } else {
        context.report({ messageId: 'unknown', data: { word: text }, start, end, actual: text });
      }
    }
  },
);
