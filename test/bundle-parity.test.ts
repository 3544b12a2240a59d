/**
 * The bundled CLI is built with steps the sources skip (precomputed phrase index keys, the code
 * cache): on the rules' fixture files, and on a pack made of every example and counterexample of
 * the phrase data (policy-* phrases, the calque phrasebook), it must report exactly what the CLI
 * run from the sources reports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from '../packages/cli/src/main.js';
import { makeProject, otvet, ROOT } from './helpers.js';

const RULES = join(ROOT, 'packages/rules/src');
const fixtures = readdirSync(RULES)
  .sort()
  .flatMap((rule) => {
    const dir = join(RULES, rule, 'fixtures');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => `packages/rules/src/${rule}/fixtures/${f}`) : [];
  });

async function fromSources(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await run(args, { cwd, env: { LANG: 'C' }, stdout: (t) => (stdout += t), stderr: () => {}, color: false });
  return { code, stdout };
}

/** Every example and counterexample of the phrase data files, one template each. */
function phrasePack(): string {
  const files = ['policy-cancel/cancel.yaml', 'policy-contacts/messengers.yaml', 'policy-pii/pii.yaml', 'policy-review/review.yaml', 'policy-third-party/third-party.yaml', 'policy-rights/rights.yaml', 'tone-rude/rude.yaml', 'tone-calque/phrasebook.yaml'];
  const texts = files.flatMap((file) => {
    const data = parse(readFileSync(join(RULES, file), 'utf8')) as { phrases?: unknown[]; entries?: unknown[] };
    return ((data.phrases ?? data.entries ?? []) as { examples?: string[]; counterexamples?: string[] }[]).flatMap((p) => [...(p.examples ?? []), ...(p.counterexamples ?? [])]);
  });
  return stringify({ templates: texts.map((ru, i) => ({ id: `p${i}`, text: { zh: '您好', ru } })) });
}

describe('the bundle and the sources', () => {
  it('have fixtures to compare', () => expect(fixtures.length).toBeGreaterThan(5));

  for (const args of [['--format', 'json'], ['--lang', 'zh']]) {
    it(`report the same on every rule's fixtures (${args.join(' ')})`, async () => {
      const argv = ['lint', ...args, ...fixtures];
      const bundled = otvet(argv, ROOT, { LANG: 'C' });
      const sources = await fromSources(argv);
      expect(bundled.code).toBe(1);
      expect(sources.code).toBe(1);
      expect(bundled.stdout).toBe(sources.stdout);
    }, 60_000);
  }

  const project = makeProject({ 'otvet.config.yaml': 'source: zh\ntarget: ru\nextends: recommended\n', 'phrases.yaml': phrasePack() });
  afterAll(() => project.remove());

  it('report the same on the examples of every phrase', async () => {
    const argv = ['lint', '--format', 'json', 'phrases.yaml'];
    const bundled = otvet(argv, project.dir, { LANG: 'C' });
    const sources = await fromSources(argv, project.dir);
    expect(bundled.code).toBe(1);
    expect(bundled.stdout).toBe(sources.stdout);
    const report = JSON.parse(bundled.stdout) as { files: { messages: { ruleId: string }[] }[] };
    const count = (id: string) => report.files.flatMap((f) => f.messages).filter((m) => m.ruleId === id).length;
    for (const id of ['tone-calque', 'policy-cancel', 'policy-contacts', 'policy-review', 'policy-pii', 'policy-third-party', 'policy-rights', 'tone-rude']) expect(count(id), id).toBeGreaterThan(5);
  }, 60_000);
});
