/**
 * The pre-commit hook end to end, in a real git repository: `otvet init` writes
 * .githooks/pre-commit (the plain git hook the docs describe), `git config
 * core.hooksPath .githooks` enables it, and the built CLI is found on PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, makeProject, otvet, ROOT } from './helpers.js';

const project = makeProject();
const bin = mkdtempSync(join(tmpdir(), 'otvet-bin-'));
afterAll(() => {
  project.remove();
  rmSync(bin, { recursive: true, force: true });
});
writeFileSync(join(bin, 'otvet'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
chmodSync(join(bin, 'otvet'), 0o755);

const env = {
  PATH: `${bin}:${process.env.PATH ?? ''}`,
  HOME: project.dir,
  LANG: 'C.UTF-8',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Copywriter',
  GIT_AUTHOR_EMAIL: 'copy@example.com',
  GIT_COMMITTER_NAME: 'Copywriter',
  GIT_COMMITTER_EMAIL: 'copy@example.com',
};

function git(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync('git', args, { cwd: project.dir, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}
const commits = (): number => Number(git('rev-list', '--count', 'HEAD').out.trim());
const tmpl = (id: string, ru: string): string => `templates:\n  - id: ${id}\n    text:\n      zh: 您好\n      ru: ${ru}\n`;

describe('pre-commit hook (git core.hooksPath .githooks, written by otvet init)', () => {
  it('blocks a commit with a bad template and lets a good one through', () => {
    expect(git('init', '-q', '-b', 'main').code).toBe(0);
    expect(otvet(['init'], project.dir).code).toBe(0);
    expect(git('config', 'core.hooksPath', '.githooks').code).toBe(0);
    git('add', '-A');
    // The scaffold itself passes the hook (the config and glossary are not linted as templates).
    expect(git('commit', '-q', '-m', 'scaffold')).toMatchObject({ code: 0 });
    expect(commits()).toBe(1);

    // A tilde: error, the commit is refused, nothing is committed.
    project.write('templates/late.yaml', tmpl('late', 'Ваш заказ задерживается~'));
    git('add', 'templates/late.yaml');
    const bad = git('commit', '-q', '-m', 'late');
    expect(bad.code).not.toBe(0);
    expect(bad.out).toContain('templates/late.yaml');
    expect(bad.out).toContain('tone-tilde');
    expect(commits()).toBe(1);

    // A duplicate of an id committed earlier, in a file that sorts first: the pack-wide
    // check reports it (at the other occurrence, caused by the staged file) and blocks.
    project.write('templates/late.yaml', tmpl('late', 'Ваш заказ задерживается.'));
    project.write('templates/a-dup.yaml', tmpl('order-shipped', 'Заказ отправлен.'));
    git('add', 'templates/late.yaml', 'templates/a-dup.yaml');
    const dup = git('commit', '-q', '-m', 'dup');
    expect(dup.code).not.toBe(0);
    expect(dup.out).toContain('templates/example.yaml');
    expect(dup.out).toMatch(/order-shipped.*templates\/a-dup\.yaml:2:9/);
    expect(commits()).toBe(1);

    // Fixed: the commit goes through; only the staged file is linted.
    git('rm', '-q', '--cached', 'templates/a-dup.yaml');
    rmSync(join(project.dir, 'templates/a-dup.yaml'));
    const good = git('commit', '-q', '-m', 'late');
    expect(good).toMatchObject({ code: 0 });
    expect(commits()).toBe(2);
    // The hook's cache is there, and git does not see it.
    expect(existsSync(join(project.dir, '.otvet-cache/.gitignore'))).toBe(true);
    expect(git('status', '--porcelain', '--untracked-files=all').out).toBe('');
  });
});

describe('the hook definitions the docs describe', () => {
  it('the pre-commit framework hook (packages/cli/pre-commit-hooks.yaml): run as the framework would (entry + the staged files its pattern matches)', () => {
    const [hook] = parse(readFileSync(join(ROOT, 'packages/cli/pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    expect(hook).toMatchObject({ id: 'otvet', language: 'node' });
    const pattern = new RegExp(hook!.files);
    project.write('templates/rude.yaml', tmpl('rude', 'Подожди немного.'));
    project.write('notes.txt', 'x');
    git('add', 'templates/rude.yaml', 'notes.txt');
    const staged = git('diff', '--cached', '--name-only').out.trim().split('\n');
    const matched = staged.filter((f) => pattern.test(f));
    expect(matched).toEqual(['templates/rude.yaml']);
    const [command, ...args] = hook!.entry.split(' ');
    expect(command).toBe('otvet');
    const r = otvet([...args, ...matched], project.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('register-ty');
    git('reset', '-q');
  });
});
