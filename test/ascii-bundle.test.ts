/**
 * The bundled CLI is pure ASCII (scripts/lib/ascii-bundle.mjs): Node.js then reads it into a
 * one-byte string instead of decoding UTF-8 on every start. The escaping of regexes must not
 * change what they match, and the String.raw templates it escapes must be regex sources.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { asciiBundle, escapeRegexSource } from '../scripts/lib/ascii-bundle.mjs';
import { ROOT } from './helpers.js';

const NON_ASCII = /[^\x00-\x7f]/;

/** Regex sources and flags, and texts to match them on. */
const CASES: [string, string][] = [
  ['ё', 'g'],
  ['[а-яё]+', 'gi'],
  ['^[А-ЯЁ][а-яё-]+$', 'u'],
  [String.raw`\ё\»`, 'g'],
  [String.raw`[\p{L}«"]+`, 'gu'],
  ['[😀-😂]', 'u'],
  ['😀+', 'g'],
  ['[!?！？]{2,}', 'gu'],
  [String.raw`(?<![\p{L}])[DPpРрЗ]`, 'gu'],
];
const TEXTS = ['Ёлка ёж «Привет» ЖЁЛТЫЙ', 'Спасибо!!! Да？！ ок', '😀😁😂 😀😀', 'Р) Д З? \\ё »'];

describe('the ASCII bundle', () => {
  it.each(CASES)('escapes /%s/%s to a regex that matches the same', (source, flags) => {
    const escaped = escapeRegexSource(source);
    expect(escaped).not.toMatch(NON_ASCII);
    for (const text of TEXTS) {
      expect([...text.matchAll(new RegExp(escaped, flags.includes('g') ? flags : `${flags}g`))].map((m) => [m.index, m[0]]))
        .toEqual([...text.matchAll(new RegExp(source, flags.includes('g') ? flags : `${flags}g`))].map((m) => [m.index, m[0]]));
    }
  });

  it('escapes regex literals and String.raw templates of a bundle, and refuses anything else', () => {
    const out = asciiBundle('const a=/[ёЁ]\\»/g,b=u(String.raw`[\\p{L}«]`,"u"),c=u(String.raw`«${x}»`,"u");') as string;
    expect(out).toBe('const a=/[\\u0451\\u0401]\\u00bb/g,b=u(String.raw`[\\p{L}\\u00ab]`,"u"),c=u(String.raw`\\u00ab${x}\\u00bb`,"u");');
    expect(() => asciiBundle('const a=tag`ё`;')).toThrow(/non-ASCII character/);
  });

  it('is what the build wrote', () => {
    const bundle = readFileSync(join(ROOT, 'packages/cli/dist/otvet.cjs'), 'utf8');
    expect(NON_ASCII.exec(bundle)?.index).toBeUndefined();
  });

  it('escapes only String.raw templates that are regex sources (uregex, lazyUregex)', () => {
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : walk(path);
        return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
      });
    })(join(ROOT, 'packages'));
    const bad: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('String.raw') || !NON_ASCII.test(text)) continue;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'String.raw' && NON_ASCII.test(node.template.getText(source))) {
          checked++;
          const call = node.parent;
          const ok = ts.isCallExpression(call) && call.arguments[0] === node && /^(?:uregex|lazyUregex)$/.test(call.expression.getText(source));
          if (!ok) bad.push(`${relative(ROOT, file)}: ${node.getText(source).slice(0, 60)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(checked).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});
