/**
 * `--lang zh` speaks Chinese from the first line to the last, with the built CLI: a faulty pack
 * (a template with findings of many kinds, a file YAML cannot read, a YAML file that is no
 * template file) linted in the stylish and HTML formats, scored and refused by `otvet pack`, a
 * config that names an unknown rule, and every command's `--help`. What may stay Latin is what a
 * copywriter types or reads as a name: ids (rule, template, entry ids), file paths, option names,
 * code spans, placeholders and quoted text. Any run of two English words outside those is a
 * sentence left untranslated, and fails the test with the lines it is on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otvet, STACK_TRACE, useProjects } from './helpers.js';

const project = useProjects();

/** Remove `pattern` until nothing more matches (nested placeholders, nested quotes). */
function removeAll(text: string, pattern: RegExp): string {
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(pattern, ' ');
  }
  return text;
}

/**
 * Names and product names written in Latin letters that Chinese text keeps as they are, as two
 * words: they are names, not English sentences (`--format github` is for GitHub Actions, `junit`
 * for Azure Pipelines among others). Kept to names the help really uses.
 */
const NAMES = /\b(?:GitHub Actions|Azure Pipelines)\b/gu;

/** What may be Latin in a Chinese line, removed: see the file's comment. */
function withoutNames(line: string): string {
  let s = line;
  s = s.replace(/`[^`]*`/gu, ' ');
  s = removeAll(s, /«[^«»]*»/gu);
  s = removeAll(s, /“[^“”]*”/gu);
  s = removeAll(s, /「[^「」]*」/gu);
  s = s.replace(/"[^"]*"/gu, ' ');
  s = removeAll(s, /\{[^{}]*\}/gu);
  s = s.replace(/https?:\/\/\S+/gu, ' ');
  // Paths: anything with a slash, or a file name with its extension.
  s = s.replace(/[^\s"“”«»（）()：:，,、；;。]*[/\\][^\s"“”«»（）()：:，,、；;。]*/gu, ' ');
  s = s.replace(/[\w.-]+\.(?:ya?ml|json|html?|zip|csv|tbx|xlsx|txt|md|cjs|js)\b/gu, ' ');
  // A command as it is typed: otvet and its command names.
  s = s.replace(/\botvet(?: (?:lint|score|pack|verify|lsp|init|glossary|check|find|add|import|export|stats|help)\b)*/gu, ' ');
  // Options (--fix, -f), environment variables ($OTVET_LANG, NO_COLOR=1).
  s = s.replace(/(^|[^\w-])--?[A-Za-z][\w-]*(?:=\S*)?/gu, '$1 ');
  s = s.replace(/\$?\b[A-Z][A-Z0-9]*_[A-Z0-9_]*(?:=\S*)?/gu, ' ');
  // Identifiers with an underscore (order_number, ru_RU).
  s = s.replace(/\b[A-Za-z0-9]*_[\w]*/gu, ' ');
  // Rule ids, template ids, phrasebook entry ids: kebab-case.
  s = s.replace(/\b[a-z]+(?:-[a-z0-9]+)+\b/gu, ' ');
  return s.replace(NAMES, ' ');
}

/**
 * The lines of `output` that hold two or more English words in a row once the names are gone. A
 * word is two or more ASCII letters, not all capitals (an abbreviation: YAML, ICU, JSON, CI); two
 * words are in a row when only spaces and ASCII punctuation stand between them.
 */
function englishLines(output: string): string[] {
  const out: string[] = [];
  for (const line of output.split('\n')) {
    const rest = withoutNames(line);
    const words = [...rest.matchAll(/[A-Za-z]+/gu)];
    let run = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const isWord = w[0].length >= 2 && w[0] !== w[0].toUpperCase();
      const prev = words[i - 1];
      const joined = prev !== undefined && /^[\s!-\/:-@\[-`{-~]*$/u.test(rest.slice(prev.index + prev[0].length, w.index));
      run = isWord ? (joined && run > 0 ? run + 1 : 1) : 0;
      if (run >= 2) {
        out.push(line);
        break;
      }
    }
  }
  return out;
}

describe('the check itself', () => {
  it('finds English words in a row, also around brackets', () => {
    expect(englishLines('用法： otvet [options] [command]')).toHaveLength(1);
    expect(englishLines('  lint [options] [paths...]   检查模板文件')).toHaveLength(1);
    expect(englishLines('  help [command]            display help for command')).toHaveLength(1);
    expect(englishLines('（解析器：Missing closing "quote。）')).toHaveLength(1);
    expect(englishLines('“Дорогой” is a machine-translation calque of 亲')).toHaveLength(1);
    expect(englishLines('标记为 translate: false 的术语不得翻译出来')).toHaveLength(1);
    expect(englishLines('用法： otvet lint [options] [paths...]')).toHaveLength(1);
  });
  it('leaves ids, paths, options, code, quotes, placeholders and abbreviations alone', () => {
    const fine = [
      '8:17-8:19 错误 “%s”是其他系统的占位符写法：请写成 {order}。  placeholder-foreign-syntax',
      '其中 3 个问题可以用 `otvet lint --fix` 自动修复。',
      '未检查，因此不计入错误率：templates/notes.yaml, templates/syntax.yaml。',
      '  -c, --config <file>  配置文件（默认：最近的 otvet.config.yaml）',
      '建议改为：«Пожалуйста, подождите.» [wait-a-little]',
      '例如 {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}。',
      '以 JSON 显示适用于某个文件的配置（YAML 或 ICU）',
      '运行“otvet lint”查看详情，修改模板后重新运行“otvet pack”。',
      '用法： otvet glossary add [选项]',
      '可用 otvet lint --fix 自动修复',
      '依据 hunspell ru_RU 词典',
    ];
    for (const line of fine) expect(englishLines(line), line).toEqual([]);
  });
});

const CONFIG = 'source: zh\ntarget: ru\ntemplates: ["templates/**/*.yaml"]\nglossary: ["glossary/**/*.yaml"]\npack: { name: shop, version: 1.0.0 }\n';
const GLOSSARY = 'terms:\n  - id: tracking-number\n    zh: [运单号]\n    ru: [трек-номер]\n    forbidden: [номер логистики]\n';
/**
 * One template with a finding of each kind: a tilde, a placeholder in printf syntax, a number
 * placeholder before a noun, numbers that differ, a phone number, a sentence in lower case, a
 * forbidden glossary term, a misspelt word, an adjective that does not agree with its noun, a
 * calque; and one whose placeholder is never closed.
 */
const FAULTY = [
  'templates:',
  '  - id: order-shipped',
  '    placeholders:',
  '      order: { example: "12345678-0001" }',
  '      days: { type: number, example: 3 }',
  '    text:',
  '      zh: 亲，您的订单 {order} 已发货，运单号请查看，{days} 天内送达，最晚 5 天~',
  '      ru: Ваша заказ %s отправлен, номер логистики смотрите в карточке. доставим за {days} дней, не позже 7 дней~ Звоните +7 999 123-45-67, спосибо!',
  '  - id: order-cancelled',
  '    placeholders:',
  '      order: { example: "12345678-0002" }',
  '    text:',
  '      zh: 订单 {order} 已取消。',
  '      ru: Заказ {order отменён.',
  '',
].join('\n');
const FILES = {
  'otvet.config.yaml': CONFIG,
  'glossary/terms.yaml': GLOSSARY,
  'templates/faulty.yaml': FAULTY,
  // A quote never closed: YAML cannot read the file.
  'templates/unreadable.yaml': 'templates:\n  - id: "order-x\n    text:\n      ru: Да\n',
  // YAML, but no template file.
  'templates/shopping.yaml': 'shopping:\n  - milk\n  - bread\n',
};
/** The rules the faulty pack must set off, so that their messages are checked. */
const RULES = [
  'tone-tilde', 'placeholder-foreign-syntax', 'placeholder-plural', 'placeholder-syntax', 'consistency-number', 'policy-contacts',
  'grammar-sentence-case', 'glossary-forbidden', 'spelling', 'grammar-agreement', 'tone-calque', 'yaml-syntax', 'schema',
];

const expectChinese = (output: string): void => expect(englishLines(output), output).toEqual([]);

describe('otvet … --lang zh has no English sentence', () => {
  it('lint, in the default format', () => {
    const p = project(FILES);
    const r = otvet(['lint', '--lang', 'zh'], p.dir);
    expect(r.code).toBe(1);
    for (const rule of RULES) expect(r.stdout, rule).toContain(rule);
    expect(r.stdout).toContain('templates/unreadable.yaml');
    expect(r.stdout).toContain('templates/shopping.yaml');
    expectChinese(r.stdout + r.stderr);
  });

  it('lint --format html (the page’s text, without the template lines it shows)', () => {
    const p = project(FILES);
    const r = otvet(['lint', '--lang', 'zh', '--format', 'html'], p.dir);
    expect(r.code).toBe(1);
    for (const rule of RULES) expect(r.stdout, rule).toContain(rule);
    const text = r.stdout
      .replace(/<style[^]*?<\/style>|<script[^]*?<\/script>|<pre[^]*?<\/pre>/gu, '\n')
      .replace(/<[^>]*>/gu, '\n')
      .replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
    expectChinese(text + r.stderr);
  });

  it('score', () => {
    const p = project(FILES);
    const r = otvet(['score', '--lang', 'zh'], p.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('order-shipped');
    expectChinese(r.stdout + r.stderr);
  });

  it('pack, refusing', () => {
    const p = project(FILES);
    const r = otvet(['pack', '--lang', 'zh'], p.dir);
    expect(r.code).toBe(1);
    expect(existsSync(join(p.dir, 'dist'))).toBe(false);
    expect(r.stdout + r.stderr).toContain('consistency-number');
    expectChinese(r.stdout + r.stderr);
  });

  it('lint with a config that names an unknown rule: exit 2', () => {
    const p = project({ ...FILES, 'otvet.config.yaml': `${CONFIG}rules:\n  tone-tildee: error\n  acme/brand-name: error\n` });
    const r = otvet(['lint', '--lang', 'zh'], p.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tone-tildee');
    expect(r.stderr).toContain('acme/brand-name');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expectChinese(r.stdout + r.stderr);
  });

  const HELP = [
    [], ['lint'], ['score'], ['pack'], ['verify'], ['lsp'], ['init'],
    ['glossary'], ['glossary', 'check'], ['glossary', 'find'], ['glossary', 'add'], ['glossary', 'import'], ['glossary', 'export'], ['glossary', 'stats'],
  ];
  for (const command of HELP) {
    it(`otvet ${[...command, '--help'].join(' ')}`, () => {
      const p = project({});
      const r = otvet([...command, '--help', '--lang', 'zh'], p.dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^用法：/u);
      expectChinese(r.stdout + r.stderr);
    });
  }
});
