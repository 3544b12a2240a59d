/**
 * `otvet lint --print-config FILE`: the configuration that applies to FILE (as ESLint's
 * `--print-config`), as JSON: which config file (the nearest above FILE, or `--config`), its
 * root, its settings with the defaults filled in, and every rule with its severity and options
 * once `extends` and `rules` are applied ("off" for a rule that does not run). FILE need not exist.
 */
import { dirname, resolve } from 'node:path';
import { defaultConfig, resolveRules, type LoadedConfig } from '@otvet/core';
import { catalog } from '@otvet/rules';
import { displayPath, findConfig, loadConfig } from '../files.js';
import type { Io } from '../io.js';

export async function printConfig(file: string, configOption: string | undefined, io: Io): Promise<number> {
  const abs = resolve(io.cwd, file);
  let loaded: LoadedConfig;
  if (configOption !== undefined) loaded = await loadConfig(io.cwd, configOption, catalog);
  else {
    const nearest = findConfig(dirname(abs));
    loaded = nearest ? await loadConfig(io.cwd, nearest, catalog) : { config: defaultConfig(), root: io.cwd };
  }
  const rulesOf = loaded.catalog ?? catalog;
  const resolved = new Map(resolveRules(loaded.config, rulesOf).map((r) => [r.rule.meta.id, [r.severity, r.options] as const]));
  const rules: Record<string, unknown> = {};
  for (const id of [...rulesOf.rules.keys()].sort()) rules[id] = resolved.get(id) ?? 'off';
  const out = {
    file: displayPath(abs, io.cwd),
    configFile: loaded.path ? displayPath(loaded.path, io.cwd) : null,
    root: displayPath(loaded.root, io.cwd),
    ...loaded.config,
    // The plugins as loaded: what each is called and which version of it runs.
    ...(loaded.plugins?.length ? { plugins: loaded.plugins.map(({ specifier, name, version }) => ({ specifier, name, ...(version !== undefined ? { version } : {}) })) } : {}),
    rules,
  };
  io.stdout(JSON.stringify(out, null, 2) + '\n');
  return 0;
}
