import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Which workspace packages each package may import (DESIGN §1). */
const ALLOWED: Record<string, string[]> = {
  core: [],
  glossary: ['@otvet/core'],
  pack: ['@otvet/core'],
  rules: ['@otvet/core', '@otvet/glossary'],
  cli: ['@otvet/core', '@otvet/rules', '@otvet/glossary', '@otvet/pack'],
  'test-kit': ['@otvet/core'],
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
  for (const pkg of Object.keys(ALLOWED)) {
    const dir = join(ROOT, 'packages', pkg, 'src');
    let files: string[] = [];
    try {
      files = sources(dir);
    } catch {
      continue; // the package does not exist yet
    }
    it(`${pkg} imports only what it may`, () => {
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
  it('generated validators and schemas are up to date', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts/gen-validators.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
