/**
 * The benchmark script's plumbing (figures are not asserted: timing belongs to the benchmark, not to
 * tests): its JSON report, and `--baseline` timing another build in turn with this one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Run the benchmark. Asynchronously: a benchmark takes tens of seconds, and a test worker that
 * blocks that long misses vitest's own messages (its calls to the main process time out at 60 s).
 */
function bench(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/bench.mjs'), ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

interface Report {
  results: { name: string; runs: number; medianMs: number; minMs: number; exitCode: number; cpuMs: number | null }[];
  budget: { ratio: number; limit: number };
  baseline?: { ref: string; growthMedianMs: number; growthMinMs: number };
  peers?: { words: number; versus: { peer: string; cpuMs: number | null; otvetPerPeer: number | null }[]; missing: string[] };
  parseFloor?: { cpuMs: number | null; otvetPerFloor: number | null; perPeer: { peer: string; floorPerPeer: number | null }[] };
  cache: { warmPerCold: number; commitWarmPerBare: number; commitColdPerNoCache: number };
  fix: { templates: number; wall: number; cpu: number | null };
  threads: { count: number; wall: number; cpu: number | null };
}

describe('bench', () => {
  it('times a baseline build in turn with this one and reports the growth', async () => {
    const bin = 'packages/cli/bin/otvet.cjs';
    const r = await bench(['--runs', '2', '--templates', '1000', '--rss', 'off', '--json', '--baseline', bin]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const report = JSON.parse(r.stdout) as Report;
    expect(report.results.map((x) => [x.name, x.runs])).toEqual([
      ['bare', 2], ['small', 2], ['baseline-small', 2], ['pack', 1], ['pack-threads', 1], ['pack-warm', 2], ['commit', 1], ['commit-cold', 1], ['commit-warm', 2], ['fix-lint', 1], ['fix', 1],
    ]);
    // The cache's figures are ratios of the rows above (rounded in the report).
    const row = (name: string) => report.results.find((x) => x.name === name)!;
    expect(report.cache.warmPerCold).toBeCloseTo(row('pack-warm').medianMs / row('pack').medianMs, 3);
    expect(report.cache.commitWarmPerBare).toBeCloseTo(row('commit-warm').medianMs / row('bare').medianMs, 2);
    expect(report.cache.commitColdPerNoCache).toBeCloseTo(row('commit-cold').medianMs / row('commit').medianMs, 2);
    expect(row('pack-warm').exitCode).toBe(row('pack').exitCode);
    // The pack on several threads: the same exit code, its time as a ratio of one thread's.
    expect(row('pack-threads').exitCode).toBe(row('pack').exitCode);
    expect(report.threads.count).toBeGreaterThanOrEqual(2);
    expect(report.threads.wall).toBeCloseTo(row('pack-threads').medianMs / row('pack').medianMs, 2);
    // --fix on its own project, written anew before each run (else the second run has nothing to fix).
    expect(report.fix).toMatchObject({ templates: 1000, cpu: null });
    expect(report.fix.wall).toBeCloseTo(row('fix').medianMs / row('fix-lint').medianMs, 2);
    for (const name of ['commit-cold', 'commit-warm']) expect(row(name).exitCode).toBe(row('commit').exitCode);
    const small = report.results.find((x) => x.name === 'small')!;
    const base = report.results.find((x) => x.name === 'baseline-small')!;
    expect(base.exitCode).toBe(small.exitCode);
    // The report rounds each figure to 0.01 ms, the growth too.
    expect(report.baseline?.ref).toBe(bin);
    expect(Math.abs(report.baseline!.growthMedianMs - (small.medianMs - base.medianMs))).toBeLessThanOrEqual(0.02);
    expect(Math.abs(report.baseline!.growthMinMs - (small.minMs - base.minMs))).toBeLessThanOrEqual(0.02);
  }, 120_000);

  it('--peers times each installed peer on the same templates, and names the others as not installed', async () => {
    const r = await bench(['--runs', '1', '--templates', '300', '--rss', 'node', '--json', '--peers']);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const report = JSON.parse(r.stdout) as Report;
    const pack = report.results.find((x) => x.name === 'pack')!;
    expect(pack.cpuMs).toBeGreaterThan(0);
    expect(report.peers!.words).toBeGreaterThan(3000);
    // Every peer is either measured (a row and a ratio) or reported missing, never both.
    for (const peer of ['hunspell', 'pofilter']) {
      const measured = report.results.some((x) => x.name === peer);
      const missing = report.peers!.missing.some((line) => line.startsWith(`${peer}: not installed`));
      expect(measured !== missing).toBe(true);
    }
    // Without GNU time (--rss node) a peer's CPU time is not measured: no ratio is made up.
    for (const v of report.peers!.versus) expect(v.otvetPerPeer).toBeNull();
    // The parse floor runs in Node.js, so its CPU time is measured: the lint costs more than parsing alone.
    expect(report.results.find((x) => x.name === 'yaml-floor')?.exitCode).toBe(0);
    expect(report.parseFloor!.cpuMs).toBeGreaterThan(0);
    expect(report.parseFloor!.otvetPerFloor).toBeGreaterThan(1);
    expect(report.parseFloor!.perPeer.map((p) => p.peer)).toEqual(report.peers!.versus.map((v) => v.peer));
  }, 120_000);

  it('--peers says "not installed" for a peer that is not on the PATH', async () => {
    // An empty PATH: the benchmark runs Node.js by its own path, the peers by name.
    const empty = mkdtempSync(join(tmpdir(), 'otvet-bench-path-'));
    const r = await bench(['--runs', '1', '--templates', '100', '--peers'], { ...process.env, PATH: empty });
    rmSync(empty, { recursive: true, force: true });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('hunspell: not installed (Debian: apt-get install hunspell hunspell-ru)');
    expect(r.stdout).toContain('pofilter: not installed (Debian: apt-get install translate-toolkit)');
    expect(r.stdout).toMatch(/^parse floor \(the pack's files parsed by the yaml library alone, as otvet reads them\): \d+ ms CPU; otvet lint pack = \d+\.\d\d× it$/mu);
  }, 120_000);

  it('refuses a baseline that is neither a build nor a revision, with exit code 2', async () => {
    const r = await bench(['--runs', '1', '--baseline', 'no-such-revision-or-path']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“no-such-revision-or-path” is neither a file, a directory nor a git revision');
  });
});
