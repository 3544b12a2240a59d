/**
 * Loading one template file: YAML with positions, schema validation with exact
 * positions, template and text extraction, suppression comments.
 */
import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type YAMLMap } from 'yaml';
import { parseYamlDocument } from './yaml-parse.js';
import { MAX_DEPTH, yamlShape, type YamlShape } from './yaml-limits.js';
import { validateTemplates } from './generated/validators.js';
import type { SchemaError } from './generated/validate-function.js';
import { fillSlots, hints, joinLocalized, schemaDetail, schemaMessages, typeNames, withDetail, yamlMessages } from './messages.js';
import type { Finding } from './finding.js';
import { LineIndex } from './positions.js';
import { nodeAt, pointerParts } from './yaml-path.js';
import { mapScalar, type ScalarMap } from './scalar-map.js';
import type { Localized } from './i18n.js';
import type { PlaceholderDeclaration } from './types.js';
import { closest } from './distance.js';

export interface TextEntry {
  locale: string;
  /** The text's value, with the source position of each of its characters. */
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
  /** Plain scalars cut short by a comment on their line, with the edit that quotes them whole. */
  requotes: Requote[];
}

/**
 * A plain scalar of a template followed on its line by a comment (`ru: Заказ #12 готов` reads
 * as «Заказ»): the edit that quotes the scalar with the comment, and the value it then has at
 * `path` of the file's data. `--fix` applies it as it applies a rule's fix, and checks that the
 * file then parses to exactly that value there.
 */
export interface Requote {
  start: number;
  end: number;
  text: string;
  path: (string | number)[];
  value: string;
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
      // The parser stops at the end of the file; point at the quote that was never closed.
      const quote = /quote/.test(detail) ? (/single/i.test(detail) ? "'" : '"') : undefined;
      message = quote ? yamlMessages['missing-quote'] : yamlMessages['missing-char'];
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
    case 'MULTILINE_IMPLICIT_KEY':
      message = yamlMessages['multiline-key'];
      break;
    case 'UNEXPECTED_TOKEN':
      message = yamlMessages.unexpected;
      break;
    case 'BAD_SCALAR_START':
      message = yamlMessages['bad-start'];
      break;
  }
  const finding: Finding = { ruleId: 'yaml-syntax', messageId: code, message, data, start: s, end: e };
  if (warning) finding.severity = 'warning';
  else finding.severity = 'error';
  return finding;
}

const hasRange = (n: unknown): n is Node & { range: [number, number, number] } =>
  typeof n === 'object' && n !== null && Array.isArray((n as { range?: unknown }).range);

/** The anchors (`&name`) of a document, with the offset of their `&`, in document order. */
function anchorsOf(doc: Document, text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  visit(doc, (_key, node) => {
    const n = node as Node;
    if (!n || typeof n !== 'object' || !('anchor' in n) || !n.anchor) return;
    const at = hasRange(n) ? text.lastIndexOf(`&${n.anchor}`, n.range[0]) : -1;
    out.push({ name: n.anchor, start: Math.max(at, 0) });
  });
  return out.sort((a, b) => a.start - b.start);
}

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
    // By default: what the value must be, in words of each language.
    let message: Localized = withDetail(schemaMessages['bad-value'], schemaDetail(error));
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
      // A misspelt value: the allowed one it is closest to.
      const value = isScalar(node) ? String(node.value) : '';
      const suggestion = closest(value.toLowerCase(), (error.params.allowedValues as unknown[]).map(String), 2);
      if (suggestion) message = withDetail(schemaMessages['bad-value'], joinLocalized(schemaDetail(error), fillSlots(hints.didYouMean, { name: suggestion })));
    } else if (error.keyword === 'propertyNames' || error.keyword === 'pattern') {
      const bad = error.params.propertyName;
      if (typeof bad === 'string' && isMap(node)) {
        const p = node.items.find((it) => isScalar(it.key) && String(it.key.value) === bad);
        [start, end] = rangeOf(p?.key, start);
        message = schemaMessages['bad-value'];
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

/** At most this many aliases are reported in a file (an alias bomb has thousands). */
const MAX_ALIAS_FINDINGS = 10;

/** Blanks and a comment right at `lastIndex`, to the end of the line. */
const COMMENT_AFTER = /[ \t]*(#[^\r\n]*)/uy;

/** Keys whose values are identifiers, not prose: a comment after them is an ordinary comment. */
const IDENTIFIER_KEYS = new Set(['id', 'type', 'rule', 'tags']);

/** A scalar quoted so that it reads back as `value` (single quotes unless the value holds one). */
function quoteScalar(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!/["\\]/u.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Report every plain string scalar of a template (texts, title, placeholder examples and
 * descriptions, suppression reasons; not ids, types, rule names or tags) that a comment follows
 * on its line: the comment is lost text far more often than a note (`#12345`, `# 2 шт.`).
 * A text left empty by a comment that starts right after the key (`ru: #1 в рейтинге`) too.
 * The fix quotes the scalar with the comment when that is unambiguous: one line, not in a
 * flow collection, and the comment begins with `#` and a non-blank and holds no second ` #`.
 */
function commentsAfterText(file: TemplateFile, item: YAMLMap, index: number): void {
  const { text } = file;
  const stack: { node: unknown; path: (string | number)[]; flow: boolean; key?: string }[] = [{ node: item, path: ['templates', index], flow: item.flow === true }];
  while (stack.length) {
    const { node, path, flow, key } = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      const inFlow = flow || node.flow === true;
      (node.items as unknown[]).forEach((it, i) => {
        if (isPair(it)) {
          const name = isScalar(it.key) ? String(it.key.value) : undefined;
          if (name !== undefined && !IDENTIFIER_KEYS.has(name)) stack.push({ node: it.value, path: [...path, name], flow: inFlow, key: name });
        } else stack.push({ node: it, path: [...path, i], flow: inFlow });
      });
      continue;
    }
    if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) continue;
    const inText = path.length === 4 && path[2] === 'text';
    const [start, valueEnd] = node.range;
    COMMENT_AFTER.lastIndex = valueEnd;
    const rest = COMMENT_AFTER.exec(text);
    if (!rest) continue;
    const comment = rest[1]!.trimEnd();
    const glued = /^#\S/u.test(comment);
    if (typeof node.value !== 'string' && !(node.value === null && inText && glued)) continue;
    const commentStart = valueEnd + rest[0].length - rest[1]!.length;
    const commentEnd = commentStart + comment.length;
    const finding: Finding = {
      ruleId: 'yaml-syntax', messageId: 'comment-after-text', message: yamlMessages['comment-after-text'], data: { comment },
      start: commentStart, end: commentEnd, severity: 'error', templateIndex: index,
    };
    if (inText && key !== undefined) finding.locale = key;
    const source = text.slice(start, valueEnd);
    if (!flow && glued && !/[\r\n]/u.test(source) && !/[ \t]#/u.test(comment)) {
      const value = typeof node.value === 'string' ? text.slice(start, commentEnd) : comment;
      const quoted = quoteScalar(value);
      finding.fix = { range: [start, commentEnd], text: quoted };
      file.requotes.push({ start, end: commentEnd, text: quoted, path, value });
    }
    file.findings.push(finding);
  }
}

const DIRECTIVE = /^([ \t]*)#[ \t]*otvet-disable-next-line\b(.*)$/u;

/** The YAML document of a template file, as {@link parseTemplateFile} reads it. */
export function parseTemplateDocument(text: string): Document.Parsed {
  return parseYamlDocument(text, { keepSourceTokens: true, prettyErrors: false });
}

/**
 * The document of a fixed text that `--fix` checked: it parsed without errors to
 * `verifiedData`, which is the data of a file that passed {@link parseTemplateFile}'s checks
 * (no aliases, no anchors, not too deep) with only text strings changed. Reading it skips those
 * checks and `toJS()`, which it repeats for nothing; the schema is still checked.
 */
export interface VerifiedDocument {
  doc: Document.Parsed;
  verifiedData: unknown;
}

/**
 * Parse and validate one template file. Never throws.
 * @param doc the file's document when it is already parsed ({@link parseTemplateDocument} of `text`)
 */
export function parseTemplateFile(path: string, text: string, bom: boolean, target: string, parsed: Document.Parsed | VerifiedDocument = parseTemplateDocument(text)): TemplateFile {
  const verified = 'verifiedData' in parsed ? parsed : undefined;
  const doc = verified ? verified.doc : (parsed as Document.Parsed);
  const lines = new LineIndex(text);
  const file: TemplateFile = { path, text, bom, lines, templates: [], findings: [], directives: [], usable: false, unread: 0, requotes: [] };
  file.doc = doc;
  // Too deep to read safely (the parser may even have run out of stack): one finding, nothing else.
  // A verified document has the shape of one that passed these checks (see VerifiedDocument).
  const shape: YamlShape = verified ? { aliases: [] } : yamlShape(doc, text);
  if (shape.problem?.kind === 'too-deep') {
    const { start, end } = shape.problem;
    file.findings.push({ ruleId: 'yaml-syntax', messageId: 'too-deep', message: yamlMessages['too-deep'], data: { max: MAX_DEPTH }, start, end, severity: 'error' });
    return file;
  }
  for (const e of doc.errors) file.findings.push(yamlFinding(e.code, e.message, e.pos[0], e.pos[1], text));
  for (const w of doc.warnings) file.findings.push(yamlFinding(w.code, w.message, w.pos[0], w.pos[1], text, true));
  if (doc.errors.length) return file;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    file.findings.push({ ruleId: 'schema', messageId: 'empty', message: schemaMessages.empty, start: 0, end: 0, severity: 'error' });
    return file;
  }
  // Aliases are refused: a text behind an alias would be neither checked nor fixed where it stands.
  // So are anchors, which nothing may then refer to: `ru: &a Спасибо` would silently lose «&a ».
  const anchors = verified ? [] : anchorsOf(doc, text);
  if (shape.aliases.length || anchors.length) {
    for (const alias of shape.aliases.slice(0, MAX_ALIAS_FINDINGS)) {
      const [start, end] = rangeOf(alias, 0);
      file.findings.push({ ruleId: 'yaml-syntax', messageId: 'alias', message: yamlMessages.alias, data: { name: alias.source }, start, end, severity: 'error' });
    }
    for (const a of anchors.slice(0, MAX_ALIAS_FINDINGS)) {
      file.findings.push({ ruleId: 'yaml-syntax', messageId: 'anchor', message: yamlMessages.anchor, data: { name: a.name }, start: a.start, end: a.start + 1 + a.name.length, severity: 'error' });
    }
    file.findings.sort((a, b) => a.start - b.start);
    return file;
  }
  const items = isMap(doc.contents) ? doc.contents.get('templates', true) : undefined;
  if (isSeq(items)) items.items.forEach((item, index) => { if (isMap(item)) commentsAfterText(file, item, index); });
  const data: unknown = verified ? verified.verifiedData : doc.toJS();
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
        locale: String(p.key.value), map: mapScalar(text, p.value), keyStart: rangeOf(p.key, start)[0], flow: texts.flow === true,
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
