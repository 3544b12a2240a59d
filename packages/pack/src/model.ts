/**
 * What goes into a pack: the linted templates in publishable form, and the
 * reasons a pack is refused (error findings, verdicts, what could not be checked, missing texts, length).
 */
import { argumentNames, parsePlaceholders, renderText, type Config, type Localized, type LintResult, type PlaceholderDeclaration, type Verdict } from '@otvet/core';
import { packMessages } from './messages.js';

/** One template as published (templates.json). */
export interface PackTemplate {
  id: string;
  title?: string;
  tags?: string[];
  /** Declarations of the placeholders the texts use (template's own over the config's). */
  placeholders: Record<string, PlaceholderDeclaration>;
  /** Texts by locale (ICU MessageFormat as written). */
  text: Record<string, string>;
  /** The target text with the declared examples filled in (what a buyer reads). */
  example: string;
  /** Characters of the longest rendered variant (every plural/select at its longest branch). */
  length: number;
  /** Source file (relative POSIX path); not published, used in messages. */
  path: string;
  /** The template's verdict and error rate as linted; not published in templates.json or templates.csv (templates.xlsx shows them). */
  score?: { verdict: Verdict; errorRate: number };
}

/** Why a pack cannot be built: a message and its data, in every language. */
export interface Blocker {
  message: Localized;
  data: Record<string, string | number>;
  /** The template it concerns, if any. */
  templateId?: string;
}

export interface GateOptions {
  /** Let templates at `revise` through. */
  allowRevise: boolean;
  /** How a verdict and a rate are shown in the user's language. */
  verdictLabel: (verdict: 'revise' | 'reject') => string;
  rateLabel: (rate: number) => string;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of [...entries].sort((a, b) => byCodePoint(a[0], b[0]))) out[k] = v;
  return out;
}

/** The templates of a lint result in publishable form, sorted by id. */
export function collectTemplates(result: LintResult, config: Config): PackTemplate[] {
  const out: PackTemplate[] = [];
  for (const { file, templates: scores } of result.files) {
    const scoreOf = new Map(scores.map((s) => [s.id, s]));
    for (const entry of file.templates) {
      const target = entry.texts.get(config.target);
      if (!target) continue;
      const declared: Record<string, PlaceholderDeclaration> = { ...config.placeholders, ...entry.placeholders };
      const used = new Set<string>();
      const text: [string, string][] = [];
      for (const [locale, t] of entry.texts) {
        text.push([locale, t.map.value]);
        for (const name of argumentNames(parsePlaceholders(t.map.value).placeholders)) used.add(name);
      }
      const parsed = parsePlaceholders(target.map.value);
      const render = (mode: 'example' | 'longest'): string => renderText(parsed, { placeholders: declared, locale: config.target, mode });
      const template: PackTemplate = {
        id: entry.id,
        placeholders: sortedRecord([...used].map((name): [string, PlaceholderDeclaration] => [name, sortedRecord(Object.entries(declared[name] ?? {}))])),
        text: sortedRecord(text),
        example: render('example'),
        length: [...render('longest')].length,
        path: file.path,
      };
      const score = scoreOf.get(entry.id);
      if (score) template.score = { verdict: score.verdict, errorRate: score.errorRate };
      if (entry.title !== undefined) template.title = entry.title;
      if (entry.tags !== undefined) template.tags = [...entry.tags];
      out.push(template);
    }
  }
  return out.sort((a, b) => byCodePoint(a.id, b.id) || byCodePoint(a.path, b.path));
}

/** Everything that keeps the lint result from being published; empty when the pack may be built. */
export function findBlockers(result: LintResult, config: Config, options: GateOptions): Blocker[] {
  const blockers: Blocker[] = [];
  for (const f of result.files) {
    for (const m of f.messages) {
      if (m.severity !== 'error') continue;
      const where = `${f.path}:${m.line ?? 1}:${m.column ?? 1}`;
      const blocker: Blocker = { message: packMessages['blocked-finding'], data: { where, rule: m.ruleId, message: m.reason } };
      if (m.templateId) blocker.templateId = m.templateId;
      blockers.push(blocker);
    }
  }
  for (const f of result.files) {
    // What could not be read was not checked: it never goes into a pack, whatever the rate of the rest.
    if (!f.checked) blockers.push({ message: packMessages['blocked-unchecked-file'], data: { path: f.path } });
    for (const t of f.templates) {
      // A template without the target text gets the clearer blocked-target below.
      const noTarget = f.file.templates.some((e) => e.id === t.id && !e.texts.has(config.target));
      if (t.verdict === 'unchecked' && !noTarget) {
        blockers.push({ message: packMessages['blocked-unchecked-template'], data: { id: t.id, path: f.path }, templateId: t.id });
      }
      if (t.verdict === 'reject' || (t.verdict === 'revise' && !options.allowRevise)) {
        blockers.push({
          message: packMessages['blocked-verdict'],
          data: { id: t.id, path: f.path, rate: options.rateLabel(t.errorRate), verdict: options.verdictLabel(t.verdict) },
          templateId: t.id,
        });
      }
    }
    for (const entry of f.file.templates) {
      if (!entry.texts.has(config.target)) {
        blockers.push({ message: packMessages['blocked-target'], data: { id: entry.id, path: f.path, target: config.target }, templateId: entry.id });
      }
    }
  }
  for (const t of collectTemplates(result, config)) {
    if (t.length > config.maxLength) {
      blockers.push({ message: packMessages['blocked-length'], data: { id: t.id, path: t.path, length: t.length, max: config.maxLength }, templateId: t.id });
    }
  }
  if (result.summary.templates === 0 && blockers.length === 0) blockers.push({ message: packMessages['blocked-empty'], data: {} });
  return blockers;
}
