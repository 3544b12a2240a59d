/**
 * What the studio's API does with the pack: the template list with verdicts, one template with
 * its findings in its texts' own offsets, a lint of unsaved texts (with the whole pack, so the
 * pack-wide rules see them), and saving through `--fix`'s checks and safe write, refused when the
 * file changed on disk since it was read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileResult, Lang, OtvetMessage, PlaceholderDeclaration, TemplateEntry } from '@otvet/core';
import type { FindingView, GlossaryOverview, Overview, PackDiff, SaveRequest, SaveResponse, TemplateChangeResponse, TemplateRow, TemplateView, TermUsage, VerdictName } from '../api-types.js';
import { editTexts, valueIndex } from './edit.js';
import { appendItem, duplicateItem, removeItem } from './list-edit.js';
import type { StudioEngine, StudioProject } from './engine.js';
import { refusalText, serverText } from './messages.js';

export const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A request the pack cannot answer (unknown file or template): the server says 404. */
export class NotFound extends Error {}

const textsOf = (entry: TemplateEntry): Record<string, string> => Object.fromEntries([...entry.texts].map(([locale, t]) => [locale, t.map.value]));

function span(m: OtvetMessage): { start?: number; end?: number } {
  return m.place && 'start' in m.place ? { start: m.place.start.offset, end: m.place.end.offset } : {};
}

function position(m: OtvetMessage): { line: number; column: number } {
  const start = m.place && 'start' in m.place ? m.place.start : m.place;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

export class Workspace {
  constructor(private readonly engine: StudioEngine) {}

  async overview(lang: Lang): Promise<Overview> {
    const project = await this.engine.prepare(new Map(), lang);
    const result = this.engine.lint(project);
    const { config } = project.loaded;
    const templates: TemplateRow[] = [];
    const fileProblems: Overview['fileProblems'] = [];
    for (const f of result.files) {
      f.file.templates.forEach((entry, i) => {
        const score = f.templates[i];
        const own = f.messages.filter((m) => m.templateIndex === entry.index);
        templates.push({
          file: f.path,
          index: entry.index,
          id: entry.id,
          ...(entry.title !== undefined ? { title: entry.title } : {}),
          texts: textsOf(entry),
          verdict: (score?.verdict ?? 'unchecked') as VerdictName,
          errorRate: score?.errorRate ?? 0,
          findings: own.length,
          rules: [...new Set(own.map((m) => m.ruleId))].sort(),
        });
      });
      for (const m of f.messages) if (m.templateIndex === undefined) fileProblems.push({ file: f.path, message: m.reason, line: position(m).line });
    }
    const { summary } = result;
    return {
      name: config.pack?.name ?? '',
      source: config.source,
      target: config.target,
      files: result.files.map((f) => f.path),
      templates,
      pack: { verdict: summary.verdict as VerdictName, errorRate: summary.errorRate, templates: summary.templates, errors: summary.errors, warnings: summary.warnings },
      fileProblems,
      ...(config.pack?.name && config.pack.version ? { packName: { name: config.pack.name, version: config.pack.version } } : {}),
      blockers: this.engine.preflight(project, result, lang),
      bases: Object.fromEntries(project.sources.map((s) => [s.path, digest(readFileSync(resolve(project.root, s.path)))])),
      texts: this.engine.sharedTexts(lang),
    };
  }

  /** The glossary, with each term's templates: those that use it, and the glossary rules' findings on it. */
  async glossary(lang: Lang, query: string | undefined): Promise<GlossaryOverview> {
    const overview = await this.engine.glossary(lang, query);
    const coverage = await this.engine.coverage(lang);
    const usage: Record<string, TermUsage> = {};
    const of = (id: string): TermUsage => (usage[id] ??= { uses: [], violations: [] });
    for (const [id, refs] of Object.entries(coverage?.uses ?? {})) of(id).uses.push(...refs);
    const result = this.engine.lint(await this.engine.prepare(new Map(), lang));
    for (const f of result.files) {
      for (const m of f.messages) {
        const id = m.data?.id;
        if ((m.ruleId !== 'glossary-term' && m.ruleId !== 'glossary-forbidden') || typeof id !== 'string' || m.templateIndex === undefined) continue;
        const entry = f.file.templates.find((t) => t.index === m.templateIndex);
        if (entry) of(id).violations.push({ file: f.path, index: entry.index, id: entry.id, ruleId: m.ruleId, message: m.reason });
      }
    }
    return { ...overview, usage, ...(coverage ? { stats: coverage.stats } : {}) };
  }

  /** The word diff against the last pack built. */
  async packDiff(lang: Lang): Promise<PackDiff> {
    const project = await this.engine.prepare(new Map(), lang);
    return this.engine.packDiff(project, this.engine.lint(project), lang);
  }

  /**
   * A new template (`index` undefined: appended, with `texts`), a copy of template `index` (with
   * `texts` undefined), or its removal (`id` undefined) in `file`, written as saves are: the
   * list's lines only, atomically, and not over a file that is no longer `base`.
   */
  async changeTemplates(request: { file: string; index?: number; id?: string; texts?: Record<string, string>; base: string; lang: Lang }): Promise<TemplateChangeResponse> {
    const { file, index, id, texts, base, lang } = request;
    const project = await this.engine.prepare(new Map(), lang);
    const source = project.sources.find((s) => s.path === file);
    if (!source) return { status: 'error', message: serverText(lang, 'not-in-pack', { path: file }) };
    const abs = resolve(project.root, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch {
      return { status: 'conflict', message: serverText(lang, 'file-conflict', { path: file }) };
    }
    if (digest(bytes) !== base) return { status: 'conflict', message: serverText(lang, 'file-conflict', { path: file }) };
    const result = this.engine.lint(project);
    if (id !== undefined) {
      if (!/^[a-z0-9][a-z0-9-]*$/u.test(id) || id.length > 100) return { status: 'error', message: serverText(lang, 'bad-template-id', { id }) };
      for (const f of result.files) {
        const taken = f.file.templates.find((t) => t.id === id);
        if (taken) return { status: 'error', message: serverText(lang, 'taken-template-id', { id, where: f.path }) };
      }
    }
    const { core } = this.engine;
    const { text, bom } = source;
    const parsed = core.parseTemplateFile(file, text, bom, project.loaded.config.target);
    const entry = index === undefined ? undefined : parsed.templates.find((t) => t.index === index);
    if (index !== undefined && !entry) return { status: 'error', message: serverText(lang, 'no-such-template', { path: file, index }) };
    let next: string | undefined;
    let done: 'template-created' | 'template-duplicated' | 'template-deleted';
    if (index === undefined) {
      if (id === undefined || texts === undefined) return { status: 'error', message: serverText(lang, 'bad-request', { detail: 'id, texts' }) };
      const { source: from, target } = project.loaded.config;
      const ordered = Object.fromEntries([from, target].map((l) => [l, texts[l] ?? '']));
      next = appendItem(core.parseTemplateDocument, text, 'templates', { id, text: ordered });
      done = 'template-created';
    } else if (id !== undefined) {
      next = duplicateItem(core.parseTemplateDocument, text, 'templates', index, id);
      done = 'template-duplicated';
    } else {
      next = removeItem(core.parseTemplateDocument, text, 'templates', index);
      done = 'template-deleted';
    }
    if (next === undefined) return { status: 'error', message: serverText(lang, 'file-unwritable', { path: file }) };
    const prefix = bom ? '\uFEFF' : '';
    const refusal = this.engine.writeFixed(abs, prefix + next, prefix + text);
    if (refusal?.reason === 'changed') return { status: 'conflict', message: serverText(lang, 'file-conflict', { path: file }) };
    if (refusal) return { status: 'error', message: refusalText(lang, file, refusal) };
    // The pack is linted again with the change.
    const overview = await this.overview(lang);
    const made = done === 'template-deleted' ? undefined : overview.templates.find((t) => t.file === file && t.id === id);
    return { status: 'saved', message: serverText(lang, done, { id: id ?? entry?.id ?? '', path: file }), ...(made ? { template: { file, index: made.index, id: made.id } } : {}), overview };
  }

  /** The absolute path of a file of the pack (anything else is not found: no path leaves the pack). */
  private fileOf(project: StudioProject, file: string): { abs: string; text: string; bom: boolean } {
    const source = project.sources.find((s) => s.path === file);
    if (!source) throw new NotFound(file);
    return { abs: resolve(project.root, file), text: source.text, bom: source.bom };
  }

  /** One template as the file on disk has it. */
  async template(file: string, index: number, lang: Lang): Promise<TemplateView> {
    const project = await this.engine.prepare(new Map(), lang);
    const { abs } = this.fileOf(project, file);
    const base = digest(readFileSync(abs));
    return this.view(project, this.engine.lint(project), file, index, base, lang);
  }

  /** One template with unsaved texts, linted with the pack. */
  async lint(file: string, index: number, texts: Record<string, string>, base: string, lang: Lang): Promise<TemplateView | { error: string }> {
    const plain = await this.engine.prepare(new Map(), lang);
    const { abs, text, bom } = this.fileOf(plain, file);
    const edited = editTexts(this.engine.core, file, text, bom, plain.loaded.config.target, index, texts);
    if ('error' in edited) {
      if (edited.error === 'no-template') throw new NotFound(`${file}#${index}`);
      return { error: serverText(lang, edited.error === 'no-locale' ? 'no-locale' : 'unwritable', { locale: edited.locale ?? '' }) };
    }
    const project = await this.engine.prepare(new Map([[abs, Buffer.from((bom ? '\uFEFF' : '') + edited.text, 'utf8')]]), lang);
    return this.view(project, this.engine.lint(project), file, index, base, lang);
  }

  async save(request: SaveRequest): Promise<SaveResponse> {
    const { file, index, texts, base, lang } = request;
    const project = await this.engine.prepare(new Map(), lang);
    const { abs, text, bom } = this.fileOf(project, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch {
      return { status: 'conflict' };
    }
    const now = digest(bytes);
    const target = project.loaded.config.target;
    if (now !== base) {
      const entry = this.engine.core.parseTemplateFile(file, text, bom, target).templates.find((t) => t.index === index);
      return { status: 'conflict', ...(entry ? { disk: textsOf(entry) } : {}), base: now };
    }
    const edited = editTexts(this.engine.core, file, text, bom, target, index, texts);
    if ('error' in edited) {
      if (edited.error === 'no-template') throw new NotFound(`${file}#${index}`);
      return { status: 'error', message: serverText(lang, edited.error === 'no-locale' ? 'no-locale' : 'unwritable', { locale: edited.locale ?? '' }) };
    }
    if (edited.text === text) return { status: 'unchanged', template: this.view(project, this.engine.lint(project), file, index, now, lang) };
    const prefix = bom ? '\uFEFF' : '';
    const refusal = this.engine.writeFixed(abs, prefix + edited.text, prefix + text);
    if (refusal?.reason === 'changed') return { status: 'conflict', base: now };
    if (refusal) return { status: 'error', message: refusalText(lang, file, refusal) };
    // Every save lints the pack again: the pack-wide rules see the new text.
    const saved = await this.engine.prepare(new Map(), lang);
    const result = this.engine.lint(saved);
    const { summary } = result;
    return {
      status: 'saved',
      template: this.view(saved, result, file, index, digest(readFileSync(abs)), lang),
      pack: { verdict: summary.verdict as VerdictName, errorRate: summary.errorRate, templates: summary.templates, errors: summary.errors, warnings: summary.warnings },
    };
  }

  private view(project: StudioProject, result: ReturnType<StudioEngine['lint']>, file: string, index: number, base: string, lang: Lang): TemplateView {
    const f: FileResult | undefined = result.files.find((r) => r.path === file);
    const at = f?.file.templates.findIndex((t) => t.index === index) ?? -1;
    const entry = f?.file.templates[at];
    if (!f || !entry) throw new NotFound(`${file}#${index}`);
    const score = f.templates[at];
    const { source, target } = project.loaded.config;
    const locales = [...entry.texts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    function rank(locale: string): number {
      return locale === source ? 0 : locale === target ? 1 : 2;
    }
    const findings: FindingView[] = [];
    for (const m of f.messages) {
      if (m.templateIndex !== index) continue;
      const view: FindingView = { ruleId: m.ruleId, severity: m.severity, message: m.reason, ...position(m) };
      const description = this.engine.describeRule(project, m.ruleId, lang);
      if (description) view.description = description;
      const text = m.locale !== undefined ? entry.texts.get(m.locale) : undefined;
      const { start, end } = span(m);
      if (text && m.locale !== undefined && start !== undefined) {
        const from = valueIndex(text.map, start);
        const to = valueIndex(text.map, end ?? start);
        if (from !== undefined && to !== undefined) {
          view.locale = m.locale;
          view.from = from;
          view.to = Math.max(from, to);
          if (m.fix) {
            const a = valueIndex(text.map, m.fix.range[0]);
            const z = valueIndex(text.map, m.fix.range[1]);
            if (a !== undefined && z !== undefined && m.fix.range[0] >= text.map.nodeStart && m.fix.range[1] <= text.map.nodeEnd) view.fix = { from: a, to: Math.max(a, z), text: m.fix.text };
          }
          // Suggestions are target-language text: offered where they would replace target text only
          // (a glossary finding on the Chinese word suggests the Russian term for the Russian text).
          const after = text.map.value[view.to];
          const expected = (m.locale === target ? (m.expected ?? []) : [])
            .filter((e): e is string => typeof e === 'string')
            // A suggested sentence brings its own final stop: not a second one before the text's (as the language server does).
            .map((e) => (after !== undefined && /[.!?…]$/u.test(e) && e.endsWith(after) ? e.slice(0, -1) : e))
            .filter((e) => e !== view.fix?.text);
          if (expected.length) view.expected = expected;
        }
      }
      findings.push(view);
    }
    // The placeholders and the buyer's view of the target text (as the pack's `example`).
    const { core } = this.engine;
    const declared: Record<string, PlaceholderDeclaration> = { ...project.loaded.config.placeholders, ...entry.placeholders };
    const used = new Set<string>();
    for (const t of entry.texts.values()) for (const name of core.argumentNames(core.parsePlaceholders(t.map.value).placeholders)) used.add(name);
    const placeholders = [...used].sort().map((name) => {
      const d = declared[name];
      return { name, ...(d?.type ? { type: d.type } : {}), ...(d?.example !== undefined ? { example: String(d.example) } : {}), ...(d?.description ? { description: d.description } : {}) };
    });
    const targetText = entry.texts.get(target)?.map.value;
    let preview: TemplateView['preview'];
    if (targetText !== undefined) {
      const parsed = core.parsePlaceholders(targetText);
      const render = (values: Record<string, PlaceholderDeclaration>): string => core.renderText(parsed, { placeholders: values, locale: target, mode: 'example' });
      // A count: declared a number (or money), or the argument of a plural.
      const counted = [...used].filter((name) => declared[name]?.type === 'number' || declared[name]?.type === 'money' || new RegExp(`\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*,\\s*(?:plural|selectordinal)\\b`, 'u').test(targetText));
      const counts = counted.length ? [1, 3, 5].map((n) => ({ n, text: render({ ...declared, ...Object.fromEntries(counted.map((name) => [name, { ...declared[name], example: n }])) }) })) : [];
      preview = { example: render(declared), counts };
    }
    return {
      placeholders,
      ...(preview ? { preview } : {}),
      file,
      index,
      id: entry.id,
      ...(entry.title !== undefined ? { title: entry.title } : {}),
      locales,
      source,
      target,
      texts: textsOf(entry),
      verdict: (score?.verdict ?? 'unchecked') as VerdictName,
      errorRate: score?.errorRate ?? 0,
      findings,
      base,
    };
  }
}

