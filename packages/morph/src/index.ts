/**
 * @otvet/morph: Russian morphology for otvet's grammar rules. The analyser reads the index
 * built from the OpenCorpora dictionary (scripts/build-morph.mjs) on first use: beside the
 * bundled CLI, or in this package's data folder after `pnpm build`. The file is not read
 * whole: the analyser asks for the parts it needs (index-file.ts).
 */
import { existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Analyser, type Reading } from './analyser.js';
import type { IndexSource } from './index-file.js';

export { Analyser, type Reading } from './analyser.js';

/** Where the index is: beside the bundled CLI, or generated in this package. */
const INDEX_CANDIDATES = ['./ru-morph.bin', '../data/ru-morph.bin'];

let analyser: Analyser | undefined;

/** The index could not be found: a build is missing. */
/**
 * The index is not there (otvet was not built). The error carries its message in the three
 * languages of otvet (`localized`): the lint engine shows it to the user as it shows its own
 * user errors, not as a defect of a rule.
 */
export class MorphIndexMissing extends Error {
  readonly localized = {
    en: 'The Russian morphological index (ru-morph.bin) is missing: run `pnpm build` (it builds the index from the OpenCorpora dictionary).',
    zh: '缺少俄语词形分析索引（ru-morph.bin）：请运行 `pnpm build`（它会根据 OpenCorpora 词典生成该索引）。',
    ru: 'Нет морфологического индекса русского языка (ru-morph.bin): выполните `pnpm build` (он строит индекс по словарю OpenCorpora).',
  };

  constructor() {
    super('The Russian morphological index (ru-morph.bin) is missing: run `pnpm build` (it builds the index from the OpenCorpora dictionary).');
    this.name = 'MorphIndexMissing';
  }
}

/**
 * Positioned reads of an index file, which stays open for the life of the process. A read of
 * a few bytes costs a system call, not a page of memory: a lint of a few templates reads a
 * few hundred KB of the file instead of all of it.
 */
export function fileSource(path: string): IndexSource {
  const fd = openSync(path, 'r');
  return {
    size: fstatSync(fd).size,
    read(position, length) {
      const out = new Uint8Array(length);
      for (let done = 0; done < length; ) {
        const n = readSync(fd, out, done, length - done, position + done);
        if (n === 0) throw new Error('the morphological index is truncated');
        done += n;
      }
      return out;
    },
  };
}

/** The shared analyser, opened on first use. */
export function getAnalyser(): Analyser {
  if (analyser) return analyser;
  for (const candidate of INDEX_CANDIDATES) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) {
      analyser = new Analyser(fileSource(path));
      return analyser;
    }
  }
  throw new MorphIndexMissing();
}

/** Every reading of a word form (see Analyser#analyse). */
export function analyse(word: string): readonly Reading[] {
  return getAnalyser().analyse(word);
}

/** Forms of a reading's lexeme with other grammemes (see Analyser#inflect). */
export function inflect(reading: Reading, grammemes: readonly string[]): string[] {
  return getAnalyser().inflect(reading, grammemes);
}

export { agrees, caseOf, genderOf, numberOf } from './grammemes.js';
export {
  allPos, clauses, finiteReadings, isAdverb, isModifier, isNoun, isPlainWord, isPreposition, nounPhrases, somePos, syntaxTokens,
  type Analyse, type Clause, type InputToken, type NounPhrase, type SyntaxToken,
} from './syntax.js';
