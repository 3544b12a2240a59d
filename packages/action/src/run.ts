/**
 * The action's work: read the inputs, find otvet (the project's own or the one shipped with the
 * action), then lint, pack (lint, compare with an older pack, build, verify, report) or verify.
 * Everything that touches the world goes through `Context`, so tests can run it in a temporary
 * repository with a fake GitHub API.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isLang, type Lang } from '@otvet/core/i18n';
import { annotation, appendSummary, pullRequestNumber, setOutput, upsertComment } from './github.js';
import { say, type ActionMessageId } from './messages.js';

export const COMMANDS = ['lint', 'pack', 'verify'] as const;
export type Command = (typeof COMMANDS)[number];

export interface Inputs {
  command: Command;
  /** One per line of the input; blank lines dropped. */
  paths: string[];
  format: string;
  since: string;
  token: string;
  zip: boolean;
  workingDirectory: string;
  lang: Lang;
}

export interface Context {
  env: NodeJS.ProcessEnv;
  /** The directory the action's files are in (GITHUB_ACTION_PATH): bin/otvet.cjs, package.json. */
  actionPath: string;
  stdout(text: string): void;
  fetch?: typeof fetch;
  /** Where otvet's own output goes: the job's log (default), or nowhere (tests). */
  otvetOutput?: 'inherit' | 'ignore';
}

/** A problem with the inputs or the repository: reported as an error annotation, exit 2. */
class InputError extends Error {
  constructor(
    readonly id: ActionMessageId,
    readonly data: Record<string, string | number> = {},
    /** The language to say it in, where the inputs were not read yet. */
    readonly lang?: Lang,
  ) {
    super(id);
  }
}

/** The inputs from the step's environment (action.yml maps each input to OTVET_ACTION_<NAME>). */
export function readInputs(env: NodeJS.ProcessEnv): Inputs {
  const value = (name: string, fallback: string): string => (env[`OTVET_ACTION_${name}`] ?? '').trim() || fallback;
  const lang = value('LANG', 'en');
  // The language first, so that the other messages can be in it.
  if (!isLang(lang)) throw new InputError('bad-lang', { value: lang }, 'en');
  const command = value('COMMAND', 'lint');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new InputError('bad-command', { value: command }, lang);
  const zip = value('ZIP', 'false');
  if (zip !== 'true' && zip !== 'false') throw new InputError('bad-zip', { value: zip }, lang);
  return {
    command: command as Command,
    paths: (env.OTVET_ACTION_PATHS ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
    format: value('FORMAT', 'github'),
    since: value('SINCE', ''),
    token: (env.OTVET_ACTION_TOKEN ?? '').trim(),
    zip: zip === 'true',
    workingDirectory: value('WORKING_DIRECTORY', '.'),
    lang,
  };
}

export interface Otvet {
  bin: string;
  version: string;
  /** Where it comes from, for the log. */
  source: 'project' | 'action';
}

/**
 * The otvet to run: the project's own (`node_modules/otvet` in the project's directory or
 * above it, as Node.js resolves packages), so that CI checks with the version the team pinned;
 * otherwise the one shipped with the action.
 */
export function findOtvet(projectDir: string, actionPath: string): Otvet {
  const version = (dir: string): string => {
    try {
      return String((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown }).version ?? '?');
    } catch {
      return '?';
    }
  };
  for (let dir = projectDir; ; dir = dirname(dir)) {
    const pkg = join(dir, 'node_modules', 'otvet');
    if (existsSync(join(pkg, 'bin', 'otvet.cjs'))) return { bin: join(pkg, 'bin', 'otvet.cjs'), version: version(pkg), source: 'project' };
    if (dirname(dir) === dir) break;
  }
  return { bin: join(actionPath, 'bin', 'otvet.cjs'), version: version(actionPath), source: 'action' };
}

interface Ran {
  code: number;
  stdout: string;
}

/** Run otvet in `cwd`; its standard error always goes to the log, its output too unless captured. */
function runOtvet(otvet: Otvet, args: string[], cwd: string, ctx: Context, capture = false): Ran {
  const r = spawnSync(process.execPath, [otvet.bin, ...args], { cwd, env: ctx.env, encoding: 'utf8', stdio: ['ignore', capture ? 'pipe' : ctx.otvetOutput ?? 'inherit', ctx.otvetOutput ?? 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  // Killed by a signal or not started: like otvet's own "could not run".
  return { code: r.status ?? 2, stdout: r.stdout ?? '' };
}

const git = (args: string[], cwd: string): { code: number; out: string } => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { code: r.status ?? 2, out: (r.stdout ?? '').trim() };
};

interface Since {
  /** The older pack to compare with, if there is one. */
  path?: string;
  cleanup(): void;
}

/**
 * What to compare the new pack with: the `since` input (an older pack, or a git revision whose
 * templates are packed first), by default on a pull request its base branch.
 */
function resolveSince(inputs: Inputs, projectDir: string, otvet: Otvet, ctx: Context): Since {
  const none: Since = { cleanup: () => {} };
  let revisions: string[];
  if (inputs.since) {
    if (existsSync(resolve(projectDir, inputs.since))) return { path: resolve(projectDir, inputs.since), cleanup: () => {} };
    revisions = [inputs.since];
  } else {
    const base = ctx.env.GITHUB_BASE_REF;
    if (!base || !/^pull_request/.test(ctx.env.GITHUB_EVENT_NAME ?? '')) return none;
    revisions = [`origin/${base}`, base];
  }
  const rev = revisions.find((r) => git(['rev-parse', '--verify', '--quiet', `${r}^{commit}`], projectDir).code === 0);
  if (!rev) {
    if (inputs.since) throw new InputError('since-bad', { value: inputs.since });
    ctx.stdout(annotation('warning', say(inputs.lang, 'since-missing', { rev: revisions[0]! })));
    return none;
  }
  // The revision's templates, in a worktree of their own, packed into a temporary directory.
  const top = git(['rev-parse', '--show-toplevel'], projectDir).out;
  const temp = mkdtempSync(join(ctx.env.RUNNER_TEMP || tmpdir(), 'otvet-since-'));
  const tree = join(temp, 'tree');
  const cleanup = (): void => {
    git(['worktree', 'remove', '--force', tree], projectDir);
    rmSync(temp, { recursive: true, force: true });
  };
  if (git(['worktree', 'add', '--quiet', '--detach', tree, rev], projectDir).code !== 0) {
    cleanup();
    throw new InputError('since-bad', { value: rev });
  }
  const out = join(temp, 'pack');
  const packed = spawnSync(process.execPath, [otvet.bin, 'pack', '--out-dir', out, '--lang', inputs.lang], { cwd: join(tree, relative(top, projectDir)), env: ctx.env, encoding: 'utf8' });
  const dirs = existsSync(out) ? readdirSync(out).filter((name) => existsSync(join(out, name, 'manifest.json'))) : [];
  if (packed.status !== 0 || dirs.length !== 1) {
    ctx.stdout(annotation('notice', say(inputs.lang, 'since-no-pack', { rev })));
    return { cleanup };
  }
  return { path: join(out, dirs[0]!), cleanup };
}

/** The pack directory `otvet pack` wrote in `out` during this run: the newest manifest. */
function writtenPack(out: string, since: number): string | undefined {
  if (!existsSync(out)) return undefined;
  let best: { dir: string; time: number } | undefined;
  for (const name of readdirSync(out)) {
    const manifest = join(out, name, 'manifest.json');
    if (name.startsWith('.') || !existsSync(manifest)) continue;
    const time = statSync(manifest).mtimeMs;
    if (time >= since && (!best || time > best.time)) best = { dir: join(out, name), time };
  }
  return best?.dir;
}

async function pack(inputs: Inputs, projectDir: string, otvet: Otvet, ctx: Context): Promise<number> {
  const lint = runOtvet(otvet, ['lint', '--format', inputs.format, '--lang', inputs.lang], projectDir, ctx);
  if (lint.code === 2) return 2;
  const since = resolveSince(inputs, projectDir, otvet, ctx);
  try {
    const out = join(projectDir, 'dist');
    // File times have a coarse resolution on some file systems: a second of slack.
    const started = Date.now() - 1000;
    const env = { ...ctx.env };
    // Reproducible: the zip's timestamps and the manifest's date are the commit's, not the clock's.
    if (!env.SOURCE_DATE_EPOCH) {
      const time = git(['log', '-1', '--format=%ct'], projectDir);
      if (time.code === 0 && /^\d+$/.test(time.out)) env.SOURCE_DATE_EPOCH = time.out;
    }
    const args = ['pack', '--out-dir', out, '--lang', inputs.lang, ...(inputs.zip ? ['--zip'] : []), ...(since.path ? ['--since', since.path, '--since-format', 'markdown'] : [])];
    const packed = runOtvet(otvet, args, projectDir, { ...ctx, env }, true);
    if (packed.code !== 0) {
      appendSummary(ctx.env, say(inputs.lang, 'summary-refused'));
      return packed.code;
    }
    const dir = writtenPack(out, started);
    if (!dir) {
      ctx.stdout(annotation('error', say(inputs.lang, 'pack-not-found', { dir: relative(projectDir, out) || '.' })));
      return 2;
    }
    const name = relative(ctx.env.GITHUB_WORKSPACE ?? projectDir, dir) || dir;
    const changes = since.path ? packed.stdout.trim() : say(inputs.lang, 'summary-no-since');
    const report = `## ${say(inputs.lang, 'summary-title', { pack: name })}\n\n${changes}\n`;
    appendSummary(ctx.env, report);
    await comment(inputs, report, ctx);
    setOutput(ctx.env, 'pack-dir', dir);
    const verified = runOtvet(otvet, ['verify', ...(inputs.paths.length ? inputs.paths : [relative(projectDir, dir)]), '--lang', inputs.lang], projectDir, ctx);
    return verified.code;
  } finally {
    since.cleanup();
  }
}

/** On a pull request, with a token: the report as the action's comment (a failure only warns). */
async function comment(inputs: Inputs, report: string, ctx: Context): Promise<void> {
  if (!inputs.token || !ctx.env.GITHUB_EVENT_PATH || !ctx.env.GITHUB_REPOSITORY) return;
  let event: unknown;
  try {
    event = JSON.parse(readFileSync(ctx.env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return;
  }
  const number = pullRequestNumber(event);
  if (number === undefined) return;
  try {
    await upsertComment({ api: ctx.env.GITHUB_API_URL || 'https://api.github.com', repository: ctx.env.GITHUB_REPOSITORY, number, token: inputs.token }, report, ctx.fetch);
    ctx.stdout(`${say(inputs.lang, 'comment-written', { number })}\n`);
  } catch (error) {
    ctx.stdout(annotation('warning', say(inputs.lang, 'comment-failed', { detail: error instanceof Error ? error.message : String(error) })));
  }
}

/** The minimum Node.js version otvet runs on. */
const NODE_MIN = [20, 10] as const;

/** Run the action; the exit code is otvet's (0 clean, 1 findings, 2 bad input). */
export async function runAction(ctx: Context): Promise<number> {
  let inputs: Inputs;
  try {
    inputs = readInputs(ctx.env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    ctx.stdout(annotation('error', say(error.lang ?? 'en', error.id, error.data)));
    setOutput(ctx.env, 'exit-code', '2');
    return 2;
  }
  const code = await runInputs(inputs, ctx).catch((error: unknown) => {
    if (!(error instanceof InputError)) throw error;
    ctx.stdout(annotation('error', say(inputs.lang, error.id, error.data)));
    return 2;
  });
  setOutput(ctx.env, 'exit-code', String(code));
  return code;
}

async function runInputs(inputs: Inputs, ctx: Context): Promise<number> {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < NODE_MIN[0] || (major === NODE_MIN[0] && minor < NODE_MIN[1])) throw new InputError('node-too-old', { version: process.versions.node });
  const workspace = ctx.env.GITHUB_WORKSPACE || process.cwd();
  const projectDir = resolve(workspace, inputs.workingDirectory);
  // Inside the repository only: `../..` would lint (and pack into) some other place of the runner.
  const inside = relative(workspace, projectDir);
  if (inside.startsWith('..') || isAbsolute(inside) || !existsSync(projectDir) || !statSync(projectDir).isDirectory()) throw new InputError('no-directory', { path: inputs.workingDirectory });
  const otvet = findOtvet(projectDir, ctx.actionPath);
  const source = otvet.source === 'project' ? say(inputs.lang, 'source-project', { path: relative(workspace, dirname(dirname(otvet.bin))) }) : say(inputs.lang, 'source-action');
  ctx.stdout(`${say(inputs.lang, 'using', { version: otvet.version, source })}\n`);
  switch (inputs.command) {
    case 'lint':
      return runOtvet(otvet, ['lint', '--format', inputs.format, '--lang', inputs.lang, ...inputs.paths], projectDir, ctx).code;
    case 'verify':
      if (!inputs.paths.length) throw new InputError('verify-no-paths');
      return runOtvet(otvet, ['verify', ...inputs.paths, '--lang', inputs.lang], projectDir, ctx).code;
    case 'pack':
      return pack(inputs, projectDir, otvet, ctx);
  }
}
