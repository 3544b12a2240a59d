/** The third-party notices of the bundle (scripts/lib/notices.mjs), written by the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDirs } from '../scripts/lib/notices.mjs';
import { ROOT } from './helpers.js';

describe('third-party notices', () => {
  it('finds the package of each bundled file, scoped and nested ones included', () => {
    expect(
      packageDirs([
        'packages/core/src/engine.ts',
        'node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js',
        'node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js',
        'node_modules/.pnpm/@formatjs+icu-messageformat-parser@3.5.23/node_modules/@formatjs/icu-messageformat-parser/index.js',
        'node_modules/.pnpm/a@1.0.0/node_modules/a/node_modules/b/lib/b.js',
      ]),
    ).toEqual([
      'node_modules/.pnpm/@formatjs+icu-messageformat-parser@3.5.23/node_modules/@formatjs/icu-messageformat-parser',
      'node_modules/.pnpm/a@1.0.0/node_modules/a/node_modules/b',
      'node_modules/.pnpm/yaml@2.9.1/node_modules/yaml',
    ]);
  });

  it('the build lists every package in the bundle once, with its licence text', () => {
    const notices = readFileSync(join(ROOT, 'packages/cli/dist/THIRD-PARTY-NOTICES.md'), 'utf8');
    const bundle = readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8');
    const headings = notices.split('\n').filter((line) => line.startsWith('### ') && line.includes('@'));
    expect(new Set(headings).size).toBe(headings.length);
    // The CLI's direct dependencies are all in the bundle (the workspace's own packages are not listed).
    for (const name of Object.keys(JSON.parse(bundle).dependencies).filter((n) => !n.startsWith('@otvet/'))) {
      expect(headings.some((line) => line.startsWith(`### ${name}@`)), name).toBe(true);
    }
    expect(headings.some((line) => line.includes('@otvet/'))).toBe(false);
    expect(notices).toMatch(/### commander@[\d.]+\n\nLicence: MIT[^\n]*\n\n`{3,}text\n[^`]*Permission is hereby granted/);
    expect(notices).toContain('OpenCorpora dictionary, © OpenCorpora contributors, CC BY-SA 3.0');
  });
});
