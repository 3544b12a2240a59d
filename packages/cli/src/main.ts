/**
 * The otvet CLI. Exit codes: 0 clean; 1 lint errors, warnings over
 * --max-warnings, or a threshold exceeded; 2 usage, config or unreadable input.
 * Output is written before the exit code is set (never process.exit()), so a
 * large report written to a pipe is not cut off.
 */
import { Command, CommanderError, Option } from 'commander';
import { defaultConfig, lintTexts, makeDirectories, RuleCrash, timed, UserError, UserErrors, type Lang, type LintCache, type LintResult, type RuleCatalog, type SourceText } from '@otvet/core';
import { detectLang, plural, t } from './i18n.js';
import { catalog } from '@otvet/rules';
import { configLang, DEFAULT_CACHE_LOCATION, displayPath, findRepoRoot, inputTooLarge, MAX_INPUT_BYTES, readConfig } from './files.js';
import type { FixRun, WriteRefusal } from './fix.js';
import type { Concurrency } from './parallel.js';
import { focusResult, lintProject, type LintProject } from './lint-project.js';
import { progressLine, type Progress } from './progress.js';
import { mergeResults, prepareProjects } from './projects.js';
import { uncheckedList } from './reporters/stylish.js';
import { reporterOf, reportersOf, type Reporter } from './reporters/registry.js';
import { helpText, loadHelpLayout, localizeProgram, usageError } from './help-text.js';
import { escapeControls, escapeLines, formatUserError } from './reporters/escape.js';
import { registerGlossary } from './commands/register-glossary.js';
import type { Io } from './io.js';
import type { StdinSource } from './lint-project.js';
import { writeAtomic } from './atomic.js';
import { appendFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const VERSION = '0.1.0';

interface CommonOptions {
  lang?: string;
  config?: string;
}

/** The configs' `lang:` already read in a run (its `io`), by config path. */
const readLangs = new WeakMap<Io, Map<string, Lang | undefined>>();
function configLangs(io: Io): Map<string, Lang | undefined> {
  let seen = readLangs.get(io);
  if (!seen) readLangs.set(io, (seen = new Map()));
  return seen;
}

/**
 * The language of a command's messages: `--lang`, `OTVET_LANG`, the project's `lang:` (`project`:
 * the `--config` option and the paths that locate the config), the system locale.
 */
function chooseLang(option: string | undefined, io: Io, project?: { config: string | undefined; paths?: readonly string[] }): Lang {
  const lang = detectLang(option, io.env, process.platform, project ? () => configLang(io.cwd, project.config, project.paths, configLangs(io)) : undefined);
  if (typeof lang === 'object') throw new UserError({ en: t('en', 'bad-lang', { value: lang.invalid }), zh: t('zh', 'bad-lang', { value: lang.invalid }), ru: t('ru', 'bad-lang', { value: lang.invalid }) });
  return lang;
}

function localizedCli(id: Parameters<typeof t>[1], data: Record<string, string | number>): UserError {
  return new UserError({ en: t('en', id, data), zh: t('zh', id, data), ru: t('ru', id, data) });
}

function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw localizedCli('bad-number', { option, value });
  return Number(value);
}

interface LintCommandOptions extends CommonOptions {
  format: string;
  context?: boolean;
  quiet?: boolean;
  maxWarnings?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  /** `--cache` / `--no-cache`; unset: on with `--context`. */
  cache?: boolean;
  cacheLocation?: string;
  /** `--color` / `--no-color`; unset: {@link Io.color}, off into an output file. */
  color?: boolean;
  /** `-o`: the report goes to this file. */
  outputFile?: string;
  /** `--no-error-on-unmatched-pattern` sets it to false. */
  errorOnUnmatchedPattern?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  /** `--concurrency`: auto, off or a number of threads. */
  concurrency?: string;
}

/** Where a report goes: standard output, or (`-o FILE`) a file written at the end. */
interface ReportSink {
  write(text: string): void;
  /** Write the file, if there is one; a failure is a user error (exit 2). */
  close(): void;
}

function reportSink(outputFile: string | undefined, io: Io): ReportSink {
  if (outputFile === undefined) return { write: io.stdout, close: () => {} };
  const path = resolve(io.cwd, outputFile);
  const parts: string[] = [];
  return {
    write: (text) => void parts.push(text),
    close: () => {
      try {
        makeDirectories(dirname(path));
        writeAtomic(path, parts.join(''));
      } catch (error) {
        // The path as it was given (-o ../reports/x.txt), not as resolved.
        throw localizedCli('output-write-failed', { path: outputFile, code: (error as NodeJS.ErrnoException).code ?? String(error) });
      }
    },
  };
}

/** The value of `--concurrency`, or a usage error in every language. */
async function concurrencyOf(value: string): Promise<Concurrency> {
  const parsed = (await import('./parallel.js')).parseConcurrency(value);
  if (parsed === undefined) throw localizedCli('bad-concurrency', { value });
  return parsed;
}

/**
 * Lint a project, on several threads when it pays (`--concurrency`, parallel.ts): the same report,
 * sooner. With the cache, the threads take the files it has no entry for.
 */
async function lintOnThreads(project: LintProject, concurrency: Concurrency, cache?: LintCache): Promise<LintResult> {
  const parallel = concurrency === 'off' ? undefined : await import('./parallel.js');
  const { threads, pending } = parallel ? parallel.parallelPlan(project, concurrency, undefined, cache) : { threads: 1, pending: undefined };
  if (!parallel || threads < 2) return lintProject(project, cache);
  const { progress } = project.lintOptions;
  return focusResult(await parallel.lintParallel(project, threads, { ...(cache ? { cache } : {}), ...(pending ? { pending } : {}), ...(progress ? { progress } : {}) }), project);
}

/** `lint --stdin`: the checks of the options, then standard input as the file it is said to be. */
async function stdinSource(paths: string[], options: LintCommandOptions, io: Io): Promise<StdinSource | undefined> {
  if (!options.stdin) {
    if (options.stdinFilename !== undefined) throw localizedCli('stdin-filename-alone', {});
    return undefined;
  }
  if (paths.length) throw localizedCli('stdin-with-paths', {});
  if (options.fix) throw localizedCli('stdin-fix', {});
  const bytes = io.readStdin ? await io.readStdin(MAX_INPUT_BYTES) : Buffer.alloc(0);
  if (bytes.length > MAX_INPUT_BYTES) throw inputTooLarge(options.stdinFilename ?? '<stdin>');
  return { abs: resolve(io.cwd, options.stdinFilename ?? '<stdin>'), bytes };
}

async function runLint(paths: string[], options: LintCommandOptions, io: Io, lang: Lang, scoreMode?: { strict: boolean }): Promise<number> {
  const command = scoreMode ? 'score' : 'lint';
  const reporter = reporterOf(command, options.format);
  if (!reporter) throw localizedCli('bad-format', { value: options.format, allowed: reportersOf(command).map((r) => r.name).join(', ') });
  // When the run started, for the formats that record it (SARIF's invocation, JUnit's time).
  const started = new Date();
  const maxWarnings = options.maxWarnings === undefined ? undefined : parseCount('--max-warnings', options.maxWarnings);
  if (options.fix && options.fixDryRun) throw localizedCli('fix-conflict', {});
  const concurrency = options.concurrency === undefined ? 'auto' : await concurrencyOf(options.concurrency);
  const stdin = await stdinSource(paths, options, io);
  const report = reportSink(options.outputFile, io);
  // TIMING=1 prints where the time went: start-up, loading, then per rule (as ESLint does).
  const timing = io.env.TIMING ? new Map<string, number>([['(node start + otvet load)', performance.now()]]) : undefined;
  // The cache: asked for, or with --context unless --no-cache; --fix lints without it.
  const useCache = !options.fix && !options.fixDryRun && (options.cache ?? Boolean(options.context));
  const { stdin: _stdin, ...projectOptions } = options;
  const cacheLocation = resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION);
  const projects = await prepareProjects(io.cwd, paths, { ...projectOptions, cache: useCache, ...(useCache ? { cacheLocation } : {}), unmatched: options.errorOnUnmatchedPattern === false ? 'skip' : 'error', ...(stdin ? { stdin } : {}), ...(timing ? { timing } : {}) }, lang);
  // `-o` onto a file being linted would replace a template with the report: refused before anything runs.
  if (options.outputFile !== undefined) {
    const out = resolve(io.cwd, options.outputFile);
    if (projects.some((p) => p.sources.some((s) => resolve(p.root, s.path) === out))) throw localizedCli('output-is-input', { path: options.outputFile });
  }
  const results: LintResult[] = [];
  // `--fix`: one line for each file the fixes were not written to (exit 2, after the report).
  const unwritten: string[] = [];
  if (options.fix || options.fixDryRun) {
    // Loaded only when needed: a plain lint (the pre-commit hook) does not pay for them.
    const { fixSources, formatDiff, writeFixed } = await import('./fix.js');
    let fixed = 0;
    const changed: FixRun['changed'] = [];
    for (const project of projects) {
      const run = fixSources(project.sources, project.lintOptions);
      fixed += run.fixed;
      changed.push(...run.changed);
      const written = new Map<string, SourceText>();
      if (!options.fixDryRun) {
        for (const entry of run.changed) {
          const bom = entry.source.bom ? '\uFEFF' : '';
          const refusal = writeFixed(resolve(project.root, entry.source.path), bom + entry.source.text, bom + entry.original);
          if (!refusal) {
            written.set(entry.source.path, entry.source);
            continue;
          }
          fixed -= entry.fixed;
          unwritten.push(unwrittenMessage(lang, entry.source.path, refusal, io.cwd));
        }
      }
      // A file left as it was is reported as it was read, not as it would have been fixed.
      const accurate = written.size === run.changed.length || options.fixDryRun;
      results.push(focusResult(accurate ? run.result : lintTexts(project.sources.map((s) => written.get(s.path) ?? s), { ...project.lintOptions, keepDocuments: false }), project));
    }
    // With a machine-readable report on stdout, the diff goes to stderr.
    // The diff shows lines of the files: nothing in them a terminal acts on (reporters/escape.ts).
    if (options.fixDryRun) (reporter.diffOnStdout ? io.stdout : io.stderr)(escapeLines(formatDiff(changed)));
    if (fixed > 0 && !reporter.noNotes) {
      io.stderr(t(lang, options.fixDryRun ? 'would-fix' : 'fixed', { problems: plural(lang, options.fixDryRun ? 'count-problems' : 'count-fixed', fixed), files: plural(lang, 'in-files', changed.length - unwritten.length) }) + '\n');
    }
  } else if (useCache) {
    // Loaded only when asked for (the pre-commit hook's `--context` asks for it).
    const { FileCache, cacheKey } = await import('./cache.js');
    const location = cacheLocation;
    const bar = showProgress(projects, io, lang);
    for (const project of projects) {
      const cache = timed(timing, '(cache)', () => new FileCache(location, project, cacheKey(project, VERSION)));
      results.push(await lintOnThreads(project, concurrency, cache));
      const failure = timed(timing, '(cache)', () => cache.save());
      if (failure) io.stderr(t(lang, 'cache-write-failed', { dir: displayPath(failure.dir, io.cwd), code: failure.code }) + '\n');
    }
    bar?.end();
  } else {
    const bar = showProgress(projects, io, lang);
    for (const project of projects) results.push(await lintOnThreads(project, concurrency));
    bar?.end();
  }
  const result = mergeResults(results);
  if (timing) {
    // As ESLint: TIMING=all lists every step and rule, TIMING=N (over 20) the N slowest, else the 20 slowest.
    const limit = io.env.TIMING === 'all' ? Infinity : Math.max(20, Number.parseInt(io.env.TIMING ?? '', 10) || 0);
    const rows = [...timing].sort((a, b) => b[1] - a[1]).slice(0, limit);
    const total = [...timing.values()].reduce((a, b) => a + b, 0);
    io.stderr(`${'step or rule'.padEnd(28)} ms\n${rows.map(([id, ms]) => `${id.padEnd(28)} ${ms.toFixed(1)}`).join('\n')}\n${'total'.padEnd(28)} ${total.toFixed(1)}\n`);
  }
  const { summary } = result;
  // GitHub resolves the paths of annotations and SARIF results against the repository's root.
  const root = projects[0]?.root ?? io.cwd;
  const repo = reporter.repositoryPaths ? findRepoRoot(root) : undefined;
  const base = repo ? displayPath(root, repo).replace(/^\.$/, '') : '';
  // A report written to a file is plain text unless --color asks for colour.
  const color = options.color ?? (options.outputFile === undefined && io.color);
  // The rules of every project's catalog: a plugin's rules are described like otvet's own.
  const rulesOf: RuleCatalog = { rules: new Map([...catalog.rules, ...projects.flatMap((p) => [...p.lintOptions.catalog.rules])]), optionValidators: {} };
  // The exit code is known before the report is written: SARIF records it.
  let code: number;
  let notes: string[] = [];
  if (scoreMode) {
    const fileErrors = result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error' && !m.templateId)).length;
    const unchecked = summary.verdict === 'unchecked';
    if (unchecked) notes = [t(lang, 'unchecked-list', { list: uncheckedList(result).join(', ') })];
    else if (fileErrors) notes = [t(lang, 'file-errors', { count: fileErrors })];
    code = summary.verdict === 'reject' || unchecked || (scoreMode.strict && summary.verdict === 'revise') || fileErrors > 0 ? 1 : 0;
  } else {
    code = summary.errors > 0 || summary.verdict === 'reject' || summary.verdict === 'unchecked' ? 1 : 0;
    if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
      notes = [t(lang, 'too-many-warnings', { count: summary.warnings, max: maxWarnings })];
      code = 1;
    }
  }
  const exitCode = unwritten.length > 0 ? 2 : code;
  const input = {
    result,
    lang,
    quiet: options.quiet ?? false,
    color,
    // A report into a file does not wrap to the terminal.
    ...(options.outputFile === undefined && io.columns ? { columns: io.columns } : {}),
    catalog: rulesOf,
    base,
    version: VERSION,
    thresholds: (projects[0]?.loaded.config ?? defaultConfig()).thresholds,
    run: runTimes(started, exitCode, io.env),
  };
  report.write(await reporter.render(input));
  report.close();
  await writeJobSummary(reporter, input, io);
  if (!reporter.noNotes) for (const note of notes) io.stderr(note + '\n');
  for (const line of unwritten) io.stderr(line + '\n');
  return exitCode;
}

/**
 * The run's exit code, start and end; with SOURCE_DATE_EPOCH (a reproducible build), both times
 * are that instant, so that a report that records them is the same on every run.
 */
function runTimes(started: Date, exitCode: number, env: Io['env']): { exitCode: number; start: Date; end: Date } {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) {
    const at = new Date(Number(epoch) * 1000);
    return { exitCode, start: at, end: at };
  }
  return { exitCode, start: started, end: new Date() };
}

/** In a GitHub Actions step (`GITHUB_STEP_SUMMARY`), the format's Markdown added to the job's summary. */
async function writeJobSummary(reporter: Reporter, input: Parameters<Reporter['render']>[0], io: Io): Promise<void> {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (!reporter.jobSummary || !path) return;
  const markdown = await reporter.jobSummary(input);
  try {
    appendFileSync(path, markdown);
  } catch (error) {
    io.stderr(t(input.lang, 'summary-write-failed', { path, code: (error as NodeJS.ErrnoException).code ?? String(error) }) + '\n');
  }
}

/** A progress line over the projects' files (a terminal only), counted across the projects in turn. */
function showProgress(projects: readonly LintProject[], io: Io, lang: Lang): Progress | undefined {
  const bar = progressLine(io, lang, projects.reduce((n, p) => n + p.sources.length, 0));
  if (!bar) return undefined;
  let before = 0;
  for (const project of projects) {
    const offset = before;
    project.lintOptions.progress = (done) => bar.update(offset + done);
    before += project.sources.length;
  }
  return bar;
}

/** Why `--fix` left a file as it was, and what to do, in one line. */
function unwrittenMessage(lang: Lang, path: string, refusal: WriteRefusal, cwd: string): string {
  switch (refusal.reason) {
    case 'changed':
      return t(lang, 'fix-changed', { path });
    case 'read-only':
      return t(lang, 'fix-read-only', { path, mode: refusal.mode });
    case 'hard-link':
      return t(lang, 'fix-hard-link', { path, links: refusal.links });
    case 'io': {
      const data = { path, code: refusal.code, dir: displayPath(refusal.dir, cwd) };
      if (refusal.code === 'EACCES' || refusal.code === 'EPERM') return t(lang, 'fix-no-permission', data);
      if (refusal.code === 'EROFS') return t(lang, 'fix-read-only-fs', data);
      if (refusal.code === 'ENOSPC' || refusal.code === 'EDQUOT') return t(lang, 'fix-disk-full', data);
      return t(lang, 'fix-write-failed', data);
    }
  }
}

/** `--format`'s help: each format a command offers, with what it is for, in the user's language. */
const formatHelp = (command: 'lint' | 'score', lang: Lang): string =>
  `${helpText(lang, 'output format')}: ${reportersOf(command).map((r) => `${r.name} (${r.description[lang]})`).join(lang === 'zh' ? '；' : '; ')}`;

function buildProgram(io: Io, setExit: (code: number) => void, langHint: { lang: Lang }): Command {
  const program = new Command('otvet');
  program
    .description('Lint, score and fix Russian reply templates for marketplace buyer chats (Ozon).')
    .version(VERSION, '-v, --version', 'output the version number')
    .exitOverride()
    .showHelpAfterError(false)
    // commander's own error texts are English: run() prints them in the user's language instead.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  const common = (cmd: Command): Command =>
    cmd
      .addOption(new Option('--lang <lang>', 'message language: zh, en or ru (default: $OTVET_LANG, then the config’s lang:, then the system locale)'))
      .option('-c, --config <file>', 'config file (default: the nearest otvet.config.yaml)');
  common(
    program
      .command('lint')
      .description('check template files (default: the config’s templates globs)')
      .argument('[paths...]', 'files, directories or globs')
      .option('-f, --format <format>', formatHelp('lint', langHint.lang), 'stylish')
      .option('-q, --quiet', 'report errors only')
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
      .option('--fix', 'apply safe fixes to the files, then report what is left')
      .option('--fix-dry-run', 'print the fixes as a unified diff; write nothing')
      .option('--context', 'lint the given files together with the config’s templates (pack-wide rules), report only the given files; uses the cache unless --no-cache')
      .option('--cache', 'keep what each file’s lint found; next time check only the templates that changed (not with --fix)')
      .option('--no-cache', 'neither read nor write the cache (also with --context)')
      .option('--cache-location <dir>', 'where the cache goes (default: .otvet-cache in the working directory)')
      .option('--concurrency <n>', 'threads that lint a big pack: auto (default: a second one from some 11,000 templates), off, or a number; one with --context or --fix')
      .option('--stdin', 'lint the text on standard input (an editor’s unsaved file)')
      .option('--stdin-filename <path>', 'the file the text on standard input is: its config, its place in the pack, its path in the report')
      .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
      .option('--print-config <file>', 'print the configuration that applies to a file, as JSON, and exit')
      .option('--color', 'colour the report, even into a pipe or a file (also FORCE_COLOR=1)')
      .option('--no-color', 'no colour, even on a terminal (also NO_COLOR=1)')
      .option('--no-error-on-unmatched-pattern', 'a path or pattern that matches no file is not an error'),
  ).action(async (paths: string[], options: LintCommandOptions & { printConfig?: string }) => {
    const lang = chooseLang(options.lang, io, { config: options.config, paths: options.stdinFilename !== undefined ? [options.stdinFilename] : paths });
    langHint.lang = lang;
    if (options.printConfig !== undefined) {
      const { printConfig } = await import('./commands/print-config.js');
      setExit(await printConfig(options.printConfig, options.config, io));
      return;
    }
    setExit(await runLint(paths, options, io, lang));
  });
  common(
    program
      .command('score')
      .description('error-rate table per template and for the pack')
      .argument('[paths...]', 'files, directories or globs')
      .option('-f, --format <format>', formatHelp('score', langHint.lang), 'table')
      .option('--strict', 'also exit 1 when a template is at “revise”')
      .option('--cache', 'keep what each file’s lint found; next time check only the templates that changed')
      .option('--no-cache', 'neither read nor write the cache')
      .option('--cache-location <dir>', 'where the cache goes (default: .otvet-cache in the working directory)')
      .option('--concurrency <n>', 'threads that lint a big pack: auto (default: a second one from some 11,000 templates), off, or a number; one with --context or --fix')
      .option('-o, --output-file <file>', 'write the table or report to a file instead of standard output')
      .option('--no-error-on-unmatched-pattern', 'a path or pattern that matches no file is not an error'),
  ).action(async (paths: string[], options: CommonOptions & { format: string; strict?: boolean; cache?: boolean; cacheLocation?: string; outputFile?: string; errorOnUnmatchedPattern?: boolean }) => {
    const lang = chooseLang(options.lang, io, { config: options.config, paths });
    langHint.lang = lang;
    setExit(await runLint(paths, options, io, lang, { strict: options.strict ?? false }));
  });
  common(
    program
      .command('pack')
      .description('build the approved pack in dist/<name>-<version>/ (refuses on errors or templates over the thresholds)')
      .option('--allow-revise', 'let templates at “revise” into the pack')
      .option('--zip', 'also write <name>-<version>.zip (deterministic)')
      .option('--xlsx', 'also write templates.xlsx: a row per template with its verdict and error rate, for review in Excel or WPS')
      .option('--since <old-pack>', 'print what changed since an older pack (its directory, zip or templates.json)')
      .option('--since-format <format>', 'format of the --since report: text or markdown', 'text')
      .option('-o, --out-dir <dir>', 'where the pack directory goes (default: dist/ beside the config)'),
  ).action(async (options: CommonOptions & import('./commands/pack.js').PackOptions) => {
    const lang = chooseLang(options.lang, io, { config: options.config });
    langHint.lang = lang;
    const { runPack } = await import('./commands/pack.js');
    setExit(await runPack(options, io, lang));
  });
  program
    .command('verify')
    .description('check a pack against its manifest: every file and checksum (exit 1 on any mismatch)')
    .argument('<pack>', 'the pack directory, e.g. dist/my-shop-1.0.0')
    .addOption(new Option('--lang <lang>', 'message language: zh, en or ru'))
    .action(async (path: string, options: CommonOptions) => {
      const lang = chooseLang(options.lang, io);
      langHint.lang = lang;
      const { runVerify } = await import('./commands/verify.js');
      setExit(runVerify(path, io, lang));
    });
  program
    .command('lsp')
    .description('run the language server for editors (LSP over standard input and output)')
    .option('--stdio', 'talk over standard input and output (the only transport; editors pass it)')
    .addOption(new Option('--lang <lang>', 'message language when the editor names none: zh, en or ru'))
    .action(async (options: CommonOptions) => {
      const lang = chooseLang(options.lang, io);
      langHint.lang = lang;
      if (!io.streams) throw localizedCli('lsp-no-streams', {});
      const { startLanguageServer } = await import('./lsp/server.js');
      await startLanguageServer({ ...io.streams(), lang, langGiven: options.lang !== undefined || Boolean(io.env.OTVET_LANG), moduleUrl: import.meta.url });
      setExit(0);
    });
  program
    .command('init')
    .description('scaffold otvet.config.yaml, an example template, a glossary and a pre-commit hook (never overwrites)')
    .addOption(new Option('--lang <lang>', 'message language: zh, en or ru (also written to the config as its lang:)'))
    .action(async (options: CommonOptions) => {
      const lang = chooseLang(options.lang, io);
      langHint.lang = lang;
      const { runInit } = await import('./commands/init.js');
      // A language asked for here becomes the project's: the git hook speaks it too.
      setExit(runInit(io, lang, options.lang !== undefined ? lang : undefined));
    });
  common(
    program
      .command('studio')
      .description('open the local web workspace for the templates (a server on 127.0.0.1 with a session token)')
      .option('--port <n>', 'the port to listen on (default: 0, a free one)')
      .option('--open', 'also open the studio in the system’s browser'),
  ).action(async (options: CommonOptions & import('./commands/studio.js').StudioCommandOptions) => {
    const lang = chooseLang(options.lang, io, { config: options.config });
    langHint.lang = lang;
    const port = options.port === undefined ? 0 : parseCount('--port', options.port);
    if (port > 65535) throw localizedCli('bad-number', { option: '--port', value: options.port ?? '' });
    const { runStudio } = await import('./commands/studio.js');
    setExit(await runStudio(options, port, io, lang));
  });
  registerGlossary(program, {
    io,
    common,
    setExit,
    prepare: (options) => {
      const lang = chooseLang(options.lang, io, { config: options.config });
      langHint.lang = lang;
      return { lang, loaded: readConfig(io.cwd, options.config, catalog) };
    },
  });
  localizeProgram(program, langHint.lang);
  return program;
}

/**
 * Every text of the commands' help in `lang`, in a fixed order (command, arguments, options, for
 * each command and subcommand): for the test that no text is left untranslated.
 */
export function helpTexts(lang: Lang): string[] {
  const io: Io = { cwd: process.cwd(), env: {}, stdout: () => {}, stderr: () => {}, color: false };
  const out: string[] = [];
  const visit = (cmd: Command): void => {
    out.push(cmd.description(), ...cmd.registeredArguments.map((a) => a.description), ...cmd.options.map((o) => o.description));
    cmd.commands.forEach(visit);
  };
  visit(buildProgram(io, () => {}, { lang }));
  return out;
}

/** Run the CLI; resolves to the exit code. Never throws for user errors. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  // The language for errors that happen before the command chose one.
  const langHint = { lang: ((): Lang => {
    const i = argv.indexOf('--lang');
    const c = argv.findIndex((a) => a === '-c' || a === '--config');
    const l = detectLang(i >= 0 ? argv[i + 1] : undefined, io.env, process.platform, () => configLang(io.cwd, c >= 0 ? argv[c + 1] : undefined, [], configLangs(io)));
    return typeof l === 'object' ? 'en' : l;
  })() };
  const program = buildProgram(io, (c) => (code = c), langHint);
  // A run that may show a help page (asked for, or a command without its subcommand) lays it out
  // by display width; the others do without loading that.
  if (argv.length <= 1 || argv.some((a) => a === '-h' || a === '--help' || a === 'help')) await loadHelpLayout();
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every usage error exits 2, said in the user's language.
      const message = usageError(error, langHint.lang, argv[0] ?? 'otvet');
      if (message === undefined) return 0;
      io.stderr(message + '\n');
      return 2;
    }
    if (error instanceof UserErrors) {
      for (const e of error.errors) io.stderr(formatUserError(e, langHint.lang) + '\n');
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr(formatUserError(error, langHint.lang) + '\n');
      return 2;
    }
    if (error instanceof RuleCrash) {
      const { ruleId: rule, templateId: template, path, line, detail } = error;
      const stack = error.cause instanceof Error ? error.cause.stack : undefined;
      // The stack helps whoever fixes the rule, not the user: only with DEBUG (as ESLint does).
      const tail = io.env.DEBUG ? (stack ? `${stack}\n` : '') : `${t(langHint.lang, 'debug-hint')}\n`;
      // A plugin's rule (`<plugin>/<rule>`) is its authors' code, not otvet's.
      const plugin = rule.includes('/') ? rule.slice(0, rule.indexOf('/')) : undefined;
      const data = { rule: escapeControls(rule), template: escapeControls(template), where: escapeControls(`${path}:${line}`), detail: escapeControls(detail), ...(plugin ? { plugin } : {}) };
      io.stderr(`${t(langHint.lang, plugin ? 'plugin-rule-crash' : 'rule-crash', data)}\n${tail}`);
      return 2;
    }
    io.stderr(`${t(langHint.lang, 'crash')}\n${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 2;
  }
}
