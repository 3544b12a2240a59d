/**
 * Loading one template file: YAML with positions, schema validation with exact
 * positions, template and text extraction, suppression comments.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { validateTemplates } from './generated/validators.js';
import type { SchemaError } from './generated/validate-function.js';
import { hints, schemaMessages, typeNames, yamlMessages } from './messages.js';
import type { Finding } from './finding.js';
import { LineIndex } from './positions.js';
import { nodeAt, pointerParts } from './yaml-path.js';
import { mapScalar, type ScalarMap } from './scalar-map.js';
import type { Localized } from './i18n.js';
import type { PlaceholderDeclaration } from './types.js';
import { closest } from './distance.js';

export interface TextEntry {
  locale: string;
  node: Scalar;
  map: ScalarMap;
  /** Offset of the locale key. */
  keyStart: number;
  /** Whether the text is inside a flow collection (`text: { ru: … }`), where `,[]{}` end a plain scalar. */
  flow: boolean;
}

export interface TemplateEntry {
  id: string;
  /** Position of the item in the file's `templates` list. */
  index: number;
  start: number;
  end: number;
  idStart: number;
  idEnd: number;
  title?: string;
  tags?: string[];
  placeholders: Record<string, PlaceholderDeclaration>;
  texts: Map<string, TextEntry>;
  disable: { rule: string; reason: string; start: number; end: number }[];
  /** False when the template failed the schema: its texts are not linted. */
  valid: boolean;
}

export interface Directive {
  rules: { id: string; start: number; end: number }[];
  reason: string;
  /** Range of the comment. */
  start: number;
  end: number;
  /** Range of the file the directive covers. */
  coverStart: number;
  coverEnd: number;
}

export interface TemplateFile {
  path: string;
  text: string;
  bom: boolean;
  lines: LineIndex;
  doc?: Document.Parsed;
  templates: TemplateEntry[];
  findings: Finding[];
  directives: Directive[];
  /** True when the file could be parsed and validated well enough to lint texts. */
  usable: boolean;
  /** Items of the `templates` list that could not be read as a template (not a mapping, no string id). */
  unread: number;
}

function yamlFinding(code: string, detail: string, start: number, end: number, text: string, warning = false): Finding {
  let message: Localized = warning ? yamlMessages.warning : yamlMessages.other;
  let s = start;
  let e = Math.max(end, start + 1);
  const data: Record<string, string> = { detail: detail.replace(/\s*at line \d+, column \d+[\s\S]*$/u, '').replace(/\.$/, '') };
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // Most often an unquoted ": " inside a text. Point at it.
      const lineEnd = text.indexOf('\n', start);
      const line = text.slice(start, lineEnd === -1 ? text.length : lineEnd);
      const at = line.search(/:(\s|$)/u);
      if (at >= 0) {
        message = yamlMessages['unquoted-colon'];
        s = start + at;
        e = s + 1;
      }
      break;
    }
    case 'TAB_AS_INDENT':
      message = yamlMessages['tab-indent'];
      break;
    case 'DUPLICATE_KEY': {
      message = yamlMessages['duplicate-key'];
      const m = /^[^\s:#]+/u.exec(text.slice(start));
      data.key = m ? m[0].replace(/^["']|["']$/g, '') : '?';
      e = start + (m ? m[0].length : 1);
      break;
    }
    case 'MISSING_CHAR': {
      message = yamlMessages['missing-char'];
      // The parser stops at the end of the file; point at the quote that was never closed.
      const quote = /quote/.test(detail) ? (/single/i.test(detail) ? "'" : '"') : undefined;
      const at = quote ? text.lastIndexOf(quote, Math.min(start, text.length) - 1) : -1;
      if (at >= 0) {
        s = at;
        e = at + 1;
      }
      break;
    }
    case 'MULTIPLE_DOCS':
      message = yamlMessages['multiple-docs'];
      e = s + 3;
      break;
    case 'BAD_INDENT':
      message = yamlMessages['bad-indent'];
      break;
  }
  const finding: Finding = { ruleId: 'yaml-syntax', messageId: code, message, data, start: s, end: e };
  if (warning) finding.severity = 'warning';
  else finding.severity = 'error';
  return finding;
}

const hasRange = (n: unknown): n is Node & { range: [number, number, number] } =>
  typeof n === 'object' && n !== null && Array.isArray((n as { range?: unknown }).range);

function rangeOf(n: unknown, fallback: number): [number, number] {
  return hasRange(n) ? [n.range[0], Math.max(n.range[1], n.range[0] + 1)] : [fallback, fallback + 1];
}

const ALLOWED_KEYS: Record<string, string[]> = {
  '': ['templates'],
  template: ['id', 'title', 'tags', 'placeholders', 'text', 'lint'],
  placeholder: ['type', 'example', 'description'],
  lint: ['disable'],
  suppression: ['rule', 'reason'],
};

function keysFor(pointer: string): string[] {
  if (pointer === '') return ALLOWED_KEYS['']!;
  if (/^\/templates\/\d+$/.test(pointer)) return ALLOWED_KEYS.template!;
  if (/\/placeholders\/[^/]+$/.test(pointer)) return ALLOWED_KEYS.placeholder!;
  if (/\/lint$/.test(pointer)) return ALLOWED_KEYS.lint!;
  if (/\/disable\/\d+$/.test(pointer)) return ALLOWED_KEYS.suppression!;
  return [];
}

/** Turn ajv errors into findings at the exact nodes, one per place, most specific first. */
function schemaFindings(doc: Document.Parsed, errors: SchemaError[]): Finding[] {
  // anyOf/oneOf emit one error per branch; keep the errors of the branch that got furthest.
  const filtered = errors.filter((e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null'));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const error of filtered.length ? filtered : errors) {
    const identity = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const { node, key } = nodeAt(doc, pointerParts(error.instancePath));
    let [start, end] = rangeOf(node ?? key, 0);
    let message: Localized = schemaMessages['bad-value'];
    const data: Record<string, string> = { detail: error.message ?? error.keyword };
    if (error.keyword === 'additionalProperties' && isMap(node)) {
      const name = String(error.params.additionalProperty);
      const p = node.items.find((it) => isScalar(it.key) && String(it.key.value) === name);
      [start, end] = rangeOf(p?.key, start);
      message = schemaMessages['unknown-key'];
      data.key = name;
      const suggestion = closest(name.toLowerCase(), keysFor(error.instancePath), 2);
      if (suggestion) data.suggestion = suggestion;
    } else if (error.keyword === 'required') {
      message = schemaMessages['missing-key'];
      data.key = String(error.params.missingProperty);
      if (isMap(node) && node.items[0]) [start] = rangeOf(node.items[0].key, start);
      end = start + 1;
      if (isMap(node) && node.items[0] && hasRange(node.items[0].key)) end = node.items[0].key.range[1];
    } else if (error.keyword === 'type') {
      message = schemaMessages['wrong-type'];
      const t = String(error.params.type).split(',')[0] ?? 'string';
      data.expected = t;
    } else if (error.keyword === 'pattern' && /^\/templates\/\d+\/id$/.test(error.instancePath)) {
      message = schemaMessages['bad-id'];
      data.value = isScalar(node) ? String(node.value) : '';
    } else if ((error.keyword === 'pattern' || error.keyword === 'minLength') && /\/reason$/.test(error.instancePath)) {
      message = schemaMessages['empty-reason'];
    } else if (error.keyword === 'enum') {
      data.detail = `${error.message ?? ''}: ${(error.params.allowedValues as unknown[]).join(', ')}`;
    } else if (error.keyword === 'propertyNames' || error.keyword === 'pattern') {
      const bad = error.params.propertyName;
      if (typeof bad === 'string' && isMap(node)) {
        const p = node.items.find((it) => isScalar(it.key) && String(it.key.value) === bad);
        [start, end] = rangeOf(p?.key, start);
        data.detail = `“${bad}”`;
      }
    }
    const finding: Finding = { ruleId: 'schema', messageId: error.keyword, message, data, start, end, severity: 'error' };
    const inTemplate = /^\/templates\/(\d+)/.exec(error.instancePath);
    if (inTemplate) finding.templateIndex = Number(inTemplate[1]);
    out.push(finding);
  }
  return out;
}

/** Localize the parts of schema data that are themselves messages (type names, hints). */
export function schemaData(data: Record<string, string | number> | undefined, lang: 'en' | 'zh' | 'ru'): Record<string, string | number> {
  if (!data) return {};
  const out: Record<string, string | number> = { ...data };
  if (typeof data.expected === 'string' && typeNames[data.expected]) out.expected = typeNames[data.expected]![lang];
  out.hint = typeof data.suggestion === 'string' ? hints.didYouMean[lang].replace('{name}', data.suggestion) : '';
  return out;
}

const DIRECTIVE = /^([ \t]*)#[ \t]*otvet-disable-next-line\b(.*)$/u;

/** Parse and validate one template file. Never throws. */
export function parseTemplateFile(path: string, text: string, bom: boolean, target: string): TemplateFile {
  const lines = new LineIndex(text);
  const file: TemplateFile = { path, text, bom, lines, templates: [], findings: [], directives: [], usable: false, unread: 0 };
  const doc = parseDocument(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: true });
  file.doc = doc;
  for (const e of doc.errors) file.findings.push(yamlFinding(e.code, e.message, e.pos[0], e.pos[1], text));
  for (const w of doc.warnings) file.findings.push(yamlFinding(w.code, w.message, w.pos[0], w.pos[1], text, true));
  if (doc.errors.length) return file;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    file.findings.push({ ruleId: 'schema', messageId: 'empty', message: schemaMessages.empty, start: 0, end: 0, severity: 'error' });
    return file;
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const badTemplates = new Set<number>();
  let topLevelBad = false;
  if (!validateTemplates(data)) {
    const errors = validateTemplates.errors ?? [];
    file.findings.push(...schemaFindings(doc, errors));
    for (const e of errors) {
      const m = /^\/templates\/(\d+)/.exec(e.instancePath);
      if (m) badTemplates.add(Number(m[1]));
      else topLevelBad = true;
    }
  }
  if (topLevelBad) return file;
  file.usable = true;
  const seq = isMap(doc.contents) ? doc.contents.get('templates', true) : undefined;
  if (!isSeq(seq)) return file;
  seq.items.forEach((item, index) => {
    const entry = isMap(item) ? readTemplate(text, item, index, !badTemplates.has(index)) : undefined;
    if (!entry || !isMap(item)) {
      file.unread++;
      return;
    }
    if (entry.valid && !entry.texts.has(target)) {
      const textNode = item.get('text', true);
      const [s, e] = rangeOf(findKey(item, 'text') ?? textNode, entry.start);
      file.findings.push({
        ruleId: 'schema', messageId: 'missing-target', message: schemaMessages['missing-target'], data: { locale: target },
        start: s, end: e, severity: 'error', templateId: entry.id, templateIndex: index,
      });
    }
    for (const [locale, t] of entry.texts) {
      if (entry.valid && t.map.value.trim() === '') {
        file.findings.push({
          ruleId: 'schema', messageId: 'empty-text', message: schemaMessages['empty-text'], data: { locale },
          start: t.keyStart, end: t.keyStart + locale.length, severity: 'error', templateId: entry.id, templateIndex: index, locale,
        });
      }
    }
    for (const f of file.findings) if (f.templateIndex === index) f.templateId = entry.id;
    file.templates.push(entry);
  });
  file.directives = readDirectives(file);
  return file;
}

function findKey(map: YAMLMap, key: string): Node | undefined {
  const pair = map.items.find((it) => isScalar(it.key) && it.key.value === key);
  return pair && hasRange(pair.key) ? pair.key : undefined;
}

function readTemplate(text: string, item: YAMLMap, index: number, valid: boolean): TemplateEntry | undefined {
  const idNode = item.get('id', true);
  const id = isScalar(idNode) && typeof idNode.value === 'string' ? idNode.value : undefined;
  if (id === undefined) return undefined;
  const [start, end] = rangeOf(item, 0);
  const [idStart, idEnd] = rangeOf(idNode, start);
  const entry: TemplateEntry = {
    id, index, start, end, idStart, idEnd, placeholders: {}, texts: new Map(), disable: [], valid,
  };
  const title = item.get('title');
  if (typeof title === 'string') entry.title = title;
  const tags = item.get('tags');
  if (isSeq(tags)) entry.tags = tags.items.map((t) => (isScalar(t) ? String(t.value) : '')).filter(Boolean);
  const placeholders = item.get('placeholders', true);
  if (isMap(placeholders)) {
    for (const p of placeholders.items) {
      if (!isScalar(p.key)) continue;
      const v: unknown = isMap(p.value) ? p.value.toJSON() : {};
      entry.placeholders[String(p.key.value)] = (v ?? {}) as PlaceholderDeclaration;
    }
  }
  const texts = item.get('text', true);
  if (isMap(texts)) {
    for (const p of texts.items) {
      if (!isPair(p) || !isScalar(p.key) || !isScalar(p.value) || typeof p.value.value !== 'string') continue;
      entry.texts.set(String(p.key.value), {
        locale: String(p.key.value), node: p.value, map: mapScalar(text, p.value), keyStart: rangeOf(p.key, start)[0], flow: texts.flow === true,
      });
    }
  }
  const lint = item.get('lint', true);
  const disable = isMap(lint) ? lint.get('disable', true) : undefined;
  if (isSeq(disable)) {
    for (const d of disable.items) {
      if (!isMap(d)) continue;
      const rule = d.get('rule', true);
      const reason = d.get('reason');
      const [s, e] = rangeOf(rule ?? d, start);
      if (isScalar(rule) && typeof rule.value === 'string') {
        entry.disable.push({ rule: rule.value, reason: typeof reason === 'string' ? reason : '', start: s, end: e });
      }
    }
  }
  return entry;
}

function readDirectives(file: TemplateFile): Directive[] {
  const { text, lines } = file;
  const out: Directive[] = [];
  const inText = (offset: number): boolean =>
    file.templates.some((t) => [...t.texts.values()].some((x) => offset >= x.map.nodeStart && offset < x.map.nodeEnd));
  for (let line = 1; line <= lines.lines; line++) {
    const ls = lines.lineStart(line);
    const nl = text.indexOf('\n', ls);
    const le = nl === -1 ? text.length : nl;
    const raw = text.slice(ls, le).replace(/\r$/, '');
    const m = DIRECTIVE.exec(raw);
    if (!m || inText(ls)) continue;
    const body = m[2] ?? '';
    const sep = body.indexOf('--');
    const list = sep === -1 ? body : body.slice(0, sep);
    const reason = sep === -1 ? '' : body.slice(sep + 2).trim();
    const bodyStart = ls + raw.length - body.length;
    const rules: Directive['rules'] = [];
    for (const r of list.matchAll(/[^\s,]+/gu)) {
      rules.push({ id: r[0], start: bodyStart + r.index, end: bodyStart + r.index + r[0].length });
    }
    // The next line that is neither blank nor a comment.
    let next = line + 1;
    for (; next <= lines.lines; next++) {
      const s = lines.lineStart(next);
      const n2 = text.indexOf('\n', s);
      const t = text.slice(s, n2 === -1 ? text.length : n2).trim();
      if (t !== '' && !t.startsWith('#')) break;
    }
    const coverStart = next <= lines.lines ? lines.lineStart(next) : text.length;
    const nextNl = text.indexOf('\n', coverStart);
    let coverEnd = nextNl === -1 ? text.length : nextNl;
    // A node that starts on that line is covered whole: a template item or a text.
    for (const t of file.templates) {
      if (lines.point(t.start).line === next) coverEnd = Math.max(coverEnd, t.end);
      for (const x of t.texts.values()) {
        if (lines.point(x.keyStart).line === next || lines.point(x.map.nodeStart).line === next) {
          coverEnd = Math.max(coverEnd, x.map.nodeEnd);
        }
      }
    }
    out.push({ rules, reason, start: ls + (m[1]?.length ?? 0), end: le, coverStart, coverEnd });
  }
  return out;
}
