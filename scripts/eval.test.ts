// scripts/eval.mjs prints hunspell's figures beside the linter's: measured with hunspell when it
// is installed with a Russian dictionary, «not measured» otherwise — never remembered numbers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, ROOT } from '../test/helpers.js';
import { formatGrammar, grammarFigures, grammarTemplates, locateFindings, quotedOffsets } from './eval-grammar.mjs';

// A tiny evaluation set in the layout of relco-spelling: two non-words and a real-word error
// (which hunspell cannot see), and corrected texts with one non-word and one Latin word.
const files = {
  'relco-spelling/otvet.config.yaml': 'target: ru\ntemplates: ["templates/*.yaml"]\n',
  'relco-spelling/labels.tsv': 'id\tmisspelled\tcorrection\ne0000\tулецу\tулицу\ne0001\tвчира\tвчера\ne0002\tокна\tокне\n',
  'relco-spelling/templates/errors.yaml': [
    'templates:',
    '  - id: e0000',
    '    text:',
    '      ru: "Кошка сидит на окне и смотрит на улецу."',
    '  - id: e0001',
    '    text:',
    '      ru: "Мы получили посылку вчира."',
    '  - id: e0002',
    '    text:',
    '      ru: "Цветы стоят на окна."',
    '',
  ].join('\n'),
  'relco-spelling/templates/corrected.yaml': [
    'templates:',
    '  - id: c0000',
    '    text:',
    '      ru: "Кошка сидит на окне и смотрит на улицу."',
    '  - id: c0001',
    '    text:',
    '      ru: "Мы получили посылку вчера, зюзюкалка пришла целой."',
    '  - id: c0002',
    '    text:',
    '      ru: "Цветы стоят на окне, рядом лежит Zzyzx."',
    '',
  ].join('\n'),
};

const hunspellInstalled = spawnSync('hunspell', ['-d', 'ru_RU', '-l'], { input: 'кошка\n', encoding: 'utf8' }).status === 0;

function runEval(dir: string, env: NodeJS.ProcessEnv = process.env, extra: string[] = []): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/eval.mjs'), '--eval', dir, ...extra], { encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('scripts/eval.mjs: hunspell figures', () => {
  const project = makeProject(files);
  afterAll(() => project.remove());

  it('says «not measured» when hunspell is not installed', () => {
    // A PATH with nothing on it: eval.mjs finds no hunspell (it runs otvet with its own node).
    const out = runEval(project.dir, { ...process.env, PATH: mkdtempSync(join(tmpdir(), 'otvet-no-path-')) });
    expect(out).toContain('labelled misspellings flagged (recall): 2 / 3 (66.7 %; hunspell: not measured (hunspell not installed))');
    expect(out).toMatch(/tokens flagged in corrected\.yaml: 1 of \d+ words \([\d.]+ %; hunspell: not measured \(hunspell not installed\)\)/);
  });

  // Needs hunspell with a Russian dictionary (Debian: apt-get install hunspell hunspell-ru).
  it.skipIf(!hunspellInstalled)(
    `measures hunspell on the same words${hunspellInstalled ? '' : ' — SKIPPED: hunspell with a Russian dictionary (hunspell-ru) is not installed'}`,
    () => {
      const out = runEval(project.dir);
      expect(out).toContain('labelled misspellings flagged (recall): 2 / 3 (66.7 %; hunspell: 2)');
      expect(out).toMatch(/tokens flagged in corrected\.yaml: 1 of \d+ words \([\d.]+ %; hunspell: 1\)/);
    },
  );
});

describe('scripts/eval.mjs --check-cache', () => {
  const project = makeProject(files);
  afterAll(() => project.remove());

  it('lints each set with a cold and a warm cache and finds the same JSON report', () => {
    const out = runEval(project.dir, process.env, ['--check-cache']);
    expect(out).toContain('lint --cache, JSON report against the lint without it (cold and warm cache): relco-spelling the same\n');
  });
});

describe('scripts/eval-grammar.mjs: the relco-grammar figures of the grammar rules', () => {
  it('maps the columns of a double-quoted YAML line to offsets in its text, escapes included', () => {
    const line = '      ru: "Курьер сказал \\"завтра\\", ждите \\u00abзвонка\\u00bb."';
    const text = 'Курьер сказал "завтра", ждите «звонка».';
    const map = quotedOffsets(line)!;
    for (const word of ['Курьер', 'завтра', 'ждите', 'звонка']) {
      const column = line.indexOf(word);
      expect(text.slice(map[column], map[column]! + word.length)).toBe(word);
    }
    // The closing quote maps to the end of the text; no quote, no map.
    expect(map[line.lastIndexOf('"')]).toBe(text.length);
    expect(quotedOffsets('      ru: без кавычек')).toBeUndefined();
  });

  it('locates findings in their texts by line and column', () => {
    const lines = ['templates:', '  - id: e0000', '    text:', '      ru: "Мы \\"быстро\\" отправим посылка завтра."'];
    const texts = new Map([['e0000', 'Мы "быстро" отправим посылка завтра.']]);
    const col = (word: string) => lines[3]!.indexOf(word) + 1;
    const at = { line: 4, endLine: 4, templateId: 'e0000', severity: 'warning' };
    const report = {
      files: [
        {
          path: 'templates/errors.yaml',
          messages: [
            { ...at, ruleId: 'grammar-a', column: col('отправим'), endColumn: col('завтра') - 1 },
            { ...at, ruleId: 'grammar-b', column: col('посылка'), endColumn: col('посылка') },
            { ...at, ruleId: 'grammar-c', column: col('завтра'), endLine: 5, endColumn: 1 },
            { ruleId: 'yaml-x', severity: 'error', line: 1, column: 1 },
          ],
        },
      ],
    };
    const flags = locateFindings(report, texts, () => lines).get('e0000')!;
    const text = texts.get('e0000')!;
    expect(flags.map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      ['grammar-a', 'отправим посылка'],
      ['grammar-b', 'п'], // an empty range is widened to one character
      ['grammar-c', 'завтра.'], // ends on a later line: to the end of the text
    ]);
  });

  it('counts recall on realword=1 labels per class and per rule, and false flags per 1,000 words', () => {
    const label = (id: string, cls: string, start: number, end: number, realword = true) => ({ id, cls, wrong: 'x', start, end, realword });
    const flag = (ruleId: string, start: number, end: number, severity = 'warning') => ({ ruleId, start, end, severity });
    const labels = [
      label('e0000', 'agreement', 10, 17), // hit by grammar-a
      label('e0000', 'government', 20, 25), // only an info and a spelling error on it: missed
      label('e0001', 'agreement', 0, 5, false), // hit, but realword=0: not counted in recall
      label('e0001', 'word-form', 30, 35), // hit by grammar-b (an error)
      label('e0003', 'government', 0, 6), // the finding at these offsets is in e0004: missed
    ];
    const others = new Map([['e0001', [{ start: 40, end: 46 }]]]);
    const flags = new Map([
      ['e0000', [flag('grammar-a', 12, 14), flag('grammar-a', 24, 30, 'info'), flag('spelling', 20, 25, 'error')]],
      ['e0001', [flag('grammar-a', 3, 4), flag('grammar-b', 34, 36, 'error'), flag('grammar-b', 44, 45)]],
      ['e0004', [flag('grammar-a', 0, 6)]],
      ['c0000', [flag('grammar-a', 5, 9), flag('grammar-b', 5, 9, 'info'), flag('spelling', 0, 3, 'error')]],
    ]);
    const g = grammarFigures({ labels, others, flags, correctedWords: 2000, rules: ['grammar-z'] });
    expect(g).toEqual({
      recall: { found: 2, total: 4 },
      byClass: { agreement: { found: 1, total: 1 }, government: { found: 0, total: 2 }, 'word-form': { found: 1, total: 1 } },
      perRule: {
        'grammar-a': { labels: 1, corrected: 1, unlabelled: 1 },
        'grammar-b': { labels: 1, corrected: 0, unlabelled: 0 },
        'grammar-z': { labels: 0, corrected: 0, unlabelled: 0 },
      },
      onCorrected: 1,
      correctedWords: 2000,
      perThousandWords: 0.5,
      unlabelled: 1,
    });
    expect(formatGrammar(g)).toEqual([
      '  grammar-* (error or warning) recall on realword=1 labels: 2/4 (50.0 %)',
      '  grammar-* recall by class: agreement 1/1 (100.0 %); government 0/2 (0.0 %); word-form 1/1 (100.0 %)',
      '  grammar-* by rule: grammar-a: overlaps 1 labels, 1 on corrected.yaml, 1 on nothing labelled; grammar-b: overlaps 1 labels, 0 on corrected.yaml, 0 on nothing labelled; grammar-z: overlaps 0 labels, 0 on corrected.yaml, 0 on nothing labelled',
      '  grammar-* false flags: 1 on corrected.yaml in 2000 words (0.50 per 1,000 words; bar ≤ 0.5); 1 in errors.yaml on no label and no other_errors.tsv entry',
    ]);
  });

  it('counts the templates of a report with a grammar-* error or warning', () => {
    const m = (templateId: string, ruleId: string, severity = 'warning') => ({ templateId, ruleId, severity });
    const report = {
      files: [
        { path: 'a.yaml', templates: [{ id: 'x' }, { id: 'y' }, { id: 'z' }], messages: [m('x', 'grammar-a'), m('x', 'grammar-b', 'error'), m('y', 'grammar-a', 'info'), m('z', 'spelling')] },
        { path: 'b.yaml', templates: [{ id: 'x' }], messages: [m('x', 'grammar-a')] },
        { path: 'c.yaml', messages: [{ ruleId: 'yaml-syntax', severity: 'error' }] },
      ],
    };
    expect(grammarTemplates(report)).toEqual({ found: 2, total: 4, rules: { 'grammar-a': 2, 'grammar-b': 1 } });
  });
});

// A tiny evaluation set in the layouts of relco-grammar and magento-ru, written here: a case slip
// that grammar-sentence-case finds under a label, a label no rule can see (a wrong word), a
// label of realword=0, a flag on a corrected text, a flag on nothing labelled, and a non-word
// listed in other_errors.tsv.
const grammarFiles = {
  'relco-grammar/otvet.config.yaml': 'target: ru\ntemplates: ["templates/*.yaml"]\n',
  'relco-grammar/labels.tsv': [
    'id\ttype\tclass\twrong\tcorrection\tstart\tend\trealword\tclass_from\tmanual',
    'e0000\tR:OTHER\tword-form\tСпасибо\tспасибо\t14\t21\t1\theuristic\t',
    'e0001\tR:NOUN\tlexical\tвчера\tзавтра\t21\t26\t1\terrant\t',
    'e0002\tR:NOUN\tlexical\tпосылку\tпосылку\t12\t19\t0\terrant\t',
    '',
  ].join('\n'),
  'relco-grammar/other_errors.tsv': 'id\ttype\twrong\tcorrection\ne0002\tReLCo:nonword\tзавтро\tзавтра\n',
  'relco-grammar/templates/errors.yaml': [
    'templates:',
    '  - id: e0000',
    '    text:',
    '      ru: "Заказ собран, Спасибо за ожидание."',
    '  - id: e0001',
    '    text:',
    '      ru: "Мы отправим посылку вчера. Ждём вас! мы всегда рады."',
    '  - id: e0002',
    '    text:',
    '      ru: "Мы отправим посылку завтро."',
    '',
  ].join('\n'),
  'relco-grammar/templates/corrected.yaml': [
    'templates:',
    '  - id: c0000',
    '    text:',
    '      ru: "Заказ собран, спасибо за ожидание."',
    '  - id: c0001',
    '    text:',
    '      ru: "Мы отправим посылку завтра. Ждём вас, Мы всегда рады."',
    '  - id: c0002',
    '    text:',
    '      ru: "Мы отправим посылку завтра."',
    '',
  ].join('\n'),
  'magento-ru/otvet.config.yaml': 'source: en\ntarget: ru\ntemplates: ["templates/*.yaml"]\n',
  'magento-ru/mismatches.txt': 'm0001\n',
  'magento-ru/templates/placeholders.yaml': [
    'templates:',
    '  - id: m0001',
    '    placeholders:',
    '      p1: { example: "5" }',
    '    text:',
    '      en: "{p1} items"',
    '      ru: "Товаров: {p2}"',
    '',
  ].join('\n'),
  'magento-ru/templates/sentences.yaml': [
    'templates:',
    '  - id: m0002',
    '    text:',
    '      en: "Order saved, thank you."',
    '      ru: "Заказ сохранён, Спасибо."',
    '  - id: m0003',
    '    text:',
    '      en: "Order saved."',
    '      ru: "Заказ сохранён."',
    '',
  ].join('\n'),
};

describe('scripts/eval.mjs: grammar figures end to end', () => {
  const project = makeProject(grammarFiles);
  afterAll(() => project.remove());

  it('prints recall per class and per rule, false flags per 1,000 words, and grammar-* templates of magento-ru', () => {
    const out = runEval(project.dir);
    expect(out).toContain('  templates with a grammar-* error or warning: 1/3 (33.3 %) (bar ≤ 1 %); findings by rule: {"grammar-sentence-case":1}');
    expect(out).toContain('  grammar-* (error or warning) recall on realword=1 labels: 1/2 (50.0 %)');
    expect(out).toContain('  grammar-* recall by class: lexical 0/1 (0.0 %); word-form 1/1 (100.0 %)');
    expect(out).toContain('grammar-sentence-case: overlaps 1 labels, 1 on corrected.yaml, 1 on nothing labelled');
    const words = /grammar-\* false flags: 1 on corrected\.yaml in (\d+) words \(([\d.]+) per 1,000 words; bar ≤ 0\.5\); 1 in errors\.yaml on no label and no other_errors\.tsv entry/.exec(out);
    expect(words, out).not.toBeNull();
    expect(words![2]).toBe((1000 / Number(words![1])).toFixed(2));
  });
});
