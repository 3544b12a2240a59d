/**
 * `--format html`: one self-contained page (its style and script inlined, nothing fetched) for
 * people who do not read a terminal. At the top the pack's verdict and error rate, a chart of the
 * templates by error rate against the thresholds, the templates by verdict, the worst ones, and a
 * table of contents by file. Then each template that has something to say: its rate, verdict and
 * room before each threshold; its lines of the file once, every finding's stretch marked (pointing
 * at a mark or clicking it shows its messages); and a table of the findings with what to write
 * instead and a link to the rule. Templates without findings are listed by id, collapsed. The
 * rules of the report are explained at the end. With the script, the page shows
 * {@link PAGE_SIZE} templates at a time and filters them by verdict, rule and text.
 * In the `--lang` language; deterministic (no dates, no absolute paths); well-formed XML too.
 */
import { defaultConfig, errorsToGetUnder, parseTemplateFile, type FileResult, type Lang, type LintResult, type OtvetMessage, type RuleCatalog, type TemplateEntry, type TemplateScore, type Thresholds, type Verdict } from '@otvet/core';
import { formatRate, plural, t } from '../i18n.js';
import { ruleReadmeText } from '../rule-docs.js';
import { messagesByTemplate, toJsonMessage, type JsonMessage } from './json.js';
import { uncheckedList } from './stylish.js';
import { escapeHtml } from './escape.js';
import { ht, htmlMessages } from './html-messages.js';
import { renderBlock, type MarkSpan } from './html-source.js';
import { renderChart } from './html-chart.js';
import { SCRIPT, STYLE } from './html-assets.js';

const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en', ru: 'ru' };

/** Findings shown per template (and for the file itself); the rest are counted in one line. */
export const MAX_ROWS = 200;
/** Templates on one page of the report (with its script). */
export const PAGE_SIZE = 50;
/** Templates named under "worst templates". */
const WORST = 10;
/** Characters of a suggestion shown; a longer one is cut. */
const LONG_SUGGESTION = 200;

export interface HtmlOptions {
  lang: Lang;
  quiet: boolean;
  /** The thresholds the rates are judged by (the project's; the defaults without one). */
  thresholds?: Thresholds;
  /** The rules of the run, for the explanations at the end. */
  catalog?: RuleCatalog;
  version?: string;
}

const badge = (verdict: Verdict | 'file', lang: Lang): string =>
  `<span class="verdict verdict-${verdict}">${escapeHtml(verdict === 'file' ? t(lang, 'html-file-messages') : t(lang, `short-${verdict}`))}</span>`;

const isAbsoluteUri = (url: string | undefined): url is string => url !== undefined && /^https?:\/\//i.test(url);

/** `text` cut to {@link LONG_SUGGESTION} characters, whitespace made visible when it is all there is. */
function shownText(text: string): string {
  const cut = text.length > LONG_SUGGESTION ? `${text.slice(0, LONG_SUGGESTION)}…` : text;
  return escapeHtml(/^\s+$/u.test(cut) ? cut.replace(/ /g, '␣').replace(/\n/g, '⏎').replace(/\t/g, '⇥') : cut);
}

/** The message `id` with its `{text}` slot filled with markup. */
function around(lang: Lang, id: 'delete' | 'insert', markup: string): string {
  const [before = '', after = ''] = htmlMessages[id][lang].split('{text}');
  return `${escapeHtml(before)}${markup}${escapeHtml(after)}`;
}

/** What to write instead: the fix (from → to) and the rule's suggestions. */
function instead(m: JsonMessage, text: string, lang: Lang): string {
  const parts: string[] = [];
  if (m.fix) {
    const from = text.slice(m.fix.range[0], m.fix.range[1]);
    const to = m.fix.text;
    if (to === '') parts.push(around(lang, 'delete', `<del>${shownText(from)}</del>`));
    else if (from === '') parts.push(around(lang, 'insert', `<code>${shownText(to)}</code>`));
    else parts.push(`<del>${shownText(from)}</del> → <code>${shownText(to)}</code>`);
    parts.push(`<span class="auto">${escapeHtml(ht(lang, 'auto-fix'))}</span>`);
  }
  const expected = (m.expected ?? []).filter((e) => e !== m.fix?.text);
  if (expected.length === 1 && !m.fix) parts.push(`<code>${shownText(expected[0]!)}</code>`);
  else if (expected.length) parts.push(`<ul>${expected.slice(0, 8).map((e) => `<li><code>${shownText(e)}</code></li>`).join('')}</ul>`);
  return parts.join('');
}

interface Rendered {
  rows: string;
  spans: MarkSpan[];
  rules: Set<string>;
}

function findings(messages: readonly OtvetMessage[], text: string, lang: Lang): Rendered {
  const spans: MarkSpan[] = [];
  const rules = new Set<string>();
  const rows = messages.slice(0, MAX_ROWS).map((message, i) => {
    const m = toJsonMessage(message);
    const n = i + 1;
    rules.add(m.ruleId);
    spans.push({ n, severity: m.severity, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn });
    const note = m.note ? `<span class="note">${escapeHtml(m.note)}</span>` : '';
    return [
      `<tr data-n="${n}" data-rule="${escapeHtml(m.ruleId)}">`,
      `<td class="n">${n}</td>`,
      `<td class="where">${m.line}:${m.column}</td>`,
      `<td class="sev sev-${m.severity}">${escapeHtml(t(lang, `html-${m.severity}`))}</td>`,
      `<td class="msg">${escapeHtml(m.message)}${note}</td>`,
      `<td class="instead">${instead(m, text, lang)}</td>`,
      `<td class="rule"><a href="#rule-${escapeHtml(m.ruleId)}">${escapeHtml(m.ruleId)}</a></td>`,
      '</tr>',
    ].join('');
  });
  for (const message of messages.slice(MAX_ROWS)) rules.add(message.ruleId);
  if (messages.length > MAX_ROWS) rows.push(`<tr><td class="more" colspan="6">${escapeHtml(t(lang, 'html-more', { count: messages.length - MAX_ROWS }))}</td></tr>`);
  const head = ['html-where', 'html-severity', 'html-message'].map((id) => `<th>${escapeHtml(t(lang, id as 'html-where'))}</th>`).join('');
  const table = `<table class="findings"><thead><tr><th>${escapeHtml(ht(lang, 'col-n'))}</th>${head}<th>${escapeHtml(ht(lang, 'write-instead'))}</th><th>${escapeHtml(t(lang, 'html-rule'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return { rows: table, spans, rules };
}


/** How far the template is from each threshold, in errors. */
function room(template: TemplateScore, thresholds: Thresholds, lang: Lang): string {
  const reviseRate = formatRate(thresholds.revise);
  const rejectRate = formatRate(thresholds.reject);
  const errors = (n: number): string => plural(lang, 'count-errors', n);
  switch (template.verdict) {
    case 'pass':
      return ht(lang, 'room', { revise: errors(template.headroom.revise), reviseRate, reject: errors(template.headroom.reject), rejectRate });
    case 'revise':
      return ht(lang, 'room-revise', { under: errors(errorsToGetUnder(template, thresholds.revise)), reviseRate, reject: errors(template.headroom.reject), rejectRate });
    case 'reject':
      return ht(lang, 'room-reject', { underReject: errors(errorsToGetUnder(template, thresholds.reject)), rejectRate, underRevise: errors(errorsToGetUnder(template, thresholds.revise)), reviseRate });
    default:
      return '';
  }
}

/** The rules of the report, explained: description, whether `--fix` fixes them, their page or README. */
function rulesSection(ids: readonly string[], catalog: RuleCatalog | undefined, urls: ReadonlyMap<string, string>, lang: Lang, usage: ReadonlyMap<string, number>): string {
  const entries = ids.map((id) => {
    const meta = catalog?.rules.get(id)?.meta;
    const parts: string[] = [];
    if (meta) parts.push(`<p>${escapeHtml(meta.description[lang])}${meta.fixable ? ` <span class="auto">${escapeHtml(ht(lang, 'rule-fixable'))}</span>` : ''}</p>`);
    parts.push(`<p>${escapeHtml(ht(lang, 'rule-templates', { templates: plural(lang, 'count-templates', usage.get(id) ?? 0) }))}</p>`);
    const url = meta?.url ?? urls.get(id);
    if (isAbsoluteUri(url)) parts.push(`<p><a href="${escapeHtml(url)}">${escapeHtml(ht(lang, 'rule-page'))}</a></p>`);
    const readme = ruleReadmeText(id, import.meta.url);
    if (readme) parts.push(`<details><summary>${escapeHtml(ht(lang, 'rule-readme'))}</summary><pre>${escapeHtml(readme)}</pre></details>`);
    return `<dt id="rule-${escapeHtml(id)}"><code>${escapeHtml(id)}</code></dt><dd>${parts.join('')}</dd>`;
  });
  return `<section id="rules"><h2>${escapeHtml(ht(lang, 'rules'))}</h2><dl class="rules">${entries.join('')}</dl></section>`;
}


interface Item {
  anchor: string;
  verdict: Verdict | 'file';
  rules: Set<string>;
  html: string;
}

/**
 * A file's templates as read from its text, for their places in it. A result from the lint cache
 * was not read as YAML again (its `file.templates` is empty): the report reads it here, so that a
 * warm cache gives the same page as a cold one. (The locale only decides a finding not used here.)
 */
function entriesOf(file: FileResult): readonly TemplateEntry[] {
  return file.cached ? parseTemplateFile(file.path, file.file.text, file.file.bom, 'ru').templates : file.file.templates;
}

export function formatHtml(result: LintResult, options: HtmlOptions): string {
  const { lang } = options;
  const thresholds = options.thresholds ?? defaultConfig().thresholds;
  const { summary } = result;
  const ruleUsage = new Map<string, number>();
  const ruleUrls = new Map<string, string>();
  const byVerdict: Record<Verdict, number> = { pass: 0, revise: 0, reject: 0, unchecked: 0 };
  const scored: { template: TemplateScore; anchor: string }[] = [];
  const toc: string[] = [];
  let totalItems = 0;
  const sections = result.files.map((file, f) => {
    const text = file.file.text;
    const lines = text.split(/\r?\n/u);
    const entries = new Map(entriesOf(file).map((e) => [e.id, e]));
    const { outside, templates } = messagesByTemplate(file, options.quiet);
    const items: Item[] = [];
    const note = (rules: Set<string>): void => {
      for (const r of rules) ruleUsage.set(r, (ruleUsage.get(r) ?? 0) + 1);
    };
    for (const m of file.messages) if (m.url && !ruleUrls.has(m.ruleId)) ruleUrls.set(m.ruleId, m.url);
    if (outside.length) {
      const anchor = `f${f + 1}-file`;
      const found = findings(outside, text, lang);
      const lineNumbers = found.spans.map((s) => s.line);
      const block = renderBlock(lines, Math.min(...lineNumbers), Math.max(...lineNumbers), found.spans);
      const verdict = file.checked ? 'file' : 'unchecked';
      note(found.rules);
      items.push({ anchor, verdict, rules: found.rules, html: `<header><h3>${escapeHtml(t(lang, 'html-file-messages'))}</h3>${badge(verdict, lang)}</header>${block}${found.rows}` });
    }
    const clean: string[] = [];
    templates.forEach(({ template, messages: own }, i) => {
      byVerdict[template.verdict]++;
      if (own.length === 0 && template.verdict === 'pass') {
        clean.push(escapeHtml(template.id));
        return;
      }
      const anchor = `f${f + 1}-t${i + 1}`;
      if (template.verdict !== 'unchecked') scored.push({ template, anchor });
      const found = findings(own, text, lang);
      note(found.rules);
      const entry = entries.get(template.id);
      let block = '';
      if (entry) {
        const first = file.file.lines.point(entry.start).line;
        const last = file.file.lines.point(Math.max(entry.start, entry.end - 1)).line;
        block = renderBlock(lines, first, last, found.spans);
      } else if (found.spans.length) {
        block = renderBlock(lines, Math.min(...found.spans.map((s) => s.line)), Math.max(...found.spans.map((s) => s.endLine)), found.spans);
      }
      const title = entry?.title ? ` <span class="title">${escapeHtml(entry.title)}</span>` : '';
      const rate = template.verdict === 'unchecked' ? '' : `<span class="rate">${formatRate(template.errorRate)}</span>`;
      const left = room(template, thresholds, lang);
      const header = `<header><h3><a class="tid" href="#${anchor}">${escapeHtml(template.id)}</a>${title}</h3>${badge(template.verdict, lang)}${rate}${left ? `<span class="room">${escapeHtml(left)}</span>` : ''}</header>`;
      items.push({ anchor, verdict: template.verdict, rules: found.rules, html: `${header}${block}${own.length ? found.rows : ''}` });
    });
    totalItems += items.length + (clean.length ? 1 : 0);
    const parts = items.map(
      (item) => `<article class="item" id="${item.anchor}" data-verdict="${item.verdict}" data-rules="${escapeHtml([...item.rules].join(' '))}">${item.html}</article>`,
    );
    if (clean.length) {
      parts.push(
        `<details class="item clean" data-verdict="pass" data-rules=""><summary>${escapeHtml(t(lang, 'html-clean', { count: clean.length }))}</summary><p>${clean.join(', ')}</p></details>`,
      );
    }
    const fileBadge = file.checked ? '' : ` ${badge('unchecked', lang)}`;
    const errors = file.messages.filter((m) => m.severity === 'error').length;
    toc.push(`<li><a href="#f${f + 1}">${escapeHtml(file.path)}</a>${fileBadge} — ${escapeHtml(`${plural(lang, 'count-templates', file.templates.length)}, ${plural(lang, 'count-errors', errors)}`)}</li>`);
    return `<section class="file" id="f${f + 1}"><h2>${escapeHtml(file.path)}${fileBadge}</h2>${parts.join('\n')}</section>`;
  });

  const worst = scored
    .filter(({ template }) => template.verdict !== 'pass')
    .sort((a, b) => b.template.errorRate - a.template.errorRate)
    .slice(0, WORST)
    .map(({ template, anchor }) => `<li><a href="#${anchor}">${escapeHtml(template.id)}</a> ${formatRate(template.errorRate)} ${badge(template.verdict, lang)}</li>`);

  const facts = [
    escapeHtml(t(lang, 'html-counts', { files: plural(lang, 'count-files', summary.files), templates: plural(lang, 'count-templates', summary.templates), words: plural(lang, 'count-words', summary.words) })),
    escapeHtml(t(lang, 'html-findings', { errors: plural(lang, 'count-errors', summary.errors), warnings: plural(lang, 'count-warnings', summary.warnings), infos: plural(lang, 'count-notes', summary.infos) })),
  ];
  if (summary.fixable) facts.push(escapeHtml(t(lang, 'fixable-line', { problems: plural(lang, 'count-problems', summary.fixable) })).replace(/`([^`]+)`/u, '<code>$1</code>'));
  facts.push(escapeHtml(ht(lang, 'thresholds', { revise: formatRate(thresholds.revise), reject: formatRate(thresholds.reject) })));
  const unchecked = uncheckedList(result);
  if (unchecked.length) facts.push(escapeHtml(t(lang, 'unchecked-list', { list: unchecked.join(', ') })));
  const counts = (['reject', 'revise', 'pass', 'unchecked'] as const)
    .filter((v) => byVerdict[v] > 0)
    .map((v) => `<li><button type="button" data-verdict="${v}" disabled="disabled">${badge(v, lang)} ${byVerdict[v]}</button></li>`);
  const allScored = result.files.flatMap((file) => file.templates);
  const uncheckedNote = byVerdict.unchecked ? ` ${escapeHtml(ht(lang, 'chart-unchecked', { count: byVerdict.unchecked }))}` : '';

  const rules = [...ruleUsage.keys()].sort();
  const ruleOptions = rules.map((id) => `<option value="${escapeHtml(id)}">${escapeHtml(`${id} (${ruleUsage.get(id)})`)}</option>`).join('');
  const verdictOptions = (['reject', 'revise', 'pass', 'unchecked'] as const).map((v) => `<option value="${v}">${escapeHtml(t(lang, `short-${v}`))}</option>`).join('');

  return [
    '<!DOCTYPE html>',
    `<html lang="${HTML_LANG[lang]}">`,
    '<head>',
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<title>${escapeHtml(t(lang, 'html-title'))} — ${escapeHtml(t(lang, `short-${summary.verdict}`))}</title>`,
    `<style>${STYLE}</style>`,
    "<script>document.documentElement.className='js'</script>",
    '</head>',
    '<body>',
    `<header class="top v-${summary.verdict}">`,
    '<div>',
    `<h1>${escapeHtml(t(lang, 'html-title'))}</h1>`,
    `<p class="headline summary">${escapeHtml(t(lang, 'html-error-rate'))}: <strong>${formatRate(summary.errorRate)}</strong> ${badge(summary.verdict, lang)}</p>`,
    `<p class="facts">${facts.map((x) => `<span>${x}</span>`).join('')}</p>`,
    `<ul class="counts" aria-label="${escapeHtml(ht(lang, 'by-verdict'))}">${counts.join('')}</ul>`,
    '</div>',
    `<figure>${renderChart(allScored, thresholds, lang)}<figcaption>${escapeHtml(ht(lang, 'chart-caption'))}${uncheckedNote}</figcaption></figure>`,
    '</header>',
    `<nav class="toc"><details${result.files.length <= 20 ? ' open="open"' : ''}><summary>${escapeHtml(ht(lang, 'toc'))}</summary><div class="toc-cols">`,
    `<ol class="files">${toc.join('')}</ol>`,
    worst.length ? `<div><strong>${escapeHtml(ht(lang, 'worst'))}</strong><ol class="worst">${worst.join('')}</ol></div>` : '',
    '</div></details></nav>',
    `<form class="filters" id="filters" role="search" hidden="hidden">`,
    `<label>${escapeHtml(ht(lang, 'filter-verdict'))}<select id="f-verdict"><option value="">${escapeHtml(ht(lang, 'filter-all-verdicts'))}</option>${verdictOptions}</select></label>`,
    `<label>${escapeHtml(ht(lang, 'filter-rule'))}<select id="f-rule"><option value="">${escapeHtml(ht(lang, 'filter-all-rules'))}</option>${ruleOptions}</select></label>`,
    `<label>${escapeHtml(ht(lang, 'search'))}<input id="f-q" type="search" placeholder="${escapeHtml(ht(lang, 'search-placeholder'))}"/></label>`,
    `<span class="shown" id="f-shown" data-text="${escapeHtml(ht(lang, 'shown'))}" aria-live="polite">${escapeHtml(ht(lang, 'shown', { shown: totalItems, total: totalItems }))}</span>`,
    '</form>',
    `<p class="hint">${escapeHtml(ht(lang, 'mark-hint'))}</p>`,
    `<main id="templates" data-page-size="${PAGE_SIZE}">`,
    ...sections,
    `<p id="none" hidden="hidden">${escapeHtml(ht(lang, 'none-match'))}</p>`,
    '</main>',
    `<nav class="pager" id="pager" hidden="hidden"><button type="button" id="prev">${escapeHtml(ht(lang, 'prev'))}</button><span id="page" data-text="${escapeHtml(ht(lang, 'page'))}"></span><button type="button" id="next">${escapeHtml(ht(lang, 'next'))}</button></nav>`,
    rules.length ? rulesSection(rules, options.catalog, ruleUrls, lang, ruleUsage) : '',
    `<footer>${escapeHtml(options.version ? ht(lang, 'made-by', { version: options.version }) : 'otvet')}</footer>`,
    '<div id="pop" role="tooltip" hidden="hidden"></div>',
    `<script>//<![CDATA[\n${SCRIPT}\n//]]></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
