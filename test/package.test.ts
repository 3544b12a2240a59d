/**
 * The npm package `otvet` (scripts/release-pack.mjs), installed as a seller's team would: from
 * the tarball alone, offline, into an empty project outside this repository, then used through
 * npx. Nothing of the workspace (its node_modules, its sources) can be reached from there.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function run(command: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: project, encoding: 'utf8', env: { ...npmEnv, ...env } });
}
const npx = (args: string[], env: Record<string, string> = {}) => run('npx', ['otvet', ...args], env);

beforeAll(() => {
  const packed = spawnSync(process.execPath, [join(ROOT, 'scripts/release-pack.mjs'), '--out-dir', join(work, 'release')], { encoding: 'utf8' });
  expect(packed.stderr).toBe('');
  expect(packed.status).toBe(0);
  tarball = join(work, 'release', readdirSync(join(work, 'release')).find((name) => name.endsWith('.tgz'))!);
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
    expect(files('dist')).toEqual(['build-id', 'otvet.cjs', 'otvet.cjs.cache', 'ru-morph.bin', 'ru-words.bin']);
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
    const pack = npx(['pack']);
    expect(pack.stderr).toContain('Pack written: dist/shop-0.1.0');
    expect(pack.status).toBe(0);
    const verify = npx(['verify', 'dist/shop-0.1.0']);
    expect(verify.stdout).toContain('is intact');
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
