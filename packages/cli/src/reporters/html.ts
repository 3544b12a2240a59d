/**
 * `--format html`: one self-contained page (no scripts, no external resources) for people who do
 * not read a terminal: the pack's error rate and verdict, then each file and each template with
 * its rate and verdict, and every message with its line of the file, the reported stretch marked.
 * Headings in the `--lang` language. At most {@link MAX_ROWS} messages per template, and long
 * lines cut around the mark: the page stays proportional to what it reports. Deterministic: no dates, no absolute paths. The markup is
 * also well-formed XML (tests parse it).
 */
import type { Lang, LintResult, OtvetMessage, Verdict } from '@otvet/core';
import { formatRate, plural, t } from '../i18n.js';
import { messagesByTemplate, toJsonMessage } from './json.js';
import { uncheckedList } from './stylish.js';
import { escapeControls } from './escape.js';

const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en', ru: 'ru' };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Markup and control characters (escape.ts: XML 1.0 forbids most of them, and they reorder or hide text). */
export const escapeHtml = (s: string): string => escapeControls(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:72rem;padding:1.5rem;color:#1f2328;background:#fff}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;word-break:break-all}h3{font-size:1rem;margin:0 0 .5rem}
.summary{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:.75rem 1rem;border-radius:.5rem;background:#f6f8fa}
.verdict{display:inline-block;padding:0 .5rem;border-radius:1rem;font-weight:600;font-size:.85rem}
.verdict-pass{background:#dafbe1;color:#116329}.verdict-revise{background:#fff8c5;color:#7d4e00}.verdict-reject{background:#ffebe9;color:#a40e26}.verdict-unchecked{background:#fbefff;color:#6e40c9}
article{border:1px solid #d0d7de;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}
table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:.25rem .5rem;border-top:1px solid #eaeef2}th{font-weight:600;font-size:.85rem;color:#57606a}
.sev{font-weight:600;white-space:nowrap}.sev-error{color:#a40e26}.sev-warning{color:#7d4e00}.sev-info{color:#0550ae}
.where,.rule{white-space:nowrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
pre{margin:.25rem 0 0;padding:.25rem .5rem;background:#f6f8fa;border-radius:.25rem;white-space:pre-wrap;word-break:break-word;font-size:.85rem}
mark{background:#ffd8b5;border-radius:.15rem}
.clean,.more{color:#57606a}
`.trim();

/** Messages shown per template (and for the file itself); the rest are counted in one line. */
export const MAX_ROWS = 200;
/** A line longer than this is shown as a stretch around the mark, not whole. */
const LONG_LINE = 240;
/** Characters shown on each side of the mark of a long line, and of a long mark itself. */
const CONTEXT = 60;
const LONG_MARK = 120;

/** `i` moved off the low half of a surrogate pair (so that a slice never splits a character). */
const boundary = (text: string, i: number, back: boolean): number => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 ? (back ? i - 1 : i + 1) : i;
};

/**
 * The file's line of a message, with the reported stretch (on that line) marked. A long line
 * is cut to the stretch around the mark, «…» at each cut: a line is never copied whole into
 * every message of it, so the page grows with the number of messages, not their product with
 * the line's length.
 */
function snippet(lines: readonly string[], m: ReturnType<typeof toJsonMessage>): string {
  const text = lines[m.line - 1];
  if (text === undefined) return '';
  const start = Math.min(Math.max(m.column - 1, 0), text.length);
  const end = m.endLine === m.line ? Math.min(Math.max(m.endColumn - 1, start), text.length) : text.length;
  if (text.length <= LONG_LINE) {
    const marked = end > start ? `<mark>${escapeHtml(text.slice(start, end))}</mark>` : '';
    return `<pre><code>${escapeHtml(text.slice(0, start))}${marked}${escapeHtml(text.slice(end))}</code></pre>`;
  }
  const from = boundary(text, Math.max(0, start - CONTEXT), false);
  const markEnd = end - start > LONG_MARK ? boundary(text, start + LONG_MARK, true) : end;
  const to = markEnd < end ? markEnd : boundary(text, Math.min(text.length, end + CONTEXT), true);
  const marked = end > start ? `<mark>${escapeHtml(text.slice(start, markEnd))}${markEnd < end ? '…' : ''}</mark>` : '';
  const before = `${from > 0 ? '…' : ''}${escapeHtml(text.slice(from, start))}`;
  const after = markEnd < end ? '' : escapeHtml(text.slice(end, to));
  return `<pre><code>${before}${marked}${after}${to < text.length ? '…' : ''}</code></pre>`;
}

function messageRows(messages: readonly OtvetMessage[], lines: readonly string[], lang: Lang): string {
  const rows = messages.slice(0, MAX_ROWS).map((message) => {
    const m = toJsonMessage(message);
    return [
      '<tr>',
      `<td class="where">${m.line}:${m.column}</td>`,
      `<td class="sev sev-${m.severity}">${escapeHtml(t(lang, `html-${m.severity}`))}</td>`,
      `<td>${escapeHtml(m.message)}${snippet(lines, m)}</td>`,
      `<td class="rule">${escapeHtml(m.ruleId)}</td>`,
      '</tr>',
    ].join('');
  });
  if (messages.length > MAX_ROWS) rows.push(`<tr><td class="more" colspan="4">${escapeHtml(t(lang, 'html-more', { count: messages.length - MAX_ROWS }))}</td></tr>`);
  const head = `<thead><tr><th>${escapeHtml(t(lang, 'html-where'))}</th><th>${escapeHtml(t(lang, 'html-severity'))}</th><th>${escapeHtml(t(lang, 'html-message'))}</th><th>${escapeHtml(t(lang, 'html-rule'))}</th></tr></thead>`;
  return `<table>${head}<tbody>${rows.join('')}</tbody></table>`;
}

const verdictBadge = (verdict: Verdict, lang: Lang): string => `<span class="verdict verdict-${verdict}">${escapeHtml(t(lang, `short-${verdict}`))}</span>`;

export function formatHtml(result: LintResult, options: { lang: Lang; quiet: boolean }): string {
  const { lang } = options;
  const { summary } = result;
  const sections = result.files.map((file) => {
    const lines = file.file.text.split(/\r\n|\r|\n/);
    const { outside, templates } = messagesByTemplate(file, options.quiet);
    const parts: string[] = [];
    if (outside.length) parts.push(`<article><h3>${escapeHtml(t(lang, 'html-file-messages'))}</h3>${messageRows(outside, lines, lang)}</article>`);
    const clean: string[] = [];
    for (const { template, messages: own } of templates) {
      if (own.length === 0 && template.verdict === 'pass') {
        clean.push(escapeHtml(template.id));
        continue;
      }
      // An unchecked template has no rate to show.
      const rate = template.verdict === 'unchecked' ? '' : ` · ${formatRate(template.errorRate)}`;
      const heading = `<h3>${escapeHtml(template.id)}${rate} ${verdictBadge(template.verdict, lang)}</h3>`;
      parts.push(`<article class="template">${heading}${own.length ? messageRows(own, lines, lang) : ''}</article>`);
    }
    if (clean.length) parts.push(`<p class="clean">${escapeHtml(t(lang, 'html-clean', { count: clean.length }))} ${clean.join(', ')}</p>`);
    const badge = file.checked ? '' : ` ${verdictBadge('unchecked', lang)}`;
    return `<section><h2>${escapeHtml(file.path)}${badge}</h2>${parts.join('\n')}</section>`;
  });
  const facts = [
    `<span>${escapeHtml(t(lang, 'html-error-rate'))}: <strong>${formatRate(summary.errorRate)}</strong> ${verdictBadge(summary.verdict, lang)}</span>`,
    `<span>${escapeHtml(t(lang, 'html-counts', { files: plural(lang, 'count-files', summary.files), templates: plural(lang, 'count-templates', summary.templates), words: plural(lang, 'count-words', summary.words) }))}</span>`,
    `<span>${escapeHtml(t(lang, 'html-findings', { errors: plural(lang, 'count-errors', summary.errors), warnings: plural(lang, 'count-warnings', summary.warnings), infos: plural(lang, 'count-notes', summary.infos) }))}</span>`,
  ];
  const unchecked = uncheckedList(result);
  if (unchecked.length) facts.push(`<span>${escapeHtml(t(lang, 'unchecked-list', { list: unchecked.join(', ') }))}</span>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${HTML_LANG[lang]}">`,
    '<head>',
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<title>${escapeHtml(t(lang, 'html-title'))} — ${escapeHtml(t(lang, `short-${summary.verdict}`))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(t(lang, 'html-title'))}</h1>`,
    `<p class="summary">${facts.join('')}</p>`,
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
