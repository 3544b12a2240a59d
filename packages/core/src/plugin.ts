/**
 * Rule plugins: a team's own rules in a module that the config names (`plugins:`). A plugin is
 * a name and a list of rules made with {@link defineRule}; its rules are called `<plugin>/<rule>`.
 * What a module exports is checked here before the engine sees it, since it is code otvet did
 * not write: each problem is a message in every language, not a crash in the middle of a lint.
 */
import type { Localized } from './i18n.js';
import type { RuleCatalog } from './config.js';
import type { ValidateFunction } from './generated/validate-function.js';
import { PLUGIN_NAME, PLUGIN_RULE_ID, RULE_CATEGORIES, type AnyRule, type Rule } from './rule.js';
import { SEVERITIES } from './types.js';

export interface Plugin {
  /** Kebab-case; the first part of each of its rule ids (`acme` → `acme/brand-name`). */
  name: string;
  /** The plugin's own version, shown by `otvet lint --print-config` and kept in the lint cache's key. */
  version?: string;
  rules: readonly AnyRule[];
}

/** A problem with a plugin module's export. */
export interface PluginProblem {
  message: Localized;
  data: Record<string, string | number>;
}

export const pluginMessages = {
  'not-a-plugin': {
    en: 'its default export is not a plugin: export default definePlugin({ name, rules })',
    zh: '它的默认导出不是插件：请写 export default definePlugin({ name, rules })',
    ru: 'его экспорт по умолчанию — не плагин: напишите export default definePlugin({ name, rules })',
  },
  'bad-name': {
    en: 'the plugin name “{name}” must be kebab-case (lower-case letters, digits and hyphens)',
    zh: '插件名“{name}”必须是 kebab-case（小写字母、数字和连字符）',
    ru: 'имя плагина «{name}» должно быть в kebab-case (строчные латинские буквы, цифры и дефисы)',
  },
  'bad-version': {
    en: 'the plugin version must be a string',
    zh: '插件版本必须是字符串',
    ru: 'версия плагина должна быть строкой',
  },
  'no-rules': {
    en: 'the plugin has no rules: give `rules` as a non-empty list of defineRule(...) results',
    zh: '插件没有规则：`rules` 必须是由 defineRule(...) 创建的非空列表',
    ru: 'в плагине нет правил: `rules` — непустой список результатов defineRule(...)',
  },
  'bad-rule': {
    en: 'rule {index} is not a rule: make it with defineRule(meta, check)',
    zh: '第 {index} 条规则不是规则：请用 defineRule(meta, check) 创建',
    ru: 'правило {index} — не правило: создайте его через defineRule(meta, check)',
  },
  'bad-rule-id': {
    en: 'the rule id “{id}” must be “{name}/<rule>” with <rule> in kebab-case',
    zh: '规则 id“{id}”必须写成“{name}/<规则名>”，规则名为 kebab-case',
    ru: 'id правила «{id}» должен иметь вид «{name}/<правило>», <правило> — в kebab-case',
  },
  'duplicate-rule': {
    en: 'the rule id “{id}” is given twice',
    zh: '规则 id“{id}”出现了两次',
    ru: 'id правила «{id}» встречается дважды',
  },
  'bad-field': {
    en: 'rule “{id}”: {field} must be {expected}',
    zh: '规则“{id}”：{field} 必须是 {expected}',
    ru: 'правило «{id}»: {field} должно быть {expected}',
  },
  'missing-text': {
    en: 'rule “{id}”: {field} lacks its {lang} text (every text is written in en, zh and ru)',
    zh: '规则“{id}”：{field} 缺少 {lang} 文本（每条文本都要有 en、zh 和 ru）',
    ru: 'правило «{id}»: у {field} нет текста на {lang} (каждый текст пишется на en, zh и ru)',
  },
} satisfies Record<string, Localized>;

type MessageKey = keyof typeof pluginMessages;
const problem = (key: MessageKey, data: Record<string, string | number> = {}): PluginProblem => ({ message: pluginMessages[key], data });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function textProblems(id: string, field: string, value: unknown): PluginProblem[] {
  if (!isObject(value)) return [problem('bad-field', { id, field, expected: '{ en, zh, ru }' })];
  const out: PluginProblem[] = [];
  for (const lang of ['en', 'zh', 'ru'] as const) {
    const text = value[lang];
    if (typeof text !== 'string' || !text.trim()) out.push(problem('missing-text', { id, field, lang }));
  }
  return out;
}

/** What is wrong with one rule of plugin `name`. */
function ruleProblems(name: string, rule: unknown, index: number, seen: Set<string>): PluginProblem[] {
  if (!isObject(rule) || !isObject(rule.meta) || typeof rule.check !== 'function') return [problem('bad-rule', { index: index + 1 })];
  const meta = rule.meta;
  const id = typeof meta.id === 'string' ? meta.id : String(meta.id);
  if (!PLUGIN_RULE_ID.test(id) || !id.startsWith(`${name}/`)) return [problem('bad-rule-id', { id, name })];
  if (seen.has(id)) return [problem('duplicate-rule', { id })];
  seen.add(id);
  const out: PluginProblem[] = [];
  const field = (f: string, ok: boolean, expected: string): void => {
    if (!ok) out.push(problem('bad-field', { id, field: f, expected }));
  };
  field('category', RULE_CATEGORIES.includes(meta.category as never), RULE_CATEGORIES.join(' | '));
  field('scope', ['target', 'source', 'pair'].includes(meta.scope as string), 'target | source | pair');
  field('recommended', SEVERITIES.includes(meta.recommended as never), SEVERITIES.join(' | '));
  field('fixable', typeof meta.fixable === 'boolean', 'true | false');
  field('packWide', meta.packWide === undefined || typeof meta.packWide === 'boolean', 'true | false');
  field('url', meta.url === undefined || typeof meta.url === 'string', 'a string');
  field('defaults', isObject(meta.defaults), 'an object');
  field('options', meta.options === undefined || isObject(meta.options), 'a JSON Schema object');
  out.push(...textProblems(id, 'description', meta.description));
  if (!isObject(meta.messages)) field('messages', false, '{ messageId: { en, zh, ru } }');
  else for (const [key, message] of Object.entries(meta.messages)) out.push(...textProblems(id, `messages.${key}`, message));
  return out;
}

/** What is wrong with a plugin module's export (nothing: a usable {@link Plugin}). */
export function pluginProblems(value: unknown): PluginProblem[] {
  if (!isObject(value) || !('rules' in value) || !('name' in value)) return [problem('not-a-plugin')];
  const name = value.name;
  if (typeof name !== 'string' || !PLUGIN_NAME.test(name)) return [problem('bad-name', { name: String(name) })];
  const out: PluginProblem[] = [];
  if (value.version !== undefined && typeof value.version !== 'string') out.push(problem('bad-version'));
  const rules = value.rules;
  if (!Array.isArray(rules) || !rules.length) return [...out, problem('no-rules')];
  const seen = new Set<string>();
  rules.forEach((rule, i) => out.push(...ruleProblems(name, rule, i, seen)));
  return out;
}

/**
 * Define a plugin: its name and rules, checked as the loader checks a module's export (throws on
 * the first problem, in English, so that a plugin's own tests fail early).
 */
export function definePlugin(plugin: { name: string; version?: string; rules: readonly Rule<object>[] }): Plugin {
  const [first] = pluginProblems(plugin);
  if (first) throw new Error(`Plugin ${plugin.name}: ${first.message.en.replace(/\{(\w+)\}/gu, (_, k: string) => String(first.data[k] ?? `{${k}}`))}`);
  return { name: plugin.name, ...(plugin.version !== undefined ? { version: plugin.version } : {}), rules: [...plugin.rules] };
}

/** A JSON Schema compiler with ajv's interface (`new Ajv(options).compile(schema)`). */
export interface SchemaCompiler {
  compile(schema: Record<string, unknown>): ValidateFunction;
}

/**
 * The validator of a rule without options: it takes `{}` and refuses any key, as otvet's own such
 * rules do (their schema is `{ type: object, additionalProperties: false }`), with ajv's errors.
 */
function noOptions(): ValidateFunction {
  const validate: ValidateFunction = (data: unknown): boolean => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      validate.errors = [{ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' }];
      return false;
    }
    const keys = Object.keys(data);
    validate.errors = keys.length
      ? keys.map((key) => ({ instancePath: '', schemaPath: '#/additionalProperties', keyword: 'additionalProperties', params: { additionalProperty: key }, message: 'must NOT have additional properties' }))
      : null;
    return keys.length === 0;
  };
  return validate;
}

/**
 * The option validators of rules that bring their options' JSON Schema with them (a plugin's,
 * compiled when it is loaded; otvet's own are compiled at build time); a rule without a schema
 * takes no options. A schema the compiler refuses, or defaults it rejects, is a problem of the
 * plugin. The compiler is needed only when some rule has a schema.
 */
export function compileOptionValidators(rules: readonly AnyRule[], compiler?: SchemaCompiler): { validators: Record<string, ValidateFunction>; problems: PluginProblem[] } {
  const validators: Record<string, ValidateFunction> = {};
  const problems: PluginProblem[] = [];
  for (const rule of rules) {
    const { id, options, defaults } = rule.meta;
    if (!options) {
      validators[id] = noOptions();
      continue;
    }
    if (!compiler) throw new Error(`compileOptionValidators: rule ${id} has an options schema and no compiler was given`);
    let validate: ValidateFunction;
    try {
      validate = compiler.compile(options);
    } catch (error) {
      problems.push(problem('bad-field', { id, field: 'options', expected: `a valid JSON Schema (${error instanceof Error ? error.message : String(error)})` }));
      continue;
    }
    if (!validate(defaults)) {
      const e = validate.errors?.[0];
      problems.push(problem('bad-field', { id, field: 'defaults', expected: `valid against options (${e ? `${e.instancePath || '/'} ${e.message ?? e.keyword}` : 'rejected'})` }));
      continue;
    }
    validators[id] = validate;
  }
  return { validators, problems };
}

/** The catalog of otvet's rules together with the plugins' (their rule ids never clash: `<plugin>/…`). */
export function extendCatalog(base: RuleCatalog, plugins: readonly Plugin[], validators: Readonly<Record<string, ValidateFunction>>): RuleCatalog {
  if (!plugins.length) return base;
  const rules = new Map(base.rules);
  for (const plugin of plugins) for (const rule of plugin.rules) rules.set(rule.meta.id, rule);
  return { rules, optionValidators: { ...base.optionValidators, ...validators } };
}
