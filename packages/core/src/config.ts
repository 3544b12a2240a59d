/** `otvet.config.yaml`: defaults, validation with exact positions, rule resolution. */
import { isScalar, isSeq, type Document, type Node } from 'yaml';
import { parseYamlDocument } from './yaml-parse.js';
import { validateConfig } from './generated/validators.js';
import type { SchemaError, ValidateFunction } from './generated/validate-function.js';
import { UserError, UserErrors } from './errors.js';
import { LineIndex } from './positions.js';
import { nodeAt, pointerParts } from './yaml-path.js';
import type { Localized } from './i18n.js';
import { schemaDetail, withDetail } from './messages.js';
import { PLUGIN_RULE_ID, type AnyRule } from './rule.js';
import type { Config, RuleSetting, Severity, SeverityLevel } from './types.js';
import { closest } from './distance.js';
import { yamlLimitError } from './yaml-limits.js';

export const CONFIG_FILE = 'otvet.config.yaml';

export function defaultConfig(): Config {
  return {
    source: 'zh',
    target: 'ru',
    templates: ['templates/**/*.yaml'],
    glossary: ['glossary/**/*.yaml'],
    placeholders: {},
    thresholds: { revise: 0.03, reject: 0.05 },
    maxLength: 1000,
    extends: 'recommended',
    rules: {},
  };
}

export const configMessages = {
  invalid: { en: 'Invalid config: {detail}.', zh: '配置无效：{detail}。', ru: 'Неверная конфигурация: {detail}.' },
  yaml: { en: 'Config is not valid YAML: {detail}.', zh: '配置文件不是有效的 YAML：{detail}。', ru: 'Конфигурация — не корректный YAML: {detail}.' },
  'unknown-key': {
    en: 'Unknown config key “{key}”{hint}.',
    zh: '未知的配置项“{key}”{hint}。',
    ru: 'Неизвестный параметр конфигурации «{key}»{hint}.',
  },
  'unknown-rule': { en: 'Unknown rule “{rule}”{hint}.', zh: '未知规则“{rule}”{hint}。', ru: 'Неизвестное правило «{rule}»{hint}.' },
  'unknown-plugin': {
    en: 'Rule “{rule}” belongs to a plugin “{plugin}”, which `plugins:` does not name.',
    zh: '规则“{rule}”属于插件“{plugin}”，但 `plugins:` 中没有列出该插件。',
    ru: 'Правило «{rule}» относится к плагину «{plugin}», которого нет в `plugins:`.',
  },
  'bad-severity': {
    en: 'Bad severity “{value}” for rule “{rule}”: use off, info, warning or error.',
    zh: '规则“{rule}”的级别“{value}”无效：请使用 off、info、warning 或 error。',
    ru: 'Неверный уровень «{value}» для правила «{rule}»: используйте off, info, warning или error.',
  },
  'bad-option': {
    en: 'Bad option for rule “{rule}”: {detail}.',
    zh: '规则“{rule}”的选项无效：{detail}。',
    ru: 'Неверный параметр правила «{rule}»: {detail}.',
  },
  thresholds: {
    en: 'thresholds.revise ({revise}) must be lower than thresholds.reject ({reject}).',
    zh: 'thresholds.revise（{revise}）必须小于 thresholds.reject（{reject}）。',
    ru: 'thresholds.revise ({revise}) должен быть меньше thresholds.reject ({reject}).',
  },
} satisfies Record<string, Localized>;

const didYouMean: Localized = { en: ' (did you mean “{name}”?)', zh: '（您是不是想写“{name}”？）', ru: ' (возможно, «{name}»?)' };

/** What the config needs to know about the available rules. */
export interface RuleCatalog {
  rules: ReadonlyMap<string, AnyRule>;
  optionValidators: Readonly<Record<string, ValidateFunction>>;
}

export interface ResolvedRule {
  rule: AnyRule;
  severity: Severity;
  options: Record<string, unknown>;
}

const CONFIG_KEYS = ['$schema', 'source', 'target', 'lang', 'templates', 'glossary', 'phrasebooks', 'dictionaries', 'plugins', 'placeholders', 'thresholds', 'maxLength', 'extends', 'rules', 'pack'];

function hintFor(name: string, candidates: Iterable<string>): Record<string, string> {
  const c = closest(name, candidates, 3);
  return c ? { suggestion: c } : {};
}

function errorAt(message: Localized, data: Record<string, string | number>, path: string, lines: LineIndex, offset: number): UserError {
  const p = lines.point(offset);
  const suggestion = typeof data.suggestion === 'string' ? data.suggestion : '';
  const localizedHint: Localized = {
    en: suggestion ? didYouMean.en.replace('{name}', suggestion) : '',
    zh: suggestion ? didYouMean.zh.replace('{name}', suggestion) : '',
    ru: suggestion ? didYouMean.ru.replace('{name}', suggestion) : '',
  };
  const withHint: Localized = {
    en: message.en.replace('{hint}', localizedHint.en),
    zh: message.zh.replace('{hint}', localizedHint.zh),
    ru: message.ru.replace('{hint}', localizedHint.ru),
  };
  return new UserError(withHint, data, { path, line: p.line, column: p.column });
}

const startOf = (n: Node | undefined): number => n?.range?.[0] ?? 0;

/**
 * Parse and validate a config file. Throws {@link UserErrors} (all
 * problems of the file, each at its line and column) when it is invalid.
 */
export interface ParseConfigOptions {
  /**
   * The plugins were not loaded (an editor in a workspace it does not trust): settings of plugin
   * rules (`<plugin>/<rule>`) are left out instead of refused.
   */
  withoutPlugins?: boolean;
  /** The names of the plugins that were loaded, to tell a rule of an unnamed plugin from a typo. */
  pluginNames?: readonly string[];
}

export function parseConfig(path: string, text: string, catalog: RuleCatalog, parseOptions: ParseConfigOptions = {}): Config {
  const lines = new LineIndex(text);
  const doc = parseYamlDocument(text, { prettyErrors: false });
  const limit = yamlLimitError(doc, text, path);
  if (limit) throw new UserErrors([limit]);
  const errors: UserError[] = [];
  for (const e of doc.errors) {
    errors.push(errorAt(configMessages.yaml, { detail: e.message.replace(/\s*at line[\s\S]*$/u, '') }, path, lines, e.pos[0]));
  }
  if (errors.length) throw new UserErrors(errors);
  const raw: unknown = doc.toJS({ maxAliasCount: -1 }) ?? {};
  if (!validateConfig(raw)) errors.push(...configSchemaErrors(doc, validateConfig.errors ?? [], path, lines));
  const data = (raw && typeof raw === 'object' ? raw : {}) as Partial<Config>;
  // Rule ids, severities and options.
  if (data.rules && typeof data.rules === 'object') {
    for (const [id, setting] of Object.entries(data.rules)) {
      const { key, node } = nodeAt(doc, ['rules', id]);
      const rule = catalog.rules.get(id);
      const plugin = PLUGIN_RULE_ID.test(id) ? id.slice(0, id.indexOf('/')) : undefined;
      if (!rule && plugin && parseOptions.withoutPlugins) {
        delete (data.rules as Record<string, unknown>)[id];
        continue;
      }
      if (!rule && plugin && !parseOptions.pluginNames?.includes(plugin)) {
        errors.push(errorAt(configMessages['unknown-plugin'], { rule: id, plugin }, path, lines, startOf(key)));
        continue;
      }
      if (!rule) {
        errors.push(errorAt(configMessages['unknown-rule'], { rule: id, ...hintFor(id, catalog.rules.keys()) }, path, lines, startOf(key)));
        continue;
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting];
      if (typeof severity !== 'string' || !['off', 'info', 'warning', 'error'].includes(severity)) {
        const at = Array.isArray(setting) && isSeq(node) ? node.items[0] : node;
        errors.push(errorAt(configMessages['bad-severity'], { rule: id, value: String(severity) }, path, lines, startOf(at as Node)));
        continue;
      }
      if (options !== undefined) {
        const validate = catalog.optionValidators[id];
        if (validate && !validate(options)) {
          for (const e of validate.errors ?? []) {
            const parts = pointerParts(e.instancePath);
            const target = nodeAt(doc, ['rules', id, 1, ...parts]);
            let at = target.node ?? nodeAt(doc, ['rules', id, 1]).node;
            const prefix = e.instancePath ? `${e.instancePath.slice(1)}: ` : '';
            let detail = schemaDetail(e);
            if (e.keyword === 'additionalProperties') {
              const name = String(e.params.additionalProperty);
              at = nodeAt(doc, ['rules', id, 1, ...parts, name]).key ?? at;
              detail = { en: `unknown option “${name}”`, zh: `未知的选项“${name}”`, ru: `неизвестный параметр «${name}»` };
            }
            errors.push(errorAt(withDetail(configMessages['bad-option'], detail, prefix), { rule: id }, path, lines, startOf(at)));
          }
        }
      }
    }
  }
  const merged = { ...defaultConfig(), ...data } as Config;
  merged.thresholds = { ...defaultConfig().thresholds, ...(data.thresholds ?? {}) };
  if (merged.thresholds.revise >= merged.thresholds.reject) {
    const { node } = nodeAt(doc, ['thresholds']);
    errors.push(errorAt(configMessages.thresholds, { ...merged.thresholds }, path, lines, startOf(node)));
  }
  if (errors.length) throw new UserErrors(dedupe(errors));
  delete (merged as Partial<Config> & { $schema?: string }).$schema;
  return merged;
}

function dedupe(errors: UserError[]): UserError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.location?.line}:${e.location?.column}:${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function configSchemaErrors(doc: Document.Parsed, errors: SchemaError[], path: string, lines: LineIndex): UserError[] {
  const out: UserError[] = [];
  for (const e of errors) {
    // Rule settings are checked separately with better messages.
    if (e.instancePath.startsWith('/rules/')) continue;
    if (e.keyword === 'anyOf' && errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath))) continue;
    const parts = pointerParts(e.instancePath);
    const { node, key } = nodeAt(doc, parts);
    if (e.keyword === 'additionalProperties') {
      const name = String(e.params.additionalProperty);
      const at = nodeAt(doc, [...parts, name]).key;
      const candidates = parts.length === 0 ? CONFIG_KEYS : [];
      out.push(errorAt(configMessages['unknown-key'], { key: name, ...hintFor(name, candidates) }, path, lines, startOf(at)));
      continue;
    }
    const prefix = e.instancePath ? `${e.instancePath.slice(1).replace(/\//g, '.')}: ` : '';
    out.push(errorAt(withDetail(configMessages.invalid, schemaDetail(e), prefix), {}, path, lines, startOf(node ?? key)));
  }
  return out;
}

/** The effective rules: preset(s), then the config's own settings. */
export function resolveRules(config: Config, catalog: RuleCatalog): ResolvedRule[] {
  const presets = Array.isArray(config.extends) ? config.extends : [config.extends];
  const levels = new Map<string, { severity: SeverityLevel; options: Record<string, unknown> }>();
  for (const rule of catalog.rules.values()) levels.set(rule.meta.id, { severity: 'off', options: {} });
  for (const preset of presets) {
    for (const rule of catalog.rules.values()) {
      const current = levels.get(rule.meta.id)!;
      if (preset === 'recommended') current.severity = rule.meta.recommended;
      else if (preset === 'all') current.severity = rule.meta.recommended === 'off' ? 'warning' : rule.meta.recommended;
      else if (preset === 'none') current.severity = 'off';
    }
  }
  for (const [id, setting] of Object.entries(config.rules) as [string, RuleSetting][]) {
    const current = levels.get(id);
    if (!current) continue;
    const [severity, options] = Array.isArray(setting) ? setting : [setting];
    current.severity = severity;
    if (options) current.options = options;
  }
  const out: ResolvedRule[] = [];
  for (const rule of [...catalog.rules.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    const level = levels.get(rule.meta.id)!;
    if (level.severity === 'off') continue;
    out.push({ rule, severity: level.severity, options: { ...(rule.meta.defaults as Record<string, unknown>), ...level.options } });
  }
  return out;
}

/** A module the config names under `plugins:`, with its place in the config file. */
export interface PluginEntry {
  specifier: string;
  line: number;
  column: number;
}

/**
 * The `plugins:` of a config file, each with its line and column: they are loaded before the
 * config is checked, since the checks need their rules. Anything malformed here is left to
 * {@link parseConfig} to report.
 */
export function configPlugins(text: string): PluginEntry[] {
  const doc = parseYamlDocument(text, { prettyErrors: false });
  if (doc.errors.length || yamlLimitError(doc, text, '')) return [];
  const { node } = nodeAt(doc, ['plugins']);
  if (!isSeq(node)) return [];
  const lines = new LineIndex(text);
  const out: PluginEntry[] = [];
  for (const item of node.items) {
    const value = isScalar(item) ? item.value : undefined;
    if (typeof value !== 'string' || !value || out.some((e) => e.specifier === value)) continue;
    const p = lines.point(startOf(item as Node));
    out.push({ specifier: value, line: p.line, column: p.column });
  }
  return out;
}
