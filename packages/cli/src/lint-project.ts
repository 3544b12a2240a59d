/**
 * The lint path shared by `lint`, `score` and `pack`: config, files, resources,
 * rule set. With `context`, the config's other template files are linted too, so
 * pack-wide rules (duplicate ids, the pack's «Вы» style) see the whole pack, but
 * only what concerns the given files is reported (pre-commit: staged files only).
 */
import { lintTexts, resolveRules, scorePack, type Lang, type LintCache, type LintOptions, type LintResult, type LoadedConfig, type SourceText } from '@otvet/core';
import { catalog, loadResourceValidators, resourceProblem, ruleDocPath } from '@otvet/rules';
import { displayPath, isConfigTemplate, loadConfig, type LoadConfigOptions, loadGlossaryEntries, loadResources, readSources, resolveFiles } from './files.js';
import type { IndexReadAhead } from './cache.js';

/** `lint --stdin`: the text of standard input, linted as the file `abs`. */
export interface StdinSource {
  abs: string;
  bytes: Buffer;
}

export interface LintProject {
  loaded: LoadedConfig;
  /** The directory the sources' paths are relative to. */
  root: string;
  sources: SourceText[];
  lintOptions: LintOptions;
  /** With context: the paths (as reported) whose findings are shown. */
  focus?: ReadonlySet<string>;
  /** The lint cache's index as read before the files were (see `cacheLocation`), for the cache to use. */
  cacheIndex?: IndexReadAhead;
}

export interface ProjectOptions {
  config?: string;
  /** Lint the given paths in the context of the config's template files. */
  context?: boolean;
  timing?: Map<string, number>;
  /** The config, already loaded (instead of `config` or the nearest one to `cwd`). */
  loaded?: LoadedConfig;
  /** The directory reported paths are relative to (default: `cwd`). */
  root?: string;
  /** The lint will use the cache: read the files lazily, with the digests of their bytes (readSources). */
  cache?: boolean;
  /** Where the cache is (`--cache-location`, absolute): files it knows by their stamp are not read (readSources). */
  cacheLocation?: string;
  /** A path or pattern that matches no file: an error (default), or passed over. */
  unmatched?: 'error' | 'skip';
  /** Lint this text instead of paths (with `context`: in the pack, in place of the file on disk). */
  stdin?: StdinSource;
  /** Texts to read instead of files on disk, by absolute path (an editor's other unsaved buffers). */
  overrides?: ReadonlyMap<string, Buffer>;
  /** How the config's plugins are loaded. */
  configOptions?: LoadConfigOptions;
}

export async function prepareLint(cwd: string, paths: string[], options: ProjectOptions, lang: Lang): Promise<LintProject> {
  // Only with TIMING: the first use of `performance` loads Node's perf_hooks modules.
  const loadStart = options.timing ? performance.now() : 0;
  const loaded = options.loaded ?? (await loadConfig(cwd, options.config, catalog, options.configOptions));
  const rulesOf = loaded.catalog ?? catalog;
  const root = options.root ?? cwd;
  const { stdin } = options;
  let given = stdin ? [stdin.abs] : await resolveFiles(cwd, paths, loaded, { unmatched: options.unmatched ?? 'error' });
  let files = given;
  const focused = Boolean(options.context && (paths.length || stdin));
  if (focused) {
    // The pack is the config's template files; given files outside it (the config
    // itself, a glossary, other YAML in a commit) are not templates: skip them. Standard
    // input is linted as the file it is said to be, in the pack whether or not that file exists.
    files = await resolveFiles(cwd, [], loaded, { unmatched: stdin ? 'skip' : (options.unmatched ?? 'error') });
    // So are an editor's other unsaved buffers that the config's globs take in, saved or not.
    const extra = [...(stdin ? [stdin.abs] : []), ...[...(options.overrides?.keys() ?? [])].filter((abs) => isConfigTemplate(loaded, abs))].filter((abs) => !files.includes(abs));
    if (extra.length) files = [...files, ...new Set(extra)].sort((a, b) => (displayPath(a, cwd) < displayPath(b, cwd) ? -1 : 1));
    const pack = new Set(files);
    given = given.filter((abs) => pack.has(abs));
  }
  const overrides = new Map(options.overrides);
  if (stdin) overrides.set(stdin.abs, stdin.bytes);
  const ahead = options.cache && options.cacheLocation !== undefined ? (await import('./cache.js')).readAhead(options.cacheLocation, loaded.path ?? root) : undefined;
  const sources = readSources(root, files, { lazy: options.cache ?? false, overrides, ...(ahead ? { known: ahead.known } : {}) });
  const resources = await loadResources(cwd, loaded, loadResourceValidators, resourceProblem);
  const rules = resolveRules(loaded.config, rulesOf);
  // The glossary is read only when a glossary rule runs.
  if (rules.some((r) => r.rule.meta.category === 'glossary')) resources.glossary = await loadGlossaryEntries(cwd, loaded);
  if (options.timing) options.timing.set('(config + files)', (options.timing.get('(config + files)') ?? 0) + performance.now() - loadStart);
  const lintOptions: LintOptions = {
    config: loaded.config,
    resources,
    ...(options.timing ? { timing: options.timing } : {}),
    rules,
    catalog: rulesOf,
    lang,
    ruleUrl: (id: string) => (catalog.rules.has(id) ? ruleDocPath(id) : rulesOf.rules.get(id)?.meta.url),
  };
  const project: LintProject = { loaded, root, sources, lintOptions, ...(ahead ? { cacheIndex: ahead } : {}) };
  if (focused) {
    const focus = new Set(given.map((abs) => displayPath(abs, root)));
    project.focus = focus;
    // The other files of the pack get only what the given files need (duplicate ids, pack-wide rules).
    lintOptions.focus = (path) => focus.has(path);
  }
  return project;
}

/** Lint a prepared project (and keep only what concerns its focus), with the cache if given. */
export function lintProject(project: LintProject, cache?: LintCache): LintResult {
  // A report needs the findings only: each file's YAML document goes once the file is linted.
  return focusResult(lintTexts(project.sources, { ...project.lintOptions, keepDocuments: false, ...(cache ? { cache } : {}) }), project);
}

/**
 * Only the focus files, plus findings in other files that a focus file caused
 * (e.g. a duplicate id whose first occurrence is in a focus file). The scores and
 * the summary are those of the focus files' templates.
 */
export function focusResult(result: LintResult, project: LintProject): LintResult {
  const { focus } = project;
  if (!focus) return result;
  const causedHere = (cause: unknown): boolean => typeof cause === 'string' && [...focus].some((p) => cause.startsWith(`${p}:`));
  const files: LintResult['files'] = [];
  for (const f of result.files) {
    if (focus.has(f.path)) files.push(f);
    else {
      const messages = f.messages.filter((m) => causedHere(m.cause));
      if (!messages.length) continue;
      f.vfile.messages = messages;
      files.push({ ...f, messages, templates: [] });
    }
  }
  const pack = scorePack(files.flatMap((f) => f.templates), project.lintOptions.config.thresholds, files.filter((f) => !f.checked).length);
  const count = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const m of files.flatMap((f) => f.messages)) {
    if (m.severity === 'error') count.errors++;
    else if (m.severity === 'warning') count.warnings++;
    else count.infos++;
    if (m.fix) count.fixable++;
  }
  return { files, summary: { ...pack, files: files.length, ...count } };
}
