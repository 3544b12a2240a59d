import { argumentNames, defineRule, type TextView } from '@otvet/core';
import { ASCII_NAME, namedArguments } from '../lib/placeholder-names.js';
import { uregex } from '../lib/unicode.js';

interface Pattern {
  kind: 'printf' | 'positional' | 'named' | 'spaced' | 'lone' | 'mustache' | 'template' | 'bracket' | 'angle';
  re: RegExp;
  /** Search the raw text (these are not valid ICU, so masking does not hide them). */
  raw?: boolean;
  /** The placeholder name inside the match, when there is one. */
  name?: (m: RegExpExecArray) => string | undefined;
}

const HTML_TAGS = new Set('a abbr b big blockquote br center code del div em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strike strong sub sup table tbody td th thead tr tt u ul'.split(' '));

// Order matters: earlier patterns claim their characters first.
const PATTERNS: Pattern[] = [
  { kind: 'mustache', re: /\{\{\s*([^{}\s]+)\s*\}\}/gu, raw: true, name: (m) => m[1] },
  { kind: 'template', re: /\$\{\s*([^{}\s]+)\s*\}/gu, raw: true, name: (m) => m[1] },
  { kind: 'printf', re: /%(?:(\d+)\$)?[-+ 0#]{0,2}\d*(?:\.\d+)?[sdifuxXeEgGcp@](?![A-Za-z0-9_])/gu, name: (m) => m[1] },
  { kind: 'printf', re: /%(\d+)\$(?![A-Za-z])/gu, name: (m) => m[1] },
  { kind: 'positional', re: /%(\d+)(?![\d$])/gu, name: (m) => m[1] },
  { kind: 'named', re: /%([A-Za-z_][A-Za-z0-9_]*)%?/gu, name: (m) => m[1] },
  { kind: 'spaced', re: uregex(String.raw`%[ \u00a0]+(\d+|[A-Za-z_][A-Za-z0-9_]*)(?![\p{L}\p{N}])`, 'gu'), name: (m) => m[1] },
  { kind: 'lone', re: /%/gu },
  { kind: 'bracket', re: /\[([A-Za-z_][A-Za-z0-9_]+)\]/gu, name: (m) => m[1] },
  { kind: 'angle', re: /<([A-Za-z_][A-Za-z0-9_]*)>/gu, name: (m) => (HTML_TAGS.has(m[1]!.toLowerCase()) ? undefined : m[1]) },
];

/** A percent sign after a number is a percentage, not a placeholder. */
const AFTER_NUMBER = /(\d|\d[ \u00a0\u202f]|\uFFFC[ \u00a0\u202f]?)$/u;

function findForeign(view: TextView): { kind: Pattern['kind']; start: number; end: number; text: string; name?: string }[] {
  const claimed = new Uint8Array(view.value.length);
  const found: { kind: Pattern['kind']; start: number; end: number; text: string; name?: string }[] = [];
  for (const pattern of PATTERNS) {
    const haystack = pattern.raw ? view.value : view.parsed.masked;
    for (const m of haystack.matchAll(pattern.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (claimed.subarray(start, end).some((c) => c === 1)) continue;
      if (m[0].startsWith('%') && AFTER_NUMBER.test(haystack.slice(Math.max(0, start - 2), start))) continue;
      if (pattern.kind === 'angle' && pattern.name?.(m as RegExpExecArray) === undefined) continue;
      claimed.fill(1, start, end);
      const name = pattern.name?.(m as RegExpExecArray);
      found.push({ kind: pattern.kind, start, end, text: m[0], ...(name ? { name } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Placeholders written in another system's syntax (printf, Qt/Magento, mustache,
 * JavaScript templates, brackets) are never filled: the buyer sees «%s» or
 * «{{order}}». Only ICU `{name}` placeholders work.
 */
export default defineRule(
  {
    id: 'placeholder-foreign-syntax',
    category: 'placeholder',
    description: {
      en: 'No placeholders in foreign syntax (%s, %1, {{x}}, ${x}, [x], <x>): only ICU {name} works.',
      zh: '不要使用其他系统的占位符写法（%s、%1、{{x}}、${x}、[x]、<x>）：只有 ICU 的 {name} 有效。',
      ru: 'Без плейсхолдеров чужого синтаксиса (%s, %1, {{x}}, ${x}, [x], <x>): работает только ICU {name}.',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      foreign: {
        en: '“{actual}” is a placeholder in another system’s syntax and will not be filled: the buyer sees “{actual}” as it is. Write {expected}.',
        zh: '“{actual}”是其他系统的占位符写法，不会被替换，买家会看到原样文字。请写成 {expected}。',
        ru: '«{actual}» — плейсхолдер чужого синтаксиса, его никто не заполнит, и покупатель увидит «{actual}» как есть. Пишите {expected}.',
      },
      'foreign-choice': {
        en: '“{actual}” is a placeholder in another system’s syntax and will not be filled: the buyer sees “{actual}” as it is. Write the template’s placeholder meant here, one of {choices}.',
        zh: '“{actual}”是其他系统的占位符写法，不会被替换，买家会看到原样文字。请改成这里要用的模板占位符：{choices} 之一。',
        ru: '«{actual}» — плейсхолдер чужого синтаксиса, его никто не заполнит, и покупатель увидит «{actual}» как есть. Напишите плейсхолдер шаблона, который здесь нужен: один из {choices}.',
      },
      'foreign-declare': {
        en: '“{actual}” is a placeholder in another system’s syntax and will not be filled: the buyer sees “{actual}” as it is. Write {expected}, and declare “{name}” under placeholders: (the template declares no placeholder that could be meant).',
        zh: '“{actual}”是其他系统的占位符写法，不会被替换，买家会看到原样文字。请写成 {expected}，并在 placeholders: 中声明“{name}”（模板中没有声明可用的占位符）。',
        ru: '«{actual}» — плейсхолдер чужого синтаксиса, его никто не заполнит, и покупатель увидит «{actual}» как есть. Пишите {expected} и объявите «{name}» в placeholders: (в шаблоне нет объявленного плейсхолдера, который мог бы здесь подойти).',
      },
      'foreign-unknown': {
        en: '“{actual}” is a placeholder in another system’s syntax and will not be filled: the buyer sees “{actual}” as it is. The template declares no placeholders, so which value is meant cannot be told: write the value itself, or declare a placeholder under placeholders: and write its name in single braces.',
        zh: '“{actual}”是其他系统的占位符写法，不会被替换，买家会看到原样文字。模板没有声明任何占位符，无法判断这里要填什么：请直接写出实际内容，或在 placeholders: 中声明一个占位符，再把它的名称写在一对花括号里。',
        ru: '«{actual}» — плейсхолдер чужого синтаксиса, его никто не заполнит, и покупатель увидит «{actual}» как есть. В шаблоне не объявлено ни одного плейсхолдера, и понять, какое значение здесь нужно, нельзя: напишите само значение или объявите плейсхолдер в placeholders: и впишите его имя в одинарные фигурные скобки.',
      },
      lone: {
        en: 'A “%” without a number before it looks like a broken placeholder: the buyer sees a stray “%”. Write the number before it, or the template’s placeholder {expected}.',
        zh: '“%”前面没有数字，看起来是损坏的占位符，买家会看到一个孤零零的“%”。请在前面补上数字，或改成模板的占位符 {expected}。',
        ru: '«%» без числа перед ним похож на сломанный плейсхолдер: покупатель увидит одинокий «%». Напишите перед ним число или плейсхолдер шаблона {expected}.',
      },
      'lone-choice': {
        en: 'A “%” without a number before it looks like a broken placeholder: the buyer sees a stray “%”. Write the number before it, or the template’s placeholder meant here, one of {choices}.',
        zh: '“%”前面没有数字，看起来是损坏的占位符，买家会看到一个孤零零的“%”。请在前面补上数字，或改成这里要用的模板占位符：{choices} 之一。',
        ru: '«%» без числа перед ним похож на сломанный плейсхолдер: покупатель увидит одинокий «%». Напишите перед ним число или нужный здесь плейсхолдер шаблона: один из {choices}.',
      },
      'lone-unknown': {
        en: 'A “%” without a number before it looks like a broken placeholder: the buyer sees a stray “%”. Write the number before it; the template declares no placeholder that could be meant.',
        zh: '“%”前面没有数字，看起来是损坏的占位符，买家会看到一个孤零零的“%”。请在前面补上数字；模板中没有声明可能用在这里的占位符。',
        ru: '«%» без числа перед ним похож на сломанный плейсхолдер: покупатель увидит одинокий «%». Напишите перед ним число: в шаблоне не объявлено плейсхолдеров, которые могли бы здесь стоять.',
      },
    },
  },
  (context) => {
    const declared = Object.keys(context.placeholders);
    // The source's placeholders in the order they first appear: `%1` and `%1$s` mean the first.
    const sourceNames = context.source ? [...new Set(namedArguments(context.source).sort((a, b) => a.start - b.start).map((p) => p.name))] : [];
    const targetNames = argumentNames(context.target.parsed.placeholders);
    const foreign = findForeign(context.target);
    const foreignNames = new Set(foreign.map((f) => f.name).filter((n): n is string => n !== undefined));
    // The ICU placeholder each one stands for, where its own name or number says so.
    const meant = foreign.map((f): string | undefined => {
      if (!f.name) return undefined;
      if (declared.includes(f.name)) return f.name;
      if (/^\d+$/.test(f.name)) {
        if (declared.includes(`p${f.name}`)) return `p${f.name}`;
        const nth = sourceNames[Number(f.name) - 1];
        if (nth !== undefined && declared.includes(nth)) return nth;
      }
      return undefined;
    });
    // Source placeholders the target has in neither ICU nor foreign syntax: the rest stand for
    // them, one for all when the source lacks one, else in order when there are as many.
    const lacking = sourceNames.filter((n) => !targetNames.has(n) && !foreignNames.has(n) && !meant.includes(n));
    const open = foreign.map((_, i) => i).filter((i) => meant[i] === undefined);
    if (lacking.length === 1) for (const i of open) meant[i] = lacking[0];
    else if (lacking.length > 1 && lacking.length === open.length) open.forEach((i, k) => (meant[i] = lacking[k]));
    // Otherwise, the declared placeholders the target does not use yet; then its own name, to be
    // declared; then any declared placeholder, used a second time.
    const used = new Set([...targetNames, ...meant.filter((n): n is string => n !== undefined)]);
    const unused = declared.filter((n) => !used.has(n));
    foreign.forEach((f, i) => {
      const lone = f.kind === 'lone';
      const own = !lone && f.name !== undefined && ASCII_NAME.test(f.name) ? f.name : undefined;
      const choices = unused.length ? unused : own ? [] : declared;
      const name = meant[i] ?? (choices.length === 1 ? choices[0] : undefined);
      const common = { start: f.start, end: f.end, actual: f.text, fix: false as const };
      if (name) {
        context.report({ messageId: lone ? 'lone' : 'foreign', data: { actual: f.text, expected: `{${name}}` }, expected: [`{${name}}`], ...common });
      } else if (choices.length > 1) {
        const list = choices.map((n) => `{${n}}`);
        context.report({ messageId: lone ? 'lone-choice' : 'foreign-choice', data: { actual: f.text, choices: list.join(', ') }, expected: list, ...common });
      } else if (own) {
        context.report({ messageId: 'foreign-declare', data: { actual: f.text, expected: `{${own}}`, name: own }, expected: [`{${own}}`], ...common });
      } else {
        context.report({ messageId: lone ? 'lone-unknown' : 'foreign-unknown', data: { actual: f.text }, ...common });
      }
    });
  },
);
