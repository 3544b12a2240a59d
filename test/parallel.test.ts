/**
 * `lint --concurrency` in the built CLI, with real worker threads: the report is the one-thread
 * report byte for byte, in every format, on a pack with findings that cross files (a duplicate id,
 * the pack's «Вы» style, an unreadable file), and the threads did the work
 * (test/parallel-trace.cjs records what they answered).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePack } from '../scripts/bench-data.mjs';
import { CLI, ROOT, STACK_TRACE, useProjects } from './helpers.js';

const TRACE = join(ROOT, 'test/parallel-trace.cjs');
/** Each of the heavier tests runs the built CLI a dozen times on 1,200 templates: ~25 s alone, more beside the rest of the suite. */
const HEAVY = 120_000;
const project = useProjects();

/** The built CLI with the trace preloaded: its output, and the trace's lines. */
function traced(args: string[], cwd: string, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string; trace: string[] } {
  const trace = join(cwd, 'trace.txt');
  rmSync(trace, { force: true });
  const r = spawnSync(process.execPath, ['-r', TRACE, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', OTVET_TEST_TRACE: trace, ...env },
  });
  let lines: string[] = [];
  try {
    lines = readFileSync(trace, 'utf8').trim().split('\n');
  } catch {
    // No thread started.
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, trace: lines };
}

/** 1,200 generated templates in three files, a fourth with what crosses files, and a file that is not YAML. */
function pack(): ReturnType<typeof project> {
  const files: Record<string, string> = {
    'otvet.config.yaml': 'source: zh\ntarget: ru\nextends: recommended\ntemplates: ["pack/**/*.yaml"]\n',
    ...generatePack({ templates: 1200, seed: 7 }),
  };
  const first = /id: (\S+)/.exec(files['pack/part-001.yaml']!)![1]!;
  files['pack/part-002.yaml'] = files['pack/part-002.yaml']!.replace(/id: \S+/, `id: ${first}`);
  files['pack/zz-cross.yaml'] = [
    'templates:',
    `  - id: ${first}`,
    '    text:',
    '      zh: 您好',
    '      ru: "Здравствуйте! Если хотите, вы можете вернуть товар, а Вы можете написать нам~"',
    '',
  ].join('\n');
  files['pack/zz-unreadable.yaml'] = 'templates:\n  - id: zz-broken\n    text: [\n';
  return project(files);
}

describe('lint --concurrency', () => {
  it('gives the one-thread report byte for byte, in JSON, stylish (Chinese), HTML, SARIF and the score table, and the threads answered', () => {
    const p = pack();
    // SARIF records when the run started and ended: the only bytes that differ from run to run.
    const untimed = (text: string): string => text.replace(/"(start|end)TimeUtc": "[^"]+"/g, '"$1TimeUtc": ""');
    for (const args of [['lint', '--format', 'json'], ['lint', '--lang', 'zh'], ['lint', '--format', 'html'], ['lint', '--format', 'sarif'], ['score']]) {
      const one = traced([...args, '--concurrency', 'off'], p.dir);
      const many = traced([...args, '--concurrency', '3'], p.dir);
      expect(one.trace).toEqual([]);
      expect(one.code).toBe(1);
      expect([many.code, many.stderr]).toEqual([one.code, one.stderr]);
      expect(untimed(many.stdout)).toBe(untimed(one.stdout));
      // Two workers, each with a chunk, each answering with an entry per file of it.
      const started = many.trace.filter((l) => l.startsWith('start ')).map((l) => Number(l.slice(6)));
      const answered = many.trace.filter((l) => l.startsWith('answer ')).map((l) => Number(l.slice(7)));
      expect(started).toHaveLength(2);
      expect(answered.sort()).toEqual([...started].sort());
      expect(started.reduce((a, b) => a + b, 0)).toBeLessThan(5);
    }
    const report = traced(['lint', '--format', 'json', '--concurrency', '3'], p.dir).stdout;
    expect(report).toContain('Duplicate template id');
    expect(report).toContain('"ruleId": "register-vy-case"');
    expect(report).toContain('"ruleId": "yaml-syntax"');
  }, HEAVY);

  it('auto keeps a small pack on one thread, and TIMING and --context on one thread', () => {
    const p = pack();
    expect(traced(['lint', '--format', 'json'], p.dir).trace).toEqual([]);
    for (const args of [['--context', 'pack/part-001.yaml'], ['--no-cache', '--context', 'pack/part-001.yaml']]) {
      expect(traced(['lint', '--format', 'json', '--concurrency', '3', ...args], p.dir).trace).toEqual([]);
    }
    expect(traced(['lint', '--format', 'json', '--concurrency', '3'], p.dir, { TIMING: '1' }).trace).toEqual([]);
  }, HEAVY);

  it('with --cache: threads lint what the cache lacks, and the cache they leave is the one-thread cache, byte for byte', () => {
    const p = pack();
    const plain = traced(['lint', '--format', 'json', '--concurrency', 'off'], p.dir).stdout;
    const run = (threads: string, location: string): ReturnType<typeof traced> => traced(['lint', '--format', 'json', '--cache', '--cache-location', location, '--concurrency', threads], p.dir);
    const cacheFiles = (location: string): Record<string, string> => {
      const dir = join(p.dir, location, readdirSync(join(p.dir, location)).find((d) => !d.startsWith('.') && d !== 'CACHEDIR.TAG')!);
      // A file's stamp is left out of the index when the file changed in the 3 seconds before it
      // was read (and so depends on when each run started), and added when a later run finds it
      // older: everything else must be the same, in the same order.
      const unstamped = (name: string, text: string): string => {
        if (name !== 'index.json') return text;
        const index = JSON.parse(text) as { files: Record<string, { stamp?: string }> };
        for (const entry of Object.values(index.files)) delete entry.stamp;
        return JSON.stringify(index);
      };
      return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, unstamped(name, readFileSync(join(dir, name), 'utf8'))]));
    };
    // Cold: two threads answer; the report is the plain one; the cache is the one-thread cache.
    const one = run('off', 'cache-one');
    const many = run('3', 'cache-many');
    expect(one.stdout).toBe(plain);
    expect(many.stdout).toBe(plain);
    expect(many.trace.filter((l) => l.startsWith('answer ')).length).toBe(2);
    expect(cacheFiles('cache-many')).toEqual(cacheFiles('cache-one'));
    // Warm: nothing to lint, no thread.
    const warm = run('3', 'cache-many');
    expect(warm.stdout).toBe(plain);
    expect(warm.trace).toEqual([]);
    // One template edited in each of two files: a thread gets the later one (with the reports of
    // its other templates); the same report and cache as one thread's.
    for (const edit of ['pack/part-002.yaml', 'pack/part-003.yaml']) p.write(edit, readFileSync(join(p.dir, edit), 'utf8').replace(/ru: /, 'ru: Уважаемый покупатель, '));
    const edited = traced(['lint', '--format', 'json', '--concurrency', 'off'], p.dir).stdout;
    expect(edited).not.toBe(plain);
    const editedOne = run('off', 'cache-one');
    const editedMany = run('3', 'cache-many');
    expect(editedOne.stdout).toBe(edited);
    expect(editedMany.stdout).toBe(edited);
    expect(editedMany.trace).toEqual(['start 1', 'answer 1']);
    expect(editedOne.trace).toEqual([]);
    expect(cacheFiles('cache-many')).toEqual(cacheFiles('cache-one'));
  }, HEAVY);

  it('refuses a value that is not auto, off or 1–64, in the user’s language, exit 2', () => {
    const p = pack();
    for (const value of ['0', '65', 'many']) {
      const r = traced(['lint', '--concurrency', value], p.dir, { OTVET_LANG: 'zh' });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`--concurrency 需要 auto、off 或 1 到 64 之间的线程数，收到的是“${value}”。\n`);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });
});
