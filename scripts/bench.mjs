#!/usr/bin/env node
// Cold-start benchmark of the bundled CLI (`pnpm bench` builds it first).
//
// Writes a synthetic pack (scripts/bench-data.mjs) to a temporary directory, then times, with
// spawnSync and the wall clock, after one warm-up each:
//   - `node -e ''`                   bare Node.js start, the reference;
//   - `otvet lint small.yaml`        20 templates, the size of a typical commit (pre-commit hook);
//   - `otvet lint pack`              10,000 templates in 20 files;
//   - `otvet lint --concurrency N pack`  the same on N threads (the machine's cores, at least
//                                    2), in turn with the one above: time, CPU and memory;
//   - `otvet lint --cache pack`      the same, unchanged, with a warm cache (`--cache`);
//   - `otvet lint --context FILE`    the pre-commit hook: one 20-template file in the pack
//                                    of 10,000 (a project of its own, `commit/`), without the
//                                    cache, with a cold cache (emptied before each run) and with a
//                                    warm one (before each run, one template's text is edited);
//   - `otvet lint --fix`             1,000 templates with defects (fewer if the pack is smaller),
//                                    a project of its own (`fix/`) written anew before each run, in
//                                    turn with a plain lint of them.
// Prints medians, minima, the ratio to bare node, and the peak RSS of each command (measured on
// its warm-up run). The figures are informational: the exit code is non-zero only when the CLI
// fails to run (exit code 2, a signal, a crash) or the benchmark itself cannot run.
//
// `--baseline REF` also times the small lint of another build, run for run in turn with this one
// (so that both see the same machine load), and prints how much the cold start grew. REF is a git
// revision (checked out into a temporary worktree, installed from the local pnpm store and built),
// a checkout that is already built, or the bin file of one.
//
// The pack lint's CPU time (user + system) is measured too, with GNU time or, without it, by the
// measured process itself. `--peers` also times, on the same pack, the tools otvet is compared
// with: hunspell (Debian `hunspell` + `hunspell-ru`) on the Russian words of its texts, and
// pofilter (Debian `translate-toolkit`) on the same strings as a PO file, and prints otvet's CPU
// time as a multiple of theirs. A peer that is not installed is reported as such. It also times
// the parse floor (scripts/lib/yaml-floor.mjs): the pack's files parsed by the `yaml` library
// alone, which any lint of them built on that library spends at least.
//
// Usage: node scripts/bench.mjs [--runs N] [--quick] [--json] [--templates N] [--seed N]
//                               [--rss auto|time|node|off] [--baseline REF] [--peers]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_CONFIG, DEFAULT_SEED, DEFAULT_TEMPLATES, generatePack, generateSmall, generateTemplates, renderFile, SMALL_TEMPLATES } from './bench-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'packages/cli/bin/otvet.cjs');
const YAML_FLOOR = join(ROOT, 'scripts/lib/yaml-floor.mjs');
/** Templates of the `--fix` measurement (fewer when the pack has fewer). */
const FIX_TEMPLATES = 1000;
/** The threads of the pack's lint on several (`--concurrency`): the machine's cores, at least two. */
const THREADS = Math.max(2, availableParallelism());
/** The start-up budget of a small lint, in multiples of a bare node start. */
const BUDGET = 2.5;
/** Exit codes of the CLI that mean it ran: 0 clean, 1 findings. */
const CLI_OK = new Set([0, 1]);
const USAGE = 'usage: node scripts/bench.mjs [--runs N] [--quick] [--json] [--templates N] [--seed N] [--rss auto|time|node|off] [--baseline REF] [--peers]';

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
        peers: { type: 'boolean', default: false },
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
    peers: values.peers ?? false,
  };
}

// ---------------------------------------------------------------------------------------------
// Peak RSS

// Preload for the `node` method: the measured process records its own peak RSS (kilobytes) when
// it exits. Passed as a data: URL, so nothing is written to the repository.
const RSS_PRELOAD =
  'import { writeFileSync } from "node:fs";' +
  'process.on("exit", () => { const u = process.resourceUsage(); writeFileSync(process.env.OTVET_BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); });';

/**
 * How peak RSS is measured: GNU time (`/usr/bin/time -f %M -o file`), a preload in the measured
 * process (`node --import`), or not at all.
 * @typedef {{ kind: 'time' | 'node' | 'off', note: string }} RssMethod
 */

/** What GNU time writes: peak RSS (KB), user and system CPU seconds. */
const TIME_FORMAT = '%M %U %S';

/**
 * Whether GNU time works here (BSD and BusyBox `time` lack `-f` or `-o`).
 * @param {string} dir scratch directory
 */
function gnuTimeWorks(dir) {
  if (!existsSync('/usr/bin/time')) return false;
  const out = join(dir, 'time-probe.txt');
  const probe = spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, '-o', out, process.execPath, '-e', ''], { stdio: 'ignore' });
  try {
    return probe.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/.test(readFileSync(out, 'utf8'));
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
  if (wanted === 'off') return { kind: 'off', note: 'not measured (--rss off); CPU time not measured either' };
  if (wanted === 'node') return { kind: 'node', note: 'process.resourceUsage() of the measured process (node --import preload; peers: not measured)' };
  if (gnuTimeWorks(dir)) return { kind: 'time', note: `/usr/bin/time -f '${TIME_FORMAT}'` };
  if (wanted === 'time') throw new BenchError('--rss time: /usr/bin/time is missing or is not GNU time');
  return { kind: 'node', note: 'process.resourceUsage() of the measured process (node --import preload; no GNU time here, so peers: not measured)' };
}

// ---------------------------------------------------------------------------------------------
// Running

/**
 * @typedef {{
 *   name: string, label: string, args: string[], isCli: boolean, runs: number,
 *   file?: string, stdin?: string, cpu?: boolean, cwd?: string, before?: () => void,
 * }} Command
 *   `file`: the program (node by default, run with the preload when that measures); `stdin`: a
 *   file to read; `cpu`: measure CPU time on every run, not only on the warm-up; `cwd`: where it
 *   runs (the benchmark's directory by default); `before`: what to do before each run, untimed
 * @typedef {{ ms: number, code: number, rssKb?: number, cpuMs?: number }} Run
 */

/**
 * Run a command once, synchronously, and time it with the wall clock.
 * @param {Command} command
 * @param {string} cwd
 * @param {RssMethod} [rss] measure peak RSS this time
 * @returns {Run & { rssKb?: number }}
 */
function runOnce(command, benchDir, rss) {
  command.before?.();
  const cwd = command.cwd ?? benchDir;
  const program = command.file ?? process.execPath;
  let file = program;
  let args = command.args;
  const env = { ...process.env };
  const rssFile = join(benchDir, 'rss.txt');
  if (rss?.kind === 'time') {
    file = '/usr/bin/time';
    args = ['-f', TIME_FORMAT, '-o', rssFile, program, ...command.args];
  } else if (rss?.kind === 'node' && !command.file) {
    args = ['--import', `data:text/javascript,${encodeURIComponent(RSS_PRELOAD)}`, ...command.args];
    env.OTVET_BENCH_RSS_FILE = rssFile;
  }
  rmSync(rssFile, { force: true });

  const start = process.hrtime.bigint();
  // stdout is piped like a pre-commit hook would; the pack report is large, hence maxBuffer.
  const input = command.stdin === undefined ? undefined : readFileSync(command.stdin);
  const result = spawnSync(file, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...(input ? { input } : {}) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;

  if (result.error) throw new BenchError(`${command.label}: could not run: ${result.error.message}`);
  if (result.signal === 'SIGINT') throw new BenchError('interrupted', 130);
  const ok = result.status !== null && (command.isCli ? CLI_OK.has(result.status) : result.status === 0);
  if (!ok) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.status}`;
    const stderr = (result.stderr ?? '').trim().split('\n').slice(-20).join('\n');
    throw new BenchError(`${command.label} ${how}${stderr ? `:\n${stderr}` : ''}`);
  }
  /** @type {Run} */
  const run = { ms, code: /** @type {number} */ (result.status) };
  if (rss && rss.kind !== 'off') {
    try {
      // GNU time writes "Command exited with non-zero status 1" before the figures: take the last line.
      const last = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '';
      const figures = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(last);
      if (figures) {
        run.rssKb = Number(figures[1]);
        run.cpuMs = (Number(figures[2]) + Number(figures[3])) * 1000;
      }
    } catch {
      // The figures are optional: reported as missing.
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
 *   ratio: number, exitCode: number, peakRssKb: number | null, cpuMs: number | null,
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
    for (const k of order) {
      const command = /** @type {Command} */ (commands[k]);
      /** @type {Run[]} */ (runs[k]).push(runOnce(command, cwd, command.cpu ? rss : undefined));
    }
  }
  return commands.map((command, k) => {
    const own = /** @type {Run[]} */ (runs[k]);
    const times = own.map((r) => r.ms);
    // CPU time: the median of the timed runs where measured on each, else the warm-up's.
    const cpu = own.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
    const warmCpu = /** @type {Run} */ (warm[k]).cpuMs;
    return {
      name: command.name,
      label: command.label,
      runs: times.length,
      medianMs: median(times),
      minMs: Math.min(...times),
      exitCode: /** @type {Run} */ (own.at(-1)).code,
      peakRssKb: /** @type {Run} */ (warm[k]).rssKb ?? null,
      cpuMs: cpu.length ? median(cpu) : warmCpu ?? null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Peers

/** A peer tool: how to find it, how to run it on the inputs, what to install. */
/**
 * @type {{
 *   name: string, label: string, install: string, probe: [string, string[]], dictionary?: string,
 *   command: (inputs: { words: string, po: string }) => { file: string, args: string[], stdin?: string },
 * }[]}
 */
const PEERS = [
  {
    name: 'hunspell', label: 'hunspell -d ru_RU -l (its words)', install: 'Debian: apt-get install hunspell hunspell-ru',
    probe: ['hunspell', ['-D']], dictionary: '/usr/share/hunspell/ru_RU.dic',
    command: (inputs) => ({ file: 'hunspell', args: ['-d', 'ru_RU', '-l'], stdin: inputs.words }),
  },
  {
    name: 'pofilter', label: 'pofilter (its strings, as PO)', install: 'Debian: apt-get install translate-toolkit',
    probe: ['pofilter', ['--version']],
    command: (inputs) => ({ file: 'pofilter', args: ['--progress=none', inputs.po, join(dirname(inputs.po), 'pofilter-out.po')] }),
  },
];

/**
 * Whether a program runs here (on PATH, answers its probe), and for hunspell, has its Russian dictionary.
 * @param {{ probe: [string, string[]], dictionary?: string }} peer
 */
function peerInstalled(peer) {
  const [program, args] = peer.probe;
  const r = spawnSync(program, args, { stdio: 'ignore', input: '' });
  return !r.error && (peer.dictionary === undefined || existsSync(peer.dictionary));
}

/** A PO string: C escapes for backslash, quote, line break and tab. */
const poString = (/** @type {string} */ text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

/**
 * The peers' inputs, made from the same templates as the pack: the Russian words of the texts
 * (what a spelling checker reads: one per line), and the texts as a PO file (msgctxt = template
 * id, msgid = the Chinese source, msgstr = the Russian text), for a placeholder and punctuation
 * checker.
 * @param {string} dir
 * @param {number} templates
 * @param {number} seed
 * @returns {{ words: string, wordCount: number, po: string }}
 */
function writePeerInputs(dir, templates, seed) {
  const list = generateTemplates(seed, 0, templates);
  const words = list.flatMap((t) => t.text.ru.match(/[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*/gu) ?? []);
  const po = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', ''];
  for (const t of list) po.push(`msgctxt ${poString(t.id)}`, `msgid ${poString(t.text.zh)}`, `msgstr ${poString(t.text.ru)}`, '');
  mkdirSync(join(dir, 'peers'), { recursive: true });
  const paths = { words: join(dir, 'peers/words.txt'), po: join(dir, 'peers/pack.po') };
  writeFileSync(paths.words, `${words.join('\n')}\n`);
  writeFileSync(paths.po, po.join('\n'));
  return { ...paths, wordCount: words.length };
}

/**
 * The peers' commands (those installed) and a line for each one that is not.
 * @param {{ words: string, po: string }} inputs
 * @param {number} runs
 * @returns {{ commands: Command[], missing: string[] }}
 */
function peerCommands(inputs, runs) {
  /** @type {Command[]} */
  const commands = [];
  const missing = [];
  for (const peer of PEERS) {
    if (!peerInstalled(peer)) {
      missing.push(`${peer.name}: not installed (${peer.install})`);
      continue;
    }
    commands.push({ name: peer.name, label: peer.label, isCli: false, runs, cpu: true, ...peer.command(inputs) });
  }
  return { commands, missing };
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
    // The pre-commit hook's project: the pack, and one more file of 20 templates (new ids) that
    // the commit changes.
    const commitDir = join(dir, 'commit');
    const commitFile = join(commitDir, 'pack/zz-commit.yaml');
    const commitTemplates = generateTemplates(options.seed, options.templates, options.templates + SMALL_TEMPLATES);
    const commitText = renderFile(commitTemplates, 'The file a commit changes: benchmark data.');
    // A commit edits a template: the n-th edit adds a closing to the Russian text of the file's
    // first template, by turns one of two (each edit differs from the one before, which is what
    // the cache holds; neither is a finding, so the hook passes).
    const editedCommit = (/** @type {number} */ n) => {
      const [first, ...rest] = commitTemplates;
      if (!first) return commitText;
      const edited = { ...first, text: { ...first.text, ru: `${first.text.ru} ${n % 2 ? 'Хорошего дня!' : 'Всего доброго!'}` } };
      return renderFile([edited, ...rest], 'The file a commit changes: benchmark data.');
    };
    for (const [path, text] of Object.entries({ 'otvet.config.yaml': `${BENCH_CONFIG}templates: ["pack/*.yaml"]\n`, ...pack, 'pack/zz-commit.yaml': commitText })) {
      mkdirSync(dirname(join(commitDir, path)), { recursive: true });
      writeFileSync(join(commitDir, path), text);
    }
    let edits = 0;
    // The --fix project: 1,000 templates of the same kind (their defects include fixable ones).
    const fixDir = join(dir, 'fix');
    const fixTemplates = Math.min(FIX_TEMPLATES, options.templates);
    const fixPack = generatePack({ templates: fixTemplates, seed: options.seed });
    const writeFixPack = () => {
      for (const [path, text] of Object.entries({ 'otvet.config.yaml': BENCH_CONFIG, ...fixPack })) {
        mkdirSync(dirname(join(fixDir, path)), { recursive: true });
        writeFileSync(join(fixDir, path), text);
      }
    };
    writeFixPack();
    const rss = chooseRssMethod(options.rss, dir);
    const baseline = options.baseline === undefined ? undefined : prepareBaseline(options.baseline, dir, progress);
    cleanUps.push(() => baseline?.cleanUp());

    /** @type {Command[]} */
    const commands = [
      { name: 'bare', label: "node -e ''", args: ['-e', ''], isCli: false, runs: options.runs },
      { name: 'small', label: 'otvet lint small.yaml', args: [CLI, 'lint', 'small.yaml'], isCli: true, runs: options.runs },
      { name: 'pack', label: 'otvet lint pack', args: [CLI, 'lint', 'pack'], isCli: true, runs: options.packRuns, cpu: true },
      { name: 'pack-threads', label: `otvet lint --concurrency ${THREADS} pack`, args: [CLI, 'lint', '--concurrency', String(THREADS), 'pack'], isCli: true, runs: options.packRuns, cpu: true },
      // The warm-up fills the cache; the timed runs find the pack unchanged.
      { name: 'pack-warm', label: 'otvet lint --cache pack (unchanged)', args: [CLI, 'lint', '--cache', '--cache-location', 'cache-pack', 'pack'], isCli: true, runs: options.runs, cpu: true },
      { name: 'commit', label: 'otvet lint --context (no cache)', args: [CLI, 'lint', '--context', '--no-cache', 'pack/zz-commit.yaml'], isCli: true, runs: options.packRuns, cpu: true, cwd: commitDir },
      {
        name: 'commit-cold', label: 'otvet lint --context (cold cache)', args: [CLI, 'lint', '--context', 'pack/zz-commit.yaml'], isCli: true, runs: options.packRuns, cpu: true, cwd: commitDir,
        before: () => rmSync(join(commitDir, '.otvet-cache'), { recursive: true, force: true }),
      },
      {
        name: 'commit-warm', label: 'otvet lint --context (warm cache, template edited)', args: [CLI, 'lint', '--context', 'pack/zz-commit.yaml'], isCli: true, runs: options.runs, cpu: true, cwd: commitDir,
        // The hook runs after an edit: the staged file is not what the cache holds, the others are.
        before: () => writeFileSync(commitFile, editedCommit(++edits)),
      },
      { name: 'fix-lint', label: `otvet lint (${fixTemplates} templates)`, args: [CLI, 'lint', 'pack'], isCli: true, runs: options.packRuns, cpu: true, cwd: fixDir },
      { name: 'fix', label: `otvet lint --fix (${fixTemplates} templates)`, args: [CLI, 'lint', '--fix', 'pack'], isCli: true, runs: options.packRuns, cpu: true, cwd: fixDir, before: writeFixPack },
    ];
    const peerInputs = options.peers ? writePeerInputs(dir, options.templates, options.seed) : undefined;
    const peers = peerInputs ? peerCommands(peerInputs, options.packRuns) : { commands: [], missing: [] };
    commands.push(...peers.commands);
    // The parse floor: the pack's files parsed by the `yaml` library alone, as otvet reads them.
    if (options.peers) commands.push({ name: 'yaml-floor', label: 'yaml parseDocument of pack/ (the parse floor)', args: [YAML_FLOOR, 'pack'], isCli: false, runs: options.packRuns, cpu: true });
    /** @type {Command | undefined} */
    const baselineSmall = baseline && { name: 'baseline-small', label: 'baseline lint small.yaml', args: [baseline.bin, 'lint', 'small.yaml'], isCli: true, runs: options.runs };
    /** @type {Result[]} */
    const results = [];
    // What is compared is timed in turn, run for run, so that both see the same machine load: this
    // build's small lint and the baseline's, the pack on one thread and on several, --context
    // without and with a cold cache, --fix and a plain lint of the same templates.
    const pairs = new Map([['pack', 'pack-threads'], ['commit', 'commit-cold'], ['fix-lint', 'fix']]);
    const paired = new Set(pairs.values());
    for (const command of commands) {
      if (paired.has(command.name)) continue;
      const partner = commands.find((c) => c.name === pairs.get(command.name));
      const together = command.name === 'small' && baselineSmall ? [command, baselineSmall] : partner ? [command, partner] : [command];
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
    const packResult = /** @type {Result} */ (results.find((r) => r.name === 'pack'));
    const byName = (/** @type {string} */ name) => /** @type {Result} */ (results.find((r) => r.name === name));
    const cache = {
      warmPerCold: byName('pack-warm').medianMs / packResult.medianMs,
      commitWarmPerBare: byName('commit-warm').ratio,
      commitColdPerNoCache: byName('commit-cold').medianMs / byName('commit').medianMs,
    };
    const packThreads = byName('pack-threads');
    const threads = { count: THREADS, wall: packThreads.medianMs / packResult.medianMs, cpu: ratioOf(packThreads.cpuMs, packResult.cpuMs), peakRssKb: packThreads.peakRssKb };
    const fixRatio = { wall: byName('fix').medianMs / byName('fix-lint').medianMs, cpu: ratioOf(byName('fix').cpuMs, byName('fix-lint').cpuMs) };
    // otvet's CPU time on the pack as a multiple of each peer's on the same templates.
    const versus = results.filter((r) => PEERS.some((p) => p.name === r.name)).map((r) => ({
      peer: r.name,
      cpuMs: r.cpuMs,
      otvetPerPeer: packResult.cpuMs !== null && r.cpuMs !== null && r.cpuMs > 0 ? packResult.cpuMs / r.cpuMs : null,
    }));
    // The parse floor against otvet and against each peer: how much of a peer's budget parsing alone takes.
    const floorResult = results.find((r) => r.name === 'yaml-floor');
    const floor = floorResult && {
      cpuMs: floorResult.cpuMs,
      otvetPerFloor: ratioOf(packResult.cpuMs, floorResult.cpuMs),
      perPeer: versus.map((v) => ({ peer: v.peer, floorPerPeer: ratioOf(floorResult.cpuMs, v.cpuMs) })),
    };

    if (options.json) {
      const report = {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        seed: options.seed,
        data: { small: { templates: SMALL_TEMPLATES, files: 1 }, pack: { templates: options.templates, files: packFiles } },
        rssMethod: rss.kind,
        results: results.map((r) => ({ ...r, medianMs: round(r.medianMs, 2), minMs: round(r.minMs, 2), ratio: round(r.ratio, 3), cpuMs: r.cpuMs === null ? null : round(r.cpuMs, 1) })),
        ...(options.peers ? { peers: { words: peerInputs?.wordCount, versus: versus.map((v) => ({ ...v, otvetPerPeer: v.otvetPerPeer === null ? null : round(v.otvetPerPeer, 2) })), missing: peers.missing } } : {}),
        ...(floor ? { parseFloor: { cpuMs: floor.cpuMs, otvetPerFloor: floor.otvetPerFloor === null ? null : round(floor.otvetPerFloor, 2), perPeer: floor.perPeer.map((p) => ({ ...p, floorPerPeer: p.floorPerPeer === null ? null : round(p.floorPerPeer, 2) })) } } : {}),
        budget: { ...budget, ratio: round(budget.ratio, 3) },
        cache: { warmPerCold: round(cache.warmPerCold, 4), commitWarmPerBare: round(cache.commitWarmPerBare, 3), commitColdPerNoCache: round(cache.commitColdPerNoCache, 3) },
        fix: { templates: fixTemplates, wall: round(fixRatio.wall, 3), cpu: fixRatio.cpu === null ? null : round(fixRatio.cpu, 3) },
        threads: { ...threads, wall: round(threads.wall, 3), cpu: threads.cpu === null ? null : round(threads.cpu, 3) },
        ...(growth ? { baseline: { ref: growth.ref, growthMedianMs: round(growth.medianMs, 2), growthMinMs: round(growth.minMs, 2) } } : {}),
      };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const rows = [
        ['command', 'runs', 'median ms', 'min ms', '× bare', 'exit', 'peak RSS', 'CPU ms'],
        ...results.map((r) => [r.label, r.runs, r.medianMs.toFixed(1), r.minMs.toFixed(1), `${r.ratio.toFixed(2)}×`, r.exitCode, mb(r.peakRssKb), r.cpuMs == null ? '' : r.cpuMs.toFixed(0)]),
      ];
      const lines = [
        `otvet cold-start benchmark · node ${process.version} · ${process.platform} ${process.arch}`,
        `data (seed ${options.seed}): small.yaml = ${SMALL_TEMPLATES} templates; pack/ = ${options.templates} templates in ${packFiles} files`,
        `runs: wall clock of spawnSync after 1 warm-up; exit 1 = findings (expected for the pack)`,
        '',
        ...table(rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
        '',
        `peak RSS (warm-up run) and CPU time (user + system; median of the runs for the pack and the peers): ${rss.note}`,
        `pack lint peak RSS: ${mb(packResult.peakRssKb)}`,
        `${SMALL_TEMPLATES}-template lint: ${budget.ratio.toFixed(2)}× bare node start (budget < ${BUDGET}×): ${budget.ok ? 'ok' : 'OVER'}`,
        `unchanged pack, warm cache: ${(cache.warmPerCold * 100).toFixed(1)} % of the cold lint's time`,
        `pre-commit (--context, one template edited in a ${SMALL_TEMPLATES}-template file, in a pack of ${options.templates}): warm cache ${cache.commitWarmPerBare.toFixed(2)}× bare node start; cold cache ${cache.commitColdPerNoCache.toFixed(2)}× the time without the cache`,
        `${options.templates} templates on ${THREADS} threads (--concurrency ${THREADS}): ${threads.wall.toFixed(2)}× one thread's time${threads.cpu === null ? '' : `, ${threads.cpu.toFixed(2)}× its CPU time`}, peak RSS ${mb(threads.peakRssKb)} (one thread: ${mb(packResult.peakRssKb)})`,
        `lint --fix on ${fixTemplates} templates: ${fixRatio.wall.toFixed(2)}× a plain lint of them (wall clock)${fixRatio.cpu === null ? '' : `, ${fixRatio.cpu.toFixed(2)}× (CPU time)`}`,
        ...(growth ? [`${SMALL_TEMPLATES}-template lint against baseline ${growth.ref}: ${signed(growth.medianMs)} ms median, ${signed(growth.minMs)} ms min (runs in turn)`] : []),
        ...(options.peers ? [
          `peers on the same ${options.templates} templates (${peerInputs?.wordCount} Russian words):`,
          ...versus.map((v) => `  otvet lint pack CPU time = ${v.otvetPerPeer === null ? '– (not measured)' : `${v.otvetPerPeer.toFixed(2)}×`} ${v.peer}'s`),
          ...peers.missing.map((line) => `  ${line}`),
        ] : []),
        ...(floor ? [
          `parse floor (the pack's files parsed by the yaml library alone, as otvet reads them): ${floor.cpuMs === null ? '– (not measured)' : `${floor.cpuMs.toFixed(0)} ms CPU`}; otvet lint pack = ${floor.otvetPerFloor === null ? '–' : `${floor.otvetPerFloor.toFixed(2)}×`} it`,
          ...floor.perPeer.map((p) => `  parsing alone = ${p.floorPerPeer === null ? '– (not measured)' : `${p.floorPerPeer.toFixed(2)}×`} ${p.peer}'s CPU time`),
        ] : []),
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

/** @param {number | null} a @param {number | null} b */
const ratioOf = (a, b) => (a === null || b === null || b <= 0 ? null : a / b);

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
