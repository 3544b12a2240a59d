/**
 * Rule plugins in the CLI, in process on temporary projects: a config's `plugins:` (ES modules,
 * CommonJS, an installed package) add rules that report, fix, take options and presets, can be
 * suppressed, are printed by --print-config and kept in the lint cache's key; each way a plugin
 * fails to load is told at its entry in the config; nothing is imported that the config does
 * not name, nor by a command that lints nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { catalog } from '@otvet/rules';
import { configPlugins } from '@otvet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, useProjects } from './cli.test-helper.js';
import { loadPlugins } from './plugins.js';

const project = useProjects('plugins');

/**
 * The bin hands the bundle `__otvet_import`, Node.js's own `import()`, and plugins.ts uses it when
 * it is there. Without it, vitest's module runner would load the plugin files in these tests and
 * transform them (a throw or a syntax error would then be told in the runner's terms, not Node's).
 * As a new process would, each CLI run imports the plugins afresh (a query of its own).
 */
type Importer = (url: string) => Promise<unknown>;
const nativeImport = new vm.Script('(url) => import(url)', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }).runInThisContext() as Importer;
const scope = globalThis as { __otvet_import?: Importer };
let runs = 0;
beforeAll(() => {
  scope.__otvet_import = (url) => nativeImport(url.includes('?') ? url : `${url}?run=${runs}`);
});
afterAll(() => {
  delete scope.__otvet_import;
});
const otvet = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): ReturnType<typeof cli> => {
  runs++;
  return cli(args, cwd, env);
};

/** An ES module plugin «acme»: a fixable rule with options (recommended: warning) and one that is off unless asked for. */
const ACME = (options: { message?: string; version?: string; prelude?: string; check?: string } = {}): string => `${options.prelude ?? ''}
const text = (en, zh, ru) => ({ en, zh, ru });
export default {
  name: 'acme',
  version: '${options.version ?? '1.4.0'}',
  rules: [
    {
      meta: {
        id: 'acme/store-word',
        category: 'policy',
        description: text('Say “салон”, not “магазин”.', '说“салон”，不说“магазин”。', 'Говорите «салон», а не «магазин».'),
        fixable: true,
        recommended: 'warning',
        scope: 'target',
        url: 'https://example.com/otvet-acme/store-word',
        options: { type: 'object', additionalProperties: false, properties: { word: { type: 'string', minLength: 1 }, with: { type: 'string' } } },
        defaults: { word: 'магазин', with: 'салон' },
        messages: { word: text('${options.message ?? 'Call it “{with}”, not “{word}”.'}', '请称“{with}”，不要称“{word}”。', 'Называйте это «{with}», а не «{word}».') },
      },
      check(context) {
        ${options.check ?? ''}
        const { word, with: replacement } = context.options;
        const value = context.target.value;
        for (let at = value.indexOf(word); at !== -1; at = value.indexOf(word, at + word.length)) {
          context.report({ messageId: 'word', data: { word, with: replacement }, start: at, end: at + word.length, expected: [replacement] });
        }
      },
    },
    {
      meta: {
        id: 'acme/thanks-first',
        category: 'tone',
        description: text('Start with thanks.', '以感谢开头。', 'Начинайте с благодарности.'),
        fixable: false,
        recommended: 'off',
        scope: 'target',
        defaults: {},
        messages: { thanks: text('Start the reply with thanks.', '请以感谢开头。', 'Начните ответ с благодарности.') },
      },
      check(context) {
        const value = context.target.value;
        if (!value.startsWith('Спасибо')) context.report({ messageId: 'thanks', start: 0, end: value.indexOf(' ') });
      },
    },
  ],
};
`;

/** A CommonJS plugin «shop» (module.exports), one rule without options. */
const SHOP = `const text = (en, zh, ru) => ({ en, zh, ru });
module.exports = {
  name: 'shop',
  version: '0.3.0',
  rules: [
    {
      meta: {
        id: 'shop/no-soon',
        category: 'policy',
        description: text('No vague “скоро”.', '不要用含糊的“скоро”。', 'Без расплывчатого «скоро».'),
        fixable: false,
        recommended: 'error',
        scope: 'target',
        defaults: {},
        messages: { soon: text('Give a date instead of “скоро”.', '请给出日期，不要写“скоро”。', 'Назовите дату вместо «скоро».') },
      },
      check(context) {
        const at = context.target.value.indexOf('скоро');
        if (at >= 0) context.report({ messageId: 'soon', start: at, end: at + 5 });
      },
    },
  ],
};
`;

/** A plugin module that leaves a marker file beside itself when it is imported. */
const MARKER = (name: string): string => `import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./${name}.imported', import.meta.url), 'imported');
export default { name: '${name}', rules: [{ meta: { id: '${name}/x', category: 'tone', description: { en: 'x', zh: 'x', ru: 'x' }, fixable: false, recommended: 'warning', scope: 'target', defaults: {}, messages: {} }, check() {} }] };
`;

// «магазин» at 5:28-5:35; «скоро» at 9:21-9:26.
const TEMPLATES = `templates:
  - id: store
    text:
      zh: 欢迎光临我们的商店。
      ru: Ждём вас в нашем магазине.
  - id: delivery
    text:
      zh: 您的订单很快就到。
      ru: Ваш заказ скоро приедет.
`;

const config = (plugins: string[], rest = ''): string => `source: zh\ntarget: ru\nplugins:\n${plugins.map((p) => `  - ${p}\n`).join('')}${rest}`;

const acmeProject = (configText = config(['./rules/acme.mjs']), extra: Record<string, string> = {}): string =>
  project({ 'otvet.config.yaml': configText, 'rules/acme.mjs': ACME(), 'rules/shop.cjs': SHOP, 'templates/a.yaml': TEMPLATES, ...extra });

interface JsonMessage {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  url?: string;
  fix?: { range: [number, number]; text: string };
  expected?: string[];
}

/** The findings of a JSON report, all files together. */
async function findings(dir: string, args: string[] = []): Promise<JsonMessage[]> {
  const r = await otvet(['lint', '--format', 'json', ...args], dir);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { files: { messages: JsonMessage[] }[] }).files.flatMap((f) => f.messages);
}
const pluginFindings = async (dir: string, args: string[] = []): Promise<string[]> =>
  (await findings(dir, args)).filter((m) => m.ruleId.includes('/')).map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId}`);

describe('a plugin’s rules in otvet lint', () => {
  it('an ES module plugin’s rule reports in the stylish report, in each language', async () => {
    const dir = acmeProject();
    const r = await otvet(['lint'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^5:28-5:35 warning Call it “салон”, not “магазин”\.\s+acme\/store-word$/mu);
    // Its other rule is off in the recommended preset.
    expect(r.stdout).not.toContain('acme/thanks-first');
    expect((await otvet(['lint', '--lang', 'ru'], dir)).stdout).toContain('Называйте это «салон», а не «магазин».');
    expect((await otvet(['lint', '--lang', 'zh'], dir)).stdout).toContain('请称“салон”，不要称“магазин”。');
  });

  it('the JSON report gives its rule id, its place, its fix and the url of its meta', async () => {
    const dir = acmeProject();
    const messages = (await findings(dir)).filter((m) => m.ruleId.startsWith('acme/'));
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'acme/store-word', severity: 'warning', message: 'Call it “салон”, not “магазин”.', line: 5, column: 28, endLine: 5, endColumn: 35,
        expected: ['салон'], url: 'https://example.com/otvet-acme/store-word',
      }),
    ]);
    const src = readFileSync(join(dir, 'templates/a.yaml'), 'utf8');
    const { range, text } = messages[0]!.fix!;
    expect([src.slice(range[0], range[1]), text]).toEqual(['магазин', 'салон']);
  });

  it('a CommonJS plugin (module.exports) loads and reports beside an ES module one', async () => {
    const dir = acmeProject(config(['./rules/acme.mjs', './rules/shop.cjs']));
    expect(await pluginFindings(dir)).toEqual(['5:28-5:35 warning acme/store-word', '9:21-9:26 error shop/no-soon']);
    const shop = (await findings(dir)).find((m) => m.ruleId === 'shop/no-soon')!;
    expect(shop.message).toBe('Give a date instead of “скоро”.');
    expect(shop.url).toBeUndefined();
  });

  it('--fix applies its fix', async () => {
    const dir = acmeProject();
    const r = await otvet(['lint', '--fix'], dir);
    expect(r.stderr).toBe('Fixed 1 problem in 1 file.\n');
    expect(readFileSync(join(dir, 'templates/a.yaml'), 'utf8')).toBe(TEMPLATES.replace('в нашем магазине.', 'в нашем салоне.'));
    expect(await pluginFindings(dir)).toEqual([]);
  });

  it('its options are used, and checked against its schema (exit 2 at the place in the config)', async () => {
    const set = acmeProject(config(['./rules/acme.mjs'], 'rules:\n  acme/store-word: [error, { word: заказ, with: покупка }]\n'));
    expect(await pluginFindings(set)).toEqual(['9:15-9:20 error acme/store-word']);
    expect((await findings(set)).find((m) => m.ruleId === 'acme/store-word')!.message).toBe('Call it “покупка”, not “заказ”.');

    const unknown = acmeProject(config(['./rules/acme.mjs'], 'rules:\n  acme/store-word: [error, { bad: 1 }]\n'));
    const r = await otvet(['lint'], unknown);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'otvet.config.yaml:6:30: Bad option for rule “acme/store-word”: unknown option “bad”.\n' });

    const empty = acmeProject(config(['./rules/acme.mjs'], 'rules:\n  acme/store-word:\n    - warning\n    - word: ""\n'));
    const e = await otvet(['lint', '--lang', 'ru'], empty);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/^otvet\.config\.yaml:8:13: .*«acme\/store-word».*word: не может быть пустым/u);
  });

  it('extends: recommended runs each rule at its meta.recommended; rules: turns one off or on; all turns on what is off', async () => {
    const recommended = acmeProject(config(['./rules/acme.mjs'], 'extends: recommended\n'));
    expect(await pluginFindings(recommended)).toEqual(['5:28-5:35 warning acme/store-word']);
    const changed = acmeProject(config(['./rules/acme.mjs'], 'extends: recommended\nrules:\n  acme/store-word: off\n  acme/thanks-first: error\n'));
    expect(await pluginFindings(changed)).toEqual(['5:11-5:15 error acme/thanks-first', '9:11-9:14 error acme/thanks-first']);
    const all = acmeProject(config(['./rules/acme.mjs'], 'extends: all\n'));
    expect(await pluginFindings(all)).toEqual(['5:11-5:15 warning acme/thanks-first', '5:28-5:35 warning acme/store-word', '9:11-9:14 warning acme/thanks-first']);
    const none = acmeProject(config(['./rules/acme.mjs'], 'extends: none\n'));
    expect(await pluginFindings(none)).toEqual([]);
  });

  it('a suppression comment naming its rule suppresses it (and is neither unknown nor unused)', async () => {
    const suppressed = TEMPLATES.replace('      ru: Ждём', '      # otvet-disable-next-line acme/store-word -- the salon is our brand word here\n      ru: Ждём');
    const dir = acmeProject(undefined, { 'templates/a.yaml': suppressed });
    const all = await findings(dir);
    expect(all.filter((m) => m.ruleId === 'acme/store-word' || m.ruleId === 'suppression')).toEqual([]);
    // The same comment for a rule that does not fire is unused: the plugin’s rule is known to it.
    const other = acmeProject(undefined, { 'templates/a.yaml': suppressed.replace('нашем магазине', 'нашем зале') });
    expect((await findings(other)).filter((m) => m.ruleId === 'suppression').map((m) => m.message)).toEqual([expect.stringMatching(/acme\/store-word/)]);
  });

  it('a rule of a plugin that the config does not name is refused at its key', async () => {
    const dir = project({ 'otvet.config.yaml': 'source: zh\nrules:\n  acme/store-word: off\n', 'templates/a.yaml': TEMPLATES });
    expect(await otvet(['lint'], dir)).toEqual({ code: 2, stdout: '', stderr: 'otvet.config.yaml:3:3: Rule “acme/store-word” belongs to a plugin “acme”, which `plugins:` does not name.\n' });
  });

  it('an installed package, named by its name, is loaded through its exports (import condition)', async () => {
    const dir = project({
      'otvet.config.yaml': config(['otvet-plugin-x']),
      'node_modules/otvet-plugin-x/package.json': JSON.stringify({ name: 'otvet-plugin-x', version: '3.0.0', type: 'module', exports: { '.': { import: './lib/index.js' } } }),
      'node_modules/otvet-plugin-x/lib/index.js': ACME().replace(/acme/g, 'x').replace("version: '1.4.0'", "version: '3.0.0'"),
      'templates/a.yaml': TEMPLATES,
    });
    expect(await pluginFindings(dir)).toEqual(['5:28-5:35 warning x/store-word']);
    const printed = JSON.parse((await otvet(['lint', '--print-config', 'templates/a.yaml'], dir)).stdout) as { plugins: unknown };
    expect(printed.plugins).toEqual([{ specifier: 'otvet-plugin-x', name: 'x', version: '3.0.0' }]);
  });

  it('a plugin loads with a plain import() too (no importer from the bin: otvet run from its sources)', async () => {
    const dir = acmeProject();
    const kept = scope.__otvet_import;
    delete scope.__otvet_import;
    try {
      expect(await pluginFindings(dir)).toEqual(['5:28-5:35 warning acme/store-word']);
    } finally {
      scope.__otvet_import = kept;
    }
  });
});

describe('otvet lint --print-config with plugins', () => {
  it('lists each plugin (specifier, name, version) and its rules with their levels and options', async () => {
    const dir = acmeProject(config(['./rules/acme.mjs', './rules/shop.cjs'], 'rules:\n  acme/store-word: [error, { with: зал }]\n'));
    const r = await otvet(['lint', '--print-config', 'templates/a.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { plugins: unknown; rules: Record<string, unknown> };
    expect(printed.plugins).toEqual([
      { specifier: './rules/acme.mjs', name: 'acme', version: '1.4.0' },
      { specifier: './rules/shop.cjs', name: 'shop', version: '0.3.0' },
    ]);
    expect(printed.rules['acme/store-word']).toEqual(['error', { word: 'магазин', with: 'зал' }]);
    expect(printed.rules['acme/thanks-first']).toBe('off');
    expect(printed.rules['shop/no-soon']).toEqual(['error', {}]);
    // otvet's own rules are still there.
    expect(printed.rules['tone-tilde']).toEqual(['error', {}]);
  });
});

describe('a plugin that breaks the contract', () => {
  it('a fix beyond its text stops the run (exit 2, the plugin named) and leaves the file as it was', async () => {
    const dir = acmeProject(undefined, { 'rules/acme.mjs': ACME({ check: "context.report({ messageId: 'word', data: { word: 'x', with: 'y' }, start: 0, end: 1, fix: { start: 0, end: 500, text: '' } });" }) });
    const before = readFileSync(join(dir, 'templates/a.yaml'), 'utf8');
    const r = await otvet(['lint', '--fix'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ReportContractError: offered a fix outside the text');
    expect(r.stderr).toContain('defect of the plugin “acme”');
    expect(readFileSync(join(dir, 'templates/a.yaml'), 'utf8')).toBe(before);
  });

  it('an export whose getter throws is a plugin that failed to load (exit 2 at its entry), not a crash', async () => {
    const dir = project({
      'otvet.config.yaml': config(['./rules/getter.mjs']),
      'rules/getter.mjs': "export default {\n  name: 'getter',\n  get rules() {\n    throw new RangeError('no rules today');\n  },\n};\n",
      'templates/a.yaml': TEMPLATES,
    });
    const r = await otvet(['lint'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('otvet.config.yaml:4:5: Plugin “./rules/getter.mjs” failed to load: RangeError: no rules today (rules/getter.mjs:4:11)\n');
  });
});

describe('a plugin rule that throws', () => {
  it('ends the run with exit 2 and names the plugin, not otvet, as the one at fault', async () => {
    const dir = acmeProject(undefined, { 'rules/acme.mjs': ACME({ check: "if (context.templateId === 'delivery') throw new TypeError('the brand list is not loaded');" }) });
    const r = await otvet(['lint'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Rule “acme/store-word” failed on template “delivery”: TypeError: the brand list is not loaded');
    expect(r.stderr).toContain('Occurred while linting templates/a.yaml:9, Rule: “acme/store-word”.');
    expect(r.stderr).toContain('This is a defect of the plugin “acme” that the config names, not of the templates or of otvet; tell its authors.');
    expect(r.stderr).not.toContain('This is a defect of otvet');
    const ru = await otvet(['lint', '--lang', 'ru'], dir);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toContain('Это дефект плагина «acme», указанного в конфигурации');
  });
});

describe('a plugin that cannot be loaded', () => {
  const BAD = config([
    './rules/missing.mjs',
    './rules',
    'https://example.com/acme.mjs',
    'otvet-plugin-nowhere',
    './rules/throws.mjs',
    './rules/broken.mjs',
    './rules/not-a-plugin.mjs',
    './rules/bad-id.mjs',
    './rules/bad-schema.mjs',
    './rules/acme.mjs',
    './rules/acme-copy.mjs',
  ]);
  const badProject = (): string =>
    acmeProject(BAD, {
      'rules/throws.mjs': "const brands = [];\nif (!brands.length)\n  throw new Error('the brand list is empty');\nexport default { name: 'throws', rules: [] };\n",
      'rules/broken.mjs': "export default {\n  name: 'broken',,\n  rules: [],\n};\n",
      'rules/not-a-plugin.mjs': 'export const rules = [];\n',
      'rules/bad-id.mjs': ACME().replace("name: 'acme'", "name: 'brand'"),
      'rules/bad-schema.mjs': ACME().replace(/acme\//g, 'schema/').replace("name: 'acme'", "name: 'schema'").replace("{ type: 'string', minLength: 1 }", "{ type: 'strng' }"),
      'rules/acme-copy.mjs': ACME(),
    });

  it('each problem exits 2, told at its entry’s line and column (en)', async () => {
    const dir = badProject();
    const r = await otvet(['lint'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    const expected: [string, string][] = [
      ['4:5', 'Plugin “./rules/missing.mjs” not found: no such file (a path is relative to this config file).'],
      ['5:5', 'Plugin “./rules” is not a file: name the module itself'],
      ['6:5', 'Plugin “https://example.com/acme.mjs” is neither a path (./rules.mjs) nor the name of an installed package: otvet loads no code from URLs.'],
      ['7:5', `Plugin package “otvet-plugin-nowhere” is not installed where this config is (${dir}): install it (npm install --save-dev otvet-plugin-nowhere)`],
      ['8:5', 'Plugin “./rules/throws.mjs” failed to load: Error: the brand list is empty (rules/throws.mjs:3:9)'],
      ['9:5', 'Plugin “./rules/broken.mjs” failed to load: SyntaxError: '],
      ['10:5', 'Plugin “./rules/not-a-plugin.mjs”: its default export is not a plugin'],
      ['11:5', 'Plugin “./rules/bad-id.mjs”: the rule id “acme/store-word” must be “brand/<rule>” with <rule> in kebab-case.'],
      ['11:5', 'Plugin “./rules/bad-id.mjs”: the rule id “acme/thanks-first” must be “brand/<rule>” with <rule> in kebab-case.'],
      ['14:5', 'Plugin “./rules/acme-copy.mjs”: another plugin of this config is also named “acme”.'],
    ];
    for (const [at, text] of expected) expect(lines.filter((l) => l.startsWith(`otvet.config.yaml:${at}: ${text}`)), at).toHaveLength(1);
    // A syntax error: where it is, `node --check` shows (Node.js does not say it for an ES module).
    expect(lines.find((l) => l.startsWith('otvet.config.yaml:9:5:'))).toMatch(/\(node --check rules\/broken\.mjs shows where\)$/u);
    // An options schema that ajv refuses, and what ajv says of it.
    expect(lines.filter((l) => l.startsWith('otvet.config.yaml:12:5: Plugin “./rules/bad-schema.mjs”: rule “schema/store-word”: options must be a valid JSON Schema (schema is invalid:'))).toHaveLength(1);
    // Nothing else: each entry that is fine (./rules/acme.mjs) says nothing.
    expect(lines).toHaveLength(expected.length + 1);
    expect(r.stderr).not.toContain('otvet.config.yaml:13:5:');
  });

  it('speaks Chinese and Russian', async () => {
    const dir = badProject();
    const zh = await otvet(['lint', '--lang', 'zh'], dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('otvet.config.yaml:4:5: 找不到插件“./rules/missing.mjs”：文件不存在');
    expect(zh.stderr).toContain('otvet.config.yaml:8:5: 插件“./rules/throws.mjs”加载失败：Error: the brand list is empty (rules/throws.mjs:3:9)');
    expect(zh.stderr).toContain('otvet.config.yaml:11:5: 插件“./rules/bad-id.mjs”：规则 id“acme/store-word”必须写成“brand/<规则名>”');
    expect(zh.stderr).toContain('otvet.config.yaml:14:5: 插件“./rules/acme-copy.mjs”：本配置中的另一个插件也叫“acme”。');
    const ru = await otvet(['lint', '--lang', 'ru'], dir);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toContain('otvet.config.yaml:5:5: Плагин «./rules» — не файл');
    expect(ru.stderr).toContain('otvet.config.yaml:6:5: Плагин «https://example.com/acme.mjs» — не путь (./rules.mjs) и не имя установленного пакета');
    expect(ru.stderr).toContain('otvet.config.yaml:7:5: Пакет плагина «otvet-plugin-nowhere» не установлен');
    expect(ru.stderr).toContain('otvet.config.yaml:10:5: Плагин «./rules/not-a-plugin.mjs»: его экспорт по умолчанию — не плагин');
  });

  it('a CommonJS plugin that is not a plugin, or has a syntax error, is told like an ES module one (a syntax error with its line)', async () => {
    const dir = project({
      'otvet.config.yaml': config(['./rules/empty.cjs', './rules/broken.cjs']),
      'rules/empty.cjs': "module.exports = { name: 'empty', rules: [] };\n",
      'rules/broken.cjs': "module.exports = {\n  name: 'broken',,\n};\n",
      'templates/a.yaml': TEMPLATES,
    });
    const r = await otvet(['lint'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('otvet.config.yaml:4:5: Plugin “./rules/empty.cjs”: the plugin has no rules');
    expect(r.stderr).toContain('otvet.config.yaml:5:5: Plugin “./rules/broken.cjs” failed to load: SyntaxError: ');
    // Node.js names the file and line of a syntax error in a CommonJS module (not in an ES module).
    expect(r.stderr).toContain('SyntaxError: Unexpected token \',\' (rules/broken.cjs:2)');
  });

  it('names the file and line where a CommonJS plugin throws on import, as for an ES module', async () => {
    const dir = project({
      'otvet.config.yaml': config(['./rules/throws.cjs']),
      'rules/throws.cjs': "const brands = [];\nif (!brands.length)\n  throw new Error('the brand list is empty');\nmodule.exports = { name: 'throws', rules: [] };\n",
      'templates/a.yaml': TEMPLATES,
    });
    const r = await otvet(['lint'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('otvet.config.yaml:4:5: Plugin “./rules/throws.cjs” failed to load: Error: the brand list is empty (rules/throws.cjs:3:9)\n');
  });

  it('refuses options for a plugin rule that declares no options schema, as for otvet’s own rules', async () => {
    const dir = acmeProject(config(['./rules/shop.cjs'], 'rules:\n  shop/no-soon: [error, { typo: 1 }]\n'));
    const r = await otvet(['lint'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('otvet.config.yaml:6:27: Bad option for rule “shop/no-soon”: unknown option “typo”.');
  });
});

describe('the lint cache and plugins', () => {
  it('reuses the findings while the plugin is unchanged, and lints again with the new code once it changes', async () => {
    const counted = (message?: string): string =>
      ACME({ ...(message ? { message } : {}), prelude: "import { appendFileSync } from 'node:fs';", check: "appendFileSync(new URL('./checks.log', import.meta.url), context.templateId + '\\n');" });
    const dir = acmeProject(undefined, { 'rules/acme.mjs': counted() });
    const checks = (): string[] => (existsSync(join(dir, 'rules/checks.log')) ? readFileSync(join(dir, 'rules/checks.log'), 'utf8').trim().split('\n') : []);
    const first = await otvet(['lint', '--cache'], dir);
    expect(first.stdout).toContain('Call it “салон”, not “магазин”.');
    expect(checks()).toEqual(['store', 'delivery']);
    expect(existsSync(join(dir, '.otvet-cache'))).toBe(true);

    const second = await otvet(['lint', '--cache'], dir);
    expect(second).toEqual(first);
    // Taken from the cache: the rule did not run again.
    expect(checks()).toEqual(['store', 'delivery']);

    writeFileSync(join(dir, 'rules/acme.mjs'), counted('Our word is “{with}”, not “{word}”.'));
    const third = await otvet(['lint', '--cache'], dir);
    expect(third.stdout).toContain('Our word is “салон”, not “магазин”.');
    expect(third.stdout).not.toContain('Call it');
    expect(checks()).toEqual(['store', 'delivery', 'store', 'delivery']);
  });

  it('the digest of a plugin in a folder takes in the other code files of that folder', async () => {
    const dir = project({
      'otvet.config.yaml': config(['./rules/acme.mjs']),
      'rules/acme.mjs': `import { WORD } from './words.mjs';\n${ACME().replace("word: 'магазин'", 'word: WORD')}`,
      'rules/words.mjs': "export const WORD = 'магазин';\n",
    });
    const digest = async (): Promise<string> => {
      const text = readFileSync(join(dir, 'otvet.config.yaml'), 'utf8');
      return (await loadPlugins(configPlugins(text), join(dir, 'otvet.config.yaml'), 'otvet.config.yaml', catalog)).plugins[0]!.digest;
    };
    runs++;
    const before = await digest();
    writeFileSync(join(dir, 'rules/notes.txt'), 'not code');
    runs++;
    expect(await digest()).toBe(before);
    writeFileSync(join(dir, 'rules/words.mjs'), "export const WORD = 'лавка';\n");
    runs++;
    expect(await digest()).not.toBe(before);
  });

  it('the digest of a plugin beside the config takes in the modules it imports', async () => {
    const dir = project({
      'otvet.config.yaml': config(['./acme.mjs']),
      'acme.mjs': `import { WORD } from './acme-words.mjs';\n${ACME().replace("word: 'магазин'", 'word: WORD')}`,
      'acme-words.mjs': "export const WORD = 'магазин';\n",
    });
    const digest = async (): Promise<string> =>
      (await loadPlugins(configPlugins(readFileSync(join(dir, 'otvet.config.yaml'), 'utf8')), join(dir, 'otvet.config.yaml'), 'otvet.config.yaml', catalog)).plugins[0]!.digest;
    runs++;
    const before = await digest();
    writeFileSync(join(dir, 'acme-words.mjs'), "export const WORD = 'лавка';\n");
    runs++;
    expect(await digest()).not.toBe(before);
  });
});

describe('only the modules a config names are imported, and only to lint', () => {
  it('a config without plugins: imports nothing, even a plugin module in the project', async () => {
    const files = { 'rules/acme.mjs': MARKER('acme'), 'acme.mjs': MARKER('root'), 'templates/a.yaml': TEMPLATES };
    const without = project({ ...files, 'otvet.config.yaml': 'source: zh\ntarget: ru\n' });
    const r = await otvet(['lint'], without);
    expect(r.stderr).toBe('');
    expect(existsSync(join(without, 'rules/acme.imported'))).toBe(false);
    expect(existsSync(join(without, 'root.imported'))).toBe(false);
    // The marker works: named, the module is imported (and the other still is not).
    const named = project({ ...files, 'otvet.config.yaml': config(['./rules/acme.mjs']) });
    expect((await otvet(['lint'], named)).stderr).toBe('');
    expect(existsSync(join(named, 'rules/acme.imported'))).toBe(true);
    expect(existsSync(join(named, 'root.imported'))).toBe(false);
  });

  it('otvet glossary check imports no plugin and takes plugin rule settings as they are', async () => {
    const glossary = 'terms:\n  - id: pickup-point\n    zh: [自提点]\n    ru: [пункт выдачи]\n    forbidden: [точка самовывоза]\n';
    const dir = project({
      'otvet.config.yaml': config(['./rules/acme.mjs'], 'rules:\n  acme/x: error\n  acme/y: warning\n'),
      'rules/acme.mjs': MARKER('acme'),
      'glossary/terms.yaml': glossary,
      'templates/a.yaml': TEMPLATES,
    });
    expect(await otvet(['glossary', 'check'], dir)).toEqual({ code: 0, stdout: '1 entry in 1 file, 0 problems.\n', stderr: '' });
    expect(existsSync(join(dir, 'rules/acme.imported'))).toBe(false);
    // lint does import it (and so refuses the rule that the plugin does not have).
    const lint = await otvet(['lint'], dir);
    expect(existsSync(join(dir, 'rules/acme.imported'))).toBe(true);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toBe('otvet.config.yaml:7:3: Unknown rule “acme/y” (did you mean “acme/x”?).\n');
  });
});
