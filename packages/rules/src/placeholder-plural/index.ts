import { defineRule, pluralRules, walkPlaceholders, type Placeholder } from '@otvet/core';
import { pluralBlock } from '../lib/plural-forms.js';
import invariantData from './invariant.yaml';
import type { WordList } from '../lib/word-list.js';
import { wordSet } from '../lib/word-list.js';

const INVARIANT = wordSet(invariantData as WordList);

/** The word right after a placeholder (spaces skipped), if it is a Cyrillic word. */
function nextWord(text: string, from: number): { word: string; start: number; end: number } | undefined {
  const m = /^[ \u00a0\u202f]+([\p{Script=Cyrillic}][\p{Script=Cyrillic}-]*)/u.exec(text.slice(from));
  if (!m) return undefined;
  const start = from + m[0].length - m[1]!.length;
  return { word: m[1]!, start, end: start + m[1]!.length };
}

/**
 * In Russian the noun after a number takes one of three forms (1 день, 2 дня,
 * 5 дней; 21 день). A placeholder that holds a number, followed directly by a noun,
 * is wrong for most values: the text needs an ICU plural. Plural blocks must also
 * have every category that integers need in Russian.
 */
export default defineRule(
  {
    id: 'placeholder-plural',
    category: 'placeholder',
    description: {
      en: 'A number placeholder before a counted noun needs an ICU plural; plural blocks need one, few, many/other.',
      zh: '数字占位符后面接名词时必须使用 ICU 复数形式；复数块必须包含 one、few、many/other。',
      ru: 'После числового плейсхолдера существительное требует ICU plural; в блоке plural нужны one, few, many/other.',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      'needs-plural': {
        en: '“{{name}} {word}” is right only for some numbers (1 день, 2 дня, 5 дней): write the noun in an ICU plural, e.g. {example}.',
        zh: '“{{name}} {word}”只对部分数字正确（俄语：1 день、2 дня、5 дней）：请用 ICU 复数形式书写名词，例如 {example}。',
        ru: '«{{name}} {word}» верно не для всех чисел (1 день, 2 дня, 5 дней): запишите существительное через ICU plural, например {example}.',
      },
      'missing-categories': {
        en: 'The plural of “{name}” lacks {missing}: Russian needs one (1, 21), few (2–4, 22) and many (5–20) forms, plus other. Add a branch for each, with the noun in its form.',
        zh: '“{name}”的复数块缺少 {missing}：俄语需要 one（1、21）、few（2–4、22）、many（5–20）三种形式，另加 other。请为每个缺少的类别补上分支，名词用相应的形式。',
        ru: 'В plural для «{name}» нет {missing}: в русском нужны формы one (1, 21), few (2–4, 22) и many (5–20), а также other. Добавьте ветку для каждой, с существительным в нужной форме.',
      },
    },
  },
  (context) => {
    const { value, parsed, locale } = context.target;
    const all = [...walkPlaceholders(parsed.placeholders)];
    const numeric = new Set<string>();
    for (const [name, d] of Object.entries(context.placeholders)) if (d && (d.type === 'number' || d.type === 'money')) numeric.add(name);
    for (const p of all) if (p.kind === 'number' || p.kind === 'plural' || p.kind === 'selectordinal') numeric.add(p.name);
    const isCounted = (p: Placeholder): boolean => (p.kind === 'argument' || p.kind === 'number') && numeric.has(p.name);
    for (const p of all) {
      if (isCounted(p)) {
        const next = nextWord(value, p.end);
        if (next && !INVARIANT.has(next.word.toLowerCase())) {
          context.report({
            messageId: 'needs-plural', data: { name: p.name, word: next.word, example: pluralBlock(p.name, next.word) },
            start: p.start, end: next.end, actual: value.slice(p.start, next.end),
          });
        }
      }
      if (p.kind === 'plural') {
        const keys = new Set(p.branches?.map((b) => b.key));
        const categories = pluralRules(locale).resolvedOptions().pluralCategories.filter((c) => c !== 'other');
        const order = ['zero', 'one', 'two', 'few', 'many'];
        const missing: string[] = categories
          .filter((c) => !keys.has(c) && !(c === 'many' && keys.has('other')))
          .sort((a, b) => order.indexOf(a) - order.indexOf(b));
        if (!keys.has('other')) missing.push('other');
        if (missing.length) {
          context.report({ messageId: 'missing-categories', data: { name: p.name, missing: missing.join(', ') }, start: p.nameStart, end: p.nameEnd, actual: [...keys].join(' ') });
        }
      }
    }
  },
);
