/// <reference lib="dom" />
/**
 * The studio's front end (Preact): the pack's templates with their verdicts (new, duplicate,
 * delete), and a template's texts side by side in CodeMirror with the findings marked as you type,
 * their explanations, one-click fixes and suggestions, and saving with conflict detection; the
 * glossary (add, edit, delete, each term's templates, coverage, import and export); the pack
 * (pre-flight, build, the word diff against the last pack).
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FindingView, GlossaryOverview, Overview, PackBuild, PackDiff, StudioLang, TemplateRow, TemplateView, TermInput, TermStatus, TermView } from '../api-types.js';
import { addTerm, ApiFailure, buildPack, changeTemplates, checkEdit, checkTerm, deleteTerm, exportUrl, getGlossary, getOverview, getPackDiff, getTemplate, importTerms, initialLang, lintTemplate, saveTemplate, token, updateTerm, zipUrl } from './api.js';
import { createTextEditor, type Mark, type TextEditor } from './editor.js';
import { counted, localeName, percent, setShared, sharedText, tr, verdictText } from './messages.js';

type Route = { view: 'list' } | { view: 'pack' } | { view: 'glossary' } | { view: 'template'; file: string; index: number };

function routeOf(hash: string): Route {
  if (hash === '#/pack') return { view: 'pack' };
  if (hash === '#/glossary') return { view: 'glossary' };
  const m = /^#\/t\/([^/]+)\/(\d+)$/u.exec(hash);
  return m ? { view: 'template', file: decodeURIComponent(m[1]!), index: Number(m[2]) } : { view: 'list' };
}

const hashOf = (file: string, index: number): string => `#/t/${encodeURIComponent(file)}/${index}`;

function failureText(lang: StudioLang, error: unknown): string {
  if (error instanceof ApiFailure) return error.kind === 'server' ? error.message : tr(lang, error.kind);
  return String(error);
}

function Verdict({ lang, verdict }: { lang: StudioLang; verdict: TemplateRow['verdict'] }) {
  return <span class={`verdict verdict-${verdict}`} data-verdict={verdict}>{verdictText(lang, verdict)}</span>;
}

interface Filters {
  search: string;
  file: string;
  verdict: string;
  rule: string;
}

const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]*$/u;

/** Unsaved drafts of a file follow their template when one before it is inserted (+1) or removed (-1). */
function shiftDrafts(file: string, after: number, delta: 1 | -1): void {
  const moved = [...drafts].filter(([key]) => key.startsWith(`${file}#`) && Number(key.slice(file.length + 1)) > after);
  for (const [key] of moved) drafts.delete(key);
  for (const [key, draft] of moved) drafts.set(`${file}#${Number(key.slice(file.length + 1)) + delta}`, draft);
}

function NewTemplate({ lang, overview, onChanged, onClose }: { lang: StudioLang; overview: Overview; onChanged: (o: Overview) => void; onClose: () => void }) {
  const [id, setId] = useState('');
  const [file, setFile] = useState(overview.files[0] ?? '');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const trimmed = id.trim();
  const problem = !trimmed ? undefined : !TEMPLATE_ID.test(trimmed) ? tr(lang, 'id-hint') : overview.templates.some((t) => t.id === trimmed) ? tr(lang, 'id-taken') : undefined;
  const create = async (): Promise<void> => {
    const res = await changeTemplates('create', { file, base: overview.bases[file] ?? '', id: trimmed, texts }, lang).catch((e: unknown) => ({ status: 'error' as const, message: failureText(lang, e) }));
    if (res.status !== 'saved') return setMessage(res.message);
    onChanged(res.overview);
    if (res.template) location.hash = hashOf(res.template.file, res.template.index);
  };
  return (
    <form class="new-template" onSubmit={(e) => (e.preventDefault(), void create())}>
      <h3>{tr(lang, 'new-template')}</h3>
      <div class="new-grid">
        <label class="field">
          <span>{tr(lang, 'new-template-id')}</span>
          <input name="new-id" value={id} onInput={(e) => setId((e.target as HTMLInputElement).value)} aria-invalid={problem ? 'true' : 'false'} />
        </label>
        <label class="field">
          <span>{tr(lang, 'into-file')}</span>
          <select name="new-file" value={file} onChange={(e) => setFile((e.target as HTMLSelectElement).value)}>
            {overview.files.map((f) => <option value={f}>{f}</option>)}
          </select>
        </label>
        {[overview.source, overview.target].map((locale) => (
          <label class="field">
            <span>{localeName(lang, locale)}</span>
            <input name={`new-${locale}`} lang={locale} value={texts[locale] ?? ''} onInput={(e) => setTexts({ ...texts, [locale]: (e.target as HTMLInputElement).value })} />
          </label>
        ))}
      </div>
      <p class={problem ? 'error id-problem' : 'muted'}>{problem ?? tr(lang, 'id-hint')}</p>
      {message && <p class="error" role="alert">{message}</p>}
      <div class="actions">
        <button type="submit" class="primary create" disabled={!trimmed || problem !== undefined}>{tr(lang, 'create')}</button>
        <button type="button" onClick={onClose}>{tr(lang, 'cancel')}</button>
      </div>
    </form>
  );
}

function TemplatesList({ lang, overview, filters, setFilters, onChanged }: { lang: StudioLang; overview: Overview; filters: Filters; setFilters: (f: Filters) => void; onChanged: (o: Overview) => void }) {
  const [creating, setCreating] = useState(false);
  const rules = useMemo(() => [...new Set(overview.templates.flatMap((t) => t.rules))].sort(), [overview]);
  const query = filters.search.trim().toLowerCase();
  const shown = overview.templates.filter(
    (t) =>
      (!filters.file || t.file === filters.file) &&
      (!filters.verdict || t.verdict === filters.verdict) &&
      (!filters.rule || t.rules.includes(filters.rule)) &&
      (!query || t.id.toLowerCase().includes(query) || (t.title ?? '').toLowerCase().includes(query) || Object.values(t.texts).some((text) => text.toLowerCase().includes(query))),
  );
  return (
    <section class="list" aria-label={tr(lang, 'templates')}>
      <div class="filters">
        <input type="search" class="search" placeholder={tr(lang, 'search')} aria-label={tr(lang, 'search')} value={filters.search} onInput={(e) => setFilters({ ...filters, search: (e.target as HTMLInputElement).value })} />
        <select aria-label={tr(lang, 'file')} value={filters.file} onChange={(e) => setFilters({ ...filters, file: (e.target as HTMLSelectElement).value })}>
          <option value="">{tr(lang, 'all-files')}</option>
          {overview.files.map((f) => <option value={f}>{f}</option>)}
        </select>
        <select aria-label={tr(lang, 'verdict')} value={filters.verdict} onChange={(e) => setFilters({ ...filters, verdict: (e.target as HTMLSelectElement).value })}>
          <option value="">{tr(lang, 'all-verdicts')}</option>
          {(['pass', 'revise', 'reject', 'unchecked'] as const).map((v) => <option value={v}>{verdictText(lang, v)}</option>)}
        </select>
        <select aria-label={tr(lang, 'rule')} value={filters.rule} onChange={(e) => setFilters({ ...filters, rule: (e.target as HTMLSelectElement).value })}>
          <option value="">{tr(lang, 'all-rules')}</option>
          {rules.map((r) => <option value={r}>{r}</option>)}
        </select>
        <span class="count">{tr(lang, 'shown-of', { shown: shown.length, total: overview.templates.length })}</span>
        <button type="button" class="new-template-open" onClick={() => setCreating(true)} disabled={creating}>{`+ ${tr(lang, 'new-template')}`}</button>
      </div>
      {creating && <NewTemplate lang={lang} overview={overview} onChanged={onChanged} onClose={() => setCreating(false)} />}
      {overview.fileProblems.length > 0 && (
        <div class="file-problems" role="alert">
          <strong>{tr(lang, 'file-problems')}</strong>
          <ul>{overview.fileProblems.map((p) => <li>{`${p.file}:${p.line} ${p.message}`}</li>)}</ul>
        </div>
      )}
      <table class="templates">
        <thead>
          <tr>
            <th scope="col">{tr(lang, 'id')}</th>
            <th scope="col">{tr(lang, 'text')}</th>
            <th scope="col">{tr(lang, 'verdict')}</th>
            <th scope="col" class="num">{tr(lang, 'error-rate')}</th>
            <th scope="col" class="num">{tr(lang, 'findings')}</th>
            <th scope="col" class="tfile">{tr(lang, 'file')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((t) => (
            <tr key={`${t.file}#${t.index}`} data-id={t.id}>
              <td class="tid">
                <a href={hashOf(t.file, t.index)}>{t.id}</a>
                {drafts.has(`${t.file}#${t.index}`) && <span class="draft">{tr(lang, 'unsaved')}</span>}
                {t.title && <div class="ttitle">{t.title}</div>}
              </td>
              <td class="ttext">
                <div lang={overview.source}>{t.texts[overview.source] ?? ''}</div>
                <div lang={overview.target} class="tr">{t.texts[overview.target] ?? ''}</div>
              </td>
              <td><Verdict lang={lang} verdict={t.verdict} /></td>
              <td class="num">{percent(t.errorRate)}</td>
              <td class="num">{t.findings}</td>
              <td class="tfile">{t.file}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p class="empty">{tr(lang, 'none-match')}</p>}
    </section>
  );
}

/** Unsaved texts of templates left for another view, by `file#index`, with the digest they were read at. */
const drafts = new Map<string, { texts: Record<string, string>; base: string }>();

const sameTexts = (a: Record<string, string>, b: Record<string, string>): boolean => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

type Status = { kind: 'idle' | 'checking' | 'saving' | 'saved' | 'error' | 'unsaved'; text?: string };

function TemplateEditor({ lang, file, index, onPack, onChanged }: { lang: StudioLang; file: string; index: number; onPack: () => void; onChanged: (o: Overview) => void }) {
  const [view, setView] = useState<TemplateView | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [findings, setFindings] = useState<FindingView[]>([]);
  const [stale, setStale] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [conflict, setConflict] = useState<{ disk?: Record<string, string>; base?: string; mine: Record<string, string> } | undefined>();
  const texts = useRef<Record<string, string>>({});
  const saved = useRef<Record<string, string>>({});
  const base = useRef('');
  const editors = useRef(new Map<string, TextEditor>());
  const hosts = useRef(new Map<string, HTMLDivElement>());
  const timer = useRef<number | undefined>(undefined);
  /** Unsaved texts are kept as a draft as soon as they differ from the saved ones (see `drafts`). */
  const keepDraft = (): void => {
    const key = `${file}#${index}`;
    if (!sameTexts(texts.current, saved.current)) drafts.set(key, { texts: { ...texts.current }, base: base.current });
    else drafts.delete(key);
  };
  const langRef = useRef(lang);
  langRef.current = lang;

  const order = useRef<string[]>([]);
  const show = useCallback((found: FindingView[]) => {
    // Numbered as they are shown: the texts in their order (source first), then template-level findings.
    const rank = (f: FindingView): number => {
      const i = f.locale === undefined ? -1 : order.current.indexOf(f.locale);
      return i < 0 ? order.current.length : i;
    };
    const ordered = [...found].sort((a, b) => rank(a) - rank(b) || (a.from ?? -1) - (b.from ?? -1));
    setFindings(ordered);
    const marks: Mark[] = ordered.map((finding, i) => ({ n: i + 1, finding }));
    for (const [locale, editor] of editors.current) editor.setMarks(marks.filter((m) => m.finding.locale === locale));
  }, []);

  /**
   * Check the editor's texts: the marks, the verdict and the buyer's view follow them. `quiet`
   * leaves the status line alone (after a refused save, it says what went wrong with the save).
   */
  const lint = useCallback(
    async (quiet = false) => {
      const asked = { ...texts.current };
      if (!quiet) setStatus((s) => (s.kind === 'saving' ? s : { kind: 'checking' }));
      try {
        const res = await lintTemplate({ file, index, texts: asked, lang: langRef.current, base: base.current });
        if (!sameTexts(asked, texts.current)) return;
        if ('error' in res) {
          if (!quiet) setStatus({ kind: 'error', text: res.error });
          return;
        }
        setView((v) => (v ? { ...v, verdict: res.verdict, errorRate: res.errorRate, placeholders: res.placeholders, ...(res.preview ? { preview: res.preview } : {}) } : res));
        show(res.findings);
        if (quiet) return;
        setStale(false);
        setStatus(sameTexts(asked, saved.current) ? { kind: 'idle' } : { kind: 'unsaved' });
      } catch (e) {
        if (!quiet) setStatus({ kind: 'error', text: failureText(langRef.current, e) });
      }
    },
    [file, index, show],
  );

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void lint(), 300);
  }, [lint]);

  // Load the template (again when another one is opened).
  useEffect(() => {
    let cancelled = false;
    setView(undefined);
    setConflict(undefined);
    setError(undefined);
    const key = `${file}#${index}`;
    getTemplate(file, index, langRef.current)
      .then((v) => {
        if (cancelled) return;
        order.current = v.locales;
        saved.current = { ...v.texts };
        // Unsaved texts from before come back, with the digest they were read at: a save then
        // still sees whether the file changed meanwhile.
        const draft = drafts.get(key);
        texts.current = { ...(draft?.texts ?? v.texts) };
        base.current = draft?.base ?? v.base;
        setView(v);
        setStatus(draft ? { kind: 'unsaved' } : { kind: 'idle' });
      })
      .catch((e: unknown) => !cancelled && setError(failureText(langRef.current, e)));
    return () => {
      cancelled = true;
      window.clearTimeout(timer.current);
    };
  }, [file, index]);

  const save = useCallback(async () => {
    window.clearTimeout(timer.current);
    const asked = { ...texts.current };
    setStatus({ kind: 'saving' });
    try {
      const res = await saveTemplate({ file, index, texts: asked, lang: langRef.current, base: base.current });
      if (res.status === 'conflict') {
        setConflict({ ...(res.disk ? { disk: res.disk } : {}), ...(res.base ? { base: res.base } : {}), mine: asked });
        setStatus({ kind: 'error', text: tr(langRef.current, 'conflict-short') });
        // The save stopped a pending check: the marks and the buyer's view follow the editor's texts again.
        void lint(true);
        return;
      }
      if (res.status === 'error') {
        setStatus({ kind: 'error', text: res.message });
        return;
      }
      base.current = res.template.base;
      saved.current = asked;
      keepDraft();
      setConflict(undefined);
      setView((v) => (v ? { ...v, verdict: res.template.verdict, errorRate: res.template.errorRate, base: res.template.base, placeholders: res.template.placeholders, ...(res.template.preview ? { preview: res.template.preview } : {}) } : res.template));
      if (sameTexts(asked, texts.current)) show(res.template.findings);
      setStatus(sameTexts(asked, texts.current) ? { kind: 'saved', text: tr(langRef.current, 'saved', { file }) } : { kind: 'unsaved' });
      onPack();
    } catch (e) {
      setStatus({ kind: 'error', text: failureText(langRef.current, e) });
    }
  }, [file, index, onPack, show, lint]);
  const saveRef = useRef(save);
  saveRef.current = save;

  // The editors, once the template is there.
  const loadedKey = view ? `${view.file}#${view.index}` : '';
  useEffect(() => {
    if (!view) return;
    for (const locale of view.locales) {
      const host = hosts.current.get(locale);
      if (!host) continue;
      editors.current.set(
        locale,
        createTextEditor(host, {
          text: texts.current[locale] ?? '',
          label: `${view.id} · ${localeName(langRef.current, locale)}`,
          lang: locale,
          onChange: (text) => {
            texts.current = { ...texts.current, [locale]: text };
            keepDraft();
            setStale(true);
            setStatus(sameTexts(texts.current, saved.current) ? { kind: 'idle' } : { kind: 'unsaved' });
            schedule();
          },
          onSave: () => void saveRef.current(),
        }),
      );
    }
    show(view.findings);
    if (!sameTexts(texts.current, view.texts)) schedule();
    return () => {
      for (const editor of editors.current.values()) editor.destroy();
      editors.current.clear();
    };
    // Only a newly loaded template makes new editors.
  }, [loadedKey]);

  // Another language: the findings again, in it.
  useEffect(() => {
    if (view) void lint();
  }, [lang]);

  if (error) return <p class="error" role="alert">{error}</p>;
  if (!view) return <p class="loading">{tr(lang, 'loading')}</p>;

  const apply = (locale: string | undefined, from: number | undefined, to: number | undefined, text: string): void => {
    if (locale === undefined || from === undefined || to === undefined) return;
    editors.current.get(locale)?.replace(from, to, text);
  };
  const takeDisk = (): void => {
    if (!conflict?.disk) return;
    for (const [locale, editor] of editors.current) if (conflict.disk[locale] !== undefined) editor.setText(conflict.disk[locale]!);
    saved.current = { ...conflict.disk };
    texts.current = { ...conflict.disk };
    keepDraft();
    if (conflict.base) base.current = conflict.base;
    setConflict(undefined);
    setStatus({ kind: 'idle' });
  };
  const keepMine = (): void => {
    if (conflict?.base) base.current = conflict.base;
    setConflict(undefined);
    void save();
  };

  const duplicate = async (): Promise<void> => {
    const id = window.prompt(tr(lang, 'duplicate-prompt'), `${view.id}-copy`);
    if (id === null) return;
    const res = await changeTemplates('duplicate', { file, index, id: id.trim(), base: base.current }, lang).catch((e: unknown) => ({ status: 'error' as const, message: failureText(lang, e) }));
    if (res.status !== 'saved') return setStatus({ kind: 'error', text: res.message });
    shiftDrafts(file, index, 1);
    onChanged(res.overview);
    if (res.template) location.hash = hashOf(res.template.file, res.template.index);
  };
  const remove = async (): Promise<void> => {
    if (!window.confirm(tr(lang, 'delete-confirm', { id: view.id, file }))) return;
    const res = await changeTemplates('delete', { file, index, base: base.current }, lang).catch((e: unknown) => ({ status: 'error' as const, message: failureText(lang, e) }));
    if (res.status !== 'saved') return setStatus({ kind: 'error', text: res.message });
    drafts.delete(`${file}#${index}`);
    shiftDrafts(file, index, -1);
    onChanged(res.overview);
    location.hash = '#/';
  };

  const numbered = findings.map((finding, i) => ({ n: i + 1, finding }));
  const general = numbered.filter((x) => x.finding.locale === undefined || !view.locales.includes(x.finding.locale));
  const card = (n: number, f: FindingView) => (
    <li class={`finding finding-${f.severity}`} data-rule={f.ruleId}>
      <div class="finding-head">
        <span class={`otvet-badge otvet-${f.severity}`}>{n}</span>
        <span class={`sev sev-${f.severity}`}>{tr(lang, `severity_${f.severity}`)}</span>
        <code class="rule">{f.ruleId}</code>
      </div>
      <p class="message">{f.message}</p>
      {f.description && <p class="description">{f.description}</p>}
      <div class="actions">
        {f.fix && (
          <button type="button" class="fix primary" disabled={stale} onClick={() => apply(f.locale, f.fix?.from, f.fix?.to, f.fix?.text ?? '')}>
            {f.fix.text === '' ? tr(lang, 'fix-remove') : tr(lang, 'fix-to', { text: f.fix.text.trim() || f.fix.text })}
          </button>
        )}
        {(f.expected ?? []).map((e) => (
          <button type="button" class="suggestion" disabled={stale} onClick={() => apply(f.locale, f.from, f.to, e)}>{tr(lang, 'suggest', { text: e })}</button>
        ))}
      </div>
    </li>
  );

  return (
    <section class="editor" aria-label={view.id}>
      <div class="editor-head">
        <a class="back" href="#/">{tr(lang, 'back')}</a>
        <h2>{view.id}</h2>
        {view.title && <span class="ttitle">{view.title}</span>}
        <Verdict lang={lang} verdict={view.verdict} />
        <span class="rate">{`${tr(lang, 'error-rate')} ${percent(view.errorRate)}`}</span>
        <span class={`status status-${status.kind}`} role="status" aria-live="polite">
          {status.kind === 'checking' ? tr(lang, 'checking') : status.kind === 'saving' ? tr(lang, 'saving') : status.kind === 'unsaved' ? tr(lang, 'unsaved') : (status.text ?? '')}
        </span>
        <button type="button" class="save primary" onClick={() => void save()} title="Ctrl+S">{tr(lang, 'save')}</button>
        <button type="button" class="duplicate" onClick={() => void duplicate()}>{tr(lang, 'duplicate')}</button>
        <button type="button" class="delete danger" onClick={() => void remove()}>{tr(lang, 'delete')}</button>
      </div>
      {conflict && (
        <div class="conflict" role="alert">
          <p>{conflict.disk ? tr(lang, 'conflict') : tr(lang, 'conflict-gone')}</p>
          {conflict.disk && (
            <div class="conflict-versions">
              <div>
                <h3>{tr(lang, 'yours')}</h3>
                {view.locales.map((l) => <pre lang={l} class="mine" data-label={localeName(lang, l)}>{conflict.mine[l] ?? ''}</pre>)}
              </div>
              <div>
                <h3>{tr(lang, 'on-disk')}</h3>
                {view.locales.map((l) => <pre lang={l} class={conflict.disk?.[l] === conflict.mine[l] ? 'disk' : 'disk differs'} data-label={localeName(lang, l)}>{conflict.disk?.[l] ?? ''}</pre>)}
              </div>
            </div>
          )}
          <div class="actions">
            {conflict.disk && <button type="button" onClick={takeDisk}>{tr(lang, 'take-disk')}</button>}
            {conflict.disk && <button type="button" onClick={keepMine}>{tr(lang, 'keep-mine')}</button>}
          </div>
        </div>
      )}
      <div class="texts">
        {view.locales.map((locale) => {
          const own = numbered.filter((x) => x.finding.locale === locale);
          return (
            <div class="text-pane" key={locale}>
              <h3>
                {localeName(lang, locale)} <code>{locale}</code>
                {locale === view.source ? ` · ${tr(lang, 'source')}` : locale === view.target ? ` · ${tr(lang, 'target')}` : ''}
              </h3>
              <div class="cm-host" data-locale={locale} ref={(el) => void (el ? hosts.current.set(locale, el) : hosts.current.delete(locale))} />
              {own.length > 0 && <ol class="findings" aria-label={`${tr(lang, 'findings')} · ${localeName(lang, locale)}`}>{own.map((x) => card(x.n, x.finding))}</ol>}
            </div>
          );
        })}
      </div>
      {numbered.length === 0 && <p class="empty no-findings">{tr(lang, 'no-findings')}</p>}
      {(view.preview || view.placeholders.length > 0) && (
        <div class="preview">
          {view.preview && (
            <div>
              <h3>{tr(lang, 'preview')}</h3>
              <p class="preview-text" lang={view.target}>{view.preview.example}</p>
              {view.preview.counts.map((c) => (
                <p class="preview-count" lang={view.target}>
                  <span class="n">{tr(lang, 'preview-count', { n: c.n })}</span> {c.text}
                </p>
              ))}
            </div>
          )}
          {view.placeholders.length > 0 && (
            <table class="placeholders">
              <caption>{tr(lang, 'placeholders')}</caption>
              <tbody>
                {view.placeholders.map((p) => (
                  <tr>
                    <td><code class="otvet-placeholder">{`{${p.name}}`}</code></td>
                    <td>{p.example ?? <span class="muted">{tr(lang, 'no-example')}</span>}</td>
                    <td class="muted">{[p.type, p.description].filter(Boolean).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {general.length > 0 && (
        <div class="general">
          <h3>{`${tr(lang, 'template-level')} · ${tr(lang, 'findings')}`}</h3>
          <ol class="findings">{general.map((x) => card(x.n, x.finding))}</ol>
        </div>
      )}
    </section>
  );
}

/** The word diff against the last pack: removed words struck through, added ones marked. */
function DiffView({ lang, diff }: { lang: StudioLang; diff: PackDiff }) {
  const words = sharedText(lang)?.changes;
  if (diff.base === undefined) return <p class="muted no-last-pack">{tr(lang, 'no-last-pack')}</p>;
  const empty = !diff.added.length && !diff.removed.length && !diff.changed.length;
  const item = (t: { id: string; title?: string }) => <><code>{t.id}</code>{t.title && <span class="ttitle">{` — ${t.title}`}</span>}</>;
  return (
    <div class="diff-body">
      {empty && <p class="muted">{words?.none}</p>}
      {diff.added.length > 0 && <><h4>{`${words?.added ?? '+'} (${diff.added.length})`}</h4><ul class="diff-added">{diff.added.map((t) => <li>{item(t)}</li>)}</ul></>}
      {diff.removed.length > 0 && <><h4>{`${words?.removed ?? '-'} (${diff.removed.length})`}</h4><ul class="diff-removed">{diff.removed.map((t) => <li>{item(t)}</li>)}</ul></>}
      {diff.changed.length > 0 && (
        <>
          <h4>{`${words?.changed ?? '~'} (${diff.changed.length})`}</h4>
          <ul class="diff-changed">
            {diff.changed.map((c) => (
              <li data-id={c.id}>
                {item(c)}
                {c.fields.map((f) => (
                  <div class="diff-field">
                    <span class="diff-name">{f.field}</span>
                    <span class="diff-text" lang={f.field.startsWith('text.') ? f.field.slice(5) : undefined}>
                      {f.parts.map((p) => (p.added ? <ins>{p.value}</ins> : p.removed ? <del>{p.value}</del> : <span>{p.value}</span>))}
                    </span>
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.markdown && (
        <details class="diff-markdown">
          <summary>{tr(lang, 'diff-markdown')}</summary>
          <pre>{diff.markdown}</pre>
        </details>
      )}
    </div>
  );
}

function PackView({ lang, overview, onBuilt }: { lang: StudioLang; overview: Overview; onBuilt: () => void }) {
  const [diff, setDiff] = useState<PackDiff | undefined>();
  // Again whenever the pack changes (a save, a build): the overview is new then.
  useEffect(() => {
    getPackDiff(lang).then(setDiff).catch(() => setDiff(undefined));
  }, [lang, overview]);
  const [zip, setZip] = useState(true);
  const [busy, setBusy] = useState(false);
  const [build, setBuild] = useState<PackBuild | undefined>();
  const [error, setError] = useState<string | undefined>();
  const byTemplate = new Map<string, string[]>();
  for (const b of overview.blockers) if (b.templateId !== undefined) byTemplate.set(b.templateId, [...(byTemplate.get(b.templateId) ?? []), b.message]);
  const general = overview.blockers.filter((b) => b.templateId === undefined);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setBuild(await buildPack(zip, lang));
      onBuilt();
    } catch (e) {
      setError(failureText(lang, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="pack-view" aria-label={tr(lang, 'pack')}>
      <div class="editor-head">
        <h2>{overview.packName ? `${overview.packName.name}-${overview.packName.version}` : tr(lang, 'pack')}</h2>
        <Verdict lang={lang} verdict={overview.pack.verdict} />
        <span class="rate">{`${tr(lang, 'error-rate')} ${percent(overview.pack.errorRate)}`}</span>
      </div>
      <div class={overview.blockers.length ? 'gate gate-blocked' : 'gate gate-ready'} role="status">
        {overview.blockers.length ? tr(lang, 'pack-blocked', { count: overview.blockers.length }) : tr(lang, 'pack-ready')}
        {general.length > 0 && <ul>{general.map((b) => <li>{b.message}</li>)}</ul>}
        {!overview.packName && <p>{tr(lang, 'no-pack-name')}</p>}
      </div>
      <div class="build">
        <label><input type="checkbox" checked={zip} onChange={(e) => setZip((e.target as HTMLInputElement).checked)} /> {tr(lang, 'with-zip')}</label>
        <button type="button" class="primary build-pack" disabled={busy} onClick={() => void run()}>{busy ? tr(lang, 'building') : tr(lang, 'build')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {build && (
        <div class={`build-result build-${build.code === 0 ? 'ok' : 'failed'}`} role="status">
          <p><strong>{build.code === 0 && build.dir ? tr(lang, 'built', { dir: build.dir }) : tr(lang, 'build-refused')}</strong></p>
          {build.verify && <p class={build.verify.code === 0 ? 'verified' : 'error'}>{build.verify.code === 0 ? tr(lang, 'verified') : `${tr(lang, 'verify-failed')} ${build.verify.output}`}</p>}
          {build.zip && build.code === 0 && <p><a class="download" href={zipUrl()} download={build.zip}>{tr(lang, 'download', { zip: build.zip })}</a></p>}
          <pre class="output">{build.output}</pre>
        </div>
      )}
      <section class="diff" aria-label={tr(lang, 'diff')}>
        <h3>{diff?.heading ?? tr(lang, 'diff')}</h3>
        {diff ? <DiffView lang={lang} diff={diff} /> : <p class="loading">{tr(lang, 'loading')}</p>}
      </section>
      <h3>{tr(lang, 'preflight')}</h3>
      <table class="templates preflight">
        <thead>
          <tr>
            <th scope="col">{tr(lang, 'id')}</th>
            <th scope="col">{tr(lang, 'verdict')}</th>
            <th scope="col" class="num">{tr(lang, 'error-rate')}</th>
            <th scope="col" class="num">{tr(lang, 'findings')}</th>
            <th scope="col">{tr(lang, 'blocks')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.templates.map((t) => (
            <tr key={`${t.file}#${t.index}`} data-id={t.id} class={byTemplate.has(t.id) ? 'blocked' : ''}>
              <td class="tid"><a href={hashOf(t.file, t.index)}>{t.id}</a><div class="tfile">{t.file}</div></td>
              <td><Verdict lang={lang} verdict={t.verdict} /></td>
              <td class="num">{percent(t.errorRate)}</td>
              <td class="num">{t.findings}</td>
              <td class="reasons">{(byTemplate.get(t.id) ?? []).map((m) => <div>{m}</div>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const splitVariants = (value: string): string[] => value.split(/[|，,]/u).map((v) => v.trim()).filter(Boolean);

interface TermForm {
  id: string;
  zh: string;
  ru: string;
  forbidden: string;
  en: string;
  note: string;
  status: TermStatus;
  file: string;
  translate: boolean;
  domain: string;
}

const EMPTY_FORM: TermForm = { id: '', zh: '', ru: '', forbidden: '', en: '', note: '', status: 'approved', file: '', translate: true, domain: '' };

function termOf(form: TermForm): TermInput {
  return {
    id: form.id.trim(), zh: splitVariants(form.zh), ru: splitVariants(form.ru), forbidden: splitVariants(form.forbidden), en: splitVariants(form.en), translate: form.translate, status: form.status,
    ...(form.note.trim() ? { note: form.note.trim() } : {}), ...(form.domain.trim() ? { domain: form.domain.trim() } : {}),
  };
}

const formOf = (e: TermView): TermForm => ({ id: e.id, zh: e.zh.join(' | '), ru: e.ru.join(' | '), forbidden: e.forbidden.join(' | '), en: e.en.join(' | '), note: e.note ?? '', status: e.status, file: '', translate: e.translate, domain: e.domain ?? '' });

/** The file of an entry (its `where` is `path:line`). */
const fileOfTerm = (e: TermView): string => (e.where ?? '').replace(/:\d+$/u, '');

function TemplateLinks({ lang, refs }: { lang: StudioLang; refs: { file: string; index: number; id: string; message?: string; ruleId?: string }[] }) {
  if (refs.length === 0) return <p class="muted">{tr(lang, 'none')}</p>;
  // One link per template, with each of its findings on the term under it.
  const grouped = new Map<string, { file: string; index: number; id: string; findings: { ruleId: string; message: string }[] }>();
  for (const r of refs) {
    const key = `${r.file}#${r.index}`;
    const g = grouped.get(key) ?? { file: r.file, index: r.index, id: r.id, findings: [] };
    if (r.ruleId && r.message) g.findings.push({ ruleId: r.ruleId, message: r.message });
    grouped.set(key, g);
  }
  return (
    <ul class="template-links">
      {[...grouped.values()].map((r) => (
        <li>
          <a href={hashOf(r.file, r.index)}>{r.id}</a> <span class="tfile">{r.file}</span>
          {r.findings.map((f) => <div class="ttitle"><code class="rule">{f.ruleId}</code> {f.message}</div>)}
        </li>
      ))}
    </ul>
  );
}

function GlossaryView({ lang, onChanged }: { lang: StudioLang; onChanged: () => void }) {
  const [glossary, setGlossary] = useState<GlossaryOverview | undefined>();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<string[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [form, setForm] = useState<TermForm>(EMPTY_FORM);
  /** The entry being edited (its id as it is in the file); none: a new one. */
  const [editing, setEditing] = useState<TermView | undefined>();
  const [problems, setProblems] = useState<string[] | undefined>();
  const [result, setResult] = useState<{ ok: boolean; message: string } | undefined>();
  const [imported, setImported] = useState<{ ok: boolean; message: string } | undefined>();
  const [importing, setImporting] = useState(false);
  const [importInto, setImportInto] = useState('');
  const load = useCallback(() => {
    getGlossary(lang)
      .then(setGlossary)
      .catch((e: unknown) => setError(failureText(lang, e)));
  }, [lang]);
  useEffect(load, [load]);
  // Russian in any inflection is looked up by the server, as `otvet glossary find` does.
  useEffect(() => {
    const q = query.trim();
    if (!q) return setMatches(undefined);
    const timer = window.setTimeout(() => void getGlossary(lang, q).then((g) => setMatches(g.matches ?? [])).catch(() => setMatches([])), 250);
    return () => window.clearTimeout(timer);
  }, [query, lang]);
  // Validation as you type: the checks of `otvet glossary check` (an edit against the entry it replaces).
  useEffect(() => {
    if (!form.id.trim()) return setProblems(undefined);
    const entry = termOf(form);
    const timer = window.setTimeout(() => {
      const checked = editing ? checkEdit(entry, editing.id, lang) : checkTerm(entry, lang);
      void checked.then((r) => setProblems(r.problems)).catch((e: unknown) => setProblems([failureText(lang, e)]));
    }, 250);
    return () => window.clearTimeout(timer);
  }, [form, lang, editing]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!glossary) return <p class="loading">{tr(lang, 'loading')}</p>;
  const q = query.trim().toLowerCase();
  const shown = glossary.entries.filter((e) => !q || matches?.includes(e.id) || [e.id, ...e.zh, ...e.ru, ...e.forbidden, ...e.en, e.note ?? ''].some((v) => v.toLowerCase().includes(q)));
  const field = (key: 'id' | 'zh' | 'ru' | 'forbidden' | 'en' | 'note', label: Parameters<typeof tr>[1]) => (
    <label class="field">
      <span>{tr(lang, label)}</span>
      <input name={key} value={form[key]} onInput={(e) => setForm({ ...form, [key]: (e.target as HTMLInputElement).value })} />
    </label>
  );
  const done = (answer: { ok: boolean; message: string }): void => {
    setResult(answer);
    if (answer.ok) {
      setForm(EMPTY_FORM);
      setEditing(undefined);
      load();
      onChanged();
    }
  };
  const submit = async (): Promise<void> => {
    if (editing) {
      const base = glossary.bases[fileOfTerm(editing)] ?? '';
      const answer = await updateTerm(editing.id, termOf(form), base, lang).catch((e: unknown) => ({ status: 'error' as const, message: failureText(lang, e) }));
      done({ ok: answer.status === 'saved', message: answer.message });
      return;
    }
    const added = await addTerm(termOf(form), form.file || glossary.files[0] || '', lang).catch((e: unknown) => ({ ok: false, message: failureText(lang, e) }));
    done(added.ok ? { ok: true, message: tr(lang, 'term-added') } : added);
  };
  const remove = async (): Promise<void> => {
    if (!editing || !window.confirm(tr(lang, 'delete-term-confirm', { id: editing.id }))) return;
    const answer = await deleteTerm(editing.id, glossary.bases[fileOfTerm(editing)] ?? '', lang).catch((e: unknown) => ({ status: 'error' as const, message: failureText(lang, e) }));
    done({ ok: answer.status === 'saved', message: answer.message });
  };
  const edit = (e: TermView): void => {
    setEditing(e);
    setForm(formOf(e));
    setResult(undefined);
  };
  const upload = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    setImported(undefined);
    setResult(undefined);
    const answer = await importTerms(file, importInto || glossary.files[0] || '', lang).catch((e: unknown) => ({ status: 'error' as const, message: failureText(lang, e) }));
    input.value = '';
    setImporting(false);
    setImported({ ok: answer.status === 'saved', message: answer.message });
    if (answer.status === 'saved') {
      load();
      onChanged();
    }
  };
  const usage = (id: string) => glossary.usage[id] ?? { uses: [], violations: [] };
  const shared = sharedText(lang);
  return (
    <section class="glossary" aria-label={tr(lang, 'glossary')}>
      <div class="filters">
        <input type="search" class="search" placeholder={tr(lang, 'glossary-search')} aria-label={tr(lang, 'glossary-search')} value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <span class="count">{tr(lang, 'terms-count', { shown: shown.length, total: glossary.entries.length })}</span>
      </div>
      {glossary.problems.length > 0 && (
        <div class="file-problems" role="alert">
          <strong>{tr(lang, 'glossary-problems')}</strong>
          <ul>{glossary.problems.map((p) => <li>{p}</li>)}</ul>
        </div>
      )}
      <div class="glossary-layout">
        <div>
          <table class="templates terms">
            <thead>
              <tr>
                <th scope="col">{tr(lang, 'id')}</th>
                <th scope="col" lang="zh">{localeName(lang, 'zh')}</th>
                <th scope="col">{localeName(lang, 'ru')}</th>
                <th scope="col">{localeName(lang, 'en')}</th>
                <th scope="col">{tr(lang, 'term-status')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => {
                const u = usage(e.id);
                return (
                  <tr key={e.id} data-id={e.id} class={editing?.id === e.id ? 'selected' : ''}>
                    <td class="tid">
                      <button type="button" class="link edit-term" onClick={() => edit(e)} aria-label={tr(lang, 'edit-term', { id: e.id })}>{e.id}</button>
                      {e.where && <div class="tfile">{e.where}</div>}
                      <div class={u.violations.length ? 'usage usage-broken' : 'usage'}>{tr(lang, 'term-usage', { uses: u.uses.length, violations: new Set(u.violations.map((v) => `${v.file}#${v.index}`)).size })}</div>
                    </td>
                    <td lang="zh">{e.zh.join(' | ')}</td>
                    <td lang="ru">
                      {e.ru.join(' | ')}
                      {e.forbidden.length > 0 && <div class="forbidden">{`${tr(lang, 'forbidden-variants')}: ${e.forbidden.join(' | ')}`}</div>}
                      {e.note && <div class="ttitle">{e.note}</div>}
                    </td>
                    <td lang="en">{e.en.join(' | ')}</td>
                    <td>{tr(lang, `status_${e.status}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {glossary.entries.length === 0 && <p class="empty">{tr(lang, 'glossary-empty')}</p>}
          {glossary.stats && shared && (
            <div class="stats">
              <h3>{tr(lang, 'coverage')}</h3>
              <div class="stats-grid">
                <div>
                  <h4>{shared.stats.status}</h4>
                  <ul>{(['approved', 'draft', 'deprecated'] as const).map((st) => <li>{`${tr(lang, `status_${st}`)}: ${glossary.stats?.byStatus[st] ?? 0}`}</li>)}</ul>
                </div>
                <div class="stats-unused">
                  <h4>{shared.stats.unused.replace('{count}', String(glossary.stats.unused.length))}</h4>
                  <p>{glossary.stats.unused.length ? glossary.stats.unused.map((id) => <code>{id}</code>) : tr(lang, 'none')}</p>
                </div>
                <div class="stats-missing">
                  <h4>{shared.stats.missing}</h4>
                  <p lang="zh">{glossary.stats.missing.length ? glossary.stats.missing.map(([w, n]) => <span class="word">{`${w} ${n}`}</span>) : tr(lang, 'none')}</p>
                </div>
              </div>
            </div>
          )}
          <div class="exchange">
            <h3>{tr(lang, 'import-export')}</h3>
            <p class="muted">{tr(lang, 'import-file')}</p>
            <label class={`upload${importing || glossary.files.length === 0 ? ' disabled' : ''}`}>
              <input type="file" name="import" class="visually-hidden" accept=".csv,.tbx,.xml,.xlsx" disabled={importing || glossary.files.length === 0} onChange={(e) => void upload(e.target as HTMLInputElement)} />
              {tr(lang, 'choose-file')}
            </label>
            {glossary.files.length > 1 && (
              <label class="field">
                <span>{tr(lang, 'import-into')}</span>
                <select name="import-into" value={importInto} onChange={(e) => setImportInto((e.target as HTMLSelectElement).value)}>
                  {glossary.files.map((f) => <option value={f}>{f}</option>)}
                </select>
              </label>
            )}
            {importing && <p class="muted">{tr(lang, 'importing')}</p>}
            {imported && <pre class={imported.ok ? 'import-result import-ok' : 'import-result import-error'} role={imported.ok ? 'status' : 'alert'}>{imported.message}</pre>}
            <p class="exports">
              {tr(lang, 'export')}{' '}
              {(['csv', 'tbx', 'xlsx'] as const).map((f) => <a class={`export export-${f}`} href={exportUrl(f, lang)} download={`glossary.${f}`}>{f.toUpperCase()}</a>)}
            </p>
          </div>
        </div>
        <div class="side">
          <form class="add-term" onSubmit={(e) => (e.preventDefault(), void submit())} data-mode={editing ? 'edit' : 'add'}>
            <h3>{editing ? tr(lang, 'edit-term', { id: editing.id }) : tr(lang, 'add-term')}</h3>
            {field('id', 'term-id')}
            {field('zh', 'term-zh')}
            {field('ru', 'term-ru')}
            {field('forbidden', 'term-forbidden')}
            {field('en', 'term-en')}
            {field('note', 'term-note')}
            <label class="field">
              <span>{tr(lang, 'term-status')}</span>
              <select name="status" value={form.status} onChange={(e) => setForm({ ...form, status: (e.target as HTMLSelectElement).value as TermStatus })}>
                {(['approved', 'draft', 'deprecated'] as const).map((st) => <option value={st}>{tr(lang, `status_${st}`)}</option>)}
              </select>
            </label>
            {!editing && glossary.files.length > 1 && (
              <label class="field">
                <span>{tr(lang, 'term-file')}</span>
                <select name="file" value={form.file} onChange={(e) => setForm({ ...form, file: (e.target as HTMLSelectElement).value })}>
                  {glossary.files.map((f) => <option value={f}>{f}</option>)}
                </select>
              </label>
            )}
            {problems && problems.length > 0 && <ul class="term-problems" role="alert">{problems.map((p) => <li>{p}</li>)}</ul>}
            {problems && problems.length === 0 && <p class="term-ok">{tr(lang, editing ? 'term-ok-edit' : 'term-ok')}</p>}
            {result && <p class={result.ok ? 'term-added' : 'error'} role="status">{result.message}</p>}
            <div class="actions">
              <button type="submit" class="primary" disabled={!problems || problems.length > 0 || glossary.files.length === 0}>{editing ? tr(lang, 'save-term') : tr(lang, 'add-term')}</button>
              {editing && <button type="button" class="delete-term danger" onClick={() => void remove()}>{tr(lang, 'delete-term')}</button>}
              {editing && <button type="button" class="cancel" onClick={() => (setEditing(undefined), setForm(EMPTY_FORM))}>{tr(lang, 'cancel')}</button>}
            </div>
          </form>
          {editing && (
            <div class="term-usage">
              <h3>{tr(lang, 'term-uses')}</h3>
              <div class="uses"><TemplateLinks lang={lang} refs={usage(editing.id).uses} /></div>
              <h3>{tr(lang, 'term-violations')}</h3>
              <div class="violations"><TemplateLinks lang={lang} refs={usage(editing.id).violations} /></div>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function App() {
  const [lang, setLang] = useState<StudioLang>(initialLang);
  const [route, setRoute] = useState<Route>(routeOf(location.hash));
  const [overview, setOverview] = useState<Overview | undefined>();
  const [error, setError] = useState<string | undefined>(token ? undefined : tr(initialLang, 'no-token'));
  const [filters, setFilters] = useState<Filters>({ search: '', file: '', verdict: '', rule: '' });

  const show = useCallback((o: Overview) => {
    setShared(lang, o.texts);
    setOverview(o);
  }, [lang]);
  const refresh = useCallback(() => {
    if (!token) return;
    getOverview(lang)
      .then((o) => {
        show(o);
        setError(undefined);
      })
      .catch((e: unknown) => setError(failureText(lang, e)));
  }, [lang]);

  useEffect(refresh, [refresh]);
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent): void => {
      if (drafts.size > 0) e.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, []);
  useEffect(() => {
    const onHash = (): void => setRoute(routeOf(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : lang;
    document.title = tr(lang, 'title');
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  }, [lang]);

  return (
    <div class="app">
      <header>
        <a class="brand" href="#/">{tr(lang, 'title')}</a>
        <nav>
          <a href="#/" aria-current={route.view === 'list' || route.view === 'template' ? 'page' : undefined}>{tr(lang, 'templates')}</a>
          <a href="#/glossary" aria-current={route.view === 'glossary' ? 'page' : undefined}>{tr(lang, 'glossary')}</a>
          <a href="#/pack" aria-current={route.view === 'pack' ? 'page' : undefined}>{tr(lang, 'pack')}</a>
        </nav>
        {overview && (
          <span class="pack">
            {overview.name && <strong>{overview.name}</strong>}
            <Verdict lang={lang} verdict={overview.pack.verdict} />
            <span>{percent(overview.pack.errorRate)}</span>
            <span class="muted">{[counted(lang, 'count-templates', overview.pack.templates), counted(lang, 'count-errors', overview.pack.errors), counted(lang, 'count-warnings', overview.pack.warnings)].join(' · ')}</span>
          </span>
        )}
        <label class="lang">
          {tr(lang, 'language')}
          <select value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value as StudioLang)}>
            <option value="zh">中文</option>
            <option value="en">English</option>
            <option value="ru">Русский</option>
          </select>
        </label>
      </header>
      <main>
        {error && <p class="error" role="alert">{error}</p>}
        {!error && !overview && <p class="loading">{tr(lang, 'loading')}</p>}
        {overview && route.view === 'list' && <TemplatesList lang={lang} overview={overview} filters={filters} setFilters={setFilters} onChanged={show} />}
        {overview && route.view === 'glossary' && <GlossaryView lang={lang} onChanged={refresh} />}
        {overview && route.view === 'pack' && <PackView lang={lang} overview={overview} onBuilt={refresh} />}
        {overview && route.view === 'template' && <TemplateEditor key={`${route.file}#${route.index}`} lang={lang} file={route.file} index={route.index} onPack={refresh} onChanged={show} />}
      </main>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
