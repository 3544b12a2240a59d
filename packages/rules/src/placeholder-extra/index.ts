import { argumentNames, defineRule } from '@otvet/core';
import { namedArguments } from '../lib/placeholder-names.js';

/**
 * A placeholder in the target text that the source text does not have: the
 * translation added a value nobody asked for, or the source lost one.
 * Undeclared names are left to placeholder-undeclared and placeholder-name.
 */
export default defineRule(
  {
    id: 'placeholder-extra',
    category: 'placeholder',
    description: {
      en: 'The target text must not use placeholders that the source text does not have.',
      zh: '目标文本不能使用源文本中没有的占位符。',
      ru: 'В переводе не должно быть плейсхолдеров, которых нет в исходном тексте.',
    },
    fixable: false,
    recommended: 'error',
    scope: 'pair',
    defaults: {},
    messages: {
      extra: {
        en: 'Placeholder “{name}” is in the {target} text but not in the {source} text: the translation adds a value the source does not give. Remove {{name}} from the {target} text, or, if the value belongs in the reply, add it to the {source} text too.',
        zh: '占位符“{name}”出现在 {target} 文本中，但 {source} 文本中没有：译文多出了原文没有的信息。请从 {target} 文本中删除 {{name}}；如果回复里确实需要这个值，请在 {source} 文本中也加上它。',
        ru: 'Плейсхолдер «{name}» есть в тексте {target}, но его нет в тексте {source}: перевод добавляет значение, которого нет в исходном тексте. Уберите {{name}} из текста {target} или, если значение нужно в ответе, добавьте его и в текст {source}.',
      },
    },
  },
  (context) => {
    const source = context.source!;
    const sourceNames = argumentNames(source.parsed.placeholders);
    const seen = new Set<string>();
    for (const p of namedArguments(context.target)) {
      if (sourceNames.has(p.name) || seen.has(p.name) || !(p.name in context.placeholders)) continue;
      seen.add(p.name);
      context.report({
        messageId: 'extra', data: { name: p.name, source: source.locale, target: context.target.locale },
        start: p.nameStart, end: p.nameEnd, actual: p.name,
      });
    }
  },
);
