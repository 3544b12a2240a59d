/**
 * The hook of the pre-commit framework, with the real `pre-commit` tool (Debian package
 * `pre-commit`; .ci/run installs it): scripts/release-branch.mjs commits the hook repository on
 * the `release` branch of a clone of this repository, and a seller's project lists that
 * clone as `repo:` with the commit as `rev:`. pre-commit installs the hook (offline: npm may not
 * fetch anything) and runs it on `git commit`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const available = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!available) console.warn('pre-commit is not installed (Debian package `pre-commit`): the pre-commit framework test is skipped.');

const work = mkdtempSync(join(tmpdir(), 'otvet-pre-commit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const shop = join(work, 'shop');
const hookRepo = join(work, 'otvet');

const env = {
  PATH: process.env.PATH ?? '',
  HOME: work,
  LANG: 'C.UTF-8',
  PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Copywriter',
  GIT_AUTHOR_EMAIL: 'copy@example.com',
  GIT_COMMITTER_NAME: 'Copywriter',
  GIT_COMMITTER_EMAIL: 'copy@example.com',
  npm_config_cache: join(work, 'npm-cache'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
function run(command: string, args: string[], cwd = shop): { code: number | null; out: string } {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}
const git = (...args: string[]) => run('git', args);
const commits = (): number => Number(git('rev-list', '--count', 'HEAD').out.trim());
const tmpl = (id: string, ru: string): string => `templates:\n  - id: ${id}\n    text:\n      zh: 您好\n      ru: ${ru}\n`;
const write = (path: string, content: string): void => {
  mkdirSync(join(shop, path, '..'), { recursive: true });
  writeFileSync(join(shop, path), content);
};

describe.skipIf(!available)('pre-commit framework: repo = this repository, rev = its release branch', () => {
  it('installs offline, blocks a commit with a bad template and lets a good one through', () => {
    expect(run('git', ['clone', '-q', '--no-checkout', ROOT, hookRepo], work).code).toBe(0);
    const released = spawnSync(process.execPath, [join(ROOT, 'scripts/release-branch.mjs'), '--repo', hookRepo], { encoding: 'utf8', env: { ...process.env, ...env } });
    expect(released.stderr).toBe('');
    expect(released.status).toBe(0);
    const rev = /^committed: release at ([0-9a-f]{40}) /.exec(released.stdout)?.[1];
    expect(rev).toBeDefined();
    // The branch holds the hook definition beside the package, and nothing of the workspace.
    const tree = run('git', ['ls-tree', '--name-only', rev!], hookRepo).out.trim().split('\n');
    expect(tree).toEqual(['.pre-commit-hooks.yaml', 'LICENSE.md', 'README.md', 'THIRD-PARTY-NOTICES.md', 'action.yml', 'action', 'bin', 'dist', 'docs', 'package.json', 'schema']);

    mkdirSync(shop);
    expect(git('init', '-q', '-b', 'main').code).toBe(0);
    write('otvet.config.yaml', 'templates: ["templates/**/*.yaml"]\n');
    write('templates/welcome.yaml', tmpl('welcome', 'Здравствуйте! Спасибо за заказ.'));
    write('.pre-commit-config.yaml', `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: otvet\n`);
    const install = run('pre-commit', ['install', '--install-hooks']);
    expect(install.out).not.toMatch(/error|ERR!/i);
    expect(install.code).toBe(0);
    git('add', '-A');
    expect(git('commit', '-q', '-m', 'start')).toMatchObject({ code: 0 });
    expect(commits()).toBe(1);

    write('templates/late.yaml', tmpl('late', 'Ваш заказ задерживается~'));
    git('add', 'templates/late.yaml');
    const bad = git('commit', '-q', '-m', 'late');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('- hook id: otvet');
    expect(bad.out).toMatch(/templates\/late\.yaml\n5:\d+-5:\d+ +error +Remove the tilde[^\n]*tone-tilde/);
    expect(commits()).toBe(1);

    write('templates/late.yaml', tmpl('late', 'Ваш заказ задерживается, приносим извинения.'));
    git('add', 'templates/late.yaml');
    const good = git('commit', '-q', '-m', 'late');
    expect(good.out).toMatch(/otvet lint[^\n]*Passed/);
    expect(good.code).toBe(0);
    expect(commits()).toBe(2);
  }, 180_000);

  it('a second release of an unchanged package moves nothing', () => {
    const again = spawnSync(process.execPath, [join(ROOT, 'scripts/release-branch.mjs'), '--repo', hookRepo], { encoding: 'utf8', env: { ...process.env, ...env } });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^unchanged: release at [0-9a-f]{40} /);
    // The branch has a history of its own (no commit of main in it): one release, one commit.
    expect(run('git', ['rev-list', '--count', 'release'], hookRepo).out.trim()).toBe('1');
  });
});
