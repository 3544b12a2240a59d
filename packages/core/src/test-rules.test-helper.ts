/** A small rule set for the core's own tests (core must not depend on @otvet/rules). */
import Ajv from 'ajv';
import { asAnyRule, defineRule, type AnyRule } from './rule.js';
import type { RuleCatalog } from './config.js';
import type { ValidateFunction } from './generated/validate-function.js';

export const markRule = defineRule<{ mark: string; fixWith: string }>(
  {
    id: 'test-mark',
    category: 'tone',
    description: { en: 'No marks.', zh: '不要标记。', ru: 'Без меток.' },
    fixable: true,
    recommended: 'error',
    scope: 'target',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { mark: { type: 'string', minLength: 1 }, fixWith: { type: 'string' } },
    },
    defaults: { mark: '~', fixWith: '' },
    messages: { mark: { en: 'Mark “{actual}”.', zh: '标记“{actual}”。', ru: 'Метка «{actual}».' } },
  },
  (context) => {
    const { masked } = context.target.parsed;
    for (let i = masked.indexOf(context.options.mark); i !== -1; i = masked.indexOf(context.options.mark, i + 1)) {
      context.report({ messageId: 'mark', data: { actual: context.options.mark }, start: i, end: i + context.options.mark.length, expected: [context.options.fixWith] });
    }
  },
);

export const sourceRule = defineRule(
  {
    id: 'test-source',
    category: 'consistency',
    description: { en: 'Source has “!”.', zh: '源文本有“!”。', ru: 'В исходном тексте «!».' },
    fixable: false,
    recommended: 'warning',
    scope: 'pair',
    defaults: {},
    messages: { bang: { en: 'Bang in source.', zh: '源文本有感叹号。', ru: 'Восклицание в исходнике.' } },
  },
  (context) => {
    const at = context.source?.value.indexOf('!') ?? -1;
    if (at >= 0) context.report({ messageId: 'bang', start: at, end: at + 1, in: 'source', note: { en: 'note', zh: '注', ru: 'примечание' } });
  },
);

export const infoRule = defineRule(
  {
    id: 'test-info',
    category: 'tone',
    description: { en: 'Info.', zh: '信息。', ru: 'Инфо.' },
    fixable: false,
    recommended: 'off',
    scope: 'target',
    defaults: {},
    messages: { hi: { en: 'Hi.', zh: '嗨。', ru: 'Привет.' } },
  },
  (context) => {
    if (context.target.value.startsWith('Привет')) context.report({ messageId: 'hi', start: 0, end: 6 });
  },
);

/** Reports every template after the first one that starts with «Вы», with the first as cause. */
export const firstRule = defineRule(
  {
    id: 'test-first',
    category: 'register',
    description: { en: 'First.', zh: '第一。', ru: 'Первый.' },
    fixable: false,
    recommended: 'off',
    scope: 'target',
    defaults: {},
    messages: { again: { en: 'Again after {where}.', zh: '又一次。', ru: 'Снова.' } },
    packWide: true,
  },
  (context) => {
    if (!context.target.value.startsWith('Вы')) return;
    const first = context.pack('first', () => ({ where: '' }));
    if (!first.where) {
      first.where = context.locate(0);
      return;
    }
    context.report({ messageId: 'again', data: { where: first.where }, start: 0, end: 2, cause: first.where });
    const extra = context.resources.extra ?? [];
    if (extra.length) context.report({ messageId: 'again', data: { where: String(extra[0]) }, start: 0, end: 1 });
  },
);

const builtin = (id: string, recommended: 'error' | 'warning'): AnyRule =>
  asAnyRule(defineRule({ id, category: 'meta', description: { en: id, zh: id, ru: id }, fixable: false, recommended, scope: 'builtin', defaults: {}, messages: {} }));

export function testCatalog(): RuleCatalog {
  const rules = [asAnyRule(markRule), asAnyRule(sourceRule), asAnyRule(infoRule), asAnyRule(firstRule), builtin('yaml-syntax', 'error'), builtin('schema', 'error'), builtin('suppression', 'warning')];
  const ajv = new Ajv({ allErrors: true });
  const optionValidators: Record<string, ValidateFunction> = {};
  for (const r of rules) optionValidators[r.meta.id] = ajv.compile(r.meta.options ?? { type: 'object', additionalProperties: false }) as ValidateFunction;
  return { rules: new Map(rules.map((r) => [r.meta.id, r])), optionValidators };
}
