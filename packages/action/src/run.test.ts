/**
 * The action's work in process (test/action.test.ts runs the bundled step as GitHub does): with
 * the built CLI as the otvet it ships with, in temporary repositories.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findOtvet, runAction, type Context } from './run.js';

const cli = fileURLToPath(new URL('../../cli', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'otvet-action-run-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function repo(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b', GIT_CONFIG_NOSYSTEM: '1' } });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'start');
  return dir;
}
const CONFIG = 'templates: ["templates/**/*.yaml"]\npack: { name: shop, version: 2.0.0 }\n';
const TEMPLATE = 'templates:\n  - id: thanks\n    text:\n      zh: 谢谢\n      ru: Спасибо за заказ!\n';

async function act(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}, fetchImpl?: typeof fetch): Promise<{ code: number; out: string; summary: string }> {
  const summary = join(workspace, '..', `${workspace.split('/').pop()}-summary.md`);
  writeFileSync(summary, '');
  let out = '';
  const ctx: Context = {
    env: { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary, ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`OTVET_ACTION_${k}`, v])), ...env },
    actionPath: cli,
    stdout: (text) => void (out += text),
    otvetOutput: 'ignore',
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  };
  const code = await runAction(ctx);
  return { code, out, summary: readFileSync(summary, 'utf8') };
}

describe('runAction', () => {
  it('lints with the otvet it ships with, and returns its exit code', async () => {
    const clean = repo('clean', { 'otvet.config.yaml': CONFIG, 'templates/a.yaml': TEMPLATE });
    const r = await act(clean, { COMMAND: 'lint' });
    expect(r.out).toMatch(/^otvet 0\.1\.0, bundled with the action\n/);
    expect(r.code).toBe(0);
    const faulty = repo('faulty', { 'otvet.config.yaml': CONFIG, 'templates/a.yaml': TEMPLATE.replace('заказ!', 'заказ~') });
    expect((await act(faulty, { COMMAND: 'lint' })).code).toBe(1);
  });

  it('packs without a pull request: no comparison, no comment, the pack verified', async () => {
    const dir = repo('push', { 'otvet.config.yaml': CONFIG, 'templates/a.yaml': TEMPLATE });
    const r = await act(dir, { COMMAND: 'pack', TOKEN: 'x', ZIP: 'true' }, { GITHUB_EVENT_NAME: 'push' });
    expect(r.code).toBe(0);
    expect(r.summary).toBe('## otvet: lint\n\nError rate 0.0 % over 3 words — pass.\n\n## otvet: pack dist/shop-2.0.0\n\nNo earlier pack to compare with.\n');
    expect(readFileSync(join(dir, 'dist/shop-2.0.0/manifest.json'), 'utf8')).toContain('"created": "');
  });

  it('compares with a pack or a revision given as since, and only warns when the comment fails', async () => {
    const dir = repo('since', { 'otvet.config.yaml': CONFIG, 'templates/a.yaml': TEMPLATE });
    writeFileSync(join(dir, 'templates/b.yaml'), TEMPLATE.replace('thanks', 'bye').replace('Спасибо за заказ!', 'До свидания!'));
    const event = join(work, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 5 } }));
    const failing = (async () => new Response('{}', { status: 500 })) as unknown as typeof fetch;
    const r = await act(dir, { COMMAND: 'pack', SINCE: 'HEAD', TOKEN: 't' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: 'https://api.test' }, failing);
    expect(r.code).toBe(0);
    expect(r.summary).toContain('`bye`');
    expect(r.out).toContain('::warning::Could not comment on the pull request (GET /repos/o/r/issues/5/comments: HTTP 500); what changed is on the job summary.');
    // The pack just built, given as an older pack: nothing changed.
    const again = await act(dir, { COMMAND: 'pack', SINCE: 'dist/shop-2.0.0' });
    expect(again.summary).toContain('(2 unchanged)');
    const bad = await act(dir, { COMMAND: 'pack', SINCE: 'no-such-thing', LANG: 'zh' });
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('::error::since：“no-such-thing”既不是旧的包');
  });

  it('a revision whose templates make no pack leaves nothing to compare with', async () => {
    const dir = repo('refused', { 'otvet.config.yaml': CONFIG, 'templates/a.yaml': TEMPLATE.replace('заказ!', 'заказ~') });
    writeFileSync(join(dir, 'templates/a.yaml'), TEMPLATE);
    const r = await act(dir, { COMMAND: 'pack', SINCE: 'HEAD' });
    expect(r.out).toContain('::notice::The templates of HEAD do not make an approved pack');
    expect(r.summary).toContain('No earlier pack to compare with.');
    expect(r.code).toBe(0);
  });

  it('refuses a working-directory outside the repository', async () => {
    const dir = repo('inside', { 'otvet.config.yaml': CONFIG, 'templates/a.yaml': TEMPLATE });
    for (const outside of ['..', '../clean', '/tmp']) {
      const r = await act(dir, { COMMAND: 'lint', WORKING_DIRECTORY: outside });
      expect(r.code).toBe(2);
      expect(r.out).toContain(`::error::working-directory “${outside}” is not a directory of the repository.`);
    }
    expect((await act(dir, { COMMAND: 'lint', WORKING_DIRECTORY: './templates/..' })).code).toBe(0);
  });

  it("prefers the project's otvet, found upwards as Node.js resolves packages", () => {
    const dir = join(work, 'mono/apps/shop');
    mkdirSync(join(work, 'mono/node_modules/otvet/bin'), { recursive: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(work, 'mono/node_modules/otvet/bin/otvet.cjs'), '');
    expect(findOtvet(dir, cli)).toMatchObject({ bin: join(work, 'mono/node_modules/otvet/bin/otvet.cjs'), version: '?', source: 'project' });
    expect(findOtvet(work, cli)).toMatchObject({ bin: join(cli, 'bin/otvet.cjs'), version: '0.1.0', source: 'action' });
  });
});
