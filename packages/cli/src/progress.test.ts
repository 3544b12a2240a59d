import { describe, expect, it } from 'vitest';
import type { Io } from './io.js';
import { progressLine } from './progress.js';

function io(env: NodeJS.ProcessEnv, terminal: boolean): Io & { err: string } {
  const out = { err: '' } as Io & { err: string };
  return Object.assign(out, { cwd: '/', env, stdout: () => {}, stderr: (s: string) => void (out.err += s), color: false, ...(terminal ? { stderrIsTerminal: true } : {}) });
}

describe('the progress line', () => {
  it('appears after half a second on a terminal, at most ten times a second, and is erased at the end', () => {
    let now = 1000;
    const term = io({}, true);
    const bar = progressLine(term, 'en', 100, () => now)!;
    bar.update(1);
    now += 400;
    bar.update(2);
    expect(term.err).toBe('');
    now += 200;
    bar.update(10);
    expect(term.err).toBe('\rLinting… 10 of 100 files (10 %)\u001B[K');
    now += 50;
    bar.update(11);
    expect(term.err.match(/\r/gu)).toHaveLength(1);
    now += 100;
    bar.update(50);
    expect(term.err).toContain('\rLinting… 50 of 100 files (50 %)');
    bar.end();
    expect(term.err.endsWith('\r\u001B[K')).toBe(true);
  });

  it('speaks the user’s language', () => {
    let now = 0;
    const term = io({}, true);
    const bar = progressLine(term, 'zh', 20, () => now)!;
    now = 600;
    bar.update(9);
    expect(term.err).toContain('正在检查… 9/20 个文件（45 %）');
  });

  it('leaves nothing when the run is short, into a pipe, in CI, or without files', () => {
    let now = 0;
    const quick = io({}, true);
    const bar = progressLine(quick, 'en', 10, () => now)!;
    now = 300;
    bar.update(9);
    bar.end();
    expect(quick.err).toBe('');
    expect(progressLine(io({}, false), 'en', 10)).toBeUndefined();
    expect(progressLine(io({ CI: 'true' }, true), 'en', 10)).toBeUndefined();
    expect(progressLine(io({ CI: 'false' }, true), 'en', 10)).toBeDefined();
    expect(progressLine(io({}, true), 'en', 0)).toBeUndefined();
  });

  it('counts the templates of a file: a run of one big file shows how far it is', () => {
    let now = 0;
    const term = io({}, true);
    const bar = progressLine(term, 'zh', 1, () => now)!;
    now = 600;
    bar.update(0.25);
    expect(term.err).toBe('\r正在检查… 25 %\u001B[K');
    const many = io({}, true);
    let later = 0;
    const three = progressLine(many, 'en', 3, () => later)!;
    later = 700;
    three.update(1.5);
    expect(many.err).toBe('\rLinting… 1 of 3 files (50 %)\u001B[K');
  });
});
