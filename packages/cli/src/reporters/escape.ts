/**
 * Visible escapes for what a terminal, a CI log or an XML parser would act on. A template's text,
 * id or a file name may hold ESC (colours, OSC 8 hyperlinks, cursor moves), a carriage return
 * that overwrites the line, a line feed that starts a new line (where GitHub Actions reads
 * `::error::`, `::add-mask::`…), NUL, direction controls that reorder the line, or characters
 * XML 1.0 forbids. Every human-readable report passes the text it did not write itself through
 * {@link escapeControls}.
 */
import { localize, type Lang, type UserError } from '@otvet/core';

/**
 * C0 controls (tab and line feed included), DEL, C1 controls, direction controls, the Unicode
 * line and paragraph separators, the noncharacters U+FFFE and U+FFFF, and lone surrogates.
 */
const CONTROLS =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A cheap pre-test: any of those, or any surrogate. */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff\ud800-\udfff]/;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex4 = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `\u001b`, `\n`, `\u202e`… in place of each such character; everything else unchanged. */
export function escapeControls(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => SHORT[c] ?? hex4(c));
}

/**
 * {@link escapeControls} on each line of a text whose line breaks (LF or CRLF) are its own: a
 * report it composed, a diff of CRLF files.
 */
export function escapeLines(text: string): string {
  return text.split(/(\r?\n)/).map((part, i) => (i % 2 ? part : escapeControls(part))).join('');
}

/**
 * JSON that JSON.stringify wrote, with DEL, C1 controls, direction controls and U+2028/2029 as
 * `\uXXXX` escapes too (JSON.stringify escapes only C0 and lone surrogates): the same data, and
 * nothing a terminal acts on when the report is printed.
 */
export function escapeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, hex4);
}

/**
 * `path:line:column: message` of a user error, like {@link UserError.format}, with the path and
 * the data escaped (a file name or a value from the input): one line per error, whatever it holds.
 */
export function formatUserError(error: UserError, lang: Lang): string {
  const where = error.location
    ? `${escapeControls(error.location.path)}${error.location.line ? `:${error.location.line}:${error.location.column ?? 1}` : ''}: `
    : '';
  const data = Object.fromEntries(Object.entries(error.data).map(([k, v]) => [k, typeof v === 'string' ? escapeControls(v) : v]));
  return where + localize(error.localized, lang, data);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for HTML and XML: markup characters as entities, control characters as {@link escapeControls} shows them (XML 1.0 forbids most of them, and they reorder or hide text). */
export const escapeHtml = (s: string): string => escapeControls(s).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
