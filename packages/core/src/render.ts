/**
 * Rendering a text the way a buyer would read it: placeholders replaced by their
 * declared examples, plural branches chosen with `Intl.PluralRules`. `longest`
 * picks, for every plural and select, the branch that renders longest (what a
 * length limit must allow for).
 */
import type { Placeholder, ParsedText } from './placeholders.js';
import type { PlaceholderDeclaration } from './types.js';

export type RenderMode = 'example' | 'longest';

export interface RenderOptions {
  placeholders: Readonly<Record<string, PlaceholderDeclaration | null | undefined>>;
  locale: string;
  mode: RenderMode;
}

const pluralRulesByKey = new Map<string, Intl.PluralRules>();
/** A locale's plural rules, made once per locale and type (an Intl.PluralRules is not free). */
export function pluralRules(locale: string, ordinal = false): Intl.PluralRules {
  const key = `${locale}/${ordinal ? 'o' : 'c'}`;
  let rules = pluralRulesByKey.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' });
    pluralRulesByKey.set(key, rules);
  }
  return rules;
}

function pluralCategory(locale: string, n: number, ordinal: boolean): string {
  return pluralRules(locale, ordinal).select(n);
}

function exampleOf(name: string, options: RenderOptions): string {
  const example = options.placeholders[name]?.example;
  return example === undefined || example === null ? `{${name}}` : String(example);
}

function numberOf(name: string, options: RenderOptions): number | undefined {
  const n = Number(options.placeholders[name]?.example);
  return Number.isFinite(n) ? n : undefined;
}

function renderRange(text: string, from: number, to: number, list: Placeholder[], options: RenderOptions, pound: string): string {
  let out = '';
  let at = from;
  for (const p of list) {
    if (p.start < from || p.end > to) continue;
    out += text.slice(at, p.start);
    out += renderPlaceholder(text, p, options, pound);
    at = p.end;
  }
  return out + text.slice(at, to);
}

function renderBranch(text: string, p: Placeholder, key: string, options: RenderOptions, pound: string): string | undefined {
  const branch = p.branches?.find((b) => b.key === key);
  return branch ? renderRange(text, branch.start + 1, branch.end - 1, branch.children, options, pound) : undefined;
}

function renderPlaceholder(text: string, p: Placeholder, options: RenderOptions, pound: string): string {
  switch (p.kind) {
    case 'pound':
      return pound;
    case 'plural':
    case 'selectordinal':
    case 'select': {
      const n = numberOf(p.name, options);
      const inner = p.kind === 'select' ? pound : n === undefined ? exampleOf(p.name, options) : String(n);
      if (options.mode === 'longest') {
        let best = '';
        for (const b of p.branches ?? []) {
          const r = renderBranch(text, p, b.key, options, inner);
          if (r !== undefined && r.length > best.length) best = r;
        }
        return best;
      }
      if (p.kind === 'select') {
        return renderBranch(text, p, exampleOf(p.name, options), options, pound) ?? renderBranch(text, p, 'other', options, pound) ?? '';
      }
      const value = n ?? 0;
      return (
        renderBranch(text, p, `=${value}`, options, inner) ??
        renderBranch(text, p, pluralCategory(options.locale, value, p.kind === 'selectordinal'), options, inner) ??
        renderBranch(text, p, 'other', options, inner) ??
        ''
      );
    }
    default:
      return exampleOf(p.name, options);
  }
}

/** Render a parsed text with the declared examples. */
export function renderText(parsed: ParsedText, options: RenderOptions): string {
  return renderRange(parsed.text, 0, parsed.text.length, parsed.placeholders, options, '#');
}
