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
        en: 'Placeholder name “{name}” was translated, and the template declares no placeholders, so nothing fills it. Declare the placeholder under placeholders: with a Latin name (letters, digits, “_”) and write that name here.',
        zh: '占位符名称“{name}”被翻译了，而模板没有声明任何占位符，所以没有内容会填进去。请在 placeholders: 中用拉丁字母名称（字母、数字、“_”）声明这个占位符，并在这里写这个名称。',
        ru: 'Имя плейсхолдера «{name}» переведено, а в шаблоне не объявлено плейсхолдеров, и его нечем заполнить. Объявите плейсхолдер в placeholders: с латинским именем (буквы, цифры, «_») и впишите это имя сюда.',
      },
      'translated-declared': {
        en: 'Placeholder name “{name}” was translated; placeholder names stay exactly as declared: write “{suggestion}”.',
        zh: '占位符名称“{name}”被翻译了；占位符名称必须与声明时完全一致：请写成“{suggestion}”。',
        ru: 'Имя плейсхолдера «{name}» переведено; имена плейсхолдеров пишут в точности как объявлены: пишите «{suggestion}».',
      },
      'translated-choice': {
        en: 'Placeholder name “{name}” was translated; placeholder names stay exactly as declared: write the declared placeholder meant here, one of {choices}.',
        zh: '占位符名称“{name}”被翻译了；占位符名称必须与声明时完全一致：请改成这里要用的已声明占位符：{choices} 之一。',
        ru: 'Имя плейсхолдера «{name}» переведено; имена плейсхолдеров пишут в точности как объявлены: напишите нужный здесь объявленный плейсхолдер: один из {choices}.',
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
        // A translated name: suggest the other text's name that this text lacks, when there is one,
        // else the declared names this text does not use yet (or all of them).
        const lacking = otherNames.filter((n) => !ownNames.has(n) && !isSuspectName(n));
        const common = { start: p.nameStart, end: p.nameEnd, in: where, actual: p.name, fix: false as const };
        if (lacking.length === 1 && other) {
          context.report({ messageId: 'translated-to', data: { name: p.name, suggestion: lacking[0]!, other: other.locale }, expected: [lacking[0]!], ...common });
          continue;
        }
        const unused = declared.filter((n) => !ownNames.has(n));
        const names = unused.length ? unused : declared;
        if (names.length === 1) context.report({ messageId: 'translated-declared', data: { name: p.name, suggestion: names[0]! }, expected: [names[0]!], ...common });
        else if (names.length > 1) context.report({ messageId: 'translated-choice', data: { name: p.name, choices: names.map((n) => `{${n}}`).join(', ') }, expected: names, ...common });
        else context.report({ messageId: 'translated', data: { name: p.name }, ...common });
      }
    };
    check(context.target, context.source, 'target');
    if (context.source) check(context.source, context.target, 'source');
  },
);
