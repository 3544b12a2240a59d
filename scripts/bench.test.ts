/**
 * The benchmark script's plumbing (figures are not asserted: timing belongs to the benchmark, not to
 * tests): its JSON report, and `--baseline` timing another build in turn with this one.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const bench = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/bench.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

interface Report {
  results: { name: string; runs: number; medianMs: number; minMs: number; exitCode: number }[];
  budget: { ratio: number; limit: number };
  baseline?: { ref: string; growthMedianMs: number; growthMinMs: number };
}

describe('bench', () => {
  it('times a baseline build in turn with this one and reports the growth', () => {
    const bin = 'packages/cli/bin/otvet.cjs';
    const r = bench(['--runs', '2', '--templates', '1000', '--rss', 'off', '--json', '--baseline', bin]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const report = JSON.parse(r.stdout) as Report;
    expect(report.results.map((x) => [x.name, x.runs])).toEqual([['bare', 2], ['small', 2], ['baseline-small', 2], ['pack', 1]]);
    const small = report.results.find((x) => x.name === 'small')!;
    const base = report.results.find((x) => x.name === 'baseline-small')!;
    expect(base.exitCode).toBe(small.exitCode);
    // The report rounds each figure to 0.01 ms, the growth too.
    expect(report.baseline?.ref).toBe(bin);
    expect(Math.abs(report.baseline!.growthMedianMs - (small.medianMs - base.medianMs))).toBeLessThanOrEqual(0.02);
    expect(Math.abs(report.baseline!.growthMinMs - (small.minMs - base.minMs))).toBeLessThanOrEqual(0.02);
  }, 120_000);

  it('refuses a baseline that is neither a build nor a revision, with exit code 2', () => {
    const r = bench(['--runs', '1', '--baseline', 'no-such-revision-or-path']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“no-such-revision-or-path” is neither a file, a directory nor a git revision');
  });
});
