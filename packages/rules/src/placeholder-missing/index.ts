import { argumentNames, defineRule } from '@otvet/core';
import { isSuspectName, namedArguments, similarNames } from '../lib/placeholder-names.js';

/**
 * A placeholder of the source text must also be in the target text: a reply that
 * drops {order_number} tells the buyer nothing about their order.
 */
export default defineRule(
  {
    id: 'placeholder-missing',
    category: 'placeholder',
    description: {
      en: 'Every placeholder of the source text must also appear in the target text.',
      zh: '源文本中的每个占位符都必须出现在目标文本中。',
      ru: 'Каждый плейсхолдер исходного текста должен быть и в переводе.',
    },
    fixable: false,
    recommended: 'error',
    scope: 'pair',
    defaults: {},
    messages: {
      missing: {
        en: 'Placeholder “{name}” of the {source} text is missing in the {target} text: the buyer will not see this value. Write {{name}} in the {target} text where the {source} text has it.',
        zh: '{source} 文本中的占位符“{name}”在 {target} 文本中缺失：买家将看不到这个信息。请在 {target} 文本的相应位置写上 {{name}}。',
        ru: 'Плейсхолдер «{name}» из текста {source} отсутствует в тексте {target}: покупатель не увидит это значение. Впишите {{name}} в текст {target} там, где он стоит в тексте {source}.',
      },
    },
  },
  (context) => {
    const source = context.source!;
    const targetArgs = namedArguments(context.target);
    const targetNames = argumentNames(context.target.parsed.placeholders);
    const declared = new Set(Object.keys(context.placeholders));
    // A misspelt, look-alike or translated name in the target is reported by
    // placeholder-undeclared or placeholder-name; do not count the same slip twice.
    const strays = [...new Set(targetArgs.filter((p) => !declared.has(p.name)).map((p) => p.name))];
    const renamed = strays.filter(isSuspectName);
    const seen = new Set<string>();
    for (const p of namedArguments(source)) {
      if (targetNames.has(p.name) || seen.has(p.name)) continue;
      seen.add(p.name);
      if (similarNames(p.name, strays, 2).length > 0) continue;
      if (renamed.length > 0) {
        renamed.shift();
        continue;
      }
      context.report({
        messageId: 'missing', data: { name: p.name, source: source.locale, target: context.target.locale },
        start: p.start, end: p.end, in: 'source', actual: p.name,
      });
    }
  },
);

