/** The commands are loaded by main.ts; they take what they share with it from io.ts, never from main.ts (no import cycle). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('commands/*.ts', () => {
  it('do not import main.ts', () => {
    const files = readdirSync(join(here, 'commands')).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(3);
    const offenders = files.flatMap((name) =>
      [...readFileSync(join(here, 'commands', name), 'utf8').matchAll(IMPORT)]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((spec) => /(^|\/)main(\.js)?$/.test(spec))
        .map((spec) => `commands/${name} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
