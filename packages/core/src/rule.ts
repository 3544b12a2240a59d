/**
 * The rule helper. A rule declares its metadata (id, category, description,
 * options, messages in every language) and a check over one template. Like
 * `unified-lint-rule`, the engine — never the rule — sets the rule id, the
 * severity and the documentation URL on what the rule reports.
 */
import type { Root } from 'nlcst';
import type { Localized } from './i18n.js';
import type { ParsedText } from './placeholders.js';
import type { Config, PlaceholderDeclaration, SeverityLevel } from './types.js';

/** The categories a rule belongs to (the first part of otvet's own rule ids). */
export const RULE_CATEGORIES = [
  'syntax',
  'placeholder',
  'register',
  'tone',
  'policy',
  'format',
  'typography',
  'script',
  'spelling',
  'grammar',
  'glossary',
  'consistency',
  'length',
  'meta',
] as const;

export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** A JSON Schema (draft-07) object; kept loose on purpose. */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta<Options extends object = Record<string, never>> {
  /** `<category>-<subject>`; equals the rule's folder name. */
  id: string;
  category: RuleCategory;
  description: Localized;
  /** Whether the rule offers fixes. */
  fixable: boolean;
  /** Severity in the `recommended` preset (`off` keeps it out of the preset). */
  recommended: SeverityLevel;
  /**
   * What the check looks at: `target` (the target text), `source` (the source
   * text), `pair` (both; skipped when the template has no source text), or
   * `builtin` (reported by the loader itself; the rule only documents it).
   */
  scope: 'target' | 'source' | 'pair' | 'builtin';
  /** JSON Schema of the options object. */
  options?: JsonSchema;
  defaults: Options;
  messages: Record<string, Localized>;
  /**
   * What the rule reports on a template depends on the other templates of the run (state kept
   * with `context.pack`, such as the pack's first «Вы»). `lint --context` runs only such rules
   * on the files outside the given ones.
   */
  packWide?: boolean;
  /**
   * Where the rule is documented, shown with its findings (a plugin's rules; otvet's own rules link
   * to their README).
   */
  url?: string;
}

/** One text of a template, ready for the rules. */
export interface TextView {
  locale: string;
  /** The text as YAML parsed it. */
  value: string;
  /** ICU parse: placeholders and the masked text. */
  parsed: ParsedText;
  /** The masked text as an nlcst tree (built on first use). */
  readonly tree: Root;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Range in the text's value (UTF-16 units). */
  start: number;
  end: number;
  /** Which text the range is in; the target by default. */
  in?: 'target' | 'source';
  actual?: string;
  /** Better alternatives, best first. Exactly one makes the finding fixable (unless `fix` says otherwise). */
  expected?: string[];
  /** An explicit fix in value coordinates, or `false` for none. */
  fix?: { start: number; end: number; text: string } | false;
  note?: Localized;
  /** Another place this finding relates to, as `path:line:column` (see {@link RuleContext.locate}). */
  cause?: string;
}

export interface RuleContext<Options extends object> {
  templateId: string;
  /**
   * This template in the run, whatever its place in the file: `path#n`, its file and its index in
   * the file's template list (ids may repeat; this does not). For state that must tell "this
   * template" from "another" (`pack`): unlike {@link locate}, it does not change when an edit
   * above moves the template.
   */
  templateRef: string;
  /** Placeholder declarations of the template merged over the config's. */
  placeholders: Readonly<Record<string, PlaceholderDeclaration>>;
  target: TextView;
  /** The source text, when the template has one. */
  source?: TextView;
  options: Readonly<Options>;
  config: Readonly<Config>;
  /** Extra data from the config by kind (e.g. `phrasebook`: user phrasebook entries, already validated). */
  resources: Readonly<Record<string, readonly unknown[]>>;
  report(report: Report): void;
  /**
   * Data the rule derives once per lint run and reuses, per rule and key (a word list compiled
   * from the config): created by `create` on first use. It must not depend on the templates
   * seen so far: state that does belongs in {@link pack}.
   */
  shared<T>(key: string, create: () => T): T;
  /**
   * State that carries from template to template across the pack, per rule and key (the pack's
   * first «Вы»): created by `create` on first use, then changed in place by the rule. Templates
   * are visited in a fixed order (files sorted by path, templates in file order), so "the pack's
   * first usage" is well defined. Plain JSON data only: the cache (`lint --cache`) keeps it with
   * each file and reuses a file's findings only after the same state. A rule whose findings on
   * a template depend on other files' templates through it declares {@link RuleMeta.packWide}.
   */
  pack<T extends object>(key: string, create: () => T): T;
  /** `path:line:column` of a value offset of this template's target (or source) text. */
  locate(offset: number, where?: 'target' | 'source'): string;
}

export interface Rule<Options extends object = Record<string, never>> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

/** otvet's own rule ids: `<category>-<subject>` in kebab-case. */
export const BUILTIN_RULE_ID = /^[a-z]+(-[a-z0-9]+)+$/u;
/** A plugin name: kebab-case. */
export const PLUGIN_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
/** A plugin's rule ids: `<plugin>/<rule>`, both kebab-case (`acme/brand-name`). */
export const PLUGIN_RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u;

/** Define a rule; the identity function with types, plus a consistency check of the meta. */
export function defineRule<Options extends object = Record<string, never>>(
  meta: RuleMeta<Options>,
  check: (context: RuleContext<Options>) => void = () => {},
): Rule<Options> {
  if (!BUILTIN_RULE_ID.test(meta.id) && !PLUGIN_RULE_ID.test(meta.id) && meta.id !== 'schema' && meta.id !== 'spelling' && meta.id !== 'suppression') {
    throw new Error(`Rule id "${meta.id}" must be <category>-<subject> in kebab-case (a plugin's rule: <plugin>/<rule>)`);
  }
  for (const [key, message] of Object.entries(meta.messages)) {
    for (const lang of ['en', 'zh', 'ru'] as const) {
      if (!message[lang]) throw new Error(`Rule ${meta.id}: message "${key}" lacks ${lang}`);
    }
  }
  return { meta, check };
}

/** A rule whose option type is erased, as the engine holds them. */
// The engine passes each rule its own validated options; the cast lives in one place.
export type AnyRule = Rule<object>;
export const asAnyRule = <O extends object>(rule: Rule<O>): AnyRule => rule as unknown as AnyRule;
