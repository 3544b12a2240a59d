/**
 * Code that no lint runs lives in files of its own beside the bundle (scripts/build.mjs,
 * LAZY_BUNDLES): the language server's libraries, ajv and the compiled schemas of a config's data
 * files. The bundle requires each only where a command needs it, and a lint runs without them.
 * The explanations of the built-in phrasebook's calques (otvet-calque-why.json) are read on the
 * first calque found.
 * (test/lsp.test.ts, test/package.test.ts and test/phrase-patterns.test.ts run the commands that
 * load them.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coreCli, makeProject, otvet, ROOT, STACK_TRACE, type Project } from './helpers.js';

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
      'templates/a.yaml': 'templates:\n  - id: thanks\n    title: Спасибо\n    text:\n      zh: 谢谢您的购买\n      ru: Спасибо за покупку~\n',
    });
    projects.push(p);
    const without = otvet(['lint', '--lang', 'zh', 'templates'], p.dir, {}, coreCli(p.dir));
    expect(without).toMatchObject({ code: 1, stderr: '' });
    expect(without.stdout).toContain('tone-tilde');
    // The same report as the CLI with every file.
    expect(otvet(['lint', '--lang', 'zh', 'templates'], p.dir)).toEqual(without);
  });

  it('keeps the calques\' explanations beside the bundle, read on the first calque found', () => {
    const bundle = readFileSync(join(DIST, 'otvet.cjs'), 'latin1');
    const why = JSON.parse(readFileSync(join(DIST, 'otvet-calque-why.json'), 'utf8')) as { en: string }[];
    const dear = why.find((w) => w.en.includes('Taobao'))!;
    expect(dear).toBeDefined();
    // The bundle is ASCII (other characters escaped): its longest ASCII run is what would show.
    const ascii = dear.en.match(/[\x20-\x7e]+/g)!.sort((a, b) => b.length - a.length)[0]!;
    expect(ascii.length).toBeGreaterThan(30);
    expect(bundle).not.toContain(ascii);
    expect(readFileSync(join(DIST, 'otvet-calque-why.json'), 'latin1')).toContain(ascii);
    const p = makeProject({
      'otvet.config.yaml': 'source: zh\ntarget: ru\n',
      'templates/a.yaml': 'templates:\n  - id: dear\n    title: Ждите\n    text:\n      zh: 亲，请稍等\n      ru: Дорогой, подождите немного.\n',
    });
    projects.push(p);
    const full = otvet(['lint', '--lang', 'en', 'templates'], p.dir);
    expect(full).toMatchObject({ code: 1, stderr: '' });
    expect(full.stdout).toContain(dear.en);
    // Without the file: an incomplete install, said in the user's language, exit 2, no stack trace.
    const without = otvet(['lint', '--lang', 'zh', 'templates'], p.dir, {}, coreCli(p.dir));
    expect(without).toMatchObject({ code: 2, stdout: '' });
    expect(without.stderr).toMatch(/^otvet 安装不完整：其程序文件旁的 otvet-calque-why\.json 缺失或已损坏（ENOENT/);
    expect(without.stderr).not.toMatch(STACK_TRACE);
  });
});
