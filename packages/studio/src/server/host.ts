/**
 * The studio's engine, made from what the CLI hands over: its own functions (config loading, lint,
 * `--fix`'s safe write, `otvet pack`, `otvet verify`, `otvet glossary add`) and the workspace
 * packages' (passed as they are, never bundled a second time). Everything that puts them together
 * for the studio is here, in the studio's own file, so that the CLI's bundle (read on every
 * `otvet lint`) carries no more than the list of references.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import type * as Core from '@otvet/core';
import type * as Glossary from '@otvet/glossary';
import type * as Pack from '@otvet/pack';
import type { Lang, LoadedConfig, SourceText, UserError } from '@otvet/core';
import type { GlossaryOverview, PackDiff, SharedTexts, TemplateRef, TermInput, TermStatus } from '../api-types.js';
import type { StudioEngine, StudioProject, WriteRefusal } from './engine.js';
import { removeItem, replaceItem } from './list-edit.js';
import { refusalText, serverText } from './messages.js';
import { digest } from './workspace.js';

/** What the CLI's commands write to (its `Io`). */
export interface HostIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

/** `otvet glossary add`'s options (variants separated by `|`). */
export type HostAddOptions = Glossary.GlossaryAddOptions;

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
  glossaryImport(io: HostIo, lang: Lang, loaded: LoadedConfig, input: string, options: { format?: string; file?: string }): Promise<number>;
  glossaryExport(io: HostIo, lang: Lang, loaded: LoadedConfig, options: { format?: string; out?: string }): Promise<number>;
  /** `otvet glossary stats`' figures, and by entry id the templates that use it (paths relative to `cwd`). */
  glossaryCoverage(cwd: string, loaded: LoadedConfig, top: number): Promise<{ byStatus: Record<TermStatus, number>; unused: string[]; missing: [string, number][]; uses: Map<string, { path: string; index: number; id: string }[]> }>;
  /** The CLI's words for verdicts, counts and `--since`'s headings. */
  sharedTexts(lang: Lang): SharedTexts;
  /** The heading of `otvet pack --since`'s report. */
  changesHeading(lang: Lang, old: string, unchanged: number): string;
  core: StudioEngine['core'] & Pick<typeof Core, 'localize' | 'UserError' | 'UserErrors'>;
  glossary: Pick<typeof Glossary, 'GlossaryIndex' | 'glossaryMessages' | 'loadGlossary' | 'STATUSES' | 'toRawTerm' | 'validateEntries' | 'validateGlossary'>;
  pack: Pick<typeof Pack, 'findBlockers' | 'collectTemplates' | 'diffPacks' | 'readPackTemplates' | 'formatChangesMarkdown' | 'basePackLabel'>;
}

/** The largest glossary file taken for import. */
export const MAX_UPLOAD = 2 << 20;

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
      const { loaded } = await prepare(new Map(), lang);
      const bases: Record<string, string> = {};
      for (const f of base.files) bases[f.path] = digest(readFileSync(join(loaded.root, f.path)));
      const overview: GlossaryOverview = {
        bases,
        usage: {},
        files: base.files.map((f) => f.path),
        entries: base.entries.map((e) => ({ ...termInput(e), ...(e.source ? { where: `${e.source.path}:${e.source.line}` } : {}) })),
        problems: base.problems.map((p) => host.formatUserError(p, lang)),
      };
      if (query !== undefined && query.trim() !== '') overview.matches = new host.glossary.GlossaryIndex(base.entries, { statuses: host.glossary.STATUSES }).lookup(query.trim()).map((e) => e.id);
      return overview;
    },
    checkTerm: async (entry, lang, replacing) => {
      const base = await glossaryBase(lang);
      const { validateGlossary, validateEntries, toRawTerm, glossaryMessages } = host.glossary;
      if (!validateGlossary({ terms: [toRawTerm(entry)] })) {
        const e = validateGlossary.errors?.[0];
        return [host.formatUserError(new core.UserError(glossaryMessages.schema, { detail: `${e?.instancePath ?? ''} ${e?.message ?? ''}`.trim() }), lang)];
      }
      // What the new entry adds to the problems the glossary already has.
      const before = new Set(validateEntries(base.entries).map((p) => host.formatUserError(p, lang)));
      const at = replacing === undefined ? -1 : base.entries.findIndex((e) => e.id === replacing);
      const after = at < 0 ? [...base.entries, entry] : base.entries.map((e, i) => (i === at ? { ...entry, ...(e.source ? { source: e.source } : {}) } : e));
      return validateEntries(after).map((p) => host.formatUserError(p, lang)).filter((p) => !before.has(p));
    },
    writeTerm: async (id, entry, base, lang) => {
      const { loaded } = await prepare(new Map(), lang);
      const glossary = await glossaryBase(lang);
      const old = glossary.entries.find((e) => e.id === id);
      const file = glossary.files.find((f) => f.path === old?.source?.path);
      if (!old || !file) return { status: 'error', message: serverText(lang, 'no-term', { id }) };
      const abs = join(loaded.root, file.path);
      const bytes = readFileSync(abs);
      if (digest(bytes) !== base) return { status: 'conflict', message: serverText(lang, 'glossary-conflict', { path: file.path }) };
      if (entry) {
        const problems = await createEngine(host).checkTerm(entry, lang, id);
        if (problems.length) return { status: 'error', message: problems.join('\n') };
      }
      const [source] = host.readSources(loaded.root, [abs]);
      const text = source!.text;
      const i = file.entries.indexOf(old);
      const raw = entry ? (host.glossary.toRawTerm(entry) as unknown as Record<string, unknown>) : undefined;
      const next = raw ? replaceItem(core.parseTemplateDocument, text, 'terms', i, raw) : removeItem(core.parseTemplateDocument, text, 'terms', i);
      if (next === undefined) return { status: 'error', message: serverText(lang, 'file-unwritable', { path: file.path }) };
      const prefix = source!.bom ? '\uFEFF' : '';
      const refusal = host.writeFixed(abs, prefix + next, prefix + text);
      if (refusal?.reason === 'changed') return { status: 'conflict', message: serverText(lang, 'glossary-conflict', { path: file.path }) };
      if (refusal) return { status: 'error', message: refusalText(lang, file.path, refusal) };
      return { status: 'saved', message: serverText(lang, entry ? 'term-saved' : 'term-removed', { id, path: file.path }) };
    },
    importTerms: async (name, bytes, file, lang) => {
      const { loaded } = await prepare(new Map(), lang);
      // Only the extension of the name given is used: the file is written where the studio chooses.
      const ext = extname(name).slice(1).toLowerCase().replace(/[^a-z0-9]/gu, '').slice(0, 8);
      const shown = `${name.split(/[\\/]/u).pop()!.replace(/[^\p{L}\p{N} ._-]/gu, '_').slice(-80) || 'upload'}`;
      const dir = mkdtempSync(join(tmpdir(), 'otvet-studio-'));
      const input = join(dir, `upload${ext ? `.${ext}` : ''}`);
      try {
        writeFileSync(input, bytes);
        const run = capture(loaded.root);
        const hide = (text: string): string => text.split(relative(loaded.root, input).split(sep).join('/')).join(shown).split(input).join(shown);
        try {
          const code = await host.glossaryImport(run.io, lang, loaded, input, file === undefined ? {} : { file });
          return code === 0 ? { status: 'saved', message: hide(run.text().trim()) } : { status: 'error', message: hide(run.text().trim()) };
        } catch (error) {
          const message = userError(error, lang);
          if (message === undefined) throw error;
          return { status: 'error', message: hide(message) };
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    exportTerms: async (format, lang) => {
      const { loaded } = await prepare(new Map(), lang);
      const dir = mkdtempSync(join(tmpdir(), 'otvet-studio-'));
      const name = `glossary.${format.replace(/[^a-z]/gu, '')}`;
      try {
        const run = capture(loaded.root);
        try {
          await host.glossaryExport(run.io, lang, loaded, { format, out: join(dir, name) });
        } catch (error) {
          const message = userError(error, lang);
          if (message === undefined) throw error;
          return { message };
        }
        const type = format === 'csv' ? 'text/csv; charset=utf-8' : format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/x-tbx+xml; charset=utf-8';
        return { bytes: readFileSync(join(dir, name)), name, type };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    coverage: async (lang) => {
      const { loaded } = await prepare(new Map(), lang);
      let found: Awaited<ReturnType<StudioHost['glossaryCoverage']>>;
      try {
        found = await host.glossaryCoverage(loaded.root, loaded, 20);
      } catch (error) {
        if (userError(error, lang) !== undefined) return undefined;
        throw error;
      }
      const uses: Record<string, TemplateRef[]> = {};
      for (const [id, refs] of found.uses) uses[id] = refs.map((r) => ({ file: r.path, index: r.index, id: r.id }));
      return { stats: { byStatus: found.byStatus, unused: found.unused, missing: found.missing }, uses };
    },
    packDiff: async (project, result, lang) => {
      const { loaded } = project;
      // The last pack: the newest one written under dist/ (where `otvet pack` writes).
      const packs = await host.glob(['dist/*/templates.json'], { cwd: loaded.root, absolute: true, ignore: IGNORE.filter((p) => !p.includes('dist')), onlyFiles: true });
      const newest = packs.map((p) => ({ p, t: statSync(p).mtimeMs })).sort((a, b) => b.t - a.t)[0]?.p;
      const diff: PackDiff = { added: [], removed: [], changed: [], unchanged: 0 };
      if (newest === undefined) return diff;
      const dir = join(newest, '..');
      const label = host.pack.basePackLabel(dir, loaded.root);
      const changes = host.pack.diffPacks(host.pack.readPackTemplates(dir, label), host.pack.collectTemplates(result, loaded.config));
      const { changes: words } = host.sharedTexts(lang);
      const heading = host.changesHeading(lang, label, changes.unchanged);
      const brief = (t: { id: string; title?: string }): { id: string; title?: string } => ({ id: t.id, ...(t.title !== undefined ? { title: t.title } : {}) });
      return {
        base: label,
        heading,
        added: changes.added.map(brief),
        removed: changes.removed.map(brief),
        changed: changes.changed.map((c) => ({ ...brief(c), fields: c.fields.map((f) => ({ field: f.field, parts: f.parts })) })),
        unchanged: changes.unchanged,
        markdown: host.pack.formatChangesMarkdown(changes, { heading, ...words }),
      };
    },
    sharedTexts: (lang) => host.sharedTexts(lang),
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

