import { argumentNames, defineRule, type TextView } from '@otvet/core';
import { asciiTwin, isSuspectName, namedArguments, similarNames } from '../lib/placeholder-names.js';

/**
 * Placeholder names are identifiers for the seller's automation, not words: they
 * must stay in ASCII exactly as declared. Machine translation and keyboard layouts
 * break them in two ways: Cyrillic or Greek look-alike letters ({оrder_number} with
 * a Cyrillic «о») and translated names ({номер_заказа}).
 */
export default defineRule(
  {
    id: 'placeholder-name',
    category: 'placeholder',
    description: {
      en: 'Placeholder names must be ASCII identifiers: no look-alike letters, no translated names.',
      zh: '占位符名称必须是 ASCII 标识符：不能有形似字母，也不能被翻译。',
      ru: 'Имена плейсхолдеров — ASCII-идентификаторы: без похожих букв других алфавитов и без перевода.',
    },
    fixable: true,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      lookalike: {
        en: 'Placeholder name “{name}” contains letters that only look Latin ({letters}); write “{suggestion}”.',
        zh: '占位符名称“{name}”中含有看起来像拉丁字母的其他字母（{letters}），请写成“{suggestion}”，否则系统无法替换。',
        ru: 'В имени плейсхолдера «{name}» есть буквы, лишь похожие на латинские ({letters}); пишите «{suggestion}».',
      },
      translated: {
        en: 'Placeholder name “{name}” was translated; placeholder names stay exactly as declared.',
        zh: '占位符名称“{name}”被翻译了；占位符名称必须与声明时完全一致，不能翻译。',
        ru: 'Имя плейсхолдера «{name}» переведено; имена плейсхолдеров не переводят, они остаются как объявлены.',
      },
      'translated-to': {
        en: 'Placeholder name “{name}” was translated; write “{suggestion}” as in the {other} text.',
        zh: '占位符名称“{name}”被翻译了；请写成“{suggestion}”，与 {other} 文本一致。',
        ru: 'Имя плейсхолдера «{name}» переведено; пишите «{suggestion}», как в тексте {other}.',
      },
    },
  },
  (context) => {
    const declared = Object.keys(context.placeholders);
    const check = (view: TextView, other: TextView | undefined, where: 'target' | 'source'): void => {
      const otherNames = other ? [...argumentNames(other.parsed.placeholders)] : [];
      // Names this text has, with look-alike slips read as what they were meant to be.
      const ownNames = new Set([...argumentNames(view.parsed.placeholders)].map((n) => asciiTwin(n) ?? n));
      for (const p of namedArguments(view)) {
        if (!isSuspectName(p.name)) continue;
        const twin = asciiTwin(p.name);
        if (twin) {
          const letters = [...p.name].filter((c) => !/[A-Za-z0-9_]/.test(c)).join(', ');
          const known = declared.includes(twin) || otherNames.includes(twin);
          const near = known ? [] : similarNames(twin, declared, 1).map((s) => s.name);
          const suggestion = known ? twin : near[0] ?? twin;
          context.report({
            messageId: 'lookalike', data: { name: p.name, letters, suggestion }, start: p.nameStart, end: p.nameEnd, in: where,
            actual: p.name, expected: known ? [twin] : [...near, twin], fix: known ? { start: p.nameStart, end: p.nameEnd, text: twin } : false,
          });
          continue;
        }
        // A translated name: suggest the other text's name that this text lacks, when there is one.
        const lacking = otherNames.filter((n) => !ownNames.has(n) && !isSuspectName(n));
        const suggestion = lacking.length === 1 ? lacking[0]! : undefined;
        context.report({
          messageId: suggestion ? 'translated-to' : 'translated',
          data: suggestion && other ? { name: p.name, suggestion, other: other.locale } : { name: p.name },
          start: p.nameStart, end: p.nameEnd, in: where,
          actual: p.name, fix: false, ...(suggestion ? { expected: [suggestion] } : {}),
        });
      }
    };
    check(context.target, context.source, 'target');
    if (context.source) check(context.source, context.target, 'source');
  },
);
