/**
 * Loading the rule plugins that a config names (`plugins:`). Only those modules are imported:
 * a relative path is the config's own file, a bare name an installed package, resolved from the
 * config's directory as Node.js resolves an `import` there. Nothing is searched for or loaded
 * otherwise, and every problem (not found, throws on import, not a plugin, a bad rule) is a
 * message at the plugin's line in the config, not a crash.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  compileOptionValidators, extendCatalog, nodeCrypto, pluginProblems, UserError, UserErrors,
  type AnyRule, type LoadedPlugin, type Localized, type Plugin, type PluginEntry, type PluginProblem, type RuleCatalog, type SchemaCompiler, type ValidateFunction,
} from '@otvet/core';
import { cliMessages } from './i18n.js';

/** The bin hands the bundle a function that imports a module by URL (the bundle itself runs in a `vm.Script`, where `import()` is not available). */
declare const __otvet_import: ((url: string) => Promise<unknown>) | undefined;

const importModule = (url: string): Promise<unknown> => (typeof __otvet_import === 'function' ? __otvet_import(url) : import(url));

/** Extensions of the files whose contents make up a plugin's digest. */
const CODE = /\.(?:[cm]?js|json|[cm]?ts)$/u;
/** At most this many files go into a plugin's digest (a plugin is a few files; a mistaken folder is not read whole). */
const MAX_DIGEST_FILES = 500;

export interface PluginLoadOptions {
  /** Import a plugin again when its code changed since it was last imported (the language server; Node.js keeps a module once imported). */
  fresh?: boolean;
}

export interface LoadedPlugins {
  catalog: RuleCatalog;
  plugins: LoadedPlugin[];
}

/** A message with another one's text in its `{detail}`, in each language. */
function withDetail(outer: Localized, inner: PluginProblem): Localized {
  const fill = (text: string): string => text.replace(/\{(\w+)\}/gu, (m, k: string) => (k in inner.data ? String(inner.data[k]) : m));
  return { en: outer.en.replace('{detail}', fill(inner.message.en)), zh: outer.zh.replace('{detail}', fill(inner.message.zh)), ru: outer.ru.replace('{detail}', fill(inner.message.ru)) };
}

const isPath = (specifier: string): boolean => specifier.startsWith('./') || specifier.startsWith('../') || isAbsolute(specifier) || specifier === '.' || specifier === '..';

/** The file a `plugins:` entry names, and the folder whose files are its code. */
async function resolvePlugin(entry: PluginEntry, configPath: string): Promise<{ file: string; folder: string } | { error: keyof typeof cliMessages; data?: Record<string, string> }> {
  const configDir = dirname(configPath);
  const { specifier } = entry;
  if (isPath(specifier)) {
    const file = resolve(configDir, specifier);
    try {
      if (!statSync(file).isFile()) return { error: 'plugin-not-file' };
    } catch {
      return { error: 'plugin-not-found' };
    }
    // The folder of a module in the project, unless that is the project itself.
    const folder = dirname(file);
    return { file, folder: relative(folder, configDir).split(sep).every((p) => p !== '..') ? file : folder };
  }
  if (/^[a-z][a-z0-9+.-]*:/iu.test(specifier)) return { error: 'plugin-not-module' };
  let url: string;
  try {
    // Node.js's own resolution of `import` (package `exports` and their conditions), loaded when needed.
    const { resolve: resolveImport } = await import('import-meta-resolve');
    url = resolveImport(specifier, pathToFileURL(configPath).href);
  } catch {
    return { error: 'plugin-not-installed', data: { dir: configDir } };
  }
  if (!url.startsWith('file:')) return { error: 'plugin-not-module' };
  const file = fileURLToPath(url);
  return { file, folder: packageRoot(file) ?? dirname(file) };
}

/** The package directory a file of `node_modules` belongs to. */
function packageRoot(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    try {
      if (statSync(join(dir, 'package.json')).isFile()) return dir;
    } catch {
      // Not here: look further up.
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The files of a plugin's folder that hold code, in a fixed order (no node_modules, no hidden folders). */
function codeFiles(folder: string): string[] {
  try {
    if (statSync(folder).isFile()) return [folder];
  } catch {
    return [];
  }
  const out: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (out.length >= MAX_DIGEST_FILES) return;
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path);
      else if (CODE.test(name)) out.push(path);
    }
  };
  walk(folder);
  return out;
}

/** Relative module specifiers in a module's source: `from './x.mjs'`, `import('./x.js')`, `require('../x')`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]+)\1/gu;
const EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.json', '.ts', '.mts', '.cts', '/index.js', '/index.mjs', '/index.cjs'];

/**
 * The files a module imports by relative path, and theirs, read from their sources (a plugin
 * beside the config, whose folder is the whole project, is known by what it imports). Outside
 * node_modules only; at most {@link MAX_DIGEST_FILES}.
 */
function importedFiles(file: string, into: Set<string>): void {
  if (into.size >= MAX_DIGEST_FILES || into.has(file)) return;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  into.add(file);
  for (const m of source.matchAll(RELATIVE_IMPORT)) {
    const base = resolve(dirname(file), m[2]!.replace(/[?#].*$/u, ''));
    const found = EXTENSIONS.map((ext) => base + ext).find((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    });
    if (found && !found.split(sep).includes('node_modules')) importedFiles(found, into);
  }
}

/**
 * A plugin's code files: the code files of its folder (a package's: the package), and the files
 * its module imports by relative path, in a fixed order.
 */
function pluginFiles(file: string, folder: string): string[] {
  const imported = new Set<string>();
  importedFiles(file, imported);
  return [...new Set([file, ...codeFiles(folder), ...imported])].sort();
}

/** The digest of a plugin's code files, named relative to its folder. */
function pluginDigest(files: readonly string[], folder: string): string {
  const hash = nodeCrypto().createHash('sha256');
  for (const path of files) {
    hash.update(`${relative(folder, path)}\0`);
    try {
      hash.update(readFileSync(path));
    } catch {
      hash.update('(unreadable)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * For a long-running process (the language server), which imports a plugin again when its code
 * changed: a resolve hook that gives every file a plugin imports (outside node_modules) the
 * plugin's `?otvet=<digest>` too, so that the new code of an imported module is loaded, not the
 * one Node.js already has. Registered once, on first use.
 */
let hooked = false;
const PROPAGATE_DIGEST = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const tag = /[?&](otvet=[0-9a-f]+)/.exec(context.parentURL ?? '');
  if (!tag || !result.url.startsWith('file:') || result.url.includes('/node_modules/') || /[?&]otvet=/.test(result.url)) return result;
  return { ...result, url: result.url + (result.url.includes('?') ? '&' : '?') + tag[1] };
}`;
function freshImports(): void {
  if (hooked) return;
  hooked = true;
  const { register } = createRequire(import.meta.url)('node:module') as typeof import('node:module');
  if (typeof register === 'function') register(`data:text/javascript,${encodeURIComponent(PROPAGATE_DIGEST)}`);
}

/** Forget the CommonJS modules among `files`, which Node.js keeps by file name whatever the URL's query. */
function forgetCommonJs(files: readonly string[]): void {
  const cache = createRequire(import.meta.url).cache;
  for (const file of files) delete cache[file];
}

/** ajv, loaded only for a plugin whose rules have options. */
async function schemaCompiler(): Promise<SchemaCompiler> {
  return (await import('./schema-compiler.js')).createSchemaCompiler();
}

const quote = (path: string): string => (/^[\w./-]+$/u.test(path) ? path : `'${path.replace(/'/gu, "'\\''")}'`);

/**
 * What went wrong on import, in one line: the error, and where in the plugin's files it was
 * raised (Node.js puts the place of a syntax error, and the stack the place of a throw).
 */
function importFailure(error: unknown, file: string, configDir: string): string {
  const text = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.slice(0, 300);
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  // The first place in the stack that is not otvet's own code: an ES module's frames are file:
  // URLs, a CommonJS module's are paths.
  const own = fileURLToPath(import.meta.url);
  for (const at of stack.matchAll(/(?<=^|\(|\bat )(file:\/\/[^\s)]+?|\/[^\s():]+|[A-Za-z]:\\[^\s():]+):(\d+)(?::(\d+))?(?=[\s)]|$)/gmu)) {
    let path: string;
    try {
      path = at[1]!.startsWith('file:') ? fileURLToPath(at[1]!.replace(/\?[^/]*$/u, '')) : at[1]!;
    } catch {
      continue;
    }
    if (path === own) continue;
    return `${text} (${relative(configDir, path).split(sep).join('/')}:${at[2]}${at[3] ? `:${at[3]}` : ''})`;
  }
  // Node.js keeps the place of a syntax error in an ES module out of the error: `node --check` shows it.
  return error instanceof SyntaxError ? `${text} (node --check ${quote(relative(configDir, file))} shows where)` : text;
}

/** A checked plugin as plain data (its metas through JSON) and its rules' checks. */
function snapshot(plugin: Plugin): Plugin {
  const rules = plugin.rules.map((rule): AnyRule => ({ meta: JSON.parse(JSON.stringify(rule.meta)) as AnyRule['meta'], check: rule.check.bind(rule) }));
  return { name: plugin.name, ...(plugin.version !== undefined ? { version: plugin.version } : {}), rules };
}

/** With `fresh`: the digest each plugin module was last imported with. */
const fresh = new Map<string, string>();

/**
 * Import the plugins of a config and add their rules to `base`. Throws {@link UserErrors}, each
 * at the line of the `plugins:` entry it concerns in the config file (`display`).
 */
export async function loadPlugins(entries: readonly PluginEntry[], configPath: string, display: string, base: RuleCatalog, options: PluginLoadOptions = {}): Promise<LoadedPlugins> {
  const errors: UserError[] = [];
  const plugins: Plugin[] = [];
  const loaded: LoadedPlugin[] = [];
  const validators: Record<string, ValidateFunction> = {};
  let compiler: SchemaCompiler | undefined;
  for (const entry of entries) {
    const at = { path: display, line: entry.line, column: entry.column };
    const fail = (key: keyof typeof cliMessages, data: Record<string, string> = {}): void => void errors.push(new UserError(cliMessages[key], { plugin: entry.specifier, ...data }, at));
    const found = await resolvePlugin(entry, configPath);
    if ('error' in found) {
      fail(found.error, found.data);
      continue;
    }
    const files = pluginFiles(found.file, found.folder);
    const digest = pluginDigest(files, found.folder);
    let module: unknown;
    try {
      if (options.fresh) {
        freshImports();
        if (fresh.get(found.file) !== digest) forgetCommonJs(files);
        fresh.set(found.file, digest);
      }
      module = await importModule(`${pathToFileURL(found.file).href}${options.fresh ? `?otvet=${digest.slice(0, 16)}` : ''}`);
    } catch (error) {
      fail('plugin-failed', { detail: importFailure(error, found.file, dirname(configPath)) });
      continue;
    }
    let plugin: Plugin;
    const problems: PluginProblem[] = [];
    try {
      // A plain copy of what the module exports, once checked: the engine sees data and the rules'
      // checks, never the module's own objects (a getter that throws, a meta that changes later).
      const exported = (module as { default?: unknown }).default;
      problems.push(...pluginProblems(exported));
      plugin = problems.length ? ({} as Plugin) : snapshot(exported as Plugin);
    } catch (error) {
      fail('plugin-failed', { detail: importFailure(error, found.file, dirname(configPath)) });
      continue;
    }
    if (!problems.length) {
      if (plugins.some((p) => p.name === plugin.name)) problems.push({ message: cliMessages['plugin-duplicate-name'], data: { name: plugin.name } });
      else {
        // ajv is loaded only for rules with an options schema.
        const compiled = compileOptionValidators(plugin.rules, plugin.rules.some((r) => r.meta.options) ? (compiler ??= await schemaCompiler()) : undefined);
        problems.push(...compiled.problems);
        Object.assign(validators, compiled.validators);
      }
    }
    if (problems.length) {
      for (const problem of problems) errors.push(new UserError(withDetail(cliMessages['plugin-invalid'], problem), { plugin: entry.specifier }, at));
      continue;
    }
    plugins.push(plugin);
    loaded.push({ specifier: entry.specifier, name: plugin.name, ...(plugin.version !== undefined ? { version: plugin.version } : {}), digest });
  }
  if (errors.length) throw new UserErrors(errors);
  return { catalog: extendCatalog(base, plugins, validators), plugins: loaded };
}
