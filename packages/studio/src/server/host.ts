/**
 * The studio's engine, made from what the CLI hands over: its own functions (config loading, lint,
 * `--fix`'s safe write, `otvet pack`, `otvet verify`, `otvet glossary add`) and the workspace
 * packages' (passed as they are, never bundled a second time). Everything that puts them together
 * for the studio is here, in the studio's own file, so that the CLI's bundle (read on every
 * `otvet lint`) carries no more than the list of references.
 */
import { join, relative, sep } from 'node:path';
import type * as Core from '@otvet/core';
import type * as Glossary from '@otvet/glossary';
import type * as Pack from '@otvet/pack';
import type { Lang, LoadedConfig, SourceText, UserError } from '@otvet/core';
import type { GlossaryOverview, TermInput } from '../api-types.js';
import type { StudioEngine, StudioProject, WriteRefusal } from './engine.js';

/** What the CLI's commands write to (its `Io`). */
export interface HostIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

/** `otvet glossary add`'s options (variants separated by `|`). */
export interface HostAddOptions {
  id: string;
  zh?: string;
  ru?: string;
  forbidden?: string;
  en?: string;
  note?: string;
  domain?: string;
  status?: string;
  translate?: boolean;
  file?: string;
}

export interface StudioHost {
  /** The directory `otvet studio` was started in, and its `--config`. */
  cwd: string;
  config: string | undefined;
  prepareProjects(cwd: string, paths: string[], options: { config?: string; overrides: ReadonlyMap<string, Buffer>; configOptions: { fresh: boolean } }, lang: Lang): Promise<StudioProject[]>;
  lintProject(project: StudioProject): ReturnType<StudioEngine['lint']>;
  writeFixed(path: string, content: string, expected: string): WriteRefusal | undefined;
  formatUserError(error: UserError, lang: Lang): string;
  /** The short name of a verdict (`otvet pack`'s), and an error rate as the CLI prints it. */
  verdictLabel(lang: Lang, verdict: 'pass' | 'revise' | 'reject' | 'unchecked'): string;
  formatRate(rate: number): string;
  glob(patterns: string[], options: { cwd: string; absolute: true; ignore: string[]; onlyFiles: true }): Promise<string[]>;
  readSources(cwd: string, files: string[]): SourceText[];
  runPack(options: { config?: string; sinceFormat: string; zip?: boolean }, io: HostIo, lang: Lang): Promise<number>;
  runVerify(path: string, io: HostIo, lang: Lang): number;
  glossaryAdd(io: HostIo, lang: Lang, loaded: LoadedConfig, options: HostAddOptions): Promise<number>;
  core: StudioEngine['core'] & Pick<typeof Core, 'localize' | 'UserError' | 'UserErrors'>;
  glossary: Pick<typeof Glossary, 'GlossaryIndex' | 'glossaryMessages' | 'loadGlossary' | 'STATUSES' | 'toRawTerm' | 'validateEntries' | 'validateGlossary'>;
  pack: Pick<typeof Pack, 'findBlockers'>;
}

const IGNORE = ['**/node_modules/**', '**/dist/**', '**/.git/**'];

const termInput = (e: Glossary.GlossaryEntry): TermInput => ({
  id: e.id,
  zh: [...e.zh],
  ru: [...e.ru],
  forbidden: [...e.forbidden],
  en: [...e.en],
  translate: e.translate,
  status: e.status,
  ...(e.domain !== undefined ? { domain: e.domain } : {}),
  ...(e.note !== undefined ? { note: e.note } : {}),
});

/** The engine of the studio over the CLI's functions, for the project of `host.config` (or the nearest one to `host.cwd`). */
export function createEngine(host: StudioHost): StudioEngine {
  const { cwd, config, core } = host;
  const userError = (error: unknown, lang: Lang): string | undefined => {
    if (error instanceof core.UserErrors) return error.errors.map((e) => host.formatUserError(e, lang)).join('\n');
    if (error instanceof core.UserError) return host.formatUserError(error, lang);
    return undefined;
  };
  const prepare = async (overrides: ReadonlyMap<string, Buffer>, lang: Lang): Promise<StudioProject> => {
    const [project] = await host.prepareProjects(cwd, [], { ...(config !== undefined ? { config } : {}), overrides, configOptions: { fresh: true } }, lang);
    if (!project) throw new Error('no project');
    return project;
  };
  /** Output of a command, captured. */
  const capture = (dir: string): { io: HostIo; text: () => string } => {
    let text = '';
    const write = (chunk: string): void => void (text += chunk);
    return { io: { cwd: dir, env: process.env, stdout: write, stderr: write, color: false }, text: () => text };
  };
  /** The config's glossary, read and checked as `otvet glossary check` does (no files: an empty glossary). */
  const glossaryBase = async (lang: Lang): Promise<ReturnType<typeof Glossary.loadGlossary>> => {
    const { loaded } = await prepare(new Map(), lang);
    const paths = (await host.glob(loaded.config.glossary, { cwd: loaded.root, absolute: true, ignore: IGNORE, onlyFiles: true })).sort();
    return host.glossary.loadGlossary(host.readSources(loaded.root, paths));
  };

  return {
    prepare,
    lint: (project) => host.lintProject(project),
    writeFixed: (path, content, expected) => host.writeFixed(path, content, expected),
    describeRule: (project, id, lang) => project.lintOptions.catalog.rules.get(id)?.meta.description[lang],
    userError,
    core,
    preflight: (project, result, lang) =>
      host.pack
        .findBlockers(result, project.loaded.config, { allowRevise: false, verdictLabel: (v) => host.verdictLabel(lang, v), rateLabel: host.formatRate })
        .map((b) => ({ ...(b.templateId !== undefined ? { templateId: b.templateId } : {}), message: core.localize(b.message, lang, b.data) })),
    buildPack: async (zip, lang) => {
      const run = capture(cwd);
      let code: number;
      try {
        code = await host.runPack({ ...(config !== undefined ? { config } : {}), sinceFormat: 'text', zip }, run.io, lang);
      } catch (error) {
        const message = userError(error, lang);
        if (message === undefined) throw error;
        return { code: 2, output: run.text() + message };
      }
      if (code !== 0) return { code, output: run.text() };
      const { loaded } = await prepare(new Map(), lang);
      const name = `${loaded.config.pack?.name}-${loaded.config.pack?.version}`;
      const abs = join(loaded.root, 'dist', name);
      const dir = relative(cwd, abs).split(sep).join('/');
      const verify = capture(cwd);
      const verifyCode = host.runVerify(dir, verify.io, lang);
      return { code, output: run.text(), dir, verify: { code: verifyCode, output: verify.text() }, ...(zip ? { zip: `${name}.zip`, zipPath: join(abs, `${name}.zip`) } : {}) };
    },
    glossary: async (lang, query) => {
      const base = await glossaryBase(lang);
      const overview: GlossaryOverview = {
        files: base.files.map((f) => f.path),
        entries: base.entries.map((e) => ({ ...termInput(e), ...(e.source ? { where: `${e.source.path}:${e.source.line}` } : {}) })),
        problems: base.problems.map((p) => host.formatUserError(p, lang)),
      };
      if (query !== undefined && query.trim() !== '') overview.matches = new host.glossary.GlossaryIndex(base.entries, { statuses: host.glossary.STATUSES }).lookup(query.trim()).map((e) => e.id);
      return overview;
    },
    checkTerm: async (entry, lang) => {
      const base = await glossaryBase(lang);
      const { validateGlossary, validateEntries, toRawTerm, glossaryMessages } = host.glossary;
      if (!validateGlossary({ terms: [toRawTerm(entry)] })) {
        const e = validateGlossary.errors?.[0];
        return [host.formatUserError(new core.UserError(glossaryMessages.schema, { detail: `${e?.instancePath ?? ''} ${e?.message ?? ''}`.trim() }), lang)];
      }
      // What the new entry adds to the problems the glossary already has.
      const before = new Set(validateEntries(base.entries).map((p) => host.formatUserError(p, lang)));
      return validateEntries([...base.entries, entry]).map((p) => host.formatUserError(p, lang)).filter((p) => !before.has(p));
    },
    addTerm: async (entry, file, lang) => {
      const { loaded } = await prepare(new Map(), lang);
      const run = capture(loaded.root);
      const options: HostAddOptions = { id: entry.id, status: entry.status, translate: entry.translate };
      for (const key of ['zh', 'ru', 'forbidden', 'en'] as const) if (entry[key].length) options[key] = entry[key].join('|');
      if (entry.domain !== undefined) options.domain = entry.domain;
      if (entry.note !== undefined) options.note = entry.note;
      if (file !== undefined) options.file = file;
      try {
        const code = await host.glossaryAdd(run.io, lang, loaded, options);
        return { ok: code === 0, message: run.text().trim() };
      } catch (error) {
        return { ok: false, message: userError(error, lang) ?? String(error) };
      }
    },
  };
}
