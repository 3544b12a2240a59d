/** Finding and reading the files to lint. */
import picomatch from 'picomatch';
import { existsSync, lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CONFIG_FILE, configPlugins, decodeText, isLang, type Lang, sha256Hex, defaultConfig, isDecodeFailure, LineIndex, plainUtf8, parseConfig, parseWordList, UserError, UserErrors, type LoadedConfig, type Localized, type RuleCatalog, type SourceText, type ValidateFunction, yamlLimitError, parseYamlDocument, schemaDetail, fillSlots, joinLocalized } from '@otvet/core';
import { cliMessages } from './i18n.js';
import type { PluginLoadOptions } from './plugins.js';

const IGNORE = ['**/node_modules/**', '**/dist/**', '**/.git/**'];

/** Relative POSIX path for reports. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? '.' : isAbsolute(rel) ? abs : rel).split(sep).join('/');
}

/** The nearest `name` in `start` or a directory above it (`cache` spares repeated walks over the same directories). */
function findUp(start: string, name: string, cache?: Map<string, string | undefined>): string | undefined {
  const seen: string[] = [];
  let dir = resolve(start);
  let found: string | undefined;
  for (;;) {
    if (cache?.has(dir)) {
      found = cache.get(dir);
      break;
    }
    seen.push(dir);
    const candidate = join(dir, name);
    if (existsSync(candidate)) {
      found = candidate;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of seen) cache?.set(d, found);
  return found;
}

/** The nearest `otvet.config.yaml` in `dir` or above it. */
export function findConfig(dir: string, cache?: Map<string, string | undefined>): string | undefined {
  return findUp(dir, CONFIG_FILE, cache);
}

/** The root of the git work tree `dir` is in (the directory with `.git`, a directory or a file), if any. */
export function findRepoRoot(dir: string): string | undefined {
  const git = findUp(dir, '.git');
  return git ? dirname(git) : undefined;
}

/** Whether `path` is `dir` or lies under it. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** The deepest directory that holds all of `dirs` (absolute paths). */
export function commonDir(dirs: readonly string[]): string {
  let common = resolve(dirs[0] ?? '.');
  for (const d of dirs.slice(1)) {
    const dir = resolve(d);
    while (!isInside(dir, common)) {
      const parent = dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/**
 * The `lang:` of the config that applies (`--config`, else the nearest `otvet.config.yaml` above
 * the working directory, else above the first path given), read before the config is loaded: the
 * language of every message, the config's own errors included. Anything unreadable or invalid
 * here is left to the config's loading to report.
 */
export function configLang(cwd: string, option: string | undefined, paths: readonly string[] = [], seen?: Map<string, Lang | undefined>): Lang | undefined {
  const path = option ? resolve(cwd, option) : (findConfig(cwd) ?? (paths[0] !== undefined ? findConfig(dirname(resolve(cwd, paths[0]))) : undefined));
  if (!path) return undefined;
  // One run asks before the command is known and again for the command: the file is read once.
  if (seen?.has(path)) return seen.get(path);
  const lang = readLang(path);
  seen?.set(path, lang);
  return lang;
}

function readLang(path: string): Lang | undefined {
  try {
    // A config that cannot be read is reported when it is read for the command.
    if (unreadableKind(statSync(path))) return undefined;
    const doc = parseYamlDocument(readFileSync(path, 'utf8'), { prettyErrors: false });
    if (doc.errors.length) return undefined;
    const lang: unknown = doc.get('lang');
    return typeof lang === 'string' && isLang(lang) ? lang : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Read the config from `--config` or the nearest `otvet.config.yaml` (defaults when there is
 * none) without loading its plugins: their rules' settings are left out. For commands that lint
 * nothing (the glossary's).
 */
export function readConfig(cwd: string, option: string | undefined, catalog: RuleCatalog): LoadedConfig {
  const path = option ? resolve(cwd, option) : findConfig(cwd);
  if (!path) return { config: defaultConfig(), root: cwd, catalog };
  const text = readText(path, displayPath(path, cwd));
  return { config: parseConfig(displayPath(path, cwd), text.text, catalog, { withoutPlugins: true }), path, root: dirname(path), catalog };
}

export interface LoadConfigOptions extends PluginLoadOptions {
  /** `skip`: read the config without its plugins, as {@link readConfig} does (an editor in an untrusted workspace). */
  plugins?: 'load' | 'skip';
}

/**
 * Load the config from `--config` or the nearest `otvet.config.yaml` (defaults when there is
 * none), with the plugins it names: its catalog has their rules.
 */
export async function loadConfig(cwd: string, option: string | undefined, catalog: RuleCatalog, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const path = option ? resolve(cwd, option) : findConfig(cwd);
  if (!path) return { config: defaultConfig(), root: cwd, catalog };
  const display = displayPath(path, cwd);
  const text = readText(path, display).text;
  const entries = options.plugins === 'skip' ? [] : configPlugins(text);
  if (!entries.length) return { config: parseConfig(display, text, catalog, { withoutPlugins: options.plugins === 'skip' }), path, root: dirname(path), catalog, plugins: [] };
  const { loadPlugins } = await import('./plugins.js');
  const loaded = await loadPlugins(entries, path, display, catalog, options);
  const config = parseConfig(display, text, loaded.catalog, { pluginNames: loaded.plugins.map((p) => p.name) });
  return { config, path, root: dirname(path), catalog: loaded.catalog, plugins: loaded.plugins };
}

/**
 * Texts given instead of files' contents, by absolute path: `lint --stdin --stdin-filename FILE`
 * lints standard input as FILE (an editor's unsaved buffer), read and decoded as a file would be.
 */
export type Overrides = ReadonlyMap<string, Buffer>;

/**
 * The most otvet reads from one file or from standard input: 16 MB, some 30,000 templates. A file
 * is parsed whole: one of 33 MB (60,000 templates) took 69 s and 2.5 GB of memory, and a few times
 * that is more than Node.js may use, which ends in a crash instead of a message.
 */
export const MAX_INPUT_MB = 16;
export const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;

/**
 * Why a path cannot be read as an input file, if it cannot: a directory; a device, a pipe or a
 * socket (reading `/dev/zero` or a FIFO would never end); a file over {@link MAX_INPUT_BYTES}.
 */
function unreadableKind(stat: Stats): 'is-directory' | 'not-regular-file' | 'file-too-large' | undefined {
  if (stat.isDirectory()) return 'is-directory';
  if (!stat.isFile()) return 'not-regular-file';
  return stat.size > MAX_INPUT_BYTES ? 'file-too-large' : undefined;
}

/** An input over {@link MAX_INPUT_BYTES}: said of the file at its start (`path:1:1: …`), as a file's other problems are. */
export function inputTooLarge(display: string): UserError {
  return new UserError(cliMessages['file-too-large'], { limit: MAX_INPUT_MB }, { path: display, line: 1, column: 1 });
}

function readBytes(abs: string, display: string, overrides?: Overrides): Buffer {
  const given = overrides?.get(abs);
  if (given) return given;
  statInput(abs, display);
  return readInput(abs, display);
}

/** The metadata of an input file, with the messages of a file that cannot be read as one. */
function statInput(abs: string, display: string): Stats {
  return asUserError(display, () => {
    const stat = statSync(abs);
    const kind = unreadableKind(stat);
    if (kind === 'file-too-large') throw inputTooLarge(display);
    if (kind) throw new UserError(cliMessages[kind], { path: display });
    return stat;
  });
}

/** The bytes of an input file (once {@link statInput} has checked it). */
function readInput(abs: string, display: string): Buffer {
  return asUserError(display, () => readFileSync(abs));
}

function asUserError<T>(display: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(cliMessages['not-found'], { path: display });
    throw new UserError(cliMessages.unreadable, { path: display, detail: code ?? String(error) });
  }
}

/**
 * A file changed less than this before its metadata was read is given no stamp: file systems
 * keep times in steps (up to 2 s on FAT), so a change within the same step could leave the
 * stamp as it was (git calls such a file "racily clean" and checks its content).
 */
const RACY_MS = 3000;

/**
 * The stamp of a file's metadata (size, modification and change times, inode and device), which
 * changes whenever its content does; undefined for a file changed in the last {@link RACY_MS}.
 */
export function fileStamp(stat: Stats, now = Date.now()): string | undefined {
  if (now - Math.max(stat.mtimeMs, stat.ctimeMs) < RACY_MS) return undefined;
  // A file system that keeps no times or inode numbers (some network and FUSE ones): no stamp.
  if (!stat.mtimeMs || !stat.ctimeMs || !stat.ino) return undefined;
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${stat.dev}`;
}

/** The default `--cache-location` of the lint cache, relative to the working directory. */
export const DEFAULT_CACHE_LOCATION = '.otvet-cache';

/** What the lint cache knows of a file from an earlier run: its {@link fileStamp} then, and the digest of its bytes. */
export interface KnownFile {
  stamp: string;
  hash: string;
}

/** A binary input's bytes (a workbook to import), with the messages of a file that is missing or unreadable. */
export function readBinary(abs: string, display: string): Buffer {
  return readBytes(abs, display);
}

function readText(abs: string, display: string, overrides?: Overrides): { text: string; bom: boolean } {
  return decodeOrThrow(readBytes(abs, display, overrides), display);
}

/**
 * A file for the lint cache: its bytes checked (as {@link readText} does) and digested, its text
 * decoded on first use, which a file whose result is in the cache may never need.
 */
function readLazily(abs: string, path: string, overrides?: Overrides, known?: KnownFile): SourceText {
  const given = overrides?.get(abs);
  const stat = given ? undefined : statInput(abs, path);
  const stamp = stat && fileStamp(stat);
  // The same metadata as when the cache took the file's digest: the same content, not read now.
  if (stamp !== undefined && known?.stamp === stamp) return stampedSource(abs, path, known.hash, stamp);
  const bytes = given ?? readInput(abs, path);
  const plain = plainUtf8(bytes);
  const digest = sha256Hex(bytes);
  const stamped = stamp === undefined ? {} : { stamp };
  // Anything else is decoded now, to say what is wrong with it (or to read it as it is).
  if (!plain) return { path, ...decodeOrThrow(bytes, path), digest, ...stamped };
  let body: Buffer | undefined = plain.body;
  let text: string | undefined;
  return {
    path,
    bom: plain.bom,
    digest,
    ...stamped,
    get text(): string {
      if (text === undefined) {
        text = body!.toString('utf8');
        body = undefined;
      }
      return text;
    },
  };
}

/**
 * A file known to the cache by its stamp: read only if its text is needed (a finding to show),
 * and then checked against the digest (it may have changed since this run began).
 */
function stampedSource(abs: string, path: string, digest: string, stamp: string): SourceText {
  let read: { text: string; bom: boolean } | undefined;
  const load = (): { text: string; bom: boolean } => {
    if (!read) {
      const bytes = readBytes(abs, path);
      if (sha256Hex(bytes) !== digest) throw new UserError(cliMessages['changed-while-reading'], { path });
      read = decodeOrThrow(bytes, path);
    }
    return read;
  };
  return {
    path,
    digest,
    stamp,
    get text(): string {
      return load().text;
    },
    get bom(): boolean {
      return load().bom;
    },
  };
}

function decodeOrThrow(bytes: Buffer, display: string): { text: string; bom: boolean } {
  const decoded = decodeText(bytes);
  if (isDecodeFailure(decoded)) {
    const where = { path: display, line: decoded.line, column: decoded.column };
    if (decoded.problem) throw new UserError(cliMessages[decoded.problem], {}, where);
    const guessKey = decoded.guess ? (`guess-${decoded.guess}` as const) : undefined;
    const guess = guessKey ? cliMessages[guessKey] : { en: '', zh: '', ru: '' };
    const message = {
      en: cliMessages['not-utf8'].en.replace('{guess}', guess.en),
      zh: cliMessages['not-utf8'].zh.replace('{guess}', guess.zh),
      ru: cliMessages['not-utf8'].ru.replace('{guess}', guess.ru),
    };
    throw new UserError(message, {}, where);
  }
  return decoded;
}

/** Whether `file` (under `cwd`) is reached through a directory symlink to a directory above the link (`up -> ..`). */
function throughLoop(file: string, cwd: string): boolean {
  if (!isInside(dirname(file), cwd)) return false;
  let dir = cwd;
  for (const part of relative(cwd, dirname(file)).split(sep)) {
    if (part === '') continue;
    dir = join(dir, part);
    try {
      if (lstatSync(dir).isSymbolicLink() && isInside(dirname(dir), realpathSync(dir))) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Matches of globs, absolute, each file once. Symlinked directories are followed, except one
 * that points back up the tree (`up -> ..`: a loop, whose files are found on their own path or
 * not meant); a file reached twice otherwise (two links to one directory, a symlink to another
 * file) is kept under its shortest path.
 */
async function globFiles(patterns: string[], cwd: string, ignore: string[] = IGNORE): Promise<string[]> {
  const matches = (await glob(patterns, { cwd, absolute: true, ignore, onlyFiles: true })).map((m) => resolve(m));
  const byReal = new Map<string, string>();
  const depth = (p: string): number => p.split(sep).length;
  for (const m of matches.sort()) {
    let real: string;
    try {
      real = realpathSync(m);
    } catch {
      real = m;
    }
    if (real !== m && throughLoop(m, cwd)) continue;
    const kept = byReal.get(real);
    if (kept === undefined || depth(m) < depth(kept)) byReal.set(real, m);
  }
  return [...byReal.values()];
}

/** Globs relative to `root` of files to leave out of a search: `!` patterns dropped. */
const positive = (patterns: readonly string[] | undefined): string[] => (patterns ?? []).filter((p) => !p.startsWith('!'));

/**
 * The files the config's `templates` globs match, absolute (none is not an error here). The
 * config file and the files its `glossary` and `phrasebooks` globs match are never templates,
 * even when a glob as wide as `**\/*.yaml` matches them.
 */
export async function configTemplates(loaded: LoadedConfig): Promise<string[]> {
  const ignore = [...IGNORE, ...positive(loaded.config.glossary), ...positive(loaded.config.phrasebooks)];
  if (loaded.path) ignore.push(relative(loaded.root, loaded.path).split(sep).join('/'));
  return globFiles(loaded.config.templates, loaded.root, ignore);
}

/**
 * Whether the config's `templates` globs take in `abs`, by its path alone (it need not exist: an
 * editor's new buffer), with the exceptions of {@link configTemplates}: the config itself, the
 * glossary and phrasebook files, node_modules, dist and .git, and the globs' own `!` patterns.
 */
export function isConfigTemplate(loaded: LoadedConfig, abs: string): boolean {
  const rel = relative(loaded.root, abs).split(sep).join('/');
  if (rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return false;
  const { templates, glossary, phrasebooks } = loaded.config;
  const ignore = [...IGNORE, ...positive(glossary), ...positive(phrasebooks), ...templates.filter((p) => p.startsWith('!')).map((p) => p.slice(1))];
  if (loaded.path) ignore.push(relative(loaded.root, loaded.path).split(sep).join('/'));
  return picomatch(positive(templates))(rel) && !picomatch(ignore)(rel);
}

/** A directory's or glob's YAML files, without config files (a config is never a template). */
const notConfig = (files: string[]): string[] => files.filter((f) => basename(f) !== CONFIG_FILE);

/** Resolve CLI paths (files, directories, globs) or the config's globs to sorted absolute paths. */
export async function resolveFiles(cwd: string, paths: string[], loaded: LoadedConfig | undefined, options: { unmatched?: 'error' | 'skip' } = {}): Promise<string[]> {
  const found = new Set<string>();
  // `--no-error-on-unmatched-pattern`: a path or pattern that matches nothing is passed over.
  const unmatched = (error: UserError): void => {
    if (options.unmatched !== 'skip') throw error;
  };
  if (paths.length === 0) {
    const templates = loaded ?? { config: defaultConfig(), root: cwd };
    const matches = await configTemplates(templates);
    if (matches.length === 0) unmatched(new UserError(cliMessages['no-files'], { patterns: templates.config.templates.join(', ') }));
    for (const m of matches) found.add(m);
  } else {
    for (const p of paths) {
      const abs = isAbsolute(p) ? p : resolve(cwd, p);
      if (existsSync(abs)) {
        if (statSync(abs).isDirectory()) {
          const matches = notConfig(await globFiles(['**/*.yaml', '**/*.yml'], abs));
          if (matches.length === 0) unmatched(new UserError(cliMessages['no-files'], { patterns: `${p}/**/*.yaml` }));
          for (const m of matches) found.add(m);
        } else found.add(abs);
      } else if (isDynamicPattern(p)) {
        const matches = notConfig(await globFiles([p], cwd));
        if (matches.length === 0) unmatched(new UserError(cliMessages['no-files'], { patterns: p }));
        for (const m of matches) found.add(m);
      } else {
        unmatched(new UserError(cliMessages['not-found'], { path: p }));
      }
    }
  }
  return [...found].sort((a, b) => (displayPath(a, cwd) < displayPath(b, cwd) ? -1 : 1));
}

/**
 * Read and decode every file; all unreadable files are reported together. `lazy` (for the lint
 * cache): each file gets the digest of its bytes, and a text decoded on first use; a file whose
 * stamp is the one the cache knows (`known`, by path) gets the digest it knows, unread.
 */
export function readSources(cwd: string, files: string[], options: { lazy?: boolean; overrides?: Overrides; known?: ReadonlyMap<string, KnownFile> } = {}): SourceText[] {
  const errors: UserError[] = [];
  const out: SourceText[] = [];
  for (const abs of files) {
    const path = displayPath(abs, cwd);
    try {
      if (options.lazy) {
        out.push(readLazily(abs, path, options.overrides, options.known?.get(path)));
        continue;
      }
      const { text, bom } = readText(abs, path, options.overrides);
      out.push({ path, text, bom });
    } catch (error) {
      if (error instanceof UserError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length) throw new UserErrors(errors);
  return out;
}

/**
 * Whether some pattern's static base directory («glossary» of «glossary/**\/*.yaml») exists; a
 * negated pattern counts as existing (it cannot be judged alone).
 */
function anyGlobBaseExists(patterns: readonly string[], root: string): boolean {
  return patterns.some((pattern) => {
    if (pattern.startsWith('!')) return true;
    const base: string[] = [];
    for (const part of pattern.split('/')) {
      if (isDynamicPattern(part)) break;
      base.push(part);
    }
    return existsSync(resolve(root, base.join('/') || '.'));
  });
}

/**
 * The glossary named by the config (`glossary:` globs), read, validated and
 * checked for consistency; every problem is reported at its line and column.
 * No matching file means no glossary (the default globs need not match).
 */
export async function loadGlossaryEntries(cwd: string, loaded: LoadedConfig): Promise<unknown[]> {
  // Most projects have no glossary directory: a stat spares the directory walk.
  if (!anyGlobBaseExists(loaded.config.glossary, loaded.root)) return [];
  const matches = (await globFiles(loaded.config.glossary, loaded.root)).sort();
  if (matches.length === 0) return [];
  const { loadGlossary } = await import('@otvet/glossary');
  const { entries, problems } = loadGlossary(readSources(cwd, matches));
  if (problems.length) throw new UserErrors(problems);
  return entries;
}

const dataMessages = {
  yaml: { en: 'Not valid YAML: {detail}.', zh: '不是有效的 YAML：{detail}。', ru: 'Некорректный YAML: {detail}.' },
  invalid: { en: 'Invalid {kind} file: {detail}.', zh: '{kind}文件无效：{detail}。', ru: 'Неверный файл {kind}: {detail}.' },
};

/** What a data file is, in the words of each language (Russian in the genitive: «файл словаря фраз»). */
const KIND_NAMES: Record<string, Localized> = {
  phrasebook: { en: 'phrasebook', zh: '短语库', ru: 'словаря фраз' },
};

/** The message that a data file of `kind` is invalid, its kind named in each language and `detail` filled. */
function invalidData(kind: string, detail: Localized, prefix: string): Localized {
  return fillSlots(dataMessages.invalid, { kind: KIND_NAMES[kind] ?? kind, detail: joinLocalized(prefix, detail) });
}

/**
 * A plainer account of a value the schema rejected (a phrase pattern's mistake and its place in
 * the pattern), or undefined to keep the schema's message.
 */
export type ResourceExplainer = (kind: string, instancePath: string, value: unknown) => { detail: Localized; offset: number; length: number } | undefined;

/**
 * Extra rule data named in the config (`phrasebooks:` → kind `phrasebook`,
 * `dictionaries:` → kind `dictionary`): each file is read, parsed and validated
 * (YAML against its schema; word lists line by line); every problem is reported
 * at its line and column. Returns the entries (words) by kind. `validators` gives the schemas'
 * validators by kind; it is called only when the config names such files.
 */
export async function loadResources(
  cwd: string,
  loaded: LoadedConfig,
  validators: () => Promise<Readonly<Record<string, ValidateFunction>>>,
  explain?: ResourceExplainer,
): Promise<Record<string, unknown[]>> {
  const kinds: [string, string, string[] | undefined][] = [
    ['phrasebook', 'phrasebooks', loaded.config.phrasebooks],
    ['dictionary', 'dictionaries', loaded.config.dictionaries],
  ];
  const out: Record<string, unknown[]> = {};
  const errors: UserError[] = [];
  for (const [kind, key, patterns] of kinds) {
    if (!patterns?.length) continue;
    const matches = (await globFiles(patterns, loaded.root)).sort();
    if (matches.length === 0) throw new UserError(cliMessages['no-data-files'], { patterns: patterns.join(', '), key });
    const validate = (await validators())[kind];
    for (const abs of matches) {
      const path = displayPath(abs, cwd);
      const { text } = readText(abs, path);
      if (kind === 'dictionary') {
        try {
          (out[kind] ??= []).push(...parseWordList(path, text));
        } catch (error) {
          if (!(error instanceof UserErrors)) throw error;
          errors.push(...error.errors);
        }
        continue;
      }
      const lines = new LineIndex(text);
      const at = (offset: number): { path: string; line: number; column: number } => ({ path, ...lines.point(offset) });
      const doc = parseYamlDocument(text, { prettyErrors: false });
      const limit = yamlLimitError(doc, text, path);
      if (limit) {
        errors.push(limit);
        continue;
      }
      if (doc.errors.length) {
        for (const e of doc.errors) errors.push(new UserError(dataMessages.yaml, { detail: e.message.replace(/\s*at line[\s\S]*$/u, '') }, at(e.pos[0])));
        continue;
      }
      const data: unknown = doc.toJS({ maxAliasCount: -1 });
      if (validate && !validate(data)) {
        for (const e of validate.errors ?? []) {
          const parts = e.instancePath.split('/').slice(1);
          const node = doc.getIn(parts, true) as { range?: [number, number, number]; value?: unknown } | undefined;
          const plain = e.keyword === 'pattern' ? explain?.(kind, e.instancePath, node?.value) : undefined;
          if (plain && node?.range) {
            // The place of the mistake inside the scalar (after its opening quote, if any).
            const quoted = text[node.range[0]] === '"' || text[node.range[0]] === "'" ? 1 : 0;
            errors.push(new UserError(invalidData(kind, plain.detail, `${e.instancePath} `), {}, at(node.range[0] + quoted + plain.offset)));
            continue;
          }
          errors.push(new UserError(invalidData(kind, schemaDetail(e), `${e.instancePath || '/'}: `), {}, at(node?.range?.[0] ?? 0)));
        }
        continue;
      }
      const entries = (data as { entries?: unknown[] } | null)?.entries;
      if (Array.isArray(entries)) (out[kind] ??= []).push(...entries);
    }
  }
  if (errors.length) throw new UserErrors(errors);
  return out;
}
