import { readFileSync } from 'node:fs';
import { defineRule, UserError } from '@otvet/core';
import data from './phrasebook.yaml';
import { WHY_FILE } from './why.js';
import { compilePhrase, findPhrases, lazyPhrase, sentencesOfView, type Phrase } from '../lib/patterns/index.js';

/** One calque (schema: packages/rules/schema/phrasebook.schema.json). */
export interface PhrasebookEntry {
  id: string;
  zh: string[];
  /** For a calque that came through English (zh → en → ru): the English phrase(s). */
  en?: string[];
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

type Why = PhrasebookEntry['why'];
export { splitWhy, WHY_FILE } from './why.js';

/** {@link WHY_FILE} cannot be read: the install is incomplete (a user error, not a defect of the rule). */
const INCOMPLETE = {
  en: "otvet's install is incomplete: {file} beside its bundle is missing or damaged ({detail}). Reinstall otvet, or run `pnpm build` in its repository.",
  zh: 'otvet 安装不完整：其程序文件旁的 {file} 缺失或已损坏（{detail}）。请重新安装 otvet，或在其仓库中运行 `pnpm build`。',
  ru: 'Установка otvet неполна: файла {file} рядом с программой нет или он повреждён ({detail}). Переустановите otvet или выполните `pnpm build` в его репозитории.',
};

/** The built-in phrasebook's explanations, once read from {@link WHY_FILE}. */
let builtinWhys: Why[] | undefined;

/**
 * An entry's explanation: its own (the sources, a user's phrasebook), or in the built CLI the
 * built-in phrasebook's, read from {@link WHY_FILE} on the first calque found.
 */
export function whyOf(entry: PhrasebookEntry): Why {
  const why = entry.why as Why | number;
  if (typeof why !== 'number') return why;
  if (!builtinWhys) {
    const file = new URL(`./${WHY_FILE}`, import.meta.url);
    try {
      builtinWhys = JSON.parse(readFileSync(file, 'utf8')) as Why[];
    } catch (error) {
      throw new UserError(INCOMPLETE, { file: WHY_FILE, detail: (error as Error).message });
    }
  }
  const found = builtinWhys[why];
  if (!found) throw new UserError(INCOMPLETE, { file: WHY_FILE, detail: `no explanation ${why}` });
  return found;
}

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

/**
 * The better wordings as a list in each language: «A», «B» or «C» (Russian text in «ёлочки», as
 * every message quotes it).
 */
export function betterList(better: readonly string[]): { en: string; zh: string; ru: string } {
  const quoted = better.map((b) => `«${b}»`);
  const join = (sep: string, or: string): string => (quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(sep)}${or}${quoted[quoted.length - 1]}`);
  return { en: join(', ', ' or '), zh: join('、', '或'), ru: join(', ', ' или ') };
}

/** The entry's Chinese phrase the source text has (the longest), else its first. */
function chineseOf(entry: PhrasebookEntry, source: string | undefined): string {
  const found = source === undefined ? [] : entry.zh.filter((zh) => source.includes(zh)).sort((a, b) => b.length - a.length);
  return found[0] ?? entry.zh[0] ?? entry.id;
}

/**
 * What the rule reports for an entry found as `actual`: its message (a calque that came through
 * English names the English phrase too) and the data of the message's slots, in every language.
 */
export function calqueReport(entry: PhrasebookEntry, actual: string, source: string | undefined): { messageId: 'calque' | 'pivot'; data: Record<string, string> } {
  const en = entry.en?.[0];
  const better = betterList(entry.better);
  const why = whyOf(entry);
  return {
    messageId: en ? 'pivot' : 'calque',
    data: {
      actual,
      id: entry.id,
      ...(en ? { en } : {}),
      zh: chineseOf(entry, source),
      better_en: better.en,
      better_zh: better.zh,
      better_ru: better.ru,
      why_en: why.en,
      why_zh: why.zh,
      why_ru: why.ru,
    },
  };
}

/**
 * Machine-translation calques of Chinese service phrases (亲 → «Дорогой»,
 * 给您带来不便 → «принесли вам неудобства»…) from a phrasebook, each with better
 * wording and an explanation. Entries with `en` are calques that came through English
 * (随时联系我们 → feel free to contact us → «Не стесняйтесь связаться с нами») and get a
 * message naming the English phrase. Rewording needs a human: no automatic fix.
 */
export default defineRule(
  {
    id: 'tone-calque',
    category: 'tone',
    description: {
      en: 'Machine-translation calques from a phrasebook, zh→ru («Дорогой», «просим понять») and through English («Не стесняйтесь связаться с нами», «вне склада»), with better wording.',
      zh: '根据短语库查找机器直译表达：中译俄（«Дорогой»、«просим понять»）以及经英语转译的（«Не стесняйтесь связаться с нами»、«вне склада»），并给出更地道的说法。',
      ru: 'Кальки машинного перевода по разговорнику — с китайского («Дорогой», «просим понять») и через английский («Не стесняйтесь связаться с нами», «вне склада») — с вариантами получше.',
    },
    fixable: false,
    recommended: 'warning',
    scope: 'target',
    defaults: {},
    messages: {
      calque: {
        en: '“{actual}” is a word-for-word machine translation of the Chinese “{zh}”. {why_en} Write instead: {better_en} [{id}]',
        zh: '“{actual}”是中文“{zh}”的逐字机器翻译。{why_zh}建议改为：{better_zh} [{id}]',
        ru: '«{actual}» — дословный машинный перевод китайского «{zh}». {why_ru} Лучше написать: {better_ru} [{id}]',
      },
      pivot: {
        en: '“{actual}” is the English “{en}” translated word for word: a machine translation of the Chinese “{zh}” through English. {why_en} Write instead: {better_en} [{id}]',
        zh: '“{actual}”是英语“{en}”的逐字直译：机器把中文“{zh}”先译成英语，再译成了俄语。{why_zh}建议改为：{better_zh} [{id}]',
        ru: '«{actual}» — дословный перевод английского «{en}»: машина перевела китайское «{zh}» на русский через английский. {why_ru} Лучше написать: {better_ru} [{id}]',
      },
      'bad-entry': {
        en: 'Phrasebook entry “{id}” is ignored, so it finds nothing: {error}. Correct its patterns; the rule’s documentation describes them.',
        zh: '短语库条目“{id}”无效，已忽略，因此查不出任何内容：{error}。请改正它的 patterns（写法见本规则的说明文档）。',
        ru: 'Запись разговорника «{id}» пропущена и ничего не находит: {error}. Исправьте её patterns (они описаны в документации правила).',
      },
    },
  },
  (context) => {
    const { phrases, errors } = phrasebookFor(context.resources.phrasebook);
    if (errors.length) {
      // Report broken user entries once per run, at the start of the first template.
      const reported = context.pack('bad-entries', () => ({ done: false }));
      if (!reported.done) {
        reported.done = true;
        for (const e of errors) context.report({ messageId: 'bad-entry', data: { id: e.id, error: e.error.replace(/[.。]$/u, '') }, start: 0, end: 0 });
      }
    }
    const { value } = context.target;
    for (const hit of findPhrases(phrases, sentencesOfView(context.target))) {
      const entry = hit.phrase.data;
      const actual = value.slice(hit.start, hit.end);
      context.report({
        ...calqueReport(entry, actual, context.source?.value),
        start: hit.start,
        end: hit.end,
        actual,
        expected: [...entry.better],
        fix: false,
      });
    }
  },
);
