import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Which workspace packages each package may import (docs/architecture.md). Every package has a rule. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  glossary: ['@otvet/core'],
  pack: ['@otvet/core'],
  morph: [],
  rules: ['@otvet/core', '@otvet/glossary', '@otvet/morph'],
  cli: ['@otvet/core', '@otvet/rules', '@otvet/glossary', '@otvet/pack', '@otvet/studio'],
  studio: ['@otvet/core', '@otvet/glossary', '@otvet/pack'],
  'test-kit': ['@otvet/core'],
  action: ['@otvet/core'],
  vscode: [],
};

/** Source text without comments. */
const code = (file: string): string => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'generated' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$|\.test-helper\.ts$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('architecture', () => {
  it('has an import rule for every package, and no rule for a package that does not exist', () => {
    const packages = readdirSync(join(ROOT, 'packages'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(packages.sort()).toEqual(Object.keys(ALLOWED).sort());
  });
  for (const pkg of Object.keys(ALLOWED)) {
    it(`${pkg} imports only what it may`, () => {
      const dir = join(ROOT, 'packages', pkg, 'src');
      const files = sources(dir);
      expect(files.length).toBeGreaterThan(0);
      const bad: string[] = [];
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const spec = m[1] ?? m[2] ?? '';
          if (spec.startsWith('@otvet/') && !ALLOWED[pkg]!.includes(spec.split('/').slice(0, 2).join('/'))) bad.push(`${relative(ROOT, file)} → ${spec}`);
          if (spec.startsWith('..') && relative(dir, join(file, '..', spec)).startsWith('..')) bad.push(`${relative(ROOT, file)} → ${spec}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
  it('core writes to no console and never exits the process', () => {
    const offenders = sources(join(ROOT, 'packages/core/src')).filter((f) => /\bconsole\.|process\.exit|process\.stdout|process\.stderr/.test(code(f)));
    expect(offenders).toEqual([]);
  });
  it('the CLI sets process.exitCode instead of calling process.exit()', () => {
    const offenders = sources(join(ROOT, 'packages/cli/src')).filter((f) => /process\.exit\(/.test(code(f)));
    expect(offenders).toEqual([]);
  });
  it('docs/rules.md is up to date', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts/gen-docs.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
  // The validators and Unicode ranges are build output, like dist/: written by the build and by
  // vitest's set-up (scripts/lib/generate.mjs), never committed.
  it('the build writes the generated sources, and none of them is committed', () => {
    for (const script of ['gen-unicode.mjs', 'gen-validators.mjs']) execFileSync(process.execPath, [join(ROOT, 'scripts', script)], { stdio: 'pipe' });
    // Present and current (and so is the committed config schema for editors).
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts/gen-validators.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
    const generated = ['core', 'glossary', 'rules'].flatMap((pkg) => readdirSync(join(ROOT, 'packages', pkg, 'src/generated')).map((name) => `packages/${pkg}/src/generated/${name}`));
    expect(generated.sort()).toEqual([
      'packages/core/src/generated/validate-function.d.ts',
      'packages/core/src/generated/validators.d.ts',
      'packages/core/src/generated/validators.js',
      'packages/glossary/src/generated/validators.d.ts',
      'packages/glossary/src/generated/validators.js',
      'packages/rules/src/generated/options.d.ts',
      'packages/rules/src/generated/options.js',
      'packages/rules/src/generated/resources.d.ts',
      'packages/rules/src/generated/resources.js',
      'packages/rules/src/generated/unicode.ts',
    ]);
    const tracked = execFileSync('git', ['ls-files', '--', ...generated], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    // The one hand-written file in a generated folder: the shape of a validator.
    expect(tracked).toEqual(['packages/core/src/generated/validate-function.d.ts']);
  });
});
