/**
 * Fixture runner: every `name.yaml` in a folder is linted and its messages are
 * compared with `name.expected` (`L:C-L:C rule-id reason` lines). Set
 * OTVET_UPDATE_FIXTURES=1 to write the expected files from the current output.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyRule, Config, ValidateFunction } from '@otvet/core';
import { lintString, messageLines } from './lint.js';

export interface FixtureOptions {
  rules: AnyRule[];
  config?: Partial<Config>;
  optionValidators?: Record<string, ValidateFunction>;
}

export function testFixtures(dir: string, options: FixtureOptions): void {
  const names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
  describe(`fixtures in ${dir}`, () => {
    it('has fixtures', () => expect(names.length).toBeGreaterThan(0));
    for (const name of names) {
      it(name, () => {
        const raw = readFileSync(join(dir, name), 'utf8');
        const lintOptions: Parameters<typeof lintString>[1] = { rules: options.rules, path: name };
        if (options.config) lintOptions.config = options.config;
        if (options.optionValidators) lintOptions.optionValidators = options.optionValidators;
        const lines = messageLines(lintString(raw, lintOptions));
        const expectedPath = join(dir, name.replace(/\.yaml$/, '.expected'));
        if (process.env.OTVET_UPDATE_FIXTURES === '1') writeFileSync(expectedPath, lines.map((l) => l + '\n').join(''));
        if (!existsSync(expectedPath)) throw new Error(`missing ${expectedPath} (run with OTVET_UPDATE_FIXTURES=1 to create it)`);
        const expected = readFileSync(expectedPath, 'utf8').split('\n').filter((l) => l !== '');
        expect(lines).toEqual(expected);
      });
    }
  });
}
