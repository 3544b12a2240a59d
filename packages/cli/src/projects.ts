/**
 * Which config lints which file. Without paths, the config of the current directory (or
 * `--config`) and its `templates`. With paths and no `--config`, each file is linted under the
 * nearest `otvet.config.yaml` above it, as ESLint and Prettier do: one run over files of several
 * projects (lint-staged at the root of a monorepo, with absolute paths) lints each file under its
 * own config and, with `--context`, in its own pack. Reported paths are relative to the projects'
 * root: the directory of the config, or the deepest directory that holds every project's (the
 * current directory stands for a file under no config), never to the current directory.
 */
import { dirname } from 'node:path';
import { defaultConfig, scorePack, worseVerdict, type Lang, type LintResult, type LoadedConfig, type Verdict } from '@otvet/core';
import { catalog } from '@otvet/rules';
import { commonDir, configTemplates, findConfig, loadConfig, resolveFiles } from './files.js';
import { prepareLint, type LintProject, type ProjectOptions } from './lint-project.js';

export async function prepareProjects(cwd: string, paths: string[], options: ProjectOptions, lang: Lang): Promise<LintProject[]> {
  // `--context` reports only the given files: with none (a commit that touches no template), nothing.
  if (options.context && paths.length === 0 && !options.stdin) return [];
  const start = options.timing ? performance.now() : 0;
  const took = (): void => void options.timing?.set('(config + files)', (options.timing.get('(config + files)') ?? 0) + performance.now() - start);
  if (options.stdin && options.config === undefined) {
    // Standard input is linted under the config of the file it is said to be.
    const config = findConfig(dirname(options.stdin.abs));
    const loaded = config ? await loadConfig(cwd, config, catalog, options.configOptions) : { config: defaultConfig(), root: cwd };
    took();
    return [await prepareLint(cwd, [], { ...options, loaded, root: loaded.root }, lang)];
  }
  if (paths.length === 0 || options.config !== undefined) {
    const loaded = await loadConfig(cwd, options.config, catalog, options.configOptions);
    took();
    return [await prepareLint(cwd, paths, { ...options, loaded, root: loaded.root }, lang)];
  }
  const nearest = new Map<string, string | undefined>();
  const groups = new Map<string, string[]>();
  for (const abs of await resolveFiles(cwd, paths, undefined, { unmatched: options.unmatched ?? 'error' })) {
    const config = findConfig(dirname(abs), nearest) ?? '';
    const files = groups.get(config);
    if (files) files.push(abs);
    else groups.set(config, [abs]);
  }
  const projects: { loaded: LoadedConfig; files: string[] }[] = [];
  for (const [config, files] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const loaded = config ? await loadConfig(cwd, config, catalog, options.configOptions) : { config: defaultConfig(), root: cwd };
    // A file under no config, given to `--context`, is part of a pack only where the defaults'
    // `templates` match something (a project without a config); else it is no template (a CI
    // workflow's YAML staged beside templates) and is skipped like any file outside the pack.
    if (!config && options.context && (await configTemplates(loaded)).length === 0) continue;
    projects.push({ loaded, files });
  }
  took();
  const root = commonDir(projects.map((p) => p.loaded.root));
  const out: LintProject[] = [];
  for (const { loaded, files } of projects) out.push(await prepareLint(cwd, files, { ...options, loaded, root }, lang));
  return out;
}

/**
 * The results of several projects as one: files in path order, counts added up, the error rate
 * over all templates, and the worst of the projects' verdicts (each scored with its own thresholds).
 */
export function mergeResults(results: readonly LintResult[]): LintResult {
  if (results.length === 1) return results[0]!;
  const files = results.flatMap((r) => r.files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const uncheckedFiles = results.reduce((n, r) => n + r.summary.unchecked.files, 0);
  const pack = scorePack(files.flatMap((f) => f.templates), defaultConfig().thresholds, uncheckedFiles);
  const verdict = results.reduce<Verdict>((worst, r) => worseVerdict(worst, r.summary.verdict), 'pass');
  const count = (key: 'errors' | 'warnings' | 'infos' | 'fixable'): number => results.reduce((n, r) => n + r.summary[key], 0);
  return {
    files,
    summary: { ...pack, verdict, files: files.length, errors: count('errors'), warnings: count('warnings'), infos: count('infos'), fixable: count('fixable') },
  };
}
