import { describe, expect, it } from 'vitest';
import { defaultConfig, resolveRules } from './config.js';
import { lintTexts, RuleCrash, type LintResult } from './engine.js';
import { UserError } from './errors.js';
import { asAnyRule, defineRule } from './rule.js';
import type { Lang } from './i18n.js';
import type { Config, RuleSetting } from './types.js';
import { testCatalog } from './test-rules.test-helper.js';

const catalog = testCatalog();

function lint(files: Record<string, string>, rules: Record<string, RuleSetting> = {}, lang: Lang = 'en', resources: Record<string, unknown[]> = {}): LintResult {
  const config: Config = { ...defaultConfig(), rules };
  const sources = Object.entries(files).map(([path, raw]) => ({ path, text: raw.replace(/^\uFEFF/, ''), bom: raw.startsWith('\uFEFF') }));
  return lintTexts(sources, { config, rules: resolveRules(config, catalog), catalog, lang, ruleUrl: (id) => `docs/${id}`, resources });
}

function lines(result: LintResult): string[] {
  return result.files.flatMap((f) =>
    f.messages.map((m) => {
      const p = m.place && 'start' in m.place ? m.place : undefined;
      return `${f.path}:${p?.start.line}:${p?.start.column}-${p?.end.line}:${p?.end.column} ${m.severity} ${m.ruleId} ${m.reason}`;
    }),
  );
}

const file = (ru: string, extra = ''): string => `templates:\n  - id: t\n${extra}    text:\n      zh: 你好\n      ru: ${ru}\n`;

describe('positions of a finding in every scalar style', () => {
  const styles: [string, string][] = [
    ['plain', 'ru: Подождите немного~ пожалуйста'],
    ['plain, multi-line', 'ru: Подождите\n        немного~ пожалуйста'],
    ['single-quoted', "ru: 'Это ''цитата''~'"],
    ['double-quoted with escapes', 'ru: "\\u0417\\"дравствуйте\\"~"'],
    ['literal |', 'ru: |\n        Здравствуйте!\n          Подождите~'],
    ['literal |-', 'ru: |-\n        Подождите~'],
    ['literal |+', 'ru: |+\n        Подождите~\n'],
    ['folded >', 'ru: >\n        Первая строка\n        вторая~'],
    ['folded >-', 'ru: >-\n        Первая строка\n\n        вторая~'],
  ];
  for (const eol of ['\n', '\r\n']) {
    for (const bom of ['', '\uFEFF']) {
      for (const [name, text] of styles) {
        it(`${name} (${eol === '\n' ? 'LF' : 'CRLF'}${bom ? ', BOM' : ''})`, () => {
          const src = bom + `templates:\n  - id: t\n    text:\n      zh: 你好\n      ${text}\n`.replace(/\n/g, eol);
          const result = lint({ 'a.yaml': src });
          // Where the tilde stands in the file, as an editor counts (BOM not counted).
          const body = src.replace(/^\uFEFF/, '');
          const at = body.indexOf('~');
          const line = body.slice(0, at).split('\n').length;
          const column = at - body.lastIndexOf('\n', at - 1);
          expect(lines(result)).toEqual([`a.yaml:${line}:${column}-${line}:${column + 1} error test-mark Mark “~”.`]);
          expect(result.files[0]!.messages[0]!.fix?.range[0]).toBe(at);
        });
      }
    }
  }
});

describe('loading errors', () => {
  it('reports YAML errors with helpful messages', () => {
    expect(lines(lint({ 'a.yaml': file('Внимание: заказ') }))).toEqual([
      'a.yaml:5:19-5:20 error yaml-syntax The text contains “: ”, which YAML reads as a new key. Put the whole text in quotes or write it as a block (`ru: |-` and the text on the next lines).',
    ]);
    expect(lines(lint({ 'a.yaml': 'templates:\n\t- id: t\n' }))[0]).toMatch(/^a\.yaml:2:1-2:2 error yaml-syntax Tabs are not allowed as indentation/);
    expect(lines(lint({ 'a.yaml': 'templates:\n  - id: t\n    id: u\n' }))[0]).toBe(
      'a.yaml:3:5-3:7 error yaml-syntax Duplicate key “id”: the later value would silently replace the earlier one.',
    );
    expect(lines(lint({ 'a.yaml': 'templates: []\n---\ntemplates: []\n' }))[0]).toMatch(/^a\.yaml:2:1-2:4 error yaml-syntax A template file holds one YAML document/);
    expect(lines(lint({ 'a.yaml': 'templates:\n  - id: "t\n' }))[0]).toMatch(/yaml-syntax A quote opened here is never closed, .* \(Parser: Missing closing "quote\.\)$/);
    expect(lines(lint({ 'a.yaml': 'templates: [\n' }))[0]).toMatch(/yaml-syntax Wrong indentation: /);
    // Each explained in words, the parser's own text kept after it.
    expect(lines(lint({ 'a.yaml': 'templates:\n  - id: t\n    text:\n      ru: "Да" нет\n' }))[0]).toMatch(/yaml-syntax YAML did not expect this here: .* \(Parser: Unexpected scalar at node end\.\)$/);
    expect(lines(lint({ 'a.yaml': 'templates:\n  - id: t\n    text:\n      ru: @Акме\n' }))[0]).toMatch(/yaml-syntax A text cannot start with this character without quotes .* \(Parser: Plain value cannot start with reserved character @\.\)$/);
    const broken = lines(lint({ 'a.yaml': 'templates:\n  - id: t\n    title: a\n  b\n    text: { ru: Да }\n' }));
    expect(broken.join('\n')).toMatch(/yaml-syntax Something YAML needs is missing here: .* \(Parser: Implicit map keys need to be followed by map values\.\)/);
    expect(broken.join('\n')).not.toContain('quote');
    expect(lines(lint({ 'a.yaml': 'templates:\n  - id: t\n    text:\n      ru: Да\n    нет: нет\n    и\n      снова\n' })).join('\n')).toMatch(/yaml-syntax A line here is read as a key that goes on over several lines: .* \(Parser: Implicit keys need to be on a single line\.\)/);
  });
  it('reports schema problems at the exact node', () => {
    expect(lines(lint({ 'a.yaml': 'templates:\n  - id: Bad_Id\n    titel: x\n    text: { ru: "" }\n  - text: { ru: Да }\n  - id: u\n    text: [1]\n    lint: { disable: [{ rule: test-mark, reason: " " }] }\n' }))).toEqual([
      'a.yaml:2:9-2:15 error schema Template id “Bad_Id” must use lowercase Latin letters, digits and hyphens (e.g. order-delayed).',
      'a.yaml:3:5-3:10 error schema Unknown field “titel” (did you mean “title”?): otvet does not read it. Correct its name, or remove it.',
      'a.yaml:5:5-5:9 error schema Missing required field “id”: add “id:” here.',
      'a.yaml:7:11-7:14 error schema Expected a mapping (key: value) here.',
      'a.yaml:8:50-8:53 error schema A suppression needs a reason: say why the finding is acceptable here.',
    ]);
  });
  it('reports an empty file, a missing target text and an empty text', () => {
    expect(lines(lint({ 'a.yaml': '' }))).toEqual(['a.yaml:1:1-1:1 error schema The file is empty: a template file starts with `templates:` and a list of templates.']);
    expect(lines(lint({ 'a.yaml': '# nothing yet\n' }))[0]).toMatch(/schema The file is empty/);
    expect(lines(lint({ 'a.yaml': 'templates:\n  - id: t\n    text:\n      zh: 你好\n      en: " "\n' }))).toEqual([
      'a.yaml:3:5-3:9 error schema The template has no “ru” text: the target text is required. Add “ru:” with the reply.',
      'a.yaml:5:7-5:9 error schema The “en” text is empty: write the text, or remove “en:”.',
    ]);
    expect(lines(lint({ 'a.yaml': 'name: x\n' }))).toEqual([
      'a.yaml:1:1-1:5 error schema Missing required field “templates”: add “templates:” here.',
      'a.yaml:1:1-1:5 error schema Unknown field “name”: otvet does not read it. Correct its name, or remove it.',
    ]);
  });
  it('reports duplicate ids across files, pointing at the first', () => {
    const result = lint({ 'a.yaml': file('Да'), 'b.yaml': file('Нет') });
    expect(lines(result)).toEqual(['b.yaml:2:9-2:10 error schema Duplicate template id “t”: already used at a.yaml:2:9. Give this template an id of its own.']);
    expect(result.files[1]!.templates[0]).toMatchObject({ id: 't', penalty: 1 });
  });
  it('drops each file\'s YAML document when asked, with the same findings', () => {
    const files = { 'b.yaml': file('Нет~'), 'a.yaml': file('Да'), 'c.yaml': file('Может~') };
    const config: Config = defaultConfig();
    const sources = Object.entries(files).map(([path, text]) => ({ path, text, bom: false }));
    const options = { config, rules: resolveRules(config, catalog), catalog, lang: 'en' as const };
    const kept = lintTexts(sources, options);
    const released = lintTexts(sources, { ...options, keepDocuments: false });
    expect(kept.files.map((f) => f.file.doc !== undefined)).toEqual([true, true, true]);
    expect(released.files.map((f) => f.file.doc !== undefined)).toEqual([false, false, false]);
    const report = (r: LintResult) => r.files.map((f) => ({ path: f.path, messages: f.messages, templates: f.templates }));
    expect(report(released)).toEqual(report(kept));
    expect(released.summary).toEqual(kept.summary);
    expect(lines(released)).toContain('b.yaml:2:9-2:10 error schema Duplicate template id “t”: already used at a.yaml:2:9. Give this template an id of its own.');
  });
  it('localizes loader messages', () => {
    expect(lines(lint({ 'a.yaml': file('Внимание: заказ') }, {}, 'zh'))[0]).toContain('文本中含有“: ”');
    expect(lines(lint({ 'a.yaml': 'templates:\n  - id: t\n    txt: {}\n    text: { ru: Да }\n' }, {}, 'ru'))[0]).toContain('Неизвестное поле «txt» (возможно, «text»?): otvet его не читает. Исправьте имя поля или удалите его.');
  });
});

describe('rules and severities', () => {
  it('runs pair rules only when the source exists (monolingual lint)', () => {
    const withSource = lint({ 'a.yaml': 'templates:\n  - id: t\n    text:\n      zh: 你好!\n      ru: Да\n' });
    expect(lines(withSource)).toEqual(['a.yaml:4:13-4:14 warning test-source Bang in source.']);
    expect(withSource.files[0]!.messages[0]).toMatchObject({ locale: 'zh', templateId: 't', note: 'note', url: 'docs/test-source', fatal: false });
    const monolingual = lint({ 'a.yaml': 'templates:\n  - id: t\n    text:\n      ru: Да!\n' });
    expect(lines(monolingual)).toEqual([]);
  });
  it('weights severities in the score (info counts 0)', () => {
    const result = lint({ 'a.yaml': file('Привет~') }, { 'test-info': 'info', 'test-mark': 'warning' });
    expect(result.files[0]!.messages.map((m) => [m.ruleId, m.severity, m.fatal])).toEqual([
      ['test-info', 'info', undefined],
      ['test-mark', 'warning', false],
    ]);
    expect(result.files[0]!.templates[0]).toMatchObject({ words: 1, penalty: 0.5, verdict: 'reject' });
    expect(result.summary).toMatchObject({ errors: 0, warnings: 1, infos: 1, fixable: 1, templates: 1 });
  });
  it('offers fixes only where the file can be edited exactly', () => {
    const plain = lint({ 'a.yaml': file('Да~') }).files[0]!.messages[0]!;
    expect(plain.fix).toEqual({ range: [56, 57], text: '' });
    const escaped = lint({ 'a.yaml': file('"Да\\x7e"') }).files[0]!.messages[0]!;
    expect(escaped.fix).toBeUndefined();
    const unsafe = lint({ 'a.yaml': file('Да~ нет') }, { 'test-mark': ['error', { mark: '~', fixWith: ': ' }] }).files[0]!.messages[0]!;
    expect(unsafe.fix).toBeUndefined();
    const quoted = lint({ 'a.yaml': file('"Да~ нет"') }, { 'test-mark': ['error', { mark: '~', fixWith: ': ' }] }).files[0]!.messages[0]!;
    expect(quoted.fix).toEqual({ range: [57, 58], text: ': ' });
  });
});

describe('suppressions', () => {
  it('honours lint.disable and reports unused and unknown ones', () => {
    const src = file('Да~', '    lint:\n      disable:\n        - { rule: test-mark, reason: quoted }\n        - { rule: test-source, reason: none here }\n        - { rule: test-mrak, reason: typo }\n');
    expect(lines(lint({ 'a.yaml': src }))).toEqual([
      'a.yaml:6:19-6:30 warning suppression Unused suppression of “test-source”: the rule reports nothing here. Remove it.',
      'a.yaml:7:19-7:28 warning suppression Unknown rule “test-mrak” (did you mean “test-mark”?).',
    ]);
  });
  it('honours comments: next line, or the whole text that starts there', () => {
    const src =
      'templates:\n  - id: t\n    text:\n      # otvet-disable-next-line test-mark -- quoting the buyer\n      ru: |-\n        Да~\n        Нет~\n' +
      '  - id: u\n    text:\n      # otvet-disable-next-line test-mark, test-source -- both\n      ru: Да\n' +
      '  - id: v\n    text:\n      # otvet-disable-next-line test-mark\n      ru: Нет~\n';
    expect(lines(lint({ 'a.yaml': src }))).toEqual([
      'a.yaml:10:33-10:42 warning suppression Unused suppression of “test-mark”: the rule reports nothing here. Remove it.',
      'a.yaml:10:44-10:55 warning suppression Unused suppression of “test-source”: the rule reports nothing here. Remove it.',
      'a.yaml:14:7-14:42 warning suppression Give a reason after “--”: # otvet-disable-next-line test-mark -- why it is acceptable.',
    ]);
  });
  it('does not read directives inside a text', () => {
    const src = 'templates:\n  - id: t\n    text:\n      ru: |-\n        # otvet-disable-next-line test-mark -- no\n        Да~\n';
    expect(lines(lint({ 'a.yaml': src })).map((l) => l.split(' ')[2])).toEqual(['test-mark']);
  });
  it('can be turned off', () => {
    const src = file('Да', '    lint: { disable: [{ rule: test-mark, reason: x }] }\n');
    expect(lines(lint({ 'a.yaml': src }, { suppression: 'off' }))).toEqual([]);
  });
});

describe('pack-wide state', () => {
  it('shares state across templates and files in a fixed order, with a cause', () => {
    const t = (id: string, ru: string): string => `  - id: ${id}\n    text:\n      ru: ${ru}\n`;
    const result = lint(
      { 'b.yaml': `templates:\n${t('b1', 'Вы молодец')}`, 'a.yaml': `templates:\n${t('a1', 'Нет')}${t('a2', '"Вы тут"')}` },
      { 'test-first': 'warning' },
      'en',
      { extra: ['from config'] },
    );
    expect(lines(result)).toEqual([
      'b.yaml:4:11-4:13 warning test-first Again after a.yaml:7:12.',
      'b.yaml:4:11-4:12 warning test-first Again after from config.',
    ]);
    expect(result.files[1]!.messages[0]!.cause).toBe('a.yaml:7:12');
  });
});

describe('a rule that throws', () => {
  const broken = defineRule(
    {
      id: 'test-broken',
      category: 'tone',
      description: { en: 'Broken.', zh: '坏了。', ru: 'Сломано.' },
      fixable: false,
      recommended: 'error',
      scope: 'target',
      defaults: {},
      messages: {},
    },
    (context) => {
      if (context.target.value.includes('сломай')) throw new TypeError('cannot read the tree');
      if (context.target.value.includes('без словаря')) throw new UserError({ en: 'The index is missing.', zh: '缺少索引。', ru: 'Нет индекса.' });
      if (context.target.value.includes('без индекса')) throw Object.assign(new Error('no index'), { localized: { en: 'No index.', zh: '没有索引。', ru: 'Индекса нет.' } });
      if (context.target.value.includes('полу-перевод')) throw Object.assign(new Error('half'), { localized: { en: 'Half.' } });
    },
  );
  const config: Config = defaultConfig();
  const rules = [...resolveRules(config, catalog), { rule: asAnyRule(broken), severity: 'error' as const, options: {} }];
  const sources = [
    { path: 'a.yaml', text: file('Всё хорошо~'), bom: false },
    { path: 'b.yaml', text: `templates:\n  - id: ok\n    text:\n      ru: Да\n  - id: bad\n    text:\n      zh: 你好\n      ru: >-\n        Пожалуйста,\n        сломай\n`, bom: false },
  ];
  for (const timing of [false, true]) {
    it(`stops the lint with the rule, file, template and line of the text${timing ? ' (with timing)' : ''}`, () => {
      let caught: unknown;
      try {
        lintTexts(sources, { config, rules, catalog, lang: 'en', ...(timing ? { timing: new Map<string, number>() } : {}) });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RuleCrash);
      const crash = caught as RuleCrash;
      expect([crash.ruleId, crash.path, crash.templateId, crash.line]).toEqual(['test-broken', 'b.yaml', 'bad', 9]);
      expect(crash.detail).toBe('TypeError: cannot read the tree');
      expect(crash.cause).toBeInstanceOf(TypeError);
      expect(crash.message).toBe('Rule "test-broken" failed on template "bad": cannot read the tree\nOccurred while linting b.yaml:9');
    });
  }
  it('lets a rule’s UserError (it cannot run here: an index is missing) through as it is, not as a defect of the rule', () => {
    const missing = [{ path: 'c.yaml', text: file('Проверка без словаря'), bom: false }];
    expect(() => lintTexts(missing, { config, rules, catalog, lang: 'en' })).toThrow(UserError);
    expect(() => lintTexts(missing, { config, rules, catalog, lang: 'en' })).toThrow('The index is missing.');
  });
  it('shows an error that carries its message in every language (`localized`) as a user error', () => {
    let caught: unknown;
    try {
      lintTexts([{ path: 'd.yaml', text: file('Проверка без индекса'), bom: false }], { config, rules, catalog, lang: 'zh' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).format('zh')).toBe('没有索引。');
    // Not every language: a defect of the rule after all.
    expect(() => lintTexts([{ path: 'e.yaml', text: file('Это полу-перевод'), bom: false }], { config, rules, catalog, lang: 'en' })).toThrow(RuleCrash);
  });
});

describe('messages', () => {
  it('carry no stack, and the lint leaves Error.stackTraceLimit as it found it', () => {
    const before = Error.stackTraceLimit;
    Error.stackTraceLimit = 7;
    try {
      const result = lint({ 'a.yaml': file('Подождите~ немного~') });
      const messages = result.files.flatMap((f) => f.messages);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.every((m) => m.stack === '')).toBe(true);
      expect(Error.stackTraceLimit).toBe(7);
      // An error thrown afterwards still gets its trace.
      expect(new Error('x').stack?.split('\n').length).toBeGreaterThan(1);
    } finally {
      Error.stackTraceLimit = before;
    }
  });
});

describe('packState', () => {
  // A pack-wide rule: the first template of the pack that says «Вы» sets the style; later ones are numbered from it.
  const first = defineRule(
    {
      id: 'test-first',
      category: 'register',
      description: { en: 'First.', zh: '第一。', ru: 'Первый.' },
      fixable: false,
      recommended: 'warning',
      scope: 'target',
      packWide: true,
      defaults: {},
      messages: { later: { en: 'After {first} ({n}).', zh: '在 {first} 之后（{n}）。', ru: 'После {first} ({n}).' } },
    },
    (context) => {
      if (!context.target.value.includes('Вы')) return;
      const seen = context.pack<{ first?: string; n: number }>('seen', () => ({ n: 0 }));
      if (seen.first) context.report({ messageId: 'later', data: { first: seen.first, n: ++seen.n }, start: 0, end: 2 });
      else seen.first = context.templateRef;
    },
  );
  const config: Config = defaultConfig();
  const rules = [{ rule: asAnyRule(first), severity: 'warning' as const, options: {} }];
  const sources = ['a', 'b', 'c'].map((name) => ({ path: `${name}.yaml`, text: file(name === 'a' ? 'Привет' : 'Вы здесь').replace('id: t', `id: ${name}`), bom: false }));
  const options = { config, rules, catalog, lang: 'en' as const };

  it('starts a lint from the state that the files before it leave, as if they had been linted with it', () => {
    const whole = lintTexts(sources, options);
    expect(lines(whole)).toEqual(['c.yaml:5:11-5:13 warning test-first After b.yaml#0 (1).']);
    let after: Record<string, string> = {};
    lintTexts(sources.slice(0, 2), { ...options, cache: { get: () => undefined, set: (s, e) => void (s.path === 'b.yaml' && (after = e.stateOut)) } });
    expect(after).toEqual({ 'test-first\u0000seen': '{"n":0,"first":"b.yaml#0"}' });
    const rest = lintTexts(sources.slice(2), { ...options, packState: after });
    expect(lines(rest)).toEqual(lines(whole));
    // Without it, the last file is the pack's first to say «Вы».
    expect(lines(lintTexts(sources.slice(2), options))).toEqual([]);
  });
});
