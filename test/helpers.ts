/** Helpers for end-to-end tests: temporary projects and the built CLI. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'packages/cli/bin/otvet.cjs');

export interface Project {
  dir: string;
  write(path: string, content: string | Uint8Array): void;
  remove(): void;
}

export function makeProject(files: Record<string, string | Uint8Array> = {}): Project {
  const dir = mkdtempSync(join(tmpdir(), 'otvet-e2e-'));
  const project: Project = {
    dir,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  for (const [path, content] of Object.entries(files)) project.write(path, content);
  return project;
}

/** `makeProject` for a test file: every project it makes is removed after the file's tests. */
export function useProjects(): (files?: Record<string, string | Uint8Array>) => Project {
  const projects: Project[] = [];
  afterAll(() => projects.forEach((p) => p.remove()));
  return (files) => {
    const p = makeProject(files);
    projects.push(p);
    return p;
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI (or another build's bin, `cli`) as a user would (no TTY, no colour, English unless asked). */
export function otvet(args: string[], cwd: string, env: Record<string, string> = {}, cli = CLI): CliResult {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    // The phrase-data pack of bundle-parity.test.ts reports more than spawnSync's default 1 MB.
    maxBuffer: 1 << 26,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const STACK_TRACE = /^\s+at .+[(:]\d+/m;

/**
 * A copy of the built CLI in `dir/cli` with only what every lint needs (the bin, the bundle, its
 * code cache, both indexes, the build id), none of the files some commands load beside the
 * bundle. Returns the copy's bin.
 */
export function coreCli(dir: string): string {
  const cli = join(dir, 'cli');
  mkdirSync(join(cli, 'bin'), { recursive: true });
  mkdirSync(join(cli, 'dist'), { recursive: true });
  copyFileSync(join(ROOT, 'packages/cli/bin/otvet.cjs'), join(cli, 'bin/otvet.cjs'));
  for (const name of ['otvet.cjs', 'otvet.cjs.cache', 'ru-words.bin', 'ru-morph.bin', 'build-id']) copyFileSync(join(ROOT, 'packages/cli/dist', name), join(cli, 'dist', name));
  return join(cli, 'bin/otvet.cjs');
}
