/**
 * The npm package `otvet` (scripts/release-pack.mjs), installed as a seller's team would: from
 * the tarball alone, offline, into an empty project outside this repository, then used through
 * npx. Nothing of the workspace (its node_modules, its sources) can be reached from there.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'otvet-package-test-'));
const project = join(work, 'shop');
/** npm with its own empty cache and no network: what it installs comes from the tarball. */
const npmEnv = { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', LANG: 'C', OTVET_LANG: '', NO_COLOR: '1' };
let tarball = '';
let testKitTarball = '';

function run(command: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: project, encoding: 'utf8', env: { ...npmEnv, ...env } });
}
const npx = (args: string[], env: Record<string, string> = {}) => run('npx', ['otvet', ...args], env);

beforeAll(() => {
  const packed = spawnSync(process.execPath, [join(ROOT, 'scripts/release-pack.mjs'), '--out-dir', join(work, 'release')], { encoding: 'utf8' });
  expect(packed.stderr).toBe('');
  expect(packed.status).toBe(0);
  const packedFiles = readdirSync(join(work, 'release'));
  tarball = join(work, 'release', packedFiles.find((name) => /^otvet-\d.*\.tgz$/.test(name))!);
  testKitTarball = join(work, 'release', packedFiles.find((name) => /^otvet-test-kit-\d.*\.tgz$/.test(name))!);
  expect(packed.stdout).toContain('@otvet/test-kit@');
  mkdirSync(project);
  expect(run('npm', ['init', '-y']).status).toBe(0);
  const installed = run('npm', ['install', '--save-dev', tarball]);
  expect(installed.stderr).not.toMatch(/ERR/);
  expect(installed.status).toBe(0);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('is one package with no dependencies, outside the workspace', () => {
    expect(resolve(project).startsWith(resolve(ROOT))).toBe(false);
    expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['otvet']);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/otvet/package.json'), 'utf8'));
    const source = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'otvet', version: source.version, bin: { otvet: 'bin/otvet.cjs' } });
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies).toHaveProperty('otvet');
  });

  it('carries the bundle, its code cache, both indexes, the schemas and the notices', () => {
    const files = (dir: string): string[] => readdirSync(join(project, 'node_modules/otvet', dir)).sort();
    expect(files('dist')).toEqual(['api.cjs', 'api.d.ts', 'api.mjs', 'build-id', 'otvet-ajv.cjs', 'otvet-calque-why.json', 'otvet-lsp.cjs', 'otvet-resources.cjs', 'otvet-studio.cjs', 'otvet-xlsx.cjs', 'otvet.cjs', 'otvet.cjs.cache', 'ru-morph.bin', 'ru-words.bin', 'studio']);
    expect(files('dist/studio')).toEqual(['app.css', 'app.js', 'index.html']);
    expect(files('bin')).toEqual(['lint-worker.cjs', 'otvet.cjs']);
    expect(files('schema')).toEqual(['glossary.schema.json', 'otvet.config.schema.json', 'phrasebook.schema.json', 'report.schema.json', 'templates.schema.json']);
    for (const name of ['README.md', 'LICENSE.md', 'THIRD-PARTY-NOTICES.md']) expect(existsSync(join(project, 'node_modules/otvet', name))).toBe(true);
    const notices = readFileSync(join(project, 'node_modules/otvet/THIRD-PARTY-NOTICES.md'), 'utf8');
    const yamlVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/yaml/package.json'), 'utf8')).version;
    expect(notices).toContain(`### yaml@${yamlVersion}`);
    expect(notices).toContain('CC BY-SA 3.0');
    expect(notices).toContain('BSD');
  });

  it('init, lint, pack and verify all exit 0 through npx', () => {
    const init = npx(['init']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('created templates/example.yaml');
    const lint = npx(['lint']);
    expect(lint.stdout).toContain('pass');
    expect(lint.status).toBe(0);
    // With the spreadsheet, which the package's dist/otvet-xlsx.cjs writes.
    const pack = npx(['pack', '--xlsx']);
    expect(pack.stderr).toContain('Pack written: dist/shop-0.1.0');
    expect(pack.status).toBe(0);
    expect(existsSync(join(project, 'dist/shop-0.1.0/templates.xlsx'))).toBe(true);
    const verify = npx(['verify', 'dist/shop-0.1.0']);
    expect(verify.stdout).toContain('is intact: 3 files checked');
    expect(verify.status).toBe(0);
  });

  it("init's $schema lines resolve inside node_modules/otvet, and the scaffold passes those schemas", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const path of ['otvet.config.yaml', 'templates/example.yaml', 'glossary/terms.yaml']) {
      const text = readFileSync(join(project, path), 'utf8');
      const target = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
      expect(target, path).toMatch(/node_modules\/otvet\/schema\/[a-z.]+\.schema\.json$/);
      const schema = JSON.parse(readFileSync(join(project, dirname(path), target!), 'utf8'));
      const validate = ajv.compile(schema);
      expect(validate(parse(text)), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('a faulty template exits 1 with the finding, in the language asked for', () => {
    writeFileSync(join(project, 'templates/wait.yaml'), 'templates:\n  - id: wait\n    text:\n      zh: 请稍等~\n      ru: Проверяем ваш заказ~\n');
    const lint = npx(['lint']);
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/templates\/wait\.yaml\n5:\d+-5:\d+ +error +Remove the tilde/);
    expect(lint.stdout).toContain('tone-tilde');
    expect(npx(['lint', '--lang', 'zh']).stdout).toContain('波浪号');
    rmSync(join(project, 'templates/wait.yaml'));
  });

  it('lints on two threads from the package (its worker script) as on one', () => {
    const trace = join(work, 'threads.txt');
    for (const [name, ru] of [['wait', 'Проверяем ваш заказ~'], ['thanks', 'Спасибо за заказ, Мы отправим его завтра.']]) {
      writeFileSync(join(project, `templates/${name}.yaml`), `templates:\n  - id: ${name}\n    text:\n      zh: 请稍等\n      ru: ${ru}\n`);
    }
    const one = npx(['lint', '--format', 'json', '--concurrency', 'off']);
    const two = npx(['lint', '--format', 'json', '--concurrency', '2'], { NODE_OPTIONS: `-r ${join(ROOT, 'test/parallel-trace.cjs')}`, OTVET_TEST_TRACE: trace });
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('tone-tilde');
    expect(readFileSync(trace, 'utf8')).toMatch(/^start \d+\nanswer \d+\n$/);
    for (const name of ['wait', 'thanks']) rmSync(join(project, `templates/${name}.yaml`));
  });

  it('runs the language server, whose findings link to the rule READMEs inside the package', async () => {
    expect(existsSync(join(project, 'node_modules/otvet/docs/rules/tone-tilde.md'))).toBe(true);
    const child = spawn(join(project, 'node_modules/.bin/otvet'), ['lsp', '--stdio'], { cwd: project, env: npmEnv });
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Promise<{ diagnostics: { code: string; codeDescription?: { href: string } }[] }>((done) => rpc.onNotification('textDocument/publishDiagnostics', done));
    rpc.listen();
    await rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {} });
    await rpc.sendNotification('initialized', {});
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(join(project, 'templates/open.yaml')).href, languageId: 'yaml', version: 1, text: 'templates:\n  - id: open\n    text:\n      zh: 好\n      ru: Спасибо~\n' } });
    const { diagnostics } = await published;
    expect(diagnostics.find((d) => d.code === 'tone-tilde')?.codeDescription?.href).toBe(pathToFileURL(join(project, 'node_modules/otvet/docs/rules/tone-tilde.md')).href);
    await rpc.sendRequest('shutdown');
    await rpc.sendNotification('exit');
    expect(await new Promise((done) => child.on('exit', done))).toBe(0);
  });

  it('serves the studio (its server and front end ship with it)', async () => {
    const child = spawn(join(project, 'node_modules/.bin/otvet'), ['studio', '--port', '0', '--lang', 'en'], { cwd: project, env: npmEnv });
    const url = await new Promise<URL>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/u.exec(out);
        if (m) done(new URL(m[0]));
      });
      child.on('exit', () => fail(new Error(out)));
    });
    for (const asset of ['/', '/app.js', '/app.css']) expect((await fetch(new URL(asset, url))).status, asset).toBe(200);
    const overview = (await (await fetch(new URL(`/api/overview?token=${url.searchParams.get('token')}`, url))).json()) as { templates: unknown[] };
    expect(overview.templates.length).toBeGreaterThan(0);
    child.kill('SIGINT');
    expect(await new Promise((done) => child.on('exit', done))).toBe(0);
  });

  it('says the version of the package it is', () => {
    const source = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'));
    expect(npx(['--version']).stdout.trim()).toBe(source.version);
  });

  it('starts from the code cache that ships with it', () => {
    const lint = npx(['lint'], { TIMING: '1' });
    expect(lint.status).toBe(0);
    expect(lint.stderr).toContain('(node start + otvet load)');
    expect(lint.stderr).not.toContain('code cache');
  });
});

/**
 * docs/writing-a-rule.md's walkthrough, run as it stands in a second project that installed both
 * tarballs: its files written from the page's blocks (each names its file on its first line),
 * its commands run, their output compared with the page's.
 */
describe('a plugin in a seller’s repository (docs/writing-a-rule.md)', () => {
  const seller = join(work, 'seller');
  const inSeller = (command: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> =>
    spawnSync(command, args, { cwd: seller, encoding: 'utf8', env: { ...npmEnv, ...env } });
  /** The page's blocks in order: info string and body. */
  const blocks = (path: string): { info: string; body: string }[] =>
    [...readFileSync(join(ROOT, path), 'utf8').matchAll(/^```(\S*)[^\n]*\n([\s\S]*?)^```$/gmu)].map((m) => ({ info: m[1]!, body: m[2]! }));
  /** Write each block whose first line names a file (`// path` or `# path`); their paths. */
  const writeFiles = (path: string, kinds: readonly string[]): string[] =>
    blocks(path)
      .filter((b) => kinds.includes(b.info))
      .flatMap((b) => {
        const name = /^(?:\/\/|#) ([\w./-]+)\n/u.exec(b.body)?.[1];
        if (!name) return [];
        mkdirSync(dirname(join(seller, name)), { recursive: true });
        writeFileSync(join(seller, name), b.body);
        return [name];
      });
  const guide = 'docs/writing-a-rule.md';

  beforeAll(() => {
    mkdirSync(seller);
    expect(inSeller('npm', ['init', '-y']).status).toBe(0);
    // vitest is the seller's own (a peer of the kit): this workspace's copy stands in for it, offline.
    const installed = inSeller('npm', ['install', '--save-dev', '--legacy-peer-deps', tarball, testKitTarball]);
    expect(installed.stderr).not.toMatch(/ERR/);
    expect(installed.status).toBe(0);
    symlinkSync(join(ROOT, 'node_modules/vitest'), join(seller, 'node_modules/vitest'));
    symlinkSync('../vitest/vitest.mjs', join(seller, 'node_modules/.bin/vitest'));
    expect(writeFiles(guide, ['js', 'yaml'])).toEqual(['otvet-rules/brand-name.mjs', 'otvet-rules/index.mjs', 'otvet.config.yaml', 'templates/thanks.yaml', 'otvet-rules/brand-name.test.mjs']);
  }, 60_000);

  it('lints with the plugin’s rule and prints what the page shows', () => {
    const page = blocks(guide);
    const command = page.findIndex((b) => b.info === 'sh' && b.body.trim() === 'npx otvet lint');
    expect(page[command + 1]?.info).toBe('text');
    const lint = inSeller('npx', ['otvet', 'lint']);
    expect(lint.stdout).toBe(page[command + 1]!.body);
    expect(lint.status).toBe(1);
    expect(inSeller('npx', ['otvet', 'lint', '--lang', 'zh']).stdout).toContain('店铺名称请写作“Акме”');
    const json = JSON.parse(inSeller('npx', ['otvet', 'lint', '--format', 'json']).stdout);
    expect(json.files[0].messages[0]).toMatchObject({ ruleId: 'acme/brand-name', url: 'https://example.com/otvet-rules#brand-name', expected: ['Акме'] });
  });

  it('fixes what the rule offers, then lints clean', () => {
    const before = readFileSync(join(seller, 'templates/thanks.yaml'), 'utf8');
    try {
      expect(inSeller('npx', ['otvet', 'lint', '--fix']).status).toBe(0);
      expect(readFileSync(join(seller, 'templates/thanks.yaml'), 'utf8')).toBe(before.replace('АКМЕ', 'Акме'));
      expect(inSeller('npx', ['otvet', 'lint']).status).toBe(0);
    } finally {
      writeFileSync(join(seller, 'templates/thanks.yaml'), before);
    }
  });

  it('tests the rule with the kit, whose cases really assert', () => {
    const run = inSeller('npx', ['vitest', 'run', 'otvet-rules']);
    expect(run.stdout + run.stderr).toMatch(/Tests\s+5 passed/);
    expect(run.status).toBe(0);
    // A wrong column in an expected line fails the run.
    const test = join(seller, 'otvet-rules/brand-name.test.mjs');
    const good = readFileSync(test, 'utf8');
    try {
      writeFileSync(test, good.replace('1:22-1:26', '1:21-1:26'));
      expect(inSeller('npx', ['vitest', 'run', 'otvet-rules']).status).toBe(1);
      // So do options the rule's schema refuses.
      writeFileSync(test, good.replace("options: { brand: 'Бета' }", "options: { brnd: 'Бета' }"));
      const refused = inSeller('npx', ['vitest', 'run', 'otvet-rules']);
      expect(refused.stdout + refused.stderr).toContain('do not match its options schema');
      expect(refused.status).toBe(1);
    } finally {
      writeFileSync(test, good);
    }
  });

  it('runs the test kit README’s example as written', () => {
    const readme = blocks('packages/test-kit/README.md').find((b) => b.info === 'js' && b.body.startsWith('// otvet-rules/brand-name.test.mjs'));
    expect(readme).toBeDefined();
    const test = join(seller, 'otvet-rules/brand-name.test.mjs');
    const walkthrough = readFileSync(test, 'utf8');
    try {
      writeFileSync(test, readme!.body);
      const run = inSeller('npx', ['vitest', 'run', 'otvet-rules']);
      expect(run.stdout + run.stderr).toMatch(/Tests\s+\d+ passed/);
      expect(run.status).toBe(0);
    } finally {
      writeFileSync(test, walkthrough);
    }
  });

  it('types a TypeScript rule from the packages’ declarations alone', () => {
    expect(writeFiles(guide, ['ts'])).toEqual(['otvet-rules/support-hours.ts']);
    // A check that uses the kit with the typed rule, against both packages' .d.ts files (skipLibCheck off).
    writeFileSync(join(seller, 'otvet-rules/types-check.ts'), "import { testRule } from '@otvet/test-kit';\nimport rule from './support-hours.js';\ntestRule(rule, { valid: ['Поддержка работает с 9 до 21.'], invalid: [] });\n");
    const tsconfig = { compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['otvet-rules/support-hours.ts', 'otvet-rules/types-check.ts'] };
    writeFileSync(join(seller, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const checked = inSeller(process.execPath, [tsc, '-p', 'tsconfig.json']);
    expect(checked.stdout).toBe('');
    expect(checked.status).toBe(0);
    // The options are typed: a misspelt one is an error.
    const rule = join(seller, 'otvet-rules/support-hours.ts');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('context.options.hours', 'context.options.hour'));
    const wrong = inSeller(process.execPath, [tsc, '-p', 'tsconfig.json']);
    expect(wrong.stdout).toContain("Property 'hour' does not exist");
    expect(wrong.status).not.toBe(0);
  });
});
