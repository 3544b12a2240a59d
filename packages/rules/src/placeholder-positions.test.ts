import { describe, expect, it } from 'vitest';
import { lineColumn, lintString, placeOf, scalarStyleFiles } from '@otvet/test-kit';
import { rules } from './index.js';

// Placeholder findings point at the exact place in the file, in every scalar style.
const placeholderRules = rules.filter((r) => r.meta.category === 'placeholder');
const head = 'templates:\n  - id: t\n    placeholders:\n      order_number: { example: "1" }\n      days: { type: number, example: 3 }\n    text:\n';
const text = 'Заказ {оrder_number} придёт через {days} дней, ｛order_number｝';

describe('placeholder findings in every scalar style', () => {
  for (const file of scalarStyleFiles(text, head)) {
    it(file.name, () => {
      const result = lintString(file.yaml, { rules: placeholderRules });
      const body = file.yaml.replace(/^\uFEFF/, '');
      const found = result.files[0]!.messages.map((m) => `${m.ruleId} ${placeOf(m).line}:${placeOf(m).column}`);
      const at = (needle: string, delta = 0): string => {
        const p = lineColumn(file.yaml, body.indexOf(needle) + delta);
        return `${p.line}:${p.column}`;
      };
      expect(found).toEqual([
        `placeholder-name ${at('оrder_number')}`,
        `placeholder-plural ${at('{days} дней')}`,
        `placeholder-syntax ${at('｛')}`,
        `placeholder-syntax ${at('｝')}`,
      ]);
      // The name and the full-width braces are fixed in every style, each fix replacing exactly
      // the characters it names; the plural is never fixed (the forms cannot be guessed).
      const fixes = result.files[0]!.messages.map((m) => (m.fix ? `${m.ruleId} ${body.slice(m.fix.range[0], m.fix.range[1])} → ${m.fix.text}` : `${m.ruleId} (no fix)`));
      expect(fixes).toEqual([
        'placeholder-name оrder_number → order_number',
        'placeholder-plural (no fix)',
        'placeholder-syntax ｛ → {',
        'placeholder-syntax ｝ → }',
      ]);
    });
  }
});
