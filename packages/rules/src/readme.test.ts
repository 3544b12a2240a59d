import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testReadme } from '@otvet/test-kit';
import { catalog, rules } from './index.js';

const readme = (id: string): string => fileURLToPath(new URL(`./${id}/README.md`, import.meta.url));

describe('every rule documents itself', () => {
  for (const rule of rules) {
    it(`${rule.meta.id} has a README and a test file`, () => {
      expect(existsSync(readme(rule.meta.id))).toBe(true);
      expect(existsSync(fileURLToPath(new URL(`./${rule.meta.id}/index.test.ts`, import.meta.url))) || rule.meta.scope === 'builtin').toBe(true);
    });
  }
});

// Built-in checks are documented by examples run through the whole engine.
for (const rule of rules.filter((r) => r.meta.scope === 'builtin')) {
  testReadme(readme(rule.meta.id), rule, rules.filter((r) => r.meta.id === 'tone-tilde'), { ...catalog.optionValidators });
}
