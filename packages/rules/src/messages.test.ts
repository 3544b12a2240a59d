import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '@otvet/core';
import { rules } from './index.js';

// Every message of every rule exists in each language and is written in it. How each one
// renders with the data its rule reports is checked per rule by testRule (packages/test-kit),
// which also wants every message reported by some case.
const SCRIPT = { zh: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u, en: /[A-Za-z]/ } as const;

describe('rule messages', () => {
  for (const rule of rules) {
    it(`${rule.meta.id}: every message in zh, en and ru`, () => {
      const problems: string[] = [];
      for (const [id, message] of Object.entries(rule.meta.messages)) {
        for (const lang of LANGS) {
          const text = message[lang];
          if (!text?.trim()) problems.push(`${id} (${lang}): empty`);
          else if (!SCRIPT[lang].test(text.replace(/\{\w+\}/g, ''))) problems.push(`${id} (${lang}): not written in ${lang}: ${text}`);
        }
      }
      expect(problems).toEqual([]);
    });
    if (rule.meta.scope !== 'builtin') {
      it(`${rule.meta.id}: its messages are checked by testRule`, () => {
        const source = readFileSync(fileURLToPath(new URL(`./${rule.meta.id}/index.test.ts`, import.meta.url)), 'utf8');
        expect(source).toMatch(/\btestRule\(/);
      });
    }
  }
});
