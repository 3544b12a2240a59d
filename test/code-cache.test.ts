/**
 * The bin loads the bundle with the code cache the build trained. A cache this Node.js cannot
 * use (damaged, from another Node.js) or a missing one must only cost time, never correctness.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSmall } from '../scripts/bench-data.mjs';
import { ROOT } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const TEMPLATE = 'templates:\n  - id: late\n    text:\n      zh: 您好\n      ru: Здравствуйте! Ваш заказ уже собран и будет передан в доставку сегодня~\n';

// NODE_OPTIONS passes through: V8 flags set there at build time are part of the cache's key.
/** A copy of the installed CLI (bin + dist) with the given cache file, and a project to lint. */
function install(cache: 'trained' | 'damaged' | 'missing'): { bin: string; project: string } {
  const dir = mkdtempSync(join(tmpdir(), 'otvet-cache-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'cli/bin'), { recursive: true });
  mkdirSync(join(dir, 'cli/dist'), { recursive: true });
  copyFileSync(join(ROOT, 'packages/cli/bin/otvet.cjs'), join(dir, 'cli/bin/otvet.cjs'));
  for (const name of ['otvet.cjs', 'ru-words.bin', 'ru-morph.bin']) copyFileSync(join(ROOT, 'packages/cli/dist', name), join(dir, 'cli/dist', name));
  if (cache === 'trained') copyFileSync(join(ROOT, 'packages/cli/dist/otvet.cjs.cache'), join(dir, 'cli/dist/otvet.cjs.cache'));
  if (cache === 'damaged') writeFileSync(join(dir, 'cli/dist/otvet.cjs.cache'), Buffer.alloc(4096, 7));
  mkdirSync(join(dir, 'project'));
  writeFileSync(join(dir, 'project/t.yaml'), TEMPLATE);
  return { bin: join(dir, 'cli/bin/otvet.cjs'), project: join(dir, 'project') };
}

function lint(bin: string, cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, 'lint', 't.yaml'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C', ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}), ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('code cache', () => {
  const expected = lint(install('trained').bin, install('trained').project);

  it('the trained cache is accepted by this Node.js', () => {
    const { bin, project } = install('trained');
    expect(lint(bin, project, { TIMING: '1' }).stderr).not.toContain('code cache');
    expect(expected.code).toBe(1);
    expect(expected.stdout).toContain('Remove the tilde');
  });

  // The bin raises V8's optimisation budget (see bin/otvet.cjs): a lint the size of a commit (the
  // benchmark's 20 templates) must not keep TurboFan busy. At V8's default budget it optimises
  // about 20 functions.
  it('a 20-template lint leaves the optimising compiler (almost) idle', () => {
    const { bin, project } = install('trained');
    writeFileSync(join(project, 'small.yaml'), generateSmall()['small.yaml']!);
    const r = spawnSync(process.execPath, ['--trace-opt', bin, 'lint', 'small.yaml'], { cwd: project, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
    expect(r.status).toBe(0);
    const optimised = r.stdout.split('\n').filter((line) => line.startsWith('[completed compiling')).length;
    expect(optimised).toBeLessThanOrEqual(3);
  });

  it.each(['damaged', 'missing'] as const)('a %s cache gives the same result, and TIMING says why it was slower', (state) => {
    const { bin, project } = install(state);
    expect(lint(bin, project)).toEqual(expected);
    expect(lint(bin, project, { TIMING: '1' }).stderr).toMatch(state === 'damaged' ? /^code cache: rejected/ : /^code cache: missing/);
  });

  it('gives stack traces a name of the package’s file, not the path of the machine that built it', async () => {
    const { bin } = install('trained');
    const { createRequire } = await import('node:module');
    const { loadBundle } = createRequire(import.meta.url)(bin) as { loadBundle(): { cli: { run(argv: string[], io: object): Promise<number> }; cacheRejected?: boolean } };
    const loaded = loadBundle();
    expect(loaded.cacheRejected).toBe(false);
    let stderr = '';
    // A report that cannot be written is an internal error: otvet prints the trace to report.
    const io = { cwd: ROOT, env: {}, stdout: () => { throw new Error('unwritable'); }, stderr: (t: string) => void (stderr += t), color: false };
    expect(await loaded.cli.run(['lint', 'templates'], io)).toBe(2);
    expect(stderr).toMatch(/\(otvet\/dist\/otvet\.cjs:\d+:\d+\)/u);
    expect(stderr).not.toContain(join(ROOT, 'packages/cli/dist'));
  });
});
