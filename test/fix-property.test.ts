/**
 * Property: `--fix` (the function the CLI runs, fixSources) on random template
 * files with random fixable defects never breaks a valid placeholder, never
 * produces invalid YAML, keeps everything but the Russian texts and every
 * comment, and is idempotent.
 *
 * The run count is small for CI; set OTVET_FIX_RUNS (and OTVET_FIX_SEED) for a
 * long local run, e.g. `OTVET_FIX_RUNS=20000 npx vitest run test/fix-property.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, type Node } from 'yaml';
import { parseConfig, resolveRules, type Lang } from '../packages/core/src/index.js';
import { catalog } from '../packages/rules/src/index.js';
import { fixSources } from '../packages/cli/src/fix.js';
import { expectFixKeeps, fileArb, render } from './template-arbitraries.js';

const RUNS = Number(process.env.OTVET_FIX_RUNS ?? 120);
const SEED = process.env.OTVET_FIX_SEED === undefined ? 20261127 : Number(process.env.OTVET_FIX_SEED);

// spelling has no fixes, and its suggestions for the random non-words cost most of the time.
const config = parseConfig('otvet.config.yaml', 'rules:\n  typography-quotes: [warning, { straight: true }]\n  spelling: off\n', catalog);
const options = { config, rules: resolveRules(config, catalog), catalog, lang: 'en' as Lang, resources: {} };

function fix(text: string, bom: boolean): string {
  const run = fixSources([{ path: 't.yaml', text, bom }], options);
  return run.changed[0]?.source.text ?? text;
}

describe('--fix on random template files (property)', () => {
  it(`keeps YAML valid, placeholders intact and converges (${RUNS} runs)`, () => {
    let fixedFiles = 0;
    fc.assert(
      fc.property(fileArb, (spec) => {
        const text = render(spec);
        const before = parseDocument(text);
        // Only valid inputs: yaml may write something it cannot read back.
        fc.pre(before.errors.length === 0 && isScalar((before.getIn(['templates', 0, 'text', 'ru'], true) as Node | undefined) ?? null));
        const once = fix(text, spec.bom);
        expectFixKeeps(text, once);
        // Idempotent: a second fix changes nothing.
        expect(fix(once, spec.bom), once).toBe(once);
        if (once !== text) fixedFiles++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The property is only worth something if most files needed fixing.
    expect(fixedFiles).toBeGreaterThan(RUNS / 2);
  }, 30_000 + RUNS * 250);
});
