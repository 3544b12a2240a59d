import { defineRule, type TextView } from '@otvet/core';
import { isSuspectName, namedArguments, similarNames } from '../lib/placeholder-names.js';

/**
 * Every placeholder must be declared in the template (`placeholders:`) or in the
 * config; otherwise nothing fills it and the buyer sees «{order_numbr}».
 * Names with foreign letters are left to placeholder-name.
 */
export default defineRule(
  {
    id: 'placeholder-undeclared',
    category: 'placeholder',
    description: {
      en: 'Every placeholder used must be declared in the template or the config.',
      zh: '使用的每个占位符都必须在模板或配置中声明。',
      ru: 'Каждый используемый плейсхолдер должен быть объявлен в шаблоне или в конфигурации.',
    },
    fixable: true,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      undeclared: {
        en: 'Placeholder “{name}” is not declared; nothing will fill it and the buyer sees “{{name}}”. Declare it under placeholders:.',
        zh: '占位符“{name}”未声明：系统不会替换它，买家会看到“{{name}}”。请在 placeholders: 中声明。',
        ru: 'Плейсхолдер «{name}» не объявлен: его нечем заполнить, и покупатель увидит «{{name}}». Объявите его в placeholders:.',
      },
      'did-you-mean': {
        en: 'Placeholder “{name}” is not declared; did you mean “{suggestion}”?',
        zh: '占位符“{name}”未声明；您是不是想写“{suggestion}”？',
        ru: 'Плейсхолдер «{name}» не объявлен; возможно, имелся в виду «{suggestion}»?',
      },
    },
  },
  (context) => {
    const declared = Object.keys(context.placeholders);
    const isDeclared = new Set(declared);
    const check = (view: TextView, where: 'target' | 'source'): void => {
      for (const p of namedArguments(view)) {
        if (isDeclared.has(p.name) || isSuspectName(p.name)) continue;
        const similar = similarNames(p.name, declared, 2);
        const best = similar[0];
        if (best) {
          // Fix only when the intent is unambiguous: one candidate, one edit away.
          const unique = best.distance === 1 && similar.filter((s) => s.distance === 1).length === 1;
          context.report({
            messageId: 'did-you-mean', data: { name: p.name, suggestion: best.name }, start: p.nameStart, end: p.nameEnd, in: where,
            actual: p.name, expected: similar.map((s) => s.name), fix: unique ? { start: p.nameStart, end: p.nameEnd, text: best.name } : false,
          });
        } else {
          context.report({ messageId: 'undeclared', data: { name: p.name }, start: p.nameStart, end: p.nameEnd, in: where, actual: p.name });
        }
      }
    };
    check(context.target, 'target');
    if (context.source) check(context.source, 'source');
  },
);
