/**
 * Code that no lint runs lives in files of its own beside the bundle (scripts/build.mjs,
 * LAZY_BUNDLES): the language server's libraries, ajv and the compiled schemas of a config's data
 * files. The bundle requires each only where a command needs it, and a lint runs without them.
 * (test/lsp.test.ts, test/package.test.ts and test/phrase-patterns.test.ts run the commands that
 * load them.)
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, otvet, ROOT, type Project } from './helpers.js';

const projects: Project[] = [];
afterAll(() => projects.forEach((p) => p.remove()));

const DIST = join(ROOT, 'packages/cli/dist');
/** Each file, and a text of what it holds that nothing else in the bundle has. */
const LAZY: [string, string][] = [
  ['otvet-lsp.cjs', 'Content-Length'],
  ['otvet-ajv.cjs', 'strictSchema'],
  ['otvet-resources.cjs', 'government-lexicon.schema.json'],
];

describe('code no lint runs', () => {
  it('is out of the bundle, in files the bundle requires once each, and in the notices', () => {
    const bundle = readFileSync(join(DIST, 'otvet.cjs'), 'latin1');
    for (const [file, marker] of LAZY) {
      expect(bundle, marker).not.toContain(marker);
      expect(readFileSync(join(DIST, file), 'latin1'), file).toContain(marker);
      expect([...bundle.matchAll(new RegExp(`require\\("\\./${file.replace('.', '\\.')}"\\)`, 'g'))], file).toHaveLength(1);
    }
    const notices = readFileSync(join(DIST, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const name of ['ajv', 'vscode-languageserver', 'vscode-jsonrpc']) expect(notices).toMatch(new RegExp(`### ${name}@[\\d.]+\\n\\nLicence: MIT`));
  });

  it('is not needed by a lint, with findings and in Chinese', () => {
    const p = makeProject({
      'otvet.config.yaml': 'source: zh\ntarget: ru\n',
      'templates/a.yaml': 'templates:\n  - id: wait\n    title: Ждите\n    text:\n      zh: 请稍等\n      ru: Дорогой, подождите немного~\n',
    });
    projects.push(p);
    const cli = join(p.dir, 'cli');
    mkdirSync(join(cli, 'bin'), { recursive: true });
    mkdirSync(join(cli, 'dist'));
    copyFileSync(join(ROOT, 'packages/cli/bin/otvet.cjs'), join(cli, 'bin/otvet.cjs'));
    for (const name of ['otvet.cjs', 'otvet.cjs.cache', 'ru-words.bin', 'ru-morph.bin', 'build-id']) copyFileSync(join(DIST, name), join(cli, 'dist', name));
    const without = otvet(['lint', '--lang', 'zh', 'templates'], p.dir, {}, join(cli, 'bin/otvet.cjs'));
    expect(without).toMatchObject({ code: 1, stderr: '' });
    expect(without.stdout).toContain('tone-tilde');
    // The same report as the CLI with every file.
    expect(otvet(['lint', '--lang', 'zh', 'templates'], p.dir)).toEqual(without);
  });
});
