import { defineRule } from '@otvet/core';
import data from './phrasebook.yaml';
import { compilePhrase, findPhrases, lazyPhrase, sentencesOfView, type Phrase } from '../lib/patterns/index.js';

/** One calque (schema: packages/rules/schema/phrasebook.schema.json). */
export interface PhrasebookEntry {
  id: string;
  zh: string[];
  patterns: string[];
  unless?: string[];
  better: string[];
  why: { en: string; zh: string; ru: string };
  examples?: string[];
  counterexamples?: string[];
  /** Index keys computed by the build for the built-in phrasebook (see PhraseSource.keys). */
  keys?: string[][];
}

/** A phrasebook file. */
export interface Phrasebook {
  description?: string;
  entries: PhrasebookEntry[];
}

export const builtinPhrasebook = data as Phrasebook;

type Compiled = { phrases: Phrase<PhrasebookEntry>[]; errors: { id: string; error: string }[] };

let builtin: Compiled | undefined;
const withUser = new WeakMap<readonly unknown[], Compiled>();

function compileEntries(entries: readonly PhrasebookEntry[], base?: readonly Phrase<PhrasebookEntry>[]): Compiled {
  const byId = new Map((base ?? []).map((p) => [p.data.id, p]));
  const errors: Compiled['errors'] = [];
  for (const entry of entries) {
    try {
      // A user entry with a built-in id replaces it in place; new ids come after the built-in ones.
      // Built-in entries (no base) are compiled on first use; users' entries at once, so that a
      // broken one is reported on every run.
      byId.set(entry.id, base ? compilePhrase(entry) : lazyPhrase(entry));
    } catch (error) {
      errors.push({ id: entry.id, error: (error as Error).message });
    }
  }
  return { phrases: [...byId.values()], errors };
}

/**
 * The compiled phrasebook: built-in entries, then the user's (`resources.phrasebook`).
 * Compiled once per entry list, on first use, so that loading the rule costs nothing.
 */
export function phrasebookFor(extra: readonly unknown[] | undefined): Compiled {
  builtin ??= compileEntries(builtinPhrasebook.entries);
  if (!extra || extra.length === 0) return builtin;
  let compiled = withUser.get(extra);
  if (!compiled) {
    compiled = compileEntries(extra as PhrasebookEntry[], builtin.phrases);
    withUser.set(extra, compiled);
  }
  return compiled;
}

const quote = (s: string): string => `«${s}»`;

/**
 * Machine-translation calques of Chinese service phrases (亲 → «Дорогой»,
 * 给您带来不便 → «принесли вам неудобства»…) from a phrasebook, each with better
 * wording and an explanation. Rewording needs a human: no automatic fix.
 */
export default defineRule(
  {
    id: 'tone-calque',
    category: 'tone',
    description: {
      en: 'zh→ru machine-translation calques from a phrasebook («Дорогой», «просим понять», «свободная доставка»…), with better wording.',
      zh: '根据短语库查找中译俄的机器直译表达（«Дорогой»、«просим понять»、«свободная доставка»等），并给出更地道的说法。',
      ru: 'Кальки машинного перевода с китайского по разговорнику («Дорогой», «просим понять», «свободная доставка»…) с вариантами получше.',
    },
    fixable: false,
    recommended: 'warning',
    scope: 'target',
    defaults: {},
    messages: {
      calque: {
        en: '“{actual}” is a machine-translation calque of {zh}. {why_en} Better: {better} [{id}]',
        zh: '“{actual}”是“{zh}”的机器直译。{why_zh}建议改为：{better} [{id}]',
        ru: '«{actual}» — калька с китайского ({zh}). {why_ru} Лучше: {better} [{id}]',
      },
      'bad-entry': {
        en: 'Phrasebook entry “{id}” is ignored: {error}',
        zh: '短语库条目“{id}”无效，已忽略：{error}',
        ru: 'Запись разговорника «{id}» пропущена: {error}',
      },
    },
  },
  (context) => {
    const { phrases, errors } = phrasebookFor(context.resources.phrasebook);
    if (errors.length) {
      // Report broken user entries once per run, at the start of the first template.
      const reported = context.shared('bad-entries', () => ({ done: false }));
      if (!reported.done) {
        reported.done = true;
        for (const e of errors) context.report({ messageId: 'bad-entry', data: { id: e.id, error: e.error }, start: 0, end: 0 });
      }
    }
    const { value } = context.target;
    for (const hit of findPhrases(phrases, sentencesOfView(context.target))) {
      const entry = hit.phrase.data;
      const actual = value.slice(hit.start, hit.end);
      context.report({
        messageId: 'calque',
        data: {
          actual,
          id: entry.id,
          zh: entry.zh.join(' / '),
          better: entry.better.map(quote).join(' / '),
          why_en: entry.why.en,
          why_zh: entry.why.zh,
          why_ru: entry.why.ru,
        },
        start: hit.start,
        end: hit.end,
        actual,
        expected: [...entry.better],
        fix: false,
      });
    }
  },
);
