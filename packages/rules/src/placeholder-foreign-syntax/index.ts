import { argumentNames, defineRule, type TextView } from '@otvet/core';
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
  { kind: 'printf', re: /%(\d+\$)?[-+ 0#]{0,2}\d*(?:\.\d+)?[sdifuxXeEgGcp@](?![A-Za-z0-9_])/gu },
  { kind: 'printf', re: /%(\d+)\$(?![A-Za-z])/gu },
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
        en: '“{actual}” is a placeholder in another system’s syntax and will not be filled; write {expected}.',
        zh: '“{actual}”是其他系统的占位符写法，不会被替换，买家会看到原样文字；请写成 {expected}。',
        ru: '«{actual}» — плейсхолдер чужого синтаксиса, его никто не заполнит; пишите {expected}.',
      },
      lone: {
        en: 'A “%” without a number before it looks like a broken placeholder; write the ICU placeholder, e.g. {expected}, or the number.',
        zh: '“%”前面没有数字，看起来是损坏的占位符；请写成 ICU 占位符（例如 {expected}）或补上数字。',
        ru: '«%» без числа перед ним похож на сломанный плейсхолдер; напишите плейсхолдер ICU, например {expected}, или число.',
      },
    },
  },
  (context) => {
    const declared = Object.keys(context.placeholders);
    const sourceNames = context.source ? [...argumentNames(context.source.parsed.placeholders)] : [];
    const targetNames = argumentNames(context.target.parsed.placeholders);
    const foreign = findForeign(context.target);
    // Source placeholders the target has in neither ICU nor foreign syntax.
    const foreignNames = new Set(foreign.map((f) => f.name).filter((n): n is string => n !== undefined));
    const lacking = sourceNames.filter((n) => !targetNames.has(n) && !foreignNames.has(n));
    for (const f of foreign) {
      // The ICU placeholder meant here: the same name if declared, else the one the source has and the target lacks.
      let meant: string | undefined;
      if (f.name && declared.includes(f.name)) meant = f.name;
      else if (f.name && /^\d+$/.test(f.name) && declared.includes(`p${f.name}`)) meant = `p${f.name}`;
      else if (lacking.length === 1) meant = lacking[0];
      const expected = meant ? `{${meant}}` : f.name && /^[A-Za-z_]\w*$/.test(f.name) ? `{${f.name}}` : '{name}';
      context.report({
        messageId: f.kind === 'lone' ? 'lone' : 'foreign', data: { actual: f.text, expected },
        start: f.start, end: f.end, actual: f.text, fix: false, ...(meant ? { expected: [`{${meant}}`] } : {}),
      });
    }
  },
);
