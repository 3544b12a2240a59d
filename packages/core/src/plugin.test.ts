/**
 * Rule plugins in the core: what a module's export must look like (pluginProblems, definePlugin),
 * the option schemas a plugin brings (compileOptionValidators, with ajv as the CLI uses it), the
 * catalog with a plugin's rules (extendCatalog), plugin rule ids (defineRule), the `plugins:` of
 * a config (configPlugins) and the config's settings of plugin rules (parseConfig).
 */
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { configPlugins, parseConfig, resolveRules, type RuleCatalog } from './config.js';
import { UserErrors } from './errors.js';
import type { ValidateFunction } from './generated/validate-function.js';
import { compileOptionValidators, definePlugin, extendCatalog, pluginMessages, pluginProblems, type Plugin, type PluginProblem, type SchemaCompiler } from './plugin.js';
import { asAnyRule, defineRule, RULE_CATEGORIES, type AnyRule } from './rule.js';
import { testCatalog } from './test-rules.test-helper.js';

const ajv = (): SchemaCompiler => new Ajv({ allErrors: true, strict: false }) as unknown as SchemaCompiler;

/** The meta of a good plugin rule, with some fields replaced (`undefined` removes one). */
function meta(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: 'acme/brand-name',
    category: 'policy',
    description: { en: 'Write the shop’s name as «Лавка Акме».', zh: '店名写作«Лавка Акме»。', ru: 'Пишите название магазина как «Лавка Акме».' },
    fixable: true,
    recommended: 'warning',
    scope: 'target',
    url: 'https://example.com/acme/brand-name',
    options: { type: 'object', additionalProperties: false, properties: { brand: { type: 'string', minLength: 1 } } },
    defaults: { brand: 'Лавка Акме' },
    messages: { lower: { en: 'Write “{brand}”.', zh: '请写“{brand}”。', ru: 'Пишите «{brand}».' } },
  };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}
const rule = (changes: Record<string, unknown> = {}): { meta: Record<string, unknown>; check: () => void } => ({ meta: meta(changes), check: () => {} });
const plugin = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({ name: 'acme', version: '1.0.0', rules: [rule()], ...changes });

/** Each problem as its message key and data, to compare whole lists. */
const keyed = (problems: readonly PluginProblem[]): [string, Record<string, string | number>][] =>
  problems.map((p) => [Object.entries(pluginMessages).find(([, m]) => m === p.message)?.[0] ?? '(not a plugin message)', p.data]);

const problemsOfRule = (changes: Record<string, unknown>): [string, Record<string, string | number>][] => keyed(pluginProblems(plugin({ rules: [rule(changes)] })));

describe('pluginProblems', () => {
  it('finds nothing wrong with a good plugin, with or without a version and optional fields', () => {
    expect(pluginProblems(plugin())).toEqual([]);
    expect(pluginProblems(plugin({ version: undefined }))).toEqual([]);
    expect(pluginProblems(plugin({ rules: [rule({ url: undefined, options: undefined, packWide: true }), rule({ id: 'acme/sign-off', packWide: false, scope: 'pair', recommended: 'off', fixable: false })] }))).toEqual([]);
  });

  it('not-a-plugin: anything but an object with a name and rules', () => {
    for (const value of [undefined, null, 'acme', 42, [], () => {}, { name: 'acme' }, { rules: [rule()] }]) {
      expect(keyed(pluginProblems(value)), String(JSON.stringify(value))).toEqual([['not-a-plugin', {}]]);
    }
  });

  it('bad-name: a name that is not kebab-case, with the name in the data', () => {
    for (const name of ['Acme', 'acme_shop', '-acme', 'acme-', 'ac me', 'acme/x', '']) {
      expect(keyed(pluginProblems(plugin({ name }))), name).toEqual([['bad-name', { name }]]);
    }
    expect(keyed(pluginProblems(plugin({ name: 7 })))).toEqual([['bad-name', { name: '7' }]]);
    expect(pluginProblems(plugin({ name: 'acme-shop-2', rules: [rule({ id: 'acme-shop-2/brand-name' })] }))).toEqual([]);
  });

  it('bad-version: a version that is not a string, and the rules are still checked', () => {
    expect(keyed(pluginProblems(plugin({ version: 2 })))).toEqual([['bad-version', {}]]);
    expect(keyed(pluginProblems(plugin({ version: 2, rules: [] })))).toEqual([['bad-version', {}], ['no-rules', {}]]);
    expect(keyed(pluginProblems(plugin({ version: 2, rules: [rule({ fixable: 'yes' })] })))).toEqual([
      ['bad-version', {}],
      ['bad-field', { id: 'acme/brand-name', field: 'fixable', expected: 'true | false' }],
    ]);
  });

  it('no-rules: rules that are not a non-empty list', () => {
    for (const rules of [[], {}, 'acme/brand-name', null]) expect(keyed(pluginProblems(plugin({ rules }))), JSON.stringify(rules)).toEqual([['no-rules', {}]]);
  });

  it('bad-rule: a list item without a meta object and a check function, numbered from 1', () => {
    const rules = [rule(), 'acme/brand-name', { meta: meta({ id: 'acme/other' }) }, { check: () => {} }, { meta: 'x', check: () => {} }, null];
    expect(keyed(pluginProblems(plugin({ rules })))).toEqual([2, 3, 4, 5, 6].map((index) => ['bad-rule', { index }]));
  });

  it('bad-rule-id: an id of another plugin, or not <plugin>/<rule> in kebab-case; nothing else of that rule is checked', () => {
    for (const id of ['other/brand-name', 'acme-shop/brand-name', 'brand-name', 'acme/Brand', 'acme/brand_name', 'acme/1brand', 'acme/', 'acme/brand/name', 'acme//brand']) {
      expect(problemsOfRule({ id, category: 'nope' }), id).toEqual([['bad-rule-id', { id, name: 'acme' }]]);
    }
    expect(problemsOfRule({ id: 12 })).toEqual([['bad-rule-id', { id: '12', name: 'acme' }]]);
    expect(problemsOfRule({ id: undefined })).toEqual([['bad-rule-id', { id: 'undefined', name: 'acme' }]]);
  });

  it('duplicate-rule: an id given again, once per repeat', () => {
    const rules = [rule(), rule({ id: 'acme/sign-off' }), rule(), rule({ category: 'nope' })];
    expect(keyed(pluginProblems(plugin({ rules })))).toEqual([
      ['duplicate-rule', { id: 'acme/brand-name' }],
      ['duplicate-rule', { id: 'acme/brand-name' }],
    ]);
  });

  it('bad-field: each meta field of the wrong kind, with what it must be', () => {
    const id = 'acme/brand-name';
    const cases: [string, unknown, string][] = [
      ['category', 'marketing', RULE_CATEGORIES.join(' | ')],
      ['category', undefined, RULE_CATEGORIES.join(' | ')],
      ['scope', 'builtin', 'target | source | pair'],
      ['scope', 'file', 'target | source | pair'],
      ['recommended', 'warn', 'off | info | warning | error'],
      ['recommended', undefined, 'off | info | warning | error'],
      ['fixable', 'yes', 'true | false'],
      ['fixable', undefined, 'true | false'],
      ['packWide', 'no', 'true | false'],
      ['url', 42, 'a string'],
      ['defaults', undefined, 'an object'],
      ['defaults', ['Лавка Акме'], 'an object'],
      ['options', ['brand'], 'a JSON Schema object'],
      ['options', 'object', 'a JSON Schema object'],
      ['messages', undefined, '{ messageId: { en, zh, ru } }'],
      ['messages', ['lower'], '{ messageId: { en, zh, ru } }'],
    ];
    for (const [field, value, expected] of cases) {
      expect(problemsOfRule({ [field]: value }), `${field}: ${JSON.stringify(value)}`).toEqual([['bad-field', { id, field, expected }]]);
    }
    // A text that is not an { en, zh, ru } object.
    expect(problemsOfRule({ description: 'Brand name.' })).toEqual([['bad-field', { id, field: 'description', expected: '{ en, zh, ru }' }]]);
    expect(problemsOfRule({ messages: { lower: 'Write the brand.' } })).toEqual([['bad-field', { id, field: 'messages.lower', expected: '{ en, zh, ru }' }]]);
    // Every field of a rule is checked, not only the first that is wrong.
    expect(problemsOfRule({ category: 'marketing', scope: 'file', url: false }).map(([, d]) => d.field)).toEqual(['category', 'scope', 'url']);
    // Every category otvet knows is one a plugin rule may have.
    for (const category of RULE_CATEGORIES) expect(problemsOfRule({ category }), category).toEqual([]);
  });

  it('missing-text: a description or message without a non-blank text in each language', () => {
    const id = 'acme/brand-name';
    expect(problemsOfRule({ description: { en: 'Brand.', ru: 'Бренд.' } })).toEqual([['missing-text', { id, field: 'description', lang: 'zh' }]]);
    expect(problemsOfRule({ messages: { lower: { en: 'Brand.', zh: '品牌。', ru: '   ' }, upper: { en: 5, zh: '', ru: 'Бренд.' } } })).toEqual([
      ['missing-text', { id, field: 'messages.lower', lang: 'ru' }],
      ['missing-text', { id, field: 'messages.upper', lang: 'en' }],
      ['missing-text', { id, field: 'messages.upper', lang: 'zh' }],
    ]);
    expect(problemsOfRule({ description: {} }).map(([key, d]) => `${key} ${d.lang}`)).toEqual(['missing-text en', 'missing-text zh', 'missing-text ru']);
  });

  it('every message has its text in en, zh and ru, and each placeholder of the English text in the others', () => {
    for (const [key, message] of Object.entries(pluginMessages)) {
      const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]!).sort();
      for (const lang of ['zh', 'ru'] as const) expect(placeholders(message[lang]), `${key} ${lang}`).toEqual(placeholders(message.en));
    }
  });
});

describe('definePlugin', () => {
  const brandRule = defineRule<{ brand: string }>(meta() as never, () => {});

  it('returns the plugin as given: name, version when there is one, and its rules', () => {
    const defined = definePlugin({ name: 'acme', version: '2.1.0', rules: [brandRule] });
    expect(defined).toEqual({ name: 'acme', version: '2.1.0', rules: [brandRule] });
    expect(defined.rules[0]).toBe(brandRule);
    const bare = definePlugin({ name: 'acme', rules: [brandRule] });
    expect(bare).toEqual({ name: 'acme', rules: [brandRule] });
    expect('version' in bare).toBe(false);
  });

  it('throws on the first problem, in English with its data filled in', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ rules: [brandRule] }, 'its default export is not a plugin'],
      [{ name: 'Acme', rules: [brandRule] }, 'Plugin Acme: the plugin name “Acme” must be kebab-case'],
      [{ name: 'acme', version: 1, rules: [brandRule] }, 'Plugin acme: the plugin version must be a string'],
      [{ name: 'acme', rules: [] }, 'Plugin acme: the plugin has no rules'],
      [{ name: 'acme', rules: [brandRule, {}] }, 'Plugin acme: rule 2 is not a rule'],
      [{ name: 'shop', rules: [brandRule] }, 'Plugin shop: the rule id “acme/brand-name” must be “shop/<rule>”'],
      [{ name: 'acme', rules: [brandRule, brandRule] }, 'Plugin acme: the rule id “acme/brand-name” is given twice'],
      [{ name: 'acme', rules: [rule({ scope: 'builtin', category: 'marketing' })] }, 'Plugin acme: rule “acme/brand-name”: category must be syntax | placeholder'],
      [{ name: 'acme', rules: [rule({ description: { en: 'Brand.', zh: '品牌。' } })] }, 'Plugin acme: rule “acme/brand-name”: description lacks its ru text'],
    ];
    for (const [value, text] of cases) {
      expect(() => definePlugin(value as never), text).toThrow(text);
    }
    // Only the first problem is told (here: category, not scope).
    expect(() => definePlugin({ name: 'acme', rules: [rule({ scope: 'builtin', category: 'marketing' })] } as never)).not.toThrow(/scope must be/);
  });
});

describe('compileOptionValidators', () => {
  it('compiles the options schema of each rule that has one; a rule without takes no options', () => {
    const rules = [rule(), rule({ id: 'acme/sign-off', options: undefined, defaults: {} })] as unknown as AnyRule[];
    const { validators, problems } = compileOptionValidators(rules, ajv());
    expect(problems).toEqual([]);
    expect(Object.keys(validators)).toEqual(['acme/brand-name', 'acme/sign-off']);
    const none = validators['acme/sign-off']!;
    expect(none({})).toBe(true);
    expect(none({ typo: 1 })).toBe(false);
    expect(none.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'typo' } });
    expect(none([])).toBe(false);
    // Without any options schema, no compiler is needed.
    expect(Object.keys(compileOptionValidators([rules[1]!]).validators)).toEqual(['acme/sign-off']);
    expect(() => compileOptionValidators([rules[0]!])).toThrow(/no compiler/);
    const validate = validators['acme/brand-name']!;
    expect(validate({ brand: 'Акме' })).toBe(true);
    expect(validate({ brand: '' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/brand', keyword: 'minLength' });
    expect(validate({ colour: 'red' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'colour' } });
  });

  it('reports a schema that ajv refuses as bad options, and still compiles the other rules', () => {
    const rules = [
      rule({ options: { type: 'object', properties: { brand: { type: 'strng' } } } }),
      rule({ id: 'acme/sign-off', options: { type: 'object', required: 'brand' }, defaults: {} }),
      rule({ id: 'acme/good' }),
    ] as unknown as AnyRule[];
    const { validators, problems } = compileOptionValidators(rules, ajv());
    expect(Object.keys(validators)).toEqual(['acme/good']);
    expect(keyed(problems).map(([key, d]) => [key, d.id, d.field])).toEqual([
      ['bad-field', 'acme/brand-name', 'options'],
      ['bad-field', 'acme/sign-off', 'options'],
    ]);
    // ajv's own words are kept, after what the schema must be.
    expect(String(problems[0]!.data.expected)).toMatch(/^a valid JSON Schema \(schema is invalid: .*type/);
    expect(String(problems[1]!.data.expected)).toMatch(/^a valid JSON Schema \(schema is invalid: .*required/);
  });

  it('reports defaults that the rule’s own schema rejects, at the place in the defaults', () => {
    const rules = [
      rule({ defaults: { brand: '' } }),
      rule({ id: 'acme/sign-off', options: { type: 'object', required: ['closing'], properties: { closing: { type: 'string' } } }, defaults: {} }),
    ] as unknown as AnyRule[];
    const { validators, problems } = compileOptionValidators(rules, ajv());
    expect(validators).toEqual({});
    expect(keyed(problems)).toEqual([
      ['bad-field', { id: 'acme/brand-name', field: 'defaults', expected: 'valid against options (/brand must NOT have fewer than 1 characters)' }],
      ['bad-field', { id: 'acme/sign-off', field: 'defaults', expected: "valid against options (/ must have required property 'closing')" }],
    ]);
  });

  it('words what a compiler without ajv’s errors says', () => {
    const rules = [rule()] as unknown as AnyRule[];
    const throwsText: SchemaCompiler = {
      compile: () => {
        throw 'unsupported draft';
      },
    };
    expect(compileOptionValidators(rules, throwsText).problems[0]!.data.expected).toBe('a valid JSON Schema (unsupported draft)');
    const rejects: SchemaCompiler = { compile: () => (() => false) as unknown as ValidateFunction };
    expect(compileOptionValidators(rules, rejects).problems[0]!.data).toEqual({ id: 'acme/brand-name', field: 'defaults', expected: 'valid against options (rejected)' });
  });
});

describe('extendCatalog', () => {
  const brandRule = asAnyRule(
    defineRule<{ brand: string }>(meta() as never, (context) => {
      const at = context.target.value.indexOf('лавка акме');
      if (at >= 0) context.report({ messageId: 'lower', data: { brand: context.options.brand }, start: at, end: at + 10, expected: [context.options.brand] });
    }),
  );
  const acme: Plugin = { name: 'acme', rules: [brandRule] };

  it('returns the base catalog itself when there are no plugins', () => {
    const base = testCatalog();
    expect(extendCatalog(base, [], {})).toBe(base);
  });

  it('adds the plugins’ rules and option validators, leaving the base as it was', () => {
    const base = testCatalog();
    const baseIds = [...base.rules.keys()];
    const { validators } = compileOptionValidators(acme.rules, ajv());
    const extended = extendCatalog(base, [acme, { name: 'shop', rules: [asAnyRule(defineRule(meta({ id: 'shop/no-soon', options: undefined, defaults: {} }) as never))] }], validators);
    expect([...extended.rules.keys()]).toEqual([...baseIds, 'acme/brand-name', 'shop/no-soon']);
    expect(extended.rules.get('acme/brand-name')).toBe(brandRule);
    expect(extended.optionValidators['acme/brand-name']).toBe(validators['acme/brand-name']);
    expect(extended.optionValidators['test-mark']).toBe(base.optionValidators['test-mark']);
    expect([...base.rules.keys()]).toEqual(baseIds);
    expect(base.optionValidators['acme/brand-name']).toBeUndefined();
  });

  it('gives the config the plugin’s rules: their options are checked, the preset takes their recommended level', () => {
    const { validators } = compileOptionValidators(acme.rules, ajv());
    const catalog: RuleCatalog = extendCatalog(testCatalog(), [acme], validators);
    const config = parseConfig('otvet.config.yaml', 'plugins: [./acme.mjs]\n', catalog, { pluginNames: ['acme'] });
    expect(resolveRules(config, catalog).find((r) => r.rule.meta.id === 'acme/brand-name')).toMatchObject({ severity: 'warning', options: { brand: 'Лавка Акме' } });
    const set = parseConfig('otvet.config.yaml', 'plugins: [./acme.mjs]\nrules:\n  acme/brand-name: [error, { brand: Акме }]\n', catalog, { pluginNames: ['acme'] });
    expect(resolveRules(set, catalog).find((r) => r.rule.meta.id === 'acme/brand-name')).toMatchObject({ severity: 'error', options: { brand: 'Акме' } });
    expect(errorsOf('plugins: [./acme.mjs]\nrules:\n  acme/brand-name: [error, { brand: "", colour: red }]\n', catalog, { pluginNames: ['acme'] })).toEqual([
      'otvet.config.yaml:3:41: Bad option for rule “acme/brand-name”: unknown option “colour”.',
      'otvet.config.yaml:3:37: Bad option for rule “acme/brand-name”: brand: must not be empty.',
    ]);
  });
});

describe('defineRule and plugin rule ids', () => {
  const ruleMeta = (id: string): never => meta({ id }) as never;
  it('accepts <plugin>/<rule> in kebab-case', () => {
    for (const id of ['acme/brand-name', 'acme-shop/x', 'a1/b2-c3']) expect(defineRule(ruleMeta(id)).meta.id).toBe(id);
  });
  it('refuses an id that is neither otvet’s form nor <plugin>/<rule>', () => {
    for (const id of ['Acme/x', 'acme/', 'a/b/c', '/x', 'acme/X', 'acme/brand_name', 'acme/-x']) {
      expect(() => defineRule(ruleMeta(id)), id).toThrow(`Rule id "${id}" must be <category>-<subject> in kebab-case (a plugin's rule: <plugin>/<rule>)`);
    }
  });
});

describe('configPlugins', () => {
  it('lists each string entry with its line and column', () => {
    expect(configPlugins('source: zh\nplugins:\n  - ./rules/index.mjs\n  - otvet-plugin-acme\n  -   "@acme/otvet-plugin"\n')).toEqual([
      { specifier: './rules/index.mjs', line: 3, column: 5 },
      { specifier: 'otvet-plugin-acme', line: 4, column: 5 },
      { specifier: '@acme/otvet-plugin', line: 5, column: 7 },
    ]);
    expect(configPlugins('plugins: [./a.mjs, "../shared/b.mjs"]\n')).toEqual([
      { specifier: './a.mjs', line: 1, column: 11 },
      { specifier: '../shared/b.mjs', line: 1, column: 20 },
    ]);
    expect(configPlugins('target: ru\r\nplugins:\r\n  - ./a.mjs\r\n')).toEqual([{ specifier: './a.mjs', line: 3, column: 5 }]);
  });

  it('skips what is not a string, empty strings and repeats (the config check reports them)', () => {
    const text = 'plugins:\n  - 42\n  - true\n  -\n  - ""\n  - { path: ./a.mjs }\n  - [./a.mjs]\n  - ./a.mjs\n  - ./b.mjs\n  - ./a.mjs\n';
    expect(configPlugins(text)).toEqual([
      { specifier: './a.mjs', line: 8, column: 5 },
      { specifier: './b.mjs', line: 9, column: 5 },
    ]);
  });

  it('is empty for broken YAML, a `plugins` that is not a list, or none', () => {
    for (const text of ['', 'source: zh\n', 'plugins: [./a.mjs\n', 'plugins:\n  - ./a.mjs\n plugins: x\n', 'plugins: ./a.mjs\n', 'plugins: { acme: ./a.mjs }\n', 'plugins:\n', '- ./a.mjs\n', 'plugins: [./a.mjs]\nplugins: [./b.mjs]\n']) {
      expect(configPlugins(text), JSON.stringify(text)).toEqual([]);
    }
  });
});

/** The errors parseConfig throws, formatted in `lang`; fails the test when it accepts the text. */
function errorsOf(text: string, catalog: RuleCatalog, options: Parameters<typeof parseConfig>[3], lang: 'en' | 'zh' | 'ru' = 'en'): string[] {
  try {
    parseConfig('otvet.config.yaml', text, catalog, options);
  } catch (error) {
    if (error instanceof UserErrors) return error.errors.map((e) => e.format(lang));
    throw error;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(text)}`);
}

describe('parseConfig and plugin rules', () => {
  const catalog = testCatalog();

  it('unknown-plugin: a rule of a plugin that `plugins:` does not name, at its key', () => {
    const text = 'plugins: [./acme.mjs]\nrules:\n  test-mark: warning\n  shop/no-soon: error\n  "acme/brand-name": off\n';
    expect(errorsOf(text, catalog, { pluginNames: ['acme'] })).toEqual([
      'otvet.config.yaml:4:3: Rule “shop/no-soon” belongs to a plugin “shop”, which `plugins:` does not name.',
      // acme is named, but has no such rule: a typo, with the closest rule when there is one.
      'otvet.config.yaml:5:3: Unknown rule “acme/brand-name”.',
    ]);
    // Without plugins, every plugin rule belongs to a plugin that is not named.
    expect(errorsOf('rules:\n    acme/brand-name: error\n', catalog, {})).toEqual(['otvet.config.yaml:2:5: Rule “acme/brand-name” belongs to a plugin “acme”, which `plugins:` does not name.']);
    expect(errorsOf('rules: { acme/brand-name: error }\n', catalog, { pluginNames: ['shop'] }, 'zh')).toEqual(['otvet.config.yaml:1:10: 规则“acme/brand-name”属于插件“acme”，但 `plugins:` 中没有列出该插件。']);
    expect(errorsOf('rules: { acme/brand-name: error }\n', catalog, {}, 'ru')[0]).toContain('относится к плагину «acme», которого нет в `plugins:`');
  });

  it('a misspelt rule of a named plugin is an unknown rule with a hint', () => {
    const withAcme = extendCatalog(catalog, [{ name: 'acme', rules: [asAnyRule(defineRule(meta({ options: undefined, defaults: {} }) as never))] }], {});
    expect(errorsOf('plugins: [./acme.mjs]\nrules:\n  acme/brand-nme: error\n', withAcme, { pluginNames: ['acme'] })).toEqual([
      'otvet.config.yaml:3:3: Unknown rule “acme/brand-nme” (did you mean “acme/brand-name”?).',
    ]);
  });

  it('withoutPlugins: settings of plugin rules are left out silently, the rest is checked as usual', () => {
    const text = 'plugins: [./acme.mjs, otvet-plugin-shop]\nrules:\n  test-mark: warning\n  acme/brand-name: [error, { colour: red }]\n  shop/no-soon: off\n';
    const config = parseConfig('otvet.config.yaml', text, catalog, { withoutPlugins: true });
    expect(config.rules).toEqual({ 'test-mark': 'warning' });
    expect(config.plugins).toEqual(['./acme.mjs', 'otvet-plugin-shop']);
    // Without it, the same text is refused.
    expect(errorsOf(text, catalog, {})).toHaveLength(2);
    // otvet's own rules are still checked.
    expect(errorsOf('rules:\n  test-mrak: error\n  acme/brand-name: error\n', catalog, { withoutPlugins: true })).toEqual([
      'otvet.config.yaml:2:3: Unknown rule “test-mrak” (did you mean “test-mark”?).',
    ]);
  });
});
