/**
 * `otvet lsp --stdio`: a language server (vscode-languageserver) for template files.
 *
 * - Diagnostics for every open template file (one that the config's `templates` globs match),
 *   on open and on change (debounced): the file's text as the editor has it, linted with the rest
 *   of its pack as context (`lint --stdin --context`), so duplicate ids and the pack's «Вы» style
 *   are checked against the other files, unsaved buffers included. A change re-lints every open
 *   file of the same pack (pack-wide findings move with it); a change on disk (a config, a
 *   glossary, a phrasebook or another template, reported by the client's file watcher) re-lints
 *   every open file. Config and resources are read anew for each lint, so edits to them apply at
 *   once; each pack keeps its other files' results in memory while the config stays the same.
 * - Code actions: every safe fix, each `expected` suggestion that the fix checks accept (as a
 *   fix would be), and "fix all" (the `--fix` loop) as `source.fixAll.otvet`.
 * - Hover over a finding: the rule's description and message in the user's language (the
 *   client's locale, or `initializationOptions.lang`, or `--lang`), with a link to the rule's
 *   README.
 */
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFixes, isLang, langFromLocale, MemoryLintCache, parseTemplateFile, UserError, UserErrors, type Fix, type Lang, type OtvetMessage } from '@otvet/core';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  TextDocument,
} from './libraries.js';
import { cacheKey } from '../cache.js';
import { displayPath, isConfigTemplate } from '../files.js';
import { fixSources } from '../fix.js';
import { lintProject, type LintProject } from '../lint-project.js';
import { prepareProjects } from '../projects.js';
import { formatUserError } from '../reporters/escape.js';

export interface ServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** `--lang` or the environment's language: used when the client names none. */
  lang: Lang;
  /** The language was asked for on the command line (it then wins over the client's locale). */
  langGiven: boolean;
  /** Milliseconds between the last change and the lint (default 200). */
  debounce?: number;
  /** The bundle's or module's URL, to find the rules' READMEs beside it. */
  moduleUrl: string;
}

/** What was found in an open document, kept for hovers and code actions. */
interface Linted {
  version: number;
  text: string;
  /** The document's path as the pack reports it. */
  path: string;
  messages: OtvetMessage[];
  /** The pack it was linted in (its sources with the editor's texts), for "fix all". */
  project: LintProject;
}

export { ruleReadme } from '../rule-docs.js';
import { ruleReadme } from '../rule-docs.js';

const SEVERITY: Record<string, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

/** The file a document is, for a `file:` URI. */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Start the server; resolves when the connection closes. */
export function startLanguageServer(options: ServerOptions): Promise<void> {
  const connection: Connection = createConnection(ProposedFeatures.all, options.input, options.output);
  const documents = new TextDocuments(TextDocument);
  const debounce = options.debounce ?? 200;
  let lang = options.lang;
  let watchFiles = false;
  let plugins: 'load' | 'skip' = 'load';
  /** The workspace's folder: messages name files relative to it. */
  let workspaceRoot: string | undefined;
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Per pack (config file or directory) and config: the other files' results, in memory. */
  const caches = new Map<string, { key: string; cache: MemoryLintCache }>();
  /** Which pack each open document was last linted in. */
  const packOf = new Map<string, string>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = params.initializationOptions as { lang?: unknown; plugins?: unknown } | undefined;
    const asked = init?.lang;
    // An editor that does not trust the workspace says so: its config's plugins (code) are not run.
    if (init?.plugins === false) plugins = 'skip';
    if (isLang(asked)) lang = asked;
    else if (!options.langGiven) lang = langFromLocale(params.locale ?? undefined) ?? lang;
    watchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    workspaceRoot = root ? pathOf(root) : undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.SourceFixAll}.otvet`] },
        hoverProvider: true,
      },
      serverInfo: { name: 'otvet' },
    };
  });
  connection.onInitialized(() => {
    if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml,dic,txt,js,mjs,cjs}' }] });
  });

  /** The pack-wide memory cache of a project, new when its config or resources change. */
  function cacheFor(project: LintProject): MemoryLintCache {
    const pack = project.loaded.path ?? project.root;
    const key = cacheKey(project, 'lsp');
    const kept = caches.get(pack);
    if (kept?.key === key) return kept.cache;
    const cache = new MemoryLintCache();
    caches.set(pack, { key, cache });
    return cache;
  }

  /** The unsaved texts of the open documents other than `uri`. */
  function otherBuffers(uri: string): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    for (const doc of documents.all()) {
      const path = doc.uri !== uri ? pathOf(doc.uri) : undefined;
      if (path) out.set(path, Buffer.from(doc.getText(), 'utf8'));
    }
    return out;
  }

  async function lint(uri: string): Promise<void> {
    const doc = documents.get(uri);
    const path = pathOf(uri);
    if (!doc || !path) return;
    const text = doc.getText();
    try {
      const cwd = workspaceRoot && !relative(workspaceRoot, path).startsWith('..') ? workspaceRoot : dirname(path);
      const [project] = await prepareProjects(cwd, [], { context: true, stdin: { abs: path, bytes: Buffer.from(text, 'utf8') }, overrides: otherBuffers(uri), configOptions: { plugins, fresh: true } }, lang);
      // Only template files of a config are linted (not the config, a glossary or other YAML), and
      // only under an otvet.config.yaml: in an editor, the defaults' `templates/**/*.yaml` would
      // take in any project's YAML (a Helm chart's templates/).
      if (!project || !project.loaded.path || !isConfigTemplate(project.loaded, path)) {
        linted.delete(uri);
        packOf.delete(uri);
        await connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      packOf.set(uri, project.loaded.path ?? project.root);
      const result = lintProject(project, cacheFor(project));
      const display = displayPath(path, project.root);
      const messages = (result.files.find((f) => f.path === display)?.messages ?? []) as OtvetMessage[];
      if (documents.get(uri)?.version !== doc.version) return;
      linted.set(uri, { version: doc.version, text, path: display, messages, project });
      await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: messages.map((m) => diagnostic(m, doc)) });
    } catch (error) {
      if (!(error instanceof UserError || error instanceof UserErrors)) throw error;
      // The pack cannot be linted (a config, glossary or file that cannot be read): say why, at the top.
      const errors = error instanceof UserErrors ? error.errors : [error];
      linted.delete(uri);
      await connection.sendDiagnostics({
        uri,
        version: doc.version,
        diagnostics: errors.map((e) => ({
          range: e.location?.line && pathOf(uri) === e.location.path ? lineRange(doc, e.location.line) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Error,
          source: 'otvet',
          message: formatUserError(e, lang),
        })),
      });
    }
  }

  /** Each rule's README link, looked up once (a lint on every keystroke would stat it again). */
  const readmes = new Map<string, string | undefined>();
  /** The README of one of otvet's rules, or the page a plugin's rule names (`meta.url`, carried by its findings). */
  const readmeOf = (m: OtvetMessage): string | undefined => {
    const id = m.ruleId;
    if (!readmes.has(id)) readmes.set(id, ruleReadme(id, options.moduleUrl));
    return readmes.get(id) ?? (m.url && /^https?:/iu.test(m.url) ? m.url : undefined);
  };

  function diagnostic(m: OtvetMessage, doc: TextDocument): Diagnostic {
    const start = m.place && 'start' in m.place ? m.place.start : m.place;
    const { end } = span(m);
    // Without offsets (a finding on the whole file), its line and column.
    const startPosition = start?.offset !== undefined ? doc.positionAt(start.offset) : { line: Math.max(0, (start?.line ?? 1) - 1), character: Math.max(0, (start?.column ?? 1) - 1) };
    const range = { start: startPosition, end: end !== undefined ? doc.positionAt(end) : startPosition };
    const readme = readmeOf(m);
    return {
      range,
      severity: SEVERITY[m.severity] ?? DiagnosticSeverity.Warning,
      source: 'otvet',
      code: m.ruleId,
      ...(readme ? { codeDescription: { href: readme } } : {}),
      message: m.reason,
    };
  }

  /** Lint `uri` after the debounce; then the other open documents of its pack. */
  function schedule(uri: string, delay = debounce): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void lint(uri)
          .then(() => {
            const pack = packOf.get(uri);
            if (pack === undefined) return;
            for (const other of documents.all()) if (other.uri !== uri && packOf.get(other.uri) === pack && !timers.has(other.uri)) void lint(other.uri);
          })
          .catch((error: unknown) => connection.console.error(`otvet: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
      }, delay),
    );
  }

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    linted.delete(e.document.uri);
    const pack = packOf.get(e.document.uri);
    packOf.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // The file on disk stands for it again in its pack.
    for (const other of documents.all()) if (packOf.get(other.uri) === pack) schedule(other.uri);
  });
  connection.onDidChangeWatchedFiles(() => {
    for (const doc of documents.all()) schedule(doc.uri);
  });

  /** The findings of `uri` (as last linted, if still current) that touch the range. */
  function findingsAt(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): { doc: TextDocument; state: Linted; messages: OtvetMessage[] } | undefined {
    const doc = documents.get(uri);
    const state = linted.get(uri);
    if (!doc || !state || state.version !== doc.version) return undefined;
    const from = doc.offsetAt(range.start);
    const to = doc.offsetAt(range.end);
    const messages = state.messages.filter((m) => {
      const { start, end = start } = span(m);
      return start !== undefined && end !== undefined && start <= to && end >= from;
    });
    return { doc, state, messages };
  }

  connection.onCodeAction((params) => {
    const found = findingsAt(params.textDocument.uri, params.range);
    if (!found) return [];
    const { doc, state, messages } = found;
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const edit = (fix: Fix) => ({ changes: { [doc.uri]: [{ range: { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) }, newText: fix.text }] } });
    if (wants(CodeActionKind.QuickFix)) {
      // Parsed once for all the suggestions' checks.
      let file: ReturnType<typeof parseTemplateFile> | undefined;
      for (const m of messages) {
        const diagnostics = [diagnostic(m, doc)];
        if (m.fix) actions.push({ title: fixTitle(m, lang), kind: CodeActionKind.QuickFix, diagnostics, isPreferred: true, edit: edit(m.fix) });
        // A suggestion is offered only where it is as safe as a fix: the fix checks accept it.
        const { start, end } = span(m);
        if (start === undefined || end === undefined || !Array.isArray(m.expected)) continue;
        for (const expected of m.expected) {
          if (typeof expected !== 'string' || (m.fix && m.fix.text === expected)) continue;
          // A suggested sentence brings its own final stop: not a second one before the text's.
          const after = state.text[end];
          const text = after !== undefined && /[.!?…]$/u.test(expected) && expected.endsWith(after) ? expected.slice(0, -1) : expected;
          const fix: Fix = { range: [start, end], text };
          file ??= parseTemplateFile(state.path, state.text, false, state.project.lintOptions.config.target);
          if (applyFixes(file, [fix]).applied.length !== 1) continue;
          actions.push({ title: suggestionTitle(expected, lang), kind: CodeActionKind.QuickFix, diagnostics, edit: edit(fix) });
        }
      }
    }
    if (wants(`${CodeActionKind.SourceFixAll}.otvet`) && state.messages.some((m) => m.fix)) {
      const all = fixAll(state);
      if (all) actions.push({ title: FIX_ALL[lang], kind: `${CodeActionKind.SourceFixAll}.otvet`, edit: { changes: { [doc.uri]: [{ range: { start: doc.positionAt(0), end: doc.positionAt(state.text.length) }, newText: all }] } } });
    }
    return actions;
  });

  /**
   * The document with every safe fix applied, pass after pass, as `lint --context --fix` does
   * (the rest of the pack as context, only this file fixed); or undefined when nothing applies.
   */
  function fixAll(state: Linted): string | undefined {
    const { project } = state;
    const run = fixSources(project.sources, project.lintOptions);
    const text = run.changed.find((c) => c.source.path === state.path)?.source.text;
    return text !== undefined && text !== state.text ? text : undefined;
  }

  connection.onHover((params) => {
    const found = findingsAt(params.textDocument.uri, { start: params.position, end: params.position });
    if (!found || found.messages.length === 0) return null;
    const parts = found.messages.map((m) => {
      const rule = found.state.project.lintOptions.catalog.rules.get(m.ruleId);
      const readme = readmeOf(m);
      const head = `**otvet · ${m.ruleId}** (${SEVERITY_NAME[m.severity]?.[lang] ?? m.severity})`;
      const description = rule ? rule.meta.description[lang] : '';
      return [head, m.reason, description, readme ? `[${README_LINK[lang]}](${readme})` : ''].filter(Boolean).join('\n\n');
    });
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
  });

  documents.listen(connection);
  return new Promise((resolve) => {
    connection.onExit(() => resolve());
    connection.listen();
  });
}

/** A finding's range in offsets of the file's text (none for a finding at a point or on the whole file). */
function span(m: OtvetMessage): { start?: number; end?: number } {
  return m.place && 'start' in m.place ? { start: m.place.start.offset, end: m.place.end.offset } : {};
}

function lineRange(doc: TextDocument, line: number) {
  const start = { line: line - 1, character: 0 };
  return { start, end: doc.positionAt(doc.offsetAt({ line, character: 0 }) - 1) };
}

const FIX_ALL: Record<Lang, string> = { en: 'Fix all otvet problems that are safe to fix', zh: '修复所有可安全修复的 otvet 问题', ru: 'Исправить все проблемы otvet, которые можно исправить безопасно' };
const README_LINK: Record<Lang, string> = { en: 'About this rule', zh: '关于此规则', ru: 'Об этом правиле' };
const SEVERITY_NAME: Record<string, Record<Lang, string>> = {
  error: { en: 'error', zh: '错误', ru: 'ошибка' },
  warning: { en: 'warning', zh: '警告', ru: 'предупреждение' },
  info: { en: 'info', zh: '提示', ru: 'подсказка' },
};

function fixTitle(m: OtvetMessage, lang: Lang): string {
  const text = m.fix?.text ?? '';
  const label = text === '' ? { en: 'Remove', zh: '删除', ru: 'Удалить' }[lang] : { en: 'Replace with', zh: '替换为', ru: 'Заменить на' }[lang];
  const shown = text === '' ? '' : ` «${text.length > 40 ? `${text.slice(0, 40)}…` : text}»`;
  return `otvet: ${label}${shown} (${m.ruleId})`;
}

function suggestionTitle(expected: string, lang: Lang): string {
  const label = { en: 'Change to', zh: '改为', ru: 'Заменить на' }[lang];
  return `otvet: ${label} «${expected.length > 40 ? `${expected.slice(0, 40)}…` : expected}»`;
}
