import { defineRule } from '@otvet/core';
import { findVyForms, type VyForm } from '../lib/register-forms.js';

type Style = 'capital' | 'lower';

interface Options {
  style: 'consistent' | Style;
}

/** The pack's first usage that shows a style, carried across the pack (`context.pack`: JSON). */
interface FirstUsage {
  style?: Style;
  actual?: string;
  where?: string;
  /** The template it is in (`context.templateRef`), to tell "this template" from "another". */
  template?: string;
}

const switchCase = (word: string): string => {
  const first = word.charAt(0);
  const swapped = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
  return swapped + word.slice(1);
};

/**
 * What a form says about the style. A capital at a possible sentence start is
 * ambiguous (it would be capital anyway); a lower-case form at a sentence start is a
 * capitalisation slip, not a style.
 */
function evidence(form: VyForm): Style | undefined {
  if (form.capital) return form.position === 'inside' ? 'capital' : undefined;
  return form.position === 'start' ? undefined : 'lower';
}

/** Whether a form breaks a style. */
function breaks(form: VyForm, style: Style): boolean {
  if (style === 'capital') return !form.capital;
  return form.capital && form.position === 'inside';
}

/**
 * «Вы» and «ваш» in every form, capitalised against the configured style: the
 * classic norm writes «Вы» to one addressee (gramota.ru Письмовник, Rosenthal);
 * many support teams write «вы». By default the style is whatever the pack uses
 * first, and every template must follow it.
 */
export default defineRule<Options>({
  id: 'register-vy-case',
  category: 'register',
  description: {
    en: 'Write «Вы/вы» (Вас, Вам, Ваш…) with the same capitalisation everywhere: the configured style, or the pack’s first usage.',
    zh: '“Вы/вы”（您）及其各种形式（Вас、Вам、Ваш……）的大小写要全包统一：按配置的风格，或以整个模板包中第一次出现的写法为准。',
    ru: '«Вы/вы» (Вас, Вам, Ваш…) везде пишется одинаково: как задано в настройке или как в первом употреблении в наборе шаблонов.',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      style: {
        type: 'string',
        enum: ['consistent', 'capital', 'lower'],
        description: '`consistent`: follow the pack’s first usage; `capital`: always «Вы»; `lower`: always «вы» (except at the start of a sentence).',
      },
    },
  },
  defaults: { style: 'consistent' },
  packWide: true,
  messages: {
    capital: {
      en: 'Write “{expected}” with a capital letter: the pack is set to the polite capital «Вы» for one buyer.',
      zh: '请把“{actual}”改为首字母大写的“{expected}”：本模板包规定对买家使用大写的尊称“Вы”（您）。',
      ru: 'Пишите «{expected}» с прописной: в наборе принято вежливое «Вы» к одному покупателю.',
    },
    lower: {
      en: 'Write “{expected}” in lower case: the pack is set to lower-case «вы».',
      zh: '请把“{actual}”改为小写的“{expected}”：本模板包规定“вы”（您）用小写（句首除外）。',
      ru: 'Пишите «{expected}» со строчной: в наборе принято «вы» со строчной буквы.',
    },
    'inconsistent-template': {
      en: '“{actual}” is written differently from “{first}” earlier in this template. Write «Вы/вы» the same way throughout: “{expected}”.',
      zh: '“{actual}”与本模板前面的“{first}”大小写不一致。俄罗斯买家会觉得文字不够用心。请统一写成“{expected}”。',
      ru: '«{actual}» написано не так, как «{first}» выше в этом шаблоне. Пишите «Вы/вы» единообразно: «{expected}».',
    },
    'inconsistent-pack': {
      en: '“{actual}” is written differently from the pack’s first usage “{first}” ({where}). Write «Вы/вы» the same way in every template: “{expected}”.',
      zh: '“{actual}”与整个模板包中第一次出现的“{first}”（{where}）大小写不一致。所有模板应统一写法，请改为“{expected}”。',
      ru: '«{actual}» написано не так, как в первом употреблении в наборе: «{first}» ({where}). Пишите «Вы/вы» одинаково во всех шаблонах: «{expected}».',
    },
  },
}, (context) => {
  const forms = findVyForms(context.target, true).filter((f) => !f.allCaps);
  if (forms.length === 0) return;
  const report = (form: VyForm, messageId: string, extra: Record<string, string> = {}, cause?: string): void => {
    const expected = switchCase(form.actual);
    context.report({
      messageId,
      data: { actual: form.actual, expected, ...extra },
      start: form.start,
      end: form.end,
      actual: form.actual,
      expected: [expected],
      ...(cause ? { cause } : {}),
    });
  };
  const { style } = context.options;
  if (style !== 'consistent') {
    for (const form of forms) if (breaks(form, style)) report(form, style);
    return;
  }
  const first = context.pack<FirstUsage>('first-usage', () => ({}));
  if (!first.style) {
    const witness = forms.find((f) => evidence(f) !== undefined);
    if (!witness) return;
    first.style = evidence(witness)!;
    first.actual = witness.actual;
    first.where = context.locate(witness.start);
    first.template = context.templateRef;
  }
  const here = first.template === context.templateRef;
  for (const form of forms) {
    if (!breaks(form, first.style)) continue;
    if (here) report(form, 'inconsistent-template', { first: first.actual! }, first.where);
    else report(form, 'inconsistent-pack', { first: first.actual!, where: first.where! }, first.where);
  }
});
