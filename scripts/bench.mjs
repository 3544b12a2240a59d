#!/usr/bin/env node
// Cold-start benchmark of the bundled CLI (`pnpm bench` builds it first).
//
// Writes a synthetic pack (scripts/bench-data.mjs) to a temporary directory, then times, with
// spawnSync and the wall clock, after one warm-up each:
//   - `node -e ''`                   bare Node.js start, the reference;
//   - `otvet lint small.yaml`        20 templates, the size of a typical commit (pre-commit hook);
//   - `otvet lint pack`              10,000 templates in 20 files.
// Prints medians, minima, the ratio to bare node, and the peak RSS of each command (measured on
// its warm-up run). The figures are informational: the exit code is non-zero only when the CLI
// fails to run (exit code 2, a signal, a crash) or the benchmark itself cannot run.
//
// `--baseline REF` also times the small lint of another build, run for run in turn with this one
// (so that both see the same machine load), and prints how much the cold start grew. REF is a git
// revision (checked out into a temporary worktree, installed from the local pnpm store and built),
// a checkout that is already built, or the bin file of one.
//
// Usage: node scripts/bench.mjs [--runs N] [--quick] [--json] [--templates N] [--seed N]
//                               [--rss auto|time|node|off] [--baseline REF]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_CONFIG, DEFAULT_SEED, DEFAULT_TEMPLATES, generatePack, generateSmall, SMALL_TEMPLATES } from './bench-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'packages/cli/bin/otvet.cjs');
/** The start-up budget of a small lint, in multiples of a bare node start. */
const BUDGET = 3;
/** Exit codes of the CLI that mean it ran: 0 clean, 1 findings. */
const CLI_OK = new Set([0, 1]);
const USAGE = 'usage: node scripts/bench.mjs [--runs N] [--quick] [--json] [--templates N] [--seed N] [--rss auto|time|node|off] [--baseline REF]';

/** A failure that ends the benchmark with a message and an exit code (after clean-up). */
class BenchError extends Error {
  /**
   * @param {string} message
   * @param {number} [exitCode] 1 when a command failed, 2 for bad usage of the benchmark
   */
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

// ---------------------------------------------------------------------------------------------
// Options

/**
 * @param {string} name
 * @param {string | undefined} value
 * @param {number} fallback
 * @param {number} min
 */
function intOption(name, value, fallback, min) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new BenchError(`--${name} must be an integer ≥ ${min}, got “${value}”\n${USAGE}`, 2);
  return Number(value);
}

function parseOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        runs: { type: 'string' },
        quick: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        templates: { type: 'string' },
        seed: { type: 'string' },
        rss: { type: 'string', default: 'auto' },
        baseline: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new BenchError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const { values } = parsed;
  const rss = values.rss ?? 'auto';
  if (!['auto', 'time', 'node', 'off'].includes(rss)) throw new BenchError(`--rss must be auto, time, node or off, got “${rss}”\n${USAGE}`, 2);
  // Runs of the fast commands; the pack lint takes seconds, so it gets a fifth of them.
  const runs = intOption('runs', values.runs, values.quick ? 5 : 15, 1);
  return {
    help: values.help ?? false,
    json: values.json ?? false,
    runs,
    packRuns: Math.max(1, Math.round(runs / 5)),
    templates: intOption('templates', values.templates, DEFAULT_TEMPLATES, SMALL_TEMPLATES),
    seed: intOption('seed', values.seed, DEFAULT_SEED, 0),
    rss: /** @type {'auto' | 'time' | 'node' | 'off'} */ (rss),
    baseline: values.baseline,
  };
}

// ---------------------------------------------------------------------------------------------
// Peak RSS

// Preload for the `node` method: the measured process records its own peak RSS (kilobytes) when
// it exits. Passed as a data: URL, so nothing is written to the repository.
const RSS_PRELOAD =
  'import { writeFileSync } from "node:fs";' +
  'process.on("exit", () => writeFileSync(process.env.OTVET_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));';

/**
 * How peak RSS is measured: GNU time (`/usr/bin/time -f %M -o file`), a preload in the measured
 * process (`node --import`), or not at all.
 * @typedef {{ kind: 'time' | 'node' | 'off', note: string }} RssMethod
 */

/**
 * Whether GNU time works here (BSD and BusyBox `time` lack `-f` or `-o`).
 * @param {string} dir scratch directory
 */
function gnuTimeWorks(dir) {
  if (!existsSync('/usr/bin/time')) return false;
  const out = join(dir, 'time-probe.txt');
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, process.execPath, '-e', ''], { stdio: 'ignore' });
  try {
    return probe.status === 0 && /^\d+\s*$/.test(readFileSync(out, 'utf8'));
  } catch {
    return false;
  } finally {
    rmSync(out, { force: true });
  }
}

/**
 * @param {'auto' | 'time' | 'node' | 'off'} wanted
 * @param {string} dir
 * @returns {RssMethod}
 */
function chooseRssMethod(wanted, dir) {
  if (wanted === 'off') return { kind: 'off', note: 'not measured (--rss off)' };
  if (wanted === 'node') return { kind: 'node', note: 'process.resourceUsage().maxRSS of the measured process (node --import preload)' };
  if (gnuTimeWorks(dir)) return { kind: 'time', note: '/usr/bin/time -f %M' };
  if (wanted === 'time') throw new BenchError('--rss time: /usr/bin/time is missing or is not GNU time');
  return { kind: 'node', note: 'process.resourceUsage().maxRSS of the measured process (node --import preload; no GNU time here)' };
}

// ---------------------------------------------------------------------------------------------
// Running

/**
 * @typedef {{ name: string, label: string, args: string[], isCli: boolean, runs: number }} Command
 * @typedef {{ ms: number, code: number }} Run
 */

/**
 * Run a command once, synchronously, and time it with the wall clock.
 * @param {Command} command
 * @param {string} cwd
 * @param {RssMethod} [rss] measure peak RSS this time
 * @returns {Run & { rssKb?: number }}
 */
function runOnce(command, cwd, rss) {
  let file = process.execPath;
  let args = command.args;
  const env = { ...process.env };
  const rssFile = join(cwd, 'rss.txt');
  if (rss?.kind === 'time') {
    file = '/usr/bin/time';
    args = ['-f', '%M', '-o', rssFile, process.execPath, ...command.args];
  } else if (rss?.kind === 'node') {
    args = ['--import', `data:text/javascript,${encodeURIComponent(RSS_PRELOAD)}`, ...command.args];
    env.OTVET_BENCH_RSS_FILE = rssFile;
  }
  rmSync(rssFile, { force: true });

  const start = process.hrtime.bigint();
  // stdout is piped like a pre-commit hook would; the pack report is large, hence maxBuffer.
  const result = spawnSync(file, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;

  if (result.error) throw new BenchError(`${command.label}: could not run: ${result.error.message}`);
  if (result.signal === 'SIGINT') throw new BenchError('interrupted', 130);
  const ok = result.status !== null && (command.isCli ? CLI_OK.has(result.status) : result.status === 0);
  if (!ok) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.status}`;
    const stderr = (result.stderr ?? '').trim().split('\n').slice(-20).join('\n');
    throw new BenchError(`${command.label} ${how}${stderr ? `:\n${stderr}` : ''}`);
  }
  /** @type {Run & { rssKb?: number }} */
  const run = { ms, code: /** @type {number} */ (result.status) };
  if (rss && rss.kind !== 'off') {
    try {
      // GNU time writes "Command exited with non-zero status 1" before the figure: take the last line.
      const last = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '';
      if (/^\d+$/.test(last)) run.rssKb = Number(last);
    } catch {
      // The figure is optional: reported as missing.
    }
  }
  return run;
}

/** Let signal handlers run between (synchronous) runs. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** @param {number[]} xs non-empty */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2;
}

/**
 * @typedef {{
 *   name: string, label: string, runs: number, medianMs: number, minMs: number,
 *   ratio: number, exitCode: number, peakRssKb: number | null,
 * }} Result
 */

/**
 * One warm-up each (which also measures peak RSS), then `runs` timed runs of each command. Several
 * commands (this build and a baseline) run in turn, the order swapping every round, so that all
 * see the same machine load.
 * @param {Command[]} commands
 * @param {string} cwd
 * @param {RssMethod} rss
 * @param {() => boolean} interrupted
 * @param {(line: string) => void} progress
 */
async function measure(commands, cwd, rss, interrupted, progress) {
  const runCount = /** @type {Command} */ (commands[0]).runs;
  const labels = commands.map((c) => c.label).join(' and ');
  progress(commands.length > 1 ? `${labels}, in turn: warm-up + ${runCount} run(s) each…` : `${labels}: warm-up + ${runCount} run(s)…`);
  const warm = commands.map((command) => runOnce(command, cwd, rss));
  /** @type {Run[][]} */
  const runs = commands.map(() => []);
  for (let i = 0; i < runCount; i++) {
    await tick();
    if (interrupted()) throw new BenchError('interrupted', 130);
    const order = commands.map((_, k) => k);
    if (i % 2) order.reverse();
    for (const k of order) /** @type {Run[]} */ (runs[k]).push(runOnce(/** @type {Command} */ (commands[k]), cwd));
  }
  return commands.map((command, k) => {
    const own = /** @type {Run[]} */ (runs[k]);
    const times = own.map((r) => r.ms);
    return {
      name: command.name,
      label: command.label,
      runs: times.length,
      medianMs: median(times),
      minMs: Math.min(...times),
      exitCode: /** @type {Run} */ (own.at(-1)).code,
      peakRssKb: /** @type {Run & { rssKb?: number }} */ (warm[k]).rssKb ?? null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Baseline

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {string} cwd
 * @param {string} what for the error message
 */
function must(cmd, args, cwd, what) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : (r.stderr || r.stdout || '').trim().split('\n').slice(-10).join('\n');
    throw new BenchError(`baseline: ${what} failed${why ? `:\n${why}` : ''}`);
  }
  return r.stdout.trim();
}

/** The bin of a built checkout (the bundled CLI's `otvet.cjs`, or `otvet.js` of older builds). */
function binOf(/** @type {string} */ checkout) {
  for (const name of ['otvet.cjs', 'otvet.js']) {
    const bin = join(checkout, 'packages/cli/bin', name);
    if (existsSync(bin)) return bin;
  }
  return undefined;
}

/**
 * The baseline's bin: a bin file, a built checkout, or a git revision built in a temporary worktree.
 * @param {string} ref
 * @param {string} scratch directory for the worktree
 * @param {(line: string) => void} progress
 * @returns {{ bin: string, label: string, cleanUp: () => void }}
 */
function prepareBaseline(ref, scratch, progress) {
  if (existsSync(ref)) {
    // The commands run in the benchmark's scratch directory: the path must not be relative.
    const path = resolve(ref);
    const bin = statSync(path).isDirectory() ? binOf(path) : path;
    if (!bin) throw new BenchError(`baseline: ${ref} has no packages/cli/bin/otvet.cjs or otvet.js`, 2);
    return { bin, label: ref, cleanUp: () => {} };
  }
  const commit = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' });
  if (commit.status !== 0) throw new BenchError(`baseline: “${ref}” is neither a file, a directory nor a git revision`, 2);
  const sha = commit.stdout.trim();
  const tree = join(scratch, 'baseline');
  progress(`baseline ${ref} (${sha.slice(0, 10)}): checking out, installing from the local pnpm store, building…`);
  must('git', ['worktree', 'add', '--detach', '--force', tree, sha], ROOT, 'git worktree add');
  const cleanUp = () => {
    spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
    rmSync(tree, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { cwd: ROOT, stdio: 'ignore' });
  };
  try {
    must('pnpm', ['install', '--frozen-lockfile', '--offline'], tree, 'pnpm install --offline (are its dependencies in the local store?)');
    must(process.execPath, ['scripts/build.mjs'], tree, 'the build');
    const bin = binOf(tree);
    if (!bin) throw new BenchError(`baseline: the build of ${ref} has no packages/cli/bin/otvet.cjs or otvet.js`);
    return { bin, label: `${ref} (${sha.slice(0, 10)})`, cleanUp };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Output

/**
 * @param {(string | number)[][]} rows first row is the header
 * @param {('l' | 'r')[]} align
 */
function table(rows, align) {
  const widths = align.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (align[c] === 'l' ? String(cell).padEnd(widths[c] ?? 0) : String(cell).padStart(widths[c] ?? 0))).join('  ').trimEnd());
}

const mb = (/** @type {number | null} */ kb) => (kb === null ? '–' : `${(kb / 1024).toFixed(1)} MB`);

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const options = parseOptions();
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!existsSync(CLI)) throw new BenchError(`${CLI} is missing: run \`pnpm build\` first (or \`pnpm bench\`).`);

  // A Ctrl+C reaches the running child too; the benchmark survives it, cleans up and stops.
  let interrupted = false;
  const onSigint = () => void (interrupted = true);
  process.on('SIGINT', onSigint);

  const dir = join(tmpdir(), `otvet-bench-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const progress = options.json ? () => {} : (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
  /** @type {(() => void)[]} */
  const cleanUps = [];
  try {
    mkdirSync(dir, { recursive: true });
    const pack = generatePack({ templates: options.templates, seed: options.seed });
    const files = { 'otvet.config.yaml': BENCH_CONFIG, ...generateSmall({ seed: options.seed }), ...pack };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const packFiles = Object.keys(pack).length;
    const rss = chooseRssMethod(options.rss, dir);
    const baseline = options.baseline === undefined ? undefined : prepareBaseline(options.baseline, dir, progress);
    cleanUps.push(() => baseline?.cleanUp());

    /** @type {Command[]} */
    const commands = [
      { name: 'bare', label: "node -e ''", args: ['-e', ''], isCli: false, runs: options.runs },
      { name: 'small', label: 'otvet lint small.yaml', args: [CLI, 'lint', 'small.yaml'], isCli: true, runs: options.runs },
      { name: 'pack', label: 'otvet lint pack', args: [CLI, 'lint', 'pack'], isCli: true, runs: options.packRuns },
    ];
    /** @type {Command | undefined} */
    const baselineSmall = baseline && { name: 'baseline-small', label: 'baseline lint small.yaml', args: [baseline.bin, 'lint', 'small.yaml'], isCli: true, runs: options.runs };
    /** @type {Result[]} */
    const results = [];
    for (const command of commands) {
      const together = command.name === 'small' && baselineSmall ? [command, baselineSmall] : [command];
      const measured = await measure(together, dir, rss, () => interrupted, progress);
      for (const m of measured) {
        const bare = results[0]?.medianMs ?? m.medianMs;
        results.push({ ...m, ratio: m.medianMs / bare });
      }
    }
    const small = /** @type {Result} */ (results.find((r) => r.name === 'small'));
    const budget = { ratio: small.ratio, limit: BUDGET, ok: small.ratio < BUDGET };
    const base = results.find((r) => r.name === 'baseline-small');
    const growth = base && baseline && { ref: baseline.label, medianMs: small.medianMs - base.medianMs, minMs: small.minMs - base.minMs };

    if (options.json) {
      const report = {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        seed: options.seed,
        data: { small: { templates: SMALL_TEMPLATES, files: 1 }, pack: { templates: options.templates, files: packFiles } },
        rssMethod: rss.kind,
        results: results.map((r) => ({ ...r, medianMs: round(r.medianMs, 2), minMs: round(r.minMs, 2), ratio: round(r.ratio, 3) })),
        budget: { ...budget, ratio: round(budget.ratio, 3) },
        ...(growth ? { baseline: { ref: growth.ref, growthMedianMs: round(growth.medianMs, 2), growthMinMs: round(growth.minMs, 2) } } : {}),
      };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const rows = [
        ['command', 'runs', 'median ms', 'min ms', '× bare', 'exit', 'peak RSS'],
        ...results.map((r) => [r.label, r.runs, r.medianMs.toFixed(1), r.minMs.toFixed(1), `${r.ratio.toFixed(2)}×`, r.exitCode, mb(r.peakRssKb)]),
      ];
      const lines = [
        `otvet cold-start benchmark · node ${process.version} · ${process.platform} ${process.arch}`,
        `data (seed ${options.seed}): small.yaml = ${SMALL_TEMPLATES} templates; pack/ = ${options.templates} templates in ${packFiles} files`,
        `runs: wall clock of spawnSync after 1 warm-up; exit 1 = findings (expected for the pack)`,
        '',
        ...table(rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r']),
        '',
        `peak RSS (warm-up run): ${rss.note}`,
        `pack lint peak RSS: ${mb(/** @type {Result} */ (results.at(-1)).peakRssKb)}`,
        `${SMALL_TEMPLATES}-template lint: ${budget.ratio.toFixed(2)}× bare node start (budget < ${BUDGET}×): ${budget.ok ? 'ok' : 'OVER'}`,
        ...(growth ? [`${SMALL_TEMPLATES}-template lint against baseline ${growth.ref}: ${signed(growth.medianMs)} ms median, ${signed(growth.minMs)} ms min (runs in turn)`] : []),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
  } finally {
    process.off('SIGINT', onSigint);
    for (const cleanUp of cleanUps) cleanUp();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {number} ms */
const signed = (ms) => `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(1)}`;

/** @param {number} x @param {number} digits */
function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof BenchError) {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else throw error;
}
